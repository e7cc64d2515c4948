"""The care lines before heat and massage: said and shown, and in time to hear them."""

from __future__ import annotations

import pytest

from cramp_timer.core.aftercare import (
    SAFETY_SECONDS,
    cold_plan,
    heat_plan,
    massage_plan,
)
from cramp_timer.core.session import Plan, StepKind

WORDS_PER_SECOND = 2.5  # the default voice, 150 words a minute


def shown_and_said(plan: Plan) -> tuple[str, str]:
    first = plan[0]
    assert first.kind is StepKind.PREPARE
    return first.title.lower(), first.cues[0].text.lower()


@pytest.mark.parametrize("plan", [heat_plan(15), massage_plan()], ids=["heat", "massage"])
def test_heat_and_massage_say_and_show_not_on_a_swollen_red_warm_or_numb_leg(
        plan: Plan) -> None:
    for text in shown_and_said(plan):
        for word in ("swollen", "red", "warm", "numb"):
            assert word in text, (word, text)


def test_heat_says_why_a_numb_leg_gets_no_heat() -> None:
    shown, said = shown_and_said(heat_plan(15))
    assert "feels little" in shown and "burns" in shown
    assert "burns what you cannot feel" in said


def test_each_safety_line_is_heard_before_its_timer_starts() -> None:
    for plan in (heat_plan(15), cold_plan(10), massage_plan()):
        first = plan[0]
        words = len(first.cues[0].text.split())
        assert words / WORDS_PER_SECOND <= first.seconds - 1, first.cues[0].text
    assert heat_plan(15)[0].seconds == SAFETY_SECONDS


def test_cold_only_once_the_cramp_has_passed() -> None:
    shown, said = shown_and_said(cold_plan(10))
    assert "once the cramp has let go" in shown
    assert "only once the cramp has passed" in said


def test_every_kind_of_care_is_one_entry_of_the_table() -> None:
    from cramp_timer.core.aftercare import AFTER_WARNING_SIGNS, CARE_KINDS, care, followup_plan
    from cramp_timer.core.records import FollowupKind
    from cramp_timer.storage.export import HEADER
    from cramp_timer.storage.settings import FIELDS_BY_NAME, IntField, Settings

    assert [spec.kind for spec in CARE_KINDS] == list(FollowupKind)
    assert len({spec.key for spec in CARE_KINDS}) == len(CARE_KINDS)
    for spec in CARE_KINDS:
        assert care(spec.kind) is spec
        assert spec.csv_column in HEADER  # the CSV has its column
        assert "%1" in spec.in_history() and spec.title() and spec.choice()
        if spec.setting:  # its timer's minutes are a setting with its bounds
            field = FIELDS_BY_NAME[spec.setting]
            assert isinstance(field, IntField)
            assert (field.default, field.minimum, field.maximum) == spec.minutes
            minutes = getattr(Settings(), spec.setting)
            assert sum(s.seconds for s in followup_plan(spec.kind, minutes)[1:]) == minutes * 60
    assert AFTER_WARNING_SIGNS == (FollowupKind.COLD,)  # heat and massage could harm a clot
    assert [spec.kind for spec in CARE_KINDS if spec.pad] == [FollowupKind.HEAT]
