"""Connects the session to time, speech and the view.

QtCore only (a QTimer wakes the session; signals carry immutable snapshots to whoever
renders them). The timer never counts time: each wake asks the session what the clock
says and then sleeps until the next moment anything changes.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from cramp_timer.core.aftercare import care, followup_plan, switch_off_text
from cramp_timer.core.clock import Clock
from cramp_timer.core.night import (
    CrampCancelled,
    CrampEnded,
    FollowupEnded,
    Move,
    Night,
    NightEvent,
    NightSnapshot,
    PadAsk,
    Rated,
    RoutineEnded,
    RoutineStarted,
    Say,
    Stage,
    StageChanged,
    offered_followups,
    question_after,
    round_question,
    warning_after,
)
from cramp_timer.core.session import CueDue, Phase, PhaseChanged, Plan
from cramp_timer.core.stretch import cramp_plan, plan_texts, position_seconds
from cramp_timer.i18n import spoken_language, translate
from cramp_timer.routines.model import (
    Routine,
    builtin_routines,
    find_routine,
    routine_plan,
    spoken_seconds,
)
from cramp_timer.speech.speaker import Speaker, SpeechEvent, SpeechEventKind, VoiceOptions
from cramp_timer.storage.diary import FollowupKind, Leg
from cramp_timer.storage.settings import Settings

log = logging.getLogger(__name__)

# While something moves on screen, wake at least this often so the ring turns smoothly.
FRAME_SECONDS = 0.1
SPEECH_POLL_MS = 100
# While these are on screen the desktop is asked to keep the screen awake.
BUSY = (Stage.STRETCH, Stage.FOLLOWUP, Stage.SWITCH_OFF, Stage.ROUTINE)
PAUSED_KEY, RESUMED_KEY = "paused", "resumed"


def paused_text() -> str:
    return translate("controller", "Paused.")


def resumed_text() -> str:
    return translate("controller", "Going on.")


def voice_options(settings: Settings) -> VoiceOptions:
    return VoiceOptions(
        enabled=settings.voice_enabled,
        voice_id=settings.voice_id,
        rate=settings.voice_rate,
        volume=settings.voice_volume,
        language=spoken_language(),
    )


class SessionController(QObject):
    """Drives a `Night` (the stretch and what follows it) with a QTimer and speech."""

    snapshot_changed = Signal(object)  # NightSnapshot
    notice = Signal(str)  # one plain line for the person, shown once
    session_started = Signal(object)  # Settings the stretch began with
    session_progressed = Signal(object)  # NightSnapshot while the stretch runs
    session_ended = Signal(object)  # CrampEnded
    session_cancelled = Signal(object)  # CrampCancelled: not a cramp, keep no entry
    followup_ended = Signal(object)  # FollowupEnded
    rated = Signal(object)  # Rated
    routine_started = Signal(object)  # RoutineStarted
    routine_ended = Signal(object)  # RoutineEnded
    busy_changed = Signal(bool)  # a stretch or timer runs: keep the screen awake
    cue_started = Signal(str, float)  # cue key, monotonic moment the sound began

    def __init__(
        self,
        clock: Clock,
        speaker: Speaker,
        settings: Callable[[], Settings],
        routines: Callable[[], Sequence[Routine]] = builtin_routines,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._speaker = speaker
        self._settings = settings
        self._routines = routines
        self._night = Night(clock, self._plan, self._minutes)
        self._busy = False
        self._voice_missing = False
        # the last line spoken (key, text, when) until it was heard to its end, and a line
        # that Pause cut off, to say again on Resume
        self._speaking: tuple[str, str, float] | None = None
        self._cut: tuple[str, str] | None = None
        self._told: set[SpeechEventKind] = set()
        self._prepared_for: VoiceOptions | None = None
        self._wake = QTimer(self)
        self._wake.setSingleShot(True)
        self._wake.setTimerType(Qt.TimerType.PreciseTimer)
        self._wake.timeout.connect(self.tick)
        self._speech_poll = QTimer(self)
        self._speech_poll.setInterval(SPEECH_POLL_MS)
        self._speech_poll.timeout.connect(self.poll_speech)

    # -- life cycle -------------------------------------------------------------------
    def start_speech(self) -> None:
        """Start the speech worker and render tonight's lines ahead of need."""
        self._speaker.start()
        self.apply_settings()
        self._speaker.prepare(self._stretch_lines())
        self._speech_poll.start()

    def apply_settings(self) -> None:
        options = voice_options(self._settings())
        self._speaker.configure(options)
        self._speech_poll.start()  # to hear how the worker took the new voice
        if self._prepared_for not in (None, options):
            self._speaker.prepare(self._stretch_lines())  # a new voice or rate: render ahead
        self._prepared_for = options

    def shutdown(self) -> None:
        """Quitting mid-stretch or mid-timer records it as stopped, then closes speech."""
        if self._night.stage in (Stage.STRETCH, Stage.FOLLOWUP, Stage.ROUTINE):
            self.stop()
        self._wake.stop()
        self._speech_poll.stop()
        self._speaker.close()

    # -- the person's intents ----------------------------------------------------------
    @property
    def active(self) -> bool:
        """A stretch, a follow-up or its questions are on screen."""
        return self._night.stage is not Stage.IDLE

    @property
    def stage(self) -> Stage:
        return self._night.stage

    def snapshot(self) -> NightSnapshot:
        return self._night.snapshot()

    def start(self) -> None:
        """Cramp now, from any page (and `--now`): a new cramp always gets an answer.

        During the stretch it goes on (a new round once the round is over); during heat
        it asks whether the pad is off; during cold or massage it ends the timer."""
        stage = self._night.stage
        if stage is Stage.STRETCH:
            self._cramp_during_stretch()
            return
        running = self._night.snapshot().followup
        if stage is Stage.SWITCH_OFF or (stage is Stage.FOLLOWUP and running is not None
                                         and care(running).pad):
            self._speaker.silence()
            self._after(self._night.pad_check())
            return
        if stage is Stage.FOLLOWUP:
            self._speaker.silence()
            self._after(self._night.stop())  # the timer's end is kept in the diary
        if not self._night.can(Move.CRAMP):
            return
        settings = self._settings()
        events = self._night.cramp()
        self._speaker.prepare(self._stretch_lines())
        self._speech_poll.start()
        log.info("session started: %s, hold %s s", settings.variant.value, settings.hold_seconds)
        self.session_started.emit(settings)
        self._after(events)

    def _cramp_during_stretch(self) -> None:
        phase = self._night.phase
        if phase is Phase.ROUND_DONE:
            self.again()
        elif phase is Phase.PAUSED:
            self.toggle_pause()
        else:
            self._say("stretch-on", translate("controller", "The stretch is on. Follow the voice."),
                      chime=False)
            self._speech_poll.start()

    def cancel(self) -> None:
        """"Oops, not a cramp": in the get-into-position step or the rating."""
        if self._night.snapshot().can_cancel:
            self._speaker.silence()
            self._after(self._night.mistake())
            self.notice.emit(translate("controller", "Not a cramp: nothing was written in "
                                       "your diary."))

    def escape(self) -> None:
        """Esc: a mistaken press while getting into position; else as Stop."""
        if self._night.stage is Stage.STRETCH and self._night.snapshot().can_cancel:
            self.cancel()
        else:
            self.stop()

    def primary(self) -> None:
        """Space / Enter: what the moment calls for."""
        stage, phase = self._night.stage, self._night.phase
        if stage in (Stage.IDLE,):
            self.start()
        elif stage is Stage.SWITCH_OFF:
            self.acknowledge()
        elif stage is Stage.AFTERCARE:
            self.finish_care()
        elif stage is Stage.RATING:
            self.confirm_rating()
        elif phase is Phase.ROUND_DONE:
            if not self._night.snapshot().red_flags:  # after them: help, not another round
                self.again()
        else:
            self.toggle_pause()

    def toggle_pause(self) -> None:
        """Pause silences the voice; a line it cut off is said again on Resume."""
        phase = self._night.phase
        if phase is Phase.RUNNING:
            self._cut = self._line_still_spoken()
            self._speaker.silence()
            events = self._night.pause()
            if self._night.phase is Phase.PAUSED:
                self._say(PAUSED_KEY, paused_text(), chime=False, remember=False)
            self._after(events)
        elif phase is Phase.PAUSED:
            cut, self._cut = self._cut, None
            events = self._night.resume()
            if not any(isinstance(e, CueDue) for e in events):
                # one line: a second said at once would cut the first off
                text = f"{resumed_text()} {cut[1]}" if cut is not None else resumed_text()
                self._say(RESUMED_KEY, text, chime=False, remember=False)
                if cut is not None:  # a pause during it cuts the line, not "Going on."
                    self._speaking = (*cut, self._clock.monotonic()
                                      + spoken_seconds(resumed_text(), self._settings().voice_rate))
            self._after(events)

    def _line_still_spoken(self) -> tuple[str, str] | None:
        """The line being spoken now, if any: said less than its speaking time ago and
        not yet heard to its end."""
        if self._speaking is None:
            return None
        key, text, said_at = self._speaking
        rate = self._settings().voice_rate
        if self._clock.monotonic() - said_at >= spoken_seconds(text, rate):
            return None
        return key, text

    def skip(self) -> None:
        """S: on to the next stretch of a routine. Only there is a Skip button on screen;
        elsewhere the key would end a hold or the heat timer unseen."""
        if self._night.stage is Stage.ROUTINE and self._night.phase is Phase.RUNNING:
            self._speaker.silence()
            self._after(self._night.skip())

    def stop(self) -> None:
        """Esc: stop the stretch or the timer; leave the questions without an answer."""
        stage = self._night.stage
        if stage in (Stage.STRETCH, Stage.FOLLOWUP, Stage.ROUTINE):
            self._speaker.silence()
            self._after(self._night.stop())
        elif stage is Stage.AFTERCARE:
            self.finish_care()
        elif stage is Stage.RATING:
            self.rate(None, None)

    def again(self) -> None:
        if self._night.phase is Phase.ROUND_DONE:
            self._after(self._night.again())

    def better(self) -> None:
        if self._night.phase is Phase.ROUND_DONE:
            self._after(self._night.better())

    def care_instead(self) -> None:
        if self._night.phase is Phase.ROUND_DONE and not self._night.snapshot().red_flags:
            self._after(self._night.care_instead())

    def followup(self, kind: FollowupKind) -> None:
        if self._night.can(Move.FOLLOWUP) and kind in offered_followups(self._night.snapshot()):
            self._after(self._night.followup(kind))
            plan = followup_plan(kind, self._minutes(kind))
            self._speaker.prepare((*plan_texts(plan), switch_off_text()))

    def acknowledge(self) -> None:
        """The pad is off; after a new cramp's question the stretch starts at once."""
        if self._night.stage is Stage.SWITCH_OFF:
            new_cramp = self._night.snapshot().pad_ask is PadAsk.NEW_CRAMP
            self._speaker.silence()
            self._after(self._night.acknowledge())
            if new_cramp:
                self.start()

    def finish_care(self) -> None:
        if self._night.stage is Stage.AFTERCARE:
            self._after(self._night.finish_care())

    def rate(self, severity: int | None, leg: Leg | None) -> None:
        if self._night.stage is Stage.RATING:
            self._after(self._night.rate(severity, leg))

    def choose_severity(self, value: int) -> None:
        """A number on the rating, kept on Done or after a short pause."""
        self._rating_choice(lambda: self._night.choose_severity(value))

    def type_digit(self, digit: int) -> None:
        self._rating_choice(lambda: self._night.type_digit(digit))

    def choose_leg(self, leg: Leg) -> None:
        self._rating_choice(lambda: self._night.choose_leg(leg))

    def _rating_choice(self, choose: Callable[[], None]) -> None:
        """A choice on the rating page (ignored elsewhere), then shown and its pause timed."""
        if self._night.stage is Stage.RATING:
            choose()
            self._after([])

    def confirm_rating(self) -> None:
        if self._night.stage is Stage.RATING:
            self._after(self._night.confirm_rating())

    def routine(self, name: str | None = None) -> str | None:
        """Start a routine by name (None: the bedtime routine of the settings).

        Returns None when it started, else one plain sentence why not."""
        wanted = name if name is not None else self._settings().bedtime_routine
        routine = find_routine(wanted, self._routines())
        if routine is None:
            return translate("controller", "There is no routine called “{name}”.").format(
                name=wanted)
        if not self._night.can(Move.ROUTINE):
            return translate("controller", "Finish what is on the screen first.")
        settings = self._settings()
        plan = routine_plan(routine, settings.voice_rate if settings.voice_enabled else None)
        events = self._night.routine(routine, plan)
        self._speaker.prepare(plan_texts(plan))
        self._speech_poll.start()
        self._after(events)
        return None

    def announce(self, key: str, text: str) -> None:
        """Say a line that belongs to no session (the bedtime reminder)."""
        self._say(key, text, chime=True)
        self._speech_poll.start()

    def preview(self, text: str) -> None:
        """Say ``text`` as a routine would (the editor's "Speak this step")."""
        self._speaker.say("preview", text)
        self._speech_poll.start()

    def test_voice(self, options: VoiceOptions | None = None) -> None:
        if options is not None:  # the dialog's choices, for the lines' language
            self._speaker.configure(replace(options, language=spoken_language()))
        self._speaker.say("test-voice", translate("cues", "This is the voice that will guide you."))
        self._speech_poll.start()

    # -- time ---------------------------------------------------------------------------
    def tick(self) -> None:
        events: list[NightEvent] = []
        if not self._speaker.busy():  # whatever was sent has been said (or never will be)
            events += self._night.said()
        self._after([*events, *self._night.update()])

    @property
    def polling_speech(self) -> bool:
        """The speech poll runs (every SPEECH_POLL_MS), as it should only while speech or
        a session is under way."""
        return self._speech_poll.isActive()

    def poll_speech(self) -> None:
        for event in self._speaker.poll():
            self._on_speech(event)
        if not self.active and not self._speaker.busy():
            # Nothing on screen and nothing left to say: the idle app (in the tray all
            # day) should not wake ten times a second. Whatever speaks starts it again.
            self._speech_poll.stop()

    # -- inside ---------------------------------------------------------------------------
    def _plan(self) -> Plan:
        s = self._settings()
        return cramp_plan(s.variant, position_seconds(s), s.hold_seconds)

    def _stretch_lines(self) -> tuple[str, ...]:
        """What a stretch may say, to render ahead of need (the warning signs come with
        the round's last cue)."""
        plan = self._plan()
        last = plan[-1].cues[-1].text if plan and plan[-1].cues else None
        return (*plan_texts(plan), warning_after(last), question_after(last), round_question(),
                paused_text(), resumed_text())

    def _minutes(self, kind: FollowupKind) -> int:
        """The minutes set for `kind` (its Settings field; 0 for a fixed length)."""
        setting = care(kind).setting
        return int(getattr(self._settings(), setting)) if setting else 0

    def _after(self, events: Sequence[NightEvent]) -> None:
        for event in events:
            if isinstance(event, CueDue):
                self._say(event.cue.key, event.cue.text, event.cue.chime,
                          droppable=event.cue.droppable)
            elif isinstance(event, Say):
                self._say(event.key, event.text, event.chime)
            elif isinstance(event, PhaseChanged):
                log.info("phase %s -> %s (%s)", event.old.value, event.new.value,
                         event.action.value)
            elif isinstance(event, StageChanged):
                log.info("stage %s -> %s", event.old.value, event.new.value)
        snapshot = self._night.snapshot()
        self.snapshot_changed.emit(snapshot)
        if snapshot.stage is Stage.STRETCH:
            self.session_progressed.emit(snapshot)
        for event in events:
            if isinstance(event, CrampEnded):
                log.info("stretch ended: %s after %d round(s), %.0f s held",
                         event.outcome.value, event.rounds, event.stretch_seconds)
                self.session_ended.emit(event)
            elif isinstance(event, FollowupEnded):
                log.info("%s ended after %.1f min", event.kind.value, event.minutes)
                self.followup_ended.emit(event)
            elif isinstance(event, Rated):
                self.rated.emit(event)
            elif isinstance(event, CrampCancelled):
                log.info("not a cramp: the entry is not kept")
                self.session_cancelled.emit(event)
            elif isinstance(event, RoutineStarted):
                log.info("routine started: %s", event.name)
                self.routine_started.emit(event)
            elif isinstance(event, RoutineEnded):
                log.info("routine ended: %s, %s", event.name, event.outcome.value)
                self.routine_ended.emit(event)
        busy = snapshot.stage in BUSY
        if busy is not self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
        self._schedule()

    def _schedule(self) -> None:
        delay = self._night.wake_delay()
        if delay is None:
            self._wake.stop()
            return
        # A QTimer stops while the computer sleeps: wake at least each second, so an
        # alarm due during sleep is said right after waking.
        delay = min(delay, FRAME_SECONDS if self._night.phase is Phase.RUNNING else 1.0)
        self._wake.start(max(0, math.ceil(delay * 1000)))

    def _say(self, key: str, text: str, chime: bool, droppable: bool = False,
             remember: bool = True) -> None:
        """``droppable``: a countdown number, which the worker may drop when late.
        ``remember``: a pause that cuts this line off says it again on Resume."""
        log.info("cue %s: %s", key, text)
        if self._settings().voice_enabled and not self._voice_missing:
            self._speaker.say(key, text, droppable)
            self._speaking = (key, text, self._clock.monotonic()) if remember else None
        elif chime:
            self._speaker.chime(key)

    def _on_speech(self, event: SpeechEvent) -> None:
        kind = event.kind
        if (kind is SpeechEventKind.FINISHED and not event.detail and self._speaking
                and self._speaking[0] == event.key):
            self._speaking = None  # heard to its end
        if kind is SpeechEventKind.FINISHED:
            events = self._night.said(event.key)  # a step that waited for it goes on
            if events:
                self._after(events)
        elif kind is SpeechEventKind.STARTED:
            log.info("spoke %s with %s", event.key, event.detail or "?")
            self.cue_started.emit(event.key, event.at)
        elif kind in (SpeechEventKind.NO_ENGINE, SpeechEventKind.NO_SOUND,
                      SpeechEventKind.FALLBACK, SpeechEventKind.NO_VOICE):
            self._voice_missing = self._voice_missing or kind in (SpeechEventKind.NO_ENGINE,
                                                                  SpeechEventKind.NO_VOICE)
            if kind not in self._told:
                self._told.add(kind)
                log.warning("speech: %s: %s", kind.name, event.detail)
                self.notice.emit(event.detail)
        elif kind in (SpeechEventKind.RESTARTED, SpeechEventKind.ERROR):
            log.warning("speech: %s: %s", kind.name, event.detail)
        elif kind is SpeechEventKind.VOICE:
            log.info("speech: the voice is %s", event.detail)
        if not self.active and not self._speaker.busy():
            self._speech_poll.stop()
