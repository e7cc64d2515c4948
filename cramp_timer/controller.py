"""Connects the session to time, speech and the view.

QtCore only (a QTimer wakes the session; signals carry immutable snapshots to whoever
renders them). The timer never counts time: each wake asks the session what the clock
says and then sleeps until the next moment anything changes.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from cramp_timer.clock import Clock
from cramp_timer.cramp import cramp_plan, plan_texts
from cramp_timer.i18n import translate
from cramp_timer.session import CueDue, Event, Phase, PhaseChanged, Plan, Session, Snapshot
from cramp_timer.settings import Settings
from cramp_timer.speech import Speaker, SpeechEvent, SpeechEventKind, VoiceOptions

log = logging.getLogger(__name__)

# While something moves on screen, wake at least this often so the ring turns smoothly.
FRAME_SECONDS = 0.1
SPEECH_POLL_MS = 100
ACTIVE = (Phase.RUNNING, Phase.PAUSED, Phase.ROUND_DONE)


def voice_options(settings: Settings) -> VoiceOptions:
    return VoiceOptions(
        enabled=settings.voice_enabled,
        voice_id=settings.voice_id,
        rate=settings.voice_rate,
        volume=settings.voice_volume,
    )


class SessionController(QObject):
    snapshot_changed = Signal(object)  # Snapshot
    notice = Signal(str)  # one plain line for the person, shown once
    session_started = Signal(object)  # Snapshot
    session_ended = Signal(object)  # Snapshot with its outcome
    cue_started = Signal(str, float)  # cue key, monotonic moment the sound began

    def __init__(
        self,
        clock: Clock,
        speaker: Speaker,
        settings: Callable[[], Settings],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._speaker = speaker
        self._settings = settings
        self._session: Session | None = None
        self._voice_missing = False
        self._told: set[SpeechEventKind] = set()
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
        self._speaker.prepare(plan_texts(self._plan()))
        self._speech_poll.start()

    def apply_settings(self) -> None:
        self._speaker.configure(voice_options(self._settings()))

    def shutdown(self) -> None:
        self._wake.stop()
        self._speech_poll.stop()
        self._speaker.close()

    # -- the person's intents ----------------------------------------------------------
    @property
    def active(self) -> bool:
        return self._session is not None and self._session.phase in ACTIVE

    def snapshot(self) -> Snapshot | None:
        return self._session.snapshot() if self._session is not None else None

    def start(self) -> None:
        """Cramp now. A second press during a session does not restart it."""
        if self.active:
            return
        settings = self._settings()
        plan = self._plan()
        session = Session(self._clock, lambda _round: plan)
        self._session = session
        events = session.start()
        self._speaker.prepare(plan_texts(plan))
        self._speech_poll.start()
        log.info("session started: %s, hold %s s", settings.variant.value, settings.hold_seconds)
        self.session_started.emit(session.snapshot())
        self._after(events)

    def primary(self) -> None:
        """Space / Enter: start when idle, pause or resume while counting, again when done."""
        phase = self._session.phase if self._session is not None else Phase.IDLE
        if phase in (Phase.IDLE, Phase.ENDED):
            self.start()
        elif phase is Phase.ROUND_DONE:
            self.again()
        else:
            self.toggle_pause()

    def toggle_pause(self) -> None:
        session = self._session
        if session is None:
            return
        if session.phase is Phase.RUNNING:
            self._speaker.silence()
            self._after(session.pause())
        elif session.phase is Phase.PAUSED:
            self._after(session.resume())

    def stop(self) -> None:
        if not self.active:
            return
        assert self._session is not None
        self._speaker.silence()
        self._after(self._session.stop())

    def again(self) -> None:
        if self._session is not None and self._session.phase is Phase.ROUND_DONE:
            self._after(self._session.again())

    def better(self) -> None:
        if self._session is not None and self._session.phase is Phase.ROUND_DONE:
            self._after(self._session.better())

    def test_voice(self, options: VoiceOptions | None = None) -> None:
        if options is not None:
            self._speaker.configure(options)
        self._speaker.say("test-voice", translate("cues", "This is the voice that will guide you."))
        self._speech_poll.start()

    # -- time ---------------------------------------------------------------------------
    def tick(self) -> None:
        if self._session is not None:
            self._after(self._session.update())

    def poll_speech(self) -> None:
        for event in self._speaker.poll():
            self._on_speech(event)

    # -- inside ---------------------------------------------------------------------------
    def _plan(self) -> Plan:
        s = self._settings()
        return cramp_plan(s.variant, s.prep_seconds, s.hold_seconds)

    def _after(self, events: list[Event]) -> None:
        session = self._session
        assert session is not None
        for event in events:
            if isinstance(event, CueDue):
                self._say(event)
            elif isinstance(event, PhaseChanged):
                log.info("phase %s -> %s (%s)", event.old.value, event.new.value,
                         event.action.value)
        snapshot = session.snapshot()
        self.snapshot_changed.emit(snapshot)
        if snapshot.phase is Phase.ENDED and any(
                isinstance(e, PhaseChanged) and e.new is Phase.ENDED for e in events):
            log.info("session ended: %s after %d round(s), %.0f s held",
                     snapshot.outcome.value if snapshot.outcome else "?", snapshot.round,
                     snapshot.hold_seconds_done)
            self.session_ended.emit(snapshot)
        self._schedule(session)

    def _schedule(self, session: Session) -> None:
        wake = session.next_wake()
        if wake is None:
            self._wake.stop()
            return
        now = self._clock.monotonic()
        wake = min(wake, now + FRAME_SECONDS)
        self._wake.start(max(0, math.ceil((wake - now) * 1000)))

    def _say(self, due: CueDue) -> None:
        cue = due.cue
        log.info("cue %s: %s", cue.key, cue.text)
        if self._settings().voice_enabled and not self._voice_missing:
            self._speaker.say(cue.key, cue.text)
        elif cue.chime:
            self._speaker.chime(cue.key)

    def _on_speech(self, event: SpeechEvent) -> None:
        kind = event.kind
        if kind is SpeechEventKind.STARTED:
            self.cue_started.emit(event.key, event.at)
        elif kind in (SpeechEventKind.NO_ENGINE, SpeechEventKind.NO_SOUND):
            self._voice_missing = self._voice_missing or kind is SpeechEventKind.NO_ENGINE
            if kind not in self._told:
                self._told.add(kind)
                log.warning("speech: %s: %s", kind.name, event.detail)
                self.notice.emit(event.detail)
        elif kind in (SpeechEventKind.RESTARTED, SpeechEventKind.ERROR):
            log.warning("speech: %s: %s", kind.name, event.detail)
        if not self.active and not self._speaker.busy():
            self._speech_poll.stop()
