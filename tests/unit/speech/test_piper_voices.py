"""Piper voice files: checking, choosing, adding; and what the speech worker loads at import."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cramp_timer.speech import piper_voices
from cramp_timer.speech.piper_voices import (
    MAX_MODEL_BYTES,
    VoiceFileError,
    add_voice,
    check_voice,
    find_voices,
    installed_models,
    length_scale,
    pick_voice,
)
from cramp_timer.speech.worker import cache_name

JOE = "piper:en_US-joe-medium"


def joe_config() -> dict[str, object]:
    models = installed_models()
    assert models, "the joe voice package is a dependency of the app"
    loaded: dict[str, object] = json.loads(Path(str(models[0]) + ".json").read_text())
    return loaded


def make_pair(folder: Path, stem: str, *, model: bytes = b"\x08\x07fake",
              config: object | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}.onnx"
    path.write_bytes(model)
    (folder / f"{stem}.onnx.json").write_text(json.dumps(joe_config() if config is None
                                                         else config))
    return path


def tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()} if folder.exists() else {}


def test_the_installed_voice_describes_itself() -> None:
    voice = check_voice(installed_models()[0], added=False)
    assert voice.id == JOE
    assert (voice.language, voice.quality, voice.sample_rate) == ("en_US", "medium", 22050)
    assert voice.label == "Joe · English (United States) · medium"


def test_an_added_voice_is_found_after_the_installed_one(tmp_path: Path) -> None:
    make_pair(tmp_path, "en_US-amy-medium")
    (tmp_path / "notes.txt").write_text("not a voice")
    voices, problems = find_voices([tmp_path])
    assert [v.id for v in voices] == [JOE, "piper:en_US-amy-medium"]
    assert [v.added for v in voices] == [False, True]
    assert problems == []


def test_a_broken_voice_in_the_folder_is_skipped_and_said(tmp_path: Path) -> None:
    make_pair(tmp_path, "en_US-bad-medium", model=b"<html>not found</html>")
    voices, problems = find_voices([tmp_path], installed=[])
    assert voices == []
    assert problems == ["en_US-bad-medium.onnx is damaged or not a voice model."]


@pytest.mark.parametrize(("stem", "config", "said"), [
    ("en_GB-joe-medium", None, "belongs to another voice (en_US, medium)"),
    ("en_US-joe-high", None, "belongs to another voice (en_US, medium)"),
    ("en_US-joe-medium", {"language": "en"}, "is not a Piper voice's settings file"),
    ("en_US-joe-medium", [1, 2], "is not a Piper voice's settings file"),
])
def test_a_mismatched_or_foreign_config_is_refused(tmp_path: Path, stem: str,
                                                   config: object, said: str) -> None:
    model = make_pair(tmp_path / "in", stem, config=config)
    with pytest.raises(VoiceFileError, match=re.escape(said)):
        add_voice(model, tmp_path / "voices")
    assert tree(tmp_path / "voices") == {}


def test_a_model_without_its_config_is_refused(tmp_path: Path) -> None:
    model = tmp_path / "en_US-joe-medium.onnx"
    model.write_bytes(b"\x08\x07")
    with pytest.raises(VoiceFileError, match=r"en_US-joe-medium\.onnx\.json is missing"):
        check_voice(model)


def test_an_oversize_model_is_refused_before_it_is_read(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    model = make_pair(tmp_path / "in", "en_US-huge-medium")
    with model.open("r+b") as stream:
        stream.truncate(MAX_MODEL_BYTES + 1)  # sparse: takes no disk space

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("read before the size was checked")

    monkeypatch.setattr(Path, "open", no_reading)
    monkeypatch.setattr(Path, "read_bytes", no_reading)
    with pytest.raises(VoiceFileError, match="larger than any Piper voice"):
        add_voice(model, tmp_path / "voices")
    assert not (tmp_path / "voices").exists()


def test_adding_a_voice_copies_both_files(tmp_path: Path) -> None:
    model = make_pair(tmp_path / "in", "de_DE-thorsten-medium",
                      config={**joe_config(), "language": {"code": "de_DE",
                                                           "name_english": "German"}})
    voice = add_voice(model, tmp_path / "voices")
    assert voice.id == "piper:de_DE-thorsten-medium"
    assert voice.model == tmp_path / "voices" / "de_DE-thorsten-medium.onnx"
    assert tree(tmp_path / "voices") == tree(tmp_path / "in")


def test_the_default_voice_speaks_the_language(tmp_path: Path) -> None:
    make_pair(tmp_path, "de_DE-thorsten-medium",
              config={**joe_config(), "language": {"code": "de_DE"}})
    voices, _ = find_voices([tmp_path])
    assert pick_voice("", "en", voices) is voices[0]
    assert pick_voice("", "de_AT", voices) is voices[1]
    assert pick_voice("", "fr", voices) is None  # espeak-ng speaks French
    assert pick_voice("piper:de_DE-thorsten-medium", "en", voices) is voices[1]
    assert pick_voice("piper:gone", "en", voices) is None
    assert pick_voice("gmw/en-GB-scotland", "en", voices) is None  # an espeak-ng voice


def test_rate_becomes_length_scale() -> None:
    voice = check_voice(installed_models()[0], added=False)
    assert length_scale(voice, 150) == pytest.approx(voice.length_scale)
    assert length_scale(voice, 300) == pytest.approx(voice.length_scale / 2)


def test_the_cache_name_changes_with_everything_that_changes_the_sound() -> None:
    base = ("Release slowly.", "piper", JOE, 150, 0.9, "1.8.0")
    names = {cache_name(*base)}
    for i, other in enumerate(["Hold.", "espeak-ng", "piper:x", 151, 0.5, "1.9.0"]):
        names.add(cache_name(*base[:i], other, *base[i + 1:]))  # type: ignore[arg-type]
    assert len(names) == 7


def test_the_speech_worker_imports_only_what_it_needs() -> None:
    code = ("import sys, cramp_timer.speech.worker; "
            "print(sorted(m for m in ('hashlib', '_hashlib', 'numpy', 'onnxruntime', 'piper', "
            "'pyttsx3', 'PySide6', 'shutil') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    assert out.strip() == "[]"
    assert piper_voices.__name__ in subprocess.run(
        [sys.executable, "-c", "import sys, cramp_timer.speech.worker; print(sorted(sys.modules))"],
        capture_output=True, text=True, check=True, timeout=60).stdout
