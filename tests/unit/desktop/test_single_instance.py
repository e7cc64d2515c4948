"""One instance: the protocol, where the socket and lock live, and claiming them, with
real sockets, real locks and real second processes (no Qt here)."""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cramp_timer.desktop import single_instance as one
from cramp_timer.desktop.single_instance import (
    MAX_LINE,
    InstanceError,
    InstanceLock,
    LineReader,
    NotAnswering,
    Primary,
    ProtocolError,
    Reply,
    Request,
    claim,
    decode_reply,
    decode_request,
    encode_reply,
    encode_request,
    instance_key,
    lock_path,
    socket_path,
    user_data_dir,
)

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="XDG folders are a Linux convention")
unix_only = pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A short private runtime folder (pytest's own folders are too long for a socket)."""
    folder = tempfile.mkdtemp(prefix="ct-", dir="/tmp")
    monkeypatch.setenv("XDG_RUNTIME_DIR", folder)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def primary(runtime: str) -> Iterator[Primary]:
    claimed = claim(Request("show"))
    assert isinstance(claimed, Primary)
    yield claimed
    claimed.close()


def serve_one(primary: Primary, answer: Callable[[Request], str | None]) -> Request:
    """Wait (bounded) for one request on `primary` and answer it."""
    assert primary.listener is not None
    deadline = time.monotonic() + 30
    connection = None
    while connection is None:
        assert time.monotonic() < deadline, "nobody connected"
        select.select([primary.listener], [], [], 0.1)
        connection = primary.accept()
    while True:
        assert time.monotonic() < deadline, "no request came"
        select.select([connection.sock], [], [], 0.1)
        request = connection.read()
        if request is not None:
            connection.reply(answer(request))
            return request


def ask_raw(address: str, data: bytes, close_after: bool = False) -> socket.socket:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(10)
    try:
        sock.connect(address)
    except OSError:
        sock.close()
        raise
    if data:
        sock.sendall(data)
    if close_after:
        sock.shutdown(socket.SHUT_WR)
    return sock


def read_reply(sock: socket.socket) -> Reply:
    data = b""
    while not data.endswith(b"\n"):
        chunk = sock.recv(4096)
        assert chunk, "closed without a reply"
        data += chunk
    sock.close()
    return decode_reply(data)


# -- the protocol -------------------------------------------------------------------------
@pytest.mark.parametrize("request_", [Request("show"), Request("now"),
                                      Request("routine", "Bedtime"),
                                      Request("routine", "Étirements du soir ✓")])
def test_requests_round_trip_as_one_line(request_: Request) -> None:
    line = encode_request(request_)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert decode_request(line) == request_
    assert decode_request(line.rstrip(b"\n")) == request_
    body = json.loads(line)
    assert body["v"] == 1 and body["action"] == request_.action
    assert body.get("routine") == request_.routine


def test_the_common_lines_are_exactly_what_json_writes() -> None:
    for action in ("show", "now"):
        expected = json.dumps({"v": 1, "action": action}, separators=(",", ":")) + "\n"
        assert encode_request(Request(action)) == expected.encode()
    assert encode_reply() == b'{"ok":true}\n'
    assert json.loads(encode_reply("No such routine.")) == {"ok": False,
                                                            "error": "No such routine."}


@pytest.mark.parametrize(("line", "reason"), [
    (b"", "not a line of JSON"),
    (b"hello\n", "not a line of JSON"),
    (b"\xff\xfe\xfd\n", "not a line of JSON"),
    (b"[" * 4000 + b"\n", "not a line of JSON"),  # nesting deeper than Python recurses
    (b"[1, 2]\n", "not a JSON object"),
    (b'"now"\n', "not a JSON object"),
    (b'{"action": "now"}\n', "no protocol version"),
    (b'{"v": true, "action": "now"}\n', "no protocol version"),
    (b'{"v": "1", "action": "now"}\n', "no protocol version"),
    (b'{"v": 2, "action": "now"}\n', "version 2 is not understood"),
    (b'{"v": 1}\n', "names no action"),
    (b'{"v": 1, "action": ["now"]}\n', "names no action"),
    (b'{"v": 1, "action": "format-disk"}\n', "unknown action"),
    (b'{"v": 1, "action": "routine"}\n', "needs the routine's name"),
    (b'{"v": 1, "action": "routine", "routine": "  "}\n', "needs the routine's name"),
    (b'{"v": 1, "action": "routine", "routine": 7}\n', "must be text"),
    (b'{"v": 1, "action": "now", "routine": "x"}\n', "names no routine"),
    (b'{"v": 1, "action": "routine", "routine": "' + b"x" * 201 + b'"}\n', "at most 200"),
    (b'{"v": 1, "action": "now", "pad": "' + b"x" * MAX_LINE + b'"}\n', "longer than 4096"),
])
def test_a_bad_request_is_refused_with_its_reason(line: bytes, reason: str) -> None:
    with pytest.raises(ProtocolError, match=reason):
        decode_request(line)


def test_unknown_extra_fields_are_ignored_for_later_versions_of_the_client() -> None:
    assert decode_request(b'{"v": 1, "action": "now", "from": "tray"}\n') == Request("now")


def test_replies_round_trip_and_a_long_error_is_clipped() -> None:
    assert decode_reply(encode_reply()) == Reply() and Reply().ok
    refused = decode_reply(encode_reply("Routines are not available yet."))
    assert not refused.ok and refused.error == "Routines are not available yet."
    long = decode_reply(encode_reply("x" * 10_000))
    assert long.error == "x" * one.MAX_ERROR
    assert len(encode_reply("é" * 10_000)) < MAX_LINE  # ASCII-escaped, still one line


@pytest.mark.parametrize("line", [b"", b"ok\n", b"{}\n", b'{"ok": false}\n',
                                  b'{"ok": false, "error": ""}\n', b'{"ok": "yes"}\n'])
def test_a_bad_reply_is_refused(line: bytes) -> None:
    with pytest.raises(ProtocolError):
        decode_reply(line)


def test_a_line_reader_waits_for_the_newline() -> None:
    reader = LineReader()
    assert reader.feed(b'{"v":1,') is None
    assert reader.feed(b'"action":"now"}') is None
    assert reader.feed(b"\nanything after the line is ignored") == Request("now")


def test_a_line_reader_refuses_too_much_or_an_early_end() -> None:
    reader = LineReader()
    assert reader.feed(b"x" * (MAX_LINE - 1)) is None
    with pytest.raises(ProtocolError, match="longer than 4096"):
        reader.feed(b"x")
    with pytest.raises(ProtocolError, match="ended before its newline"):
        LineReader().feed(b"")


# -- where --------------------------------------------------------------------------------
@linux_only
@pytest.mark.parametrize(("xdg", "home"), [
    ("/srv/data", "/home/ann"), ("/srv/data/", "/home/ann"), (None, "/home/ann"),
    ("", "/home/ann/"), ("relative/path", "/home/ann"), ("  ", "/"), (None, "/root"),
])
def test_the_data_folder_is_the_one_platformdirs_gives(
        monkeypatch: pytest.MonkeyPatch, xdg: str | None, home: str) -> None:
    import platformdirs

    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg)
    monkeypatch.setenv("HOME", home)
    expected = platformdirs.user_data_dir("cramp-timer", appauthor=False)
    assert user_data_dir() == expected
    assert instance_key(user_data_dir()) == instance_key(expected)


def test_the_data_folder_is_the_apps_data_folder() -> None:
    from cramp_timer.storage.paths import AppPaths

    assert Path(user_data_dir()) == AppPaths.default().data_dir


def test_the_instance_key_is_short_stable_and_tells_data_folders_apart() -> None:
    key = instance_key("/home/ann/.local/share/cramp-timer")
    assert len(key) == 16 and int(key, 16) >= 0
    assert instance_key("/home/ann/.local/share//cramp-timer/") == key  # the same folder
    assert instance_key("/home/bob/.local/share/cramp-timer") != key
    # the same in another process, whatever its hash seed
    code = ("from cramp_timer.desktop.single_instance import instance_key; "
            "print(instance_key('/home/ann/.local/share/cramp-timer'))")
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env={**os.environ, "PYTHONHASHSEED": "12345"}, check=True,
                           timeout=60)
    assert other.stdout.strip() == key


@unix_only
def test_the_socket_lives_in_a_private_folder_in_the_runtime_folder(runtime: str) -> None:
    path = socket_path("0123456789abcdef", runtime)
    assert path == str(Path(runtime, "cramp-timer", "0123456789abcdef.sock"))
    folder = Path(path).parent
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert folder.stat().st_uid == os.getuid()
    assert socket_path("0123456789abcdef", runtime) == path  # an existing folder is fine


@unix_only
def test_without_a_runtime_folder_the_socket_goes_to_a_private_temp_folder(
        runtime: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TMPDIR", runtime)
    path = socket_path("0123456789abcdef", "")
    assert path == str(Path(runtime, f"cramp-timer-{os.getuid()}", "0123456789abcdef.sock"))


@unix_only
def test_folders_too_long_for_a_socket_address_fall_back_to_tmp(
        runtime: str, monkeypatch: pytest.MonkeyPatch) -> None:
    long = Path(runtime, "a-rather-long-folder-name-" * 4)
    long.mkdir()
    monkeypatch.setenv("TMPDIR", str(long))
    path = socket_path("0123456789abcdef", str(long))
    assert path == f"/tmp/cramp-timer-{os.getuid()}/0123456789abcdef.sock"
    assert len(os.fsencode(path)) <= one.MAX_SOCKET_PATH < 104  # macOS holds the least


@unix_only
@pytest.mark.parametrize("kind", ["open to others", "a symlink", "a file"])
def test_a_socket_folder_that_is_not_private_is_refused(runtime: str, kind: str) -> None:
    folder = Path(runtime, "cramp-timer")
    if kind == "open to others":
        folder.mkdir()
        folder.chmod(0o755)
    elif kind == "a symlink":
        folder.symlink_to(runtime)
    else:
        folder.write_text("")
    with pytest.raises(InstanceError, match="not a private folder"):
        socket_path("0123456789abcdef", runtime)


# -- the lock and the socket -------------------------------------------------------------
@unix_only
def test_the_first_launch_becomes_the_primary(primary: Primary) -> None:
    info = Path(primary.address).stat()
    assert stat.S_ISSOCK(info.st_mode)
    assert stat.S_IMODE(info.st_mode) == 0o600
    lock_file = lock_path(user_data_dir())
    assert Path(lock_file).read_text().strip() == str(os.getpid())
    assert InstanceLock.try_take(lock_file) is None  # held (flock: per open file)


@unix_only
def test_closing_removes_the_socket_and_frees_the_lock(primary: Primary) -> None:
    address = primary.address
    primary.close()
    primary.close()  # idempotent
    assert not Path(address).exists()
    lock = InstanceLock.try_take(lock_path(user_data_dir()))
    assert lock is not None
    lock.release()


@unix_only
def test_a_socket_file_left_behind_is_replaced_when_no_process_holds_the_lock(
        runtime: str) -> None:
    address = socket_path(instance_key(user_data_dir()), runtime)
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(address)
    stale.close()  # the file stays, nobody listens: what a crash leaves
    with pytest.raises(ConnectionRefusedError):
        ask_raw(address, b"")
    claimed = claim(Request("now"))
    try:
        assert isinstance(claimed, Primary)
        ask_raw(address, b"").close()  # the new one listens there
    finally:
        claimed.close()


@unix_only
def test_a_killed_primary_leaves_nothing_that_blocks(runtime: str) -> None:
    # the child holds the lock until it is killed (it waits on its open standard input)
    code = ("import sys; from cramp_timer.desktop.single_instance import claim, Request; "
            "p = claim(Request('show')); print(type(p).__name__, flush=True); sys.stdin.read()")
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "Primary"
        assert InstanceLock.try_take(lock_path(user_data_dir())) is None  # it holds the lock
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        proc.kill()
        proc.wait()
        for pipe in (proc.stdin, proc.stdout):
            if pipe:
                pipe.close()
    address = socket_path(instance_key(user_data_dir()), runtime)
    assert Path(address).exists()  # left behind
    claimed = claim(Request("show"))  # no prompt, no wait
    assert isinstance(claimed, Primary)
    claimed.close()


@unix_only
def test_a_held_lock_without_a_socket_is_reported_after_a_bounded_wait(
        runtime: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(one, "START_WAIT", 0.3)  # the real wait is 3 s
    lock = InstanceLock.try_take(lock_path(user_data_dir()))
    assert lock is not None
    try:
        with pytest.raises(NotAnswering, match=rf"process {os.getpid()}\) is running but"):
            claim(Request("now"))
    finally:
        lock.release()


@unix_only
def test_a_primary_still_starting_is_waited_for(primary: Primary) -> None:
    """The lock is held and the socket bound: a second launch's request gets through."""
    code = ("from cramp_timer.desktop.single_instance import claim, Request; "
            "print(claim(Request('now')))")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert serve_one(primary, lambda request: None) == Request("now")
        out, _ = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert out.strip() == "Reply()"


@unix_only
def test_hostile_requests_get_an_error_reply_and_the_socket_serves_on(
        primary: Primary) -> None:
    assert primary.listener is not None
    for data, reason in ((b"x" * (MAX_LINE + 100), "longer than"),
                         (b"\x00\xff garbage\n", "not a line of JSON"),
                         (b'{"v": 1, "action": "now"', "ended before its newline")):
        client = ask_raw(primary.address, data, close_after=True)
        select.select([primary.listener], [], [], 10)
        connection = primary.accept()
        assert connection is not None
        with pytest.raises(ProtocolError, match=reason):
            for _ in range(100):  # bounded: a few reads at most
                select.select([connection.sock], [], [], 10)
                connection.read()
        connection.reply(reason)
        assert read_reply(client) == Reply(reason)
    # an asker that hung up does not break the reply
    gone = ask_raw(primary.address, encode_request(Request("show")))
    select.select([primary.listener], [], [], 10)
    connection = primary.accept()
    assert connection is not None
    gone.close()
    connection.reply(None)
    # and the next good request is served
    client = ask_raw(primary.address, encode_request(Request("now")))
    assert serve_one(primary, lambda request: None) == Request("now")
    assert read_reply(client) == Reply()


# -- the command line ---------------------------------------------------------------------
@unix_only
def test_the_cli_hands_over_without_importing_qt(primary: Primary) -> None:
    proc = subprocess.Popen([sys.executable, "-X", "importtime", "-m", "cramp_timer", "--now"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert serve_one(primary, lambda request: None) == Request("now")
        _, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    imported = {line.rsplit("|", 1)[1].strip() for line in err.splitlines()
                if line.startswith("import time:") and "|" in line}
    assert "cramp_timer.desktop.single_instance" in imported
    assert not {name for name in imported if name.startswith(("PySide6", "shiboken6"))}
    # (cramp_timer.i18n only marks the help texts: it reads a translation when one is shown)
    assert "cramp_timer.storage.paths" not in imported and "cramp_timer.storage.qm" not in imported
    if sys.platform.startswith("linux"):  # nor anything slow it could do without
        assert not {"platformdirs", "hashlib", "tempfile", "json"} & imported


@unix_only
def test_the_cli_prints_a_refusal_and_exits_1(primary: Primary) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "cramp_timer", "--routine", "Bedtime"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        got = serve_one(primary, lambda request: "Routines are not available yet.")
        _, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert got == Request("routine", "Bedtime")
    assert proc.returncode == 1
    assert err.strip() == "cramp-timer: Routines are not available yet."


@unix_only
def test_when_the_running_app_does_not_answer_the_cli_runs_its_own_window(
        runtime: str) -> None:
    lock = InstanceLock.try_take(lock_path(user_data_dir()))
    assert lock is not None
    address = socket_path(instance_key(user_data_dir()), runtime)
    mute = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    mute.bind(address)
    mute.listen(1)  # accepts the connection, never answers, then goes away
    proc = subprocess.Popen([sys.executable, "-m", "cramp_timer", "--now"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "CRAMP_TIMER_QUIT_AFTER_FIRST_PAINT": "1"})
    try:
        select.select([mute], [], [], 30)
        conn, _ = mute.accept()
        conn.close()  # hung up without a word
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
        mute.close()
        lock.release()
    assert "did not answer" in err and "Starting anyway" in err
    assert "ready" in out  # its own window painted and built: the stretch runs there
    assert proc.returncode == 0


def test_an_empty_routine_name_is_a_usage_error() -> None:
    result = subprocess.run([sys.executable, "-m", "cramp_timer", "--routine", " "],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert "needs the routine's name" in result.stderr


def test_now_and_routine_do_not_go_together() -> None:
    result = subprocess.run([sys.executable, "-m", "cramp_timer", "--now", "--routine", "x"],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert "not allowed with" in result.stderr


def test_request_values_are_checked_where_they_are_made() -> None:
    with pytest.raises(ProtocolError):
        Request("routine")
    with pytest.raises(ProtocolError):
        Request("show", "Bedtime")
    with pytest.raises(ProtocolError):
        Request("quit")
    assert Request("routine", "x") != Request("routine", "y")
    assert repr(Request("routine", "x")) == "Request('routine', 'x')"
