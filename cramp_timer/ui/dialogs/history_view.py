"""The diary's history: the nights, one night's entries, six weeks in two charts, the
before/after answer ("Is it helping?"), and the exports (CSV, a PDF for the doctor).

Dumb by design: it renders ``cramp_timer.core.history`` and ``cramp_timer.core.trial`` snapshots
and calls a ``HistorySource`` (a night, delete), ``cramp_timer.core.report`` and
``report_pdf``. Reading the whole diary and writing an export run on a worker thread
(``background``, default ``ui.background.Background``; its own diary connection), so
the window never waits for them; a night's entries and a delete stay on this thread
(one indexed query). Injectable, so that tests and the PIN lock can step in:

- ``confirm_delete(entry) -> bool``: asked before an entry is deleted (default: a question
  box whose default button keeps the entry);
- ``choose_path(parent, title, suggested, file_filter) -> Path | None``: where to save an
  export (default: ``QFileDialog.getSaveFileName``);
- ``ask_name(parent, suggested) -> str | None``: the name to print on the PDF ("" for
  none, None: cancel; default: a one-line question).

Open it from the main window with ``HistoryDialog(diary, clock, zone, parent).open()``.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from collections.abc import Callable
from datetime import date, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cramp_timer.core.aftercare import care
from cramp_timer.core.clock import Clock
from cramp_timer.core.history import (
    History,
    NightDetail,
    NightRow,
)
from cramp_timer.core.trial import Comparison, compare
from cramp_timer.flows.history_source import HistorySource
from cramp_timer.i18n import current_language, translate
from cramp_timer.routines.model import name_title
from cramp_timer.storage.diary import (
    CrampEntry,
    CrampOutcome,
    Diary,
    Leg,
    ReminderOutcome,
    RoutineOutcome,
    UnknownEntry,
)
from cramp_timer.ui import theme
from cramp_timer.ui.background import Background, Runner
from cramp_timer.ui.fitting import StackPage
from cramp_timer.ui.formatting import day_text, long_day_text, number_text, time_text
from cramp_timer.ui.history_charts import AnswerChart, CrampsChart, SeverityChart
from cramp_timer.ui.main_window import add_cramp_now
from cramp_timer.ui.trial_words import answer_lines, note_text

if TYPE_CHECKING:
    from cramp_timer.core.report import Report

log = logging.getLogger(__name__)

ConfirmDelete = Callable[[CrampEntry], bool]
ChoosePath = Callable[[QWidget, str, str, str], "Path | None"]
AskName = Callable[[QWidget, str], "str | None"]

NIGHTS_TAB, CHARTS_TAB, ANSWER_TAB = 0, 1, 2
EMPTY_PAGE, NIGHTS_PAGE = 0, 1
NIGHTS_BATCH: Final = 300
NIGHT_ROLE: Final = int(Qt.ItemDataRole.UserRole)
ENTRY_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 1

_STYLE: Final = f"""
QListView, QListWidget {{
    background: {theme.SURFACE};
    border: 1px solid {theme.BORDER};
    font-size: 20px;
}}
QListView::item, QListWidget::item {{ padding: 8px; border-bottom: 1px solid {theme.BORDER}; }}
QListView::item:selected, QListWidget::item:selected {{
    background: {theme.BORDER};
    color: {theme.ACCENT_TEXT};
}}
QListView:focus, QListWidget:focus {{ border: 2px solid {theme.FOCUS}; }}
QTabWidget::pane {{ border: 1px solid {theme.BORDER}; }}
QTabBar::tab {{
    background: {theme.SURFACE};
    color: {theme.TEXT_DIM};
    padding: 10px 22px;
    border: 1px solid {theme.BORDER};
    font-size: 20px;
}}
QTabBar::tab:selected {{ color: {theme.ACCENT_TEXT}; background: {theme.BORDER}; }}
QTabBar::tab:focus {{ border: 2px solid {theme.FOCUS}; }}
QLabel#nightTitle {{ font-size: 24px; font-weight: 600; color: {theme.ACCENT_TEXT}; }}
QLabel#emptyText {{ font-size: 24px; color: {theme.TEXT}; }}
QLabel#answerText {{ font-size: 20px; color: {theme.ACCENT_TEXT}; }}
QLabel#answerNote {{ font-size: 17px; color: {theme.TEXT_DIM}; font-style: italic; }}
QPushButton:disabled {{ color: {theme.TEXT_DIM}; border-color: {theme.RING_TRACK}; }}
"""


# ------------------------------------------------------------------------ words


def _seconds_text(seconds: float) -> str:
    whole = round(seconds)
    if whole < 60:
        return translate("HistoryView", "%1 s").replace("%1", str(whole))
    return (
        translate("HistoryView", "%1 min %2 s")
        .replace("%1", str(whole // 60))
        .replace("%2", str(whole % 60))
    )


def _minutes_text(minutes: float) -> str:
    return translate("HistoryView", "%1 min").replace("%1", number_text(minutes, 1))


def _routine_text(outcome: RoutineOutcome | None, runs: int) -> str:
    if outcome is RoutineOutcome.DONE:
        return translate("HistoryView", "routine done")
    if outcome is RoutineOutcome.PARTIAL:
        return translate("HistoryView", "routine partly done")
    if outcome is RoutineOutcome.STOPPED:
        return translate("HistoryView", "routine stopped")
    if runs:
        return translate("HistoryView", "routine not finished")
    return translate("HistoryView", "no routine")


def _reminder_text(outcome: ReminderOutcome) -> str:
    return {
        ReminderOutcome.SKIPPED: translate("HistoryView", "skipped"),
        ReminderOutcome.SNOOZED: translate("HistoryView", "snoozed"),
        ReminderOutcome.MISSED: translate("HistoryView", "missed"),
        ReminderOutcome.STARTED: translate("HistoryView", "started the routine"),
    }[outcome]


def night_row_text(row: NightRow) -> str:
    """Two lines: the date, then what happened."""
    parts = []
    if row.cramp_count:
        parts.append(translate("HistoryView", "Cramps: %1").replace("%1", str(row.cramp_count)))
        if row.mean_severity is not None:
            parts.append(
                translate("HistoryView", "severity %1").replace(
                    "%1", number_text(row.mean_severity, 1)
                )
            )
    else:
        parts.append(translate("HistoryView", "No cramps"))
    parts.append(_routine_text(row.routine, row.routine_runs))
    if row.red_flags:
        parts.append(translate("HistoryView", "warning signs"))
    return day_text(row.night) + "\n" + " · ".join(parts)


def entry_text(entry: CrampEntry) -> str:
    """What one Cramp-now session was, in a few short lines."""
    when = time_text(entry.started_at)
    if entry.unfinished:
        ending = translate("HistoryView", "Not finished (the app was closed during the stretch)")
    elif entry.outcome is CrampOutcome.BETTER:
        ending = translate("HistoryView", "Eased with stretching")
    elif entry.outcome is CrampOutcome.STILL_CRAMPING:
        ending = translate("HistoryView", "Still cramping after stretching")
    else:
        ending = translate("HistoryView", "Stretch stopped early")
    lines = [f"{when} · {ending}"]
    details = [
        translate("HistoryView", "Rounds: %1").replace("%1", str(entry.rounds)),
        translate("HistoryView", "stretched %1").replace(
            "%1", _seconds_text(entry.stretch_seconds)
        ),
    ]
    if entry.severity is not None:
        details.append(
            translate("HistoryView", "severity %1 of 10").replace("%1", str(entry.severity))
        )
    if entry.leg is not None:
        details.append(
            {
                Leg.LEFT: translate("HistoryView", "left leg"),
                Leg.RIGHT: translate("HistoryView", "right leg"),
                Leg.BOTH: translate("HistoryView", "both legs"),
            }[entry.leg]
        )
    lines.append(" · ".join(details))
    if entry.followups:
        used = ", ".join(
            care(f.kind).in_history().replace("%1", _minutes_text(f.minutes))
            for f in entry.followups
        )
        lines.append(translate("HistoryView", "Afterwards: %1").replace("%1", used))
    if entry.red_flags_shown:
        lines.append(translate("HistoryView", "The advice on warning signs was shown."))
    return "\n".join(lines)


def night_extra_text(detail: NightDetail) -> str:
    """The bedtime routine and the reminder of a night, in plain words."""
    lines = []
    if not detail.cramps:
        lines.append(translate("HistoryView", "No cramps this night."))
    for run in detail.routine_runs:
        if run.outcome is None:
            state = translate("HistoryView", "started, not finished")
        else:
            state = {
                RoutineOutcome.DONE: translate("HistoryView", "done"),
                RoutineOutcome.PARTIAL: translate("HistoryView", "partly done"),
                RoutineOutcome.STOPPED: translate("HistoryView", "stopped"),
            }[run.outcome]
        lines.append(
            translate("HistoryView", "Bedtime routine at %1: %2 (%3)")
            .replace("%1", time_text(run.started_at))
            .replace("%2", state)
            .replace("%3", name_title(run.routine_name))
        )
    if not detail.routine_runs:
        lines.append(translate("HistoryView", "No bedtime routine this night."))
    if detail.reminders:
        lines.append(
            translate("HistoryView", "Reminder: %1").replace(
                "%1", ", ".join(_reminder_text(r) for r in detail.reminders)
            )
        )
    return "\n".join(lines)


def severity_text(history: History) -> str:
    rated = [p for p in history.chart if p.mean_severity is not None]
    if not rated:
        return translate("HistoryView", "No night of the last six weeks has a rating.")
    mean = sum(p.mean_severity or 0.0 for p in rated) / len(rated)
    return (
        translate("HistoryView", "Rated nights: %1 of %2; their mean severity: %3 of 10.")
        .replace("%1", str(len(rated)))
        .replace("%2", str(len(history.chart)))
        .replace("%3", number_text(mean, 1))
    )


def weeks_text(history: History) -> str:
    overall = history.overall
    if overall.cramps == 0 and overall.routine_nights == 0:
        return translate("HistoryView", "Nothing was recorded in the last six weeks.")
    text = (
        translate(
            "HistoryView",
            "Last six weeks: %1 cramps on %2 of %3 nights; bedtime routine done on %4 nights.",
        )
        .replace("%1", str(overall.cramps))
        .replace("%2", str(overall.nights_with_cramps))
        .replace("%3", str(overall.nights))
        .replace("%4", str(overall.routine_nights))
    )
    if overall.red_flags:
        text += " " + translate(
            "HistoryView", "Times the advice on warning signs was shown: %1."
        ).replace("%1", str(len(overall.red_flags)))
    return text


# ------------------------------------------------------------------------ the night list


class NightListModel(QAbstractListModel):
    """The nights, newest first. Text is made when a row is first shown, then kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[NightRow, ...] = ()
        self._count = 0  # len(self._rows): Qt asks for it thousands of times
        self._texts: dict[int, str] = {}

    def set_rows(self, rows: tuple[NightRow, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._count = len(rows)
        self._texts = {}
        self.endResetModel()

    def rows(self) -> tuple[NightRow, ...]:
        return self._rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return self._count

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._texts.get(index.row())
            if text is None:
                text = self._texts[index.row()] = night_row_text(self._rows[index.row()])
            return text
        if role == NIGHT_ROLE:
            return self._rows[index.row()].night
        return None


# ------------------------------------------------------------------------ default hooks


def ask_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> Path | None:
    """Qt's save dialog; None if the person cancels."""
    name, _chosen = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return Path(name) if name else None


def ask_report_name(parent: QWidget, suggested: str) -> str | None:
    """A one-line question; None if the person cancels."""
    text, ok = QInputDialog.getText(
        parent,
        translate("HistoryView", "Name on the summary"),
        translate("HistoryView", "A name to print on the summary (you may leave it empty):"),
        text=suggested,
    )
    return text if ok else None


def ask_confirm_delete(parent: QWidget, entry: CrampEntry) -> bool:
    """A question whose default answer keeps the entry."""
    box, delete = confirm_delete_box(parent, entry)
    box.exec()
    return box.clickedButton() is delete


def confirm_delete_box(parent: QWidget, entry: CrampEntry) -> tuple[QMessageBox, QPushButton]:
    """The delete question, built but not shown, and its Delete button; Enter and Esc
    answer "Keep it"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("HistoryView", "Delete this entry?"))
    box.setText(
        translate("HistoryView", "Delete the cramp entry of %1 at %2?")
        .replace("%1", day_text(entry.started_at.date()))
        .replace("%2", time_text(entry.started_at))
    )
    box.setInformativeText(translate("HistoryView", "It cannot be brought back."))
    delete = box.addButton(
        translate("HistoryView", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(translate("HistoryView", "Keep it"), QMessageBox.ButtonRole.RejectRole)
    delete.setAccessibleName(translate("HistoryView", "Delete the entry"))
    keep.setAccessibleName(translate("HistoryView", "Keep it"))
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box, delete


# ------------------------------------------------------------------------ the dialog


class HistoryDialog(QDialog):
    """The history view. ``HistoryDialog(diary, clock, zone, parent).open()``."""

    def __init__(
        self,
        diary: Diary,
        clock: Clock,
        zone: tzinfo | None = None,
        parent: QWidget | None = None,
        *,
        confirm_delete: ConfirmDelete | None = None,
        choose_path: ChoosePath | None = None,
        ask_name: AskName | None = None,
        background: Runner | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = HistorySource(diary, clock, zone)
        self._diary_path = diary.path
        self._zone = zone
        self._clock = clock
        self._background: Runner = background or Background(self)
        self._ask_name: AskName = ask_name or ask_report_name
        self._report_name = ""
        self._loads = 0  # the number of the latest load asked for; older answers are dropped
        self._exporting = False
        self._comparison: Comparison | None = None
        self._confirm_delete: ConfirmDelete = confirm_delete or (
            lambda entry: ask_confirm_delete(self, entry)
        )
        self._choose_path: ChoosePath = choose_path or ask_save_path
        self._history: History | None = None
        self._detail: NightDetail | None = None

        self.setWindowTitle(self.tr("Cramp diary"))
        self.setAccessibleName(self.tr("Cramp diary history"))
        self.setStyleSheet(_STYLE)
        self.resize(1000, 760)
        layout = QVBoxLayout(self)
        self.cramp_now = add_cramp_now(self, layout, steps_aside=True)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(12)

        self.notice = QFrame()
        self.notice.setObjectName("notice")
        notice_row = QHBoxLayout(self.notice)
        notice_row.setContentsMargins(14, 8, 8, 8)
        self.notice_text = QLabel("")
        self.notice_text.setObjectName("noticeText")
        self.notice_text.setWordWrap(True)
        self.notice_text.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_text.setAccessibleDescription(self.tr("Message"))
        notice_row.addWidget(self.notice_text, 1)
        self.notice_close = QPushButton(self.tr("OK"))
        self.notice_close.setAccessibleName(self.tr("OK"))
        self.notice_close.setToolTip(self.tr("Hide this message"))
        self.notice_close.clicked.connect(self.notice.hide)
        notice_row.addWidget(self.notice_close)
        self.notice.hide()
        layout.addWidget(self.notice)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("History pages"))
        self.tabs.addTab(self._build_nights_tab(), self.tr("&Nights"))
        self.tabs.addTab(self._build_charts_tab(), self.tr("&Six weeks"))
        self.tabs.addTab(self._build_answer_tab(), self.tr("&Is it helping?"))
        layout.addWidget(self.tabs, 1)

        buttons = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("&Delete entry"))
        self.delete_button.setAccessibleName(self.tr("Delete entry"))
        self.delete_button.setToolTip(self.tr("Delete the chosen cramp entry (Delete key)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.csv_button.setAccessibleName(self.tr("Export CSV…"))
        self.csv_button.setToolTip(self.tr("Save every cramp entry as a spreadsheet file"))
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Export PDF…"))
        self.pdf_button.setToolTip(self.tr("Save a summary to show your doctor"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.delete_button, self.csv_button, self.pdf_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self.refresh()
        self.nights.setFocus()

    # -- building --------------------------------------------------------------------
    def _build_nights_tab(self) -> QWidget:
        self.nights_pages = QStackedWidget()
        self.empty_text = QLabel(
            self.tr(
                "Nothing is in your diary yet.\n\nEach time you use Cramp now or do the "
                "bedtime routine, that night shows up here."
            )
        )
        self.empty_text.setObjectName("emptyText")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nights_pages.addWidget(self.empty_text)

        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(8, 8, 8, 8)
        row.setSpacing(14)
        self.nights_model = NightListModel(self)
        self.nights = QListView()
        self.nights.setModel(self.nights_model)
        self.nights.setUniformItemSizes(True)
        # Laid out a few hundred rows per turn of the event loop: 30 years of nights at
        # once kept the window busy for 0.15 s (Qt asks rowCount() twice per row).
        self.nights.setLayoutMode(QListView.LayoutMode.Batched)
        self.nights.setBatchSize(NIGHTS_BATCH)
        self.nights.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nights.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.nights.setAccessibleName(self.tr("Nights, newest first"))
        self.nights.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.nights.selectionModel().currentChanged.connect(self._on_night_changed)
        row.addWidget(self.nights, 5)

        right = QVBoxLayout()
        self.night_title = QLabel("")
        self.night_title.setObjectName("nightTitle")
        self.night_title.setTextFormat(Qt.TextFormat.PlainText)
        self.night_title.setAccessibleDescription(self.tr("The chosen night"))
        right.addWidget(self.night_title)
        self.entries = QListWidget()
        self.entries.setAccessibleName(self.tr("Cramp entries of the chosen night"))
        self.entries.setWordWrap(True)
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries.currentItemChanged.connect(lambda *_: self._update_buttons())
        right.addWidget(self.entries, 1)
        self.night_extra = QLabel("")
        self.night_extra.setWordWrap(True)
        self.night_extra.setTextFormat(Qt.TextFormat.PlainText)
        self.night_extra.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.night_extra.setAccessibleDescription(self.tr("Bedtime routine and reminder"))
        right.addWidget(self.night_extra)
        self.night_spacer = QWidget()  # takes the list's room on a night without cramps
        right.addWidget(self.night_spacer, 1)
        row.addLayout(right, 5)
        self.nights_pages.addWidget(page)
        return self.nights_pages

    def _build_charts_tab(self) -> QWidget:
        page = StackPage()
        column = QVBoxLayout(page)
        column.setContentsMargins(8, 4, 8, 4)
        column.setSpacing(4)
        self.weeks_label = QLabel("")
        self.weeks_label.setWordWrap(True)
        self.weeks_label.setTextFormat(Qt.TextFormat.PlainText)
        self.weeks_label.setAccessibleDescription(self.tr("The last six weeks in figures"))
        column.addWidget(self.weeks_label)
        self.cramps_chart, self.severity_chart = CrampsChart(), SeverityChart()
        column.addWidget(self.cramps_chart, 1)
        column.addWidget(self.severity_chart, 1)
        return page

    def _build_answer_tab(self) -> QWidget:
        page = StackPage()
        column = QVBoxLayout(page)
        column.setContentsMargins(14, 10, 14, 10)
        self.answer_text = QLabel("")
        self.answer_text.setObjectName("answerText")
        self.answer_text.setWordWrap(True)
        self.answer_text.setTextFormat(Qt.TextFormat.PlainText)
        self.answer_text.setAccessibleDescription(
            self.tr("Before and since the bedtime routine, in figures"))
        column.addWidget(self.answer_text)
        self.answer_chart = AnswerChart()
        column.addWidget(self.answer_chart, 1)
        self.answer_note = QLabel(note_text())
        self.answer_note.setObjectName("answerNote")
        self.answer_note.setWordWrap(True)
        self.answer_note.setTextFormat(Qt.TextFormat.PlainText)
        self.answer_note.setAccessibleDescription(self.tr("What these figures can and cannot say"))
        column.addWidget(self.answer_note)
        self.answer_spacer = QWidget()  # takes the chart's room when there is no chart
        column.addWidget(self.answer_spacer, 1)
        return page

    def charts(self) -> tuple[CrampsChart, SeverityChart]:
        return self.cramps_chart, self.severity_chart

    def _show_charts(self) -> None:
        if self._history is None:
            return
        self.cramps_chart.show_points(self._history.chart)
        self.severity_chart.show_points(self._history.chart)
        self.cramps_chart.setAccessibleDescription(weeks_text(self._history))
        self.severity_chart.setAccessibleDescription(severity_text(self._history))

    def _show_answer(self, comparison: Comparison) -> None:
        self._comparison = comparison
        lines = answer_lines(comparison)
        self.answer_text.setText("\n".join(lines))
        self.answer_chart.show_comparison(comparison)
        self.answer_chart.setAccessibleDescription(" ".join(lines))
        self.answer_spacer.setVisible(self.answer_chart.isHidden())

    # -- rendering -------------------------------------------------------------------
    @property
    def history(self) -> History | None:
        return self._history

    @property
    def comparison(self) -> Comparison | None:
        return self._comparison

    def refresh(self) -> None:
        """Read the diary again (after a change), keeping the chosen night if it is there.
        The reading runs on the worker thread; the view changes when it is done."""
        self._loads += 1
        ticket = self._loads
        path, clock, zone = self._diary_path, self._clock, self._zone

        def work() -> tuple[History, Comparison]:
            with Diary.open(path) as diary:
                history = HistorySource(diary, clock, zone).load()
            return history, compare(history.nights, history.today)

        def done(result: tuple[History, Comparison]) -> None:
            if ticket == self._loads:  # a newer load is on its way otherwise
                self._apply(*result)

        def failed(error: BaseException) -> None:
            log.error("history: could not read the diary: %s", error)
            self._say(
                self.tr("Your diary could not be read just now (%1). Nothing was changed.").replace(
                    "%1", str(error)
                )
            )

        self._background.submit(work, done, failed)

    def _apply(self, history: History, comparison: Comparison) -> None:
        chosen = self._current_night()
        self._history = history
        if history.nights != self.nights_model.rows():  # a reset lays out every row again
            self.nights_model.set_rows(history.nights)
        self.nights_pages.setCurrentIndex(EMPTY_PAGE if history.empty else NIGHTS_PAGE)
        self.weeks_label.setText(weeks_text(history))
        self._show_charts()
        self._show_answer(comparison)
        row = 0
        if chosen is not None:
            nights = [r.night for r in history.nights]
            # the same night, or the one that took its place in the list
            row = next((i for i, n in enumerate(nights) if n <= chosen), len(nights) - 1)
        if history.nights:
            index = self.nights_model.index(max(row, 0), 0)
            self.nights.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self._show_night(history.nights[max(row, 0)].night)
        else:
            self._show_detail(None)
        self._update_buttons()

    def _current_night(self) -> date | None:
        index = self.nights.currentIndex()
        value = index.data(NIGHT_ROLE) if index.isValid() else None
        return value if isinstance(value, date) else None

    def _on_night_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        night = current.data(NIGHT_ROLE) if current.isValid() else None
        if isinstance(night, date) and (self._detail is None or self._detail.night != night):
            self._show_night(night)

    def _show_night(self, night: date) -> None:
        try:
            detail = self._source.night(night)
        except sqlite3.Error as error:
            log.error("history: could not read night %s: %s", night, error)
            self._say(self.tr("This night could not be read (%1).").replace("%1", str(error)))
            return
        if detail != self._detail:  # the same entries: nothing to lay out again
            self._show_detail(detail)

    def _show_detail(self, detail: NightDetail | None) -> None:
        self._detail = detail
        self.entries.clear()
        if detail is None:
            self.night_title.setText("")
            self.night_extra.setText("")
            self._update_buttons()
            return
        self.night_title.setText(self.tr("Night of %1").replace("%1", long_day_text(detail.night)))
        for entry in detail.cramps:
            item = QListWidgetItem(entry_text(entry))
            item.setData(ENTRY_ROLE, entry.id)
            self.entries.addItem(item)
        if detail.cramps:
            self.entries.setCurrentRow(0)
        self.entries.setVisible(bool(detail.cramps))
        self.night_spacer.setVisible(not detail.cramps)
        self.night_extra.setText(night_extra_text(detail))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_entries = self._history is not None and not self._history.empty
        self.delete_button.setEnabled(self.selected_entry() is not None)
        self.csv_button.setEnabled(has_entries and not self._exporting)
        self.pdf_button.setEnabled(has_entries and not self._exporting)

    def selected_entry(self) -> CrampEntry | None:
        item = self.entries.currentItem()
        if item is None or self._detail is None:
            return None
        entry_id = item.data(ENTRY_ROLE)
        return next((c for c in self._detail.cramps if c.id == entry_id), None)

    def _say(self, text: str) -> None:
        self.notice_text.setText(text)
        self.notice.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The Delete key deletes the chosen entry (after the question), also when the
        night list has the focus; the lists pass on keys they do not use."""
        if event.matches(QKeySequence.StandardKey.Delete):
            event.accept()
            self.delete_selected()
            return
        super().keyPressEvent(event)

    # -- actions ---------------------------------------------------------------------
    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        if not self._confirm_delete(entry):
            return
        try:
            self._source.delete_cramp(entry.id)
        except UnknownEntry:
            self._say(self.tr("That entry had already been deleted."))
        except sqlite3.Error as error:
            log.error("history: delete of cramp %d failed: %s", entry.id, error)
            self._say(
                self.tr("The entry could not be deleted (%1). Your diary is as it was.").replace(
                    "%1", str(error)
                )
            )
            return
        else:
            self._say(self.tr("The entry was deleted."))
        self._detail = None
        self.refresh()

    def export_csv(self) -> None:
        path = self._ask_path(
            self.tr("Save the cramp diary as CSV"),
            "cramp-diary",
            ".csv",
            self.tr("CSV files (*.csv)"),
        )
        if path is None:
            return
        diary_path, zone = self._diary_path, self._zone

        def work() -> int:
            from cramp_timer.core.ranges import read_export
            from cramp_timer.storage.export import write_csv

            with Diary.open(diary_path) as diary:
                cramps, runs = read_export(diary, zone)
            return write_csv(path, cramps, runs, zone)

        def done(count: int) -> None:
            self._say(
                self.tr("Saved to %1. Cramp entries in the file: %2.")
                .replace("%1", str(path))
                .replace("%2", str(count))
            )

        self._export(work, done, path, "CSV")

    def export_pdf(self) -> None:
        if self._history is None:
            return
        name = self._ask_name(self, self._report_name)
        if name is None:
            return
        path = self._ask_path(
            self.tr("Save a summary for your doctor as PDF"),
            "cramp-summary",
            ".pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path is None:
            return
        self._report_name = name
        diary_path, zone, today = self._diary_path, self._zone, self._history.today
        made_on = self._clock.now().astimezone(zone).date()
        zone_key = "" if zone is None else getattr(zone, "key", None)
        if isinstance(zone_key, str):  # in a process of its own: Qt's HTML holds the GIL
            from cramp_timer.ui.report_process import report_argv

            self._start_export(path)
            self._background.run_helper(
                "report-pdf",
                report_argv(diary_path, path, today, made_on, zone_key, name,
                            current_language()),
                lambda: self._export_done(
                    self.tr("Saved the summary to %1.").replace("%1", str(path))),
                lambda reason: self._export_failed(path, "PDF", OSError(errno.EIO, reason)),
            )
            return

        def work() -> Report:
            from cramp_timer.core.report import build_report
            from cramp_timer.ui.report_pdf import write_report  # only needed when asked for

            with Diary.open(diary_path) as diary:
                report = build_report(diary, zone, today, name=name, made_on=made_on)
            write_report(path, report)
            return report

        def done(_report: Report) -> None:
            self._say(self.tr("Saved the summary to %1.").replace("%1", str(path)))

        self._export(work, done, path, "PDF")

    def _export(self, work: Callable[[], object], done: Callable[[Any], None], path: Path,
                kind: str) -> None:
        def finish(result: object) -> None:
            self._exporting = False
            self._update_buttons()
            done(result)

        self._start_export(path)
        self._background.submit(work, finish, lambda e: self._export_failed(path, kind, e))

    def _start_export(self, path: Path) -> None:
        self._exporting = True
        self._update_buttons()
        self._say(self.tr("Saving to %1…").replace("%1", str(path)))

    def _export_done(self, message: str) -> None:
        self._exporting = False
        self._update_buttons()
        self._say(message)

    def _export_failed(self, path: Path, kind: str, error: BaseException) -> None:
        self._exporting = False
        self._update_buttons()
        log.error("history: %s export to %s failed: %s", kind, path, error)
        self._say(self._save_failed(path, error))

    def done(self, result: int) -> None:
        """Closing: no new work for the worker (one running finishes on its own)."""
        self._background.shutdown()
        super().done(result)

    def _ask_path(self, title: str, stem: str, suffix: str, file_filter: str) -> Path | None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        today = self._clock.now().date().isoformat()
        suggested = str(Path(folder) / f"{stem}-{today}{suffix}")
        path = self._choose_path(self, title, suggested, file_filter)
        if path is None:
            return None
        return path if path.suffix else path.with_suffix(suffix)

    def _save_failed(self, path: Path, error: BaseException) -> str:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return (
            self.tr("The file %1 could not be saved: %2. Nothing in your diary was changed.")
            .replace("%1", str(path))
            .replace("%2", reason)
        )
