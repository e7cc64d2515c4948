"""What Cramp now says, and when, for each stretch and hold time."""

from __future__ import annotations

import pytest

from cramp_timer.cramp import cramp_plan, plan_texts
from cramp_timer.session import StepKind
from cramp_timer.settings import Variant


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
    standing = cramp_plan(Variant.STANDING, 5, 45)[0]
    assert "towel" in seated.title and "straight" in seated.title
    assert "weight" in standing.title
    assert seated.cues[0].text != standing.cues[0].text


def test_spoken_position_lines_fit_a_short_preparation() -> None:
    # about 2.5 words a second at the default rate: the line must end before the hold starts
    for variant in Variant:
        words = len(cramp_plan(variant, 5, 45)[0].cues[0].text.split())
        assert words <= 10


def test_plan_texts_lists_each_line_once() -> None:
    texts = plan_texts(cramp_plan(Variant.SEATED, 5, 45))
    assert len(texts) == len(set(texts)) == 10
    assert "Release slowly." in texts
