"""What the Tips and Warning signs pages say: complete, calm, and never a diagnosis."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import cramp_timer
from cramp_timer.core.guidance import (
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
        "spinach",
        "almonds",
        "seeds",
        "calcium",
        "unless a doctor told you to limit fluids",
        "can make night cramps rarer",
        "one trial",
        "pull firmly",
        "never hurt",
        "worked hard",
        "sitting for hours",
        "more than 10 minutes",
        "keep waking you",
        "pregnant",
        "midwife",
        "get weaker",
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
    assert "do not drive yourself" in text


def test_warning_signs_name_the_pains_that_may_not_be_a_cramp() -> None:
    text = " ".join(every_text(warning_signs())).lower()
    for words in (
        ("when you walk", "eases when you rest", "arteries"),
        ("hang", "edge of the bed"),
        ("feel heavy, ache or swell", "long day on your feet", "cramps at night", "veins"),
        ("numbness, tingling or burning", "nerves", "diabetes"),
        ("spreads down", "lower back"),
    ):
        for word in words:
            assert word in text, word


# Runs of the seed article's own words that the app must not repeat.
COPIED_RUNS = ("top of your foot toward your head", "a heating pad or a warm towel",
               "leafy greens, nuts and seeds", "leafy greens, nuts, and seeds")


def test_no_tip_or_warning_copies_the_seed_article() -> None:
    for text in all_texts():
        for run in COPIED_RUNS:
            assert run not in text.lower(), text


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
    # the emergency, said too and not only shown
    for words in ("chest pain", "sudden breathlessness", "call emergency services now",
                  "do not drive yourself"):
        assert words in spoken, words


def test_the_spoken_line_is_short_enough_to_hear_at_once() -> None:
    assert len(red_flags_spoken().split()) < 40


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


def test_no_source_file_shows_or_speaks_a_copied_run() -> None:
    package = Path(cramp_timer.__file__).parent
    for source in package.rglob("*.py"):
        # joined across the line breaks of implicitly concatenated strings
        text = re.sub(r'"\s*\n\s*(self\.tr\()?"', "", source.read_text(encoding="utf-8"))
        text = re.sub(r"\s+", " ", text).lower()
        for run in COPIED_RUNS:
            assert run not in text, (source.name, run)
