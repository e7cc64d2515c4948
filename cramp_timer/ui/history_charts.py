"""The history's charts, drawn with QPainter in the night palette (no QtCharts).

- ``CrampsChart``: cramps per night as bars over the chart nights, a dot under each
  night the bedtime routine was done.
- ``SeverityChart``: the mean severity (0-10) of each night that has one, as dots.
- ``AnswerChart``: the before/after answer (``cramp_timer.core.trial``) as four bars, cramps
  a night in each group; a group with too few nights is an outline marked "too few".

Each keeps the figures it shows (``values``, ``routine_nights``, ``points``) so that
tests and screen readers see what is drawn; the dialog sets the accessible description.
``paint_answer`` draws the answer on any painter (the PDF uses it, in print colours).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cramp_timer.core.history import ChartPoint
from cramp_timer.core.trial import Comparison, Group, State
from cramp_timer.i18n import translate
from cramp_timer.ui import theme
from cramp_timer.ui.formatting import day_text, number_text
from cramp_timer.ui.trial_words import rate_text

TITLE_PX: Final = 20
LABEL_PX: Final = 16


@dataclass(frozen=True)
class Colours:
    background: str
    plot: str
    title: str
    label: str
    axis: str
    grid: str
    bar: str
    dot: str
    dot_border: str


NIGHT: Final = Colours(
    background=theme.BACKGROUND, plot=theme.SURFACE, title=theme.TEXT, label=theme.TEXT_DIM,
    axis=theme.BORDER, grid=theme.RING_TRACK, bar=theme.RING, dot=theme.ACCENT_TEXT,
    dot_border=theme.RING,
)
PRINT: Final = Colours(
    background="#ffffff", plot="#ffffff", title="#000000", label="#000000", axis="#000000",
    grid="#c8c8c8", bar="#606060", dot="#000000", dot_border="#000000",
)


def _font(px: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def _y_step(top: float) -> int:
    return 1 if top <= 2 else math.ceil(top / 2)


class _Frame:
    """Title, plot area and y axis of one chart inside ``rect``."""

    def __init__(self, painter: QPainter, rect: QRectF, title: str, extra_lines: float,
                 y_top: float, y_step: float, y_bottom: float, colours: Colours,
                 scale: float = 1.0) -> None:
        self.painter, self.colours, self.scale = painter, colours, scale
        self.y_top, self.y_bottom = y_top, y_bottom
        label_px, title_px = LABEL_PX * scale, TITLE_PX * scale
        painter.fillRect(rect, QColor(colours.background))
        painter.setPen(QColor(colours.title))
        painter.setFont(_font(title_px, bold=True))
        title_rect = QRectF(rect.left(), rect.top(), rect.width(), title_px * 1.6)
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignCenter, title)
        legend_h = label_px * 1.6 * extra_lines  # lines under the night labels
        self.plot = QRectF(
            rect.left() + label_px * 2.6,
            title_rect.bottom() + label_px * 0.4,
            rect.width() - label_px * 3.4,
            rect.height() - title_rect.height() - label_px * 2.2 - legend_h,
        )
        painter.fillRect(self.plot, QColor(colours.plot))
        painter.setFont(_font(label_px))
        value = 0.0
        while value <= y_top + 1e-9:
            y = self.y(value)
            painter.setPen(QPen(QColor(colours.grid), 1))
            painter.drawLine(QPointF(self.plot.left(), y), QPointF(self.plot.right(), y))
            painter.setPen(QColor(colours.label))
            painter.drawText(
                QRectF(rect.left(), y - label_px, self.plot.left() - rect.left() - label_px * 0.4,
                       label_px * 2),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{value:.0f}" if float(y_step).is_integer() else number_text(value, 1),
            )
            value += y_step
        painter.setPen(QPen(QColor(colours.axis), 1))
        painter.drawLine(self.plot.bottomLeft(), self.plot.bottomRight())
        painter.drawLine(self.plot.bottomLeft(), self.plot.topLeft())
        self.legend_rect = QRectF(rect.left(), rect.bottom() - legend_h, rect.width(), legend_h)

    def y(self, value: float) -> float:
        share = (value - self.y_bottom) / (self.y_top - self.y_bottom)
        return self.plot.bottom() - share * self.plot.height()


def _night_labels(frame: _Frame, points: tuple[ChartPoint, ...]) -> None:
    """The date under the last night of each week."""
    painter, plot = frame.painter, frame.plot
    label_px = LABEL_PX * frame.scale
    painter.setFont(_font(label_px))
    painter.setPen(QColor(frame.colours.label))
    step = plot.width() / max(1, len(points))
    last = len(points) - 1
    metrics = painter.fontMetrics()
    for index, point in enumerate(points):
        if (last - index) % 7 == 0:
            text = day_text(point.night, weekday=False, year=False)
            half = metrics.horizontalAdvance(text) / 2 + 2
            # centred under its night, but never past the plot's right end
            x = min(plot.left() + step * (index + 0.5), plot.right() - half)
            painter.drawText(
                QRectF(x - half, plot.bottom() + label_px * 0.2, half * 2, label_px * 1.6),
                Qt.AlignmentFlag.AlignCenter, text,
            )


class _ChartWidget(QWidget):
    def __init__(self, accessible_name: str) -> None:
        super().__init__()
        self.setAccessibleName(accessible_name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(False)
        self.points: tuple[ChartPoint, ...] = ()

    def sizeHint(self) -> QSize:
        return QSize(600, 260)

    def show_points(self, points: tuple[ChartPoint, ...]) -> None:
        self.points = points
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRectF(self.rect()))
        if self.hasFocus():
            painter.setPen(QPen(QColor(theme.FOCUS), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        raise NotImplementedError


class CrampsChart(_ChartWidget):
    """Cramps per night as bars; a dot under each night the bedtime routine was done."""

    def __init__(self) -> None:
        super().__init__(translate("HistoryView", "Chart: cramps per night, last six weeks"))

    def values(self) -> list[int]:
        return [point.cramp_count for point in self.points]

    def routine_nights(self) -> list[int]:
        """Indexes of the nights with a dot."""
        return [index for index, point in enumerate(self.points) if point.routine_done]

    def paint(self, painter: QPainter, rect: QRectF, colours: Colours = NIGHT) -> None:
        top = max(self.values(), default=0)
        step = _y_step(top)
        y_top = max(2, step * math.ceil((top + 0.5) / step))
        frame = _Frame(painter, rect, translate("HistoryView", "Cramps per night"),
                       1, y_top, step, -0.25 * y_top, colours)
        plot = frame.plot
        width = plot.width() / max(1, len(self.points))
        painter.setPen(Qt.PenStyle.NoPen)
        for index, point in enumerate(self.points):
            x = plot.left() + width * index
            if point.cramp_count:
                y = frame.y(point.cramp_count)
                painter.setBrush(QBrush(QColor(colours.bar)))
                painter.drawRect(QRectF(x + width * 0.15, y, width * 0.7, frame.y(0) - y))
            if point.routine_done:
                painter.setBrush(QBrush(QColor(colours.dot)))
                painter.drawEllipse(QPointF(x + width / 2, frame.y(-0.125 * y_top)), 4.5, 4.5)
        _night_labels(frame, self.points)
        _legend(painter, frame, [
            (colours.bar, False, translate("HistoryView", "Cramps")),
            (colours.dot, True, translate("HistoryView", "Bedtime routine done")),
        ])


class SeverityChart(_ChartWidget):
    """The mean severity (0-10) of each night that has a rating; no dot where none."""

    def __init__(self) -> None:
        super().__init__(translate("HistoryView", "Chart: mean severity per night, last six weeks"))

    def rated_points(self) -> list[tuple[int, float]]:
        """(night index, mean severity) of each rated night."""
        return [(i, p.mean_severity) for i, p in enumerate(self.points)
                if p.mean_severity is not None]

    def paint(self, painter: QPainter, rect: QRectF, colours: Colours = NIGHT) -> None:
        frame = _Frame(painter, rect, translate("HistoryView", "Mean severity, 0 to 10"),
                       0, 10, 5, -1, colours)
        width = frame.plot.width() / max(1, len(self.points))
        painter.setPen(QPen(QColor(colours.dot_border), 1.5))
        painter.setBrush(QBrush(QColor(colours.dot)))
        for index, value in self.rated_points():
            centre = QPointF(frame.plot.left() + width * (index + 0.5), frame.y(value))
            painter.drawEllipse(centre, 6, 6)
        _night_labels(frame, self.points)


def _legend(painter: QPainter, frame: _Frame, items: list[tuple[str, bool, str]]) -> None:
    label_px = LABEL_PX * frame.scale
    painter.setFont(_font(label_px))
    metrics = painter.fontMetrics()
    widths = [label_px * 1.6 + metrics.horizontalAdvance(text) + label_px * 1.5
              for _c, _d, text in items]
    x = frame.legend_rect.center().x() - sum(widths) / 2
    y = frame.legend_rect.center().y()
    for (colour, dot, text), width in zip(items, widths, strict=True):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(colour)))
        if dot:
            painter.drawEllipse(QPointF(x + label_px * 0.5, y), label_px * 0.3, label_px * 0.3)
        else:
            painter.drawRect(QRectF(x, y - label_px * 0.4, label_px, label_px * 0.8))
        painter.setPen(QColor(frame.colours.title))
        painter.drawText(QRectF(x + label_px * 1.4, y - label_px, width, label_px * 2),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        x += width


# ------------------------------------------------------------------------ the answer


def answer_bars(comparison: Comparison) -> list[tuple[str, Group | None]]:
    """The four bars, in order: before, since, nights without, nights with the routine."""
    return [
        (translate("TrialAnswer", "Before"), comparison.before),
        (translate("TrialAnswer", "Since"), comparison.since),
        (translate("TrialAnswer", "Without routine"), comparison.without_routine),
        (translate("TrialAnswer", "With routine"), comparison.with_routine),
    ]


def paint_answer(painter: QPainter, rect: QRectF, comparison: Comparison,
                 colours: Colours = NIGHT, scale: float = 1.0) -> None:
    """Cramps a night in each group as a bar, its figure above it; too few nights: an
    outline and "too few nights"."""
    bars = answer_bars(comparison)
    rates = [g.cramps_per_night for _label, g in bars if g is not None]
    top = max([r for r in rates if r is not None], default=0.0)
    y_top = max(1.0, math.ceil(top * 1.25 * 2) / 2)
    frame = _Frame(painter, rect, translate("TrialAnswer", "Cramps a night"), 1,
                   y_top, max(0.5, math.ceil(y_top / 4 * 2) / 2), 0.0, colours, scale)
    plot = frame.plot
    slot = plot.width() / (len(bars) + 1)  # a gap between the two pairs
    label_px = LABEL_PX * scale
    for index, (label, group) in enumerate(bars):
        x = plot.left() + slot * (index + (0.5 if index < 2 else 1.5))
        bar = QRectF(x - slot * 0.3, plot.top(), slot * 0.6, 0)
        rate = None if group is None else group.cramps_per_night
        painter.setFont(_font(label_px))
        if rate is None:
            painter.setPen(QPen(QColor(colours.label), 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            outline = QRectF(bar.left(), frame.y(y_top * 0.35), bar.width(),
                             frame.y(0) - frame.y(y_top * 0.35))
            painter.drawRect(outline)
            figure = translate("TrialAnswer", "too few nights")
            figure_rect = QRectF(x - slot / 2, outline.top() - label_px * 2.8, slot,
                                 label_px * 2.7)
        else:
            y = frame.y(rate)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(colours.bar)))
            painter.drawRect(QRectF(bar.left(), y, bar.width(), frame.y(0) - y))
            figure = rate_text(rate)
            figure_rect = QRectF(x - slot / 2, y - label_px * 1.5, slot, label_px * 1.4)
        painter.setPen(QColor(colours.title))
        painter.drawText(figure_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
                         | Qt.TextFlag.TextWordWrap, figure)
        painter.setPen(QColor(colours.label))
        painter.drawText(QRectF(x - slot / 2, plot.bottom() + label_px * 0.2, slot,
                                label_px * 2.9),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, label)


class AnswerChart(QWidget):
    """The before/after answer as bars; draws nothing before the routine was done."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(translate("TrialAnswer", "Chart: cramps a night, before and "
                                                        "since the bedtime routine"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.comparison: Comparison | None = None

    def sizeHint(self) -> QSize:
        return QSize(600, 280)

    def show_comparison(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.setVisible(comparison.state is State.READY)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.comparison is None or self.comparison.state is not State.READY:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_answer(painter, QRectF(self.rect()), self.comparison)
        if self.hasFocus():
            painter.setPen(QPen(QColor(theme.FOCUS), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()
