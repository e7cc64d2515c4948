"""The night palette: dark, dim and warm, with no bright white anywhere; and its sizes.

Text is a soft amber on near-black brown: about 8:1 contrast, readable at arm's length
without lighting up a dark bedroom. `DIM` lowers every colour (the Cramp now button too)
and keeps every text at 4.5:1 or more. `style(scale, dim)` is the whole style sheet with
every length multiplied by ``scale`` and no text under `MIN_FONT_PX`: `ui.fitting` sets
it on a window whose page would not fit its screen at full size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Palette:
    background: str
    surface: str
    text: str
    text_dim: str
    accent: str  # the Cramp now button
    accent_hover: str
    accent_text: str
    border: str
    focus: str
    ring_track: str
    ring: str
    warning_bg: str
    hover: str
    invalid: str
    error: str


NIGHT = Palette(
    background="#140e0a", surface="#21170f", text="#d9a66a", text_dim="#a47c50",
    accent="#7a3f1d", accent_hover="#82441f", accent_text="#f0c48c", border="#4a3320",
    focus="#e0a050", ring_track="#2c1f14", ring="#c07a3a", warning_bg="#3a2410",
    hover="#2a1d13", invalid="#c0502a", error="#f0a070",
)
# About half the light of NIGHT (mean luminance of the idle page); every text still 4.5:1.
DIM = Palette(
    background="#0b0806", surface="#150f0a", text="#a67d4e", text_dim="#9e774c",
    accent="#3a1e0e", accent_hover="#42220f", accent_text="#bb9161", border="#33231a",
    focus="#a8783c", ring_track="#1a120c", ring="#7a4e26", warning_bg="#241708",
    hover="#1a120c", invalid="#8a3a1e", error="#c08060",
)

# the night palette's names, for code that paints or styles on its own
BACKGROUND = NIGHT.background
SURFACE = NIGHT.surface
TEXT = NIGHT.text
TEXT_DIM = NIGHT.text_dim
ACCENT = NIGHT.accent
ACCENT_HOVER = NIGHT.accent_hover
ACCENT_TEXT = NIGHT.accent_text
BORDER = NIGHT.border
FOCUS = NIGHT.focus
RING_TRACK = NIGHT.ring_track
RING = NIGHT.ring
WARNING_BG = NIGHT.warning_bg

MIN_FONT_PX = 11  # the smallest text a scaled-down window shows
_LENGTH = re.compile(r"(font-size:\s*)?(-?\d+)px")
_dim = [False]


def _sheet(p: Palette) -> str:
    return f"""
QWidget {{
    background: {p.background};
    color: {p.text};
    font-size: 18px;
}}
QPushButton {{
    background: {p.surface};
    color: {p.text};
    border: 2px solid {p.border};
    border-radius: 14px;
    padding: 12px 16px;
    min-height: 44px;
}}
QPushButton:hover {{ background: {p.hover}; }}
QPushButton:focus {{ border: 3px solid {p.focus}; }}
QPushButton:pressed {{ background: {p.border}; }}
QPushButton#crampNow, QPushButton#bigAccent, QPushButton#dialogCrampNow {{
    background: {p.accent};
    color: {p.accent_text};
    border: 3px solid {p.accent_hover};
}}
QPushButton#crampNow:hover, QPushButton#bigAccent:hover,
QPushButton#dialogCrampNow:hover {{ background: {p.accent_hover}; }}
QPushButton#crampNow:focus, QPushButton#bigAccent:focus,
QPushButton#dialogCrampNow:focus {{ border: 4px solid {p.focus}; }}
QPushButton#dialogCrampNow {{
    font-size: 28px;
    font-weight: 600;
    min-height: 64px;
    border-radius: 20px;
}}
QPushButton#crampNow {{ font-size: 64px; font-weight: 600; border-radius: 36px; }}
QPushButton#pageCrampNow {{
    background: {ACCENT}; color: {ACCENT_TEXT}; border: 2px solid {ACCENT_HOVER};
    font-weight: 600; padding: 2px 14px;
}}
QPushButton#pageCrampNow:focus {{ border: 3px solid {FOCUS}; }}
QPushButton#big, QPushButton#bigAccent {{
    font-size: 30px;
    font-weight: 600;
    min-height: 90px;
    border-radius: 24px;
}}
QLabel#digits {{ font-size: 120px; font-weight: 600; color: {p.accent_text}; }}
QLabel#caption {{ font-size: 36px; font-weight: 600; color: {p.accent_text}; }}
QLabel#instruction {{ font-size: 24px; color: {p.text}; }}
QLabel#round {{ font-size: 20px; color: {p.text_dim}; }}
QLabel#hint {{ font-size: 18px; color: {p.text_dim}; qproperty-alignment: AlignCenter; }}
QLabel#redFlags {{
    font-size: 22px; font-weight: 600; color: {p.accent_text};
    background: {p.warning_bg}; border: 2px solid {p.accent_hover}; border-radius: 12px;
}}
QLabel#alarm {{ font-size: 44px; font-weight: 600; color: {p.accent_text}; }}
QPushButton#routine {{ font-size: 22px; }}
QPushButton#small {{ min-height: 30px; padding: 2px 22px 2px 14px; font-size: 20px; }}
QPushButton#score {{ font-size: 30px; font-weight: 600; min-height: 64px; padding: 4px; }}
QPushButton:checked {{
    background: {p.accent}; color: {p.accent_text}; border: 3px solid {p.focus};
}}
QLabel#question {{ font-size: 40px; font-weight: 600; color: {p.accent_text}; }}
QFrame#notice {{ background: {p.warning_bg}; border: 1px solid {p.border}; border-radius: 10px; }}
QFrame#notice QLabel {{ background: {p.warning_bg}; font-size: 18px; }}
QFrame#notice QPushButton {{ background: {p.warning_bg}; min-height: 32px; padding: 4px 12px; }}
QDialog, QGroupBox {{ background: {p.background}; }}
QSpinBox, QComboBox {{ min-height: 40px; font-size: 20px; }}
QRadioButton::indicator, QCheckBox::indicator {{
    width: 22px; height: 22px; border: 2px solid {p.text_dim}; background: {p.surface};
}}
QRadioButton::indicator {{ border-radius: 13px; }}
QCheckBox::indicator {{ border-radius: 5px; }}
QRadioButton::indicator:checked, QCheckBox::indicator:checked {{
    background: {p.ring}; border: 2px solid {p.accent_text};
}}
QRadioButton:focus, QCheckBox:focus {{ color: {p.accent_text}; }}
QSlider::groove:horizontal {{ height: 8px; background: {p.ring_track}; border-radius: 4px; }}
QSlider::handle:horizontal {{ width: 26px; margin: -10px 0; background: {p.ring};
    border-radius: 13px; }}
QCheckBox, QRadioButton {{ spacing: 12px; padding: 4px; }}
QLabel#value {{ color: {p.text_dim}; min-width: 150px; }}
QLabel#guideTitle {{ font-size: 30px; font-weight: 600; color: {p.accent_text}; }}
QLabel#guideHeading {{ font-size: 26px; font-weight: 600; color: {p.accent_text}; }}
QLabel#guideItem {{ font-size: 22px; color: {p.text}; }}
QWidget[compact="true"] QLabel#guideTitle {{ font-size: 26px; }}
QWidget[compact="true"] QLabel#guideHeading {{ font-size: 23px; }}
QWidget[compact="true"] QLabel#guideItem {{ font-size: 20px; }}
QScrollArea#guideScroll {{ border: 2px solid {p.background}; border-radius: 8px; }}
QScrollArea#guideScroll:focus {{ border: 2px solid {p.border}; }}
QScrollArea#guideScroll QScrollBar:vertical, QScrollArea#editorScroll QScrollBar:vertical {{
    width: 14px; background: {p.ring_track}; border: none; border-radius: 7px; margin: 0;
}}
QScrollArea#guideScroll QScrollBar::handle:vertical,
QScrollArea#editorScroll QScrollBar::handle:vertical {{
    background: {p.text_dim}; border-radius: 7px; min-height: 40px;
}}
QScrollArea#guideScroll QScrollBar::add-line, QScrollArea#guideScroll QScrollBar::sub-line,
QScrollArea#editorScroll QScrollBar::add-line, QScrollArea#editorScroll QScrollBar::sub-line {{
    height: 0; border: none; background: none;
}}
QScrollArea#guideScroll QScrollBar::add-page, QScrollArea#guideScroll QScrollBar::sub-page,
QScrollArea#editorScroll QScrollBar::add-page, QScrollArea#editorScroll QScrollBar::sub-page {{
    background: none;
}}
QFrame#guideUrgent {{
    background: {p.warning_bg}; border: 1px solid {p.border}; border-radius: 12px;
}}
QFrame#guideUrgent QLabel {{ background: {p.warning_bg}; color: {p.accent_text}; }}
QPushButton#guideBack {{ min-width: 120px; padding: 6px 20px; font-size: 20px; }}
QLineEdit, QPlainTextEdit, QListWidget, QTableWidget {{
    background: {p.surface}; color: {p.text}; border: 2px solid {p.border}; border-radius: 8px;
    font-size: 20px; selection-background-color: {p.border}; selection-color: {p.accent_text};
}}
QLineEdit {{ min-height: 40px; padding: 0 8px; }}
QLineEdit:focus, QPlainTextEdit:focus, QListWidget:focus, QTableWidget:focus {{
    border: 3px solid {p.focus};
}}
QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] {{
    color: {p.text_dim}; border-style: dashed;
}}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 3px solid {p.invalid}; }}
QLineEdit#pin {{ font-size: 34px; letter-spacing: 8px; min-height: 56px; }}
QHeaderView::section {{
    background: {p.background}; color: {p.text_dim}; border: none; padding: 4px 8px;
    font-size: 18px;
}}
QTableWidget QTableCornerButton::section {{ background: {p.background}; border: none; }}
QLabel#fieldError {{ color: {p.error}; font-size: 18px; font-weight: 600; }}
QLabel#editorMessage {{
    background: {p.warning_bg}; border: 1px solid {p.border}; border-radius: 10px; padding: 8px;
}}
QScrollArea#editorScroll {{ border: none; }}
QPushButton#editor {{ padding: 6px 10px; min-height: 40px; }}
QToolTip {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; }}
QMenu {{ background: {p.surface}; border: 2px solid {p.border}; padding: 6px 0; font-size: 20px; }}
QMenu::item {{ background: {p.surface}; padding: 8px 28px 8px 20px; }}
QMenu::item:selected {{ background: {p.border}; color: {p.accent_text}; }}
QMenu::separator {{ height: 2px; background: {p.border}; margin: 6px 12px; }}
"""


def scaled(sheet: str, scale: float) -> str:
    """``sheet`` with its lengths times ``scale``: fonts no smaller than `MIN_FONT_PX`
    (nor larger than they were), borders of 4 px or less kept."""
    if scale == 1.0:
        return sheet

    def one(match: re.Match[str]) -> str:
        font, value = match.group(1), int(match.group(2))
        if font:
            return f"{font}{min(value, max(MIN_FONT_PX, round(value * scale)))}px"
        if abs(value) <= 4:
            return match.group(0)
        return f"{round(value * scale)}px"

    return _LENGTH.sub(one, sheet)


def style(scale: float = 1.0, dim: bool | None = None) -> str:
    """The style sheet, at ``scale``, in the dim palette or not (None: as applied)."""
    return scaled(_sheet(palette(dim)), scale)


def palette(dim: bool | None = None) -> Palette:
    """The colours in use (or those of ``dim``)."""
    return DIM if (_dim[0] if dim is None else dim) else NIGHT


def is_dim() -> bool:
    return _dim[0]


STYLE = style(dim=False)


def apply_night_theme(app: QApplication, dim: bool = False) -> None:
    """The night look on the whole app (``dim``: the dim palette); windows that fit
    their screen (`ui.fitting`) follow at their scale."""
    _dim[0] = dim
    p = palette()
    qt_palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, p.background),
        (QPalette.ColorRole.Base, p.surface),
        (QPalette.ColorRole.AlternateBase, p.background),
        (QPalette.ColorRole.Button, p.surface),
        (QPalette.ColorRole.WindowText, p.text),
        (QPalette.ColorRole.Text, p.text),
        (QPalette.ColorRole.ButtonText, p.text),
        (QPalette.ColorRole.BrightText, p.accent_text),
        (QPalette.ColorRole.Highlight, p.border),
        (QPalette.ColorRole.HighlightedText, p.accent_text),
        (QPalette.ColorRole.ToolTipBase, p.surface),
        (QPalette.ColorRole.ToolTipText, p.text),
        (QPalette.ColorRole.PlaceholderText, p.text_dim),
    ):
        qt_palette.setColor(role, QColor(colour))
    app.setStyle("Fusion")  # draws every control from the palette, on every desktop
    app.setPalette(qt_palette)
    app.setStyleSheet(style())
