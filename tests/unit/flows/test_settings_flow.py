"""The settings as the window changes them, with a real settings file and fakes for
what follows a change (no window)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest

from cramp_timer.flows.settings_flow import SettingsFlow
from cramp_timer.routines.model import DEFAULT_ROUTINE_NAME
from cramp_timer.storage.settings import Settings, load_settings


@dataclass
class FakeAutostart:
    on: bool = False
    broken: bool = False

    def enabled(self) -> bool:
        return self.on

    def enable(self) -> None:
        if self.broken:
            raise PermissionError("no autostart folder")
        self.on = True

    def disable(self) -> None:
        self.on = False


@dataclass
class Followed:
    said: list[str] = field(default_factory=list)
    dim: list[bool] = field(default_factory=list)
    volume: list[float] = field(default_factory=list)
    voice: int = 0
    reminders: int = 0

    def heard(self) -> None:
        self.voice += 1

    def reminded(self) -> None:
        self.reminders += 1


def make(path: Path, settings: Settings | None = None,
         autostart: FakeAutostart | None = None) -> tuple[SettingsFlow, Followed]:
    seen = Followed()
    flow = SettingsFlow(path, settings or Settings(), seen.said.append,
                        autostart or FakeAutostart(), dim=seen.dim.append,
                        volume=seen.volume.append, voice=seen.heard, reminders=seen.reminded)
    return flow, seen


def on_disk(path: Path) -> Settings:
    return load_settings(path, datetime(2026, 12, 4, 22, 0)).settings


def unwritable(tmp_path: Path) -> Path:
    """A settings path whose folder is a file: every save fails."""
    (tmp_path / "blocked").write_text("a file where the folder should be")
    return tmp_path / "blocked" / "settings.json"


def test_a_change_is_saved_at_once(tmp_path: Path) -> None:
    file = tmp_path / "settings.json"
    flow, seen = make(file)
    assert flow.replace(flow.current().with_changes(hold_seconds=50))
    assert flow.current().hold_seconds == 50
    assert on_disk(file).hold_seconds == 50
    assert seen.said == []


def test_an_unchanged_replace_writes_nothing(tmp_path: Path) -> None:
    file = tmp_path / "settings.json"
    flow, _seen = make(file)
    assert flow.replace(flow.current())
    assert not file.exists()


def test_a_failed_save_is_said_and_keeps_the_current_settings(tmp_path: Path) -> None:
    flow, seen = make(unwritable(tmp_path))
    before = flow.current()
    assert not flow.replace(before.with_changes(hold_seconds=50))
    assert flow.current() == before
    assert len(seen.said) == 1 and seen.said[0].startswith("Your settings could not be saved")


def test_the_dialogs_ok_saves_then_everything_follows(tmp_path: Path) -> None:
    file = tmp_path / "settings.json"
    autostart = FakeAutostart()
    flow, seen = make(file, autostart=autostart)
    chosen = flow.current().with_changes(dim=True, voice_volume=0.4, reminder_enabled=True)
    assert flow.save_all(chosen, start_at_login=True)
    assert on_disk(file) == chosen
    assert seen.dim == [True] and seen.volume == [0.4] and seen.reminders == 1
    assert autostart.on
    assert seen.voice == 0  # the caller applies the voice when the dialog closes


def test_the_dialogs_ok_that_cannot_save_changes_nothing_else(tmp_path: Path) -> None:
    autostart = FakeAutostart()
    flow, seen = make(unwritable(tmp_path), autostart=autostart)
    assert not flow.save_all(flow.current().with_changes(dim=True), start_at_login=True)
    assert seen.dim == [] and seen.reminders == 0 and not autostart.on
    assert len(seen.said) == 1


def test_start_at_login_that_cannot_change_is_said(tmp_path: Path) -> None:
    flow, seen = make(tmp_path / "settings.json", autostart=FakeAutostart(broken=True))
    flow.set_start_at_login(True)
    assert seen.said == ["Start at login could not be changed: no autostart folder"]


@pytest.mark.parametrize(("start", "step", "level"), [
    (0.5, 1, 0.6), (0.5, -1, 0.4), (1.0, 1, 1.0), (0.0, -1, 0.0), (0.9, 1, 1.0)])
def test_volume_steps_by_a_tenth_within_bounds(
        tmp_path: Path, start: float, step: int, level: float) -> None:
    file = tmp_path / "settings.json"
    flow, seen = make(file, Settings().with_changes(voice_volume=start))
    flow.step_volume(step)
    assert flow.current().voice_volume == level
    assert seen.volume == [level]
    assert seen.voice == (1 if level != start else 0)  # heard at once, only if it changed


def test_a_volume_step_that_cannot_be_saved_shows_the_old_level(tmp_path: Path) -> None:
    flow, seen = make(unwritable(tmp_path), Settings().with_changes(voice_volume=0.5))
    flow.step_volume(1)
    assert seen.volume == [0.5] and seen.voice == 0 and len(seen.said) == 1


def test_dim_toggles_and_is_kept(tmp_path: Path) -> None:
    file = tmp_path / "settings.json"
    flow, seen = make(file)
    flow.toggle_dim()
    flow.toggle_dim()
    flow.toggle_dim()
    assert seen.dim == [True, False, True]
    assert on_disk(file).dim


def test_the_welcome_is_met_once(tmp_path: Path) -> None:
    file = tmp_path / "settings.json"
    flow, _seen = make(file)
    flow.welcome_met()
    assert on_disk(file).welcome_seen
    file.unlink()
    flow.welcome_met()  # already seen: nothing written again
    assert not file.exists()


def test_the_welcome_skipped_or_done(tmp_path: Path) -> None:
    file = tmp_path / "settings.json"
    autostart = FakeAutostart()
    flow, seen = make(file, autostart=autostart)
    flow.welcome_done(None)
    assert on_disk(file).welcome_seen and not autostart.on and seen.reminders == 1
    chosen = flow.current().with_changes(reminder_enabled=True)
    flow.welcome_done((chosen, True))
    assert on_disk(file) == chosen and autostart.on and seen.reminders == 2


def test_the_bedtime_routine_follows_a_rename_and_a_delete(tmp_path: Path) -> None:
    file = tmp_path / "settings.json"
    flow, seen = make(file, Settings().with_changes(bedtime_routine="Physio plan"))
    flow.routine_renamed("Other plan", "Something")
    assert flow.current().bedtime_routine == "Physio plan"
    flow.routine_renamed("Physio plan", "Dr. Ames plan")
    assert on_disk(file).bedtime_routine == "Dr. Ames plan"
    flow.routine_deleted("Other plan")
    assert seen.said == []
    flow.routine_deleted("Dr. Ames plan")
    assert on_disk(file).bedtime_routine == DEFAULT_ROUTINE_NAME
    assert seen.said == ["The deleted routine was the bedtime routine; the bedtime routine "
                         "is now “Bedtime stretch”."]
