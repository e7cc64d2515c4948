"""The window's size, kept apart from the user's settings (losing it costs nothing)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

MIN_SIZE = (360, 420)
MAX_SIZE = (10000, 10000)


class WindowState(NamedTuple):  # read before the first paint: no `dataclasses` import
    width: int = 560
    height: int = 680


def _clamp(value: object, low: int, high: int, default: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        return default
    return min(high, max(low, value))


def load_window_state(path: Path) -> WindowState:
    """The saved size, or the default size if the file is missing or damaged."""
    default = WindowState()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return default
    if not isinstance(data, dict):
        return default
    return WindowState(
        width=_clamp(data.get("width"), MIN_SIZE[0], MAX_SIZE[0], default.width),
        height=_clamp(data.get("height"), MIN_SIZE[1], MAX_SIZE[1], default.height),
    )


def save_window_state(path: Path, state: WindowState) -> None:
    from cramp_timer.storage.atomic import (
        write_text_atomic,  # (datetime) not before the first paint
    )

    write_text_atomic(path, json.dumps({"width": state.width, "height": state.height}) + "\n")
