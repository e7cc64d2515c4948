"""The speech worker process: ``python -m cramp_timer.speech.worker --cache-dir DIR``.

It reads JSON commands, one per line, on stdin and writes JSON events, one per line, on the
file descriptor given by ``--event-fd`` (or, without it, on a duplicate of the original stdout,
with fd 1 and ``sys.stdout`` pointed at stderr: the espeak driver prints to stdout). The wire
format is described in :mod:`cramp_timer.speech.speaker`.

Cues are rendered by Piper (:mod:`cramp_timer.speech.piper_engine`) when a Piper voice speaks, else
by pyttsx3 (espeak-ng driver) with ``save_to_file``, into a WAV cache named by a hash of
(engine, text, voice, rate, volume, engine version), written under a temporary name and
renamed into place; they are played with ``aplay -q`` (elsewhere: `speech_platform`). A newer
say or chime kills the running player; say and chime always come before pending prepares.
Only a countdown number (a say with ``"drop": true``) may be dropped: when it waited longer
than STALE_AFTER seconds, or a newer cue came; it is cut off by a newer cue. Any other line
is said whole, in order, however late (docs/decisions/0011-first-words-only-numbers-dropped.md).
STARTED's detail names the engine and voice; a failing Piper is reported once (FALLBACK)
and espeak-ng speaks on.

pyttsx3 2.99 runs espeak-ng on a thread of its own (``runAndWait`` returns before the WAV
is written), so `Engine.render` sets the parameters on the driver and waits for espeak-ng.

Environment (for tests): ``CRAMP_TIMER_SPEECH_NO_ENGINE=1`` behaves as if no speech engine were
installed (NO_ENGINE is reported and cues play the chime). ``CRAMP_TIMER_SPEECH_PLAYER``
replaces the ``aplay`` program name.
"""

from __future__ import annotations

import argparse
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

from cramp_timer.i18n import LANGUAGES, QT_TRANSLATE_NOOP, set_language, translate
from cramp_timer.speech import platform as speech_platform
from cramp_timer.speech.languages import espeak_voice_for
from cramp_timer.speech.piper_engine import NaturalVoice, PiperFailed
from cramp_timer.speech.piper_voices import is_piper

STALE_AFTER = 1.5  # seconds a countdown number may wait before it is too late to say
HEARTBEAT = 0.5  # seconds between "_alive" messages while the worker is working
CHIME_NAME = "chime-v1.wav"
SAMPLE_RATE = 22050

NO_ENGINE_FIX = QT_TRANSLATE_NOOP(
    "speech", "Spoken cues need the espeak-ng speech engine, which could not be loaded "
    "({why}); install it with: sudo apt install espeak-ng")
NO_APLAY_FIX = QT_TRANSLATE_NOOP(
    "speech", "Cramp Timer cannot play sound because the aplay program is missing; "
    "install it with: sudo apt install alsa-utils")
NO_DEVICE_FIX = QT_TRANSLATE_NOOP(
    "speech", "Cramp Timer cannot play sound because no sound device or sound server "
    "answered; check that the speakers are on and not muted, or install PulseAudio with: "
    "sudo apt install pulseaudio")
NO_VOICE_FIX = QT_TRANSLATE_NOOP(
    "speech", "No installed voice speaks this language ({language}), so the steps are only "
    "shown on screen. To hear them, install espeak-ng's voices: sudo apt install "
    "espeak-ng-data")


# --- the queue: pure logic, tested without processes ----------------------------------------


@dataclass(frozen=True)
class Play:
    key: str
    text: str | None  # None = the chime
    sent: float
    droppable: bool = False  # a countdown number: stale or replaced, it is not said


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
    say/chime in arrival order (a droppable one is skipped when a newer one comes or when
    it is stale; with ``hold_plays`` none is taken: a line is being said), then prepares
    in arrival order.
    """

    stale_after: float = STALE_AFTER
    max_seq: int = 0
    _quit: bool = False
    _configure: dict[str, Any] | None = None
    _silence: bool = False
    _plays: deque[Play] = field(default_factory=deque)
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
            self._drop_plays(lambda play: True, "skipped: silenced")
        elif op in ("say", "chime"):
            sent = command.get("t")
            text = command.get("text") if op == "say" else None
            play = Play(
                key=str(command.get("key", "")),
                text=str(text) if text is not None else None,
                sent=float(sent) if isinstance(sent, (int, float)) else received,
                droppable=command.get("drop") is True,
            )
            self._drop_plays(lambda old: old.droppable, "skipped: a newer cue replaced it")
            self._plays.append(play)
        elif op == "prepare":
            texts = command.get("texts")
            if isinstance(texts, list):
                for text in texts:
                    if isinstance(text, str) and text.strip() and text not in self._prepares:
                        self._prepares.append(text)
        else:
            raise ValueError(f"unknown command {op!r}")

    def _drop_plays(self, which: Callable[[Play], bool], reason: str) -> None:
        kept: deque[Play] = deque()
        for play in self._plays:
            if which(play):
                self._skips.append(Skip(play.key, reason))
            else:
                kept.append(play)
        self._plays = kept

    def urgent(self, playing_droppable: bool = True) -> bool:
        """True if something waits that should stop the current playback: quit, silence,
        or a newer cue while a countdown number plays (a line is never cut off by one)."""
        return self._quit or self._silence or (playing_droppable and bool(self._plays))

    def empty(self, hold_plays: bool = False) -> bool:
        return not (self._quit or self._configure is not None or self._silence or self._skips
                    or (self._plays and not hold_plays) or self._prepares)

    def take(self, now: float, hold_plays: bool = False) -> Job | None:
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
        if self._plays and not hold_plays:
            play = self._plays.popleft()
            waited = now - play.sent
            if play.droppable and waited > self.stale_after:
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

    def urgent(self, playing_droppable: bool) -> bool:
        with self._cond:
            return self._work.urgent(playing_droppable)

    def take(self, hold_plays: bool) -> tuple[Job | None, int]:
        with self._cond:
            return self._work.take(time.monotonic(), hold_plays), self._work.max_seq

    def wait(self, timeout: float, hold_plays: bool = False) -> None:
        with self._cond:
            if self._work.empty(hold_plays):
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


def _sha256(data: bytes) -> str:
    # The interpreter's own SHA-256 (_sha256, _sha2 from 3.12): hashlib would load OpenSSL
    # (about 3.5 MB) into a process that runs all day, for one file name.
    import importlib

    for name in ("_sha2", "_sha256"):
        try:
            module: Any = importlib.import_module(name)
        except ImportError:
            continue
        return str(module.sha256(data).hexdigest())
    import hashlib  # an interpreter built without them

    return hashlib.sha256(data).hexdigest()


def cache_name(text: str, engine: str, voice_id: str, rate: int, volume: float,
               engine_version: str) -> str:
    """The WAV's file name: every input that changes the sound is in it."""
    key = json.dumps([engine, text, voice_id, rate, round(volume, 3), engine_version])
    return _sha256(key.encode())[:40] + ".wav"


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
        self.languages: list[tuple[str, list[str]]] = []  # (voice id, its languages)
        self._engine: Any = None
        self._default_voice = ""
        if no_engine:
            raise RuntimeError("CRAMP_TIMER_SPEECH_NO_ENGINE is set")
        import importlib.metadata

        import pyttsx3

        self.version = importlib.metadata.version("pyttsx3")
        self._engine = pyttsx3.init(driverName=speech_platform.pyttsx3_driver())
        self._default_voice = str(self._engine.getProperty("voice") or "")
        found = self._engine.getProperty("voices")
        self.voices = [(str(v.id), str(v.name)) for v in found]
        self.languages = [(str(v.id), [str(lang) for lang in (v.languages or [])])
                          for v in found]

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
        self.options: dict[str, Any] = {"voice_id": "", "rate": 150, "volume": 0.9,
                                        "language": "en"}
        self.natural = NaturalVoice(lambda: self.out.emit("_alive"))
        self.natural.choose("", "en")
        self.spoke = ""  # which engine and voice made the last file _cached returned
        self.player: subprocess.Popen[bytes] | None = None
        self.playing_key = ""
        self.playing_droppable = False
        self._folder_made = False
        self.player_cmd = os.environ.get("CRAMP_TIMER_SPEECH_PLAYER",
                                         speech_platform.default_player())
        self.sound_reported = False
        self.mute = ""  # why no voice speaks the lines' language ("" when one does)
        self.told_no_voice: set[str] = set()
        self.chime_path = cache_dir / CHIME_NAME

    def start(self) -> None:
        # The folder and the chime are made once first needed (_folder, _chime): the
        # worker starts before the app has made its folders, and a first line waits for
        # neither.
        os.umask(0o077)  # the cache is private, as every file of the app: folders 0700, files 0600
        no_engine = os.environ.get("CRAMP_TIMER_SPEECH_NO_ENGINE") == "1"
        try:
            self.engine = Engine(no_engine)
        except (ImportError, OSError, RuntimeError, KeyError, ValueError) as exc:
            self.engine = None
            self.out.emit("no_engine", detail=translate("speech", NO_ENGINE_FIX).format(
                why=str(exc) or type(exc)))
        voices = [(v.id, v.label) for v in self.natural.voices]
        voices += self.engine.voices if self.engine else []
        self.out.emit("ready", detail=self._speaking_with(), voices=voices)

    # main loop ---------------------------------------------------------------------------

    def run(self) -> None:
        idle_reported = -1
        while not self.out.broken:
            if self.player is not None:
                if self.player.poll() is not None:
                    self._player_done()
                elif self.work.urgent(self.playing_droppable):
                    self._stop_player("interrupted")
            # while a line plays, the next one waits for it (a number is cut off)
            saying = self.player is not None and not self.playing_droppable
            job, seq = self.work.take(saying)
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
                self.work.wait(0.02, saying)
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
        language = str(options.get("language") or "en")
        self.natural.rescan()
        if self.natural.choose(voice_id, language) is None and is_piper(voice_id):
            self.out.emit("error", detail=f"The voice {voice_id!r} is not installed; "
                          "using the default voice.")
            voice_id = ""
            self.natural.choose(voice_id, language)
        elif (voice_id and not is_piper(voice_id) and self.engine is not None
              and not self.engine.has_voice(voice_id)):
            self.out.emit("error", detail=f"The voice {voice_id!r} is not installed; "
                          "using the default voice.")
            voice_id = ""
        set_language(language)  # the worker's notices in the language of its lines
        voice_id = "" if is_piper(voice_id) else voice_id  # the espeak-ng voice
        self.mute = ""
        if not voice_id and self.engine is not None:
            espeak = espeak_voice_for(language, self.engine.languages)
            if espeak is None:
                self.mute = translate("speech", NO_VOICE_FIX).format(
                    language=LANGUAGES.get(language, language))
            voice_id = espeak or ""
        rate, volume = options.get("rate", 150), options.get("volume", 0.9)
        self.options = {
            "voice_id": voice_id,
            "rate": int(rate) if isinstance(rate, (int, float)) else 150,
            "volume": min(1.0, max(0.0, float(volume))) if isinstance(volume, (int, float))
            else 0.9,
            "language": language,
        }
        if self.natural.usable() is None:
            self._tell_no_voice()
        self.out.emit("voice", detail=self._speaking_with())

    def _speaking_with(self) -> str:
        """Which engine and voice speak with the current options (for the log)."""
        voice = self.natural.usable()
        if voice is not None:
            return f"Piper {voice.id.removeprefix('piper:')}"
        return self._espeak_with()

    def _espeak_with(self) -> str:
        if self.engine is None:
            return "chime only"
        return f"espeak-ng {self.options['voice_id'] or 'default'}"

    def _cached(self, text: str, urgent: bool = False) -> Path | None:
        """The cached WAV for `text`, rendering it first if needed; None if that failed.

        While the worker's first Piper model loads, an `urgent` line (one to say now) is
        rendered by espeak-ng, so the first words of a cold night hold (later, after the
        model was let go, it waits for the reload); a prepare waits its turn."""
        if not text.strip():
            return None
        path, later = self._natural(text, urgent)
        if path is not None or later:
            return path
        if self.engine is None:
            return None
        if self.mute:  # espeak-ng has no voice for the language: the captions carry on
            self._tell_no_voice()
            return None
        self.spoke = self._espeak_with()
        path = self.cache_dir / cache_name(
            text, "espeak-ng", self.options["voice_id"], self.options["rate"],
            self.options["volume"], self.engine.version,
        )
        if path.exists():
            return path
        try:
            self._folder()
            self.engine.render(text, self.options["voice_id"], self.options["rate"],
                               self.options["volume"], path)
        except (RuntimeError, OSError, ValueError, AssertionError) as exc:
            self.out.emit("error", detail=f"Could not render {text!r}: {exc}")
            return None
        return path

    def _natural(self, text: str, urgent: bool) -> tuple[Path | None, bool]:
        """The Piper rendering of `text` if Piper speaks (None: espeak-ng does, and a
        failure is said once), and whether a prepare was put back until the model is in."""
        voice = self.natural.usable()
        if voice is None:
            why = self.natural.missing()
            if why:
                self._fall_back(why)
            return None, False
        path = self.cache_dir / cache_name(text, "piper", voice.id, self.options["rate"],
                                           self.options["volume"], self.natural.version)
        self.spoke = self._speaking_with()
        if path.exists():
            return path, False
        self._folder()  # Piper's crash guard and its WAV go there
        if not self.natural.ready():
            cold = self.natural.cold()
            self.natural.warm_up()
            if not urgent:
                self.work.push({"op": "prepare", "texts": [text]})  # once the model is in
                time.sleep(0.05)
                return None, True
            if cold:
                return None, False  # the first words of a cold start: espeak-ng, now
        try:
            self.natural.render(text, self.options["rate"], self.options["volume"], path)
        except PiperFailed as exc:
            self._fall_back(str(exc))
            return None, False
        except (RuntimeError, OSError) as exc:
            self.out.emit("error", detail=f"Could not render {text!r} with Piper: {exc}")
            return None, False
        return path, False

    def _fall_back(self, why: str) -> None:
        notice = self.natural.notice(why)
        if notice:
            self.out.emit("fallback", detail=notice)
            self.out.emit("error", detail=f"Piper: {why}; espeak-ng speaks instead")

    def _play(self, job: Play) -> None:
        path: Path | None = None
        detail = ""
        if job.text is not None:
            path = self._cached(job.text, urgent=True)
            if path is None:
                why = ("no speech engine" if self.engine is None else
                       "no voice for the language" if self.mute else "render failed")
                detail = f"chime: {why}"
        if path is None:
            path = self._chime()
        self._stop_player("interrupted")
        try:
            self.player = subprocess.Popen(
                speech_platform.player_argv(self.player_cmd, str(path)),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
        except OSError as exc:
            self._no_sound(NO_APLAY_FIX, f"{self.player_cmd}: {exc.strerror}")
            self.out.emit("finished", key=job.key, detail="failed: no sound")
            return
        self.playing_key = job.key
        if not detail and job.text is not None:
            detail = self.spoke  # the log says which engine and voice spoke the line
        self.playing_droppable = job.droppable
        self.out.emit("started", key=job.key, detail=detail, at=time.monotonic())

    def _folder(self) -> None:
        if self._folder_made:
            return
        self.cache_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        try:  # a cache made by an older version
            self.cache_dir.chmod(0o700)
            for old in self.cache_dir.iterdir():
                old.chmod(0o600)
        except OSError:
            pass
        self._folder_made = True

    def _chime(self) -> Path:
        if wav_frames(self.chime_path) == 0:
            self._folder()
            write_chime(self.chime_path)
        return self.chime_path

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

    def _tell_no_voice(self) -> None:
        language = str(self.options.get("language", ""))
        if self.mute and language not in self.told_no_voice:
            self.told_no_voice.add(language)
            self.out.emit("no_voice", detail=self.mute)

    def _no_sound(self, fix: str, log: str) -> None:
        if not self.sound_reported:
            self.sound_reported = True
            self.out.emit("no_sound", detail=translate("speech", fix))
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
    parser = argparse.ArgumentParser(prog="cramp_timer.speech.worker")
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
