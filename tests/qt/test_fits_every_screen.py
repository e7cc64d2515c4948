"""Every page and dialog fits every screen from 1024x600 to 4K at scale 1 to 2: each
visible button lies inside the screen's available area and inside its window, and the
main window goes back to its size. The walk runs in its own process, on the offscreen
platform given these screens (see tests/screen_walk.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from screen_walk import STATES

SIZES = ("1024x600", "1366x768", "1920x1080", "3840x2160")
SCALES = ("1", "1.25", "1.5", "2")
WALK = Path(__file__).resolve().parent.parent / "screen_walk.py"


@pytest.mark.parametrize("scale", SCALES)
def test_every_button_of_every_page_and_dialog_is_on_the_screen(scale: str) -> None:
    screens = [f"{size}@{scale}" for size in SIZES]
    done = subprocess.run([sys.executable, str(WALK), *screens], capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines[-1] == {"done": True}
    problems = [f"{line['screen']} {line['state']}: {problem}"
                for line in lines[:-1] for problem in line["problems"]]
    assert problems == []
    for screen in screens:
        assert {line["state"] for line in lines[:-1] if line["screen"] == screen} >= STATES
