"""The PIN lock: a salted scrypt hash, never the PIN; waits that double after wrong tries,
kept across a restart; what it covers."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import stat
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from cramp_timer.core.clock import FakeClock
from cramp_timer.storage import lock as lock_module
from cramp_timer.storage.lock import (
    FREE_TRIES,
    LOCKED_ACTIONS,
    Action,
    CheckResult,
    CheckStatus,
    LockError,
    PinLock,
    forgotten_pin_text,
    lock_scope_text,
    requires_pin,
)
from cramp_timer.storage.paths import AppPaths

NOW = datetime(2026, 11, 26, 3, 12, 9, tzinfo=timezone(timedelta(hours=1)))
# PINs whose digits are not in the file's own numbers (32768, 8, 1, 30 …).
PIN = "8642"
LONG_PIN = "97531864"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def lock_file(tmp_path: Path) -> Path:
    paths = AppPaths.under(tmp_path / "app")
    paths.ensure()
    return paths.lock_file


def stored(lock_file: Path) -> dict[str, object]:
    data = json.loads(lock_file.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def pin_record(lock_file: Path) -> dict[str, object]:
    record = stored(lock_file)["pin"]
    assert isinstance(record, dict)
    return record


@pytest.fixture
def fast_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    """For tests of the waits, not the hash: a cheap stand-in for scrypt (0.1 s a PIN)."""

    def derive(pin: str, n: int, r: int, p: int, salt: bytes, length: int) -> bytes:
        return hashlib.sha256(salt + pin.encode()).digest()[:length]

    monkeypatch.setattr(lock_module, "_derive", derive)


def wrong(lock: PinLock, times: int) -> list[CheckResult]:
    return [lock.check("0000") for _ in range(times)]


# ---------------------------------------------------------------- what it covers


def test_what_the_lock_covers() -> None:
    locked = {Action.SETTINGS, Action.EDIT_ROUTINES, Action.IMPORT_ROUTINES, Action.DELETE_DIARY}
    assert locked == LOCKED_ACTIONS
    for action in ("settings", "edit_routines", "import_routines", "delete_diary"):
        assert requires_pin(action)
    for action in (
        Action.CRAMP_NOW,
        Action.RUN_ROUTINE,
        Action.TIPS,
        Action.HISTORY,
        Action.EXPORT_ROUTINES,
    ):
        assert not requires_pin(action)
    with pytest.raises(ValueError):
        requires_pin("launch_rockets")


def test_the_lock_says_plainly_what_it_does_not_do(lock_file: Path) -> None:
    assert "accidental changes" in lock_scope_text()
    assert "does not stop someone who can open this computer's files" in lock_scope_text()
    assert str(lock_file) in forgotten_pin_text(lock_file)
    assert lock_file.name == "lock.json"
    assert lock_file.parent.name == "config"


def test_without_a_pin_nothing_is_locked(lock_file: Path, clock: FakeClock) -> None:
    lock = PinLock(lock_file, clock)
    assert not lock.is_set()
    assert lock.check("") == CheckResult(CheckStatus.OK)
    assert not lock.required_for(Action.SETTINGS)
    assert not lock_file.exists()


def test_with_a_pin_locked_actions_need_it_and_cramp_now_never(
    lock_file: Path, clock: FakeClock
) -> None:
    lock = PinLock(lock_file, clock)
    lock.set_pin(PIN)
    assert lock.is_set()
    assert lock.required_for(Action.SETTINGS)
    assert lock.required_for("delete_diary")
    assert not lock.required_for(Action.CRAMP_NOW)
    assert not lock.required_for(Action.RUN_ROUTINE)


# ---------------------------------------------------------------- storage


@pytest.mark.parametrize("bad", ["", "123", "123456789", "12a4", "12 34", "١٢٣٤", "¹²³⁴"])
def test_a_pin_is_4_to_8_ascii_digits(lock_file: Path, clock: FakeClock, bad: str) -> None:
    with pytest.raises(LockError, match=r"A PIN is 4 to 8 digits\."):
        PinLock(lock_file, clock).set_pin(bad)
    assert not lock_file.exists()


def test_the_file_holds_a_salted_scrypt_hash_never_the_pin(
    lock_file: Path, clock: FakeClock
) -> None:
    PinLock(lock_file, clock).set_pin(LONG_PIN)
    text = lock_file.read_text(encoding="utf-8")
    assert LONG_PIN not in text
    assert LONG_PIN[:4] not in text and LONG_PIN[4:] not in text
    assert stat.S_IMODE(lock_file.stat().st_mode) == 0o600
    record = pin_record(lock_file)
    assert (record["algorithm"], record["n"], record["r"], record["p"]) == ("scrypt", 2**17, 8, 1)
    salt = base64.b64decode(str(record["salt"]))
    key = base64.b64decode(str(record["hash"]))
    assert len(salt) == 16
    assert key not in (LONG_PIN.encode(), hashlib.sha256(LONG_PIN.encode()).digest())
    expected = hashlib.scrypt(
        LONG_PIN.encode(), salt=salt, n=2**17, r=8, p=1, maxmem=256 * 1024 * 1024, dklen=32
    )
    assert key == expected  # the stored parameters are the ones used
    assert stored(lock_file)["failures"] == 0


def test_the_salt_is_random(tmp_path: Path, clock: FakeClock) -> None:
    records = []
    for name in ("a.json", "b.json"):
        PinLock(tmp_path / name, clock).set_pin(PIN)
        records.append(pin_record(tmp_path / name))
    assert records[0]["salt"] != records[1]["salt"]
    assert records[0]["hash"] != records[1]["hash"]


def test_the_comparison_is_constant_time(
    lock_file: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock = PinLock(lock_file, clock)
    lock.set_pin(PIN)
    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)  # lock imports it when checking
    assert lock.check(PIN).ok
    assert not lock.check("1111").ok
    assert len(compared) == 2
    assert all(len(a) == len(b) == 32 for a, b in compared)


def test_set_change_and_clear(lock_file: Path, clock: FakeClock, fast_hash: None) -> None:
    lock = PinLock(lock_file, clock)
    lock.set_pin(PIN)
    assert lock.check(PIN).ok
    with pytest.raises(LockError, match=r"Enter the current PIN first\."):
        lock.set_pin("1357")
    with pytest.raises(LockError, match=r"That PIN is not right\.") as caught:
        lock.set_pin("1357", current="9999")
    assert caught.value.result is not None
    assert caught.value.result.status is CheckStatus.WRONG
    lock.set_pin("1357", current=PIN)
    assert not lock.check(PIN).ok
    assert lock.check("1357").ok
    with pytest.raises(LockError):
        lock.clear("0000")
    assert lock.is_set()
    lock.clear("1357")
    assert not lock.is_set()
    assert not lock_file.exists()
    lock.clear("anything")  # nothing to clear


def test_another_process_sees_the_pin_and_its_removal(lock_file: Path, clock: FakeClock) -> None:
    window = PinLock(lock_file, clock)
    assert not window.is_set()
    PinLock(lock_file, clock).set_pin(PIN)  # the command line, say
    assert window.is_set()
    lock_file.unlink()  # how a forgotten PIN is removed
    assert not window.is_set()
    assert window.check("").ok


def test_reading_the_lock_file_loads_no_hashing_library(lock_file: Path, clock: FakeClock) -> None:
    """The app reads the lock right after start-up; hashlib (OpenSSL, 3.5 MiB here) is
    loaded only when a PIN is set or checked."""
    PinLock(lock_file, clock).set_pin(PIN)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from cramp_timer.core.clock import SystemClock\n"
        "from cramp_timer.storage.lock import Action, PinLock\n"
        f"lock = PinLock(Path({str(lock_file)!r}), SystemClock())\n"
        "print(lock.is_set(), lock.required_for(Action.SETTINGS), lock.problems)\n"
        "print('hashlib' in sys.modules)\n"
        "print(lock.check('0000').ok, 'hashlib' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["True True ()", "False", "False True"]


def test_weaker_stored_parameters_are_raised_on_a_right_pin(
    lock_file: Path, clock: FakeClock
) -> None:
    salt = bytes(range(16))
    old = hashlib.scrypt(PIN.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    lock_file.write_text(
        json.dumps(
            {
                "version": 1,
                "pin": {
                    "algorithm": "scrypt",
                    "n": 2**14,
                    "r": 8,
                    "p": 1,
                    "salt": base64.b64encode(salt).decode(),
                    "hash": base64.b64encode(old).decode(),
                },
                "failures": 0,
                "wait_until": None,
                "wait_seconds": 0,
            }
        ),
        encoding="utf-8",
    )
    lock = PinLock(lock_file, clock)
    assert not lock.check("1111").ok
    assert pin_record(lock_file)["n"] == 2**14  # a wrong PIN cannot re-hash
    assert lock.check(PIN).ok
    assert pin_record(lock_file)["n"] == 2**17
    assert base64.b64decode(str(pin_record(lock_file)["salt"])) != salt
    assert PinLock(lock_file, clock).check(PIN).ok


# ---------------------------------------------------------------- wrong tries


def test_five_wrong_tries_start_a_30_second_wait_that_doubles(
    lock_file: Path, clock: FakeClock, fast_hash: None
) -> None:
    lock = PinLock(lock_file, clock)
    lock.set_pin(PIN)
    first = wrong(lock, 5)
    assert [r.tries_before_wait for r in first] == [4, 3, 2, 1, 0]
    assert [r.wait_seconds for r in first] == [0, 0, 0, 0, 30]
    assert first[0].message() == "That PIN is not right."
    assert first[4].message() == ("That PIN is not right. Please wait 30 seconds, then try again.")
    # While waiting, even the right PIN is not checked.
    assert lock.check(PIN) == CheckResult(CheckStatus.WAIT, 30)
    clock.advance(29)
    assert lock.check(PIN) == CheckResult(CheckStatus.WAIT, 1)
    assert lock.check(PIN).message() == (
        "Too many wrong tries. Please wait 1 second, then try again."
    )
    clock.advance(1)
    assert lock.wait_seconds() == 0
    assert lock.check("0000").wait_seconds == 60
    clock.advance(60)
    assert lock.check("0000").wait_seconds == 120
    clock.advance(119.5)
    assert lock.check(PIN) == CheckResult(CheckStatus.WAIT, 1)
    clock.advance(0.5)
    assert lock.check("0000").wait_seconds == 240
    assert lock.check(PIN).message() == (
        "Too many wrong tries. Please wait 4 minutes, then try again."
    )
    clock.advance(240)
    # The right PIN starts afresh.
    assert lock.check(PIN).ok
    assert stored(lock_file)["failures"] == 0
    assert [r.wait_seconds for r in wrong(lock, 5)] == [0, 0, 0, 0, 30]


def test_a_pin_is_not_even_hashed_while_waiting(
    lock_file: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, fast_hash: None
) -> None:
    lock = PinLock(lock_file, clock)
    lock.set_pin(PIN)
    wrong(lock, 5)
    calls: list[str] = []
    monkeypatch.setattr(lock_module, "_derive", lambda pin, *rest: calls.append(pin) or b"")
    for _ in range(100):
        assert lock.check(PIN).status is CheckStatus.WAIT
    assert calls == []


def test_the_wait_is_capped_at_a_day(lock_file: Path, clock: FakeClock, fast_hash: None) -> None:
    lock = PinLock(lock_file, clock)
    lock.set_pin(PIN)
    data = stored(lock_file)
    data["failures"] = 40
    lock_file.write_text(json.dumps(data), encoding="utf-8")
    assert lock.check("0000").wait_seconds == 24 * 60 * 60


def test_the_count_and_the_wait_survive_a_restart(
    lock_file: Path, clock: FakeClock, fast_hash: None
) -> None:
    lock = PinLock(lock_file, clock)
    lock.set_pin(PIN)
    wrong(lock, 3)
    assert PinLock(lock_file, clock).check("0000").tries_before_wait == 1  # quit, restart
    assert PinLock(lock_file, clock).check("0000").wait_seconds == 30
    clock.advance(10)
    restarted = PinLock(lock_file, clock)
    assert restarted.wait_seconds() == 20
    assert restarted.check(PIN) == CheckResult(CheckStatus.WAIT, 20)
    clock.advance(20)
    assert restarted.check("0000").wait_seconds == 60  # the doubling goes on


def test_moving_the_clock_back_never_makes_a_wait_longer(
    lock_file: Path, clock: FakeClock, fast_hash: None
) -> None:
    lock = PinLock(lock_file, clock)
    lock.set_pin(PIN)
    wrong(lock, 5)
    earlier = FakeClock(NOW - timedelta(days=3))
    after_restart = PinLock(lock_file, earlier)
    assert after_restart.wait_seconds() == 30
    earlier.advance(30)
    assert after_restart.check(PIN).ok


def test_another_process_shares_the_count(
    lock_file: Path, clock: FakeClock, fast_hash: None
) -> None:
    window = PinLock(lock_file, clock)
    window.set_pin(PIN)
    command_line = PinLock(lock_file, clock)
    wrong(command_line, 5)
    assert window.check(PIN) == CheckResult(CheckStatus.WAIT, 30)


# ---------------------------------------------------------------- a bad lock file


def absurd_cost(n: int, r: int) -> bytes:
    record = {
        "algorithm": "scrypt",
        "n": n,
        "r": r,
        "p": 1,
        "salt": "A" * 22 + "==",
        "hash": "A" * 43 + "=",
    }
    return json.dumps(
        {"version": 1, "pin": record, "failures": 0, "wait_until": None, "wait_seconds": 0}
    ).encode()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b"[]",
        b'{"version": 2}',
        b'{"version": 1, "pin": {"algorithm": "md5"}}',
        # an absurd cost must not hang or exhaust memory
        absurd_cost(n=2**30, r=8),
        absurd_cost(n=2**20, r=32),  # 4 GiB
    ],
)
def test_a_bad_lock_file_fails_closed_says_why_and_only_deleting_it_unlocks(
    lock_file: Path, clock: FakeClock, content: bytes
) -> None:
    lock_file.write_bytes(content)
    lock = PinLock(lock_file, clock)
    assert lock.is_set()
    assert all(lock.required_for(action) for action in LOCKED_ACTIONS)
    assert not lock.required_for(Action.CRAMP_NOW) and not lock.required_for(Action.HISTORY)
    (problem,) = lock.problems
    assert str(lock_file) in problem and "stay locked" in problem
    assert "delete" in problem and "Forgotten PIN" in problem
    result = lock.check(PIN)
    assert result.status is CheckStatus.UNREADABLE and result.message() == problem
    with pytest.raises(LockError):
        lock.set_pin(PIN)
    assert lock_file.read_bytes() == content  # never renamed or rewritten
    assert sorted(p.name for p in lock_file.parent.iterdir()) == ["lock.json"]
    lock_file.unlink()  # the caregiver's reset
    assert not lock.is_set() and lock.problems == ()
    lock.set_pin(PIN)
    assert PinLock(lock_file, clock).check(PIN).ok




@pytest.mark.skipif(sys.platform == "win32", reason="flock")
def test_thirty_parallel_guesses_from_other_processes_each_count(lock_file: Path) -> None:
    PinLock(lock_file, FakeClock()).set_pin(PIN)
    guess = (
        "import sys\n"
        "from pathlib import Path\n"
        "import cramp_timer.storage.lock as lock\n"
        "from cramp_timer.core.clock import SystemClock\n"
        "lock._derive = lambda pin, *rest: b'not it' * 6\n"  # the check itself, made cheap
        "print(lock.PinLock(Path(sys.argv[1]), SystemClock()).check('0000').status.value)\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", guess, str(lock_file)],
                              stdout=subprocess.PIPE, text=True) for _ in range(30)]
    answers = [proc.communicate(timeout=120)[0].strip() for proc in procs]
    assert all(proc.returncode == 0 for proc in procs)
    checked = answers.count("wrong")
    assert checked + answers.count("wait") == 30
    assert checked == FREE_TRIES  # not one more was checked before the wait began
    assert stored(lock_file)["failures"] == checked  # and every one checked was counted


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="root reads a chmod-000 file")
def test_a_lock_file_that_cannot_be_read_keeps_everything_locked(
    lock_file: Path, clock: FakeClock
) -> None:
    PinLock(lock_file, clock).set_pin(PIN)
    lock_file.chmod(0)
    try:
        lock = PinLock(lock_file, clock)
        assert lock.is_set() and "Permission denied" in lock.problems[0]
        assert lock.check(PIN).status is CheckStatus.UNREADABLE
    finally:
        lock_file.chmod(0o600)


def test_a_write_that_fails_half_way_leaves_the_lock_file_whole(
    lock_file: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    lock = PinLock(lock_file, clock)
    lock.set_pin(PIN)
    before = lock_file.read_bytes()

    def full_disk(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(LockError, match="No space left"):
        lock.set_pin("13579", PIN)
    assert lock_file.read_bytes() == before
    assert sorted(p.name for p in lock_file.parent.iterdir()) == ["lock.json"]
    monkeypatch.undo()
    assert PinLock(lock_file, clock).check(PIN).ok
