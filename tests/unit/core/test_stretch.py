"""What Cramp now says, and when, for each stretch and hold time."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from cramp_timer.core.session import StepKind
from cramp_timer.core.stretch import (
    cramp_plan,
    hold_title,
    plan_texts,
    position_cue,
    position_seconds,
    position_title,
)
from cramp_timer.storage.settings import Settings, Variant, load_settings


@pytest.mark.parametrize("hold", [30, 45, 60])
def test_the_hold_has_start_halfway_ten_left_countdown_and_release(hold: int) -> None:
    prepare, step = cramp_plan(Variant.SEATED, 5, hold)
    assert (prepare.kind, prepare.seconds) == (StepKind.PREPARE, 5)
    assert (step.kind, step.seconds) == (StepKind.HOLD, hold)
    when = {cue.key: cue.at_remaining for cue in step.cues}
    assert when == {"hold-start": hold, "halfway": hold / 2, "ten-left": 10, "count-5": 5,
                    "count-4": 4, "count-3": 3, "count-2": 2, "count-1": 1, "release": 0}


def test_the_position_step_tells_the_chosen_stretch() -> None:
    seated = cramp_plan(Variant.SEATED, 5, 45)[0]
    standing = cramp_plan(Variant.STANDING, 15, 45)[0]
    assert "towel" in seated.title and "straight" in seated.title
    assert "weight" in standing.title
    assert seated.cues[0].text != standing.cues[0].text


@pytest.mark.parametrize("text", [
    position_cue(Variant.STANDING), position_title(Variant.STANDING)], ids=["said", "shown"])
def test_the_standing_stretch_first_says_get_up_slowly_and_hold_on(text: str) -> None:
    first = text.split(". ")[0].lower()
    assert first.startswith("get up slowly and hold on to something steady")
    for thing in ("a wall", "a chair", "the bed frame"):
        assert thing in first, thing


def test_standing_gets_longer_to_get_into_position_by_default() -> None:
    standing = Settings(variant=Variant.STANDING)
    seated = Settings(variant=Variant.SEATED)
    assert position_seconds(standing) >= 10
    assert position_seconds(standing) > position_seconds(seated) == 5


def test_a_longer_seated_time_is_kept_for_standing_too() -> None:
    assert position_seconds(Settings(variant=Variant.STANDING, prep_seconds=15,
                                     standing_prep_seconds=10)) == 15
    assert position_seconds(Settings(variant=Variant.STANDING, prep_seconds=3,
                                     standing_prep_seconds=22)) == 22


def test_an_old_settings_file_gets_the_longer_standing_time(tmp_path: Path) -> None:
    # written before standing had its own time: standing, 5 s to get ready
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "variant": "standing", "prep_seconds": 5}))
    loaded = load_settings(path, datetime(2026, 1, 1, tzinfo=timezone.utc))
    assert loaded.problems == ()
    assert position_seconds(loaded.settings) == 15


@pytest.mark.parametrize("variant", list(Variant))
def test_spoken_position_lines_end_before_the_hold(variant: Variant) -> None:
    # about 2.5 words a second at the default rate: the line must end before the hold starts
    prep = position_seconds(Settings(variant=variant))
    words = len(cramp_plan(variant, prep, 45)[0].cues[0].text.split())
    assert words / 2.5 <= prep - 1


def test_no_line_copies_the_seed_article() -> None:
    for variant in Variant:
        for text in (position_title(variant), position_cue(variant), hold_title(variant)):
            assert "top of your foot toward your head" not in text.lower()


def test_plan_texts_lists_each_line_once() -> None:
    texts = plan_texts(cramp_plan(Variant.SEATED, 5, 45))
    assert len(texts) == len(set(texts)) == 10
    assert "Release slowly." in texts
