"""The routines as the window uses them: starting one, and noticing a routines file
changed from the command line (the Routines page then shows the latest list; it is
checked every `CHECK_MS` while that page is on screen). The bedtime routine follows a
rename or a delete through `flows.settings_flow`.

QtCore only: the store, the editor and the start are small protocols and callables, so a
test drives the flow with fakes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QTimer

from cramp_timer.i18n import translate

# While the Routines page shows, the routines file is checked this often.
CHECK_MS = 2000


class Store(Protocol):
    """What the flow uses of `routines.store.RoutineStore`."""

    @property
    def problems(self) -> Sequence[str]: ...

    def reload_if_changed(self) -> bool: ...


class Editor(Protocol):
    """What the flow uses of the Routines page (`ui.dialogs.routine_editor`)."""

    def refresh(self, message: str = "") -> None: ...


class RoutineFlow:
    """``store()`` is the routine store (read on first use); ``start(name)`` starts a
    routine (None: the bedtime one) and returns a refusal's text; ``say(text)`` shows a
    line in the window."""

    def __init__(self, store: Callable[[], Store], start: Callable[[str | None], str | None],
                 say: Callable[[str], None]) -> None:
        self._store = store
        self._start = start
        self._say = say
        self.editor: Editor | None = None  # the Routines page, once built
        self.checker = QTimer()  # runs while the Routines page is on screen
        self.checker.setInterval(CHECK_MS)
        self.checker.timeout.connect(self.check)

    def check(self) -> bool:
        """Pick up routines changed from outside; True if they were."""
        store = self._store()
        if not store.reload_if_changed():
            return False
        for problem in store.problems:
            self._say(problem)
        if self.editor is not None:
            self.editor.refresh(translate("CrampTimer",
                "Your routines were changed from outside Cramp Timer; this is the latest list."))
        return True

    def run(self, name: str | None = None) -> str | None:
        """Start a routine (None: the bedtime routine); a refusal is said and returned."""
        self.check()
        problem = self._start(name)
        if problem is not None:
            self._say(problem)
        return problem

    def watch(self, on_screen: bool) -> None:
        """The Routines page came on screen (checks every `CHECK_MS`) or went."""
        if on_screen:
            self.checker.start()
        else:
            self.checker.stop()

    def stop(self) -> None:
        self.checker.stop()
