"""The real app in the offscreen window, for the Qt tests: a fake clock, a recording
speaker (both from tests/conftest.py), private files. A test module changes what it needs
by overriding a fixture (``settings``, ``clock``, ``desktop``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fakes import RecordingSpeaker
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cramp_timer.app import CrampTimer, Desktop
from cramp_timer.core.clock import FakeClock
from cramp_timer.storage.paths import AppPaths
from cramp_timer.storage.settings import Settings, save_settings
from cramp_timer.ui.qt_app import apply_theme


@pytest.fixture
def settings() -> Settings:
    return Settings(welcome_seen=True)  # not the first start


@pytest.fixture
def desktop() -> Desktop:
    return Desktop()


@pytest.fixture
def paths(settings: Settings) -> AppPaths:
    paths = AppPaths.default()  # private: tests/conftest.py points XDG_* at a temp dir
    paths.ensure()
    save_settings(paths.settings_file, settings)
    return paths


@pytest.fixture
def timer(qtbot: QtBot, paths: AppPaths, clock: FakeClock, speaker: RecordingSpeaker,
          desktop: Desktop) -> Iterator[CrampTimer]:
    app = CrampTimer(paths, clock, speaker, desktop=desktop)
    qtbot.addWidget(app.window)
    app.show()
    qtbot.waitExposed(app.window)
    yield app
    app.shutdown()


@pytest.fixture
def night_theme(qapp: QApplication) -> Iterator[None]:
    """The app's real look (its font sizes decide the wrapping); put back afterwards."""
    sheet, palette, style = qapp.styleSheet(), qapp.palette(), qapp.style().name()
    apply_theme(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)
