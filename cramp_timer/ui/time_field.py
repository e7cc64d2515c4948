"""A time field that takes a time typed whole ("11:47", "2330", "9:30 pm"), with Up and
Down for five minutes either way. A text that is no time is said under the field
(`problem`), and the last good time is kept: nothing is lost.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from cramp_timer.core.time_text import parse_time, time_text

STEP_MINUTES = 5


class TimeField(QLineEdit):
    problem = Signal(str)  # a plain sentence, or "" once the text is a time again

    def __init__(self) -> None:
        super().__init__()
        self._time = time(22, 0)
        self.setPlaceholderText("22:30")
        self.setMaxLength(12)
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(self._finished)
        self.setText(time_text(self._time))

    def time(self) -> QTime:
        """The time typed, or while the text is no time, the last good one."""
        value = parse_time(self.text()) or self._time
        return QTime(value.hour, value.minute)

    def setTime(self, value: QTime) -> None:
        self._time = time(value.hour(), value.minute())
        self.setText(time_text(self._time))
        self.problem.emit("")

    def _edited(self, text: str) -> None:
        if parse_time(text) is not None:
            self.problem.emit("")

    def _finished(self) -> None:
        parsed = parse_time(self.text())
        if parsed is not None:
            self._time = parsed
            self.setText(time_text(parsed))
            self.problem.emit("")
        else:
            self.problem.emit(self.tr("“%1” is not a time. Type it like 22:30. It stays at "
                                      "%2 until then.").replace("%1", self.text()).replace(
                                          "%2", time_text(self._time)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        step = {Qt.Key.Key_Up: STEP_MINUTES, Qt.Key.Key_Down: -STEP_MINUTES}.get(
            Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        now = self.time()
        minutes = (now.hour() * 60 + now.minute() + step) % (24 * 60)
        self.setTime(QTime(minutes // 60, minutes % 60))
        event.accept()
