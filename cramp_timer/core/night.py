"""A night's cramp, from "Cramp now" to "how bad was it": the stages around the stretch.

    IDLE --cramp--> STRETCH --care--> AFTERCARE --followup--> FOLLOWUP
                      |                 |   ^                    |  (cold, massage)
                      |                 |   +------care----------+
                      |                 |   ^                    |  (heat: the pad is on)
                      |                 |   +--care-- SWITCH_OFF <+
                      +------rate-------+--rate--> RATING --finish--> IDLE

- STRETCH (a `Session`: rounds of get-into-position + hold) -> AFTERCARE after "Better", or
  "heat, cold or massage instead" of another round (then still cramping); -> RATING on Stop.
- After the third round without relief the red flags are shown and said once; from then on
  "instead" is refused, and the only follow-up is cold (`aftercare.AFTER_WARNING_SIGNS`).
- Follow-up timers count through suspend; after heat, "switch the pad off" each minute.
- IDLE -> ROUTINE (same engine) ends done, or partial when steps were skipped; Stop: stopped.
- "Cramp now" in ROUTINE (stopped), AFTERCARE or RATING starts the stretch; it ends a cold or
  massage timer (kept in the diary); during heat, or while the pad may be on, `pad_check` ends
  the timer and asks whether the pad is off (PadAsk.NEW_CRAMP); `acknowledge` starts it.
- The round's question is said with its last line, again after QUESTION_REPEAT_SECONDS
  unanswered. `mistake` ("Oops, not a cramp") in the first round's get-into-position step,
  or the rating, goes to IDLE with `CrampCancelled`: the entry is not kept.
- RATING keeps its `RatingDraft` on `confirm_rating` (Done) or when `update` finds it due.

Plain Python with an injected clock: methods return their events, `snapshot()` is what a view
renders, a move `STAGES` refuses raises `IllegalMove`. Why: docs/decisions/0203-night-stages.md.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Final

from cramp_timer.core.aftercare import (
    AFTER_WARNING_SIGNS,
    CARE_KINDS,
    SWITCH_OFF_REPEAT_SECONDS,
    care,
    followup_plan,
    pad_question_text,
    switch_off_text,
)
from cramp_timer.core.clock import Clock
from cramp_timer.core.guidance import RED_FLAGS_KEY, red_flags_spoken
from cramp_timer.core.rating import RatingDraft
from cramp_timer.core.records import CrampOutcome, FollowupKind, Leg, RoutineOutcome
from cramp_timer.core.session import (
    Action,
    CueDue,
    Event,
    Phase,
    PhaseChanged,
    Plan,
    Session,
    Snapshot,
    StepKind,
)
from cramp_timer.i18n import translate
from cramp_timer.routines.model import Routine, routine_outcome, routine_plan

RED_FLAG_ROUNDS: Final = 3  # rounds without relief before the red flags are shown
# With no answer to "How is the cramp now?", it is asked once more after this long.
QUESTION_REPEAT_SECONDS: Final = 30.0


def round_question() -> str:
    return translate("night", "How is the cramp now?")


def question_after(line: str | None) -> str:
    """The round's question, led by the round's last line (see `warning_after`)."""
    question = round_question()
    return f"{line} {question}" if line else question


def warning_after(line: str | None) -> str:
    """The spoken warning signs, led by the line that falls due with them (the round's
    "Release slowly."). A speaker plays only the newest of lines said at once: said on
    its own, the warning would cut that line off before a word of it is heard."""
    warning = red_flags_spoken()
    return f"{line} {warning}" if line else warning


class Stage(Enum):
    IDLE = "idle"
    STRETCH = "stretch"
    AFTERCARE = "aftercare"
    FOLLOWUP = "followup"
    SWITCH_OFF = "switch_off"
    RATING = "rating"
    ROUTINE = "routine"


class Move(Enum):
    CRAMP = "cramp"
    CARE = "care"
    FOLLOWUP = "followup"
    SWITCH_OFF = "switch_off"
    RATE = "rate"
    FINISH = "finish"
    ROUTINE = "routine"
    MISTAKE = "mistake"  # "Oops, not a cramp"


class PadAsk(Enum):
    """Why the switch-off page asks about the heating pad."""

    TIME_UP = "time_up"  # the heat timer ran out
    STOPPED = "stopped"  # the person stopped it early
    NEW_CRAMP = "new_cramp"  # a new cramp: the stretch starts once the pad is off


STAGES: dict[tuple[Stage, Move], Stage] = {
    (Stage.IDLE, Move.CRAMP): Stage.STRETCH,
    (Stage.AFTERCARE, Move.CRAMP): Stage.STRETCH,
    (Stage.RATING, Move.CRAMP): Stage.STRETCH,
    (Stage.STRETCH, Move.CARE): Stage.AFTERCARE,
    (Stage.STRETCH, Move.RATE): Stage.RATING,
    (Stage.AFTERCARE, Move.FOLLOWUP): Stage.FOLLOWUP,
    (Stage.AFTERCARE, Move.RATE): Stage.RATING,
    (Stage.FOLLOWUP, Move.CARE): Stage.AFTERCARE,
    (Stage.FOLLOWUP, Move.SWITCH_OFF): Stage.SWITCH_OFF,
    (Stage.SWITCH_OFF, Move.CARE): Stage.AFTERCARE,
    (Stage.RATING, Move.FINISH): Stage.IDLE,
    (Stage.IDLE, Move.ROUTINE): Stage.ROUTINE,
    (Stage.ROUTINE, Move.FINISH): Stage.IDLE,
    (Stage.ROUTINE, Move.CRAMP): Stage.STRETCH,
    (Stage.STRETCH, Move.MISTAKE): Stage.IDLE,
    (Stage.RATING, Move.MISTAKE): Stage.IDLE,
}


class IllegalMove(RuntimeError):
    def __init__(self, stage: Stage, move: Move) -> None:
        super().__init__(f"cannot {move.value} while {stage.value}")
        self.stage = stage
        self.move = move


@dataclass(frozen=True)
class StageChanged:
    old: Stage
    new: Stage


@dataclass(frozen=True)
class Say:
    """A line to speak that no session step carries (red flags, switch-off alarm)."""

    key: str
    text: str
    chime: bool = True


@dataclass(frozen=True)
class CrampEnded:
    """The stretch part is over: what to write in the diary."""

    outcome: CrampOutcome
    rounds: int
    stretch_seconds: float
    red_flags_shown: bool


@dataclass(frozen=True)
class CrampCancelled:
    """"Oops, not a cramp": the cramp's diary entry is not kept."""


@dataclass(frozen=True)
class FollowupEnded:
    kind: FollowupKind
    minutes: float  # time the timer really ran, to the second


@dataclass(frozen=True)
class Rated:
    severity: int | None
    leg: Leg | None


@dataclass(frozen=True)
class RoutineStarted:
    name: str  # the routine's identifier (built-in names untranslated)


@dataclass(frozen=True)
class RoutineEnded:
    name: str
    outcome: RoutineOutcome


NightEvent = (Event | StageChanged | Say | CrampEnded | FollowupEnded | Rated | RoutineStarted
              | RoutineEnded | CrampCancelled)


@dataclass(frozen=True)
class NightSnapshot:
    stage: Stage
    session: Snapshot | None  # the stretch or the follow-up timer, while one is on screen
    followup: FollowupKind | None  # which follow-up runs (FOLLOWUP, SWITCH_OFF)
    red_flags: bool  # three rounds without relief: show the warning signs
    cramp_outcome: CrampOutcome | None
    followups_done: tuple[FollowupKind, ...]
    switch_off_asks: int  # how often "switch the pad off" has been said
    routine: Routine | None = None  # the routine that runs (ROUTINE)
    pad_ask: PadAsk | None = None  # why the pad question is asked (SWITCH_OFF)
    can_cancel: bool = False  # "Oops, not a cramp" is offered
    chosen_severity: int | None = None  # the rating's number chosen so far (RATING)
    chosen_leg: Leg | None = None  # the rating's leg chosen so far (RATING)


def offered_followups(snapshot: NightSnapshot) -> tuple[FollowupKind, ...]:
    """The follow-ups to offer: all, or after the warning signs only cold."""
    return AFTER_WARNING_SIGNS if snapshot.red_flags else tuple(s.kind for s in CARE_KINDS)


class Night:
    """One cramp, start to end. ``plan()`` gives the stretch's plan for the current
    settings; ``minutes(kind)`` the minutes set for a kind of follow-up care."""

    def __init__(self, clock: Clock, plan: Callable[[], Plan],
                 minutes: Callable[[FollowupKind], int]) -> None:
        self._clock = clock
        self._plan = plan
        self._minutes = minutes
        self._stage = Stage.IDLE
        self._cramp: Session | None = None
        self._followup: Session | None = None
        self._followup_kind: FollowupKind | None = None
        self._red_flags = False
        self._cramp_outcome: CrampOutcome | None = None
        self._done: list[FollowupKind] = []
        self._switch_off_since = 0.0  # boottime the alarm began
        self._switch_off_asks = 0
        self._routine: Routine | None = None
        self._routine_plan: Plan = ()
        self._routine_session: Session | None = None
        self._pad_ask: PadAsk | None = None
        self._asked_at: float | None = None  # monotonic moment the round's question was
        # said, until it has been said again
        self._draft = RatingDraft(clock)

    # -- what the person asks -------------------------------------------------------
    def cramp(self) -> list[NightEvent]:
        """Cramp now: a fresh stretch (from idle, or over aftercare, rating, a routine)."""
        ended: list[NightEvent] = []
        if self._stage is Stage.ROUTINE:
            ended = self._end_routine(self._routine_session_now().stop(), move=None)
        change = self._to(Move.CRAMP)
        plan = self._plan()
        self._cramp = Session(self._clock, lambda _round: plan)
        self._followup = None
        self._followup_kind = None
        self._red_flags = False
        self._cramp_outcome = None
        self._done = []
        self._pad_ask = None
        self._asked_at = None
        self._draft.clear()
        return [*ended, change, *self._cramp.start()]

    def pad_check(self) -> list[NightEvent]:
        """Cramp now while the heating pad may be on (the heat timer, the switch-off
        alarm): end the timer and ask whether the pad is off."""
        if (self._stage is Stage.FOLLOWUP and self._followup_kind is not None
                and care(self._followup_kind).pad):
            return self._end_followup([*self._running().stop()], PadAsk.NEW_CRAMP)
        if self._stage is not Stage.SWITCH_OFF:
            raise IllegalMove(self._stage, Move.CRAMP)
        self._ask_pad(PadAsk.NEW_CRAMP)
        return self._switch_off_due()

    def mistake(self) -> list[NightEvent]:
        """"Oops, not a cramp": back to idle, and the entry is not kept."""
        if not self._can_cancel():
            raise IllegalMove(self._stage, Move.MISTAKE)
        events: list[NightEvent] = []
        if self._stage is Stage.STRETCH:
            events += self._stretch().stop()
        self._cramp_outcome = None
        self._asked_at = None
        self._draft.clear()
        return [*events, CrampCancelled(), self._to(Move.MISTAKE)]

    def routine(self, routine: Routine, plan: Plan | None = None) -> list[NightEvent]:
        """Start a bedtime routine (from idle), timed by ``plan`` (by default
        `routines.routine_plan` at the default pace)."""
        change = self._to(Move.ROUTINE)
        plan = plan if plan is not None else routine_plan(routine)
        self._routine, self._routine_plan = routine, plan
        self._routine_session = Session(self._clock, lambda _round: plan)
        return [change, RoutineStarted(routine.name), *self._routine_session.start()]

    def again(self) -> list[NightEvent]:
        events: list[NightEvent] = [*self._stretch().again()]
        self._asked_at = None
        return events

    def better(self) -> list[NightEvent]:
        session = self._stretch()
        events: list[NightEvent] = [*session.better()]
        return [*events, *self._end_cramp(CrampOutcome.BETTER, Move.CARE)]

    def care_instead(self) -> list[NightEvent]:
        """Heat, cold or massage instead of another round: still cramping."""
        session = self._stretch()
        if session.phase is not Phase.ROUND_DONE or self._red_flags:
            raise IllegalMove(self._stage, Move.CARE)
        events: list[NightEvent] = [*session.stop()]
        return [*events, *self._end_cramp(CrampOutcome.STILL_CRAMPING, Move.CARE)]

    def followup(self, kind: FollowupKind) -> list[NightEvent]:
        if self._red_flags and kind not in AFTER_WARNING_SIGNS:
            raise IllegalMove(self._stage, Move.FOLLOWUP)
        change = self._to(Move.FOLLOWUP)
        plan = followup_plan(kind, self._minutes(kind))
        self._followup = Session(self._clock, lambda _round: plan, through_suspend=True)
        self._followup_kind = kind
        return [change, *self._followup.start()]

    def acknowledge(self) -> list[NightEvent]:
        """The heating pad is off. (After PadAsk.NEW_CRAMP the caller starts the stretch.)"""
        change = self._to(Move.CARE, require=Stage.SWITCH_OFF)
        self._followup = None
        self._pad_ask = None
        return [change]

    def finish_care(self) -> list[NightEvent]:
        return [self._to(Move.RATE, require=Stage.AFTERCARE)]

    def rate(self, severity: int | None, leg: Leg | None) -> list[NightEvent]:
        change = self._to(Move.FINISH)
        self._draft.clear()
        return [change, Rated(severity, leg)]

    def choose_severity(self, value: int) -> None:
        self._rating_draft().choose_severity(value)

    def type_digit(self, digit: int) -> None:
        """A digit key on the rating: 1 then 0 is 10."""
        self._rating_draft().type_digit(digit)

    def choose_leg(self, leg: Leg) -> None:
        self._rating_draft().choose_leg(leg)

    def confirm_rating(self) -> list[NightEvent]:
        """Done: keep the number and the leg chosen so far (either may be None)."""
        draft = self._rating_draft()
        return self.rate(draft.severity, draft.leg)

    def pause(self) -> list[NightEvent]:
        return [*self._running().pause()]

    def resume(self) -> list[NightEvent]:
        return [*self._running().resume()]

    def skip(self) -> list[NightEvent]:
        return self._after(self._running().skip())

    def stop(self) -> list[NightEvent]:
        """Stop whatever runs: the stretch (then the rating), a follow-up timer, a routine."""
        if self._stage is Stage.ROUTINE:
            return self._end_routine(self._routine_session_now().stop(), Move.FINISH)
        if self._stage is Stage.STRETCH:
            session = self._stretch()
            events: list[NightEvent] = [*session.stop()]
            return [*events, *self._end_cramp(CrampOutcome.STOPPED, Move.RATE)]
        if self._stage is Stage.FOLLOWUP:
            followup = self._running()
            return self._end_followup([*followup.stop()])
        raise IllegalMove(self._stage, Move.RATE)

    def said(self, key: str | None = None) -> list[NightEvent]:
        """A line has been said (None: every line so far): a step waiting for it goes on
        (`Session.said`)."""
        session = self._current_session()
        return self._after(session.said(key)) if session is not None else []

    # -- the clock --------------------------------------------------------------------
    def update(self) -> list[NightEvent]:
        if self._stage is Stage.STRETCH and self._cramp is not None:
            return [*self._after(self._cramp.update()), *self._question_again()]
        if self._stage is Stage.FOLLOWUP and self._followup is not None:
            return self._after(self._followup.update())
        if self._stage is Stage.SWITCH_OFF:
            return self._switch_off_due()
        if self._stage is Stage.ROUTINE:
            return self._after(self._routine_session_now().update())
        if self._stage is Stage.RATING and self._draft.due():
            return self.confirm_rating()
        return []

    def wake_delay(self) -> float | None:
        """Seconds until anything visible or audible changes, or None."""
        if self._stage is Stage.SWITCH_OFF:
            due = self._switch_off_since + self._switch_off_asks * SWITCH_OFF_REPEAT_SECONDS
            return max(0.0, due - self._clock.boottime())
        if self._stage is Stage.STRETCH and self.phase is Phase.ROUND_DONE:
            if self._asked_at is None:
                return None
            return max(0.0, self._asked_at + QUESTION_REPEAT_SECONDS - self._clock.monotonic())
        if self._stage is Stage.RATING:
            return self._draft.wake_delay()
        session = self._current_session()
        return session.wake_delay() if session is not None else None

    def snapshot(self) -> NightSnapshot:
        session = self._current_session()
        return NightSnapshot(
            stage=self._stage,
            session=session.snapshot() if session is not None else None,
            followup=self._followup_kind if self._stage in (Stage.FOLLOWUP,
                                                           Stage.SWITCH_OFF) else None,
            red_flags=self._red_flags,
            cramp_outcome=self._cramp_outcome,
            followups_done=tuple(self._done),
            switch_off_asks=self._switch_off_asks,
            routine=self._routine if self._stage is Stage.ROUTINE else None,
            pad_ask=self._pad_ask if self._stage is Stage.SWITCH_OFF else None,
            can_cancel=self._can_cancel(),
            chosen_severity=self._draft.severity,
            chosen_leg=self._draft.leg,
        )

    @property
    def stage(self) -> Stage:
        return self._stage

    @property
    def phase(self) -> Phase:
        """The phase of the session on screen (IDLE when none runs)."""
        session = self._current_session()
        return session.phase if session is not None else Phase.IDLE

    def can(self, move: Move) -> bool:
        return (self._stage, move) in STAGES

    # -- inside -------------------------------------------------------------------------
    def _can_cancel(self) -> bool:
        """In the rating, or while getting into position for the first round."""
        if self._stage is Stage.RATING:
            return True
        if self._stage is not Stage.STRETCH or self._cramp is None:
            return False
        shot = self._cramp.snapshot()
        return (shot.round == 1 and shot.step_index == 0
                and shot.step_kind is StepKind.PREPARE)

    def _question_again(self) -> list[NightEvent]:
        """The round's question once more, when it has had no answer for a while."""
        asked = self._asked_at
        if asked is None or self._clock.monotonic() < asked + QUESTION_REPEAT_SECONDS:
            return []
        self._asked_at = None
        if self._cramp is None or self._cramp.phase is not Phase.ROUND_DONE:
            return []
        return [Say("round-question-again", round_question(), chime=False)]

    def _rating_draft(self) -> RatingDraft:
        if self._stage is not Stage.RATING:
            raise IllegalMove(self._stage, Move.FINISH)
        return self._draft

    def _current_session(self) -> Session | None:
        if self._stage is Stage.STRETCH:
            return self._cramp
        if self._stage is Stage.FOLLOWUP:
            return self._followup
        if self._stage is Stage.ROUTINE:
            return self._routine_session
        return None

    def _routine_session_now(self) -> Session:
        assert self._routine_session is not None
        return self._routine_session

    def _end_routine(self, events: list[Event], move: Move | None) -> list[NightEvent]:
        """Close a routine: at its end (done or partial) or stopped before it."""
        session = self._routine_session_now()
        assert self._routine is not None
        if session.phase is Phase.ROUND_DONE:
            events = [*events, *session.better()]
        outcome = routine_outcome(session.snapshot(), self._routine_plan)
        result: list[NightEvent] = [*events, RoutineEnded(self._routine.name, outcome)]
        if move is not None:
            result.append(self._to(move))
        return result

    def _stretch(self) -> Session:
        if self._stage is not Stage.STRETCH or self._cramp is None:
            raise IllegalMove(self._stage, Move.CARE)
        return self._cramp

    def _running(self) -> Session:
        session = self._current_session()
        if session is None:
            raise IllegalMove(self._stage, Move.RATE)
        return session

    def _after(self, events: list[Event]) -> list[NightEvent]:
        """Session events, plus what they mean for the night."""
        result: list[NightEvent] = [*events]
        round_end = any(isinstance(e, PhaseChanged) and e.action is Action.ROUND_END
                        for e in events)
        if not round_end:
            return result
        if self._stage is Stage.STRETCH and self._cramp is not None:
            due = [e.cue.text for e in events if isinstance(e, CueDue)]
            last = due[-1] if due else None
            if self._cramp.snapshot().round >= RED_FLAG_ROUNDS and not self._red_flags:
                self._red_flags = True
                result.append(Say(RED_FLAGS_KEY, warning_after(last)))
            else:
                result.append(Say("round-question", question_after(last), chime=False))
                self._asked_at = self._clock.monotonic()
        elif self._stage is Stage.FOLLOWUP and self._followup is not None:
            result += self._end_followup([])
        elif self._stage is Stage.ROUTINE:
            return self._end_routine(events, Move.FINISH)
        return result

    def _end_cramp(self, outcome: CrampOutcome, move: Move) -> list[NightEvent]:
        assert self._cramp is not None
        shot = self._cramp.snapshot()
        self._cramp_outcome = outcome
        ended = CrampEnded(outcome, shot.round, shot.hold_seconds_done, self._red_flags)
        return [ended, self._to(move)]

    def _end_followup(self, events: list[NightEvent],
                      ask: PadAsk | None = None) -> list[NightEvent]:
        """A follow-up timer ran out or was stopped (``ask``: why the pad question is
        asked; by default whether the heat timer ran out)."""
        assert self._followup is not None and self._followup_kind is not None
        kind = self._followup_kind
        shot = self._followup.snapshot()
        minutes = math.floor(shot.hold_seconds_done) / 60
        self._done.append(kind)
        events = [*events, FollowupEnded(kind, minutes)]
        if care(kind).pad:
            events.append(self._to(Move.SWITCH_OFF))
            ran_out = shot.phase is Phase.ROUND_DONE
            self._ask_pad(ask or (PadAsk.TIME_UP if ran_out else PadAsk.STOPPED))
            events += self._switch_off_due()
            return events
        self._followup = None
        return [*events, self._to(Move.CARE)]

    def _ask_pad(self, ask: PadAsk) -> None:
        self._pad_ask = ask
        self._switch_off_since = self._clock.boottime()
        self._switch_off_asks = 0

    def _switch_off_due(self) -> list[NightEvent]:
        """Ask again each minute; after a long sleep, ask once, not for every minute."""
        now = self._clock.boottime()
        due = self._switch_off_since + self._switch_off_asks * SWITCH_OFF_REPEAT_SECONDS
        if now < due:
            return []
        elapsed = now - self._switch_off_since
        self._switch_off_asks = int(elapsed // SWITCH_OFF_REPEAT_SECONDS) + 1
        if self._pad_ask is PadAsk.NEW_CRAMP:
            return [Say("pad-question", pad_question_text())]
        return [Say("switch-off", switch_off_text())]

    def _to(self, move: Move, require: Stage | None = None) -> StageChanged:
        old = self._stage
        if require is not None and old is not require:
            raise IllegalMove(old, move)
        try:
            new = STAGES[(old, move)]
        except KeyError:
            raise IllegalMove(old, move) from None
        self._stage = new
        return StageChanged(old, new)
