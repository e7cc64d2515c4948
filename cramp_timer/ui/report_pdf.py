"""The summary for a doctor's visit, as a PDF (``cramp_timer.core.report`` says what is in it).

Made with Qt's own PDF writer (QPdfWriter, QTextDocument): A4, black on white for
print (not the night palette). Page one: the name (if given), the date range, a line
saying that the app does not diagnose, the before/after answer with its table, chart
and honest note, the routine's adherence, cramps per week (or month), severity, what
helped, the red-flag events with their dates; set in a smaller type until it fits the
page (a range of many months may still run over). From a new page: every cramp of the
range (night, time, leg, severity, what helped).

Needs a QGuiApplication (fonts), and works on any thread: the history view renders it
on a worker thread. The PDF is made in memory and written with ``cramp_timer.storage.atomic``:
the file is the old one or the new one, never half of each.
"""

from __future__ import annotations

import html
import os
import re
from datetime import date
from pathlib import Path
from typing import Final

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from cramp_timer.core.aftercare import CARE_KINDS
from cramp_timer.core.history import Period
from cramp_timer.core.report import Report
from cramp_timer.core.trial import State
from cramp_timer.i18n import translate
from cramp_timer.storage.atomic import write_bytes_atomic
from cramp_timer.storage.diary import CrampEntry, CrampOutcome, FollowupKind, Leg, night_of
from cramp_timer.ui.formatting import day_text, number_text, time_text
from cramp_timer.ui.history_charts import PRINT, paint_answer
from cramp_timer.ui.trial_words import answer_lines, note_text, table_rows

RESOLUTION: Final = 300  # dots per inch of the PDF's layout
MARGIN_MM: Final = 16.0
POINT_SIZES: Final = (10.5, 9.5, 8.5, 7.5)  # tried in turn until the page holds it all
MAX_RED_FLAG_DATES: Final = 12  # the rest are counted ("and 3 more"); all are in the list
ANSWER_IMAGE: Final = "answer-chart.png"
# The list of cramps is handed to Qt in pieces of this many rows: QTextDocument holds
# Python's GIL for the whole of one setHtml/insertHtml call, and a piece is short enough
# not to stall the window's thread while a worker thread builds the PDF.
LIST_ROWS_PER_PIECE: Final = 25
ANSWER_WIDTH, ANSWER_HEIGHT = 300, 170  # its size on the page, in the text's 96 dpi pixels
ANSWER_PIXELS: Final = 4  # image pixels per text pixel (about 380 dots per inch)

_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def report_title() -> str:
    return translate("HistoryReport", "Night cramps: a summary for your doctor")


def report_html(report: Report, locale: QLocale | None = None) -> str:
    """The summary as Qt rich text. Every text is translated; every value is escaped.
    The list of cramps starts on a new page."""
    return _summary_html(report, locale) + "\n".join(_cramp_list_pieces(report, locale))


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _heading(text: str) -> str:
    return f"<h2>{_e(text)}</h2>"


def _cell(text: str, head: bool = False, number: bool = False, width: str = "") -> str:
    tag = "th" if head else "td"
    align = ' align="right"' if number else ""
    size = f' width="{width}"' if width else ""
    return f"<{tag}{align}{size}>{text}</{tag}>"


# the list's columns: the same in every piece of it (each piece is a table of its own)
LIST_WIDTHS: Final = ("20%", "9%", "9%", "9%", "53%")


def _summary_html(report: Report, locale: QLocale | None) -> str:
    loc = locale or QLocale()
    overall = report.overall
    e, heading, cell = _e, _heading, _cell

    def day(value: date) -> str:
        return e(day_text(value, loc, weekday=False))

    def mean(period: Period) -> str:
        if period.mean_severity is None:
            return e(translate("HistoryReport", "not rated"))
        return e(number_text(period.mean_severity, 1, loc))

    parts = ["<html><body>", f"<h1>{e(report_title())}</h1>"]
    if report.name:
        parts.append(
            "<p><b>" + e(translate("HistoryReport", "Name: %1").replace("%1", report.name))
            + "</b></p>"
        )
    parts.append(
        "<p>"
        + e(
            translate("HistoryReport", "Nights from %1 to %2 (%3 nights). Made on %4.")
            .replace("%1", day_text(overall.first_night, loc, weekday=False))
            .replace("%2", day_text(overall.last_night, loc, weekday=False))
            .replace("%3", str(overall.nights))
            .replace("%4", day_text(report.made_on, loc, weekday=False))
        )
        + " "
        + e(
            translate(
                "HistoryReport",
                "A night runs from noon to noon and is named by the date on which it began.",
            )
        )
        + "</p>",
    )

    parts.append(
        '<p class="note">'
        + e(
            # Translator: disclaimer for the doctor: the app only records, it does not diagnose; go
            # through the figures with a doctor. Claim no accuracy.
            translate(
                "HistoryReport",
                "Cramp Timer only records what happened; it does not diagnose anything. "
                "Please go through these figures with your doctor.",
            )
        )
        + "</p>"
    )

    # -- the answer: before and since the bedtime routine
    parts.append(heading(translate("HistoryReport", "Before and since the bedtime routine")))
    comparison = report.comparison
    lines = answer_lines(comparison, loc, with_counts=False)  # the counts are in the table
    parts.append("<p>" + "<br/>".join(e(line) for line in lines) + "</p>")
    if comparison.state is State.READY:
        parts.append('<table class="grid" cellspacing="0" cellpadding="3" width="100%">')
        parts.append(
            "<tr>"
            + cell(e(translate("HistoryReport", "Nights compared")), head=True)
            + cell(e(translate("HistoryReport", "Nights")), head=True)
            + cell(e(translate("HistoryReport", "Cramps")), head=True)
            + cell(e(translate("HistoryReport", "Cramps a night")), head=True)
            + cell(e(translate("HistoryReport", "Mean severity (0–10)")), head=True)
            + "</tr>"
        )
        for label, nights, cramps, rate, severity in table_rows(comparison, loc):
            parts.append(
                "<tr>" + cell(e(label)) + cell(nights, number=True) + cell(cramps, number=True)
                + cell(e(rate), number=True) + cell(e(severity), number=True) + "</tr>"
            )
        parts.append("</table>")
    parts.append('<table cellspacing="0" cellpadding="0" width="100%"><tr><td valign="top">')
    parts.append('<p class="note">' + e(note_text()) + "</p>")

    # -- adherence
    parts.append(
        "<p>"
        + e(
            translate(
                "HistoryReport",
                "Bedtime routine: done on %1 of the %2 nights in this range.",
            )
            .replace("%1", str(report.routine_done))
            .replace("%2", str(report.nights))
        )
        + "</p>"
    )
    if comparison.state is State.READY:
        parts.append(f'</td><td width="{ANSWER_WIDTH + 12}" align="right">'
                     f'<img src="{ANSWER_IMAGE}" width="{ANSWER_WIDTH}" '
                     f'height="{ANSWER_HEIGHT}"/>')
    parts.append("</td></tr></table>")

    # -- cramps per week (or month)
    if report.by_month:
        parts.append(heading(translate("HistoryReport", "Cramps per month")))
        first_head = translate("HistoryReport", "Month (nights)")
    else:
        parts.append(heading(translate("HistoryReport", "Cramps per week")))
        first_head = translate("HistoryReport", "Week (nights)")
    parts.append('<table class="grid" cellspacing="0" cellpadding="3" width="100%">')
    parts.append(
        "<tr>"
        + cell(e(first_head), head=True)
        + cell(e(translate("HistoryReport", "Cramps")), head=True)
        + cell(e(translate("HistoryReport", "Nights with cramps")), head=True)
        + cell(e(translate("HistoryReport", "Mean severity (0–10)")), head=True)
        + cell(e(translate("HistoryReport", "Bedtime routine done")), head=True)
        + "</tr>"
    )
    rows = [
        (e(day_text(w.first_night, loc, weekday=False, year=False)) + " – " + day(w.last_night), w)
        for w in report.parts
    ]
    rows.append(("<b>" + e(translate("HistoryReport", "All nights")) + "</b>", overall))
    for label, period in rows:
        parts.append(
            "<tr>"
            + cell(label)
            + cell(str(period.cramps), number=True)
            + cell(
                e(
                    translate("HistoryReport", "%1 of %2")
                    .replace("%1", str(period.nights_with_cramps))
                    .replace("%2", str(period.nights))
                ),
                number=True,
            )
            + cell(mean(period), number=True)
            + cell(
                e(
                    translate("HistoryReport", "%1 of %2 nights")
                    .replace("%1", str(period.routine_nights))
                    .replace("%2", str(period.nights))
                ),
                number=True,
            )
            + "</tr>"
        )
    parts.append("</table>")

    # -- severity
    parts.append(heading(translate("HistoryReport", "How bad the cramps were")))
    if overall.rated and overall.min_severity is not None and overall.max_severity is not None:
        severity = (
            translate(
                "HistoryReport",
                "Rated after %1 of %2 cramps, from 0 (mild) to 10 (the worst): "
                "mean %3, lowest %4, highest %5.",
            )
            .replace("%1", str(overall.rated))
            .replace("%2", str(overall.cramps))
            .replace("%3", number_text(overall.mean_severity or 0.0, 1, loc))
            .replace("%4", str(overall.min_severity))
            .replace("%5", str(overall.max_severity))
        )
    else:
        severity = translate("HistoryReport", "No cramp was rated in these nights.")
    parts.append(f"<p>{e(severity)}</p>")

    # -- what helped
    parts.append(heading(translate("HistoryReport", "What helped")))
    outcomes = overall.outcomes
    parts.append('<table cellspacing="0" cellpadding="0" width="100%"><tr><td width="50%">')
    parts.append('<table class="grid" cellspacing="0" cellpadding="3">')
    parts.append(
        "<tr>"
        + cell(e(translate("HistoryReport", "How the stretch ended")), head=True)
        + cell(e(translate("HistoryReport", "Cramps")), head=True)
        + "</tr>"
    )
    for label, count in (
        (translate("HistoryReport", "Eased with stretching"), outcomes.better),
        (translate("HistoryReport", "Still cramping after stretching"), outcomes.still_cramping),
        (translate("HistoryReport", "Stretch stopped early"), outcomes.stopped),
        (translate("HistoryReport", "Not finished (app closed)"), outcomes.unfinished),
    ):
        parts.append("<tr>" + cell(e(label)) + cell(str(count), number=True) + "</tr>")
    parts.append('</table></td><td width="50%">')
    parts.append('<table class="grid" cellspacing="0" cellpadding="3">')
    parts.append(
        "<tr>"
        + cell(e(translate("HistoryReport", "Care afterwards")), head=True)
        + cell(e(translate("HistoryReport", "Times used")), head=True)
        + cell(e(translate("HistoryReport", "Minutes in all")), head=True)
        + "</tr>"
    )
    names = _followup_names()
    for use in overall.followups:
        parts.append(
            "<tr>"
            + cell(e(names[use.kind]))
            + cell(str(use.times), number=True)
            + cell(e(number_text(use.minutes, 1, loc)), number=True)
            + "</tr>"
        )
    parts.append("</table></td></tr></table>")

    # -- red flags
    # Translator: heading: use the same words as the app's Warning signs page.
    parts.append(heading(translate("HistoryReport", "Warning signs")))
    events = overall.red_flags
    if events:
        shown = [
            f"{day_text(ev.started_at.date(), loc)} {time_text(ev.started_at, loc)}"
            for ev in events[:MAX_RED_FLAG_DATES]
        ]
        # Translator: keep the four signs as listed; the advice was shown, which is not a clot or a
        # diagnosis. %1 is a count, %2 the dates.
        text = translate(
            "HistoryReport",
            "The advice on warning signs (swelling, redness, warmth, or pain that stretching "
            "does not ease) was shown %1 times: %2.",
        ).replace("%1", str(len(events)))
        listing = "; ".join(shown)
        if len(events) > MAX_RED_FLAG_DATES:
            listing += "; " + translate("HistoryReport", "and %1 more").replace(
                "%1", str(len(events) - MAX_RED_FLAG_DATES)
            )
        parts.append(f"<p>{e(text.replace('%2', listing))}</p>")
    else:
        parts.append(
            "<p>"
            + e(
                # Translator: only says the advice was not shown; must not imply the legs are
                # healthy or there was no risk.
                translate(
                    "HistoryReport",
                    "The advice on warning signs was not shown in these nights.",
                )
            )
            + "</p>"
        )
    return "\n".join(parts)


def _followup_names() -> dict[FollowupKind, str]:
    return {spec.kind: spec.title() for spec in CARE_KINDS}


def helped_text(entry: CrampEntry) -> str:
    """How the session ended and the care afterwards, in a few words."""
    if entry.unfinished or entry.outcome is None:
        ending = translate("HistoryReport", "not finished")
    else:
        ending = {
            CrampOutcome.BETTER: translate("HistoryReport", "eased with stretching"),
            CrampOutcome.STILL_CRAMPING: translate("HistoryReport", "still cramping"),
            CrampOutcome.STOPPED: translate("HistoryReport", "stopped early"),
        }[entry.outcome]
    names = _followup_names()
    care = [
        names[f.kind] + " " + translate("HistoryReport", "%1 min").replace(
            "%1", number_text(f.minutes, 1))
        for f in entry.followups
    ]
    return "; ".join([ending, *care])


def _cramp_list_pieces(report: Report, locale: QLocale | None) -> list[str]:
    """The heading, then tables of ``LIST_ROWS_PER_PIECE`` rows (the first with the
    column heads)."""
    loc = locale or QLocale()
    e, cell = _e, _cell
    legs = {
        Leg.LEFT: translate("HistoryReport", "left"),
        Leg.RIGHT: translate("HistoryReport", "right"),
        Leg.BOTH: translate("HistoryReport", "both"),
    }
    title = translate("HistoryReport", "Every cramp in this range")
    pieces = [f"<h2>{e(title)}</h2>"]  # on a new page: see _render
    if not report.cramps:
        pieces.append("<p>" + e(translate("HistoryReport", "No cramp was recorded in these "
                                                           "nights.")) + "</p>")
        return pieces
    table = '<table class="grid" cellspacing="0" cellpadding="2" width="100%">'
    parts = [
        table,
        "<tr>"
        + cell(e(translate("HistoryReport", "Night of")), head=True)
        + cell(e(translate("HistoryReport", "Time")), head=True)
        + cell(e(translate("HistoryReport", "Leg")), head=True)
        + cell(e(translate("HistoryReport", "Severity")), head=True)
        + cell(e(translate("HistoryReport", "What helped")), head=True)
        + "</tr>",
    ]
    for number, entry in enumerate(report.cramps):
        if number and number % LIST_ROWS_PER_PIECE == 0:
            pieces.append("".join([*parts, "</table>"]))
            parts = [table]
        night = night_of(entry.started_at, entry.started_at.tzinfo)
        w = LIST_WIDTHS if len(parts) == 1 else ("",) * 5  # the first row sets the widths
        parts.append(
            "<tr>"
            + cell(e(day_text(night, loc)), width=w[0])
            + cell(e(time_text(entry.started_at, loc)), width=w[1])
            + cell(e("–" if entry.leg is None else legs[entry.leg]), width=w[2])
            + cell("–" if entry.severity is None else str(entry.severity), number=True,
                   width=w[3])
            + cell(e(helped_text(entry)), width=w[4])
            + "</tr>"
        )
    pieces.append("".join([*parts, "</table>"]))
    return pieces


_STYLE: Final = """
body { color: #000000; background-color: #ffffff; }
h1 { font-size: 150%; margin-bottom: 4px; }
h2 { font-size: 115%; margin-top: 12px; margin-bottom: 4px; }
table.grid { border-collapse: collapse; border: 1px solid #000000; }
table.grid td, table.grid th { border: 1px solid #000000; padding: 3px; }
th { font-weight: bold; text-align: left; }
p.note { font-style: italic; margin-top: 8px; }
"""


def render_report(report: Report, locale: QLocale | None = None) -> bytes:
    """The summary as the bytes of an A4 PDF: the summary on the first page (in a smaller
    type if it would not fit), the list of cramps from the second page on."""
    summary = _summary_html(report, locale) + "</body></html>"
    chart = answer_image(report)
    for point_size in POINT_SIZES:
        _data, pages = _render(summary, [], point_size, chart)
        if pages <= 1:
            break
    data, _pages = _render(summary, _cramp_list_pieces(report, locale), point_size, chart)
    return data


def answer_image(report: Report) -> QImage:
    """The before/after chart in print colours, at the page's resolution."""
    image = QImage(ANSWER_WIDTH * ANSWER_PIXELS, ANSWER_HEIGHT * ANSWER_PIXELS,
                   QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scale = ANSWER_PIXELS * 0.75
    paint_answer(painter, QRectF(image.rect()), report.comparison, PRINT, scale=scale)
    painter.end()
    return image


def start_offscreen() -> QGuiApplication:
    """The QGuiApplication a PDF needs (fonts), on the offscreen platform: for the command
    line, which shows no window and may run without a display. Keep it while rendering."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QGuiApplication(["cramp-timer"])
    from cramp_timer.i18n import current_language
    from cramp_timer.ui.translators import install_translators

    install_translators(app, current_language())  # the summary in the person's language
    return app


def write_report(path: Path, report: Report, locale: QLocale | None = None) -> None:
    """Write the PDF to ``path`` atomically. Raises ``OSError`` (an old file stays as it was)."""
    write_bytes_atomic(Path(path), render_report(report, locale))


def page_count(pdf: bytes) -> int:
    """Pages in a PDF that Qt wrote (counts its page objects)."""
    return len(_PAGE_OBJECT.findall(pdf))


def _render(
    summary: str, pieces: list[str], point_size: float, chart: QImage
) -> tuple[bytes, int]:
    """The PDF of ``summary`` then, from a new page, ``pieces``; and its page count."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    writer.setTitle(report_title())
    writer.setCreator("Cramp Timer")

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    font = QFont()
    font.setPointSizeF(point_size)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(_STYLE)
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(ANSWER_IMAGE), chart)
    document.setHtml(summary)
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    if pieces:
        new_page = QTextBlockFormat()
        new_page.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.insertBlock(new_page)
    for piece in pieces:
        cursor.insertHtml(piece)
    # The page size last: with it set, every insert above would lay the pages out again
    # (holding the GIL); print_ lays them out once, with the GIL let go.
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(page.width(), page.height()))
    # print_ lays the pages out with the GIL let go (pageCount() would hold it throughout)
    document.print_(writer)
    buffer.close()
    data = bytes(array.data())
    return data, page_count(data)
