"""The bedtime reminder's routes, driven with fakes: no window, no tray, no desktop."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from fakes import FakeSignal

from cramp_timer.flows.reminder_routes import ReminderRoutes


@dataclass
class FakeService:
    calls: list[str] = field(default_factory=list)
    showing: bool = True
    due: FakeSignal = field(default_factory=FakeSignal)
    answered: FakeSignal = field(default_factory=FakeSignal)

    def __getattr__(self, name: str) -> Callable[[], None]:
        if name in ("start", "stop", "check", "reconfigure", "snooze", "skip_tonight",
                    "started"):
            return lambda: self.calls.append(name)
        raise AttributeError(name)


@dataclass
class Places:
    """The window's bar, the notification, the tray, the voice: what each was told."""

    visible: bool = True
    notifies: bool = True
    told: list[tuple[str, object]] = field(default_factory=list)

    def show_reminder(self, text: str | None, balloon: bool | None = None) -> None:
        self.told.append(("bar" if balloon is None else f"tray balloon={balloon}", text))

    def isVisible(self) -> bool:
        return self.visible

    def show(self, title: str, text: str) -> bool:
        self.told.append(("notification", text))
        return self.notifies

    def withdraw(self) -> None:
        self.told.append(("withdrawn", None))

    def remind(self, text: str) -> None:
        self.told.append(("tray remind", text))


class Tray:
    def __init__(self, places: Places) -> None:
        self.places = places

    def show_reminder(self, text: str | None, balloon: bool = True) -> None:
        self.places.show_reminder(text, balloon)

    def remind(self, text: str) -> None:
        self.places.remind(text)


def routes(places: Places, *, enabled: bool = True, tray: bool = True, speak: bool = False,
           refused: str | None = None) -> tuple[ReminderRoutes, FakeService, list[str]]:
    service = FakeService()
    log: list[str] = []
    icon = Tray(places) if tray else None
    routes = ReminderRoutes(lambda: service, lambda: enabled, places, places, lambda: icon,
                            lambda: speak, lambda text: log.append(f"said {text}"),
                            lambda: log.append("front"),
                            lambda: log.append("routine") or refused)
    return routes, service, log


def test_no_service_until_reminders_are_on() -> None:
    places = Places()
    off, _service, _log = routes(places, enabled=False)
    assert off.service_if_on() is None
    off.snooze()  # nothing to snooze: nothing happens
    off.check()
    assert places.told == []


def test_a_due_reminder_reaches_every_place_and_an_answer_clears_them() -> None:
    places = Places(notifies=False)
    on, service, log = routes(places, speak=True)
    assert on.service_if_on() is service
    on.start()
    assert service.calls == ["start"]
    service.due.emit("Time for your bedtime routine.")
    assert places.told == [("bar", "Time for your bedtime routine."),
                           ("notification", "Time for your bedtime routine."),
                           ("tray balloon=True", "Time for your bedtime routine.")]
    assert log == ["said Time for your bedtime routine."]
    places.told.clear()
    service.answered.emit()
    assert places.told == [("bar", None), ("withdrawn", None), ("tray balloon=True", None)]


def test_without_a_tray_the_window_comes_back_for_the_reminder() -> None:
    places = Places(visible=False)
    on, service, log = routes(places, tray=False)
    on.service_if_on()
    service.due.emit("Bedtime.")
    assert log == ["front"]
    assert ("bar", "Bedtime.") in places.told


def test_each_answer_goes_back_to_the_service() -> None:
    places = Places()
    on, service, log = routes(places)
    on.service_if_on()
    on.snooze()
    on.skip()
    on.start_routine()
    assert service.calls == ["snooze", "skip_tonight", "started"]
    assert log == ["front", "routine"]
    refused, service, _log = routes(places, refused="No bedtime routine.")
    refused.service_if_on()
    refused.start_routine()
    assert "started" not in service.calls  # a routine that did not start is not an answer


def test_an_unshown_notification_falls_back_to_the_tray() -> None:
    places = Places()
    on, service, _log = routes(places)
    on.service_if_on()
    on.unshown("Bedtime.")
    assert places.told == [("tray remind", "Bedtime.")]
    service.showing = False  # answered meanwhile: nothing to remind of
    on.unshown("Bedtime.")
    assert places.told == [("tray remind", "Bedtime.")]


def test_a_service_made_after_the_start_is_started_and_reconfigured_later() -> None:
    places = Places()
    enabled = [False]
    service = FakeService()
    on = ReminderRoutes(lambda: service, lambda: enabled[0], places, places,
                        lambda: None, lambda: False, lambda _t: None, lambda: None,
                        lambda: None)
    on.start()
    on.reconfigure()  # still off
    enabled[0] = True
    on.reconfigure()  # turned on in Settings: made and started
    on.reconfigure()  # changed again: the running one takes the new rule
    on.stop()
    assert service.calls == ["start", "reconfigure", "stop"]
