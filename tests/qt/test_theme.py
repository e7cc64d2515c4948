"""The night palette and its dim twin: every text readable (WCAG contrast 4.5:1 or
more), the dim one darker everywhere, the Cramp now button included; D dims the real
window and the choice is kept; the style sheet scales its lengths, never its fonts below
the readable minimum."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from cramp_timer.app import CrampTimer
from cramp_timer.storage.paths import AppPaths
from cramp_timer.storage.settings import load_settings
from cramp_timer.ui import theme

# (text, background) pairs the style sheet sets
PAIRS = (("text", "background"), ("text", "surface"), ("text_dim", "background"),
         ("text_dim", "surface"), ("accent_text", "accent"), ("accent_text", "accent_hover"),
         ("accent_text", "warning_bg"), ("text", "warning_bg"), ("accent_text", "border"),
         ("accent_text", "background"), ("text", "hover"))


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of "#rrggbb"."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_of_a_known_pair() -> None:
    assert contrast("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("palette", [theme.NIGHT, theme.DIM], ids=["night", "dim"])
@pytest.mark.parametrize(("text", "background"), PAIRS)
def test_every_text_stays_readable(palette: theme.Palette, text: str, background: str) -> None:
    assert contrast(getattr(palette, text), getattr(palette, background)) >= 4.5


def test_dim_is_darker_in_every_colour_the_cramp_now_button_too() -> None:
    for name in ("background", "surface", "text", "text_dim", "accent", "accent_text",
                 "ring", "focus", "border"):
        assert luminance(getattr(theme.DIM, name)) < luminance(getattr(theme.NIGHT, name)), name
    assert luminance(theme.DIM.accent_text) < 0.6 * luminance(theme.NIGHT.accent_text)


def test_scaled_lengths_keep_fonts_readable_and_thin_borders() -> None:
    sheet = "QLabel { font-size: 40px; padding: 12px 20px; border: 2px solid; margin: -10px; }"
    assert theme.scaled(sheet, 0.5) == (
        "QLabel { font-size: 20px; padding: 6px 10px; border: 2px solid; margin: -5px; }")
    assert "font-size: 11px" in theme.scaled("font-size: 18px;", 0.3)
    assert theme.style(1.0, dim=False) == theme.STYLE
    assert "#82441f" in theme.STYLE  # the hover of Cramp now (#8d4a23 had 4.1:1)


def mean_light(image: QImage) -> float:
    total, count = 0.0, 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            total += QColor(image.pixel(x, y)).lightnessF()
            count += 1
    return total / count


def test_d_dims_the_whole_window_and_is_kept(
        night_theme: None, timer: CrampTimer, qtbot: QtBot, paths: AppPaths) -> None:
    window = timer.window
    bright = mean_light(window.grab().toImage())
    button = window.cramp_now.grab().toImage()
    qtbot.keyClick(window, "d")
    assert theme.is_dim()
    try:
        qtbot.waitUntil(lambda: mean_light(window.grab().toImage()) < 0.7 * bright, timeout=2000)
        assert mean_light(window.cramp_now.grab().toImage()) < 0.7 * mean_light(button)
        assert load_settings(paths.settings_file, timer.clock.now()).settings.dim
    finally:
        timer.settings.toggle_dim()
    assert not theme.is_dim()
    assert not load_settings(paths.settings_file, timer.clock.now()).settings.dim
