"""The rating being chosen: a number and a leg in either order, kept after a pause."""

from __future__ import annotations

import pytest

from cramp_timer.core.clock import FakeClock
from cramp_timer.core.rating import RATING_PAUSE_SECONDS, RatingDraft
from cramp_timer.core.records import Leg


def test_a_number_is_kept_after_the_pause_and_not_before() -> None:
    clock = FakeClock()
    draft = RatingDraft(clock)
    assert draft.wake_delay() is None and not draft.due()
    draft.type_digit(7)
    assert draft.severity == 7
    assert draft.wake_delay() == pytest.approx(RATING_PAUSE_SECONDS)
    clock.advance(RATING_PAUSE_SECONDS - 0.25)
    assert not draft.due()
    clock.advance(0.25)
    assert draft.due() and draft.wake_delay() == 0.0


def test_a_leg_alone_starts_no_pause_and_a_leg_after_the_number_starts_it_again() -> None:
    clock = FakeClock()
    draft = RatingDraft(clock)
    draft.choose_leg(Leg.LEFT)
    clock.advance(60)
    assert draft.wake_delay() is None and not draft.due()  # waiting for the number
    draft.choose_severity(5)
    clock.advance(RATING_PAUSE_SECONDS - 1)
    draft.choose_leg(Leg.RIGHT)
    clock.advance(RATING_PAUSE_SECONDS - 1)
    assert not draft.due()
    assert (draft.severity, draft.leg) == (5, Leg.RIGHT)
    clock.advance(1)
    assert draft.due()


@pytest.mark.parametrize(("digits", "severity"), [
    ((1, 0), 10),
    ((1,), 1),
    ((1, 2), 2),
    ((0,), 0),
    ((1, 0, 0), 0),  # after 10, a 0 is 0 again
    ((1, 0, 1, 0), 10),
    ((9, 0), 0),
])
def test_one_then_zero_is_ten(digits: tuple[int, ...], severity: int) -> None:
    draft = RatingDraft(FakeClock())
    for digit in digits:
        draft.type_digit(digit)
    assert draft.severity == severity


def test_a_zero_after_a_clicked_one_or_after_a_leg_is_zero() -> None:
    draft = RatingDraft(FakeClock())
    draft.choose_severity(1)
    draft.type_digit(0)
    assert draft.severity == 0
    draft.type_digit(1)
    draft.choose_leg(Leg.BOTH)
    draft.type_digit(0)
    assert draft.severity == 0


def test_out_of_range_choices_are_refused_and_clear_forgets_all() -> None:
    draft = RatingDraft(FakeClock())
    for bad in (-1, 11):
        with pytest.raises(ValueError):
            draft.choose_severity(bad)
    with pytest.raises(ValueError):
        draft.type_digit(10)
    draft.choose_severity(10)
    draft.choose_leg(Leg.LEFT)
    draft.clear()
    assert (draft.severity, draft.leg, draft.wake_delay()) == (None, None, None)
