"""The main window: renders session snapshots and emits what the person asks for.

No timing and no decisions live here: `show_snapshot()` copies a snapshot onto the widgets,
and every button or key only emits an intent signal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QCursor, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
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

from cramp_timer.session import Phase, Snapshot
from cramp_timer.ui.ring import CountdownRing

IDLE_PAGE, RUN_PAGE, DONE_PAGE = 0, 1, 2


def _button(text: str, name: str, accessible: str, object_name: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    button.setToolTip(name)
    if object_name:
        button.setObjectName(object_name)
    return button


def _label(object_name: str, description: str, wrap: bool = True) -> QLabel:
    """A label whose text changes; no accessible name, so readers read the text itself."""
    label = QLabel("")
    label.setObjectName(object_name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(wrap)
    label.setAccessibleDescription(description)
    return label


class MainWindow(QMainWindow):
    start_requested = Signal()
    primary_requested = Signal()  # Space / Enter: what the moment calls for
    pause_requested = Signal()
    stop_requested = Signal()
    again_requested = Signal()
    better_requested = Signal()
    settings_requested = Signal()
    closing = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Cramp Timer"))
        self.setAccessibleName(self.tr("Cramp Timer"))
        self._phase: Phase | None = None

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(24, 18, 24, 18)
        outer.setSpacing(14)
        self.notice = self._build_notice()
        outer.addWidget(self.notice)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_idle_page())
        self.pages.addWidget(self._build_run_page())
        self.pages.addWidget(self._build_done_page())
        outer.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.stop_requested.emit)
        QShortcut(QKeySequence(Qt.Key.Key_P), self, self.pause_requested.emit)
        QShortcut(QKeySequence(Qt.Key.Key_B), self, self.better_requested.emit)
        QShortcut(QKeySequence(Qt.Key.Key_A), self, self.again_requested.emit)
        QShortcut(QKeySequence("Ctrl+,"), self, self.settings_requested.emit)
        self.show_snapshot(None)

    # -- building --------------------------------------------------------------------
    def _build_notice(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("notice")
        row = QHBoxLayout(frame)
        row.setContentsMargins(14, 8, 8, 8)
        self.notice_text = _label("noticeText", self.tr("Message"))
        self.notice_text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.notice_text, 1)
        self.notice_close = _button(self.tr("OK"), self.tr("Hide this message"),
                                    self.tr("Hide message"))
        self.notice_close.clicked.connect(self.hide_notice)
        row.addWidget(self.notice_close)
        frame.hide()
        return frame

    def _build_idle_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(16)
        self.cramp_now = _button(self.tr("Cramp now"), self.tr("Start a guided calf stretch"),
                                 self.tr("Cramp now"), "crampNow")
        self.cramp_now.setAccessibleDescription(
            self.tr("Starts a spoken, guided calf stretch. Space or Enter also starts it."))
        self.cramp_now.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.cramp_now.clicked.connect(self.start_requested.emit)
        layout.addWidget(self.cramp_now, 1)
        hint = QLabel(self.tr("Tap the button or press Space"))
        hint.setObjectName("hint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.settings_button = _button(self.tr("&Settings"), self.tr("Hold time, stretch, voice"),
                                       self.tr("Settings"))
        self.settings_button.clicked.connect(self.settings_requested.emit)
        row.addStretch(1)
        row.addWidget(self.settings_button)
        layout.addLayout(row)
        return page

    def _build_run_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(10)
        self.round_label = _label("round", self.tr("Round number"))
        self.instruction = _label("instruction", self.tr("What to do now"))
        self.ring = CountdownRing()
        self.caption = _label("caption", self.tr("Spoken words"))
        layout.addWidget(self.round_label)
        layout.addWidget(self.instruction)
        layout.addWidget(self.ring, 1)
        layout.addWidget(self.caption)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.pause_button = _button(self.tr("Pause"), self.tr("Pause or resume (P or Space)"),
                                    self.tr("Pause"), "big")
        self.pause_button.clicked.connect(self.pause_requested.emit)
        self.stop_button = _button(self.tr("Stop"), self.tr("Stop the session (Esc)"),
                                   self.tr("Stop"), "big")
        self.stop_button.clicked.connect(self.stop_requested.emit)
        row.addWidget(self.pause_button, 1)
        row.addWidget(self.stop_button, 1)
        layout.addLayout(row)
        return page

    def _build_done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(18)
        self.done_round = _label("round", self.tr("Round number"))
        self.done_caption = _label("caption", self.tr("Spoken words"))
        self.question = _label("question", self.tr("Question"))
        self.question.setText(self.tr("How is the cramp now?"))
        self.better_button = _button(self.tr("Better"), self.tr("The cramp has eased (B)"),
                                     self.tr("Better"), "bigAccent")
        self.better_button.clicked.connect(self.better_requested.emit)
        self.again_button = _button(self.tr("Still cramping — again"),
                                    self.tr("Another round of the same stretch (A or Space)"),
                                    self.tr("Still cramping, stretch again"), "big")
        self.again_button.clicked.connect(self.again_requested.emit)
        self.done_stop = _button(self.tr("Stop"), self.tr("End without an answer (Esc)"),
                                 self.tr("Stop"))
        self.done_stop.clicked.connect(self.stop_requested.emit)
        layout.addWidget(self.done_round)
        layout.addWidget(self.done_caption)
        layout.addStretch(1)
        layout.addWidget(self.question)
        layout.addStretch(1)
        layout.addWidget(self.better_button)
        layout.addWidget(self.again_button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.done_stop)
        layout.addLayout(row)
        return page

    # -- rendering -------------------------------------------------------------------
    def show_snapshot(self, snapshot: Snapshot | None) -> None:
        phase = snapshot.phase if snapshot is not None else Phase.IDLE
        entering = phase is not self._phase
        self._phase = phase
        if snapshot is None or phase in (Phase.IDLE, Phase.ENDED):
            self._show_page(IDLE_PAGE, self.cramp_now, entering)
            return
        round_text = self.tr("Round %n", "", snapshot.round)
        if phase is Phase.ROUND_DONE:
            self.done_round.setText(round_text)
            self.done_caption.setText(snapshot.caption)
            self._show_page(DONE_PAGE, self.again_button, entering)
            return
        self.round_label.setText(round_text)
        step = snapshot.step
        self.instruction.setText(step.title if step is not None else "")
        self.ring.set_state(snapshot.progress, str(snapshot.display_seconds))
        self.caption.setText(snapshot.caption)
        paused = phase is Phase.PAUSED
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.setAccessibleName(self.pause_button.text())
        if paused:
            self.caption.setText(self.tr("Paused"))
        self._show_page(RUN_PAGE, self.pause_button, entering)

    def _show_page(self, index: int, focus: QWidget, entering: bool) -> None:
        self.pages.setCurrentIndex(index)
        if entering:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

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
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.primary_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
