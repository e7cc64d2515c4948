"""Settings → Voice → Add voice…: a good Piper voice is copied, listed and chosen; a bad
one is refused under the list and changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

from cramp_timer.app import CrampTimer
from cramp_timer.speech.piper_voices import installed_models
from cramp_timer.ui.dialogs.settings_dialog import SettingsDialog


def voice_pair(folder: Path, stem: str, model: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    config = json.loads(Path(str(installed_models()[0]) + ".json").read_text())
    (folder / f"{stem}.onnx.json").write_text(json.dumps(config))
    path = folder / f"{stem}.onnx"
    path.write_bytes(model)
    return path


def open_settings(timer: CrampTimer) -> SettingsDialog:
    dialog = timer.open_settings()
    assert isinstance(dialog, SettingsDialog)
    return dialog


def test_an_added_voice_is_listed_with_language_and_quality(timer: CrampTimer,
                                                            tmp_path: Path) -> None:
    dialog = open_settings(timer)
    chosen = voice_pair(tmp_path / "download", "en_US-amy-medium", b"\x08\x07model")
    dialog.voice_file_chosen.emit(str(chosen))
    assert dialog.voice.currentData() == "piper:en_US-amy-medium"
    assert dialog.voice.currentText() == "Joe · English (United States) · medium"
    assert dialog.voice_note.text().startswith("Added the voice ")
    assert (timer.paths.voices_dir / "en_US-amy-medium.onnx").read_bytes() == b"\x08\x07model"
    assert dialog.save().voice_id == "piper:en_US-amy-medium"
    dialog.reject()


def test_a_bad_voice_is_refused_and_changes_nothing(timer: CrampTimer, tmp_path: Path) -> None:
    dialog = open_settings(timer)
    items = [dialog.voice.itemData(i) for i in range(dialog.voice.count())]
    chosen = voice_pair(tmp_path / "download", "en_US-amy-medium", b"<html>404</html>")
    dialog.voice_file_chosen.emit(str(chosen))
    assert dialog.voice_note.text() == ("This voice was not added: en_US-amy-medium.onnx is "
                                        "damaged or not a voice model.")
    assert not dialog.voice_note.isHidden()
    assert [dialog.voice.itemData(i) for i in range(dialog.voice.count())] == items
    assert not timer.paths.voices_dir.exists() or not any(timer.paths.voices_dir.iterdir())
    dialog.reject()
