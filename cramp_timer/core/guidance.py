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
        # Translator: title of the self-care tips page. Must mean fewer (rarer) night cramps; must
        # not promise that cramps stop or are cured.
        translate("guidance", "Fewer night cramps"),
        (
            Section(
                # Translator: heading: spread drinking across the whole day. Must not add an amount
                # of water or a number of glasses.
                translate("guidance", "Drink through the day"),
                (
                    # Translator: must keep the exception: not if a doctor told you to limit fluids.
                    # Must not add an amount, a number of glasses or a time.
                    translate(
                        "guidance",
                        "Sip water steadily from morning to evening, unless a doctor "
                        "told you to limit fluids.",
                    ),
                    # Translator: a general reason why fluid matters. Must not name a particular
                    # mineral, a dose or a medical mechanism, nor promise that drinking stops
                    # cramps.
                    translate(
                        "guidance",
                        "Muscles need enough fluid, and the minerals that come with it, "
                        "to relax again after they tighten.",
                    ),
                ),
            ),
            Section(
                # Translator: heading: foods, not pills. Must not suggest supplements or name
                # amounts.
                translate("guidance", "Eat foods with potassium and magnesium"),
                (
                    # Translator: food examples only (bananas, sweet potatoes). Add no amounts, no
                    # other foods and no supplements.
                    translate("guidance", "Potassium: bananas and sweet potatoes."),
                    # Translator: food examples only (spinach and other dark green vegetables,
                    # almonds, pumpkin seeds). Add no amounts and no supplements.
                    translate(
                        "guidance",
                        "Magnesium: spinach and other dark green vegetables, "
                        "almonds and pumpkin seeds.",
                    ),
                    # Translator: food examples only. 'Matters too' must not become a claim that
                    # calcium prevents cramps; add no amounts.
                    translate(
                        "guidance",
                        "Calcium matters too: milk, yoghurt and cheese, or fortified drinks.",
                    ),
                    # Translator: must say: talk to a doctor before taking any supplement. Must not
                    # recommend or name a supplement, or give a dose.
                    translate(
                        "guidance",
                        "Thinking about a supplement? Talk it over with your doctor first.",
                    ),
                ),
            ),
            Section(
                # Translator: heading: gentle stretching in the evening before sleep. Keep 'gently'
                # (not deep or hard stretching).
                translate("guidance", "Stretch gently before bed"),
                (
                    # Translator: a claim from one study: keep 'can' (not 'will' or 'prevents') and
                    # '(shown in one trial)'. Must not say 'proven' or 'studies show'.
                    translate(
                        "guidance",
                        "A few minutes of calf and hamstring stretches in the evening "
                        "can make night cramps rarer (shown in one trial).",
                    ),
                    translate(
                        "guidance",
                        "The Bedtime routine in this app talks you through them.",
                    ),
                    # Translator: safety: a stretch should pull firmly but never hurt. Must not
                    # soften 'never' or suggest pushing through pain.
                    translate(
                        "guidance", "A stretch should pull firmly. It should never hurt."
                    ),
                ),
            ),
            Section(
                # Translator: heading: a lying position tip (toes not pointed down in bed). Not a
                # treatment; add no promise.
                translate("guidance", "Keep your toes from pointing down in bed"),
                (
                    # Translator: keep 'can' (pointed toes are a possible trigger, not a certain
                    # cause). Add no medical explanation.
                    translate(
                        "guidance",
                        "Lying with the toes pointed keeps the calf short, "
                        "and that can set off a cramp.",
                    ),
                    # Translator: a practical tip: loose covers at the foot of the bed so they do
                    # not press the toes down. Add no other advice.
                    translate(
                        "guidance",
                        "Keep the covers loose at the foot of the bed, "
                        "so they do not press your toes down.",
                    ),
                    # Translator: keep 'can'. The pillow lies at the feet under the covers and takes
                    # their weight off the toes; not a medical aid.
                    translate(
                        "guidance",
                        "A pillow at your feet, under the covers, "
                        "can hold their weight off your toes.",
                    ),
                ),
            ),
            Section(
                # Translator: heading: rest muscles that worked hard; get moving after sitting. Add
                # no amounts of exercise or time.
                translate("guidance", "Rest tired muscles, move after sitting"),
                (
                    # Translator: keep 'more likely' (a higher chance, not a certainty). Must not
                    # say that exercise should be avoided.
                    translate(
                        "guidance",
                        "Muscles that worked hard or for long during the day "
                        "are more likely to cramp at night.",
                    ),
                    # Translator: keep 'can'. Must say to get up and walk about now and then; must
                    # not add a time interval or a number of steps.
                    translate(
                        "guidance",
                        "Sitting for hours can leave the calf short and tight. "
                        "Get up and walk about now and then.",
                    ),
                ),
            ),
            Section(
                # Translator: heading: ask a doctor or pharmacist about your medicines. Must not
                # suggest stopping or changing one.
                translate("guidance", "Ask about your medicines"),
                (
                    # Translator: keep 'can make cramps more likely' and 'two examples; there are
                    # others'. Use the everyday local names; add no drug names, no 'always'.
                    translate(
                        "guidance",
                        "Some medicines can make cramps more likely. Water tablets "
                        "(diuretics) and statins for cholesterol are two examples; "
                        "there are others.",
                    ),
                    # Translator: must name both the doctor and the pharmacist. Must not suggest
                    # that the medicine is the cause.
                    translate(
                        "guidance",
                        "If you wonder whether a medicine plays a part, "
                        "ask your doctor or pharmacist.",
                    ),
                    # Translator: safety: a firm 'never', for both stopping and changing a medicine.
                    # Must not soften it or add exceptions.
                    translate("guidance", "Never stop or change a medicine on your own."),
                ),
            ),
            Section(
                # Translator: heading: telling a cramp from restless legs. Use the everyday name for
                # restless legs; this is not a diagnosis.
                translate("guidance", "A cramp, or restless legs?"),
                (
                    # Translator: describes a cramp: a hard, painful tightening. Keep 'often' (the
                    # knot can often be felt, not always).
                    translate(
                        "guidance",
                        "A cramp is a hard, painful tightening of the muscle. "
                        "You can often feel the knot with your hand.",
                    ),
                    # Translator: describes restless legs: an urge to move, odd feelings (examples
                    # only), eased by moving. Must not name a cause or present it as a diagnosis.
                    translate(
                        "guidance",
                        "Restless legs feel different: an urge to move the legs, with "
                        "odd feelings such as tingling or crawling, that eases when you move.",
                    ),
                    # Translator: must say: mention it to a doctor (not urgent). Must not tell the
                    # reader that they have restless legs syndrome.
                    translate(
                        "guidance",
                        "If that sounds more like your nights, mention it to your doctor.",
                    ),
                ),
            ),
            Section(
                # Translator: heading of non-urgent reasons to see a doctor. Must be milder than
                # 'See a doctor now' on the Warning signs page.
                translate("guidance", "Talk to your doctor if"),
                (
                    # Translator: a reason to see a doctor (not urgent). Keep all three: often,
                    # every night, keep waking you up. Add no number of nights.
                    translate(
                        "guidance", "Cramps come often, or every night, or keep waking you up."
                    ),
                    # Translator: keep 'more than 10 minutes' and 'the same day': not 'now' or an
                    # emergency, and not merely 'soon'.
                    translate(
                        "guidance",
                        "A cramp goes on for more than 10 minutes: "
                        "ask for an appointment the same day.",
                    ),
                    # Translator: a reason to see a doctor: weakness or numbness in the leg, or leg
                    # muscles that seem to shrink or weaken. Keep 'seem'; name no disease.
                    translate(
                        "guidance", "Cramps come with weakness or numbness in the leg, "
                        "or the leg muscles seem to shrink or get weaker."
                    ),
                    # Translator: must say: tell your midwife or doctor (keep both). No added
                    # urgency and no advice about pregnancy.
                    translate(
                        "guidance",
                        "You are pregnant and cramps trouble you: tell your midwife or doctor.",
                    ),
                    # Translator: a reason to see a doctor. Must not say the medicine causes the
                    # cramps, nor suggest stopping it.
                    translate("guidance", "Cramps began after you started a new medicine."),
                    # Translator: a reason to see a doctor: self-care has not helped. Plain; no
                    # added urgency.
                    translate("guidance", "These tips and stretching have not helped."),
                    # Translator: must point to the Warning signs page (use that page's translated
                    # title). Must not name a disease here.
                    translate(
                        "guidance",
                        "Some pains feel like cramps but are not: "
                        "the Warning signs page lists them.",
                    ),
                    # Translator: urgent: a warning sign needs a doctor now, not later. Keep 'now';
                    # use the Warning signs page's translated title.
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
        # Translator: title of the page of signs that need a doctor now. A plain word for warning
        # signs; not 'emergency' and not a medical term.
        translate("guidance", "Warning signs"),
        (
            Section(
                # Translator: urgent heading: see a doctor now, without waiting. Not 'soon', and not
                # yet an emergency call (that is a later section).
                translate("guidance", "See a doctor now if"),
                (
                    # Translator: warning sign: the leg is swollen. Plain words; add no cause or
                    # diagnosis.
                    translate("guidance", "The leg is swollen."),
                    # Translator: warning sign: the leg is red, or warm to the touch. Keep 'or':
                    # either one is enough.
                    translate("guidance", "The leg is red, or warm to the touch."),
                    # Translator: warning sign: pain that does not stop, even after stretching. Must
                    # not suggest stretching more.
                    translate(
                        "guidance", "The pain is constant and stays, even after you stretch."
                    ),
                    # Translator: warning sign: stretching does not ease the cramp. Add no number of
                    # tries.
                    translate("guidance", "Stretching does not relieve the cramp."),
                ),
                urgent=True,
            ),
            Section(
                translate("guidance", "Why it matters"),
                (
                    # Translator: keep 'can be signs of' (possible, not certain). Use the usual
                    # local name for deep vein thrombosis and its local abbreviation; no certainty.
                    translate(
                        "guidance",
                        "These can be signs of a blood clot in a deep vein of the leg, "
                        "called deep vein thrombosis (DVT).",
                    ),
                    # Translator: urgency: only a doctor can tell whether it is a clot; must say not
                    # to wait until the morning. Do not soften.
                    translate("guidance", "Only a doctor can tell. Do not wait for the morning."),
                    # Translator: safety: no rubbing, massage or warming of a swollen, red or warm
                    # leg until a doctor has seen it. Keep all three actions and all three signs.
                    translate(
                        "guidance",
                        "Until a doctor has seen it, do not rub, massage or warm "
                        "a leg that is swollen, red or warm.",
                    ),
                ),
            ),
            Section(
                # Translator: heading: keep 'may' and 'tell your doctor' (not urgent, not an
                # emergency).
                translate("guidance", "Pains that may not be a cramp: tell your doctor"),
                (
                    # Translator: keep 'can' (a possible cause, not a diagnosis). Plain words for
                    # narrowed arteries; no disease name.
                    translate(
                        "guidance",
                        "Calf pain that comes on when you walk and eases when you rest. "
                        "Narrowed arteries in the leg can do this.",
                    ),
                    # Translator: keep 'can' (possible, not certain): pain that eases with the legs
                    # hanging over the bed's edge. No diagnosis or disease name.
                    translate(
                        "guidance",
                        "Foot or calf pain at night that eases when you let your legs hang "
                        "over the edge of the bed. This can be poor blood flow too.",
                    ),
                    # Translator: keep 'can cause'. Plain words for weak valves in the leg veins; no
                    # disease name (such as varicose veins) and no added advice.
                    translate(
                        "guidance",
                        "Legs that feel heavy, ache or swell after a long day on your "
                        "feet, with cramps at night. Weak valves in the leg veins can "
                        "cause this.",
                    ),
                    # Translator: keep 'can' and diabetes as one example only. Must keep the safety
                    # line: do not put heat on a numb leg.
                    translate(
                        "guidance",
                        "Numbness, tingling or burning in the feet or legs. Nerves can cause "
                        "this, for example with diabetes. Do not put heat on a numb leg.",
                    ),
                    # Translator: keep 'can' (possible, not certain). Plain words for a pressed
                    # nerve; no diagnosis such as sciatica.
                    translate(
                        "guidance",
                        "Pain that spreads down the leg from the lower back. "
                        "A pressed nerve in the back can do this.",
                    ),
                ),
            ),
            Section(
                # Translator: heading, highest urgency: call the emergency services. Must not add a
                # phone number or weaken it to 'see a doctor'.
                translate("guidance", "Call emergency services if"),
                (
                    # Translator: emergency sign: sudden shortness of breath. Keep 'suddenly'; no
                    # diagnosis.
                    translate("guidance", "You suddenly feel short of breath."),
                    # Translator: emergency sign: chest pain. Plain words; no diagnosis.
                    translate("guidance", "There is pain in your chest."),
                    # Translator: keep 'can' for the clot; must say it is an emergency, call at
                    # once. Must not name a diagnosis (such as pulmonary embolism) or add a number.
                    translate(
                        "guidance",
                        "A clot can travel to the lungs. That is an emergency: call straight away.",
                    ),
                    # Translator: safety: must say not to drive yourself, and to call an ambulance
                    # or have someone drive you. Keep both options; add no phone number.
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
    # Translator: spoken. Keep: swollen, red or warm leg, or pain that will not ease: doctor now;
    # it 'can be' a clot (not 'is'); chest pain or breathlessness: emergency services now; do not
    # drive yourself. Add no phone number and no diagnosis.
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
        # Translator: large warning text: keep all four signs (swollen, red, warm, pain that will
        # not ease). Short; no diagnosis.
        translate("guidance", "Leg swollen, red or warm? Pain that will not ease?"),
        # Translator: must keep 'now' (without waiting). Not an emergency call: that is the next
        # line.
        translate("guidance", "See a doctor now."),
        # Translator: emergency: must say to call emergency services. Short; no phone number, no
        # diagnosis.
        translate("guidance", "Chest pain or short of breath? Call emergency services."),
    )
