"""Speech: the Speaker protocol, a silent fallback, and the pyttsx3 speaker in a worker process.

pyttsx3 with the espeak-ng driver is not safe to drive from the GUI process (it returns early,
drops queued utterances and can stall). So :class:`ProcessSpeaker` runs it in a separate
process (``python -m cramp_timer.speech.worker``) that renders each cue to a cached WAV file
and plays it with ``aplay``. The parent only writes small JSON lines to the worker's stdin
(never blocking) and reads events back on a dedicated pipe from a daemon thread. Everything
the caller sees comes out of :meth:`ProcessSpeaker.poll`, which also runs the watchdog:
a worker that stops answering, or dies, is killed with its whole process group and replaced.

Event contract for ``say(key, text)`` and ``chime(key)``: every request ends with exactly one
FINISHED event for its key (after an optional STARTED). FINISHED.detail is ``""`` when the cue
played to its end, otherwise it says why it ended early: ``"interrupted"`` (silence(), or
a newer cue cut a number off), ``"skipped: ..."`` (a stale or replaced number, voice off, ...)
or ``"failed: ..."`` (no sound). A cue whose worker is lost in a restart gets no FINISHED;
the RESTARTED event stands for it.

This module imports no Qt.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from enum import Enum
from pathlib import Path
from typing import IO, Protocol

from cramp_timer.core.clock import Clock
from cramp_timer.i18n import translate
from cramp_timer.launch import helper_argv
from cramp_timer.speech import platform as speech_platform

# Restart cap: more than this many restarts inside RESTART_WINDOW seconds and we give up.
MAX_RESTARTS = 3
RESTART_WINDOW = 60.0
# Unsent command bytes kept while the worker's stdin pipe is full (a stuck worker).
_MAX_PENDING_BYTES = 1 << 20


@dataclass(frozen=True)
class VoiceOptions:
    enabled: bool = True
    voice_id: str = ""  # "" = engine default voice
    rate: int = 150  # words per minute (espeak rate)
    volume: float = 0.9  # 0..1
    language: str = "en"  # of the spoken lines: picks the default voice (Piper if it has one)


@dataclass(frozen=True)
class VoiceInfo:
    id: str
    name: str


class SpeechEventKind(Enum):
    READY = "ready"  # worker up; detail may be empty
    STARTED = "started"  # playback of `key` began (at = worker monotonic time aplay launched)
    FINISHED = "finished"  # the request for `key` is over; detail "" = played to the end
    NO_ENGINE = "no_engine"  # no speech engine; detail = why and how to fix
    NO_SOUND = "no_sound"  # could not play sound; detail = why and how to fix
    RESTARTED = "restarted"  # the worker hung or died and was replaced; detail says which
    FALLBACK = "fallback"  # the natural (Piper) voice failed, espeak-ng speaks; detail = fix
    NO_VOICE = "no_voice"  # no voice speaks the lines' language; detail = how to get one
    VOICE = "voice"  # options applied; detail = the engine and voice that speak now
    ERROR = "error"  # anything else worth logging


@dataclass(frozen=True)
class SpeechEvent:
    kind: SpeechEventKind
    key: str = ""
    detail: str = ""
    at: float = 0.0


class Speaker(Protocol):
    def start(self) -> None:
        """Start the speaker without blocking (spawns the worker, if any)."""
        ...

    def configure(self, options: VoiceOptions) -> None: ...

    def prepare(self, texts: Sequence[str]) -> None:
        """Render these texts to the cache in the background, ahead of need."""
        ...

    def say(self, key: str, text: str, droppable: bool = False) -> None:
        """Speak `text` as soon as the line before it is said. Never blocks.

        Only a ``droppable`` line (a countdown number) may go unsaid: when it cannot be
        said on time or a newer cue comes; a newer cue also cuts it off."""
        ...

    def chime(self, key: str) -> None:
        """Play a short soft bell (used when the voice is off or unavailable)."""
        ...

    def silence(self) -> None:
        """Stop what is playing now."""
        ...

    def poll(self) -> list[SpeechEvent]:
        """Drain events without blocking; runs the watchdog."""
        ...

    def busy(self) -> bool:
        """True while a request is outstanding or the worker is starting."""
        ...

    def voices(self) -> tuple[VoiceInfo, ...]: ...

    def close(self) -> None: ...


class SilentSpeaker:
    """A speaker that says nothing. Used when speech is switched off entirely, and in tests."""

    def start(self) -> None:
        pass

    def configure(self, options: VoiceOptions) -> None:
        pass

    def prepare(self, texts: Sequence[str]) -> None:
        pass

    def say(self, key: str, text: str, droppable: bool = False) -> None:
        pass

    def chime(self, key: str) -> None:
        pass

    def silence(self) -> None:
        pass

    def poll(self) -> list[SpeechEvent]:
        return []

    def busy(self) -> bool:
        return False

    def voices(self) -> tuple[VoiceInfo, ...]:
        return ()

    def close(self) -> None:
        pass


# ---------------------------------------------------------------------------------------------
# Wire format shared with cramp_timer.speech.worker.
#
# Parent -> worker (stdin), one JSON object per line, each with a rising "seq":
#   {"op": "configure", "options": {...VoiceOptions fields...}}
#   {"op": "prepare", "texts": [...]}
#   {"op": "say", "key": k, "text": t, "t": time.monotonic() when sent[, "drop": true]}
#     ("drop": a countdown number, which may be dropped when stale or replaced)
#   {"op": "chime", "key": k, "t": ...}
#   {"op": "silence"}
#   {"op": "quit"}
# Worker -> parent (event fd), one JSON object per line:
#   public events: {"kind": SpeechEventKind.value, "key", "detail", "at"}; READY adds "voices"
#   private: {"kind": "_idle", "seq": n}  worker has nothing left to do for commands <= n
#            {"kind": "_alive"}          heartbeat from the worker's main loop while working
# ---------------------------------------------------------------------------------------------

_IDLE = "_idle"
_ALIVE = "_alive"
_EOF = "_eof"


@dataclass(frozen=True)
class _Message:
    """A parsed line from the worker (or the reader's end-of-stream marker)."""

    kind: str
    generation: int
    key: str = ""
    detail: str = ""
    at: float = 0.0
    seq: int = 0
    voices: tuple[VoiceInfo, ...] = ()


def parse_message(line: bytes, generation: int) -> _Message:
    """Parse one line from the worker. Raises ValueError on anything malformed."""
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"bad line from speech worker: {line[:200]!r}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("kind"), str):
        raise ValueError(f"bad message from speech worker: {line[:200]!r}")
    voices: list[VoiceInfo] = []
    for item in raw.get("voices", []):
        if isinstance(item, list) and len(item) == 2:
            voices.append(VoiceInfo(id=str(item[0]), name=str(item[1])))
    at = raw.get("at", 0.0)
    seq = raw.get("seq", 0)
    return _Message(
        kind=raw["kind"],
        generation=generation,
        key=str(raw.get("key", "")),
        detail=str(raw.get("detail", "")),
        at=float(at) if isinstance(at, (int, float)) else 0.0,
        seq=int(seq) if isinstance(seq, int) else 0,
        voices=tuple(voices),
    )


def _read_events(stream: IO[bytes], generation: int, out: queue.SimpleQueue[_Message]) -> None:
    """Reader thread body: parse worker lines into `out` until end of stream."""
    with stream:
        for line in stream:
            if not line.strip():
                continue
            try:
                out.put(parse_message(line, generation))
            except ValueError as exc:
                out.put(_Message(kind=SpeechEventKind.ERROR.value, generation=generation,
                                 detail=str(exc)))
    out.put(_Message(kind=_EOF, generation=generation))


class _Worker:
    """One running worker process plus its pipes and reader thread."""

    def __init__(
        self,
        argv: list[str],
        env: Mapping[str, str],
        generation: int,
        out: queue.SimpleQueue[_Message],
    ) -> None:
        read_fd, write_fd = os.pipe()
        extra_args, popen_kwargs = speech_platform.event_channel(write_fd)
        try:
            self.proc = subprocess.Popen(
                [*argv, *extra_args], stdin=subprocess.PIPE, env=dict(env), **popen_kwargs
            )
        except OSError:
            os.close(read_fd)
            os.close(write_fd)
            raise
        os.close(write_fd)
        events: IO[bytes] = os.fdopen(read_fd, "rb")
        if not extra_args:  # the events come on the worker's stdout (Windows)
            events.close()
            assert self.proc.stdout is not None
            events = self.proc.stdout
        assert self.proc.stdin is not None
        self._stdin = self.proc.stdin
        self._stdin_fd = self._stdin.fileno()
        if sys.platform != "win32":  # (Windows pipes: writes of our few small lines)
            os.set_blocking(self._stdin_fd, False)
        self._pending = b""
        self.broken = False
        self.thread = threading.Thread(
            target=_read_events,
            args=(events, generation, out),
            name=f"speech-events-{generation}",
            daemon=True,
        )
        self.thread.start()

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return not self.broken and self.proc.poll() is None

    def send(self, data: bytes) -> None:
        """Queue bytes for the worker and write what the pipe takes now. Never blocks."""
        if self.broken:
            return
        if len(self._pending) + len(data) > _MAX_PENDING_BYTES:
            # The worker has not read its input for a long time; the watchdog will replace it.
            return
        self._pending += data
        self.flush()

    def flush(self) -> None:
        while self._pending and not self.broken:
            try:
                written = os.write(self._stdin_fd, self._pending)
            except BlockingIOError:
                return
            except (BrokenPipeError, OSError):
                self.broken = True
                self._pending = b""
                return
            self._pending = self._pending[written:]

    def kill(self) -> None:
        """Kill the worker's whole process group (it and any aplay) and release everything."""
        speech_platform.kill_tree(self.proc)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=2.0)
        with contextlib.suppress(OSError):
            self._stdin.close()
        self.thread.join(timeout=2.0)


def worker_argv(python: str, cache_dir: Path) -> list[str]:
    """``python -m cramp_timer.speech.worker ...``, or the bundle's own helper entry."""
    return [*helper_argv(python, "speech-worker"), "--cache-dir", str(cache_dir)]


class ProcessSpeaker:
    """Speaks through Piper or pyttsx3 + espeak-ng in a killable worker process, with aplay.

    With ``options.enabled`` False, say() plays nothing: it only reports
    FINISHED(key, "skipped: voice is off"); the caller plays chime() itself if it wants a bell.
    """

    def __init__(
        self,
        cache_dir: Path,
        clock: Clock,
        *,
        python: str = sys.executable,
        hang_timeout: float = 2.0,
        worker_env: Mapping[str, str] | None = None,
        start_timeout: float = 15.0,
    ) -> None:
        self._cache_dir = cache_dir
        self._clock = clock
        self._python = python
        self._hang_timeout = hang_timeout
        self._start_timeout = start_timeout
        self._env: dict[str, str] = dict(os.environ if worker_env is None else worker_env)
        root = _package_root()
        paths = [p for p in self._env.get("PYTHONPATH", "").split(os.pathsep) if p]
        if root not in paths:
            self._env["PYTHONPATH"] = os.pathsep.join([root, *paths])
        self._options = VoiceOptions()
        self._events: queue.SimpleQueue[_Message] = queue.SimpleQueue()
        self._local: list[SpeechEvent] = []
        self._worker: _Worker | None = None
        self._generation = 0
        self._seq = 0
        self._idle_seq = 0
        self._ready = False
        self._started_at = 0.0
        self._last_heard = 0.0
        self._restarts: list[float] = []
        self._gave_up = False
        self._voices: tuple[VoiceInfo, ...] = ()
        self._closed = False
        self._ahead: tuple[str, str] | None = None

    # -- Speaker API ----------------------------------------------------------------------

    def start(self) -> None:
        if self._worker is not None or self._gave_up or self._closed:
            return
        self._spawn()

    def configure(self, options: VoiceOptions) -> None:
        self._options = options
        self._send({"op": "configure", "options": asdict(options)})

    def prepare(self, texts: Sequence[str]) -> None:
        wanted = [t for t in texts if t.strip()]
        if wanted and self._options.enabled:
            self._send({"op": "prepare", "texts": wanted})

    def say_ahead(self, key: str, text: str) -> None:
        """Say a line before the caller knows it will (start-up's first line of
        `--now`): the next say(), if it is this very line, is then not sent again."""
        self.say(key, text)
        self._ahead = (key, text)

    def say(self, key: str, text: str, droppable: bool = False) -> None:
        ahead, self._ahead = self._ahead, None
        if ahead == (key, text):
            return  # already on its way
        if not self._options.enabled:
            self._local.append(SpeechEvent(SpeechEventKind.FINISHED, key, "skipped: voice is off"))
            return
        command: dict[str, object] = {"op": "say", "key": key, "text": text,
                                      "t": time.monotonic()}
        if droppable:
            command["drop"] = True
        self._send(command)

    def chime(self, key: str) -> None:
        self._send({"op": "chime", "key": key, "t": time.monotonic()})

    def silence(self) -> None:
        self._send({"op": "silence"})

    def busy(self) -> bool:
        if self._worker is None:
            return False
        return not self._ready or self._seq > self._idle_seq

    def voices(self) -> tuple[VoiceInfo, ...]:
        return self._voices

    @property
    def worker_pid(self) -> int | None:
        """The worker's process id (a test hook: tests SIGSTOP or SIGKILL it)."""
        return self._worker.pid if self._worker is not None else None

    def poll(self, wait: float = 0.0) -> list[SpeechEvent]:
        """Drain events and run the watchdog. Non-blocking by default; with `wait` > 0
        (never on the GUI thread: for scripts and tests) it first waits up to that long
        for the worker to say something."""
        out, self._local = self._local, []
        if self._worker is not None:
            self._worker.flush()
        block = wait > 0 and not out
        while True:
            try:
                msg = self._events.get(timeout=wait) if block else self._events.get_nowait()
            except queue.Empty:
                break
            block = False
            event = self._handle(msg)
            if event is not None:
                out.append(event)
        out.extend(self._watchdog())
        return out

    def close(self) -> None:
        self._closed = True
        self._kill_worker()
        # Drop anything the old reader threads left behind.
        while True:
            try:
                self._events.get_nowait()
            except queue.Empty:
                break

    # -- internals ------------------------------------------------------------------------

    def _spawn(self) -> None:
        self._generation += 1
        self._ready = False
        self._seq = 0
        self._idle_seq = 0
        self._started_at = self._clock.monotonic()
        self._last_heard = self._started_at
        try:
            self._worker = _Worker(
                worker_argv(self._python, self._cache_dir),
                self._env,
                self._generation,
                self._events,
            )
        except OSError as exc:
            self._worker = None
            self._gave_up = True
            self._local.append(SpeechEvent(
                SpeechEventKind.NO_ENGINE,
                detail=translate("speech", "Cramp Timer could not start its speech helper "
                                 "({why}); reinstall Cramp Timer to get spoken cues back.")
                .format(why=exc.strerror),
            ))
            return
        if self._options != VoiceOptions():
            self._send({"op": "configure", "options": asdict(self._options)})

    def _kill_worker(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.kill()

    def _send(self, command: dict[str, object]) -> None:
        if self._worker is None:
            return
        if not self.busy():
            # The hang timer starts when a request goes out to an idle worker.
            self._last_heard = self._clock.monotonic()
        self._seq += 1
        command["seq"] = self._seq
        self._worker.send((json.dumps(command) + "\n").encode())

    def _handle(self, msg: _Message) -> SpeechEvent | None:
        if msg.generation != self._generation or self._worker is None:
            return None  # from a worker we already replaced
        self._last_heard = self._clock.monotonic()
        if msg.kind == _EOF:
            self._worker.broken = True  # the watchdog restarts it
            return None
        if msg.kind == _ALIVE:
            return None
        if msg.kind == _IDLE:
            self._idle_seq = max(self._idle_seq, msg.seq)
            return None
        try:
            kind = SpeechEventKind(msg.kind)
        except ValueError:
            return SpeechEvent(SpeechEventKind.ERROR, detail=f"unknown worker event {msg.kind!r}")
        if kind is SpeechEventKind.READY:
            self._ready = True
            self._voices = msg.voices
        return SpeechEvent(kind, msg.key, msg.detail, msg.at)

    def _watchdog(self) -> list[SpeechEvent]:
        worker = self._worker
        if worker is None:
            return []
        now = self._clock.monotonic()
        reason = ""
        if not worker.alive():
            code = worker.proc.poll()
            reason = (f"the speech helper stopped (exit code {code})" if code is not None
                      else "the speech helper stopped answering")
        elif not self._ready and now - self._started_at > self._start_timeout:
            reason = f"the speech helper did not start within {self._start_timeout:g} s"
        elif self._ready and self.busy() and now - self._last_heard > self._hang_timeout:
            reason = f"the speech helper hung for more than {self._hang_timeout:g} s"
        if not reason:
            return []
        self._kill_worker()
        self._restarts = [t for t in self._restarts if now - t < RESTART_WINDOW]
        if len(self._restarts) >= MAX_RESTARTS:
            self._gave_up = True
            return [SpeechEvent(
                SpeechEventKind.NO_ENGINE,
                detail=translate(
                    "speech", "Spoken cues are off because the speech helper failed %n times "
                    "in a minute ({why}); restart Cramp Timer, and if it happens again "
                    "reinstall espeak-ng: sudo apt install --reinstall espeak-ng", "",
                    MAX_RESTARTS + 1).format(why=reason),
            )]
        self._restarts.append(now)
        self._spawn()
        return [SpeechEvent(SpeechEventKind.RESTARTED, detail=f"Restarted speech: {reason}.")]


def _package_root() -> str:
    """The directory that holds the cramp_timer package, so the worker can import it."""
    return str(Path(__file__).resolve().parents[2])
