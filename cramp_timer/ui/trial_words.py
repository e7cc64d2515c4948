"""The before/after answer (``cramp_timer.core.trial``) in plain words, for History and the PDF.

``answer_lines`` gives the sentences in order (the headline first), ``note_text`` the
honest note that goes with them, ``table_rows`` the rows of the PDF's table. Every text
goes through ``translate``; numbers through the locale.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from cramp_timer.core.trial import MIN_NIGHTS, Comparison, Group, State
from cramp_timer.i18n import translate
from cramp_timer.ui.formatting import day_text, number_text


def _rate(group: Group | None, loc: QLocale | None) -> str:
    if group is None or group.cramps_per_night is None:
        return translate("TrialAnswer", "too few nights")
    return rate_text(group.cramps_per_night, loc)


def rate_text(value: float, locale: QLocale | None = None) -> str:
    """Always one decimal ("1.0 cramps a night", never "1 cramps")."""
    return (locale or QLocale()).toString(float(value), "f", 1)


def _severity(group: Group | None, loc: QLocale | None) -> str:
    if group is None or not group.enough:
        return translate("TrialAnswer", "too few nights")
    if group.mean_severity is None:
        return translate("TrialAnswer", "not rated")
    return number_text(group.mean_severity, 1, loc)


def counts_text(group: Group) -> str:
    """ "cramps: 21, nights: 42, rated: 18" """
    return (
        translate("TrialAnswer", "cramps: %1, nights: %2, rated: %3")
        .replace("%1", str(group.cramps))
        .replace("%2", str(group.nights))
        .replace("%3", str(group.rated))
    )


def answer_lines(
    comparison: Comparison, locale: QLocale | None = None, with_counts: bool = True
) -> list[str]:
    """The sentences; ``with_counts`` adds the counts behind the figures (the PDF has
    them in its table instead)."""
    loc = locale
    if comparison.state is State.EMPTY:
        # Translator: keep 'goes with' (an association in the diary, not that the routine causes
        # fewer cramps). No promise.
        return [translate("TrialAnswer", "Once a few nights are in your diary, this page shows "
                                         "whether the bedtime routine goes with fewer cramps.")]
    if comparison.state is State.NO_ROUTINE:
        return [translate("TrialAnswer", "You have not done the bedtime routine yet, so there is "
                                         "nothing to compare. Your nights are in the Nights list.")]
    before, since = comparison.before, comparison.since
    without, with_ = comparison.without_routine, comparison.with_routine
    assert before is not None and since is not None and without is not None
    assert with_ is not None and comparison.first_routine is not None
    lines = []
    if before.enough and since.enough:
        lines.append(
            # Translator: figures from the person's own diary: state them plainly. Must not say the
            # routine caused the change or 'worked'.
            translate("TrialAnswer",
                      "Since you started the bedtime routine: %1 cramps a night, before %2.")
            .replace("%1", _rate(since, loc)).replace("%2", _rate(before, loc))
        )
    else:
        lines.append(
            translate("TrialAnswer", "You started the bedtime routine on %1.")
            .replace("%1", day_text(comparison.first_routine, loc, weekday=False))
        )
        if not before.enough:
            lines.append(
                # Translator: must say there are too few nights to compare yet; must not hint at a
                # result.
                translate("TrialAnswer", "Before that, only %1 nights are in your diary: too "
                                         "few to compare (at least %2 are needed).")
                .replace("%1", str(before.nights)).replace("%2", str(MIN_NIGHTS))
            )
        if not since.enough:
            lines.append(
                # Translator: must say there are too few nights to compare yet; must not hint at a
                # result.
                translate("TrialAnswer", "Since then, %1 nights have passed: too few to compare "
                                         "yet (at least %2 are needed).")
                .replace("%1", str(since.nights)).replace("%2", str(MIN_NIGHTS))
            )
    if comparison.since_partial and since.enough:
        lines.append(
            translate("TrialAnswer", "You started less than six weeks ago, so “since” covers "
                                     "the %1 nights there are.").replace("%1", str(since.nights))
        )
    if before.enough and since.enough:
        lines.append(
            # Translator: average ratings, 0 to 10: state the figures plainly; no judgement of
            # better or worse.
            translate("TrialAnswer", "How bad, on average from 0 to 10: since %1, before %2.")
            .replace("%1", _severity(since, loc)).replace("%2", _severity(before, loc))
        )
    if with_.enough and without.enough:
        lines.append(
            # Translator: figures from the person's own diary: must not say the routine caused the
            # difference.
            translate("TrialAnswer", "On nights you did the routine: %1 cramps a night. On "
                                     "nights you did not: %2.")
            .replace("%1", _rate(with_, loc)).replace("%2", _rate(without, loc))
        )
    else:
        lines.append(
            # Translator: must say there are too few nights of one kind to compare; keep the three
            # numbers; no hint at a result.
            translate("TrialAnswer", "Nights with and without the routine: too few of one kind "
                                     "to compare (%1 with, %2 without; at least %3 each).")
            .replace("%1", str(with_.nights)).replace("%2", str(without.nights))
            .replace("%3", str(MIN_NIGHTS))
        )
    if not with_counts:
        return lines
    lines.append(
        translate("TrialAnswer", "Behind these figures: before, %1. Since, %2. With the "
                                 "routine, %3. Without, %4.")
        .replace("%1", counts_text(before)).replace("%2", counts_text(since))
        .replace("%3", counts_text(with_)).replace("%4", counts_text(without))
    )
    return lines


def note_text() -> str:
    # Translator: keep 'not proof' and every caveat: own record, cramps vary for many reasons, empty
    # nights count as cramp-free, tonight not counted, talk to a doctor. Do not soften.
    return translate(
        "TrialAnswer",
        "This is your own record, not proof. Cramps come and go for many reasons, and a night "
        "with nothing in the diary counts as a night without a cramp. The night that is going "
        "on now is not counted yet. Talk it over with your doctor.",
    )


def table_rows(
    comparison: Comparison, locale: QLocale | None = None
) -> list[tuple[str, str, str, str, str]]:
    """(group, nights, cramps, cramps a night, mean severity) per group, for the PDF."""
    groups = [
        (translate("TrialAnswer", "Six weeks before the routine began"), comparison.before),
        (translate("TrialAnswer", "Latest six weeks since it began"), comparison.since),
        (translate("TrialAnswer", "Nights with the routine done"), comparison.with_routine),
        (translate("TrialAnswer", "Nights without it"), comparison.without_routine),
    ]
    rows = []
    for label, group in groups:
        if group is None:
            continue
        span = (day_text(group.first_night, locale, weekday=False) + " – "
                + day_text(group.last_night, locale, weekday=False)) if group.nights else "–"
        rows.append((
            f"{label} ({span})",
            str(group.nights),
            str(group.cramps),
            _rate(group, locale),
            _severity(group, locale),
        ))
    return rows
