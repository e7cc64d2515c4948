"""The thin line over every page: the time of day, and (on the night pages) the voice's
volume with − and +.

It only shows and asks: `volume_step` (−1 or +1, also the keys − and +) goes to the
composition root, which changes the setting and hands the new volume back through
`show_volume`. The clock reads ``now`` (the app's clock) when shown and every
`CLOCK_REFRESH_MS`; it counts nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from cramp_timer.ui.formatting import time_text
from cramp_timer.ui.widgets import make_button

CLOCK_REFRESH_MS = 10_000


class NightBar(QWidget):
    volume_step = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.now: Callable[[], datetime] = lambda: datetime.now().astimezone()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.clock = QLabel("")
        self.clock.setObjectName("hint")
        self.clock.setAccessibleDescription(self.tr("Time of day"))
        row.addWidget(self.clock)
        row.addStretch(1)
        self.volume_label = QLabel("")
        self.volume_label.setObjectName("hint")
        self.volume_label.setAccessibleDescription(self.tr("Voice volume"))
        self.quieter = make_button("−", self.tr("Speak more quietly (− key)"),
                                   self.tr("− Quieter"), "small")
        self.louder = make_button("+", self.tr("Speak louder (+ key)"), self.tr("+ Louder"),
                                  "small")
        for button, step in ((self.quieter, -1), (self.louder, 1)):  # (their key is their text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, s=step: self.volume_step.emit(s))
        row.addWidget(self.quieter)
        row.addWidget(self.volume_label)
        row.addWidget(self.louder)
        self._timer = QTimer(self)
        self._timer.setInterval(CLOCK_REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def show_volume_controls(self, shown: bool) -> None:
        """On the night pages only: on the idle page Cramp now keeps the room."""
        for widget in (self.quieter, self.volume_label, self.louder):
            widget.setVisible(shown)

    def refresh(self) -> None:
        self.clock.setText(time_text(self.now()))

    def show_volume(self, volume: float) -> None:
        percent = round(volume * 100)
        self.volume_label.setText(self.tr("Voice %1 %").replace("%1", str(percent)))
        self.quieter.setEnabled(percent > 0)
        self.louder.setEnabled(percent < 100)
