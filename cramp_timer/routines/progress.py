"""Where a routine run is: which stretch of how many, which side, which hold.

`routine_progress(routine, step_index)` reads it off the position in the run's plan,
which `routines.routine_plan` lays out for each routine step as: get into position,
move into hold 1, hold 1, rest, move into hold 2, hold 2, ... (no rest steps when the
step's rest is 0). Pacing changes only
how long the steps last, never their order, so the routine alone is enough.
`progress_text` is the short line the run page shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from cramp_timer.i18n import translate
from cramp_timer.routines.model import Routine, Side


@dataclass(frozen=True)
class RoutineProgress:
    stretch: int  # 1-based
    stretches: int
    side: Side
    hold: int  # the hold under way or coming next, 1-based
    holds: int
    getting_ready: bool  # getting into position for this stretch
    resting: bool  # resting before ``hold``


def routine_progress(routine: Routine, step_index: int) -> RoutineProgress | None:
    """Progress at ``step_index`` of the routine's plan (None: past its end)."""
    first = 0
    for number, step in enumerate(routine.steps, start=1):
        # get ready; then each hold's move into the stretch, the hold, and a rest between
        moments: list[tuple[int, bool, bool]] = [(1, True, False)]  # (hold, ready, resting)
        for hold in range(1, step.repetitions + 1):
            moments += [(hold, False, False), (hold, False, False)]
            if hold < step.repetitions and step.rest_seconds > 0:
                moments.append((hold + 1, False, True))
        if step_index < first + len(moments):
            hold, ready, resting = moments[step_index - first]
            return RoutineProgress(number, len(routine.steps), step.side, hold,
                                   step.repetitions, ready, resting)
        first += len(moments)
    return None


def progress_text(progress: RoutineProgress) -> str:
    """ "Stretch 2 of 4 · left leg · hold 1 of 3" (or "get ready", "rest, then hold 2")."""
    parts = [translate("routines", "Stretch {number} of {count}").format(
        number=progress.stretch, count=progress.stretches)]
    side = {Side.LEFT: translate("routines", "left leg"),
            Side.RIGHT: translate("routines", "right leg"),
            Side.BOTH: translate("routines", "both legs")}.get(progress.side)
    if side:
        parts.append(side)
    if progress.getting_ready:
        parts.append(translate("routines", "get ready"))
    elif progress.resting:
        parts.append(translate("routines", "rest, then hold {number} of {count}").format(
            number=progress.hold, count=progress.holds))
    else:
        parts.append(translate("routines", "hold {number} of {count}").format(
            number=progress.hold, count=progress.holds))
    return " · ".join(parts)
