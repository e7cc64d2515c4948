"""The caregiver's PIN in front of the locked actions, with a fake lock and prompt."""

from __future__ import annotations

from fakes import FakeSignal

from cramp_timer.flows.pin_gate import PinGate
from cramp_timer.storage.lock import Action


class FakePrompt:
    def __init__(self, action: Action, parent: object, right: bool) -> None:
        self.action, self.parent, self.right = action, parent, right
        self.accepted, self.finished = FakeSignal(), FakeSignal()
        self.visible = self.deleted = False

    def open(self) -> None:
        self.visible = True

    def ask(self) -> bool:
        return self.right

    def reject(self) -> None:
        self.visible = False
        self.finished.emit(0)

    def give_pin(self) -> None:
        self.visible = False
        self.accepted.emit()
        self.finished.emit(1)

    def isVisible(self) -> bool:
        return self.visible

    def deleteLater(self) -> None:
        self.deleted = True


class FakeLock:
    def __init__(self, guarded: set[Action]) -> None:
        self.guarded = guarded

    def required_for(self, action: Action) -> bool:
        return action in self.guarded


def gate(guarded: set[Action], right: bool = True) -> tuple[PinGate, list[FakePrompt]]:
    made: list[FakePrompt] = []

    def open_prompt(action: Action, parent: object) -> FakePrompt:
        made.append(FakePrompt(action, parent, right))
        return made[-1]

    return PinGate(lambda: FakeLock(guarded), open_prompt), made


def test_an_unguarded_action_runs_at_once_without_a_prompt() -> None:
    pins, made = gate(set())
    done: list[str] = []
    assert pins.unlock(Action.SETTINGS, lambda: done.append("settings")) is None
    assert pins.pin_given(Action.DELETE_DIARY, parent="history")
    assert done == ["settings"] and made == []


def test_a_guarded_action_runs_once_the_pin_is_given() -> None:
    pins, made = gate({Action.SETTINGS})
    done: list[str] = []
    prompt = pins.unlock(Action.SETTINGS, lambda: done.append("settings"))
    assert prompt is made[0] and pins.prompt is prompt and done == []
    made[0].give_pin()
    assert done == ["settings"] and pins.prompt is None


def test_one_prompt_at_a_time_and_a_cancel_does_nothing() -> None:
    pins, made = gate({Action.SETTINGS, Action.EDIT_ROUTINES})
    done: list[str] = []
    pins.unlock(Action.SETTINGS, lambda: done.append("settings"))
    pins.unlock(Action.EDIT_ROUTINES, lambda: done.append("routines"))
    assert not made[0].visible and made[1].visible  # the first was closed
    assert pins.prompt is made[1]
    made[1].reject()
    assert done == [] and pins.prompt is None


def test_a_question_that_waits_gets_the_answer_and_its_prompt_goes() -> None:
    pins, made = gate({Action.DELETE_DIARY}, right=False)
    assert not pins.pin_given(Action.DELETE_DIARY, parent="history")
    assert made[0].parent == "history" and made[0].deleted and pins.prompt is None
