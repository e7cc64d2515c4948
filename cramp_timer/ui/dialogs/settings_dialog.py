"""Settings dialog: `load()` copies settings into the widgets, `save()` copies them back.

Nothing else happens here; bounds come from the settings table itself.

Accessible names are what the dialog shows, so a screen reader says, and a voice-control
user can say, the words on screen: a check box or radio button is named by its text, a
field by its form label (Qt reads the label's buddy; a combo box on Linux is named by its
current item, its label comes as a relation). Anything more goes in the description.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSlider,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cramp_timer.core.aftercare import CARE_KINDS
from cramp_timer.i18n import LANGUAGES
from cramp_timer.speech.speaker import VoiceInfo, VoiceOptions
from cramp_timer.storage import language
from cramp_timer.storage.settings import FloatField, IntField, Settings, Variant, field_spec
from cramp_timer.ui.fitting import StackPage
from cramp_timer.ui.main_window import add_cramp_now
from cramp_timer.ui.time_field import TimeField


def _spin(name: str, suffix: str, description: str) -> QSpinBox:
    """A spin box for an int setting (named by its form label)."""
    spec = field_spec(name)
    assert isinstance(spec, IntField)
    box = QSpinBox()
    box.setRange(spec.minimum, spec.maximum)
    box.setSuffix(suffix)
    box.setAccessibleDescription(description)
    return box


def _value_label() -> QLabel:
    label = QLabel("")
    label.setObjectName("value")
    return label


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose &-key moves the focus to `widget`."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget, 1 if isinstance(widget, QSlider) else 0)
    return row


class SettingsDialog(QDialog):
    test_voice_requested = Signal(object)  # VoiceOptions from the widgets, saved or not
    pin_requested = Signal()  # set, change or remove the PIN
    voice_file_chosen = Signal(str)  # a Piper model (.onnx) to add, chosen with Add voice…

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cramp Timer settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.cramp_now = add_cramp_now(self, layout, steps_aside=True)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        layout.addWidget(self.tabs)
        form = self._tab(self.tr("Stretch"))

        self.hold = _spin("hold_seconds", self.tr(" s"), self.tr("Hold time in seconds"))
        form.addRow(self.tr("&Hold the stretch for"), self.hold)
        self.prep = _spin("prep_seconds", self.tr(" s"),
                          self.tr("Time to get into position, in seconds"))
        form.addRow(self.tr("&Time to get into position (seated)"), self.prep)
        self.standing_prep = _spin("standing_prep_seconds", self.tr(" s"),
                                   self.tr("Time to get up and into position when standing, "
                                           "in seconds"))
        form.addRow(self.tr("Time to get up (stand&ing)"), self.standing_prep)
        # the follow-up timers, as their kinds declare them (core.aftercare.CARE_KINDS)
        self.care_timers: dict[str, QSpinBox] = {}
        for spec in (s for s in CARE_KINDS if s.setting):
            timer = self.care_timers[spec.setting] = _spin(spec.setting, self.tr(" min"),
                                                           spec.field_description())
            form.addRow(spec.field_label(), timer)

        self.seated = QRadioButton(self.tr("S&eated: leg straight, toes and foot drawn up "
                                           "toward you (a towel helps)"))
        self.standing = QRadioButton(self.tr("St&anding: get up slowly, hold on to something "
                                             "steady, weight on the cramped leg"))
        self.variant_group = QButtonGroup(self)
        self.variant_group.addButton(self.seated)
        self.variant_group.addButton(self.standing)
        variants = QVBoxLayout()
        variants.addWidget(self.seated)
        variants.addWidget(self.standing)
        form.addRow(self.tr("Stretch"), variants)

        form = self._tab(self.tr("Voice and language"))
        self.language = QComboBox()
        self.language.addItem(self.tr("As the desktop"), language.SYSTEM)
        self.language.addItem("English", language.ENGLISH)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        form.addRow(_buddy(self.tr("Lan&guage"), self.language), self.language)
        self.language_note = QLabel(self.tr("A new language is used from the next start of "
                                            "Cramp Timer, for the voice too."))
        self.language_note.setWordWrap(True)
        self.language_note.setObjectName("hint")
        form.addRow("", self.language_note)
        self.voice_on = QCheckBox(self.tr("&Speak the steps aloud"))
        form.addRow(self.tr("Spoken guidance"), self.voice_on)
        self.voice = QComboBox()
        self.add_voice = QPushButton(self.tr("A&dd voice…"))
        self.add_voice.setAccessibleDescription(self.tr(
            "Add a Piper voice: its .onnx file, with its .onnx.json file beside it"))
        self.add_voice.clicked.connect(self._choose_voice_file)
        form.addRow(_buddy(self.tr("V&oice"), self.voice), _row(self.voice, self.add_voice))
        rate = field_spec("voice_rate")
        assert isinstance(rate, IntField)
        self.rate = QSlider(Qt.Orientation.Horizontal)
        self.rate.setRange(rate.minimum, rate.maximum)
        self.rate.setAccessibleDescription(self.tr("Speaking rate, words per minute"))
        self.rate_value = _value_label()
        self.rate.valueChanged.connect(
            lambda v: self.rate_value.setText(self.tr("%n words a minute", "", v)))
        form.addRow(_buddy(self.tr("&Rate"), self.rate), _row(self.rate, self.rate_value))
        volume = field_spec("voice_volume")
        assert isinstance(volume, FloatField)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(round(volume.minimum * 100), round(volume.maximum * 100))
        self.volume.setAccessibleDescription(self.tr("Volume, percent"))
        self.volume_value = _value_label()
        self.volume.valueChanged.connect(
            lambda v: self.volume_value.setText(self.tr("%1 %").replace("%1", str(v))))
        form.addRow(_buddy(self.tr("Vo&lume"), self.volume),
                    _row(self.volume, self.volume_value))
        self.test_voice = QPushButton(self.tr("Test &voice"))
        self.test_voice.clicked.connect(
            lambda: self.test_voice_requested.emit(self.voice_options()))
        form.addRow("", self.test_voice)
        self.voice_note = QLabel("")
        self.voice_note.setWordWrap(True)
        self.voice_note.setObjectName("hint")
        form.addRow("", self.voice_note)
        self._build_bedtime_tab()
        self._build_lock_tab()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._loaded: Settings | None = None

    def _tab(self, title: str) -> QFormLayout:
        """A page of the dialog (Ctrl+Tab moves between them; every field has its &-key)."""
        page = StackPage()
        form = QFormLayout(page)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(page, title)
        return form

    def _build_bedtime_tab(self) -> None:
        form = self._tab(self.tr("Bedtime"))
        self.reminder_on = QCheckBox(self.tr("Remind me to stretch at &bedtime"))
        form.addRow("", self.reminder_on)
        self.reminder_time = TimeField()
        self.reminder_time.setAccessibleDescription(self.tr("Reminder time, such as 22:30"))
        form.addRow(_buddy(self.tr("At"), self.reminder_time), self.reminder_time)
        self.reminder_time_problem = QLabel("")
        self.reminder_time_problem.setWordWrap(True)
        self.reminder_time_problem.hide()
        self.reminder_time.problem.connect(self._show_time_problem)
        form.addRow("", self.reminder_time_problem)
        days = QHBoxLayout()
        self.weekdays: list[QCheckBox] = []
        for index, name in enumerate((self.tr("Mon"), self.tr("Tue"), self.tr("Wed"),
                                      self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                                      self.tr("Sun"))):
            box = QCheckBox(name)
            box.setAccessibleDescription(self.tr("Remind on %1").replace("%1", name))
            box.setProperty("weekday", index)
            days.addWidget(box)
            self.weekdays.append(box)
        form.addRow(self.tr("On"), days)
        self.reminder_speak = QCheckBox(self.tr("Also say the reminder aloud"))
        form.addRow("", self.reminder_speak)
        self.snooze = _spin("snooze_minutes", self.tr(" min"), self.tr("Snooze in minutes"))
        form.addRow(_buddy(self.tr("S&nooze for"), self.snooze), self.snooze)
        self.routine = QComboBox()
        self.routine.setAccessibleDescription(self.tr("Bedtime routine"))
        form.addRow(_buddy(self.tr("Ro&utine"), self.routine), self.routine)
        self.start_at_login = QCheckBox(self.tr("Start Cramp Timer in the tray when I lo&g in"))
        form.addRow("", self.start_at_login)
        for widget in (self.reminder_time, self.reminder_speak, self.snooze, *self.weekdays):
            self.reminder_on.toggled.connect(widget.setEnabled)

    def _show_time_problem(self, text: str) -> None:
        self.reminder_time_problem.setText(text)
        self.reminder_time_problem.setVisible(bool(text))

    def _build_lock_tab(self) -> None:
        form = self._tab(self.tr("PIN lock"))
        self.lock_state = QLabel("")
        self.lock_state.setWordWrap(True)
        form.addRow(self.lock_state)
        self.lock_scope = QLabel("")
        self.lock_scope.setWordWrap(True)
        self.lock_scope.setObjectName("hint")
        form.addRow(self.lock_scope)
        self.pin_button = QPushButton(self.tr("Set, change or remove the &PIN…"))
        self.pin_button.clicked.connect(self.pin_requested.emit)
        form.addRow(self.pin_button)

    def show_lock(self, is_set: bool, scope: str) -> None:
        """Whether a PIN is set, and what the lock does and does not do."""
        self.lock_state.setText(self.tr("A PIN is set: the settings, the routines and "
                                        "deleting diary entries ask for it.") if is_set
                                else self.tr("No PIN is set."))
        self.lock_scope.setText(scope)

    def _choose_voice_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a Piper voice"), "",
                                              self.tr("Piper voices (*.onnx)"))
        if path:
            self.voice_file_chosen.emit(path)

    def show_added_voice(self, voice_id: str, label: str) -> None:
        """A voice was added: list it (once), choose it, and say so."""
        if self.voice.findData(voice_id) < 0:
            self.voice.insertItem(1, label, voice_id)
        self.voice.setCurrentIndex(self.voice.findData(voice_id))
        self.show_voice_note(self.tr("Added the voice %1. Press Test voice to hear it.")
                             .replace("%1", label))

    def show_voice_note(self, text: str) -> None:
        self.voice_note.setText(text)
        self.voice_note.setVisible(bool(text))

    def load(self, settings: Settings, voices: Sequence[VoiceInfo], voice_note: str = "",
             routines: Sequence[tuple[str, str]] = (), start_at_login: bool = False) -> None:
        """``routines``: (identifier, title) of every routine to choose from."""
        self._loaded = settings
        self.hold.setValue(settings.hold_seconds)
        self.prep.setValue(settings.prep_seconds)
        self.standing_prep.setValue(settings.standing_prep_seconds)
        for setting, timer in self.care_timers.items():
            timer.setValue(int(getattr(settings, setting)))
        (self.standing if settings.variant is Variant.STANDING else self.seated).setChecked(True)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.voice_on.setChecked(settings.voice_enabled)
        self.voice.clear()
        self.voice.addItem(self.tr("Default voice"), "")
        for voice in voices:
            self.voice.addItem(voice.name, voice.id)
        index = self.voice.findData(settings.voice_id)
        if index < 0:  # a voice that is not installed now: keep it, say so
            self.voice.addItem(self.tr("%1 (not found)").replace("%1", settings.voice_id),
                               settings.voice_id)
            index = self.voice.count() - 1
        self.voice.setCurrentIndex(index)
        self.rate.setValue(settings.voice_rate)
        self.volume.setValue(round(settings.voice_volume * 100))
        self.show_voice_note(voice_note)
        self.reminder_on.setChecked(settings.reminder_enabled)
        self.reminder_time.setTime(QTime(settings.reminder_time.hour,
                                         settings.reminder_time.minute))
        for box in self.weekdays:
            box.setChecked(box.property("weekday") in settings.reminder_weekdays)
        self.reminder_speak.setChecked(settings.reminder_speak)
        self.snooze.setValue(settings.snooze_minutes)
        self.routine.clear()
        for name, title in routines:
            self.routine.addItem(title, name)
        index = self.routine.findData(settings.bedtime_routine)
        if index < 0:
            self.routine.addItem(self.tr("%1 (not found)").replace("%1", settings.bedtime_routine),
                                 settings.bedtime_routine)
            index = self.routine.count() - 1
        self.routine.setCurrentIndex(index)
        for widget in (self.reminder_time, self.reminder_speak, self.snooze, *self.weekdays):
            widget.setEnabled(settings.reminder_enabled)
        self.start_at_login.setChecked(start_at_login)

    def save(self) -> Settings:
        assert self._loaded is not None, "load() first"
        return self._loaded.with_changes(
            hold_seconds=self.hold.value(),
            prep_seconds=self.prep.value(),
            standing_prep_seconds=self.standing_prep.value(),
            **{setting: timer.value() for setting, timer in self.care_timers.items()},
            variant=Variant.STANDING if self.standing.isChecked() else Variant.SEATED,
            voice_enabled=self.voice_on.isChecked(),
            voice_id=str(self.voice.currentData() or ""),
            voice_rate=self.rate.value(),
            voice_volume=self.volume.value() / 100,
            reminder_enabled=self.reminder_on.isChecked(),
            reminder_time=time(self.reminder_time.time().hour(),
                               self.reminder_time.time().minute()),
            reminder_weekdays=frozenset(int(box.property("weekday")) for box in self.weekdays
                                        if box.isChecked()),
            reminder_speak=self.reminder_speak.isChecked(),
            snooze_minutes=self.snooze.value(),
            bedtime_routine=str(self.routine.currentData() or self._loaded.bedtime_routine),
            language=str(self.language.currentData() or language.SYSTEM),
        )

    def voice_options(self) -> VoiceOptions:
        return VoiceOptions(
            enabled=True,
            voice_id=str(self.voice.currentData() or ""),
            rate=self.rate.value(),
            volume=self.volume.value() / 100,
        )
