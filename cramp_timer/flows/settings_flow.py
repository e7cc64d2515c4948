"""The person's settings as the window changes them: each change is saved at once, a
save that fails is said in the window and changes nothing, and what follows a saved
setting (the dim palette, the volume shown, the voice, the reminders, start at login) is
told through the callables given.

Plain Python: a test drives it with a settings file in a temporary folder and fakes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cramp_timer.desktop.autostart import Autostart
from cramp_timer.i18n import translate
from cramp_timer.routines.model import DEFAULT_ROUTINE_NAME, name_title
from cramp_timer.storage.settings import Settings, save_settings


class SettingsFlow:
    """``say(text)`` shows a line in the window; after a change, ``dim(on)``,
    ``volume(level)`` (the level shown), ``voice()`` (the speaker takes the settings) and
    ``reminders()`` (the reminder and the tray follow the settings) are called as each
    method says."""

    def __init__(self, file: Path, settings: Settings, say: Callable[[str], None],
                 autostart: Autostart, *, dim: Callable[[bool], None],
                 volume: Callable[[float], None], voice: Callable[[], None],
                 reminders: Callable[[], None]) -> None:
        self._file = file
        self._settings = settings
        self._say = say
        self._autostart = autostart
        self._dim, self._volume, self._voice = dim, volume, voice
        self._reminders = reminders

    def current(self) -> Settings:
        return self._settings

    def replace(self, settings: Settings) -> bool:
        """Save ``settings`` if they changed. False: they could not be saved (said in the
        window), and the current ones stay."""
        if settings == self._settings:
            return True
        try:
            save_settings(self._file, settings)
        except OSError as error:
            self._say(translate("CrampTimer",
                "Your settings could not be saved: %1").replace("%1", str(error)))
            return False
        self._settings = settings
        return True

    def save_all(self, settings: Settings, start_at_login: bool) -> bool:
        """The Settings dialog's OK: save, then let everything follow (``dim``,
        ``volume``, ``reminders``, start at login). ``voice()`` is left to the caller,
        which calls it when the dialog closes either way."""
        if not self.replace(settings):
            return False
        self._dim(self._settings.dim)
        self._volume(self._settings.voice_volume)
        self._reminders()
        self.set_start_at_login(start_at_login)
        return True

    def step_volume(self, step: int) -> None:
        """− / +: the voice a tenth quieter or louder, kept, and heard at once."""
        current = self._settings
        level = min(1.0, max(0.0, round(current.voice_volume + step / 10, 1)))
        if level != current.voice_volume and self.replace(
                current.with_changes(voice_volume=level)):
            self._voice()
        self._volume(self._settings.voice_volume)

    def toggle_dim(self) -> None:
        """The dim palette on or off, kept for next time (shown even if not kept)."""
        wanted = not self._settings.dim
        self.replace(self._settings.with_changes(dim=wanted))
        self._dim(self._settings.dim)

    def welcome_met(self) -> None:
        """A stretch or a routine has run: the welcome waits until asked for."""
        if not self._settings.welcome_seen:
            self.replace(self._settings.with_changes(welcome_seen=True))

    def welcome_done(self, chosen: tuple[Settings, bool] | None) -> None:
        """The welcome's Done (``chosen``: its settings and start at login) or Skip
        (None: only that it was seen)."""
        if chosen is None:
            self.replace(self._settings.with_changes(welcome_seen=True))
        else:
            settings, start_at_login = chosen
            self.set_start_at_login(start_at_login)
            self.replace(settings)
        self._reminders()

    def set_start_at_login(self, want: bool) -> None:
        """Start at login on or off; a failure is said in the window."""
        if want == self._autostart.enabled():
            return
        try:
            self._autostart.enable() if want else self._autostart.disable()
        except OSError as error:
            self._say(translate("CrampTimer",
                "Start at login could not be changed: %1").replace("%1", str(error)))

    def routine_renamed(self, old: str, new: str) -> None:
        """The bedtime routine keeps following a routine that was renamed."""
        if self._settings.bedtime_routine == old:
            self.replace(self._settings.with_changes(bedtime_routine=new))

    def routine_deleted(self, name: str) -> None:
        """A deleted bedtime routine gives way to the built-in one, and the window says so."""
        if self._settings.bedtime_routine != name:
            return
        self.replace(self._settings.with_changes(bedtime_routine=DEFAULT_ROUTINE_NAME))
        self._say(translate("CrampTimer",
            "The deleted routine was the bedtime routine; the bedtime routine is now "
            "“%1”.").replace("%1", name_title(DEFAULT_ROUTINE_NAME)))
