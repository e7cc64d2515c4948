"""The Piper engine inside the speech worker: a natural voice rendered to the WAV cache.

`PiperEngine.render(text, voice, rate, volume, path)` loads the voice's model on first use
(piper and onnxruntime are imported only then; `warm_up` starts that in the background),
renders with the rate as Piper's length scale and the volume as its gain, and writes the
WAV atomically. Loading and rendering run on a thread of their own while the calling thread
waits, calling ``beat()`` every HEARTBEAT seconds so the parent's watchdog sees a working
worker; a load or render that takes longer than its limit, or raises anything, becomes
PiperFailed, and the engine stays off for this worker.
RELEASE_AFTER seconds after its last render the model is let go (memory back to the system).

A crash (onnxruntime can take the process down) or a hang the watchdog kills leaves the
guard file behind: the next worker of the same app sees it and does not try Piper again,
so the night goes on with espeak-ng. A new app start tries Piper afresh.

`NaturalVoice` is what the worker holds: the voices found (the installed package and the
folder named by CRAMP_TIMER_VOICES_DIR), the one chosen for the current options, the
engine, and the one-line notice for the window when Piper fails (said once a worker).

Environment (for tests): ``CRAMP_TIMER_SPEECH_NO_PIPER=1`` finds no Piper voice;
``CRAMP_TIMER_PIPER_CRASH=1`` kills the worker in its first render.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

from cramp_timer.i18n import QT_TRANSLATE_NOOP, translate
from cramp_timer.speech.piper_voices import (
    VOICES_ENV,
    PiperVoiceFile,
    find_voices,
    length_scale,
    pick_voice,
)

LOAD_LIMIT = 30.0  # seconds a model may take to load on a busy machine
RELEASE_AFTER = 30.0  # seconds without a render before the model's memory is given back
RENDER_LIMIT = 15.0  # seconds one line may take to render
HEARTBEAT = 0.5
GUARD_NAME = "piper-in-use"
T = TypeVar("T")


class PiperFailed(RuntimeError):
    """Piper cannot speak in this worker; the message says why (for the log and the notice)."""


class NoAudio(RuntimeError):
    """Piper made no sound for this one line (Piper itself still works)."""


class Background(Generic[T]):
    """`work` running on a thread of its own, to wait for with heartbeats."""

    def __init__(self, work: Callable[[], T]) -> None:
        self._result: list[T] = []
        self._failure: list[BaseException] = []
        self._thread = threading.Thread(target=self._body, args=(work,), name="piper",
                                        daemon=True)
        self._thread.start()

    def _body(self, work: Callable[[], T]) -> None:
        try:
            self._result.append(work())
        except BaseException as exc:  # noqa: BLE001 - onnxruntime raises its own kinds
            self._failure.append(exc)

    def done(self) -> bool:
        return not self._thread.is_alive()

    def wait(self, limit: float, beat: Callable[[], None]) -> T:
        """The result, calling `beat` while waiting; PiperFailed on error or timeout."""
        deadline = time.monotonic() + limit
        while self._thread.is_alive():
            self._thread.join(HEARTBEAT)
            if self._thread.is_alive():
                if time.monotonic() > deadline:
                    raise PiperFailed(f"Piper took longer than {limit:g} s")
                beat()
        if self._failure:
            exc = self._failure[0]
            if isinstance(exc, NoAudio):
                raise exc
            if isinstance(exc, ImportError):
                raise PiperFailed(f"Piper is not installed: {exc}") from exc
            raise PiperFailed(f"Piper failed: {type(exc).__name__}: {exc}") from exc
        return self._result[0]


def run_bounded(work: Callable[[], T], limit: float, beat: Callable[[], None]) -> T:
    """Run `work` on a thread, calling `beat` while waiting; PiperFailed on error or timeout."""
    return Background(work).wait(limit, beat)


class CrashGuard:
    """A file that exists while Piper works; left behind, it means Piper took the worker down."""

    def __init__(self, cache_dir: Path, owner: int) -> None:
        self.path = cache_dir / GUARD_NAME
        self.owner = str(owner)  # the app's process id: a guard from another run is stale
        self._lock = threading.Lock()
        self._depth = 0  # a background load and a render may hold it at once

    def tripped(self) -> bool:
        try:
            left = self.path.read_text().strip()
        except OSError:
            return False
        if left == self.owner:
            return True
        with contextlib.suppress(OSError):
            self.path.unlink()
        return False

    def __enter__(self) -> CrashGuard:
        with self._lock:
            self._depth += 1
            if self._depth == 1:
                with contextlib.suppress(OSError):
                    self.path.write_text(self.owner)
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: object) -> None:
        with self._lock:
            self._depth -= 1
            # A hang keeps the guard: the watchdog may kill this worker before Piper returns.
            if self._depth == 0 and not (isinstance(exc, PiperFailed) and "longer" in str(exc)):
                with contextlib.suppress(OSError):
                    self.path.unlink()


def piper_version() -> str:
    import importlib.metadata

    try:
        return importlib.metadata.version("piper-tts")
    except importlib.metadata.PackageNotFoundError:
        return "none"


def _load(voice: PiperVoiceFile) -> Any:
    """The model with one inference thread that sleeps when idle: onnxruntime's default
    (a spinning thread per core) rendered slower on the busy 2-core machine here
    (2.9-3.3 s against 2.1-2.4 s a line at load 6) and keeps the cores awake."""
    import json

    import onnxruntime
    from piper import PiperConfig, PiperVoice
    from piper.phonemize_espeak import ESPEAK_DATA_DIR

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    config = PiperConfig.from_dict(json.loads(voice.config.read_text(encoding="utf-8")))
    session = onnxruntime.InferenceSession(str(voice.model), sess_options=options,
                                           providers=["CPUExecutionProvider"])
    try:
        return PiperVoice(config=config, session=session,
                          espeak_data_dir=Path(ESPEAK_DATA_DIR), download_dir=Path.cwd())
    except TypeError:  # another piper-tts than the pinned one: its own way
        return PiperVoice.load(voice.model, config_path=voice.config)


class PiperEngine:
    """Piper rendering to files, one loaded voice at a time."""

    def __init__(self, guard: CrashGuard, beat: Callable[[], None]) -> None:
        self.version = piper_version()
        self._guard = guard
        self._beat = beat
        self._loaded: tuple[Path, Any] | None = None
        self._lock = threading.Lock()  # the loaded model: rendering or being released
        self._release: threading.Timer | None = None
        self._loading: tuple[Path, Background[Any]] | None = None
        self.ever_loaded = False  # a model was in once: this worker is past its cold start
        self.failed = ""  # why Piper is off in this worker ("" = it is not)
        if guard.tripped():
            self.failed = "Piper stopped the speech helper"
        elif self.version == "none":
            self.failed = "Piper is not installed"

    def render(self, text: str, voice: PiperVoiceFile, rate: int, volume: float,
               path: Path) -> None:
        """Render `text` to `path` (atomically). Raises PiperFailed; after that, always."""
        if self.failed:
            raise PiperFailed(self.failed)
        if self._release is not None:
            self._release.cancel()
        try:
            with self._lock, self._guard:
                model = self._voice(voice)
                run_bounded(lambda: self._write(model, text, voice, rate, volume, path),
                            RENDER_LIMIT, self._beat)
        except PiperFailed as exc:
            self.failed = str(exc)
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
        return self._loaded is not None

    def release(self) -> None:
        """Give the model's memory back (about 100 MB); the next render loads it again.
        The lines of a night are rendered ahead, so it plays from the cache."""
        if not self._lock.acquire(blocking=False):
            return  # rendering now; the render after it starts a new timer
        try:
            self._loaded = None
            if self._loading is not None and self._loading[1].done():
                self._loading = None  # warmed up, and no line came for it
            import gc

            gc.collect()
            if sys.platform.startswith("linux"):
                import ctypes

                with contextlib.suppress(OSError, AttributeError):
                    ctypes.CDLL("libc.so.6").malloc_trim(0)  # hand freed heap to the system
        finally:
            self._lock.release()

    def ready(self, voice: PiperVoiceFile) -> bool:
        """True when a render would not wait for the model to load (or Piper has failed)."""
        if self.failed or (self._loaded is not None and self._loaded[0] == voice.model):
            return True
        return self._loading is not None and self._loading[0] == voice.model \
            and self._loading[1].done()

    def warm_up(self, voice: PiperVoiceFile) -> None:
        """Start loading the model in the background (once); a render waits for it."""
        if self.ready(voice) or (self._loading is not None
                                 and self._loading[0] == voice.model):
            return

        def load() -> Any:
            with self._guard:  # a crash while loading counts too
                return _load(voice)

        self._loading = (voice.model, Background(load))
        self._schedule_release()

    def _voice(self, voice: PiperVoiceFile) -> Any:
        if self._loaded is not None and self._loaded[0] == voice.model:
            return self._loaded[1]
        self._loaded = None
        self.warm_up(voice)
        assert self._loading is not None
        loading, self._loading = self._loading[1], None
        model = loading.wait(LOAD_LIMIT, self._beat)
        self._loaded = (voice.model, model)
        self.ever_loaded = True
        return model

    @staticmethod
    def _write(model: Any, text: str, voice: PiperVoiceFile, rate: int, volume: float,
               path: Path) -> None:
        from piper import SynthesisConfig

        if os.environ.get("CRAMP_TIMER_PIPER_CRASH") == "1":  # tests: Piper takes us down
            os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
        config = SynthesisConfig(length_scale=length_scale(voice, rate),
                                 volume=min(1.0, max(0.0, volume)))
        tmp = path.with_name(f".{path.stem}.{os.getpid()}.piper.tmp.wav")
        try:
            with wave.open(str(tmp), "wb") as out:
                model.synthesize_wav(text, out, syn_config=config)
            with wave.open(str(tmp), "rb") as back:
                frames = back.getnframes()
            if frames == 0:
                raise NoAudio(f"Piper produced no audio for {text!r}")
            tmp.replace(path)
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()


FALLBACK_FIX = QT_TRANSLATE_NOOP(
    "speech", "The natural voice is off ({why}), so the plainer espeak-ng voice speaks; {fix}")
FIX_INSTALL = QT_TRANSLATE_NOOP(
    "speech", "to get it back, run Cramp Timer's setup again (./run.sh) or reinstall it.")
FIX_VOICE = QT_TRANSLATE_NOOP(
    "speech", "choose another voice in Settings, or reinstall Cramp Timer.")


class NaturalVoice:
    """The worker's Piper side: its voices, the chosen one, rendering and the notice."""

    def __init__(self, cache_dir: Path, beat: Callable[[], None], owner: int) -> None:
        self._cache_dir = cache_dir
        self._beat = beat
        self._owner = owner
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
            self.engine = PiperEngine(CrashGuard(self._cache_dir, self._owner), self._beat)

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
