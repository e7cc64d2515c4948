"""A progress ring with the seconds left in big digits at its centre."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from cramp_timer.ui import theme

MIN_SIDE = 90


class CountdownRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._progress = 0.0
        self._digit_px = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # small enough for a 300-pixel-high window; it takes all the room a page leaves
        self.setMinimumSize(QSize(MIN_SIDE, MIN_SIDE))
        # The digits are a plain label so screen readers read them as its text; it is
        # deliberately left without an accessible name (a fixed name would hide the digits).
        self.digits = QLabel("", self)
        self.digits.setObjectName("digits")
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits.setAccessibleDescription(self.tr("Seconds left in this step"))
        self.digits.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.digits.setStyleSheet("background: transparent;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.digits)
        self.setAccessibleName(self.tr("Countdown"))

    def set_state(self, progress: float, digits: str) -> None:
        if digits != self.digits.text():
            resize = len(digits) != len(self.digits.text())
            self.digits.setText(digits)
            if resize:
                self._fit_digits()
        progress = min(1.0, max(0.0, progress))
        if abs(progress - self._progress) > 1e-4:
            self._progress = progress
            self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_digits()

    def _fit_digits(self) -> None:
        """As large as fits inside the ring: "45" big, "14:59" smaller."""
        side = min(self.width(), self.height()) - 12
        share = 0.5 if len(self.digits.text()) <= 2 else 0.27
        size = max(20, min(120, int(side * share)))
        if size != self._digit_px:
            self._digit_px = size
            self.digits.setStyleSheet(f"background: transparent; font-size: {size}px;")

    @property
    def progress(self) -> float:
        return self._progress

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height()) - 12
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = max(5.0, side / 18)
        colours = theme.palette()
        track = QPen(QColor(colours.ring_track), width)
        painter.setPen(track)
        painter.drawEllipse(rect)
        pen = QPen(QColor(colours.ring), width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        # what is left shrinks clockwise from twelve o'clock
        span = round((1.0 - self._progress) * 360 * 16)
        if span > 0:
            painter.drawArc(rect, 90 * 16, -span)
        painter.end()
