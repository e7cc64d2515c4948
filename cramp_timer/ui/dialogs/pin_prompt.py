"""The PIN prompt, and the dialog that sets, changes or removes the PIN.

Both work on a `lock.PinLock` (the lock decides; these only show and ask). The prompt
takes digits only, masked; says what the lock is for and how to remove a forgotten PIN;
after wrong tries it counts the wait down and refuses to check a PIN until it is over.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cramp_timer.storage.lock import (
    PIN_MAX_DIGITS,
    Action,
    CheckResult,
    CheckStatus,
    LockError,
    PinLock,
    forgotten_pin_text,
    lock_scope_text,
)
from cramp_timer.ui.main_window import add_cramp_now


def pin_field(accessible: str) -> QLineEdit:
    """A masked field that takes up to 8 digits and nothing else."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(PIN_MAX_DIGITS)
    field.setValidator(QRegularExpressionValidator(
        QRegularExpression(f"[0-9]{{0,{PIN_MAX_DIGITS}}}"), field))
    field.setAccessibleName(accessible)
    field.setObjectName("pin")
    return field


def _text(text: str, object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    return label


class PinPrompt(QDialog):
    """Asks for the PIN before ``action``; accepted only when the lock says it is right."""

    def __init__(self, lock: PinLock, action: Action, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lock = lock
        reasons = {
            Action.SETTINGS: self.tr("Enter the PIN to change the settings."),
            Action.EDIT_ROUTINES: self.tr("Enter the PIN to change the routines."),
            Action.IMPORT_ROUTINES: self.tr("Enter the PIN to import routines."),
            Action.DELETE_DIARY: self.tr("Enter the PIN to delete from the diary."),
        }
        reason = reasons.get(action, self.tr("Enter the PIN."))
        self.setWindowTitle(self.tr("PIN"))
        self.setAccessibleName(self.tr("Enter the PIN"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self.setMinimumWidth(480)
        self.cramp_now = add_cramp_now(self, layout, steps_aside=False)
        self.reason = _text(reason, "guideHeading")
        layout.addWidget(self.reason)
        self.pin = pin_field(self.tr("PIN"))
        self.pin.setPlaceholderText(self.tr("4 to 8 digits"))
        self.pin.returnPressed.connect(self.try_pin)
        layout.addWidget(self.pin)
        self.message = _text("", "fieldError")
        self.message.setAccessibleDescription(self.tr("Why the PIN was not accepted"))
        self.message.hide()
        layout.addWidget(self.message)
        layout.addWidget(_text(lock_scope_text(), "hint"))
        self.forgotten = _text(forgotten_pin_text(lock.path), "hint")
        layout.addWidget(self.forgotten)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("Unlock"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setAccessibleName(self.tr("Unlock"))
        self.ok_button.clicked.connect(self.try_pin)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.refresh)
        self.refresh()

    def ask(self) -> bool:
        """Wait for the answer (modal): True once the right PIN was given."""
        return self.exec() == QDialog.DialogCode.Accepted

    def try_pin(self) -> None:
        """Check what was typed (nothing is checked while the lock says wait)."""
        if self._lock.wait_seconds() > 0:
            self.refresh()
            return
        result = self._lock.check(self.pin.text())
        self.pin.clear()
        if result.ok:
            self._ticker.stop()
            self.accept()
            return
        self._say(result.message())
        self.refresh(keep_message=True)

    def refresh(self, keep_message: bool = False) -> None:
        """Follow the wait: the field is off and the seconds count down until it ends."""
        wait = self._lock.wait_seconds()
        waiting = wait > 0
        unreadable = self._lock.is_set() and self._lock.unreadable
        self.pin.setEnabled(not waiting and not unreadable)
        self.ok_button.setEnabled(not waiting and not unreadable)
        if unreadable:  # fails closed: no PIN can unlock it, the message says how to reset
            self._say(unreadable)
            self.forgotten.hide()  # the message says it, with the reason
            self.adjustSize()
        elif waiting:
            self._say(CheckResult(CheckStatus.WAIT, wait).message())
            if not self._ticker.isActive():
                self._ticker.start()
        else:
            self._ticker.stop()
            if not keep_message and self.message.text():
                self._say(self.tr("You can try again now."))
            self.pin.setFocus()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


class PinSettingsDialog(QDialog):
    """Set a PIN, change it, or remove it."""

    def __init__(self, lock: PinLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lock = lock
        self.setWindowTitle(self.tr("PIN lock"))
        self.setAccessibleName(self.tr("PIN lock"))
        self.setModal(True)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self.cramp_now = add_cramp_now(self, layout, steps_aside=True)
        self.state = _text("", "guideHeading")
        layout.addWidget(self.state)
        layout.addWidget(_text(lock_scope_text(), "hint"))
        form = QFormLayout()
        self.current = pin_field(self.tr("Current PIN"))
        self.current_label = QLabel(self.tr("&Current PIN"))
        self.current_label.setBuddy(self.current)
        form.addRow(self.current_label, self.current)
        self.new = pin_field(self.tr("New PIN"))
        new_label = QLabel(self.tr("&New PIN"))
        new_label.setBuddy(self.new)
        form.addRow(new_label, self.new)
        self.repeat = pin_field(self.tr("New PIN again"))
        repeat_label = QLabel(self.tr("New PIN &again"))
        repeat_label.setBuddy(self.repeat)
        form.addRow(repeat_label, self.repeat)
        layout.addLayout(form)
        self.message = _text("", "fieldError")
        self.message.hide()
        layout.addWidget(self.message)
        layout.addWidget(_text(forgotten_pin_text(lock.path), "hint"))
        buttons = QDialogButtonBox()
        self.set_button = QPushButton(self.tr("&Set PIN"))
        self.set_button.clicked.connect(self.set_pin)
        buttons.addButton(self.set_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button = QPushButton(self.tr("&Remove PIN"))
        self.remove_button.clicked.connect(self.remove_pin)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self, message: str = "") -> None:
        is_set = self._lock.is_set()
        self.state.setText(self.tr("A PIN is set.") if is_set else self.tr("No PIN is set."))
        self.current.setVisible(is_set)
        self.current_label.setVisible(is_set)
        self.remove_button.setVisible(is_set)
        self.set_button.setText(self.tr("&Change PIN") if is_set else self.tr("&Set PIN"))
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.adjustSize()  # rows come and go: never squeeze the fields

    def set_pin(self) -> None:
        new, repeat = self.new.text(), self.repeat.text()
        if new != repeat:
            self.refresh(self.tr("The two new PINs are not the same."))
            return
        current = self.current.text() if self._lock.is_set() else None
        try:
            self._lock.set_pin(new, current)
        except LockError as error:
            self.refresh(str(error))
            return
        finally:
            for field in (self.current, self.new, self.repeat):
                field.clear()
        self.refresh(self.tr("The PIN is set. Keep it somewhere safe."))

    def remove_pin(self) -> None:
        try:
            self._lock.clear(self.current.text())
        except LockError as error:
            self.current.clear()
            self.refresh(str(error))
            return
        self.current.clear()
        self.refresh(self.tr("The PIN was removed. Nothing is locked now."))
