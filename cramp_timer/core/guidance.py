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
                    translate(
                        "guidance",
                        "Sip water steadily from morning to evening, unless a doctor "
                        "told you to limit fluids.",
                    ),
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
                    translate(
                        "guidance",
                        "Magnesium: spinach and other dark green vegetables, "
                        "almonds and pumpkin seeds.",
                    ),
                    translate(
                        "guidance",
                        "Calcium matters too: milk, yoghurt and cheese, or fortified drinks.",
                    ),
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
                        "can make night cramps rarer (shown in one trial).",
                    ),
                    translate(
                        "guidance",
                        "The Bedtime routine in this app talks you through them.",
                    ),
                    translate(
                        "guidance", "A stretch should pull firmly. It should never hurt."
                    ),
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
                translate("guidance", "Rest tired muscles, move after sitting"),
                (
                    translate(
                        "guidance",
                        "Muscles that worked hard or for long during the day "
                        "are more likely to cramp at night.",
                    ),
                    translate(
                        "guidance",
                        "Sitting for hours can leave the calf short and tight. "
                        "Get up and walk about now and then.",
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
                    translate(
                        "guidance", "Cramps come often, or every night, or keep waking you up."
                    ),
                    translate(
                        "guidance",
                        "A cramp goes on for more than 10 minutes: "
                        "ask for an appointment the same day.",
                    ),
                    translate(
                        "guidance", "Cramps come with weakness or numbness in the leg, "
                        "or the leg muscles seem to shrink or get weaker."
                    ),
                    translate(
                        "guidance",
                        "You are pregnant and cramps trouble you: tell your midwife or doctor.",
                    ),
                    translate("guidance", "Cramps began after you started a new medicine."),
                    translate("guidance", "These tips and stretching have not helped."),
                    translate(
                        "guidance",
                        "Some pains feel like cramps but are not: "
                        "the Warning signs page lists them.",
                    ),
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
                        "Until a doctor has seen it, do not rub, massage or warm "
                        "a leg that is swollen, red or warm.",
                    ),
                ),
            ),
            Section(
                translate("guidance", "Pains that may not be a cramp: tell your doctor"),
                (
                    translate(
                        "guidance",
                        "Calf pain that comes on when you walk and eases when you rest. "
                        "Narrowed arteries in the leg can do this.",
                    ),
                    translate(
                        "guidance",
                        "Foot or calf pain at night that eases when you let your legs hang "
                        "over the edge of the bed. This can be poor blood flow too.",
                    ),
                    translate(
                        "guidance",
                        "Legs that feel heavy, ache or swell after a long day on your "
                        "feet, with cramps at night. Weak valves in the leg veins can "
                        "cause this.",
                    ),
                    translate(
                        "guidance",
                        "Numbness, tingling or burning in the feet or legs. Nerves can cause "
                        "this, for example with diabetes. Do not put heat on a numb leg.",
                    ),
                    translate(
                        "guidance",
                        "Pain that spreads down the leg from the lower back. "
                        "A pressed nerve in the back can do this.",
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
                    translate(
                        "guidance",
                        "Do not drive yourself. Call for an ambulance, "
                        "or ask someone to drive you.",
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
        "see a doctor now. It can be a blood clot. "
        "Chest pain or sudden breathlessness: call emergency services now. "
        "Do not drive yourself.",
    )


def red_flags_short() -> tuple[str, ...]:
    """Two or three short lines for large text on the screen after the third round."""
    return (
        translate("guidance", "Leg swollen, red or warm? Pain that will not ease?"),
        translate("guidance", "See a doctor now."),
        translate("guidance", "Chest pain or short of breath? Call emergency services."),
    )
