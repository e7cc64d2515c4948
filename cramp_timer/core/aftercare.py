"""What follows the stretch: heat, cold and a guided massage, each a plan of timed steps
for the session engine, with its safety line first and its spoken cues.

Each kind is one entry of `CARE_KINDS` (`care(kind)`): its key, its words on screen and
in the history, its timer's setting and bounds, its CSV column and its plan. A new kind
is one entry there, a `FollowupKind` value, its Settings field and a diary migration (the
diary's table lists the kinds it accepts).

Plain data built from the settings; the timers themselves run on `session.Session`
with ``through_suspend=True``, because a heating pad keeps heating while the laptop
sleeps.
"""

from __future__ import annotations

from cramp_timer.core.records import FollowupKind
from cramp_timer.core.values import frozen
from cramp_timer.i18n import QT_TRANSLATE_NOOP, translate

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Final

    from cramp_timer.core.session import Cue, Plan

SAFETY_SECONDS: Final = 15  # time to read (and hear) the safety line before the timer
MASSAGE_STEP_SECONDS: Final = 30
# Time to hear the massage's safety line (about 16 words) and sit so the calf is in reach.
MASSAGE_SAFETY_SECONDS: Final = 10
# After the heat timer, "switch the pad off" is said again this often until answered.
SWITCH_OFF_REPEAT_SECONDS: Final = 60.0


def switch_off_text() -> str:
    # Translator: safety, repeated each minute: must say to switch the heating pad off now. Not a
    # suggestion; do not soften.
    return translate("aftercare", "Please switch the heating pad off now.")


def pad_question_text() -> str:
    """Asked when a new cramp comes while the pad may be on."""
    # Translator: safety: must ask whether the heating pad is off; the stretch starts only once it
    # is (Space is the key).
    return translate("aftercare", "A new cramp. Is the heating pad off? "
                     "Press Space when it is, and the stretch starts.")


def _timed_cues(seconds: int, start: str, end: str | None) -> tuple[Cue, ...]:
    """Start, halfway, one minute left, and the end (heat leaves its end to the
    switch-off alarm, which says it and then repeats)."""
    # (the session only where a plan is made: the CSV export reads CARE_KINDS, decision 0022)
    from cramp_timer.core.session import Cue

    cues = [
        Cue("care-start", start, seconds, chime=True),
        Cue("care-halfway", translate("aftercare", "Halfway there."), seconds / 2),
    ]
    if seconds > 120:
        cues.append(Cue("care-minute", translate("aftercare", "One minute left."), 60))
    if end is not None:
        cues.append(Cue("care-end", end, 0, chime=True))
    return tuple(cues)


def _timer_plan(minutes: int, safety: str, safety_spoken: str, title: str, start: str,
                end: str | None) -> Plan:
    """The safety line (shown and said), then the timer with its cues."""
    from cramp_timer.core.session import Cue, Step, StepKind

    seconds = minutes * 60
    return (
        Step(StepKind.PREPARE, SAFETY_SECONDS, safety,
             (Cue("care-safety", safety_spoken, SAFETY_SECONDS, chime=True),)),
        Step(StepKind.HOLD, seconds, title, _timed_cues(seconds, start, end)),
    )


def heat_safety_text() -> str:
    """Shown before the heat timer: when not to use heat at all, and the pad's risk."""
    # Translator: heat safety: not on a swollen, red or warm leg, nor where it is numb (heat burns
    # skin that cannot feel); warm, never hot; never fall asleep with a pad on. Keep every
    # condition; add no temperature or time.
    return translate(
        "aftercare",
        "Not on a leg that is swollen, red or warm, and not where the leg is numb or feels "
        "little: heat burns skin that cannot feel it. Otherwise lay a heat pad, or a towel "
        "you have warmed, on the calf: warm, never hot. Do not fall asleep with a heat pad "
        "on: this timer will remind you to switch it off.")


def heat_safety_spoken() -> str:
    # Translator: spoken heat safety: not on a swollen, red, warm or numb leg; warm, not hot; never
    # sleep with it on. Keep all of it; no temperature.
    return translate(
        "aftercare",
        "Not on a swollen, red or warm leg, nor a numb one: heat burns what you cannot "
        "feel. Warm, not hot. Never sleep with it on.")


def massage_safety_text() -> str:
    """Shown before the massage: when not to rub the leg."""
    # Translator: massage safety: do not rub a swollen, red or warm leg, nor where it is numb; sit
    # with the calf in easy reach. Keep every condition.
    return translate(
        "aftercare",
        "Do not rub a leg that is swollen, red or warm, or where it is numb or feels "
        "little. Sit so you can reach your calf easily.")


def massage_safety_spoken() -> str:
    # Translator: spoken massage safety: not on a swollen, red, warm or numb leg; sit so you can
    # reach your calf. Keep all four signs.
    return translate(
        "aftercare",
        "Not on a swollen, red or warm leg, nor a numb one. Sit so you can reach your calf.")


def heat_plan(minutes: int) -> Plan:
    return _timer_plan(
        minutes,
        heat_safety_text(),
        heat_safety_spoken(),
        # Translator: shown during heat: warmth on the calf (warm, not hot); rest and breathe.
        # Add no instruction.
        translate("aftercare", "Warmth on the calf. Rest and breathe."),
        # Translator: spoken as the heat starts: only rest and breathe slowly. Add no instruction
        # and do not say 'hot'.
        translate("aftercare", "The warmth is on. Rest and breathe slowly."),
        None,  # the switch-off alarm says the end, and again each minute
    )


def cold_plan(minutes: int) -> Plan:
    return _timer_plan(
        minutes,
        # Translator: cold safety: only once the cramp has let go; wrap the ice pack in a cloth,
        # never ice straight on the skin. Keep 'only' and 'never'.
        translate("aftercare", "Use cold only once the cramp has let go. Wrap the ice pack "
                  "in a cloth: never put ice straight on the skin."),
        # Translator: spoken cold safety: only after the cramp has passed; wrap the ice pack in a
        # cloth. Keep 'only'.
        translate("aftercare", "Only once the cramp has passed. Wrap the ice pack in a cloth."),
        # Translator: shown during cold: the ice pack stays wrapped. Keep 'wrapped'; add no time.
        translate("aftercare", "Wrapped ice pack on the sore spot."),
        # Translator: spoken as the cold starts: only rest and breathe slowly. Add no instruction.
        translate("aftercare", "Cold pack on. Rest and breathe slowly."),
        # Translator: spoken at the end: must say to take the ice pack off now, not 'you may'.
        translate("aftercare", "Time is up. Take the ice pack off."),
    )


def massage_plan() -> Plan:
    """Two minutes, four spoken steps of 30 seconds."""
    from cramp_timer.core.session import Cue, Step, StepKind

    sit = Step(
        StepKind.PREPARE, MASSAGE_SAFETY_SECONDS, massage_safety_text(),
        (Cue("care-safety", massage_safety_spoken(), MASSAGE_SAFETY_SECONDS, chime=True),),
    )
    moves = (
        # Translator: massage step: rub gently with both hands to warm the calf (by rubbing, not
        # with heat). Keep 'gently'.
        translate("aftercare", "Rub the calf gently with both hands to warm it."),
        # Translator: massage step: knead from the ankle up toward the knee. Keep the direction; add
        # no force.
        translate("aftercare", "Knead the calf, working from the ankle up toward the knee."),
        # Translator: keep 'upward' and 'slow and firm', and the safety: ease off if it hurts. Must
        # not say to push through pain.
        translate("aftercare", "Keep kneading upward, slow and firm. Ease off if it hurts."),
        # Translator: massage step: light strokes from the ankle to the knee. Keep 'lightly' and the
        # direction.
        translate("aftercare", "Now stroke lightly from the ankle to the knee."),
    )
    steps = [sit]
    for number, move in enumerate(moves, start=1):
        cues = [Cue(f"massage-{number}", move, MASSAGE_STEP_SECONDS, chime=True)]
        if number == len(moves):
            # Translator: spoken at the end of the massage: stop, let the leg rest. Add no advice.
            cues.append(Cue("care-end", translate(
                "aftercare", "That is enough. Let the leg rest."), 0, chime=True))
        steps.append(Step(StepKind.HOLD, MASSAGE_STEP_SECONDS, move, tuple(cues)))
    return tuple(steps)


# --- the kinds ---------------------------------------------------------------------------


@frozen
class CareKind:
    """One kind of follow-up care: everything the app shows, says and keeps of it."""

    kind: FollowupKind
    key: str  # the letter that chooses it on the care page
    title: Callable[[], str]  # "Heat": its button, its timer's page, the PDF
    choice: Callable[[], str]  # what its button does, in a few words
    in_history: Callable[[], str]  # "heat %1", %1 the minutes it ran
    plan: Callable[[int], Plan]  # its steps for the minutes set (a fixed length ignores them)
    csv_column: str  # its minutes in the CSV export (docs/export-format.md)
    # its timer's setting: the Settings field, its label, default, least and most minutes
    # ("" for a kind of fixed length)
    setting: str = ""
    setting_label: str = ""
    minutes: tuple[int, int, int] = (0, 0, 0)
    # its row in Settings: the label (with its &-key) and what the field holds
    field_label: Callable[[], str] = str
    field_description: Callable[[], str] = str
    # still offered after the warning signs: only cold, once the spasm has passed; heat
    # and massage could harm a leg with a clot
    after_warning_signs: bool = False
    # a heating pad may still be on: a new cramp first asks whether it is off, and the
    # end of its timer repeats "switch it off" until answered
    pad: bool = False


CARE_KINDS: Final[tuple[CareKind, ...]] = (
    CareKind(
        FollowupKind.HEAT, "H",
        lambda: translate("aftercare", "Heat"),
        # Translator: heat choice: warmth on the calf, and a timer that reminds you to switch
        # the heat pad off. Keep the reminder; not 'hot'.
        lambda: translate("aftercare", "Warmth on the calf, with a timer that reminds you "
                                       "to switch a heat pad off"),
        lambda: translate("aftercare", "heat %1"),
        lambda minutes: heat_plan(minutes),
        "heat_minutes", "heat_minutes", QT_TRANSLATE_NOOP("settings", "heat time"),
        (15, 5, 20),
        lambda: translate("aftercare", "Heat ti&mer"),
        lambda: translate("aftercare", "Heat timer in minutes"), pad=True),
    CareKind(
        FollowupKind.COLD, "C",
        lambda: translate("aftercare", "Cold"),
        # Translator: cold choice: keep 'wrapped' and 'once the cramp has passed' (cold only
        # after the cramp has let go).
        lambda: translate("aftercare", "A wrapped ice pack, once the cramp has passed"),
        lambda: translate("aftercare", "cold %1"),
        lambda minutes: cold_plan(minutes),
        "cold_minutes", "cold_minutes", QT_TRANSLATE_NOOP("settings", "cold time"),
        (10, 5, 15),
        lambda: translate("aftercare", "&Cold timer"),
        lambda: translate("aftercare", "Cold timer in minutes"), after_warning_signs=True),
    CareKind(
        FollowupKind.MASSAGE, "M",
        lambda: translate("aftercare", "Massage"),
        lambda: translate("aftercare", "Two minutes of guided massage"),
        lambda: translate("aftercare", "massage %1"),
        lambda _minutes: massage_plan(),
        "massage_minutes"),
)
_BY_KIND: Final = {spec.kind: spec for spec in CARE_KINDS}
AFTER_WARNING_SIGNS: Final = tuple(s.kind for s in CARE_KINDS if s.after_warning_signs)


def care(kind: FollowupKind) -> CareKind:
    return _BY_KIND[kind]


def followup_title(kind: FollowupKind) -> str:
    return care(kind).title()


def followup_plan(kind: FollowupKind, minutes: int) -> Plan:
    """The plan of `kind` for `minutes` (its setting's value; ignored by a fixed length)."""
    return care(kind).plan(minutes)
