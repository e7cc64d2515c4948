"""Every page and dialog in every language, at 1024x600 and 1366x768: no English left
(but the app's name, units and the like) and no text wider or taller than its widget.
One walk of the real app per language, each in its own process (the translator is fixed
when Qt starts; see tests/screen_walk.py and tests/language_check.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from screen_walk import STATES

from cramp_timer.i18n import LANGUAGES

WALK = Path(__file__).resolve().parent.parent / "screen_walk.py"
SCREENS = ("1024x600", "1366x768")


@pytest.fixture(scope="module")
def walks() -> dict[str, list[dict[str, object]]]:
    """The walk of each language (English too), run side by side."""
    running = {language: subprocess.Popen(
        [sys.executable, str(WALK), "--language", language, *SCREENS],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for language in ("en", *LANGUAGES)}
    done = {}
    for language, process in running.items():
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err[-3000:]
        done[language] = [json.loads(line) for line in out.splitlines()
                          if line.startswith("{")]
    return done


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_every_page_is_in_the_language_and_every_text_fits(
        language: str, walks: dict[str, list[dict[str, object]]]) -> None:
    lines = walks[language]
    assert lines[-1] == {"done": True}
    problems = sorted({f"{line['screen']} {line['state']}: {problem}"
                       for line in lines[:-1] for problem in line["problems"]})
    assert problems == []
    for screen in SCREENS:
        shown = {line["state"] for line in lines[:-1] if line["screen"] == f"{screen}@1"}
        assert shown >= STATES, screen


def test_the_check_finds_english_left_in_a_german_page() -> None:
    from language_check import english_left

    assert english_left(["Halten Sie die Dehnung", "Cramp Timer"], "de") == []
    left = english_left(["Hold the stretch. Breathe slowly.", "Warning signs"], "de")
    assert len(left) == 2 and "Warning signs" in left[1]
    assert english_left(["保持拉伸 Hold on tight"], "zh_CN") != []
