"""The natural voice's render process: Piper, onnxruntime and the model live here only.

The speech worker's `PiperEngine` starts it (``launch.helper_argv(python, "piper-render")``)
and lets it go when idle, so the worker that runs all day never holds them. It reads one
JSON request a line on stdin and answers each with one JSON line on stdout:

- ``{"op": "load", "model": PATH, "config": PATH}`` → ``{"ok": true}``
- ``{"op": "render", "text": TEXT, "length_scale": F, "volume": F, "path": PATH}`` →
  ``{"ok": true}`` once the WAV is at PATH (written atomically)

or ``{"error": MESSAGE}`` (with ``"no_audio": true`` when only that line made no sound).
It ends when stdin closes. ``CRAMP_TIMER_PIPER_CRASH=1`` (tests) kills it in its first
render.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import wave
from pathlib import Path
from typing import IO, Any


class NoAudio(RuntimeError):
    """Piper made no sound for this one line."""


def _load(model: Path, config_path: Path) -> Any:
    """The model with one inference thread that sleeps when idle (docs/decisions/0014)."""
    import onnxruntime
    from piper import PiperConfig, PiperVoice
    from piper.phonemize_espeak import ESPEAK_DATA_DIR

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    config = PiperConfig.from_dict(json.loads(config_path.read_text(encoding="utf-8")))
    session = onnxruntime.InferenceSession(str(model), sess_options=options,
                                           providers=["CPUExecutionProvider"])
    try:
        return PiperVoice(config=config, session=session,
                          espeak_data_dir=Path(ESPEAK_DATA_DIR), download_dir=Path.cwd())
    except TypeError:  # another piper-tts than the pinned one: its own way
        return PiperVoice.load(model, config_path=config_path)


def _write(voice: Any, text: str, length_scale: float, volume: float, path: Path) -> None:
    from piper import SynthesisConfig

    if os.environ.get("CRAMP_TIMER_PIPER_CRASH") == "1":  # tests: Piper dies mid-render
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
    config = SynthesisConfig(length_scale=length_scale, volume=min(1.0, max(0.0, volume)))
    tmp = path.with_name(f".{path.stem}.{os.getpid()}.piper.tmp.wav")
    try:
        with wave.open(str(tmp), "wb") as out:
            voice.synthesize_wav(text, out, syn_config=config)
        with wave.open(str(tmp), "rb") as back:
            frames = back.getnframes()
        if frames == 0:
            raise NoAudio(f"Piper produced no audio for {text!r}")
        tmp.replace(path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def answer(request: dict[str, Any], state: dict[str, Any]) -> dict[str, Any]:
    """The reply to one request; `state` keeps the loaded model between requests."""
    try:
        if request.get("op") == "load":
            state["voice"] = _load(Path(request["model"]), Path(request["config"]))
            return {"ok": True}
        if request.get("op") == "render":
            if "voice" not in state:
                return {"error": "Piper failed: no model was loaded"}
            _write(state["voice"], str(request["text"]), float(request["length_scale"]),
                   float(request["volume"]), Path(request["path"]))
            return {"ok": True}
        return {"error": f"Piper failed: unknown request {request.get('op')!r}"}
    except NoAudio as exc:
        return {"error": str(exc), "no_audio": True}
    except ImportError as exc:
        return {"error": f"Piper is not installed: {exc}"}
    except Exception as exc:  # noqa: BLE001 - onnxruntime raises its own kinds
        return {"error": f"Piper failed: {type(exc).__name__}: {exc}"}


def serve(requests: IO[str], replies: IO[str]) -> None:
    state: dict[str, Any] = {}
    for line in requests:
        if not line.strip():
            continue
        try:
            request = json.loads(line)
            reply = answer(request, state) if isinstance(request, dict) else {
                "error": "Piper failed: a request must be a JSON object"}
        except ValueError as exc:
            reply = {"error": f"Piper failed: bad request: {exc}"}
        replies.write(json.dumps(reply) + "\n")
        replies.flush()


def main(argv: list[str] | None = None) -> int:
    del argv  # no options
    # Replies keep the real stdout; anything a library prints goes to stderr instead.
    sys.stdout.flush()
    replies = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    with replies:
        serve(sys.stdin, replies)
    return 0


if __name__ == "__main__":
    sys.exit(main())
