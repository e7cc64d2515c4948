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
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cramp_timer.core.clock import FakeClock
from cramp_timer.storage.diary import CrampEntry, Diary
from cramp_timer.ui import theme
from cramp_timer.ui.background import Inline
from cramp_timer.ui.dialogs.history_view import (
    ANSWER_TAB,
    CHARTS_TAB,
    EMPTY_PAGE,
    NIGHT_ROLE,
    NIGHTS_PAGE,
    HistoryDialog,
    confirm_delete_box,
)
from cramp_timer.ui.history_charts import AnswerChart, CrampsChart, SeverityChart
from cramp_timer.ui.qt_app import apply_theme
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
    apply_theme(qapp)
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

    def __init__(
        self, delete: bool = True, path: Path | None = None, name: str | None = ""
    ) -> None:
        self.delete = delete
        self.path = path
        self.name = name
        self.names: list[str] = []
        self.asked: list[CrampEntry] = []
        self.titles: list[tuple[str, str, str]] = []

    def confirm(self, entry: CrampEntry) -> bool:
        self.asked.append(entry)
        return self.delete

    def choose(self, parent: QWidget, title: str, suggested: str, filt: str) -> Path | None:
        self.titles.append((title, suggested, filt))
        return self.path

    def ask_name(self, parent: QWidget, suggested: str) -> str | None:
        self.names.append(suggested)
        return self.name


def open_dialog(
    qtbot: QtBot, diary: Diary, answers: Answers, now: datetime = NOW, threaded: bool = False
) -> HistoryDialog:
    """The dialog; its diary reading and exports run at once unless ``threaded``."""
    dialog = HistoryDialog(
        diary,
        FakeClock(now),
        BERLIN,
        confirm_delete=answers.confirm,
        choose_path=answers.choose,
        ask_name=answers.ask_name,
        background=None if threaded else Inline(),
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
    dialog.tabs.setCurrentIndex(CHARTS_TAB)
    cramps, severity = dialog.charts()
    assert cramps.isVisible() and severity.isVisible()
    counts = cramps.values()
    assert len(counts) == 42
    assert counts[-1] == 2  # the night of the 15th is the last
    assert counts[-4] == 1  # the 12th
    assert sum(counts) == 3
    assert cramps.routine_nights() == [41]
    assert severity.rated_points() == [(38, 9.0), (41, 5.5)]
    assert "3 cramps on 2 of 42 nights" in dialog.weeks_label.text()
    assert cramps.accessibleDescription() == dialog.weeks_label.text()
    assert severity.accessibleDescription() == (
        "Rated nights: 2 of 42; their mean severity: 7.3 of 10."
    )


def test_each_chart_takes_at_least_a_third_of_the_dialog(qtbot: QtBot, diary: Diary) -> None:
    fill_nights(diary, date(2026, 1, 1), 46, BERLIN, seed=4)
    dialog = open_dialog(qtbot, diary, Answers())
    dialog.tabs.setCurrentIndex(CHARTS_TAB)
    for chart in dialog.charts():
        assert chart.height() * 3 >= dialog.height(), (chart.height(), dialog.height())


def test_a_hidden_tab_does_not_count_in_the_dialogs_height(
        qtbot: QtBot, diary: Diary) -> None:
    from cramp_timer.ui.fitting import fit_to_screen
    from cramp_timer.ui.qt_app import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app)  # the app's fonts and paddings, as the window has them
    fill_nights(diary, date(2026, 1, 1), 46, BERLIN, seed=4)
    dialog = open_dialog(qtbot, diary, Answers())
    fit = fit_to_screen(dialog)
    fit.fit()
    nights = fit.need().height()  # what the window needs with the Nights tab on screen
    dialog.tabs.setCurrentIndex(CHARTS_TAB)
    fit.fit()
    assert fit.scale == 1.0 and nights < fit.need().height() - 100
    # (Qt counts a hidden page's height too, unless it is a StackPage: then the charts,
    # hidden, made the Nights tab as tall as theirs, and a smaller screen scaled it down)


def test_charts_use_the_night_palette_and_no_white(qtbot: QtBot, diary: Diary) -> None:
    fill_nights(diary, date(2026, 1, 1), 46, BERLIN, seed=4)
    dialog = open_dialog(qtbot, diary, Answers())
    dialog.tabs.setCurrentIndex(CHARTS_TAB)
    cramps, severity = dialog.charts()
    image = cramps.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert image.pixelColor(2, 2) == QColor(theme.BACKGROUND)
    colours = {image.pixelColor(x, y).name() for y in range(0, image.height(), 3)
               for x in range(0, image.width(), 3)}
    assert QColor(theme.RING).name() in colours  # the bars
    assert QColor(theme.SURFACE).name() in colours  # the plot area
    dialog.tabs.setCurrentIndex(ANSWER_TAB)
    for widget in (dialog, cramps, severity, dialog.answer_chart):
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
    assert cramps.values() == [0] * 42
    assert severity.rated_points() == []
    assert dialog.answer_text.text().startswith("Once a few nights are in your diary")
    assert dialog.answer_chart.isHidden()


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
    box, delete = confirm_delete_box(parent, entry)
    assert box.text() == "Delete the cramp entry of Fri 13 Feb 2026 at 02:15?"
    box.show()  # (shown, not run: no nested event loop in the test)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default button
    assert box.clickedButton() is not None and box.clickedButton() is not delete
    assert box.clickedButton() is box.escapeButton()  # Esc keeps it too


def test_the_default_question_deletes_on_its_delete_button(qtbot: QtBot, diary: Diary) -> None:
    three_nights(diary)
    entry = diary.cramps()[0]
    parent = QWidget()
    qtbot.addWidget(parent)
    box, delete = confirm_delete_box(parent, entry)
    assert delete.text() == "Delete" and delete in box.buttons()
    box.show()
    delete.click()
    assert box.clickedButton() is delete


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
    assert page_count(data) == 2  # the summary, then the list of cramps
    assert dialog.notice_text.text() == f"Saved the summary to {out}."
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+2$", info.stdout, flags=re.MULTILINE), info.stdout
    assert re.search(r"^Page size:.*\(A4\)$", info.stdout, flags=re.MULTILINE), info.stdout
    text = pdf_text(out, page=1)
    assert "Night cramps: a summary for your doctor" in text
    assert "Nights from 5 Jan 2026 to 15 Feb 2026 (42 nights). Made on 16 Feb 2026." in text
    assert "Cramps per week" in text
    assert "9 Feb – 15 Feb 2026 3 2 of 7 6.7 1 of 7 nights" in text  # the last week's row
    assert "All nights 3 2 of 42 6.7 1 of 42 nights" in text
    assert "Rated after 3 of 3 cramps" in text and "lowest 4, highest 9" in text
    assert "Eased with stretching 2" in text
    assert "Still cramping after stretching 1" in text
    assert "Heat 1 15" in text
    assert "was shown 1 times: Fri 13 Feb 2026 02:15." in text
    assert "Bedtime routine: done on 1 of the 42 nights in this range." in text
    assert "You have not done the bedtime routine yet" in text  # tonight's is not counted
    assert "This is your own record, not proof." in text
    assert "it does not diagnose anything" in text
    assert "Name:" not in text
    listing = pdf_text(out, page=2)
    assert listing.startswith("Every cramp in this range Night of Time Leg Severity What helped")
    assert "Thu 12 Feb 2026 02:15 left 9 still cramping" in listing
    assert "Sun 15 Feb 2026 23:40 left 4 eased with stretching; Heat 15 min" in listing
    assert "Sun 15 Feb 2026 03:05 right 7 eased with stretching" in listing


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


@pytest.mark.skipif(not HAS_POPPLER, reason="needs pdftotext (poppler-utils)")
def test_a_long_history_keeps_the_summary_on_page_one(
    qtbot: QtBot, diary: Diary, tmp_path: Path
) -> None:
    fill_nights(diary, date(2025, 12, 1), 80, BERLIN, seed=9)
    for cramp in diary.cramps()[-60:]:  # very many red-flag events in the six weeks
        diary._db.execute("UPDATE cramp_sessions SET red_flags_shown = 1 WHERE id = ?", (cramp.id,))
    out = tmp_path / "summary.pdf"
    dialog = open_dialog(qtbot, diary, Answers(path=out, name="Ada  Lovelace"))
    dialog.export_pdf()
    assert page_count(out.read_bytes()) >= 2
    first = pdf_text(out, page=1)
    assert "Name: Ada Lovelace" in first
    assert "it does not diagnose anything" in first
    assert first.endswith("and 11 more.")  # the warning-sign dates, the last thing on it
    assert "Before that, only 4 nights are in your diary: too few to compare" in first
    assert "Six weeks before the routine began" in first
    assert pdf_text(out, page=2).startswith("Every cramp in this range")
    dialog.export_pdf()  # the name given last time is offered again
    assert dialog_names(dialog) == ["", "Ada  Lovelace"]


def dialog_names(dialog: HistoryDialog) -> list[str]:
    ask = dialog._ask_name
    owner = getattr(ask, "__self__", None)
    assert isinstance(owner, Answers)
    return owner.names


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = [] if page is None else ["-f", str(page), "-l", str(page)]
    result = subprocess.run(
        ["pdftotext", *pages, str(path), "-"], capture_output=True, text=True, check=True
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
        *dialog.findChildren(CrampsChart),
        *dialog.findChildren(SeverityChart),
        *dialog.findChildren(AnswerChart),
        *dialog.findChildren(QTabWidget),
    ]
    assert len(controls) >= 10
    nameless = [type(w).__name__ for w in controls if not w.accessibleName()]
    assert nameless == []
    for label in (dialog.night_title, dialog.night_extra, dialog.weeks_label, dialog.notice_text,
                  dialog.answer_text, dialog.answer_note):
        assert label.accessibleName() == "" and label.accessibleDescription()


def test_buttons_have_keyboard_mnemonics(qtbot: QtBot, diary: Diary) -> None:
    dialog = open_dialog(qtbot, diary, Answers())
    for button in (dialog.delete_button, dialog.csv_button, dialog.pdf_button):
        assert "&" in button.text()
    assert [dialog.tabs.tabText(i) for i in range(3)] == [
        "&Nights", "&Six weeks", "&Is it helping?"
    ]


def test_ten_years_open_with_every_night_listed(qtbot: QtBot, diary: Diary) -> None:
    first = date(2016, 2, 16)
    fill_nights(diary, first, (date(2026, 2, 16) - first).days, BERLIN, seed=2)
    dialog = open_dialog(qtbot, diary, Answers())
    rows = dialog.nights_model.rowCount()
    assert rows > 3000
    last = dialog.nights_model.index(rows - 1, 0).data(NIGHT_ROLE)
    assert isinstance(last, date) and last - first < timedelta(days=7)


# ---------------------------------------------------------------- the answer


def routine_then_fewer_cramps(diary: Diary) -> None:
    """30 nights with a cramp each (severity 7), then 30 nights of the routine with a cramp
    every third night (severity 4); the diary's "today" is the night after."""
    first = date(2026, 1, 16)
    for offset in range(60):
        night = first + timedelta(days=offset)
        morning = datetime(night.year, night.month, night.day, 23, 30, tzinfo=BERLIN)
        if offset >= 30:
            run = diary.start_routine(morning - timedelta(hours=1), "Standing")
            diary.finish_routine(run, morning - timedelta(minutes=55), "done")
        if offset < 30 or offset % 3 == 0:
            cramp = diary.start_cramp(morning + timedelta(hours=3), "seated", 45)
            diary.finish_cramp(cramp, morning + timedelta(hours=3, minutes=2), "better", 1,
                               45.0, False)
            diary.set_severity(cramp, 7 if offset < 30 else 4, "left")


ANSWER_NOW = datetime(2026, 3, 17, 21, 0, tzinfo=BERLIN)  # the night after those 60


def test_the_answer_tab_says_it_in_plain_words_with_a_chart(qtbot: QtBot, diary: Diary) -> None:
    routine_then_fewer_cramps(diary)
    dialog = open_dialog(qtbot, diary, Answers(), now=ANSWER_NOW)
    dialog.tabs.setCurrentIndex(ANSWER_TAB)
    lines = dialog.answer_text.text().split("\n")
    assert lines[0] == "Since you started the bedtime routine: 0.3 cramps a night, before 1.0."
    assert "You started less than six weeks ago, so “since” covers the 30 nights there are." in (
        lines
    )
    assert "How bad, on average from 0 to 10: since 4, before 7." in lines
    assert ("Nights with and without the routine: too few of one kind to compare "
            "(30 with, 0 without; at least 14 each).") in lines
    assert lines[-1].startswith("Behind these figures: before, cramps: 30, nights: 30, rated: 30.")
    assert dialog.answer_chart.isVisible()
    assert dialog.answer_note.text().startswith("This is your own record, not proof.")
    assert dialog.answer_chart.accessibleDescription() == " ".join(lines)
    comparison = dialog.comparison
    assert comparison is not None and comparison.since is not None
    assert comparison.since.cramps == 10


def test_reading_and_exports_run_off_the_window_thread(
    qtbot: QtBot, diary: Diary, tmp_path: Path
) -> None:
    routine_then_fewer_cramps(diary)
    out = tmp_path / "summary.pdf"
    dialog = open_dialog(qtbot, diary, Answers(path=out), now=ANSWER_NOW, threaded=True)
    qtbot.waitUntil(lambda: dialog.history is not None, timeout=5000)
    assert dialog.nights_model.rowCount() == 60
    assert dialog.answer_text.text().startswith("Since you started the bedtime routine")
    dialog.export_pdf()
    assert not dialog.pdf_button.isEnabled()  # until the worker is done
    assert dialog.notice_text.text() == f"Saving to {out}…"
    qtbot.waitUntil(lambda: dialog.notice_text.text() == f"Saved the summary to {out}.",
                    timeout=10000)
    assert page_count(out.read_bytes()) == 2
    assert dialog.pdf_button.isEnabled()
    csv_out = tmp_path / "diary.csv"
    dialog._choose_path = Answers(path=csv_out).choose
    dialog.export_csv()
    qtbot.waitUntil(lambda: dialog.notice_text.text().startswith(f"Saved to {csv_out}."),
                    timeout=5000)
    assert dialog.notice_text.text().endswith("Cramp entries in the file: 40.")
