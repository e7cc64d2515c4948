"""The main window: renders snapshots and emits what the person asks for.

No timing and no decisions live here: every button or key only emits an intent signal.

Start-up is two steps, so the Cramp now button is on screen as early as possible:
``MainWindow()`` builds only the shell (the notice line and the idle page, with no
import of the session code and without touching Qt's large ``Qt`` namespace), and
``complete()`` builds the other pages (`night_view.NightView`) and the keys once the
window has painted. The composition root calls ``complete()``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cramp_timer.i18n import translate
from cramp_timer.ui.widgets import close_on_choice, make_button

if TYPE_CHECKING:  # (each Qt class costs its enums at first use: keep them off the first paint)
    from PySide6.QtGui import QCloseEvent, QKeyEvent
    from PySide6.QtWidgets import QBoxLayout

    from cramp_timer.core.night import NightSnapshot
    from cramp_timer.storage.window_state import WindowState
    from cramp_timer.ui.pages.guidance_pages import GuidePage
    from cramp_timer.ui.pages.night_view import NightView

IDLE_PAGE = 0


STEPS_ASIDE = "stepsAside"  # dialog property: hidden while the night's flow runs, then back


def add_cramp_now(dialog: QWidget, layout: QBoxLayout, *, steps_aside: bool) -> QPushButton | None:
    """A Cramp now button at the top of ``dialog``, a dialog over the main window: it
    blocks the window, never the stretch. When the stretch starts the window moves its
    dialogs out of the way: those that ``steps_aside`` hide and come back, with what was
    typed in them, once the window is idle again; the others are cancelled. Without a
    main window above it the dialog gets no button (None)."""
    window = dialog.parentWidget()
    while window is not None and not isinstance(window, MainWindow):
        window = window.parentWidget()
    dialog.setProperty(STEPS_ASIDE, steps_aside)
    from cramp_timer.ui.fitting import fit_to_screen

    fit_to_screen(dialog)  # never larger than its screen
    if window is None:
        return None
    button = make_button(translate("MainWindow", "Cramp now"),
                         translate("MainWindow", "Start a guided calf stretch"),
                         object_name="dialogCrampNow")
    button.setAutoDefault(False)  # Enter still answers the dialog
    button.clicked.connect(window.start_requested.emit)
    layout.insertWidget(0, button)
    return button


# The signals `NightView` and the window share: the window passes the view's on.
NIGHT_INTENTS = (
    "start_requested", "primary_requested", "pause_requested", "stop_requested",
    "skip_requested", "not_a_cramp_requested", "again_requested", "better_requested",
    "care_instead_requested", "followup_requested", "switched_off", "care_done",
    "rating_given", "severity_chosen", "digit_typed", "leg_chosen", "rating_done",
    "warning_signs_requested",
)


class MainWindow(QMainWindow):
    start_requested = Signal()
    primary_requested = Signal()  # Space / Enter: what the moment calls for
    pause_requested = Signal()
    skip_requested = Signal()
    routine_requested = Signal()  # the bedtime routine
    stop_requested = Signal()
    escape_requested = Signal()  # Esc on a page of the night's flow
    not_a_cramp_requested = Signal()  # "Oops, not a cramp"
    again_requested = Signal()
    better_requested = Signal()
    care_instead_requested = Signal()  # heat, cold or massage instead of another round
    followup_requested = Signal(object)  # FollowupKind
    switched_off = Signal()  # the heating pad is off
    care_done = Signal()
    rating_given = Signal(object, object)  # severity 0..10 or None, Leg or None
    severity_chosen = Signal(int)  # a number on the rating (0..10), not yet kept
    digit_typed = Signal(int)  # a digit key on the rating (1 then 0 is 10)
    leg_chosen = Signal(object)  # Leg, on the rating
    rating_done = Signal()  # keep the rating chosen so far
    settings_requested = Signal()
    reminder_start_requested = Signal()
    reminder_snooze_requested = Signal()
    reminder_skip_requested = Signal()
    hidden_to_tray = Signal()
    check_setup_requested = Signal()
    welcome_requested = Signal()
    warning_signs_requested = Signal()
    tips_requested = Signal()
    history_requested = Signal()
    routines_requested = Signal()
    dim_requested = Signal()  # D: the dim palette on or off
    closing = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Cramp Timer"))
        self.setAccessibleName(self.tr("Cramp Timer"))
        self.night: NightView | None = None
        self._return_to: QWidget | None = None  # where Back leaves a page of reading
        self._extra: dict[str, QWidget] = {}  # pages outside the night's flow, by name
        self._aside: list[QWidget] = []  # dialogs hidden while the night's flow runs
        self._in_flow = False  # a page of the night's flow is (or was, under a page to read)
        self.keep_in_tray = False  # closing hides the window (the tray keeps the app)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(24, 18, 24, 18)
        outer.setSpacing(14)
        self.notice = self._build_notice()
        outer.addWidget(self.notice)
        self._outer = outer
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_idle_page())
        self.pages.currentChanged.connect(self._page_changed)
        outer.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    # -- building --------------------------------------------------------------------
    def _build_notice(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("notice")
        row = QHBoxLayout(frame)
        row.setContentsMargins(14, 8, 8, 8)
        self.notice_text = QLabel("")
        self.notice_text.setObjectName("noticeText")
        self.notice_text.setWordWrap(True)
        self.notice_text.setAccessibleDescription(self.tr("Message"))
        row.addWidget(self.notice_text, 1)
        self.notice_close = make_button(self.tr("OK"), self.tr("Hide this message"))
        self.notice_close.clicked.connect(self.hide_notice)
        row.addWidget(self.notice_close)
        frame.hide()
        return frame

    def _build_reminder_bar(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("notice")
        column = QVBoxLayout(frame)
        column.setContentsMargins(14, 8, 8, 8)
        self.reminder_text = QLabel("")
        self.reminder_text.setWordWrap(True)
        self.reminder_text.setAccessibleDescription(self.tr("Bedtime reminder"))
        column.addWidget(self.reminder_text)
        row = QHBoxLayout()
        self.reminder_start = make_button(self.tr("Start now"),
                                          self.tr("Start the bedtime routine now"))
        self.reminder_start.clicked.connect(self.reminder_start_requested.emit)
        self.reminder_snooze = make_button(self.tr("Snooze"), self.tr("Remind me a little later"),
                                           self.tr("Snooze the reminder"))
        self.reminder_snooze.clicked.connect(self.reminder_snooze_requested.emit)
        self.reminder_skip = make_button(self.tr("Skip tonight"), self.tr("No routine tonight"))
        self.reminder_skip.clicked.connect(self.reminder_skip_requested.emit)
        row.addWidget(self.reminder_start, 2)
        row.addWidget(self.reminder_snooze, 1)
        row.addWidget(self.reminder_skip, 1)
        column.addLayout(row)
        frame.hide()
        return frame

    def show_reminder(self, text: str | None) -> None:
        """The bedtime reminder with its three answers (None: hide it)."""
        self.reminder_text.setText(text or "")
        self.reminder_bar.setVisible(text is not None)

    def _build_idle_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(16)
        self.cramp_now = make_button(self.tr("Cramp now"), self.tr("Start a guided calf stretch"),
                                     object_name="crampNow")
        self.cramp_now.setAccessibleDescription(
            self.tr("Starts a spoken, guided calf stretch. Space or Enter also starts it."))
        self.cramp_now.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.cramp_now.clicked.connect(self.start_requested.emit)
        layout.addWidget(self.cramp_now, 1)
        hint = QLabel(self.tr("Tap the button or press Space"))
        hint.setObjectName("hint")  # centred by the style sheet
        layout.addWidget(hint)
        self.routine_button = make_button(
            self.tr("&Bedtime routine"), self.tr("The evening stretches that can make cramps "
                                                 "rarer"), object_name="routine")
        self.routine_button.clicked.connect(self.routine_requested.emit)
        first = QHBoxLayout()
        first.setSpacing(10)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.warning_button = make_button(self.tr("&Warning signs"),
                                          self.tr("When a cramp needs a doctor"))
        self.warning_button.clicked.connect(self.warning_signs_requested.emit)
        self.tips_button = make_button(self.tr("&Tips"), self.tr("Fewer cramps: what helps"))
        self.tips_button.clicked.connect(self.tips_requested.emit)
        self.history_button = make_button(self.tr("&History"),
                                          self.tr("Your cramp diary, charts and export"))
        self.history_button.clicked.connect(self.history_requested.emit)
        self.settings_button = make_button(self.tr("&Settings"),
                                           self.tr("Hold time, stretch, voice, timers"))
        self.settings_button.clicked.connect(self.settings_requested.emit)
        self.more_button = make_button(self.tr("&More"),
                                       self.tr("Routines, check setup, welcome, about"))
        first.addWidget(self.routine_button, 2)
        first.addWidget(self.history_button, 1)
        for button in (self.warning_button, self.tips_button, self.settings_button,
                       self.more_button):
            row.addWidget(button, 1)
        layout.addLayout(first)
        layout.addLayout(row)
        return page

    def complete(self) -> NightView:
        """Build the rest of the window (after the first paint). Idempotent."""
        if self.night is None:
            from PySide6.QtGui import QKeySequence, QShortcut

            from cramp_timer.ui.night_bar import NightBar
            from cramp_timer.ui.pages.night_view import NightView

            self.reminder_bar = self._build_reminder_bar()
            self._outer.insertWidget(1, self.reminder_bar)
            self.night_bar = NightBar()  # the time of day, the voice's volume
            self._outer.insertWidget(0, self.night_bar)
            margins = self._outer.contentsMargins()  # the line takes the top margin's place
            self._outer.setContentsMargins(margins.left(), 6, margins.right(), margins.bottom())
            self.night_bar.show_volume_controls(False)
            self.pages.currentChanged.connect(
                lambda index: self.night_bar.show_volume_controls(index != IDLE_PAGE))
            self.night = NightView(self.pages, self.reading, self.show_idle, self)
            for name in NIGHT_INTENTS:  # the night's intents are the window's
                getattr(self.night, name).connect(getattr(self, name))
            self.better_requested.connect(self.night.b_pressed)  # B: both legs when rating
            self.warning_signs_requested.connect(self.show_warning_signs)
            self.tips_requested.connect(self.show_tips)
            self._build_menu()
            from cramp_timer.ui.fitting import fit_to_screen

            fit_to_screen(self)  # the pages adapt to the screen; the window does not grow
            QShortcut(QKeySequence("Esc"), self, self._escape)
            for key, signal in (("P", self.pause_requested), ("B", self.better_requested),
                                ("A", self.again_requested), ("S", self.skip_requested),
                                ("W", self.warning_signs_requested),
                                ("Ctrl+,", self.settings_requested),
                                ("D", self.dim_requested)):
                QShortcut(QKeySequence(key), self, signal.emit)
            for key, step in (("-", -1), ("+", 1), ("=", 1)):
                QShortcut(QKeySequence(key), self,
                          lambda s=step: self.night_bar.volume_step.emit(s))
        return self.night

    def _build_menu(self) -> None:
        """Help, on the idle page's More button (a menu bar would take the button's room)."""
        from PySide6.QtWidgets import QMenu

        help_menu = QMenu(self.tr("Help"), self)
        help_menu.setAccessibleName(self.tr("More"))
        self.more_button.setMenu(help_menu)
        self.help_menu = help_menu
        close_on_choice(help_menu)
        for text, signal in ((self.tr("&Routines…"), self.routines_requested),
                             (self.tr("&Check setup…"), self.check_setup_requested),
                             (self.tr("&Welcome"), self.welcome_requested),
                             (self.tr("&Tips"), self.tips_requested),
                             (self.tr("Warning &signs"), self.warning_signs_requested),
                             (self.tr("&Dim the screen (D)"), self.dim_requested)):
            help_menu.addAction(text).triggered.connect(signal.emit)
        help_menu.addAction(self.tr("&About Cramp Timer")).triggered.connect(self._about)

    def _about(self) -> QWidget:
        """Opened, not run: a screen reader's action on the menu item gets its answer at
        once (QMessageBox.about would hold it until the box closed)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication, QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About Cramp Timer"), self.tr(
            "Cramp Timer %1\n\nTalks you through a night-time calf cramp and reminds you "
            "to stretch at bedtime. Self-care help, not a diagnosis. Everything stays on "
            "this computer.").replace("%1", QApplication.applicationVersion()),
            QMessageBox.StandardButton.Close, self)
        # (behind Show Details, so that the box fits a small screen at a large scale)
        box.setDetailedText(self.tr(
            "Voices: Piper (GPL-3.0-or-later) with its English voice \"joe\" (recordings "
            "free to use, CC0; built on the lessac voice), and espeak-ng "
            "(GPL-3.0-or-later). More in docs/voices.md."))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # -- rendering -------------------------------------------------------------------
    def show_snapshot(self, snapshot: NightSnapshot) -> None:
        self.complete().show_snapshot(snapshot)

    def show_idle(self) -> None:
        self.pages.setCurrentIndex(IDLE_PAGE)
        self.cramp_now.setFocus()

    def show_warning_signs(self) -> None:
        from cramp_timer.ui.pages.guidance_pages import WarningSignsPage

        self._show_reading("warning signs", WarningSignsPage)

    def show_tips(self) -> None:
        from cramp_timer.ui.pages.guidance_pages import TipsPage

        self._show_reading("tips", TipsPage)

    def _show_reading(self, name: str, build: Callable[[], GuidePage]) -> None:
        """A page to read (built on first use); Back or Esc returns to where it was."""

        def built() -> GuidePage:
            page = build()
            page.back_requested.connect(self.leave_page)
            return page

        self.show_extra_page(name, built)

    def reading(self) -> bool:
        """A page outside the night's flow (tips, warning signs, welcome) is shown."""
        return self.pages.currentWidget() in self._extra.values()

    def show_extra_page(self, name: str, build: Callable[[], QWidget]) -> QWidget:
        """Show a page outside the night's flow (built on first use); `leave_page()` or
        Esc returns to where the person was."""
        page = self._extra.get(name)
        if page is None:
            page = self._extra[name] = build()
            self.pages.addWidget(page)
        if self._return_to is None:
            self._return_to = self.pages.currentWidget()
        self.pages.setCurrentWidget(page)
        return page

    def leave_page(self) -> None:
        back = self._return_to
        self._return_to = None
        if back is not None and self.pages.indexOf(back) > 0:
            self.pages.setCurrentWidget(back)
            back.setFocus()
        else:
            self.show_idle()

    def present(self, state: WindowState) -> None:
        """Open at the remembered size on the screen under the pointer, in front."""
        self.place_on_pointer_screen(state.width, state.height)
        self.show()
        self.raise_()
        self.activateWindow()

    def place_on_pointer_screen(self, width: int, height: int) -> None:
        """Open on the screen under the pointer, centred, no larger than that screen."""
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(width, height)
            return
        free = screen.availableGeometry()
        width, height = min(width, free.width()), min(height, free.height())
        self.resize(width, height)
        self.move(free.x() + (free.width() - width) // 2, free.y() + (free.height() - height) // 2)

    def show_notice(self, text: str) -> None:
        shown = self.notice_text.text() if not self.notice.isHidden() else ""
        self.notice_text.setText(f"{shown}\n{text}" if shown else text)
        self.notice.show()

    def hide_notice(self) -> None:
        self.notice.hide()
        self.notice_text.setText("")

    # -- keys ------------------------------------------------------------------------
    def _escape(self) -> None:
        """Esc leaves an extra page (tips, warning signs, welcome); otherwise it stops."""
        if self.pages.currentWidget() in self._extra.values():
            self.leave_page()
        else:
            self.escape_requested.emit()

    def _page_changed(self, index: int) -> None:
        if self.pages.currentWidget() in self._extra.values():
            return
        self._return_to = None  # the night's flow took over: nothing to go back to
        if index == IDLE_PAGE:
            self._in_flow = False
            self._bring_back_dialogs()
        elif not self._in_flow:  # a stretch or routine starts (a dialog opened during
            self._in_flow = True  # one, with Ctrl+, say, stays: the person chose it)
            self._move_dialogs_aside()

    def _move_dialogs_aside(self) -> None:
        """Nothing may cover the countdown: see `add_cramp_now`."""
        from PySide6.QtWidgets import QDialog

        for dialog in self.findChildren(QDialog):
            if not dialog.isVisible():
                continue
            if dialog.property(STEPS_ASIDE):
                dialog.hide()
                self._aside.append(dialog)
            else:
                dialog.reject()  # a question or a PIN prompt: asked again when needed

    def _bring_back_dialogs(self) -> None:
        from shiboken6 import isValid

        aside, self._aside = self._aside, []
        for dialog in aside:  # parents before the dialogs opened over them
            if isValid(dialog):
                dialog.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._enter_on_focused_button(event):
            event.accept()
            return
        if self.night is not None and self.night.key_pressed(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _enter_on_focused_button(self, event: QKeyEvent) -> bool:
        """Enter presses the focused button, as Space does (a button outside a dialog
        leaves Enter to the window, which would do the page's main thing instead)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QAbstractButton

        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        focus = self.focusWidget()
        if not isinstance(focus, QAbstractButton) or not focus.isVisible():
            return False
        if focus.isEnabled():
            focus.click()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        if self.keep_in_tray:
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
            return
        super().closeEvent(event)
