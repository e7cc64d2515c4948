"""The pages of a night's cramp: the countdown, the round's end, the follow-up choice,
the switch-off alarm and the rating. Built by `MainWindow.complete()` after the first
paint; renders `NightSnapshot`s and turns buttons and keys into its own signals, which
the window passes on. No timing and no decisions here.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cached_property

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cramp_timer.core.aftercare import CARE_KINDS, followup_title
from cramp_timer.core.guidance import red_flags_short
from cramp_timer.core.night import NightSnapshot, PadAsk, Stage, offered_followups
from cramp_timer.core.session import Phase, Snapshot
from cramp_timer.i18n import translate
from cramp_timer.routines.model import routine_title
from cramp_timer.routines.progress import progress_text, routine_progress
from cramp_timer.storage.diary import FollowupKind, Leg
from cramp_timer.ui.key_badge import show_key
from cramp_timer.ui.ring import CountdownRing
from cramp_timer.ui.warning_control import set_look, set_urgent, warning_signs_button
from cramp_timer.ui.widgets import make_button

PRIMARY_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
# shown on their buttons (`key_badge`); B for Both is the window's B key (`b_pressed`)
CARE_KEY_CODES = {getattr(Qt.Key, f"Key_{spec.key}"): spec.kind for spec in CARE_KINDS}
LEG_KEYS = {Leg.LEFT: "L", Leg.RIGHT: "R", Leg.BOTH: "B"}
LEG_KEY_CODES = {Qt.Key.Key_L: Leg.LEFT, Qt.Key.Key_R: Leg.RIGHT}
DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


# The smallest size a long line is set in to keep within its label's line budget.
MIN_FIT_PX = 12
# A caregiver's note (up to 1000 characters) shows this much on the run page; the whole of
# it is on the Routines page, and in the note's tooltip.
NOTE_SHOWN_CHARS = 140


def shortened(text: str, limit: int) -> str:
    """``text``, or as many of its words as fit in ``limit`` characters, and "…"."""
    if len(text) <= limit:
        return text
    cut = text[:limit + 1]
    end = max(cut.rfind(" "), cut.rfind("\n"))  # after the last word that fits
    return (cut[:end] if end > 0 else text[:limit]).rstrip(" ,.;:\n") + "…"


class WrappedLabel(QLabel):
    """A word-wrapped label that is always tall enough for all its lines.

    A page in a QStackedWidget gets no height-for-width layout, so a plain wrapped label
    is sized for one width and clips its last lines at another. With ``max_lines``, a
    text that needs more lines of the theme's font than that is set smaller (down to
    MIN_FIT_PX) to fit in their height: the window grows to fit its labels, and a long
    spoken line would otherwise push it, and the buttons under the text, off a
    768-pixel screen."""

    def __init__(self, text: str = "", max_lines: int = 0) -> None:
        super().__init__(text)
        self._max_lines = max_lines
        self._fitted: tuple[str, int] | None = None
        self._restyling = False
        self._refit_due = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and \
                not self._restyling and not self._refit_due:
            self._refit_due = True  # the window was set smaller or larger (`ui.fitting`)
            QTimer.singleShot(0, self, self._refit)

    def _refit(self) -> None:
        self._refit_due = False
        self._fitted = None
        self._fit()

    def _fit(self) -> None:
        if not self.wordWrap():
            return
        width = self.width()
        if self._max_lines and (self.text(), width) != self._fitted:
            self._fitted = (self.text(), width)
            self._shrink_to_fit(width)
        needed = self.heightForWidth(width)
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def _shrink_to_fit(self, width: int) -> None:
        self._restyling = True
        try:
            if self.styleSheet():
                self.setStyleSheet("")  # back to the theme's size
            theme = self.font()
            budget = self._max_lines * math.ceil(QFontMetricsF(theme).lineSpacing())
            size = theme.pixelSize()
            while size > MIN_FIT_PX and self.heightForWidth(width) > budget:
                size = max(MIN_FIT_PX, size - 2)
                self.setStyleSheet(f"font-size: {size}px;")
        finally:
            self._restyling = False


def label(object_name: str, description: str, wrap: bool = True,
          max_lines: int = 0) -> QLabel:
    """A label whose text changes; no accessible name, so readers read the text itself."""
    text = WrappedLabel("", max_lines)
    text.setObjectName(object_name)
    text.setAlignment(Qt.AlignmentFlag.AlignCenter)
    text.setWordWrap(wrap)
    text.setAccessibleDescription(description)
    return text


def scale_hint() -> str:
    return translate("NightView", "0 is no pain, 10 the worst you can imagine. "
                     "Keys 0 to 9 work too; 1 then 0 is 10.")


def chosen_hint(severity: int) -> str:
    return translate("NightView", "%1 of 10. Kept in a few seconds, or press Done now."
                     ).replace("%1", str(severity))


def check_only(group: QButtonGroup, button: QAbstractButton | None) -> None:
    """Check ``button`` of an exclusive group, or none of them."""
    if group.checkedButton() is button:
        return
    if button is not None:
        button.setChecked(True)
        return
    checked = group.checkedButton()
    group.setExclusive(False)
    if checked is not None:
        checked.setChecked(False)
    group.setExclusive(True)


def clock_text(seconds: int) -> str:
    """45 for short holds; 14:59 once a timer runs for minutes."""
    if seconds < 60:
        return str(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


class NightView(QObject):
    """The night's pages, added to ``pages``. ``reading()`` says whether a page to read
    (the Warning signs, Tips) is open over them; ``show_idle()`` shows the idle page. What
    the person asks for comes out as this view's signals (the window passes them on)."""

    start_requested = Signal()  # Cramp now, or N: a new cramp
    primary_requested = Signal()  # Space / Enter: what the moment calls for
    pause_requested = Signal()
    stop_requested = Signal()
    skip_requested = Signal()
    not_a_cramp_requested = Signal()
    again_requested = Signal()
    better_requested = Signal()
    care_instead_requested = Signal()
    followup_requested = Signal(object)  # FollowupKind
    switched_off = Signal()
    care_done = Signal()
    rating_given = Signal(object, object)  # Skip: None and the leg chosen, if any
    severity_chosen = Signal(int)
    digit_typed = Signal(int)
    leg_chosen = Signal(object)  # Leg
    rating_done = Signal()
    warning_signs_requested = Signal()

    def __init__(self, pages: QStackedWidget, reading: Callable[[], bool],
                 show_idle: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reading = reading
        self._show_idle = show_idle
        self._pages = pages
        self._stage: Stage | None = None
        self._phase: Phase | None = None
        self._red_flags = False  # shown on the round's end: Space and Enter open them then
        # The countdown is built now (a tap must show it at once); the pages that come
        # half a minute later are built when first needed, which keeps start-up lean.
        self._own: list[QWidget] = []
        self.cramp_now_buttons: list[QPushButton] = []  # one on each page
        self._chosen_severity: int | None = None  # the rating as last rendered
        self._chosen_leg: Leg | None = None
        self.run_page = self._add(self._build_run_page())

    def _add(self, page: QWidget) -> QWidget:
        self._own.append(page)
        self._pages.addWidget(page)
        return page

    @cached_property
    def done_page(self) -> QWidget:
        return self._add(self._build_done_page())

    @cached_property
    def care_page(self) -> QWidget:
        return self._add(self._build_care_page())

    @cached_property
    def switch_off_page(self) -> QWidget:
        return self._add(self._build_switch_off_page())

    @cached_property
    def rating_page(self) -> QWidget:
        return self._add(self._build_rating_page())

    def _cramp_now_button(self) -> QPushButton:
        """A new cramp always gets an answer, whatever the page."""
        button = make_button(self.tr("Cramp now"), self.tr("A new cramp: start the stretch"),
                             object_name="pageCrampNow")
        button.clicked.connect(self.start_requested.emit)
        show_key(button, "N")
        self.cramp_now_buttons.append(button)
        return button

    def _with_cramp_now(self, top: QWidget) -> QHBoxLayout:
        """``top``, the page's first line, with a Cramp now beside it."""
        row = QHBoxLayout()
        row.addWidget(top, 1)
        row.addWidget(self._cramp_now_button(), 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _ring_with_cramp_now(self) -> QWidget:
        """The ring, with a Cramp now over its top corner (clear of the circle): one grid
        cell holds both, so the button costs the page no height."""
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.ring, 0, 0)
        self.ring_cramp_now = self._cramp_now_button()
        grid.addWidget(self.ring_cramp_now, 0, 0,
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.ring_cramp_now.raise_()
        return holder

    # -- building --------------------------------------------------------------------
    def _build_run_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(10)
        self.round_label = label("round", self.tr("Round number, or which timer runs"))
        # within the window's first height even with a routine's long instruction
        self.instruction = label("instruction", self.tr("What to do now"), max_lines=5)
        self.ring = CountdownRing()
        self.caption = label("caption", self.tr("Spoken words"), max_lines=2)
        # a caregiver's routine: who prescribed it and their note, as it starts
        self.routine_note = label("hint", self.tr("Who prescribed this routine, and their note"),
                                  max_lines=4)
        self.routine_note.hide()
        top = QHBoxLayout()  # (not in the button row: that would widen the window)
        top.addWidget(self.round_label, 1)
        self.run_warning = warning_signs_button(self.warning_signs_requested)
        top.addWidget(self.run_warning)
        layout.addLayout(top)
        # a routine: which stretch of how many, which leg, which hold
        self.progress = label("round", self.tr("Where the routine is"))
        self.progress.hide()
        layout.addWidget(self.progress)
        layout.addWidget(self.routine_note)
        layout.addWidget(self.instruction)
        layout.addWidget(self._ring_with_cramp_now(), 1)
        layout.addWidget(self.caption)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.pause_button = make_button(self.tr("Pause"), self.tr("Pause or resume (P or Space)"),
                                        object_name="big")
        self.pause_button.clicked.connect(self.pause_requested.emit)
        self.stop_button = make_button(self.tr("Stop"), self.tr("Stop (Esc)"),
                                       object_name="big")
        self.stop_button.clicked.connect(self.stop_requested.emit)
        self.skip_button = make_button(self.tr("Skip"), self.tr("On to the next stretch (S)"),
                                       self.tr("Skip to the next stretch"), "big")
        self.skip_button.clicked.connect(self.skip_requested.emit)
        self.oops_button = make_button(self.tr("Not a cramp"),
                                       self.tr("A mistaken press: stop, and nothing goes in "
                                               "the diary (Esc)"))
        self.oops_button.clicked.connect(self.not_a_cramp_requested.emit)
        show_key(self.oops_button, "Esc")
        self.oops_button.hide()  # only while getting into position for the first round
        row.addWidget(self.oops_button, 1)
        row.addWidget(self.pause_button, 1)
        row.addWidget(self.skip_button, 1)
        row.addWidget(self.stop_button, 1)
        layout.addLayout(row)
        for button, key in ((self.pause_button, "P"), (self.skip_button, "S"),
                            (self.stop_button, "Esc")):
            show_key(button, key)
        return page

    def _build_done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(14)
        self.done_round = label("round", self.tr("Round number"))
        self.done_caption = label("caption", self.tr("Spoken words"))
        self.red_flags = label("redFlags", self.tr("Warning signs"))
        self.red_flags.setText("\n".join(red_flags_short()))
        self.red_flags.setMargin(10)  # not QSS padding: a wrapped label then clips its end
        self.red_flags.hide()
        # first and focused once red flags show
        self.red_flags_more = warning_signs_button(self.warning_signs_requested)
        self.question = label("question", self.tr("Question"))
        self.question.setText(self.tr("How is the cramp now?"))
        self.better_button = make_button(self.tr("Better"), self.tr("The cramp has eased (B)"),
                                         object_name="bigAccent")
        self.better_button.clicked.connect(self.better_requested.emit)
        self.again_button = make_button(self.tr("Still cramping — again"),
                                        self.tr("Another round of the same stretch (A or Space)"),
                                        object_name="big")
        self.again_button.clicked.connect(self.again_requested.emit)
        self.instead_button = make_button(self.tr("Heat or massage instead"),
                                          self.tr("Try warmth or a massage instead of stretching"))
        self.instead_button.clicked.connect(self.care_instead_requested.emit)
        self.done_stop = make_button(self.tr("Stop"), self.tr("End without an answer (Esc)"))
        self.done_stop.clicked.connect(self.stop_requested.emit)
        layout.addLayout(self._with_cramp_now(self.done_round))
        layout.addWidget(self.done_caption)
        layout.addWidget(self.red_flags)
        layout.addWidget(self.red_flags_more)
        layout.addStretch(1)
        layout.addWidget(self.question)
        layout.addStretch(1)
        layout.addWidget(self.better_button)
        layout.addWidget(self.again_button)
        row = QHBoxLayout()
        row.addWidget(self.instead_button)
        row.addStretch(1)
        row.addWidget(self.done_stop)
        layout.addLayout(row)
        for button, key in ((self.better_button, "B"), (self.again_button, "A / Space"),
                            (self.instead_button, "H"), (self.done_stop, "Esc")):
            show_key(button, key)
        return page

    def _build_care_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(14)
        self.care_question = label("question", self.tr("Question"))
        self.care_question.setText(self.tr("Anything else for the sore calf?"))
        layout.addLayout(self._with_cramp_now(self.care_question))
        layout.addStretch(1)
        self.care_buttons: dict[FollowupKind, QPushButton] = {}
        for spec in CARE_KINDS:
            button = make_button(spec.title(), spec.choice(), spec.title(), "big")
            button.clicked.connect(lambda _c=False, k=spec.kind: self.followup_requested.emit(k))
            show_key(button, spec.key)
            layout.addWidget(button)
            self.care_buttons[spec.kind] = button
        # after the warning signs: no heat, no massage (they could harm a leg with a clot)
        self.care_warning = label("hint", self.tr("Why only cold is offered"))
        # Translator: after the warning signs: must say no heat and no massage, and cold only once
        # the cramp has passed. Add no reason.
        self.care_warning.setText(self.tr("After the warning signs: no heat and no massage. "
                                          "Cold only once the cramp has passed."))
        self.care_warning.hide()
        layout.addWidget(self.care_warning)
        layout.addStretch(1)
        self.care_done_button = make_button(self.tr("No, I'm done"),
                                            self.tr("Finish and rate the cramp (Space)"),
                                            object_name="bigAccent")
        self.care_done_button.clicked.connect(self.care_done.emit)
        show_key(self.care_done_button, "Space")
        done_row = QHBoxLayout()
        self.care_warning_button = warning_signs_button(self.warning_signs_requested)
        done_row.addWidget(self.care_warning_button)
        done_row.addWidget(self.care_done_button, 1)
        layout.addLayout(done_row)
        return page

    def _build_switch_off_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.switch_off_text = label("alarm", self.tr("Reminder"))
        layout.addLayout(self._with_cramp_now(QWidget()))
        layout.addStretch(1)
        layout.addWidget(self.switch_off_text)
        self.switch_off_count = label("hint", self.tr("How often you were reminded"))
        layout.addWidget(self.switch_off_count)
        layout.addStretch(1)
        self.switched_off_button = make_button(self.tr("It is off"),
                                               self.tr("The heating pad is off (Space)"),
                                               object_name="bigAccent")
        self.switched_off_button.clicked.connect(self.switched_off.emit)
        show_key(self.switched_off_button, "Space")
        layout.addWidget(self.switched_off_button)
        self.switch_off_warning = warning_signs_button(self.warning_signs_requested)
        layout.addWidget(self.switch_off_warning)
        return page

    def _build_rating_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        question = label("question", self.tr("Question"))
        question.setText(self.tr("How bad was it?"))
        layout.addLayout(self._with_cramp_now(question))
        self.rating_hint = label("hint", self.tr("Scale"))
        self.rating_hint.setText(scale_hint())
        layout.addWidget(self.rating_hint)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.severity_buttons: list[QPushButton] = []
        self.score_group = QButtonGroup(page)
        self.score_group.setExclusive(True)
        for value in range(11):
            button = make_button(str(value), self.tr("Rate the cramp %1 of 10").replace(
                "%1", str(value)), self.tr("%1 of 10").replace("%1", str(value)), "score")
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, v=value: self.severity_chosen.emit(v))
            self.score_group.addButton(button)
            grid.addWidget(button, value // 6, value % 6)
            self.severity_buttons.append(button)
        layout.addLayout(grid, 1)
        which = label("hint", self.tr("Which leg"))
        which.setText(self.tr("Which leg? (if you like)"))
        layout.addWidget(which)
        legs = QHBoxLayout()
        self.leg_group = QButtonGroup(page)
        self.leg_group.setExclusive(True)
        self.leg_buttons: dict[Leg, QPushButton] = {}
        for leg, text, name in ((Leg.LEFT, self.tr("Left"), self.tr("Left leg")),
                                (Leg.RIGHT, self.tr("Right"), self.tr("Right leg")),
                                (Leg.BOTH, self.tr("Both"), self.tr("Both legs"))):
            button = make_button(text, self.tr("The cramp was in this leg"), name)
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, g=leg: self.leg_chosen.emit(g))
            show_key(button, LEG_KEYS[leg])
            self.leg_group.addButton(button)
            legs.addWidget(button, 1)
            self.leg_buttons[leg] = button
        layout.addLayout(legs)
        self.skip_rating = make_button(self.tr("Skip"), self.tr("No rating this time (Esc)"),
                                       self.tr("Skip the rating"))
        self.skip_rating.clicked.connect(
            lambda: self.rating_given.emit(None, self._chosen_leg))
        show_key(self.skip_rating, "Esc")
        self.rating_done_button = make_button(self.tr("Done"),
                                              self.tr("Keep this rating now (Enter)"),
                                              self.tr("Done rating"))
        self.rating_done_button.clicked.connect(self.rating_done.emit)
        show_key(self.rating_done_button, "Enter")
        self.rating_oops = make_button(self.tr("Not a cramp"),
                                       self.tr("It was a mistaken press: nothing goes in the "
                                               "diary"))
        self.rating_oops.clicked.connect(self.not_a_cramp_requested.emit)
        show_key(self.rating_oops, "X")
        row = QHBoxLayout()
        row.addWidget(self.rating_oops)
        self.rating_warning = warning_signs_button(self.warning_signs_requested)
        row.addWidget(self.rating_warning)
        row.addStretch(1)
        row.addWidget(self.skip_rating)
        row.addWidget(self.rating_done_button)
        layout.addLayout(row)
        return page

    # -- rendering -------------------------------------------------------------------
    def owns(self, page: QWidget | None) -> bool:
        return page in self._own

    def show_snapshot(self, night: NightSnapshot) -> None:
        entering = night.stage is not self._stage
        session = night.session
        phase = session.phase if session is not None else None
        entering = entering or phase is not self._phase
        self._stage, self._phase = night.stage, phase
        self._red_flags = False  # set below while the round's end shows them
        stage = night.stage
        if stage is Stage.IDLE:
            if entering:
                self._show_idle()
        elif stage is Stage.AFTERCARE:
            page = self.care_page
            offered = offered_followups(night)
            for kind, button in self.care_buttons.items():
                button.setVisible(kind in offered)
            self.care_warning.setVisible(night.red_flags)
            self._show(page, self.care_done_button, entering)
        elif stage is Stage.SWITCH_OFF:
            page = self.switch_off_page  # built on first use
            asks = night.switch_off_asks
            self._render_pad_ask(night.pad_ask)
            self.switch_off_count.setText(
                self.tr("Reminded %1 times").replace("%1", str(asks)) if asks > 1 else "")
            self._show(page, self.switched_off_button, entering)
        elif stage is Stage.RATING:
            page = self.rating_page
            self._render_rating(night, entering)
            self._show(page, self.skip_rating, entering)
        elif session is not None and session.phase is Phase.ROUND_DONE:
            page = self.done_page
            self.done_round.setText(self.tr("Round %n", "", session.round))
            self.done_caption.setText(session.caption)
            self.red_flags.setVisible(night.red_flags)
            # room for the warning: it takes the place of the caption and the question;
            # the next step is help, so heat or massage "instead" is not offered
            self.done_caption.setVisible(not night.red_flags)
            self.question.setVisible(not night.red_flags)
            self.instead_button.setVisible(not night.red_flags)
            self._red_flags = night.red_flags
            set_urgent(self.red_flags_more, night.red_flags)
            set_look(self.better_button, "big" if night.red_flags else "bigAccent")
            # after the warning signs Space opens them; another round is A only
            show_key(self.again_button, "A" if night.red_flags else "A / Space")
            self.again_button.setToolTip(
                self.tr("Another round of the same stretch (A)") if night.red_flags
                else self.tr("Another round of the same stretch (A or Space)"))
            focus = self.red_flags_more if night.red_flags else self.again_button
            self._show(page, focus, entering)
        elif session is not None:
            self._render_countdown(night, session)
            self._show(self.run_page, self.pause_button, entering)

    def _render_pad_ask(self, ask: PadAsk | None) -> None:
        """"Time is up" only when it is; a new cramp asks first whether the pad is off."""
        if ask is PadAsk.NEW_CRAMP:
            # Translator: heat-pad safety (question and its button): must ask whether the heating
            # pad is off; the stretch starts only once it is.
            text, button = self.tr("A new cramp? Is the heating pad off?"), self.tr(
                "Yes, it is off: stretch")
        elif ask is PadAsk.STOPPED:
            # Translator: safety: the heat was stopped; must say to switch the heating pad off. Keep
            # the line break.
            text, button = self.tr("Heat stopped.\nPlease switch the heating pad off."), \
                self.tr("It is off")
        else:
            # Translator: safety: heat time is over; must say to switch the heating pad off. Keep
            # the line break.
            text, button = self.tr("Time is up.\nPlease switch the heating pad off."), \
                self.tr("It is off")
        self.switch_off_text.setText(text)
        self.switched_off_button.setText(button)
        self.switched_off_button.setAccessibleName(button)

    def _render_countdown(self, night: NightSnapshot, session: Snapshot) -> None:
        self.skip_button.setVisible(night.routine is not None)
        self.oops_button.setVisible(night.can_cancel)
        if night.followup is not None:
            self.round_label.setText(followup_title(night.followup))
        elif night.routine is not None:
            self.round_label.setText(routine_title(night.routine))
        else:
            self.round_label.setText(self.tr("Round %n", "", session.round))
        self._render_routine_note(night, session)
        self._render_progress(night, session)
        step = session.step
        self.instruction.setText(step.title if step is not None else "")
        self.ring.set_state(session.progress, clock_text(session.display_seconds))
        paused = session.phase is Phase.PAUSED
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.setAccessibleName(self.pause_button.text())
        self.caption.setText(self.tr("Paused") if paused else session.caption)

    def _render_progress(self, night: NightSnapshot, session: Snapshot) -> None:
        place = (routine_progress(night.routine, session.step_index)
                 if night.routine is not None else None)
        self.progress.setText(progress_text(place) if place is not None else "")
        self.progress.setVisible(place is not None)

    def _render_routine_note(self, night: NightSnapshot, session: Snapshot) -> None:
        """A routine of the user's shows who prescribed it throughout, and its note
        while the first stretch is set up."""
        routine = night.routine
        lines: list[str] = []
        note = ""  # the whole note, while its start is shown
        if routine is not None and not routine.builtin:
            if routine.prescribed_by:
                lines.append(self.tr("Prescribed by %1").replace("%1", routine.prescribed_by))
            if routine.note and session.step_index == 0:
                note = routine.note
                lines.append(shortened(note, NOTE_SHOWN_CHARS))
        text = "\n".join(lines)
        if text != self.routine_note.text():
            self.routine_note.setText(text)
            self.routine_note.setToolTip(note if len(note) > NOTE_SHOWN_CHARS else "")
        self.routine_note.setVisible(bool(text))

    def _show(self, page: QWidget, focus: QWidget, entering: bool) -> None:
        if self._reading() and not entering:
            return  # the Warning signs (or Tips) stay open; the timer runs on behind them
        self._pages.setCurrentWidget(page)
        if entering:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _render_rating(self, night: NightSnapshot, entering: bool) -> None:
        severity, leg = night.chosen_severity, night.chosen_leg
        changed = severity != self._chosen_severity
        self._chosen_severity, self._chosen_leg = severity, leg
        check_only(self.score_group, None if severity is None
                   else self.severity_buttons[severity])
        check_only(self.leg_group, None if leg is None else self.leg_buttons[leg])
        self.rating_hint.setText(scale_hint() if severity is None else chosen_hint(severity))
        if changed and severity is not None and not entering:
            self.rating_done_button.setFocus(Qt.FocusReason.OtherFocusReason)  # Enter keeps it

    # -- keys ------------------------------------------------------------------------
    def b_pressed(self) -> None:
        """The window's B (Better): on the rating page, both legs."""
        if self._stage is Stage.RATING:
            self.leg_chosen.emit(Leg.BOTH)

    def key_pressed(self, event: QKeyEvent) -> bool:
        """Space / Enter: the primary intent; digits choose the rating's number;
        H, C, M choose heat, cold or massage; H after a round: care instead; L and R
        choose a leg on the rating page, X says it was not a cramp; N: a new cramp."""
        key = event.key()
        if key == Qt.Key.Key_N:
            self.start_requested.emit()  # a new cramp always gets an answer
            return True
        if self._stage is Stage.RATING and key == Qt.Key.Key_X:
            self.not_a_cramp_requested.emit()
            return True
        if key in PRIMARY_KEYS and self._red_flags_shown():
            self.warning_signs_requested.emit()  # help, never another round
            return True
        if key in PRIMARY_KEYS:
            self.primary_requested.emit()
            return True
        if self._stage is Stage.AFTERCARE and key in CARE_KEY_CODES:
            self.followup_requested.emit(CARE_KEY_CODES[Qt.Key(key)])
            return True
        if self._phase is Phase.ROUND_DONE and self._stage is Stage.STRETCH and \
                key == Qt.Key.Key_H:
            self.care_instead_requested.emit()
            return True
        if self._stage is Stage.RATING and key in LEG_KEY_CODES:
            self.leg_chosen.emit(LEG_KEY_CODES[Qt.Key(key)])
            return True
        if self._stage is Stage.RATING and key in DIGIT_KEYS:
            self.digit_typed.emit(DIGIT_KEYS[key])
            return True
        return False

    def _red_flags_shown(self) -> bool:
        return self._red_flags and not self._reading()
