"""Times typed whole, as a sleepy person types them."""

from __future__ import annotations

from datetime import time

import pytest

from cramp_timer.core.time_text import parse_time, time_text


@pytest.mark.parametrize(("text", "value"), [
    ("11:47", time(11, 47)), ("22:30", time(22, 30)), ("22.30", time(22, 30)),
    ("2230", time(22, 30)), ("930", time(9, 30)), ("9", time(9, 0)), (" 7:05 ", time(7, 5)),
    ("0:00", time(0, 0)), ("23:59", time(23, 59)), ("9:30 pm", time(21, 30)),
    ("12am", time(0, 0)), ("12:15 PM", time(12, 15)), ("21h15", time(21, 15)),
])
def test_typed_times_are_read_whole(text: str, value: time) -> None:
    assert parse_time(text) == value


@pytest.mark.parametrize("text", ["", "25:00", "11:60", "abc", "13 pm", "11:4x", "123456"])
def test_anything_else_is_no_time(text: str) -> None:
    assert parse_time(text) is None


def test_time_text_is_hh_mm() -> None:
    assert time_text(time(7, 5)) == "07:05"
