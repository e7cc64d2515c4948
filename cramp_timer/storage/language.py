"""Which language the app speaks and shows: the Language setting, read on its own.

The setting (``"language"`` in settings.json) is ``""`` for the desktop's language, ``"en"``
for English, or the code of a shipped translation (`cramp_timer.i18n.LANGUAGES`). It is
read before Qt starts and by the window-less commands, so `read_choice` reads that one
key without the settings module; a file it cannot read gives ``""``.
"""

from __future__ import annotations

import json
from pathlib import Path

from cramp_timer.i18n import LANGUAGES

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

SYSTEM: Final = ""
ENGLISH: Final = "en"
CHOICES: Final[tuple[str, ...]] = (SYSTEM, ENGLISH, *LANGUAGES)


def read_choice(settings_file: Path) -> str:
    """The Language setting in `settings_file` (``SYSTEM`` when absent or unreadable)."""
    try:
        with settings_file.open("rb") as stream:
            if stream.seek(0, 2) > 1 << 20:
                return SYSTEM
            stream.seek(0)
            value = json.load(stream).get("language", SYSTEM)
    except (OSError, ValueError, AttributeError, UnicodeDecodeError):
        return SYSTEM
    return value if isinstance(value, str) and value in CHOICES else SYSTEM
