"""Label in name (WCAG 2.5.3): a control's accessible name is the text it shows, or
starts with it. A screen reader then says the words on screen, and a voice-control user
can say them ("click Export CSV") to reach it. Used by the Qt tests (widget texts) and
the AT-SPI test (what a reader gets)."""

from __future__ import annotations

import re


def shown(text: str) -> str:
    """``text`` as it shows: without the &-marker of a keyboard mnemonic ("&&" shows "&")."""
    return re.sub(r"&(.)", r"\1", text).strip()


def names_what_shows(name: str, text: str) -> bool:
    """Whether the accessible ``name`` is the shown ``text`` or starts with it."""
    return name.startswith(shown(text))
