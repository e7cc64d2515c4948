"""The history view's two charts (QtCharts), in the night palette.

Kept apart from the view, so QtCharts is loaded only when the chart tab is first shown.
"""

from __future__ import annotations

import math
from typing import Final

from PySide6.QtCharts import (
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QFrame

from cramp_timer.history import ChartPoint
from cramp_timer.i18n import translate
from cramp_timer.ui import theme
from cramp_timer.ui.formatting import day_text


def _axis_style(axis: QValueAxis) -> None:
    axis.setLabelsColor(QColor(theme.TEXT_DIM))
    font = QFont()
    font.setPixelSize(16)
    axis.setLabelsFont(font)
    axis.setLinePenColor(QColor(theme.BORDER))
    axis.setGridLineColor(QColor(theme.RING_TRACK))
    axis.setShadesVisible(False)


def _night_axis(points: tuple[ChartPoint, ...]) -> QCategoryAxis:
    """x: one step per night; the date under the last night of each week."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(-0.5, len(points) - 0.5)
    axis.setStartValue(-0.5)
    last = len(points) - 1
    for index, point in enumerate(points):
        if (last - index) % 7 == 0:
            axis.append(day_text(point.night, weekday=False, year=False), index)
    _axis_style(axis)
    axis.setGridLineVisible(False)
    return axis


def _new_chart(title: str) -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundBrush(QBrush(QColor(theme.BACKGROUND)))
    chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
    chart.setBackgroundRoundness(0)
    chart.setPlotAreaBackgroundBrush(QBrush(QColor(theme.SURFACE)))
    chart.setPlotAreaBackgroundVisible(True)
    chart.setTitle(title)
    chart.setTitleBrush(QBrush(QColor(theme.TEXT)))
    font = QFont()
    font.setPixelSize(20)
    font.setBold(True)
    chart.setTitleFont(font)
    legend = chart.legend()
    legend.setLabelColor(QColor(theme.TEXT))
    legend_font = QFont()
    legend_font.setPixelSize(16)
    legend.setFont(legend_font)
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


class NightChartView(QChartView):
    """One chart over the chart nights; ``show_points`` replaces what it shows."""

    def __init__(self, accessible_name: str) -> None:
        super().__init__()
        self.setAccessibleName(accessible_name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QBrush(QColor(theme.BACKGROUND)))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMinimumHeight(220)


class CrampsChart(NightChartView):
    """Cramps per night as bars; a dot under each night the bedtime routine was done."""

    ROUTINE_Y: Final = -0.45

    def __init__(self) -> None:
        super().__init__(translate("HistoryView", "Chart: cramps per night, last six weeks"))
        self.bars = QBarSet(translate("HistoryView", "Cramps"))
        self.routine = QScatterSeries()
        self.routine.setName(translate("HistoryView", "Bedtime routine done"))
        self.setChart(_new_chart(translate("HistoryView", "Cramps per night")))

    def show_points(self, points: tuple[ChartPoint, ...]) -> None:
        chart = self.chart()
        chart.removeAllSeries()  # deletes the old series and their sets
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.bars = QBarSet(translate("HistoryView", "Cramps"))
        self.bars.append([float(p.cramp_count) for p in points])
        bars = QBarSeries()
        bars.setBarWidth(0.7)
        bars.append(self.bars)
        self.routine = QScatterSeries()
        self.routine.setName(translate("HistoryView", "Bedtime routine done"))
        for index, point in enumerate(points):
            if point.routine_done:
                self.routine.append(index, self.ROUTINE_Y)
        chart.addSeries(bars)
        chart.addSeries(self.routine)
        x = _night_axis(points)
        top = max((p.cramp_count for p in points), default=0)
        # few labels: the chart is low, and Qt drops labels that would touch
        step = 1 if top <= 2 else math.ceil(top / 2)
        y = QValueAxis()
        y.setRange(-0.9, max(2, step * math.ceil((top + 0.5) / step)))
        y.setTickType(QValueAxis.TickType.TicksDynamic)
        y.setTickAnchor(0)
        y.setTickInterval(step)
        y.setLabelFormat("%d")
        _axis_style(y)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for series in (bars, self.routine):
            series.attachAxis(x)
            series.attachAxis(y)
        # colours after adding: the chart's theme paints new series otherwise
        self.bars.setColor(QColor(theme.RING))
        self.bars.setBorderColor(QColor(theme.RING))
        self.routine.setColor(QColor(theme.ACCENT_TEXT))
        self.routine.setBorderColor(QColor(theme.ACCENT_TEXT))
        self.routine.setMarkerSize(9)
        chart.legend().setLabelColor(QColor(theme.TEXT))


class SeverityChart(NightChartView):
    """The mean severity (0-10) of each night that has a rating; no dot where none."""

    def __init__(self) -> None:
        super().__init__(translate("HistoryView", "Chart: mean severity per night, last six weeks"))
        self.series = QScatterSeries()
        self.setChart(_new_chart(translate("HistoryView", "Mean severity, 0 to 10")))

    def show_points(self, points: tuple[ChartPoint, ...]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.series = QScatterSeries()
        self.series.setName(translate("HistoryView", "Mean severity of the night"))
        for index, point in enumerate(points):
            if point.mean_severity is not None:
                self.series.append(index, point.mean_severity)
        chart.addSeries(self.series)
        x = _night_axis(points)
        y = QValueAxis()
        y.setRange(-1, 11)  # room for a whole dot on 0 or 10
        y.setTickType(QValueAxis.TickType.TicksDynamic)
        y.setTickAnchor(0)
        y.setTickInterval(5)
        y.setLabelFormat("%d")
        _axis_style(y)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(x)
        self.series.attachAxis(y)
        self.series.setColor(QColor(theme.ACCENT_TEXT))
        self.series.setBorderColor(QColor(theme.RING))
        self.series.setMarkerSize(12)
        chart.legend().setVisible(False)
