"""What the Tips and Warning signs pages say: complete, calm, and never a diagnosis."""

from __future__ import annotations

import re

import pytest

from cramp_timer.guidance import (
    Guide,
    red_flags_short,
    red_flags_spoken,
    tips,
    warning_signs,
)


def every_text(guide: Guide) -> list[str]:
    return [guide.title] + [t for s in guide.sections for t in (s.heading, *s.items)]


def all_texts() -> list[str]:
    return [
        *every_text(tips()),
        *every_text(warning_signs()),
        red_flags_spoken(),
        *red_flags_short(),
    ]


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!:])\s+", text) if s]


@pytest.mark.parametrize("guide", [tips(), warning_signs()], ids=["tips", "warning-signs"])
def test_every_section_has_a_heading_and_short_items(guide: Guide) -> None:
    assert guide.title.strip()
    assert guide.sections
    for section in guide.sections:
        assert section.heading.strip()
        assert section.items
        for item in section.items:
            assert item.strip() == item and item
            assert len(item.split()) <= 30, item  # a short paragraph, not a wall of text


def test_tips_cover_each_topic() -> None:
    text = " ".join(every_text(tips())).lower()
    for word in (
        "water",
        "potassium",
        "banana",
        "sweet potato",
        "magnesium",
        "leafy greens",
        "nuts",
        "seeds",
        "hamstring",
        "bedtime routine",
        "toes pointed",
        "covers",
        "pillow",
        "diuretics",
        "statins",
        "pharmacist",
        "never stop",
        "restless legs",
        "urge to move",
        "every night",
        "weakness",
        "numbness",
        "new medicine",
    ):
        assert word in text, word


def test_warning_signs_name_each_red_flag_a_doctor_and_a_clot() -> None:
    text = " ".join(every_text(warning_signs())).lower()
    for word in (
        "swollen",
        "red",
        "warm",
        "stretching does not relieve",
        "doctor now",
        "blood clot",
        "deep vein thrombosis",
        "dvt",
        "short of breath",
        "chest",
        "emergency",
    ):
        assert re.search(rf"\b{word}\b", text), word
    assert warning_signs().sections[0].urgent  # the signs themselves come first, set apart


def test_the_short_lines_and_the_spoken_line_carry_the_same_warning() -> None:
    short = red_flags_short()
    assert 2 <= len(short) <= 3
    assert all(len(line.split()) <= 10 for line in short)
    joined = " ".join(short).lower()
    spoken = red_flags_spoken().lower()
    for text in (joined, spoken):
        for word in ("swollen", "red", "warm", "doctor now"):
            assert re.search(rf"\b{word}\b", text), (word, text)
    assert "blood clot" in spoken


def test_the_spoken_line_is_short_enough_to_hear_at_once() -> None:
    assert len(red_flags_spoken().split()) < 25


def test_nothing_tells_a_person_what_they_have() -> None:
    for text in all_texts():
        for sentence in sentences(text):
            lowered = sentence.lower()
            assert "you have" not in lowered, sentence
            assert not re.search(r"\b(it|this) is (a )?(blood clot|dvt|thrombosis)", lowered)
            # a clot is only ever something the signs *can* point to
            if "clot" in lowered or "thrombosis" in lowered:
                assert re.search(r"\b(can|may|could)\b", lowered), sentence


def test_no_dosing_and_no_promise_of_a_cure() -> None:
    for text in all_texts():
        lowered = text.lower()
        assert not re.search(r"\d+\s*(mg|milligram|gram|g\b|ml|litre|liter|tablet)", lowered)
        for word in ("cure", "guarantee", "always works"):
            assert word not in lowered, text
