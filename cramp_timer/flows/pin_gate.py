"""The caregiver's PIN in front of the locked actions: an action the lock does not guard
runs at once; a guarded one runs once its PIN prompt is accepted. One prompt at a time
(a new one closes the last). Cramp now never passes through here.

QtCore only: the prompt is made by the caller (`open_prompt`) and used through a small
protocol, so a test drives the gate with a fake prompt and a fake lock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # (the lock module is read when the lock is first needed)
    from cramp_timer.storage.lock import Action


class Lock(Protocol):
    def required_for(self, action: Action) -> bool: ...


class Prompt(Protocol):
    """What the gate uses of a PIN prompt (`ui.dialogs.pin_prompt.PinPrompt`)."""

    @property
    def accepted(self) -> Any: ...  # a signal: the right PIN was given

    @property
    def finished(self) -> Any: ...  # a signal: closed, either way

    def open(self) -> None: ...  # shown without waiting

    def ask(self) -> bool: ...  # shown, waited for: the right PIN was given

    def reject(self) -> None: ...

    def isVisible(self) -> bool: ...

    def deleteLater(self) -> None: ...


class PinGate:
    """``open_prompt(action, parent)`` makes a prompt for `action` over `parent` (None:
    the main window); the gate decides whether it is needed and keeps the open one."""

    def __init__(self, lock: Callable[[], Lock],
                 open_prompt: Callable[[Action, Any], Prompt]) -> None:
        self._lock = lock
        self._open_prompt = open_prompt
        self.prompt: Prompt | None = None  # the open PIN prompt, if any

    def unlock(self, action: Action, then: Callable[[], object]) -> Prompt | None:
        """Do ``then`` now, or once the PIN was given if ``action`` is locked. Returns the
        PIN prompt while it is open."""
        if not self._lock().required_for(action):
            then()
            return None
        self.close_prompt()
        prompt = self.prompt = self._open_prompt(action, None)
        prompt.accepted.connect(then)
        prompt.finished.connect(lambda _result: self._forget(prompt))
        prompt.open()
        return prompt

    def pin_given(self, action: Action, parent: object) -> bool:
        """Ask for the PIN and wait for the answer (for questions that must be answered
        before the caller goes on, such as deleting a diary entry)."""
        if not self._lock().required_for(action):
            return True
        prompt = self.prompt = self._open_prompt(action, parent)
        try:
            return prompt.ask()
        finally:
            self.prompt = None
            prompt.deleteLater()

    def close_prompt(self) -> None:
        """One PIN prompt at a time. (A stretch that starts closes it too: the window
        cancels the dialogs that cannot wait, see `ui.main_window.add_cramp_now`.)"""
        if self.prompt is not None and self.prompt.isVisible():
            self.prompt.reject()

    def _forget(self, prompt: Prompt) -> None:
        if self.prompt is prompt:
            self.prompt = None
