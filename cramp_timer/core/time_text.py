"""Times as people type them: "22:30", "22.30", "2230", "930", "9", "9:30 pm".

`parse_time` gives the time, or None when the text is no time of day. Plain Python, for
the time fields (a section-by-section time editor turned a typed "11:47" into 22:47).
"""

from __future__ import annotations

import re
from datetime import time

_TIME = re.compile(r"(\d{1,2})(?:\s*[:.h]\s*(\d{1,2})|(\d{2}))?\s*(am|pm|a|p)?", re.I)


def parse_time(text: str) -> time | None:
    cleaned = text.strip().lower().replace(".m.", "m").replace(" ", "")
    if not cleaned:
        return None
    digits_only = cleaned.isdigit()
    if digits_only and len(cleaned) in (3, 4):  # 930, 2230
        cleaned = f"{cleaned[:-2]}:{cleaned[-2:]}"
    match = _TIME.fullmatch(cleaned)
    if match is None:
        return None
    hour = int(match.group(1))
    minute = int(match.group(2) or match.group(3) or 0)
    half = (match.group(4) or "")[:1]
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return time(hour, minute)


def time_text(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"
