"""The bedtime reminder as a desktop notification with buttons: Start now, Snooze,
Skip tonight.

    notifier = default_notifier()              # once, in the composition root
    notifier.start.connect(...)                # and snooze, skip: the person's answer
    notifier.show(title, text)                 # the reminder is due
    notifier.withdraw()                        # answered in the window or the tray
    notifier.close()                           # at shutdown

`Notifier` itself does nothing (the default in tests, and where no desktop notification
can be sent); the tray balloon and the window's reminder bar work without it. No call
waits on the desktop. QtCore only.

On Linux and other free desktops: `NotifySendNotifier` runs libnotify's `notify-send
--action=...` (Debian: libnotify-bin; 0.7.10 or later) in a QProcess. notify-send shows
the notification, waits for the person, prints the chosen action's key on stdout and
ends. `withdraw()` sends it SIGINT (held back until notify-send is ready for it), on
which it closes the notification. Where there is no notification server, or notify-send
fails, that is logged, `unshown` is emitted (the app then shows the tray balloon) and
nothing else happens. On Windows and macOS the tray balloon is the notification.

Why notify-send, with the measurements: docs/decisions/0201-notify-send-reminder.md.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import sys
from pathlib import Path
from typing import Final

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from cramp_timer.i18n import translate
from cramp_timer.storage.resources import APP_ID

log = logging.getLogger(__name__)

APP_NAME: Final = "Cramp Timer"
ACTION_START: Final = "start"
ACTION_SNOOZE: Final = "snooze"
ACTION_SKIP: Final = "skip"
# How long close() (at quit) lets notify-send take its notification away.
CLOSE_WAIT_MS: Final = 500
# How often a withdrawal that came too early checks whether notify-send takes SIGINT yet.
RETRY_MS: Final = 10


class Notifier(QObject):
    """A desktop notification for the reminder. This base class shows nothing."""

    start = Signal()  # the person chose Start now
    snooze = Signal()
    skip = Signal()  # Skip tonight
    unshown = Signal(str)  # the text could not be shown as a desktop notification

    @property
    def showing(self) -> bool:
        """A notification is up (as far as we know)."""
        return False

    def show(self, title: str, text: str) -> bool:
        """Show the reminder (replacing one shown before). False: this notifier shows
        nothing, so the caller should use another way."""
        return False

    def withdraw(self) -> None:
        """Take the shown notification away; nothing to do if none is shown."""

    def close(self) -> None:
        self.withdraw()


def action_labels() -> list[tuple[str, str]]:
    """(key, button text) for each answer, in the order shown."""
    return [
        (ACTION_START, translate("Notifier", "Start now")),
        (ACTION_SNOOZE, translate("Notifier", "Snooze")),
        (ACTION_SKIP, translate("Notifier", "Skip tonight")),
    ]


def icon_for_notification() -> str:
    """A file path to the app icon (128 px), else the icon's theme name."""
    from cramp_timer.storage.resources import icon_theme_files

    for relative, source in icon_theme_files():
        if relative.startswith("128x128/") and isinstance(source, Path):
            return str(source)
    return APP_ID


class _Shown:
    """One notify-send child: the notification it shows, until it ends."""

    def __init__(self, process: QProcess, text: str) -> None:
        self.process = process
        self.text = text
        self.interrupted = False

    def interrupt(self) -> bool:
        """SIGINT, not terminate(): only then does notify-send close the notification.
        False: not yet, notify-send does not catch SIGINT yet (try again shortly)."""
        if self.interrupted or self.process.state() is QProcess.ProcessState.NotRunning:
            return True
        pid = self.process.processId()
        if pid <= 0 or not catches_sigint(pid, Path(self.process.program()).name):
            return False
        self.interrupted = True
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGINT)
        return True


def catches_sigint(pid: int, name: str) -> bool:
    """Whether process `pid` runs program `name` and has a handler for SIGINT (Linux:
    Name and SigCgt in /proc; between fork and exec the child is still a copy of us,
    with our handlers). Where that cannot be read, True: send it and hope."""
    try:
        status = dict(line.split(":", 1) for line in
                      Path(f"/proc/{pid}/status").read_text(encoding="utf-8").splitlines())
        caught = int(status["SigCgt"].strip(), 16)
        running = status["Name"].strip()
    except (OSError, ValueError, KeyError):
        return True
    return running == name[:15] and bool(caught & (1 << (signal.SIGINT - 1)))


class NotifySendNotifier(Notifier):
    """libnotify's notify-send in a QProcess; see the module docstring.

    notify-send takes SIGINT as "close the notification" only once it waits for the
    answer (it sets its SIGINT handler right after the server has taken the
    notification); before that SIGINT would end it and leave the notification up. So a
    withdrawal that comes that early is put off, checking every `RETRY_MS` whether the
    handler is there yet (on Linux: Name and SigCgt in /proc/PID/status)."""

    def __init__(self, program: str = "notify-send", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._program = program
        self._shown: _Shown | None = None  # the current reminder's
        self._ending: list[_Shown] = []  # withdrawn, not yet ended
        self._told_failure = False
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._interrupt_ending)

    @property
    def showing(self) -> bool:
        return self._shown is not None

    def show(self, title: str, text: str) -> bool:
        self.withdraw()
        program = shutil.which(self._program)
        if program is None:
            self._failed(f"{self._program} is not installed (Debian: libnotify-bin)", text)
            return True
        arguments = ["--app-name", APP_NAME, "--icon", icon_for_notification(),
                     "--hint", f"string:desktop-entry:{APP_ID}", "--print-id",
                     *(f"--action={key}={label}" for key, label in action_labels()),
                     "--", title, text]
        process = QProcess(self)
        process.setProgram(program)
        process.setArguments(arguments)
        shown = self._shown = _Shown(process, text)
        process.finished.connect(lambda code, _status: self._ended(shown, code))
        process.errorOccurred.connect(lambda error: self._start_failed(shown, error))
        process.start(QProcess.OpenModeFlag.ReadOnly)
        return True

    def withdraw(self) -> None:
        shown, self._shown = self._shown, None
        if shown is None:
            return
        self._ending.append(shown)
        if not shown.interrupt():
            self._retry.start()

    def close(self) -> None:
        self.withdraw()
        self._retry.stop()
        for shown in list(self._ending):
            process = shown.process
            for _ in range(CLOSE_WAIT_MS // RETRY_MS):
                if shown.interrupt():
                    break
                process.waitForFinished(RETRY_MS)
            if not process.waitForFinished(CLOSE_WAIT_MS):
                process.kill()
                process.waitForFinished(CLOSE_WAIT_MS)
        self._ending.clear()

    def _interrupt_ending(self) -> None:
        if all([shown.interrupt() for shown in self._ending]):
            self._retry.stop()

    def _ended(self, shown: _Shown, code: int) -> None:
        process = shown.process
        output = bytes(process.readAllStandardOutput().data()).decode(errors="replace")
        errors = bytes(process.readAllStandardError().data()).decode(errors="replace")
        process.deleteLater()
        if shown in self._ending:
            self._ending.remove(shown)
        if shown is not self._shown:
            return  # withdrawn: a click that crossed the withdrawal is already answered
        self._shown = None
        if code != 0:
            self._failed(" ".join(errors.split()) or f"exit status {code}", shown.text)
            return
        lines = output.split()
        key = lines[1] if len(lines) > 1 else None
        log.info("notification %s answered: %s", lines[0] if lines else "?", key or "closed")
        if key == ACTION_START:
            self.start.emit()
        elif key == ACTION_SNOOZE:
            self.snooze.emit()
        elif key == ACTION_SKIP:
            self.skip.emit()

    def _start_failed(self, shown: _Shown, error: QProcess.ProcessError) -> None:
        if error is not QProcess.ProcessError.FailedToStart or shown is not self._shown:
            return  # a crash also ends in finished(), handled there
        self._shown = None
        shown.process.deleteLater()
        self._failed(f"{self._program} could not be started: "
                     f"{shown.process.errorString()}", shown.text)

    def _failed(self, why: str, text: str) -> None:
        level = logging.INFO if self._told_failure else logging.WARNING
        self._told_failure = True
        log.log(level, "desktop notification not shown: %s", why)
        self.unshown.emit(text)


def default_notifier(platform: str = sys.platform) -> Notifier:
    """notify-send on Linux and the BSDs; elsewhere the tray balloon does it."""
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return NotifySendNotifier()
    return Notifier()
