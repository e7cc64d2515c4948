"""Settings → Voice → Add voice…: check the chosen Piper voice, copy it, show the result.

A refused file (see :func:`cramp_timer.speech.piper_voices.check_voice`) is said under the voice
list and changes nothing; an added one is listed with its language and quality and chosen.
"""

from __future__ import annotations

from pathlib import Path

from cramp_timer.i18n import translate
from cramp_timer.speech.piper_voices import VoiceFileError, add_voice
from cramp_timer.ui.dialogs.settings_dialog import SettingsDialog


def add_chosen_voice(dialog: SettingsDialog, path: str, folder: Path) -> None:
    try:
        voice = add_voice(Path(path), folder)
    except VoiceFileError as exc:
        why = translate("VoiceFile", exc.template).format(**exc.fields)
        dialog.show_voice_note(
            translate("VoiceFile", "This voice was not added: %1").replace("%1", why))
        return
    dialog.show_added_voice(voice.id, voice.label)


def connect_add_voice(dialog: SettingsDialog, folder: Path) -> None:
    dialog.voice_file_chosen.connect(lambda path: add_chosen_voice(dialog, path, folder))
