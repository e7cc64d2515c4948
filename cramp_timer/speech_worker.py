"""The speech worker process: ``python -m cramp_timer.speech_worker --cache-dir DIR``.

It reads JSON commands, one per line, on stdin and writes JSON events, one per line, on the
file descriptor given by ``--event-fd`` (or, without it, on a duplicate of the original stdout,
with fd 1 and ``sys.stdout`` pointed at stderr: the espeak driver prints to stdout). The wire
format is described in :mod:`cramp_timer.speech`.

Cues are rendered by pyttsx3 (espeak-ng driver) with ``save_to_file`` into a WAV cache, named
by a hash of (text, voice, rate, volume, pyttsx3 version), written under a temporary name and
renamed into place; they are played with ``aplay -q``. A newer say or chime kills the running
aplay; a say that waited longer than STALE_AFTER seconds is dropped; say and chime always
come before pending prepares.

pyttsx3 2.99 starts espeak-ng in its retrieval mode, which works on a thread of its own:
``runAndWait`` returns once the synthesis is queued, before the WAV is written (a line of
over about 20 words came out empty), and parameters are applied on that thread too (now and
then a line came out at the previous rate). `Engine.render` therefore sets the parameters
on the driver itself and waits for espeak-ng (``espeak_Synchronize``) before and after.

Environment (for tests): ``CRAMP_TIMER_SPEECH_NO_ENGINE=1`` behaves as if no speech engine were
installed (NO_ENGINE is reported and cues play the chime). ``CRAMP_TIMER_SPEECH_PLAYER``
replaces the ``aplay`` program name.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import struct
import subprocess
import sys
import threading
import time
import wave
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TypeAlias

STALE_AFTER = 1.5  # seconds a say may wait in the queue before it is too late to speak
HEARTBEAT = 0.5  # seconds between "_alive" messages while the worker is working
CHIME_NAME = "chime-v1.wav"
SAMPLE_RATE = 22050

NO_ENGINE_FIX = (
    "Spoken cues need the espeak-ng speech engine, which could not be loaded ({why}); "
    "install it with: sudo apt install espeak-ng"
)
NO_APLAY_FIX = (
    "Cramp Timer cannot play sound because the aplay program is missing; "
    "install it with: sudo apt install alsa-utils"
)
NO_DEVICE_FIX = (
    "Cramp Timer cannot play sound because no sound device or sound server answered; "
    "check that the speakers are on and not muted, or install PulseAudio with: "
    "sudo apt install pulseaudio"
)


# --- the queue: pure logic, tested without processes ----------------------------------------


@dataclass(frozen=True)
class Play:
    key: str
    text: str | None  # None = the chime
    sent: float


@dataclass(frozen=True)
class Skip:
    key: str
    reason: str


@dataclass(frozen=True)
class Prepare:
    text: str


@dataclass(frozen=True)
class Configure:
    options: dict[str, Any]


@dataclass(frozen=True)
class Silence:
    pass


@dataclass(frozen=True)
class Quit:
    pass


Job: TypeAlias = Play | Skip | Prepare | Configure | Silence | Quit


@dataclass
class WorkQueue:
    """Pending work, ordered by urgency. Not thread-safe by itself (see LockedQueue).

    Order of take(): quit, configure (latest wins), silence, skipped cues (to report them),
    the newest say/chime (older ones are skipped as replaced; a stale one is skipped),
    then prepares in arrival order.
    """

    stale_after: float = STALE_AFTER
    max_seq: int = 0
    _quit: bool = False
    _configure: dict[str, Any] | None = None
    _silence: bool = False
    _play: Play | None = None
    _skips: deque[Skip] = field(default_factory=deque)
    _prepares: deque[str] = field(default_factory=deque)

    def push(self, command: dict[str, Any], received: float) -> None:
        seq = command.get("seq")
        if isinstance(seq, int):
            self.max_seq = max(self.max_seq, seq)
        op = command.get("op")
        if op == "quit":
            self._quit = True
        elif op == "configure":
            options = command.get("options")
            if isinstance(options, dict):
                self._configure = options
        elif op == "silence":
            self._silence = True
            self._replace_play(None, "skipped: silenced")
        elif op in ("say", "chime"):
            sent = command.get("t")
            text = command.get("text") if op == "say" else None
            play = Play(
                key=str(command.get("key", "")),
                text=str(text) if text is not None else None,
                sent=float(sent) if isinstance(sent, (int, float)) else received,
            )
            self._replace_play(play, "skipped: a newer cue replaced it")
        elif op == "prepare":
            texts = command.get("texts")
            if isinstance(texts, list):
                for text in texts:
                    if isinstance(text, str) and text.strip() and text not in self._prepares:
                        self._prepares.append(text)
        else:
            raise ValueError(f"unknown command {op!r}")

    def _replace_play(self, play: Play | None, reason: str) -> None:
        if self._play is not None:
            self._skips.append(Skip(self._play.key, reason))
        self._play = play

    def urgent(self) -> bool:
        """True if something waits that should stop the current playback."""
        return self._quit or self._silence or self._play is not None

    def empty(self) -> bool:
        return not (self._quit or self._configure is not None or self._silence or self._skips
                    or self._play is not None or self._prepares)

    def take(self, now: float) -> Job | None:
        if self._quit:
            return Quit()
        if self._configure is not None:
            options, self._configure = self._configure, None
            return Configure(options)
        if self._silence:
            self._silence = False
            return Silence()
        if self._skips:
            return self._skips.popleft()
        if self._play is not None:
            play, self._play = self._play, None
            waited = now - play.sent
            if waited > self.stale_after:
                return Skip(play.key, f"skipped: stale (waited {waited:.1f} s)")
            return play
        if self._prepares:
            return Prepare(self._prepares.popleft())
        return None


class LockedQueue:
    """WorkQueue shared by the stdin reader thread and the main loop."""

    def __init__(self, work: WorkQueue) -> None:
        self._work = work
        self._cond = threading.Condition()

    def push(self, command: dict[str, Any]) -> None:
        with self._cond:
            self._work.push(command, time.monotonic())
            self._cond.notify()

    def urgent(self) -> bool:
        with self._cond:
            return self._work.urgent()

    def take(self) -> tuple[Job | None, int]:
        with self._cond:
            return self._work.take(time.monotonic()), self._work.max_seq

    def wait(self, timeout: float) -> None:
        with self._cond:
            if self._work.empty():
                self._cond.wait(timeout)


# --- events out ------------------------------------------------------------------------------


class Emitter:
    """Writes JSON lines on the event fd; thread-safe; remembers when it last wrote."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._lock = threading.Lock()
        self.last = time.monotonic()
        self.broken = False

    def emit(self, kind: str, key: str = "", detail: str = "", at: float = 0.0,
             **extra: Any) -> None:
        line = json.dumps({"kind": kind, "key": key, "detail": detail, "at": at, **extra})
        data = (line + "\n").encode()
        with self._lock:
            if self.broken:
                return
            try:
                while data:
                    data = data[os.write(self._fd, data):]
            except OSError:
                self.broken = True  # the parent is gone
            self.last = time.monotonic()


# --- audio -----------------------------------------------------------------------------------


def cache_name(text: str, voice_id: str, rate: int, volume: float, engine_version: str) -> str:
    key = json.dumps([text, voice_id, rate, round(volume, 3), engine_version])
    return hashlib.sha256(key.encode()).hexdigest()[:40] + ".wav"


def write_chime(path: Path) -> None:
    """A soft two-note bell (about 0.6 s): sine tones with a gentle attack and decay."""
    notes = ((0.0, 523.25), (0.22, 659.25))  # C5 then E5
    length = 0.65
    count = int(SAMPLE_RATE * length)
    frames = bytearray()
    for i in range(count):
        t = i / SAMPLE_RATE
        value = 0.0
        for start, freq in notes:
            dt = t - start
            if dt < 0:
                continue
            attack = min(1.0, dt / 0.015)
            decay = math.exp(-dt * 6.0)
            tone = math.sin(2 * math.pi * freq * dt) + 0.15 * math.sin(4 * math.pi * freq * dt)
            value += 0.22 * attack * decay * tone
        fade_out = min(1.0, (length - t) / 0.05)
        frames += struct.pack("<h", int(max(-1.0, min(1.0, value * fade_out)) * 32767))
    _write_wav_atomically(path, bytes(frames))


def _write_wav_atomically(path: Path, frames: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with wave.open(str(tmp), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(frames)
    tmp.replace(path)


def wav_frames(path: Path) -> int:
    """Number of audio frames in a WAV file (0 if it is missing or not a WAV)."""
    try:
        with wave.open(str(path), "rb") as wav:
            return wav.getnframes()
    except (OSError, EOFError, wave.Error):
        return 0


def _nothing() -> None:
    pass


class Engine:
    """pyttsx3 rendering to files. Construct with no_engine=True to simulate a missing engine."""

    def __init__(self, no_engine: bool) -> None:
        self.version = "none"
        self.voices: list[tuple[str, str]] = []
        self._engine: Any = None
        self._default_voice = ""
        if no_engine:
            raise RuntimeError("CRAMP_TIMER_SPEECH_NO_ENGINE is set")
        import importlib.metadata

        import pyttsx3

        self.version = importlib.metadata.version("pyttsx3")
        self._engine = pyttsx3.init()
        self._default_voice = str(self._engine.getProperty("voice") or "")
        self.voices = [(str(v.id), str(v.name)) for v in self._engine.getProperty("voices")]

    def has_voice(self, voice_id: str) -> bool:
        return any(vid == voice_id for vid, _ in self.voices)

    def render(self, text: str, voice_id: str, rate: int, volume: float, path: Path) -> None:
        """Render `text` to `path` (atomically). Raises RuntimeError if no audio came out."""
        # Set every property every time, straight on the driver: pyttsx3 queues
        # Engine.setProperty and, now and then, synthesises before the queue is pumped
        # (seen here: a rate of 110 and of 220 gave WAVs of the very same length).
        proxy = getattr(self._engine, "proxy", None)
        driver = getattr(proxy, "_driver", None)
        set_property = driver.setProperty if driver is not None else self._engine.setProperty
        voice = voice_id or self._default_voice
        if voice:
            set_property("voice", voice)
        set_property("rate", rate)
        set_property("volume", volume)
        # And espeak-ng, in the retrieval mode pyttsx3 starts it in, works on a thread of
        # its own: it applies parameters there (4 of 112 renders here, each in a fresh
        # process, came out at the driver's initial rate; 0 of 144 once this waits for
        # them), and runAndWait returns as soon as the synthesis is queued, before the
        # file is written (every line of over about 20 words came out empty).
        espeak = getattr(getattr(proxy, "_module", None), "_espeak", None)
        settle: Callable[[], object] = espeak.Synchronize if espeak is not None else _nothing
        settle()
        tmp = path.with_name(f".{path.stem}.{os.getpid()}.tmp.wav")
        self._engine.save_to_file(text, str(tmp))
        self._engine.runAndWait()
        settle()
        if wav_frames(tmp) == 0:
            tmp.unlink(missing_ok=True)
            raise RuntimeError(f"the speech engine produced no audio for {text!r}")
        tmp.replace(path)


# --- the worker ------------------------------------------------------------------------------


class Worker:
    def __init__(self, cache_dir: Path, emitter: Emitter, work: LockedQueue) -> None:
        self.cache_dir = cache_dir
        self.out = emitter
        self.work = work
        self.engine: Engine | None = None
        self.options: dict[str, Any] = {"voice_id": "", "rate": 150, "volume": 0.9}
        self.player: subprocess.Popen[bytes] | None = None
        self.playing_key = ""
        self.player_cmd = os.environ.get("CRAMP_TIMER_SPEECH_PLAYER", "aplay")
        self.sound_reported = False
        self.chime_path = cache_dir / CHIME_NAME

    def start(self) -> None:
        os.umask(0o077)  # the cache is private, as every file of the app: folders 0700, files 0600
        self.cache_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        try:  # a cache made by an older version
            self.cache_dir.chmod(0o700)
            for old in self.cache_dir.iterdir():
                old.chmod(0o600)
        except OSError:
            pass
        if wav_frames(self.chime_path) == 0:
            write_chime(self.chime_path)
        no_engine = os.environ.get("CRAMP_TIMER_SPEECH_NO_ENGINE") == "1"
        try:
            self.engine = Engine(no_engine)
        except (ImportError, OSError, RuntimeError, KeyError, ValueError) as exc:
            self.engine = None
            self.out.emit("no_engine", detail=NO_ENGINE_FIX.format(why=str(exc) or type(exc)))
        voices = self.engine.voices if self.engine else []
        self.out.emit("ready", detail="espeak-ng" if self.engine else "chime only",
                      voices=voices)

    # main loop ---------------------------------------------------------------------------

    def run(self) -> None:
        idle_reported = -1
        while not self.out.broken:
            if self.player is not None:
                if self.player.poll() is not None:
                    self._player_done()
                elif self.work.urgent():
                    self._stop_player("interrupted")
            job, seq = self.work.take()
            if isinstance(job, Quit):
                self._stop_player("interrupted")
                return
            if job is not None:
                self._do(job)
            elif self.player is None:
                if seq > idle_reported:
                    self.out.emit("_idle", seq=seq)
                    idle_reported = seq
                self.work.wait(1.0)
            else:
                self.work.wait(0.02)
            if time.monotonic() - self.out.last > HEARTBEAT and (
                self.player is not None or job is not None
            ):
                self.out.emit("_alive")

    def _do(self, job: Job) -> None:
        if isinstance(job, Configure):
            self._configure(job.options)
        elif isinstance(job, Silence):
            self._stop_player("interrupted")
        elif isinstance(job, Skip):
            self.out.emit("finished", key=job.key, detail=job.reason)
        elif isinstance(job, Prepare):
            self._cached(job.text)
        elif isinstance(job, Play):
            self._play(job)

    def _configure(self, options: dict[str, Any]) -> None:
        voice_id = str(options.get("voice_id", ""))
        if voice_id and self.engine is not None and not self.engine.has_voice(voice_id):
            self.out.emit("error", detail=f"The voice {voice_id!r} is not installed; "
                          "using the default voice.")
            voice_id = ""
        rate, volume = options.get("rate", 150), options.get("volume", 0.9)
        self.options = {
            "voice_id": voice_id,
            "rate": int(rate) if isinstance(rate, (int, float)) else 150,
            "volume": min(1.0, max(0.0, float(volume))) if isinstance(volume, (int, float))
            else 0.9,
        }

    def _cached(self, text: str) -> Path | None:
        """The cached WAV for `text`, rendering it first if needed; None if that failed."""
        if self.engine is None or not text.strip():
            return None
        path = self.cache_dir / cache_name(
            text, self.options["voice_id"], self.options["rate"], self.options["volume"],
            self.engine.version,
        )
        if path.exists():
            return path
        try:
            self.engine.render(text, self.options["voice_id"], self.options["rate"],
                               self.options["volume"], path)
        except (RuntimeError, OSError, ValueError, AssertionError) as exc:
            self.out.emit("error", detail=f"Could not render {text!r}: {exc}")
            return None
        return path

    def _play(self, job: Play) -> None:
        path: Path | None = None
        detail = ""
        if job.text is not None:
            path = self._cached(job.text)
            if path is None:
                why = "no speech engine" if self.engine is None else "render failed"
                detail = f"chime: {why}"
        if path is None:
            path = self.chime_path
        self._stop_player("interrupted")
        try:
            self.player = subprocess.Popen(
                [self.player_cmd, "-q", str(path)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
        except OSError as exc:
            self._no_sound(NO_APLAY_FIX, f"{self.player_cmd}: {exc.strerror}")
            self.out.emit("finished", key=job.key, detail="failed: no sound")
            return
        self.playing_key = job.key
        self.out.emit("started", key=job.key, detail=detail, at=time.monotonic())

    def _player_done(self) -> None:
        player, self.player = self.player, None
        assert player is not None
        err = player.stderr.read().decode(errors="replace").strip() if player.stderr else ""
        if player.stderr:
            player.stderr.close()
        if player.returncode == 0:
            self.sound_reported = False
            self.out.emit("finished", key=self.playing_key)
        else:
            self._no_sound(NO_DEVICE_FIX, err or f"exit code {player.returncode}")
            self.out.emit("finished", key=self.playing_key, detail="failed: no sound")

    def _stop_player(self, reason: str) -> None:
        player, self.player = self.player, None
        if player is None:
            return
        if player.poll() is not None:  # it ended on its own just now
            self.player = player
            self._player_done()
            return
        player.kill()
        player.wait()
        if player.stderr:
            player.stderr.close()
        self.out.emit("finished", key=self.playing_key, detail=reason)

    def _no_sound(self, fix: str, log: str) -> None:
        if not self.sound_reported:
            self.sound_reported = True
            self.out.emit("no_sound", detail=fix)
            self.out.emit("error", detail=f"Sound output failed: {log}")


def _read_commands(stream: IO[bytes], work: LockedQueue, out: Emitter) -> None:
    for line in stream:
        if not line.strip():
            continue
        try:
            command = json.loads(line)
            if not isinstance(command, dict):
                raise ValueError("a command must be a JSON object")
            work.push(command)
        except ValueError as exc:  # JSONDecodeError is a ValueError
            out.emit("error", detail=f"Bad command {line[:200]!r}: {exc}")
    work.push({"op": "quit"})  # the parent closed our stdin: it is gone


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cramp_timer.speech_worker")
    parser.add_argument("--cache-dir", type=Path, required=True)
    parser.add_argument("--event-fd", type=int, default=-1)
    args = parser.parse_args(argv)
    if args.event_fd >= 0:
        event_fd = args.event_fd
    else:
        # Keep the real stdout for events; everything printed goes to stderr instead.
        sys.stdout.flush()
        event_fd = os.dup(1)
        os.dup2(2, 1)
        sys.stdout = sys.stderr
    emitter = Emitter(event_fd)
    work = LockedQueue(WorkQueue())
    worker = Worker(args.cache_dir, emitter, work)
    worker.start()
    reader = threading.Thread(
        target=_read_commands, args=(sys.stdin.buffer, work, emitter), daemon=True
    )
    reader.start()
    worker.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
