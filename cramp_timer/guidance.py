"""What the Tips and Warning signs pages say, and the short red-flag lines for after a
stretch that did not help. Plain data; the UI only renders it.

Each function builds its text when called, so the words follow whichever translator is
installed at that moment (a module-level constant would freeze them at import time).

The app gives self-care guidance and names the signs that need a doctor. It never tells a
person what they have: a warning sign "can be" something, and a doctor decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from cramp_timer.i18n import translate

RED_FLAGS_KEY: Final = "red-flags"  # the speech key for `red_flags_spoken()`


@dataclass(frozen=True)
class Section:
    """A heading and its short paragraphs. ``urgent`` sections are set apart on screen."""

    heading: str
    items: tuple[str, ...]
    urgent: bool = False


@dataclass(frozen=True)
class Guide:
    """One page of guidance: a title and its sections, in reading order."""

    title: str
    sections: tuple[Section, ...]


def tips() -> Guide:
    """Self-care that can make night cramps rarer, and when to talk to a doctor."""
    return Guide(
        translate("guidance", "Fewer night cramps"),
        (
            Section(
                translate("guidance", "Drink through the day"),
                (
                    translate("guidance", "Sip water steadily from morning to evening."),
                    translate(
                        "guidance",
                        "Muscles need enough fluid, and the minerals that come with it, "
                        "to relax again after they tighten.",
                    ),
                ),
            ),
            Section(
                translate("guidance", "Eat foods with potassium and magnesium"),
                (
                    translate("guidance", "Potassium: bananas and sweet potatoes."),
                    translate("guidance", "Magnesium: leafy greens, nuts and seeds."),
                    translate(
                        "guidance",
                        "Thinking about a supplement? Talk it over with your doctor first.",
                    ),
                ),
            ),
            Section(
                translate("guidance", "Stretch gently before bed"),
                (
                    translate(
                        "guidance",
                        "A few minutes of calf and hamstring stretches in the evening "
                        "help keep the muscles from tightening overnight.",
                    ),
                    translate(
                        "guidance",
                        "The Bedtime routine in this app talks you through them.",
                    ),
                    translate("guidance", "A stretch should pull gently. It should not hurt."),
                ),
            ),
            Section(
                translate("guidance", "Keep your toes from pointing down in bed"),
                (
                    translate(
                        "guidance",
                        "Lying with the toes pointed keeps the calf short, "
                        "and that can set off a cramp.",
                    ),
                    translate(
                        "guidance",
                        "Keep the covers loose at the foot of the bed, "
                        "so they do not press your toes down.",
                    ),
                    translate(
                        "guidance",
                        "A pillow at your feet, under the covers, "
                        "can hold their weight off your toes.",
                    ),
                ),
            ),
            Section(
                translate("guidance", "Ask about your medicines"),
                (
                    translate(
                        "guidance",
                        "Some medicines can make cramps more likely. Water tablets "
                        "(diuretics) and statins for cholesterol are two examples; "
                        "there are others.",
                    ),
                    translate(
                        "guidance",
                        "If you wonder whether a medicine plays a part, "
                        "ask your doctor or pharmacist.",
                    ),
                    translate("guidance", "Never stop or change a medicine on your own."),
                ),
            ),
            Section(
                translate("guidance", "A cramp, or restless legs?"),
                (
                    translate(
                        "guidance",
                        "A cramp is a hard, painful tightening of the muscle. "
                        "You can often feel the knot with your hand.",
                    ),
                    translate(
                        "guidance",
                        "Restless legs feel different: an urge to move the legs, with "
                        "odd feelings such as tingling or crawling, that eases when you move.",
                    ),
                    translate(
                        "guidance",
                        "If that sounds more like your nights, mention it to your doctor.",
                    ),
                ),
            ),
            Section(
                translate("guidance", "Talk to your doctor if"),
                (
                    translate("guidance", "Cramps come often, or every night."),
                    translate("guidance", "Cramps come with weakness or numbness in the leg."),
                    translate("guidance", "Cramps began after you started a new medicine."),
                    translate("guidance", "These tips and stretching have not helped."),
                    translate(
                        "guidance",
                        "Any warning sign appears. Those need a doctor now: "
                        "see the Warning signs page.",
                    ),
                ),
            ),
        ),
    )


def warning_signs() -> Guide:
    """The red flags: signs that a leg needs a doctor now, not a stretch."""
    return Guide(
        translate("guidance", "Warning signs"),
        (
            Section(
                translate("guidance", "See a doctor now if"),
                (
                    translate("guidance", "The leg is swollen."),
                    translate("guidance", "The leg is red, or warm to the touch."),
                    translate(
                        "guidance", "The pain is constant and stays, even after you stretch."
                    ),
                    translate("guidance", "Stretching does not relieve the cramp."),
                ),
                urgent=True,
            ),
            Section(
                translate("guidance", "Why it matters"),
                (
                    translate(
                        "guidance",
                        "These can be signs of a blood clot in a deep vein of the leg, "
                        "called deep vein thrombosis (DVT).",
                    ),
                    translate("guidance", "Only a doctor can tell. Do not wait for the morning."),
                    translate(
                        "guidance",
                        "Until a doctor has seen it, do not rub or massage "
                        "a leg that is swollen, red or warm.",
                    ),
                ),
            ),
            Section(
                translate("guidance", "Call emergency services if"),
                (
                    translate("guidance", "You suddenly feel short of breath."),
                    translate("guidance", "There is pain in your chest."),
                    translate(
                        "guidance",
                        "A clot can travel to the lungs. That is an emergency: call straight away.",
                    ),
                ),
                urgent=True,
            ),
        ),
    )


def red_flags_spoken() -> str:
    """One short line for the voice, after stretching has not helped."""
    return translate(
        "guidance",
        "If the leg is swollen, red or warm, or the pain will not ease, "
        "see a doctor now. It can be a blood clot.",
    )


def red_flags_short() -> tuple[str, ...]:
    """Two or three short lines for large text on the screen after the third round."""
    return (
        translate("guidance", "Leg swollen, red or warm? Pain that will not ease?"),
        translate("guidance", "See a doctor now."),
        translate("guidance", "Chest pain or short of breath? Call emergency services."),
    )
