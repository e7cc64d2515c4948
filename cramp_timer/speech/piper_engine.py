"""The Piper engine of the speech worker: a natural voice rendered to the WAV cache.

`PiperEngine.render(text, voice, rate, volume, path)` renders with the rate as Piper's
length scale and the volume as its gain, and the WAV lands at `path` atomically. Piper,
onnxruntime and the model live in a render process of their own
(:mod:`cramp_timer.speech.piper_render`), started on first use (`warm_up` starts it ahead)
and ended RELEASE_AFTER seconds after its last render, so the worker that runs all day
never holds them. While it loads or renders, the calling thread waits and calls ``beat()``
every HEARTBEAT seconds, so the parent's watchdog sees a working worker. A load or render
that takes longer than its limit, fails, or ends the render process (a crash) becomes
PiperFailed, and the engine stays off for this worker: the night goes on with espeak-ng.

`NaturalVoice` is what the worker holds: the voices found (the installed package and the
folder named by CRAMP_TIMER_VOICES_DIR), the one chosen for the current options, the
engine, and the one-line notice for the window when Piper fails (said once a worker).

Environment (for tests): ``CRAMP_TIMER_SPEECH_NO_PIPER=1`` finds no Piper voice;
``CRAMP_TIMER_PIPER_CRASH=1`` kills the render process in its first render.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cramp_timer.i18n import QT_TRANSLATE_NOOP, translate
from cramp_timer.launch import helper_argv
from cramp_timer.speech.piper_render import NoAudio
from cramp_timer.speech.piper_voices import (
    VOICES_ENV,
    PiperVoiceFile,
    find_voices,
    length_scale,
    pick_voice,
)

LOAD_LIMIT = 30.0  # seconds a model may take to load on a busy machine
RELEASE_AFTER = 10.0  # seconds without a render before the render process ends
RENDER_LIMIT = 15.0  # seconds one line may take to render
HEARTBEAT = 0.5


class PiperFailed(RuntimeError):
    """Piper cannot speak in this worker; the message says why (for the log and the notice)."""


class RenderProcess:
    """One render process (:mod:`cramp_timer.speech.piper_render`) with one model."""

    def __init__(self, model: Path, config: Path) -> None:
        self.model = model
        self.loaded = False  # its load was answered with ok
        self.proc = subprocess.Popen(
            helper_argv(sys.executable, "piper-render"), stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, encoding="utf-8", bufsize=1)
        self._replies: queue.Queue[dict[str, Any] | None] = queue.Queue()
        threading.Thread(target=self._read, name="piper-replies", daemon=True).start()
        self.send({"op": "load", "model": str(model), "config": str(config)})

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with contextlib.suppress(ValueError):
                reply = json.loads(line)
                if isinstance(reply, dict):
                    self._replies.put(reply)
        self._replies.put(None)  # it ended

    def send(self, request: dict[str, Any]) -> None:
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write(json.dumps(request) + "\n")
            self.proc.stdin.flush()
        except (OSError, ValueError):
            pass  # it ended (or was closed): the answer says so

    def answered(self) -> bool:
        return not self._replies.empty()

    def answer(self, limit: float, beat: Callable[[], None]) -> dict[str, Any]:
        """The next reply, calling `beat` while waiting; PiperFailed if it ends or takes
        longer than `limit` seconds (then it is stopped)."""
        deadline = time.monotonic() + limit
        while True:
            try:
                reply = self._replies.get(timeout=HEARTBEAT)
            except queue.Empty:
                if time.monotonic() > deadline:
                    self.proc.kill()
                    self.close()
                    raise PiperFailed(f"Piper took longer than {limit:g} s") from None
                beat()
                continue
            if reply is None:
                self._replies.put(None)
                raise PiperFailed(f"Piper stopped ({self._how_it_ended()})")
            return reply

    def _how_it_ended(self) -> str:
        try:
            code = self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            return "it stopped answering"
        if code < 0:
            with contextlib.suppress(ValueError):
                return f"killed by {signal.Signals(-code).name}"
        return f"exit code {code}"

    def close(self) -> None:
        """End it: its memory goes back to the system."""
        with contextlib.suppress(OSError):
            if self.proc.stdin is not None:
                self.proc.stdin.close()
        try:
            self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        if self.proc.stdout is not None:
            with contextlib.suppress(OSError):
                self.proc.stdout.close()


def piper_version() -> str:
    import importlib.metadata

    try:
        return importlib.metadata.version("piper-tts")
    except importlib.metadata.PackageNotFoundError:
        return "none"


class PiperEngine:
    """Piper rendering to files, one loaded voice at a time, in a render process."""

    def __init__(self, beat: Callable[[], None]) -> None:
        self.version = piper_version()
        self._beat = beat
        self._process: RenderProcess | None = None
        self._lock = threading.Lock()  # the render process: rendering or being let go
        self._release: threading.Timer | None = None
        self.ever_loaded = False  # a model was in once: this worker is past its cold start
        self.failed = ""  # why Piper is off in this worker ("" = it is not)
        if self.version == "none":
            self.failed = "Piper is not installed"

    def render(self, text: str, voice: PiperVoiceFile, rate: int, volume: float,
               path: Path) -> None:
        """Render `text` to `path` (atomically). Raises PiperFailed; after that, always.
        NoAudio when only this line made no sound."""
        if self.failed:
            raise PiperFailed(self.failed)
        if self._release is not None:
            self._release.cancel()
        try:
            with self._lock:
                process = self._loaded(voice)
                process.send({"op": "render", "text": text, "path": str(path),
                              "length_scale": length_scale(voice, rate), "volume": volume})
                reply = process.answer(RENDER_LIMIT, self._beat)
                if reply.get("no_audio"):
                    raise NoAudio(str(reply.get("error")))
                if "error" in reply:
                    raise PiperFailed(str(reply["error"]))
        except PiperFailed as exc:
            self.failed = str(exc)
            self._stop()
            raise
        finally:
            self._schedule_release()

    def _schedule_release(self) -> None:
        if self._release is not None:
            self._release.cancel()
        self._release = threading.Timer(RELEASE_AFTER, self.release)
        self._release.daemon = True
        self._release.start()

    @property
    def loaded(self) -> bool:
        return self._process is not None and self._process.loaded

    def release(self) -> None:
        """End the render process (its memory goes back to the system); the next render
        starts one again. The lines of a night are rendered ahead, so it plays from the
        cache."""
        if not self._lock.acquire(blocking=False):
            return  # rendering now; the render after it starts a new timer
        try:
            self._stop()
        finally:
            self._lock.release()

    def _stop(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.close()

    def ready(self, voice: PiperVoiceFile) -> bool:
        """True when a render would not wait for the model to load (or Piper has failed)."""
        process = self._process
        if self.failed:
            return True
        return process is not None and process.model == voice.model and (
            process.loaded or process.answered())

    def warm_up(self, voice: PiperVoiceFile) -> None:
        """Start the render process loading the model (once); a render waits for it."""
        if self.failed or (self._process is not None and self._process.model == voice.model):
            return
        with self._lock:
            try:
                self._start(voice)
            except PiperFailed as exc:
                self.failed = str(exc)  # the next render says so (the notice)
                return
        self._schedule_release()

    def _start(self, voice: PiperVoiceFile) -> RenderProcess:
        self._stop()
        try:
            self._process = RenderProcess(voice.model, voice.config)
        except OSError as exc:
            raise PiperFailed(f"Piper could not start: {exc.strerror or exc}") from exc
        return self._process

    def _loaded(self, voice: PiperVoiceFile) -> RenderProcess:
        process = self._process
        if process is None or process.model != voice.model:
            process = self._start(voice)
        if not process.loaded:
            reply = process.answer(LOAD_LIMIT, self._beat)
            if "error" in reply:
                raise PiperFailed(str(reply["error"]))
            process.loaded = True
            self.ever_loaded = True
        return process


FALLBACK_FIX = QT_TRANSLATE_NOOP(
    "speech", "The natural voice is off ({why}), so the plainer espeak-ng voice speaks; {fix}")
FIX_INSTALL = QT_TRANSLATE_NOOP(
    "speech", "to get it back, run Cramp Timer's setup again (./run.sh) or reinstall it.")
FIX_VOICE = QT_TRANSLATE_NOOP(
    "speech", "choose another voice in Settings, or reinstall Cramp Timer.")


class NaturalVoice:
    """The worker's Piper side: its voices, the chosen one, rendering and the notice."""

    def __init__(self, beat: Callable[[], None]) -> None:
        self._beat = beat
        self.voices: list[PiperVoiceFile] = []
        self.problems: list[str] = []
        self.engine: PiperEngine | None = None
        self.voice: PiperVoiceFile | None = None
        self.told = False
        self._expected = False
        self.rescan()

    def rescan(self) -> None:
        """Look for voices again (one may have been added in Settings)."""
        if os.environ.get("CRAMP_TIMER_SPEECH_NO_PIPER") == "1":
            return
        folder = os.environ.get(VOICES_ENV, "")
        self.voices, self.problems = find_voices([Path(folder)] if folder else [])
        if self.voices and self.engine is None:
            self.engine = PiperEngine(self._beat)

    @property
    def version(self) -> str:
        return self.engine.version if self.engine is not None else "none"

    def choose(self, voice_id: str, language: str) -> PiperVoiceFile | None:
        """Pick the Piper voice for these options (None: espeak-ng speaks)."""
        self.voice = pick_voice(voice_id, language, self.voices)
        # English is the language the app's own voice package speaks: with no Piper
        # voice at all, the natural voice is missing rather than not wanted.
        self._expected = self.voice is not None or (
            not self.voices and os.environ.get("CRAMP_TIMER_SPEECH_NO_PIPER") != "1"
            and voice_id == "" and language.lower().startswith("en"))
        return self.voice

    def missing(self) -> str:
        """Why the natural voice that should speak cannot ("" when it can, or is not wanted)."""
        if not self._expected:
            return ""
        if self.voice is None or self.engine is None:
            return "Piper is not installed"
        return self.engine.failed

    def usable(self) -> PiperVoiceFile | None:
        """The chosen voice, unless Piper has failed in this worker."""
        if self.engine is None or self.engine.failed:
            return None
        return self.voice

    def ready(self) -> bool:
        """True when a line can be rendered without waiting for the model to load."""
        return self.engine is None or self.voice is None or self.engine.ready(self.voice)

    def cold(self) -> bool:
        """The worker's first model is still loading (no line has been rendered by Piper)."""
        return not self.ready() and self.engine is not None and not self.engine.ever_loaded

    def warm_up(self) -> None:
        if self.engine is not None and self.voice is not None:
            self.engine.warm_up(self.voice)

    def render(self, text: str, rate: int, volume: float, path: Path) -> None:
        assert self.engine is not None and self.voice is not None
        self.engine.render(text, self.voice, rate, volume, path)

    def notice(self, why: str) -> str:
        """The window's one line about falling back ("" once it has been said)."""
        if self.told:
            return ""
        self.told = True
        fix = FIX_INSTALL if "not installed" in why else FIX_VOICE
        short = why if len(why) <= 100 else why[:99] + "…"
        return translate("speech", FALLBACK_FIX).format(why=short, fix=translate("speech", fix))
