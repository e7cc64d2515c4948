"""What "Cramp now" says and how long each part lasts: one round is "get into position",
then the calf stretch hold with its spoken cues. Plain data built from the settings.

Standing up half asleep, in a cramp, is when people fall: the standing stretch first
says to get up slowly and hold on to something steady, and gets longer to do it
(`position_seconds`: the standing time, never less than the seated one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cramp_timer.core.records import Variant
from cramp_timer.core.session import Cue, Plan, Step, StepKind
from cramp_timer.i18n import translate

if TYPE_CHECKING:
    from cramp_timer.storage.settings import Settings


def position_seconds(settings: Settings) -> int:
    """The time to get into position for the chosen stretch. Standing takes at least
    as long as sitting (a seated time someone raised is kept for standing too)."""
    if settings.variant is Variant.STANDING:
        return max(settings.standing_prep_seconds, settings.prep_seconds)
    return settings.prep_seconds

# How long past its time the get-into-position step waits for its line to be said (a
# speech worker still starting, a slow machine), before the hold begins without it.
POSITION_LINE_WAIT = 5.0


def position_title(variant: Variant) -> str:
    """The longer instruction shown on screen while the person gets into position."""
    if variant is Variant.STANDING:
        # Translator: fall safety: must say to get up slowly and hold on to something steady (wall,
        # chair, bed frame) before leaning onto the cramped leg, heel flat. Keep that order.
        return translate("cues", "Get up slowly and hold on to something steady: a wall, "
                        "a chair, the bed frame. Then lean your weight onto the cramped leg, "
                        "heel flat on the floor.")
    # Translator: seated stretch: leg straight, toes and foot drawn up toward the knee; a towel
    # around the foot helps. Add no force or pain.
    return translate("cues", "Sit with the cramped leg straight out. Draw your toes and "
                    "foot up toward your knee. A towel looped around the foot helps.")


def position_cue(variant: Variant) -> str:
    """The spoken version: short enough to finish within the preparation time."""
    if variant is Variant.STANDING:
        # Translator: spoken fall safety: get up slowly, hold on to something steady (wall, chair,
        # bed frame), then weight on the cramped leg, heel down. Keep the order; keep it short.
        return translate("cues", "Get up slowly and hold on to something steady: a wall, "
                         "a chair, the bed frame. Weight on the cramped leg, heel down.")
    # Translator: spoken seated stretch: leg straight, pull the foot toward you. Short; add no force
    # or pain.
    return translate("cues", "Leg straight. Pull your foot toward you.")


def hold_title(variant: Variant) -> str:
    """A short reminder of the position, shown above the countdown."""
    if variant is Variant.STANDING:
        # Translator: reminder above the countdown: weight on the cramped leg, heel stays on the
        # floor. Short.
        return translate("cues", "Weight on the cramped leg, heel down")
    # Translator: reminder above the countdown: leg straight, foot pulled toward the body. Short.
    return translate("cues", "Leg straight, foot pulled toward you")


def hold_cues(hold_seconds: int) -> tuple[Cue, ...]:
    cues = [
        # Translator: spoken as the hold starts: stay in the stretch and breathe slowly (do not hold
        # the breath).
        Cue("hold-start", translate("cues", "Hold the stretch. Breathe slowly."), hold_seconds,
            chime=True),
        # Translator: spoken halfway through a hold: keep breathing (do not hold the breath). Add no
        # instruction.
        Cue("halfway", translate("cues", "Halfway. Keep breathing."), hold_seconds / 2,
            chime=True),
    ]
    if hold_seconds > 10:
        cues.append(Cue("ten-left", translate("cues", "Ten seconds left."), 10))
    numbers = (
        translate("cues", "One."),
        translate("cues", "Two."),
        translate("cues", "Three."),
        translate("cues", "Four."),
        translate("cues", "Five."),
    )
    cues += [Cue(f"count-{n}", numbers[n - 1], n, droppable=True)
             for n in range(min(5, hold_seconds - 1), 0, -1)]
    # Translator: spoken at the end of the hold: let go of the stretch slowly, not all at once.
    cues.append(Cue("release", translate("cues", "Release slowly."), 0, chime=True))
    return tuple(cues)


def cramp_plan(variant: Variant, prep_seconds: int, hold_seconds: int) -> Plan:
    """One round of Cramp now."""
    prepare = Step(
        StepKind.PREPARE,
        prep_seconds,
        position_title(variant),
        (Cue("position", position_cue(variant), prep_seconds, chime=True),),
        waits_for_line=POSITION_LINE_WAIT,
    )
    hold = Step(StepKind.HOLD, hold_seconds, hold_title(variant), hold_cues(hold_seconds))
    return (prepare, hold)


def plan_texts(plan: Plan) -> tuple[str, ...]:
    """Every line a plan will speak, to render ahead of time."""
    return tuple(dict.fromkeys(cue.text for step in plan for cue in step.cues))
