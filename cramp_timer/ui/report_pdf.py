"""A one-page summary of the last weeks, as a PDF to bring to a doctor's visit.

Made with Qt's own PDF writer (QPdfWriter, QTextDocument): A4, black on white for
print (not the night palette). It holds the date range, cramps per week, severity, what
helped, the red-flag events with their dates, the nights with the bedtime routine, and a
line saying that the app does not diagnose. If the text would spill onto a second page,
it is set in a smaller type until it fits.

The PDF is made in memory and written with ``cramp_timer.atomic``: the file is the old
one or the new one, never half of each.
"""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path
from typing import Final

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from cramp_timer.atomic import write_bytes_atomic
from cramp_timer.diary import FollowupKind
from cramp_timer.history import History, Period
from cramp_timer.i18n import translate
from cramp_timer.ui.formatting import day_text, number_text, time_text

RESOLUTION: Final = 300  # dots per inch of the PDF's layout
MARGIN_MM: Final = 16.0
POINT_SIZES: Final = (10.5, 9.5, 8.5, 7.5)  # tried in turn until the page holds it all
MAX_RED_FLAG_DATES: Final = 24

_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def report_title() -> str:
    return translate("HistoryReport", "Night cramps: a summary for your doctor")


def report_html(history: History, made_on: date, locale: QLocale | None = None) -> str:
    """The page as Qt rich text. Every text is translated; every value is escaped."""
    loc = locale or QLocale()
    overall = history.overall

    def e(text: str) -> str:
        return html.escape(text, quote=False)

    def day(value: date) -> str:
        return e(day_text(value, loc, weekday=False))

    def mean(period: Period) -> str:
        if period.mean_severity is None:
            return e(translate("HistoryReport", "not rated"))
        return e(number_text(period.mean_severity, 1, loc))

    def heading(text: str) -> str:
        return f"<h2>{e(text)}</h2>"

    def cell(text: str, head: bool = False, number: bool = False) -> str:
        tag = "th" if head else "td"
        align = ' align="right"' if number else ""
        return f"<{tag}{align}>{text}</{tag}>"

    parts = [
        "<html><body>",
        f"<h1>{e(report_title())}</h1>",
        "<p>"
        + e(
            translate("HistoryReport", "Nights from %1 to %2 (%3 nights). Made on %4.")
            .replace("%1", day_text(overall.first_night, loc, weekday=False))
            .replace("%2", day_text(overall.last_night, loc, weekday=False))
            .replace("%3", str(overall.nights))
            .replace("%4", day_text(made_on, loc, weekday=False))
        )
        + " "
        + e(
            translate(
                "HistoryReport",
                "A night runs from noon to noon and is named by the date on which it began.",
            )
        )
        + "</p>",
    ]

    # -- cramps per week
    parts.append(heading(translate("HistoryReport", "Cramps per week")))
    parts.append('<table class="grid" cellspacing="0" cellpadding="3" width="100%">')
    parts.append(
        "<tr>"
        + cell(e(translate("HistoryReport", "Week (nights)")), head=True)
        + cell(e(translate("HistoryReport", "Cramps")), head=True)
        + cell(e(translate("HistoryReport", "Nights with cramps")), head=True)
        + cell(e(translate("HistoryReport", "Mean severity (0–10)")), head=True)
        + cell(e(translate("HistoryReport", "Bedtime routine done")), head=True)
        + "</tr>"
    )
    rows = [
        (e(day_text(w.first_night, loc, weekday=False, year=False)) + " – " + day(w.last_night), w)
        for w in history.weeks
    ]
    rows.append(("<b>" + e(translate("HistoryReport", "All weeks")) + "</b>", overall))
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
        severity = translate("HistoryReport", "No cramp was rated in these weeks.")
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
    names = {
        FollowupKind.HEAT: translate("HistoryReport", "Heat"),
        FollowupKind.COLD: translate("HistoryReport", "Cold"),
        FollowupKind.MASSAGE: translate("HistoryReport", "Massage"),
    }
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
    parts.append(heading(translate("HistoryReport", "Warning signs")))
    events = overall.red_flags
    if events:
        shown = [
            f"{day_text(ev.started_at.date(), loc)} {time_text(ev.started_at, loc)}"
            for ev in events[:MAX_RED_FLAG_DATES]
        ]
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
                translate(
                    "HistoryReport",
                    "The advice on warning signs was not shown in these weeks.",
                )
            )
            + "</p>"
        )

    # -- routine and the note
    parts.append(heading(translate("HistoryReport", "Bedtime routine")))
    parts.append(
        "<p>"
        + e(
            translate(
                "HistoryReport", "The bedtime stretching routine was done on %1 of %2 nights."
            )
            .replace("%1", str(overall.routine_nights))
            .replace("%2", str(overall.nights))
        )
        + "</p>"
    )
    parts.append(
        '<p class="note">'
        + e(
            translate(
                "HistoryReport",
                "Cramp Timer only records what happened; it does not diagnose anything. "
                "Please go through these figures with your doctor.",
            )
        )
        + "</p>"
    )
    parts.append("</body></html>")
    return "\n".join(parts)


_STYLE: Final = """
body { color: #000000; background-color: #ffffff; }
h1 { font-size: 150%; margin-bottom: 4px; }
h2 { font-size: 115%; margin-top: 12px; margin-bottom: 4px; }
table.grid { border-collapse: collapse; border: 1px solid #000000; }
table.grid td, table.grid th { border: 1px solid #000000; padding: 3px; }
th { font-weight: bold; text-align: left; }
p.note { font-style: italic; margin-top: 14px; }
"""


def render_report(history: History, made_on: date, locale: QLocale | None = None) -> bytes:
    """The summary as the bytes of a one-page A4 PDF."""
    source = report_html(history, made_on, locale)
    for point_size in POINT_SIZES:
        data, pages = _render(source, point_size)
        if pages <= 1:
            return data
    return data  # the smallest type; the page count is only ever over by a line or two


def write_report(
    path: Path, history: History, made_on: date, locale: QLocale | None = None
) -> None:
    """Write the PDF to ``path`` atomically. Raises ``OSError`` (an old file stays as it was)."""
    write_bytes_atomic(Path(path), render_report(history, made_on, locale))


def page_count(pdf: bytes) -> int:
    """Pages in a PDF that Qt wrote (counts its page objects)."""
    return len(_PAGE_OBJECT.findall(pdf))


def _render(source: str, point_size: float) -> tuple[bytes, int]:
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
    document.setHtml(source)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(page.width(), page.height()))
    pages = document.pageCount()
    document.print_(writer)
    buffer.close()
    return bytes(array.data()), pages
