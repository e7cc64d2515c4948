"""The history view, offscreen, on a real diary file: list, charts, delete, exports."""

from __future__ import annotations

import csv
import os
import re
import shutil
import sqlite3
import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from diary_data import fill_nights
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QMessageBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cramp_timer.clock import FakeClock
from cramp_timer.diary import CrampEntry, Diary
from cramp_timer.ui import theme
from cramp_timer.ui.history_charts import CrampsChart
from cramp_timer.ui.history_view import (
    CHARTS_TAB,
    EMPTY_PAGE,
    NIGHT_ROLE,
    NIGHTS_PAGE,
    HistoryDialog,
    ask_confirm_delete,
)
from cramp_timer.ui.report_pdf import page_count

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 2, 16, 7, 30, tzinfo=BERLIN)  # the morning after the night of the 15th
HAS_POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdftoppm") is not None


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)  # type: ignore[misc]


@pytest.fixture(autouse=True)
def night_theme(qapp: QApplication) -> Iterator[None]:
    """The app's look, as the real app sets it up; put back afterwards for other tests."""
    sheet, palette, style = qapp.styleSheet(), qapp.palette(), qapp.style().name()
    theme.apply_night_theme(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)


@pytest.fixture
def diary(tmp_path: Path) -> Iterator[Diary]:
    with Diary.open(tmp_path / "diary.sqlite3") as opened:
        yield opened


class Answers:
    """Stands in for the question box and the file dialog, and records what was asked."""

    def __init__(self, delete: bool = True, path: Path | None = None) -> None:
        self.delete = delete
        self.path = path
        self.asked: list[CrampEntry] = []
        self.titles: list[tuple[str, str, str]] = []

    def confirm(self, entry: CrampEntry) -> bool:
        self.asked.append(entry)
        return self.delete

    def choose(self, parent: QWidget, title: str, suggested: str, filt: str) -> Path | None:
        self.titles.append((title, suggested, filt))
        return self.path


def open_dialog(qtbot: QtBot, diary: Diary, answers: Answers) -> HistoryDialog:
    dialog = HistoryDialog(
        diary,
        FakeClock(NOW),
        BERLIN,
        confirm_delete=answers.confirm,
        choose_path=answers.choose,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def three_nights(diary: Diary) -> dict[str, int]:
    """The night of the 15th: two cramps and the routine; the 12th: one cramp, red flags."""
    a = diary.start_cramp(berlin(2026, 2, 15, 23, 40), "seated", 45)
    diary.finish_cramp(a, berlin(2026, 2, 15, 23, 44), "better", 2, 90.0, False)
    diary.set_severity(a, 4, "left")
    diary.add_followup(a, "heat", 15)
    b = diary.start_cramp(berlin(2026, 2, 16, 3, 5), "standing", 45)
    diary.finish_cramp(b, berlin(2026, 2, 16, 3, 8), "better", 1, 45.0, False)
    diary.set_severity(b, 7, "right")
    run = diary.start_routine(berlin(2026, 2, 15, 22, 0), "Standing")
    diary.finish_routine(run, berlin(2026, 2, 15, 22, 3), "done")
    c = diary.start_cramp(berlin(2026, 2, 13, 2, 15), "seated", 45)
    diary.finish_cramp(c, berlin(2026, 2, 13, 2, 20), "still_cramping", 3, 135.0, True)
    diary.set_severity(c, 9, "left")
    diary.record_reminder(date(2026, 2, 10), "skipped")
    return {"a": a, "b": b, "c": c}


def texts(dialog: HistoryDialog) -> list[str]:
    model = dialog.nights_model
    return [str(model.index(i, 0).data()) for i in range(model.rowCount())]


def choose_night(dialog: HistoryDialog, night: date) -> None:
    model = dialog.nights_model
    for i in range(model.rowCount()):
        if model.index(i, 0).data(NIGHT_ROLE) == night:
            dialog.nights.setCurrentIndex(model.index(i, 0))
            return
    raise AssertionError(f"night {night} not listed")


# ---------------------------------------------------------------- showing


def test_the_list_shows_the_nights_newest_first(qtbot: QtBot, diary: Diary) -> None:
    three_nights(diary)
    dialog = open_dialog(qtbot, diary, Answers())
    assert dialog.nights_pages.currentIndex() == NIGHTS_PAGE
    shown = texts(dialog)
    assert len(shown) == 3
    assert shown[0].startswith("Sun 15 Feb 2026\nCramps: 2 · severity 5.5 · routine done")
    assert shown[1].startswith("Thu 12 Feb 2026\nCramps: 1 · severity 9")
    assert "warning signs" in shown[1]
    assert shown[2] == "Tue 10 Feb 2026\nNo cramps · no routine"
    # the newest night is chosen, its entries shown, the first one selected
    assert dialog.night_title.text() == "Night of Sunday, 15 February 2026"
    assert dialog.entries.count() == 2
    assert dialog.entries.item(0).text().startswith("23:40 · Eased with stretching")
    assert "heat 15 min" in dialog.entries.item(0).text()
    assert "severity 4 of 10 · left leg" in dialog.entries.item(0).text()
    assert dialog.entries.item(1).text().startswith("03:05 ·")
    assert "Bedtime routine at 22:00: done (Standing)" in dialog.night_extra.text()
    assert dialog.delete_button.isEnabled()


def test_choosing_a_night_shows_its_entries(qtbot: QtBot, diary: Diary) -> None:
    three_nights(diary)
    dialog = open_dialog(qtbot, diary, Answers())
    choose_night(dialog, date(2026, 2, 12))
    assert dialog.night_title.text() == "Night of Thursday, 12 February 2026"
    [item] = [dialog.entries.item(i) for i in range(dialog.entries.count())]
    assert item.text().startswith("02:15 · Still cramping after stretching")
    assert "The advice on warning signs was shown." in item.text()
    choose_night(dialog, date(2026, 2, 10))
    assert dialog.entries.count() == 0 and not dialog.entries.isVisible()
    assert "No cramps this night." in dialog.night_extra.text()
    assert "Reminder: skipped" in dialog.night_extra.text()
    assert not dialog.delete_button.isEnabled()


def test_charts_have_the_right_points(qtbot: QtBot, diary: Diary) -> None:
    three_nights(diary)
    dialog = open_dialog(qtbot, diary, Answers())
    assert dialog._charts is None  # not made until the tab is shown
    dialog.tabs.setCurrentIndex(CHARTS_TAB)
    assert dialog._charts is not None
    cramps, severity = dialog.charts()
    assert cramps.isVisible() and severity.isVisible()
    counts = [cramps.bars.at(i) for i in range(cramps.bars.count())]
    assert len(counts) == 42
    assert counts[-1] == 2.0  # the night of the 15th is the last
    assert counts[-4] == 1.0  # the 12th
    assert sum(counts) == 3.0
    assert cramps.routine.points() == [QPointF(41, CrampsChart.ROUTINE_Y)]
    assert severity.series.points() == [QPointF(38, 9.0), QPointF(41, 5.5)]
    assert "3 cramps on 2 of 42 nights" in dialog.weeks_label.text()


def test_charts_use_the_night_palette_and_no_white(qtbot: QtBot, diary: Diary) -> None:
    fill_nights(diary, date(2026, 1, 1), 46, BERLIN, seed=4)
    dialog = open_dialog(qtbot, diary, Answers())
    dialog.tabs.setCurrentIndex(CHARTS_TAB)
    cramps, severity = dialog.charts()
    for view in (cramps, severity):
        chart = view.chart()
        assert chart.backgroundBrush().color() == QColor(theme.BACKGROUND)
        assert chart.plotAreaBackgroundBrush().color() == QColor(theme.SURFACE)
        for axis in chart.axes():
            assert axis.labelsBrush().color() == QColor(theme.TEXT_DIM)
    assert cramps.bars.color() == QColor(theme.RING)
    for widget in (dialog, cramps, severity):
        image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        assert brightest(image) < 0xF5, widget  # theme.ACCENT_TEXT is the brightest colour


def brightest(image: QImage) -> int:
    """The highest of the three channels' lowest value per pixel: near-white scores high."""
    best = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            best = max(best, min(c.red(), c.green(), c.blue()))
    return best


def test_an_empty_diary_says_so(qtbot: QtBot, diary: Diary) -> None:
    dialog = open_dialog(qtbot, diary, Answers())
    assert dialog.nights_pages.currentIndex() == EMPTY_PAGE
    assert dialog.empty_text.isVisible()
    assert dialog.empty_text.text().startswith("Nothing is in your diary yet.")
    assert not dialog.delete_button.isEnabled()
    assert not dialog.csv_button.isEnabled()
    assert not dialog.pdf_button.isEnabled()
    assert dialog.weeks_label.text() == "Nothing was recorded in the last six weeks."
    cramps, severity = dialog.charts()
    assert cramps.bars.count() == 42
    assert severity.series.points() == []


# ---------------------------------------------------------------- deleting


def test_delete_key_asks_then_deletes_and_refreshes(qtbot: QtBot, diary: Diary) -> None:
    ids = three_nights(diary)
    answers = Answers(delete=True)
    dialog = open_dialog(qtbot, diary, answers)
    dialog.entries.setCurrentRow(1)
    dialog.entries.setFocus()
    qtbot.keyClick(dialog.entries, Qt.Key.Key_Delete)
    assert [e.id for e in answers.asked] == [ids["b"]]
    assert answers.asked[0].started_at == berlin(2026, 2, 16, 3, 5)
    assert ids["b"] not in [c.id for c in diary.cramps()]
    assert dialog.entries.count() == 1
    assert texts(dialog)[0].startswith("Sun 15 Feb 2026\nCramps: 1 · severity 4")
    assert dialog.notice.isVisible()
    assert dialog.notice_text.text() == "The entry was deleted."


def test_delete_button_and_cancel_keeps_the_entry(qtbot: QtBot, diary: Diary) -> None:
    ids = three_nights(diary)
    answers = Answers(delete=False)
    dialog = open_dialog(qtbot, diary, answers)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert [e.id for e in answers.asked] == [ids["a"]]
    assert len(diary.cramps()) == 3
    assert dialog.entries.count() == 2
    assert not dialog.notice.isVisible()


def test_deleting_the_last_entry_of_a_night_moves_on(qtbot: QtBot, diary: Diary) -> None:
    ids = three_nights(diary)
    dialog = open_dialog(qtbot, diary, Answers(delete=True))
    choose_night(dialog, date(2026, 2, 12))
    qtbot.keyClick(dialog.nights, Qt.Key.Key_Delete)  # from the list: the night's entry
    assert ids["c"] not in [c.id for c in diary.cramps()]
    assert len(texts(dialog)) == 2
    assert dialog.night_title.text() == "Night of Tuesday, 10 February 2026"


def test_a_failed_delete_says_so_and_keeps_the_entry(
    qtbot: QtBot, diary: Diary, monkeypatch: pytest.MonkeyPatch
) -> None:
    three_nights(diary)
    dialog = open_dialog(qtbot, diary, Answers(delete=True))

    def locked(cramp_id: int) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(dialog._source, "delete_cramp", locked)
    dialog.delete_selected()
    assert dialog.notice_text.text() == (
        "The entry could not be deleted (database is locked). Your diary is as it was."
    )
    assert len(diary.cramps()) == 3 and dialog.entries.count() == 2


def test_an_entry_deleted_elsewhere_is_reported_plainly(qtbot: QtBot, diary: Diary) -> None:
    ids = three_nights(diary)
    dialog = open_dialog(qtbot, diary, Answers(delete=True))
    diary.delete_cramp(ids["a"])  # gone behind the dialog's back
    dialog.delete_selected()
    assert dialog.notice_text.text() == "That entry had already been deleted."
    assert dialog.entries.count() == 1


def test_the_default_question_keeps_the_entry(qtbot: QtBot, diary: Diary) -> None:
    three_nights(diary)
    [entry] = [c for c in diary.cramps() if c.severity == 9]
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default button

    QTimer.singleShot(0, press_enter)
    assert ask_confirm_delete(parent, entry) is False
    assert seen == ["Delete the cramp entry of Fri 13 Feb 2026 at 02:15?"]


def test_the_default_question_deletes_on_its_delete_button(qtbot: QtBot, diary: Diary) -> None:
    three_nights(diary)
    entry = diary.cramps()[0]
    parent = QWidget()
    qtbot.addWidget(parent)

    def click_delete() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        [button] = [b for b in box.buttons() if b.text() == "Delete"]
        button.click()

    QTimer.singleShot(0, click_delete)
    assert ask_confirm_delete(parent, entry) is True


# ---------------------------------------------------------------- exporting


def test_export_csv_to_the_chosen_path(qtbot: QtBot, diary: Diary, tmp_path: Path) -> None:
    three_nights(diary)
    answers = Answers(path=tmp_path / "for the doctor")  # no suffix: .csv is added
    dialog = open_dialog(qtbot, diary, answers)
    qtbot.mouseClick(dialog.csv_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "for the doctor.csv"
    with out.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [r["started_at"] for r in rows] == [
        "2026-02-13T02:15:00+01:00",
        "2026-02-15T23:40:00+01:00",
        "2026-02-16T03:05:00+01:00",
    ]
    assert dialog.notice_text.text() == f"Saved to {out}. Cramp entries in the file: 3."
    [(_title, suggested, filt)] = answers.titles
    assert suggested.endswith("cramp-diary-2026-02-16.csv")
    assert filt == "CSV files (*.csv)"


def test_cancelling_the_file_dialog_writes_nothing(
    qtbot: QtBot, diary: Diary, tmp_path: Path
) -> None:
    three_nights(diary)
    before = sorted(tmp_path.iterdir())
    dialog = open_dialog(qtbot, diary, Answers(path=None))
    dialog.export_csv()
    dialog.export_pdf()
    assert sorted(tmp_path.iterdir()) == before
    assert not dialog.notice.isVisible()


def test_a_failed_export_keeps_the_old_file_and_says_why(
    qtbot: QtBot, diary: Diary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    three_nights(diary)
    out = tmp_path / "cramps.csv"
    out.write_bytes(b"last month's export\r\n")
    dialog = open_dialog(qtbot, diary, Answers(path=out))

    def full(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    dialog.export_csv()
    assert out.read_bytes() == b"last month's export\r\n"
    assert dialog.notice_text.text() == (
        f"The file {out} could not be saved: No space left on device. "
        "Nothing in your diary was changed."
    )
    dialog.export_pdf()
    assert out.read_bytes() == b"last month's export\r\n"
    assert "could not be saved: No space left on device" in dialog.notice_text.text()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_export_to_a_missing_folder_says_so(qtbot: QtBot, diary: Diary, tmp_path: Path) -> None:
    three_nights(diary)
    out = tmp_path / "no such folder" / "cramps.pdf"
    dialog = open_dialog(qtbot, diary, Answers(path=out))
    dialog.export_pdf()
    assert dialog.notice_text.text().startswith(f"The file {out} could not be saved: ")
    assert not out.parent.exists()


@pytest.mark.skipif(not HAS_POPPLER, reason="needs pdftotext and pdftoppm (poppler-utils)")
def test_export_pdf_is_one_page_with_the_figures(
    qtbot: QtBot, diary: Diary, tmp_path: Path
) -> None:
    three_nights(diary)
    out = tmp_path / "summary.pdf"
    dialog = open_dialog(qtbot, diary, Answers(path=out))
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    assert page_count(data) == 1
    assert dialog.notice_text.text() == f"Saved the summary to {out}."
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+1$", info.stdout, flags=re.MULTILINE), info.stdout
    assert re.search(r"^Page size:.*\(A4\)$", info.stdout, flags=re.MULTILINE), info.stdout
    text = pdf_text(out)
    assert "Night cramps: a summary for your doctor" in text
    assert "Nights from 5 Jan 2026 to 15 Feb 2026 (42 nights). Made on 16 Feb 2026." in text
    assert "Cramps per week" in text
    assert "9 Feb – 15 Feb 2026 3 2 of 7 6.7 1 of 7 nights" in text  # the last week's row
    assert "All weeks 3 2 of 42 6.7 1 of 42 nights" in text
    assert "Rated after 3 of 3 cramps" in text and "lowest 4, highest 9" in text
    assert "Eased with stretching 2" in text
    assert "Still cramping after stretching 1" in text
    assert "Heat 1 15" in text
    assert "was shown 1 times: Fri 13 Feb 2026 02:15." in text
    assert "The bedtime stretching routine was done on 1 of 42 nights." in text
    assert "it does not diagnose anything" in text


@pytest.mark.skipif(not HAS_POPPLER, reason="needs pdftoppm (poppler-utils)")
def test_the_pdf_is_black_on_white(qtbot: QtBot, diary: Diary, tmp_path: Path) -> None:
    """Printed for a doctor: no night palette in the PDF, although the app has it."""
    three_nights(diary)
    out = tmp_path / "summary.pdf"
    dialog = open_dialog(qtbot, diary, Answers(path=out))
    dialog.export_pdf()
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(out), str(tmp_path / "page")], check=True)
    image = QImage(str(tmp_path / "page-1.png")).convertToFormat(QImage.Format.Format_RGB32)
    assert image.width() > 0
    corner = image.pixelColor(2, 2)
    assert (corner.red(), corner.green(), corner.blue()) == (255, 255, 255)
    darkest = 255
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            assert max(c.red(), c.green(), c.blue()) - min(c.red(), c.green(), c.blue()) < 12
            darkest = min(darkest, c.red())
    assert darkest < 60  # there is black text


def test_a_long_history_still_fits_one_page(qtbot: QtBot, diary: Diary, tmp_path: Path) -> None:
    fill_nights(diary, date(2025, 12, 1), 80, BERLIN, seed=9)
    for cramp in diary.cramps()[-60:]:  # very many red-flag events in the six weeks
        diary._db.execute("UPDATE cramp_sessions SET red_flags_shown = 1 WHERE id = ?", (cramp.id,))
    out = tmp_path / "summary.pdf"
    dialog = open_dialog(qtbot, diary, Answers(path=out))
    dialog.export_pdf()
    assert page_count(out.read_bytes()) == 1


def pdf_text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    )
    # one line; ligatures (fi) and layout spacing undone
    return " ".join(unicodedata.normalize("NFKC", result.stdout).split())


# ---------------------------------------------------------------- keyboard and names


def test_escape_closes(qtbot: QtBot, diary: Diary) -> None:
    dialog = open_dialog(qtbot, diary, Answers())
    qtbot.keyClick(dialog.nights, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_every_control_has_an_accessible_name(qtbot: QtBot, diary: Diary) -> None:
    three_nights(diary)
    dialog = open_dialog(qtbot, diary, Answers())
    dialog.charts()
    controls: list[QWidget] = [
        *dialog.findChildren(QAbstractButton),
        *dialog.findChildren(QAbstractItemView),
        *dialog.findChildren(QChartView),
        *dialog.findChildren(QTabWidget),
    ]
    assert len(controls) >= 10
    nameless = [type(w).__name__ for w in controls if not w.accessibleName()]
    assert nameless == []
    for label in (dialog.night_title, dialog.night_extra, dialog.weeks_label, dialog.notice_text):
        assert label.accessibleName() == "" and label.accessibleDescription()


def test_buttons_have_keyboard_mnemonics(qtbot: QtBot, diary: Diary) -> None:
    dialog = open_dialog(qtbot, diary, Answers())
    for button in (dialog.delete_button, dialog.csv_button, dialog.pdf_button):
        assert "&" in button.text()
    assert [dialog.tabs.tabText(i) for i in range(2)] == ["&Nights", "&Six weeks"]


def test_ten_years_open_with_every_night_listed(qtbot: QtBot, diary: Diary) -> None:
    first = date(2016, 2, 16)
    fill_nights(diary, first, (date(2026, 2, 16) - first).days, BERLIN, seed=2)
    dialog = open_dialog(qtbot, diary, Answers())
    rows = dialog.nights_model.rowCount()
    assert rows > 3000
    last = dialog.nights_model.index(rows - 1, 0).data(NIGHT_ROLE)
    assert isinstance(last, date) and last - first < timedelta(days=7)
