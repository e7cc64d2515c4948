"""Starting routines and noticing a routines file changed outside, with a fake store,
editor and start (no window)."""

from __future__ import annotations

from dataclasses import dataclass, field

from pytestqt.qtbot import QtBot

from cramp_timer.flows.routine_flow import CHECK_MS, RoutineFlow


@dataclass
class FakeStore:
    changed: bool = False
    problems: list[str] = field(default_factory=list)
    checks: int = 0

    def reload_if_changed(self) -> bool:
        self.checks += 1
        changed, self.changed = self.changed, False
        return changed


@dataclass
class FakeEditor:
    refreshed: list[str] = field(default_factory=list)

    def refresh(self, message: str = "") -> None:
        self.refreshed.append(message)


def make(refusal: str | None = None) -> tuple[RoutineFlow, FakeStore, list[str],
                                               list[str | None]]:
    store = FakeStore()
    said: list[str] = []
    started: list[str | None] = []

    def start(name: str | None) -> str | None:
        started.append(name)
        return refusal

    return RoutineFlow(lambda: store, start, said.append), store, said, started


def test_a_routine_starts_after_a_check_of_the_file() -> None:
    flow, store, said, started = make()
    assert flow.run() is None
    assert flow.run("Physio plan") is None
    assert started == [None, "Physio plan"] and store.checks == 2 and said == []


def test_a_refused_routine_is_said_and_returned() -> None:
    flow, _store, said, _started = make("There is no routine called “Gone”.")
    assert flow.run("Gone") == "There is no routine called “Gone”."
    assert said == ["There is no routine called “Gone”."]


def test_an_unchanged_file_says_nothing() -> None:
    flow, _store, said, _started = make()
    flow.editor = editor = FakeEditor()
    assert not flow.check()
    assert said == [] and editor.refreshed == []


def test_a_changed_file_refreshes_the_page_and_says_its_problems() -> None:
    flow, store, said, _started = make()
    assert flow.check() is False  # no page yet: nothing to refresh
    store.changed, store.problems = True, ["Step 2 of “Physio plan” has no name."]
    flow.editor = editor = FakeEditor()
    assert flow.check()
    assert said == ["Step 2 of “Physio plan” has no name."]
    assert len(editor.refreshed) == 1 and "changed from outside" in editor.refreshed[0]


def test_the_file_is_checked_only_while_the_page_shows(qtbot: QtBot) -> None:
    flow, store, _said, _started = make()
    assert not flow.checker.isActive()
    flow.watch(True)
    assert flow.checker.isActive() and flow.checker.interval() == CHECK_MS
    flow.checker.timeout.emit()  # a tick
    assert store.checks == 1
    flow.watch(False)
    assert not flow.checker.isActive()
    flow.watch(True)
    flow.stop()  # the app's end
    assert not flow.checker.isActive()
