"""The nightly reminder: when it is due, and a polled scheduler that fires it once a night.

A `ReminderRule` says whether the reminder is on, at which local clock time (default
22:00) and on which weekdays (0 = Monday ... 6 = Sunday, of the local date the time
falls on). `next_reminder(rule, zone, after)` is a pure function: the first reminder
instant strictly after ``after``, in ``zone`` (an IANA zone from `zoneinfo`). A time in
the spring-forward gap is due at the first instant after the gap (02:30 in Berlin at
03:00); a time that exists twice is due at its first occurrence only.

`ReminderScheduler` knows nothing of Qt, windows or sound: the app calls ``check(now)``
at least once a minute and on resume from sleep, and shows the returned `ReminderEvent`s.
- Each day's reminder fires exactly once, at the first ``check`` at or after its time;
  up to `LATE_GRACE` (60 min) late it still fires (DUE), later it is MISSED (an event
  too). After a long gap only the latest reminder is reported.
- `snooze` (default 10 min) re-fires a shown reminder once; `dismiss` ends a shown or
  snoozed one; `skip_tonight` skips a pending snooze, else one due in the last hour not
  yet reported, else the next one within `TONIGHT_HORIZON` (18 h).
- The last handled day and a pending snooze are kept (`JsonReminderStore`, state folder):
  a restart never fires a day twice; with no stored state, past days count as handled.
- `configure` catches up under the old rule, then counts the new rule's past reminders
  as handled. Days are local dates: a time-zone change never repeats a fired day.

Events carry their day and `Occasion.night`, the diary's night (noon to noon). Compare
`Occasion.scheduled` times (in the reminder's zone) in UTC. Why and examples:
docs/decisions/0204-reminder-schedule.md.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from enum import Enum
from pathlib import Path
from typing import Final, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cramp_timer.core.records import night_of
from cramp_timer.storage.atomic import write_text_atomic
from cramp_timer.storage.settings import Settings

log = logging.getLogger(__name__)

DEFAULT_TIME: Final = time(22, 0)
ALL_WEEKDAYS: Final = frozenset(range(7))
LATE_GRACE: Final = timedelta(minutes=60)
DEFAULT_SNOOZE_MINUTES: Final = 10
SNOOZE_MINUTES_MIN: Final = 1
SNOOZE_MINUTES_MAX: Final = 120
TONIGHT_HORIZON: Final = timedelta(hours=18)
STATE_VERSION: Final = 1
FILE_MODE: Final = 0o600
MAX_FILE_BYTES: Final = 64 * 1024

_UTC: Final = timezone.utc
_SECOND: Final = timedelta(seconds=1)


# ------------------------------------------------------------------------ the rule


@dataclass(frozen=True)
class ReminderRule:
    enabled: bool = False
    at: time = DEFAULT_TIME  # local wall-clock time, no time zone
    weekdays: frozenset[int] = ALL_WEEKDAYS  # 0 = Monday ... 6 = Sunday

    def __post_init__(self) -> None:
        if not isinstance(self.enabled, bool):
            raise ValueError(f"enabled: must be True or False (got {self.enabled!r})")
        if not isinstance(self.at, time) or self.at.tzinfo is not None:
            raise ValueError(f"at: must be a local time without a zone (got {self.at!r})")
        weekdays = frozenset(self.weekdays)
        if not weekdays <= ALL_WEEKDAYS or any(isinstance(d, bool) for d in weekdays):
            raise ValueError(f"weekdays: must be numbers 0 to 6 (got {sorted(weekdays)!r})")
        object.__setattr__(self, "weekdays", weekdays)

    @property
    def active(self) -> bool:
        """True if this rule ever fires."""
        return self.enabled and bool(self.weekdays)


def rule_from_settings(settings: Settings) -> ReminderRule:
    """The reminder rule the settings describe."""
    return ReminderRule(
        enabled=settings.reminder_enabled,
        at=settings.reminder_time,
        weekdays=settings.reminder_weekdays,
    )


def reminder_instant(day: date, at: time, zone: tzinfo) -> datetime:
    """When the reminder set for ``at`` on ``day`` is due, as an aware time in ``zone``.

    A time in a gap is due at the end of the gap; a time in a fold at its first occurrence.
    """
    wall = datetime.combine(day, at)
    first = wall.replace(tzinfo=zone, fold=0)  # fold=0: the earlier of two, if ambiguous
    if first.astimezone(_UTC).astimezone(zone).replace(tzinfo=None) == wall:
        return first
    return _end_of_gap(wall, zone)


def _end_of_gap(wall: datetime, zone: tzinfo) -> datetime:
    """The first instant after the gap that ``wall`` falls into."""
    # Inside a gap, fold=1 reads ``wall`` with the offset after the change (an instant
    # before the change) and fold=0 with the offset before it (an instant after it).
    lo = wall.replace(tzinfo=zone, fold=1).astimezone(_UTC)
    hi = wall.replace(tzinfo=zone, fold=0).astimezone(_UTC)
    if hi <= lo:  # not a forward gap after all; cannot happen with tzdata zones
        return max(lo, hi).astimezone(zone)
    before = lo.astimezone(zone).utcoffset()
    while hi - lo > _SECOND:
        mid = lo + (hi - lo) // 2
        if mid.astimezone(zone).utcoffset() == before:
            lo = mid
        else:
            hi = mid
    return hi.astimezone(zone)


@dataclass(frozen=True)
class Occasion:
    """One day's reminder: the local date it was set for and the instant it was due."""

    day: date
    scheduled: datetime  # aware

    @property
    def night(self) -> date:
        """The diary night (noon to noon) this reminder belongs to."""
        zone = self.scheduled.tzinfo
        assert zone is not None
        return night_of(self.scheduled, zone)


def _occasions_from(rule: ReminderRule, zone: tzinfo, first_day: date) -> Iterator[Occasion]:
    """The rule's occasions from ``first_day`` on, in order (forever)."""
    day = first_day
    while True:
        if day.weekday() in rule.weekdays:
            yield Occasion(day, reminder_instant(day, rule.at, zone))
        day += timedelta(days=1)


def _next_occasion(rule: ReminderRule, zone: tzinfo, after: datetime) -> Occasion | None:
    if not rule.active:
        return None
    # A day's reminder can move past midnight only by a gap; a day's margin covers it.
    start = after.astimezone(zone).date() - timedelta(days=1)
    for occasion in _occasions_from(rule, zone, start):
        if occasion.scheduled > after:
            return occasion
    raise AssertionError("unreachable")  # pragma: no cover


def _latest_occasion(rule: ReminderRule, zone: tzinfo, now: datetime) -> Occasion | None:
    """The last occasion due at or before ``now``, if the rule has any."""
    if not rule.active:
        return None
    day = now.astimezone(zone).date() + timedelta(days=1)
    for _ in range(10):
        if day.weekday() in rule.weekdays:
            instant = reminder_instant(day, rule.at, zone)
            if instant <= now:
                return Occasion(day, instant)
        day -= timedelta(days=1)
    return None  # pragma: no cover - an active rule fires at least once a week


def next_reminder(rule: ReminderRule, zone: tzinfo, after: datetime) -> datetime | None:
    """The first reminder instant strictly after ``after`` (aware), as a time in ``zone``.

    None if the rule is off or has no weekdays.
    """
    occasion = _next_occasion(rule, zone, _utc(after))
    return occasion.scheduled if occasion is not None else None


def _require_aware(moment: datetime) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a time with a time zone is needed (got {moment!r})")


def _utc(moment: datetime) -> datetime:
    """``moment`` in UTC. Python compares and subtracts two times of the same zone by their
    wall clocks (wrong across a clock change), so every instant is compared in UTC."""
    _require_aware(moment)
    return moment.astimezone(_UTC)


# ------------------------------------------------------------------------ events


class ReminderEventKind(Enum):
    DUE = "due"  # show the reminder now: start, snooze or skip
    MISSED = "missed"  # its time passed more than LATE_GRACE ago (asleep, closed)


@dataclass(frozen=True)
class ReminderEvent:
    kind: ReminderEventKind
    occasion: Occasion
    snoozed: bool = False  # the re-fire after a snooze

    @property
    def day(self) -> date:
        return self.occasion.day

    @property
    def night(self) -> date:
        return self.occasion.night


# ------------------------------------------------------------------------ the store


@dataclass(frozen=True)
class ReminderState:
    """What the scheduler keeps across restarts."""

    last_day: date | None = None  # the latest day whose reminder is handled
    snooze: Occasion | None = None  # a snoozed reminder ...
    snooze_until: datetime | None = None  # ... and when it fires again (aware)


class ReminderStore(Protocol):
    def load(self) -> ReminderState:
        """The saved state; an empty state if there is none or it cannot be read."""
        ...

    def save(self, state: ReminderState) -> None:
        """Keep ``state``. May raise ``OSError``."""
        ...


@dataclass
class MemoryReminderStore:
    """A store that lives as long as the object (tests; a read-only state folder)."""

    state: ReminderState = field(default_factory=ReminderState)
    saves: int = 0

    def load(self) -> ReminderState:
        return self.state

    def save(self, state: ReminderState) -> None:
        self.state = state
        self.saves += 1


class JsonReminderStore:
    """The state as a small JSON file, written atomically with mode 0600.

    A missing file is an empty state. A file that cannot be read or understood is an
    empty state too (``problem`` says why, for the log); the next save replaces it.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.problem: str | None = None

    def load(self) -> ReminderState:
        self.problem = None
        try:
            with self.path.open("rb") as stream:
                raw = stream.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            return ReminderState()
        except OSError as error:
            return self._unusable(f"cannot read: {error}")
        if len(raw) > MAX_FILE_BYTES:
            return self._unusable("too big")
        try:
            data = json.loads(raw.decode("utf-8"))
            return _state_from_json(data)
        except (UnicodeDecodeError, ValueError, TypeError, KeyError, RecursionError) as error:
            # ValueError covers bad JSON, bad dates and a wrong version
            return self._unusable(f"not a reminder state: {error}")

    def save(self, state: ReminderState) -> None:
        text = json.dumps(_state_to_json(state), indent=2)
        write_text_atomic(self.path, text + "\n", FILE_MODE)

    def _unusable(self, reason: str) -> ReminderState:
        self.problem = f"{self.path}: {reason}"
        log.warning("reminder state ignored: %s", self.problem)
        return ReminderState()


def _state_to_json(state: ReminderState) -> dict[str, object]:
    data: dict[str, object] = {
        "version": STATE_VERSION,
        "last_day": state.last_day.isoformat() if state.last_day else None,
        "snooze": None,
    }
    if state.snooze is not None and state.snooze_until is not None:
        data["snooze"] = {
            "day": state.snooze.day.isoformat(),
            "scheduled": state.snooze.scheduled.isoformat(),
            "zone": _zone_key(state.snooze.scheduled),
            "until": state.snooze_until.astimezone(_UTC).isoformat(),
        }
    return data


def _zone_key(moment: datetime) -> str | None:
    key = getattr(moment.tzinfo, "key", None)
    return key if isinstance(key, str) else None


def _state_from_json(data: object) -> ReminderState:
    if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
        raise ValueError("no version 1 object")
    last = data["last_day"]
    last_day = None if last is None else date.fromisoformat(_str(last))
    snooze = data.get("snooze")
    if snooze is None:
        return ReminderState(last_day)
    if not isinstance(snooze, dict):
        raise ValueError("snooze is not an object")
    scheduled = _aware(datetime.fromisoformat(_str(snooze["scheduled"])))
    zone = _zone(snooze.get("zone"))
    if zone is not None:  # else keep the saved UTC offset: the same instant and local time
        scheduled = scheduled.astimezone(zone)
    occasion = Occasion(date.fromisoformat(_str(snooze["day"])), scheduled)
    until = _aware(datetime.fromisoformat(_str(snooze["until"])))
    return ReminderState(last_day, occasion, until)


def _zone(key: object) -> tzinfo | None:
    if not isinstance(key, str) or not key:
        return None
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"not text: {value!r}")
    return value


def _aware(moment: datetime) -> datetime:
    _require_aware(moment)
    return moment


# ------------------------------------------------------------------------ the scheduler


class ReminderScheduler:
    """Fires the nightly reminder; polled by the app, at least once a minute and on resume.

    All times passed in must be aware (any zone). Writes to the store go through
    ``store.save``; if that fails the scheduler logs it and carries on from memory.
    """

    def __init__(self, rule: ReminderRule, zone: tzinfo, store: ReminderStore) -> None:
        self._rule = rule
        self._zone = zone
        self._store = store
        self._state = store.load()
        self._baseline_needed = self._state.last_day is None
        self._next_check: datetime | None = None  # nothing can happen before this

    @property
    def rule(self) -> ReminderRule:
        return self._rule

    @property
    def zone(self) -> tzinfo:
        return self._zone

    @property
    def state(self) -> ReminderState:
        return self._state

    def check(self, now: datetime) -> list[ReminderEvent]:
        """What falls due at ``now``: at most one re-fired snooze and one day's reminder."""
        now = _utc(now)
        if self._next_check is not None and now < self._next_check:
            return []
        state = self._state
        if self._baseline_needed:
            self._baseline_needed = False
            state = self._pass_over(state, now)
        events: list[ReminderEvent] = []
        if (
            state.snooze is not None
            and state.snooze_until is not None
            and now >= state.snooze_until
        ):
            events.append(ReminderEvent(_kind(now - state.snooze_until), state.snooze, True))
            state = replace(state, snooze=None, snooze_until=None)
        latest = _latest_occasion(self._rule, self._zone, now)
        if latest is not None and (state.last_day is None or latest.day > state.last_day):
            events.append(ReminderEvent(_kind(now - latest.scheduled), latest))
            state = replace(state, last_day=latest.day)
            if state.snooze is not None and state.snooze.day < latest.day:
                state = replace(state, snooze=None, snooze_until=None)  # a newer one wins
        self._commit(state)
        self._next_check = self.next_due(now)
        return events

    def next_due(self, now: datetime) -> datetime | None:
        """The next moment ``check`` can return anything (a snooze or a day's reminder)."""
        now = _utc(now)
        state = self._state
        moments: list[datetime] = []
        if state.snooze_until is not None:
            moments.append(state.snooze_until)
        if self._baseline_needed:
            occasion = _next_occasion(self._rule, self._zone, now)
        else:
            occasion = self._next_unhandled(now)
        if occasion is not None:
            moments.append(occasion.scheduled)
        return min(moments) if moments else None

    def snooze(
        self, occasion: Occasion, now: datetime, minutes: int = DEFAULT_SNOOZE_MINUTES
    ) -> datetime:
        """Show ``occasion`` again ``minutes`` from ``now`` (once). Returns when."""
        now = _utc(now)
        if isinstance(minutes, bool) or not SNOOZE_MINUTES_MIN <= minutes <= SNOOZE_MINUTES_MAX:
            raise ValueError(
                f"minutes: must be a whole number from {SNOOZE_MINUTES_MIN} "
                f"to {SNOOZE_MINUTES_MAX} (got {minutes!r})"
            )
        until = now + timedelta(minutes=minutes)
        self._commit(replace(self._state, snooze=occasion, snooze_until=until))
        self._next_check = None
        return until

    def dismiss(self) -> Occasion | None:
        """The shown reminder was answered (started or skipped): cancel a pending snooze.

        Returns the snoozed occasion that was cancelled, if there was one.
        """
        snoozed = self._state.snooze
        if snoozed is not None:
            self._commit(replace(self._state, snooze=None, snooze_until=None))
            self._next_check = None
        return snoozed

    def skip_tonight(self, now: datetime) -> Occasion | None:
        """Skip tonight's reminder: a pending snooze; else one due in the last
        `LATE_GRACE` that ``check`` has not reported yet; else the next one if it is due
        within `TONIGHT_HORIZON`. Returns what was skipped, or None."""
        now = _utc(now)
        snoozed = self.dismiss()
        if snoozed is not None:
            return snoozed
        state = self._state
        if self._baseline_needed:
            self._baseline_needed = False
            state = self._pass_over(state, now)
        target = _latest_occasion(self._rule, self._zone, now)
        if target is None or now - target.scheduled > LATE_GRACE or _handled(state, target):
            target = _next_occasion(self._rule, self._zone, now)
            if target is None or target.scheduled - now > TONIGHT_HORIZON:
                self._commit(state)
                return None
        if _handled(state, target):
            return None
        self._commit(replace(state, last_day=target.day))
        self._next_check = None
        return target

    def configure(self, rule: ReminderRule, zone: tzinfo, now: datetime) -> list[ReminderEvent]:
        """Use a new rule or zone from ``now`` on. Returns what fell due under the old one.

        Reminders of the new rule whose time is already past count as handled. A pending
        snooze is kept unless the new rule is off.
        """
        now = _utc(now)
        events = self.check(now)
        self._rule = rule
        self._zone = zone
        state = self._pass_over(self._state, now)
        if not rule.active:
            state = replace(state, snooze=None, snooze_until=None)
        self._commit(state)
        self._next_check = None
        return events

    # -- inside ---------------------------------------------------------------------
    def _pass_over(self, state: ReminderState, now: datetime) -> ReminderState:
        """Count the latest reminder at or before ``now`` as handled, without firing it."""
        latest = _latest_occasion(self._rule, self._zone, now)
        if latest is not None and (state.last_day is None or latest.day > state.last_day):
            return replace(state, last_day=latest.day)
        return state

    def _next_unhandled(self, now: datetime) -> Occasion | None:
        """The first occasion after the last handled day (it may already be due)."""
        if not self._rule.active:
            return None
        last = self._state.last_day
        if last is None:
            return _next_occasion(self._rule, self._zone, now)
        start = max(last + timedelta(days=1), now.astimezone(self._zone).date() - timedelta(days=8))
        return next(_occasions_from(self._rule, self._zone, start))

    def _commit(self, state: ReminderState) -> None:
        if state == self._state:
            return
        self._state = state
        try:
            self._store.save(state)
        except OSError as error:
            log.warning("reminder state not saved (kept in memory): %s", error)


def _handled(state: ReminderState, occasion: Occasion) -> bool:
    return state.last_day is not None and occasion.day <= state.last_day


def _kind(late: timedelta) -> ReminderEventKind:
    return ReminderEventKind.DUE if late <= LATE_GRACE else ReminderEventKind.MISSED


def system_zone() -> tzinfo:
    """This machine's time zone, with its daylight-saving rules where they can be found.

    Tries ``$TZ``, then the zone that ``/etc/localtime`` links to, then ``/etc/timezone``,
    then the rules in ``/etc/localtime`` itself; falls back to the current fixed UTC offset
    (right until the next clock change).
    """
    candidates: list[str] = []
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz:
        candidates.append(tz)
    with contextlib.suppress(OSError):
        target = str(Path("/etc/localtime").readlink())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    with contextlib.suppress(OSError, UnicodeDecodeError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for key in candidates:
        try:
            return ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
    try:
        with Path("/etc/localtime").open("rb") as stream:
            return ZoneInfo.from_file(stream, key="localtime")
    except (OSError, ValueError):
        pass
    local = datetime.now().astimezone().tzinfo
    return local if local is not None else _UTC
