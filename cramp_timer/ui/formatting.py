"""Dates, times and numbers as people read them, in the app's locale (QtCore only).

Dates use the month's name ("Mon 9 Feb 2026"), so no reader mixes up day and month.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

from cramp_timer.i18n import translate


def day_text(
    day: date, locale: QLocale | None = None, *, weekday: bool = True, year: bool = True
) -> str:
    """ "Mon 9 Feb 2026"; without the weekday "9 Feb 2026"; without the year "9 Feb"."""
    # Translator: Qt date patterns (d day, MMM short month name, ddd short weekday, yyyy
    # year): put them in your language's order, e.g. "yyyy年M月d日 ddd". Keep the letters.
    patterns = {(True, True): translate("formatting", "ddd d MMM yyyy"),
                (False, True): translate("formatting", "d MMM yyyy"),
                (True, False): translate("formatting", "ddd d MMM"),
                (False, False): translate("formatting", "d MMM")}
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day),
                                          patterns[(weekday, year)])


def long_day_text(day: date, locale: QLocale | None = None) -> str:
    """The locale's long form: "Monday, 9 February 2026"."""
    return (locale or QLocale()).toString(
        QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
    )


def time_text(moment: datetime, locale: QLocale | None = None) -> str:
    """The clock time of ``moment`` as it is (convert it to the zone wanted first)."""
    return (locale or QLocale()).toString(
        QTime(moment.hour, moment.minute, moment.second), QLocale.FormatType.ShortFormat
    )


def number_text(value: float, decimals: int = 1, locale: QLocale | None = None) -> str:
    """``value`` rounded to ``decimals`` places, without trailing zeros (2.0 -> "2")."""
    text = (locale or QLocale()).toString(float(value), "f", decimals)
    point = (locale or QLocale()).decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text
