"""The first start's welcome: what the app is and is not, and four choices.

A page in the main window, never a modal dialog: "Cramp now" stays one tap (or Space)
away while it shows. `load()` and `save()` only copy values, as the settings dialog
does; the composition root applies them. Reopened from Help → Welcome.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cramp_timer.storage.settings import Settings, Variant
from cramp_timer.ui.widgets import make_button


class WelcomePage(QWidget):
    cramp_now = Signal()
    test_voice = Signal()
    done = Signal()  # keep the choices
    skipped = Signal()  # keep nothing, do not show again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.cramp_button = make_button(self.tr("Cramp now"),
                                        self.tr("A cramp right now? Start the stretch (Space)"),
                                        object_name="bigAccent")
        self.cramp_button.clicked.connect(self.cramp_now.emit)
        outer.addWidget(self.cramp_button)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Welcome"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(12)
        title = QLabel(self.tr("Welcome to Cramp Timer"))
        title.setObjectName("question")
        title.setWordWrap(True)
        layout.addWidget(title)
        # Translator: keep 'can remind' and 'can make night cramps rarer' (not 'will'). Must say:
        # self-care help, no diagnosis, no replacement for a doctor, data stays on this computer.
        about = QLabel(self.tr(
            "When a calf cramp wakes you, tap Cramp now or press Space: a calm voice talks "
            "you through a stretch. In the evening it can remind you to do a short "
            "stretching routine, which can make night cramps rarer.\n\n"
            "It gives self-care help. It does not diagnose anything and does not replace a "
            "doctor. Everything you record stays on this computer."))
        about.setWordWrap(True)
        layout.addWidget(about)
        question = self.tr("How will you stretch?")
        layout.addWidget(QLabel(question))
        # (no accessible names below: a reader names each by its text, the words a
        # voice-control user sees and says; the question comes as their description)
        # Translator: stretch choice: sitting up in bed, leg straight. Short; add no force or pain.
        self.seated = QRadioButton(self.tr("Sitting up in bed, leg straight"))
        # Translator: stretch choice; must keep the fall safety: get up slowly, hold on to something
        # steady (wall, chair, bed frame).
        self.standing = QRadioButton(self.tr("Standing, weight on the cramped leg: get up "
                                             "slowly and hold on to something steady, such as "
                                             "a wall, a chair or the bed frame"))
        for choice in (self.seated, self.standing):
            choice.setAccessibleDescription(question)
        group = QButtonGroup(self)
        group.addButton(self.seated)
        group.addButton(self.standing)
        layout.addWidget(self.seated)
        layout.addWidget(self.standing)
        self.test_button = make_button(self.tr("Test &voice"), self.tr("Hear the voice once"))
        self.test_button.clicked.connect(self.test_voice.emit)
        layout.addWidget(self.test_button)
        self.reminder = QCheckBox(self.tr("Remind me to stretch at bedtime (22:00)"))
        layout.addWidget(self.reminder)
        self.login = QCheckBox(self.tr("Start Cramp Timer when I log in"))
        layout.addWidget(self.login)
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        row = QHBoxLayout()
        self.skip_button = make_button(self.tr("Skip"), self.tr("Keep the usual settings"),
                                       self.tr("Skip the welcome"))
        self.skip_button.clicked.connect(self.skipped.emit)
        self.done_button = make_button(self.tr("Done"), self.tr("Keep these choices"),
                                       object_name="big")
        self.done_button.clicked.connect(self.done.emit)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        row.addWidget(self.done_button, 2)
        outer.addLayout(row)

    def load(self, settings: Settings, start_at_login: bool) -> None:
        (self.standing if settings.variant is Variant.STANDING else self.seated).setChecked(True)
        self.reminder.setChecked(settings.reminder_enabled)
        self.reminder.setText(self.tr("Remind me to stretch at bedtime (%1)").replace(
            "%1", settings.reminder_time.strftime("%H:%M")))
        self.login.setChecked(start_at_login)

    def save(self, settings: Settings) -> tuple[Settings, bool]:
        """The settings with the choices made here, and whether to start at login."""
        changed = settings.with_changes(
            variant=Variant.STANDING if self.standing.isChecked() else Variant.SEATED,
            reminder_enabled=self.reminder.isChecked(),
            welcome_seen=True,
        )
        return changed, self.login.isChecked()
