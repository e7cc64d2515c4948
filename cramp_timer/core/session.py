"""The guided session: a plain-Python state machine driven by an injected clock.

A session runs a *plan*: an ordered tuple of timed steps (get into position, hold,
rest, ...). Each step carries the cues that fall due inside it. The remaining time of a
step is always ``deadline - clock.monotonic()``; nothing here counts timer ticks, so a
late wake-up never makes the countdown drift. The UI only renders `Snapshot`s and
forwards the person's intents as actions; an action that the transition table does not
allow raises `IllegalTransition`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from cramp_timer.core.clock import Clock

# Cues that fell due more than this long ago are not spoken any more (only the newest
# overdue one is), so a stalled machine never rattles off a backlog of stale numbers.
CATCH_UP_SECONDS = 0.25


class Phase(Enum):
    IDLE = "idle"  # created, not started
    RUNNING = "running"  # a step is counting down
    PAUSED = "paused"  # a step is frozen; Resume continues it
    ROUND_DONE = "round_done"  # the plan ran to its end; the person says how it went
    ENDED = "ended"  # finished for good (see Snapshot.outcome)


class Action(Enum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    SKIP = "skip"  # on to the next step
    ROUND_END = "round_end"  # the clock ran the last step out (not a person's action)
    AGAIN = "again"  # "still cramping": another round of the same plan
    BETTER = "better"
    STOP = "stop"


class Outcome(Enum):
    BETTER = "better"
    STOPPED = "stopped"


TRANSITIONS: dict[tuple[Phase, Action], Phase] = {
    (Phase.IDLE, Action.START): Phase.RUNNING,
    (Phase.RUNNING, Action.PAUSE): Phase.PAUSED,
    (Phase.PAUSED, Action.RESUME): Phase.RUNNING,
    (Phase.RUNNING, Action.SKIP): Phase.RUNNING,
    (Phase.RUNNING, Action.ROUND_END): Phase.ROUND_DONE,
    (Phase.ROUND_DONE, Action.AGAIN): Phase.RUNNING,
    (Phase.ROUND_DONE, Action.BETTER): Phase.ENDED,
    (Phase.RUNNING, Action.STOP): Phase.ENDED,
    (Phase.PAUSED, Action.STOP): Phase.ENDED,
    (Phase.ROUND_DONE, Action.STOP): Phase.ENDED,
}


class IllegalTransition(RuntimeError):
    def __init__(self, phase: Phase, action: Action) -> None:
        super().__init__(f"cannot {action.value} while {phase.value}")
        self.phase = phase
        self.action = action


class StepKind(Enum):
    PREPARE = "prepare"  # get into position
    EASE_IN = "ease_in"  # move into the stretch, before a hold's count starts
    HOLD = "hold"  # the stretch itself
    REST = "rest"  # relax between repetitions


@dataclass(frozen=True)
class Cue:
    """A line to speak and show when ``remaining <= at_remaining`` in its step.

    ``at_remaining`` equal to the step's length means "as the step starts"; 0 means
    "as it ends". ``chime`` marks the cues that still ring a bell when there is no voice.
    ``droppable`` marks a countdown number: the only kind of line a speaker may leave
    unsaid when it cannot say it on time.
    """

    key: str
    text: str
    at_remaining: float
    chime: bool = False
    droppable: bool = False


@dataclass(frozen=True)
class Step:
    """One timed part of a plan.

    ``group`` ties consecutive steps into one exercise (get into position, hold, rest,
    hold, ...): Skip then jumps past the rest of the group. ``None`` means the step is a
    group of its own, so Skip goes to the very next step.

    ``waits_for_line`` > 0: the step does not run out before its lines (all but the
    droppable ones) have been said (`Session.said`), waiting up to that many seconds past
    its time; the next step then starts when they have.
    """

    kind: StepKind
    seconds: float
    title: str  # shown large for the whole step
    cues: tuple[Cue, ...] = ()
    group: int | None = None
    waits_for_line: float = 0.0

    def __post_init__(self) -> None:
        if not self.seconds > 0:
            raise ValueError(f"a step must last a positive time, not {self.seconds}")
        for cue in self.cues:
            if not 0 <= cue.at_remaining <= self.seconds:
                raise ValueError(f"cue {cue.key!r} falls outside its {self.seconds} s step")


Plan = tuple[Step, ...]


@dataclass(frozen=True)
class CueDue:
    """Event: a cue fell due. ``due`` is the monotonic moment it was due at."""

    cue: Cue
    due: float
    round: int
    step_index: int


@dataclass(frozen=True)
class PhaseChanged:
    old: Phase
    new: Phase
    action: Action


Event = CueDue | PhaseChanged


@dataclass(frozen=True)
class Snapshot:
    """Everything a view needs, immutable. Views render it and nothing else."""

    phase: Phase
    round: int
    step_index: int
    step_count: int
    step: Step | None
    remaining: float
    caption: str
    outcome: Outcome | None
    hold_seconds_done: float

    @property
    def step_kind(self) -> StepKind | None:
        return self.step.kind if self.step is not None else None

    @property
    def display_seconds(self) -> int:
        """Whole seconds to show: 45 until the first second has passed, 1 until the end."""
        return max(0, math.ceil(self.remaining - 1e-9))

    @property
    def progress(self) -> float:
        """0.0 at the start of the step, 1.0 at its end."""
        if self.step is None:
            return 0.0
        return min(1.0, max(0.0, 1.0 - self.remaining / self.step.seconds))


@dataclass
class _Run:
    """The mutable part of a session, kept in one place."""

    phase: Phase = Phase.IDLE
    round: int = 0
    step_index: int = 0
    deadline: float = 0.0  # monotonic end of the current step (while RUNNING)
    remaining_when_paused: float = 0.0
    fired: set[str] = field(default_factory=set)  # cue keys done in the current step
    unsaid: set[str] = field(default_factory=set)  # of those, lines the step waits for
    said_at: float = 0.0  # when the last line it waited for was said
    caption: str = ""
    outcome: Outcome | None = None
    hold_done: float = 0.0  # hold seconds completed, over all rounds


class Session:
    """One guided session over a plan; `plan_for_round(n)` gives round n's steps."""

    def __init__(self, clock: Clock, plan_for_round: Callable[[int], Plan], *,
                 through_suspend: bool = False) -> None:
        """``through_suspend``: count time while the computer sleeps (clock.boottime),
        for timers of things that go on without it, such as a heating pad."""
        self._time = clock.boottime if through_suspend else clock.monotonic
        self._plan_for_round = plan_for_round
        self._plan: Plan = ()
        self._run = _Run()

    # -- the person's actions -------------------------------------------------------
    def start(self) -> list[Event]:
        return self._begin_round(Action.START)

    def again(self) -> list[Event]:
        return self._begin_round(Action.AGAIN)

    def pause(self) -> list[Event]:
        events, overtaken = self._catch_up()
        if overtaken:
            return events
        run = self._run
        change = self._move(Action.PAUSE)
        run.remaining_when_paused = max(0.0, run.deadline - self._time())
        return [*events, change]

    def resume(self) -> list[Event]:
        run = self._run
        change = self._move(Action.RESUME)
        run.deadline = self._time() + run.remaining_when_paused
        return [change]

    def skip(self) -> list[Event]:
        """On to the next step, or past the rest of the current step's group."""
        events, overtaken = self._catch_up()
        if overtaken:
            return events
        self._check(Action.SKIP)
        self._count_hold(self._elapsed_in_step())
        entered = self._enter_step(self._end_of_group(), self._time())
        return [*events, *entered, *self.update()]

    def better(self) -> list[Event]:
        change = self._move(Action.BETTER)
        self._run.outcome = Outcome.BETTER
        return [change]

    def stop(self) -> list[Event]:
        events = self.update() if self._run.phase is Phase.RUNNING else []
        if self._run.phase is Phase.RUNNING:
            self._count_hold(self._elapsed_in_step())
        elif self._run.phase is Phase.PAUSED:
            self._count_hold(self._current_step().seconds - self._run.remaining_when_paused)
        change = self._move(Action.STOP)
        self._run.outcome = Outcome.STOPPED
        return [*events, change]

    def said(self, key: str | None = None) -> list[Event]:
        """The line `key` (None: every line so far) has been said, or never will be: a
        step that waited for it goes on."""
        run = self._run
        if not run.unsaid or (key is not None and key not in run.unsaid):
            return []
        if key is None:
            run.unsaid.clear()
        else:
            run.unsaid.discard(key)
        if not run.unsaid:
            run.said_at = self._time()
        return self.update()

    @property
    def waiting_for_line(self) -> bool:
        """A line of the current step has not been said yet (see `Step.waits_for_line`)."""
        return bool(self._run.unsaid)

    # -- the clock ----------------------------------------------------------------
    def update(self) -> list[Event]:
        """Catch up with the clock: fire due cues, move past finished steps."""
        run = self._run
        if run.phase is not Phase.RUNNING:
            return []
        now = self._time()
        due: list[CueDue] = []
        changes: list[Event] = []
        while run.phase is Phase.RUNNING:
            step = self._current_step()
            start = run.deadline - step.seconds
            for cue in step.cues:
                if cue.key not in run.fired and now >= start + step.seconds - cue.at_remaining:
                    run.fired.add(cue.key)
                    if step.waits_for_line > 0 and not cue.droppable:
                        run.unsaid.add(cue.key)
                    due.append(CueDue(cue, run.deadline - cue.at_remaining, run.round,
                                      run.step_index))
            end = self._step_end()
            if now < end:
                break
            self._count_hold(step.seconds)
            if run.step_index + 1 < len(self._plan):
                self._enter_step(run.step_index + 1, end)
            else:
                changes.append(self._move(Action.ROUND_END))
        return [*self._fresh(due, now), *changes]

    def next_wake(self) -> float | None:
        """The next moment (on this session's clock) anything visible or audible changes,
        or None. `wake_delay()` gives the same as seconds from now."""
        run = self._run
        if run.phase is not Phase.RUNNING:
            return None
        step = self._current_step()
        now = self._time()
        remaining = run.deadline - now
        moments = [self._step_end()]
        moments += [run.deadline - c.at_remaining for c in step.cues if c.key not in run.fired]
        # the displayed whole seconds change when `remaining` crosses an integer
        next_whole = math.ceil(remaining - 1e-9) - 1
        if next_whole >= 0:
            moments.append(run.deadline - next_whole)
        return max(now, min(moments))

    def wake_delay(self) -> float | None:
        wake = self.next_wake()
        return None if wake is None else max(0.0, wake - self._time())

    def snapshot(self) -> Snapshot:
        run = self._run
        step = self._current_step() if run.phase in _IN_ROUND else None
        if run.phase is Phase.RUNNING:
            remaining = max(0.0, run.deadline - self._time())
        elif run.phase is Phase.PAUSED:
            remaining = run.remaining_when_paused
        else:
            remaining = 0.0
        return Snapshot(
            phase=run.phase,
            round=run.round,
            step_index=run.step_index,
            step_count=len(self._plan),
            step=step,
            remaining=remaining,
            caption=run.caption,
            outcome=run.outcome,
            hold_seconds_done=run.hold_done,
        )

    @property
    def phase(self) -> Phase:
        return self._run.phase

    # -- inside ---------------------------------------------------------------------
    def _catch_up(self) -> tuple[list[Event], bool]:
        """Update before acting; True if the clock ended the round a moment before the tap."""
        was_running = self._run.phase is Phase.RUNNING
        events = self.update()
        return events, was_running and self._run.phase is not Phase.RUNNING

    def _begin_round(self, action: Action) -> list[Event]:
        self._check(action)
        plan = self._plan_for_round(self._run.round + 1)
        if not plan:
            raise ValueError("a plan needs at least one step")
        change = self._move(action)
        self._plan = plan
        self._run.round += 1
        return [change, *self._enter_step(0, self._time()), *self.update()]

    def _enter_step(self, index: int, start: float) -> list[Event]:
        run = self._run
        if index >= len(self._plan):
            return [self._move(Action.ROUND_END)]
        run.step_index = index
        run.deadline = start + self._plan[index].seconds
        run.fired = set()
        run.unsaid = set()
        run.said_at = 0.0
        return []

    def _step_end(self) -> float:
        """When the current step ends: at its deadline, or once the lines it waits for
        have been said, but no later than `Step.waits_for_line` past the deadline."""
        run = self._run
        if run.unsaid:
            return run.deadline + self._current_step().waits_for_line
        return max(run.deadline, run.said_at)

    def _fresh(self, due: list[CueDue], now: float) -> list[CueDue]:
        """Keep the cues due just now; of a stale backlog keep only the newest."""
        fresh = [d for d in due if now - d.due <= CATCH_UP_SECONDS]
        stale = [d for d in due if now - d.due > CATCH_UP_SECONDS]
        kept = ([stale[-1]] if stale and not fresh else []) + fresh
        unsaid = self._run.unsaid
        if unsaid and any(d.cue.key in unsaid for d in due if d not in kept):
            unsaid.difference_update(d.cue.key for d in due if d not in kept)
            if not unsaid:  # nothing left to wait for: never said, never heard
                self._run.said_at = now
        if kept:
            self._run.caption = kept[-1].cue.text
        return kept

    def _elapsed_in_step(self) -> float:
        step = self._current_step()
        return min(step.seconds, max(0.0, step.seconds - (self._run.deadline
                                                           - self._time())))

    def _count_hold(self, seconds: float) -> None:
        if self._current_step().kind is StepKind.HOLD:
            self._run.hold_done += seconds

    def _current_step(self) -> Step:
        return self._plan[self._run.step_index]

    def _end_of_group(self) -> int:
        """The index of the first step after the current step's group."""
        index = self._run.step_index + 1
        group = self._current_step().group
        if group is not None:
            while index < len(self._plan) and self._plan[index].group == group:
                index += 1
        return index

    def _check(self, action: Action) -> Phase:
        try:
            return TRANSITIONS[(self._run.phase, action)]
        except KeyError:
            raise IllegalTransition(self._run.phase, action) from None

    def _move(self, action: Action) -> PhaseChanged:
        old = self._run.phase
        new = self._check(action)
        self._run.phase = new
        return PhaseChanged(old, new, action)


_IN_ROUND = (Phase.RUNNING, Phase.PAUSED)
