"""The night palette: dark, dim and warm, with no bright white anywhere.

Text is a soft amber on near-black brown: about 8:1 contrast, readable at arm's length
without lighting up a dark bedroom.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

BACKGROUND = "#140e0a"
SURFACE = "#21170f"
TEXT = "#d9a66a"
TEXT_DIM = "#a47c50"
ACCENT = "#7a3f1d"  # the Cramp now button
ACCENT_HOVER = "#8d4a23"
ACCENT_TEXT = "#f0c48c"
BORDER = "#4a3320"
FOCUS = "#e0a050"
RING_TRACK = "#2c1f14"
RING = "#c07a3a"
WARNING_BG = "#3a2410"

STYLE = f"""
QWidget {{
    background: {BACKGROUND};
    color: {TEXT};
    font-size: 18px;
}}
QPushButton {{
    background: {SURFACE};
    color: {TEXT};
    border: 2px solid {BORDER};
    border-radius: 14px;
    padding: 12px 20px;
    min-height: 44px;
}}
QPushButton:hover {{ background: #2a1d13; }}
QPushButton:focus {{ border: 3px solid {FOCUS}; }}
QPushButton:pressed {{ background: {BORDER}; }}
QPushButton#crampNow, QPushButton#bigAccent, QPushButton#dialogCrampNow {{
    background: {ACCENT};
    color: {ACCENT_TEXT};
    border: 3px solid {ACCENT_HOVER};
}}
QPushButton#crampNow:hover, QPushButton#bigAccent:hover,
QPushButton#dialogCrampNow:hover {{ background: {ACCENT_HOVER}; }}
QPushButton#crampNow:focus, QPushButton#bigAccent:focus,
QPushButton#dialogCrampNow:focus {{ border: 4px solid {FOCUS}; }}
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
QLabel#digits {{ font-size: 120px; font-weight: 600; color: {ACCENT_TEXT}; }}
QLabel#caption {{ font-size: 36px; font-weight: 600; color: {ACCENT_TEXT}; }}
QLabel#instruction {{ font-size: 24px; color: {TEXT}; }}
QLabel#round {{ font-size: 20px; color: {TEXT_DIM}; }}
QLabel#hint {{ font-size: 18px; color: {TEXT_DIM}; qproperty-alignment: AlignCenter; }}
QLabel#redFlags {{
    font-size: 22px; font-weight: 600; color: {ACCENT_TEXT};
    background: {WARNING_BG}; border: 2px solid {ACCENT_HOVER}; border-radius: 12px;
}}
QLabel#alarm {{ font-size: 44px; font-weight: 600; color: {ACCENT_TEXT}; }}
QPushButton#routine {{ font-size: 22px; }}
QPushButton#score {{ font-size: 30px; font-weight: 600; min-height: 64px; padding: 4px; }}
QPushButton:checked {{ background: {ACCENT}; color: {ACCENT_TEXT}; border: 3px solid {FOCUS}; }}
QLabel#question {{ font-size: 40px; font-weight: 600; color: {ACCENT_TEXT}; }}
QFrame#notice {{ background: {WARNING_BG}; border: 1px solid {BORDER}; border-radius: 10px; }}
QFrame#notice QLabel {{ background: {WARNING_BG}; font-size: 18px; }}
QFrame#notice QPushButton {{ background: {WARNING_BG}; min-height: 32px; padding: 4px 12px; }}
QDialog, QGroupBox {{ background: {BACKGROUND}; }}
QSpinBox, QComboBox {{ min-height: 40px; font-size: 20px; }}
QRadioButton::indicator, QCheckBox::indicator {{
    width: 22px; height: 22px; border: 2px solid {TEXT_DIM}; background: {SURFACE};
}}
QRadioButton::indicator {{ border-radius: 13px; }}
QCheckBox::indicator {{ border-radius: 5px; }}
QRadioButton::indicator:checked, QCheckBox::indicator:checked {{
    background: {RING}; border: 2px solid {ACCENT_TEXT};
}}
QRadioButton:focus, QCheckBox:focus {{ color: {ACCENT_TEXT}; }}
QSlider::groove:horizontal {{ height: 8px; background: {RING_TRACK}; border-radius: 4px; }}
QSlider::handle:horizontal {{ width: 26px; margin: -10px 0; background: {RING};
    border-radius: 13px; }}
QCheckBox, QRadioButton {{ spacing: 12px; padding: 4px; }}
QLabel#value {{ color: {TEXT_DIM}; min-width: 150px; }}
QLabel#guideTitle {{ font-size: 30px; font-weight: 600; color: {ACCENT_TEXT}; }}
QLabel#guideHeading {{ font-size: 26px; font-weight: 600; color: {ACCENT_TEXT}; }}
QLabel#guideItem {{ font-size: 22px; color: {TEXT}; }}
QWidget[compact="true"] QLabel#guideTitle {{ font-size: 26px; }}
QWidget[compact="true"] QLabel#guideHeading {{ font-size: 23px; }}
QWidget[compact="true"] QLabel#guideItem {{ font-size: 20px; }}
QScrollArea#guideScroll {{ border: 2px solid {BACKGROUND}; border-radius: 8px; }}
QScrollArea#guideScroll:focus {{ border: 2px solid {BORDER}; }}
QScrollArea#guideScroll QScrollBar:vertical, QScrollArea#editorScroll QScrollBar:vertical {{
    width: 14px; background: {RING_TRACK}; border: none; border-radius: 7px; margin: 0;
}}
QScrollArea#guideScroll QScrollBar::handle:vertical,
QScrollArea#editorScroll QScrollBar::handle:vertical {{
    background: {TEXT_DIM}; border-radius: 7px; min-height: 40px;
}}
QScrollArea#guideScroll QScrollBar::add-line, QScrollArea#guideScroll QScrollBar::sub-line,
QScrollArea#editorScroll QScrollBar::add-line, QScrollArea#editorScroll QScrollBar::sub-line {{
    height: 0; border: none; background: none;
}}
QScrollArea#guideScroll QScrollBar::add-page, QScrollArea#guideScroll QScrollBar::sub-page,
QScrollArea#editorScroll QScrollBar::add-page, QScrollArea#editorScroll QScrollBar::sub-page {{
    background: none;
}}
QFrame#guideUrgent {{ background: {WARNING_BG}; border: 1px solid {BORDER}; border-radius: 12px; }}
QFrame#guideUrgent QLabel {{ background: {WARNING_BG}; color: {ACCENT_TEXT}; }}
QPushButton#guideBack {{ min-width: 120px; padding: 6px 20px; font-size: 20px; }}
QLineEdit, QPlainTextEdit, QListWidget, QTableWidget {{
    background: {SURFACE}; color: {TEXT}; border: 2px solid {BORDER}; border-radius: 8px;
    font-size: 20px; selection-background-color: {BORDER}; selection-color: {ACCENT_TEXT};
}}
QLineEdit {{ min-height: 40px; padding: 0 8px; }}
QLineEdit:focus, QPlainTextEdit:focus, QListWidget:focus, QTableWidget:focus {{
    border: 3px solid {FOCUS};
}}
QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] {{
    color: {TEXT_DIM}; border-style: dashed;
}}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 3px solid #c0502a; }}
QLineEdit#pin {{ font-size: 34px; letter-spacing: 8px; min-height: 56px; }}
QHeaderView::section {{
    background: {BACKGROUND}; color: {TEXT_DIM}; border: none; padding: 4px 8px;
    font-size: 18px;
}}
QTableWidget QTableCornerButton::section {{ background: {BACKGROUND}; border: none; }}
QLabel#fieldError {{ color: #f0a070; font-size: 18px; font-weight: 600; }}
QLabel#editorMessage {{
    background: {WARNING_BG}; border: 1px solid {BORDER}; border-radius: 10px; padding: 8px;
}}
QScrollArea#editorScroll {{ border: none; }}
QPushButton#editor {{ padding: 6px 10px; min-height: 40px; }}
QToolTip {{ background: {SURFACE}; color: {TEXT}; border: 1px solid {BORDER}; }}
QMenu {{ background: {SURFACE}; border: 2px solid {BORDER}; padding: 6px 0; font-size: 20px; }}
QMenu::item {{ background: {SURFACE}; padding: 8px 28px 8px 20px; }}
QMenu::item:selected {{ background: {BORDER}; color: {ACCENT_TEXT}; }}
QMenu::separator {{ height: 2px; background: {BORDER}; margin: 6px 12px; }}
"""


def apply_night_theme(app: QApplication) -> None:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, BACKGROUND),
        (QPalette.ColorRole.Base, SURFACE),
        (QPalette.ColorRole.AlternateBase, BACKGROUND),
        (QPalette.ColorRole.Button, SURFACE),
        (QPalette.ColorRole.WindowText, TEXT),
        (QPalette.ColorRole.Text, TEXT),
        (QPalette.ColorRole.ButtonText, TEXT),
        (QPalette.ColorRole.BrightText, ACCENT_TEXT),
        (QPalette.ColorRole.Highlight, BORDER),
        (QPalette.ColorRole.HighlightedText, ACCENT_TEXT),
        (QPalette.ColorRole.ToolTipBase, SURFACE),
        (QPalette.ColorRole.ToolTipText, TEXT),
        (QPalette.ColorRole.PlaceholderText, TEXT_DIM),
    ):
        palette.setColor(role, QColor(colour))
    app.setStyle("Fusion")  # draws every control from the palette, on every desktop
    app.setPalette(palette)
    app.setStyleSheet(STYLE)
