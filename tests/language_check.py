"""What a page shows in a language: English left in it, and text that does not fit.

`english_left(texts, language)` finds, in what a window shows, the English of a message
that its translation does not share (so a word both languages spell alike, "Pause" in
German, is not English left). `clipped(top)` names the labels and buttons whose text is
wider (or, wrapped, taller) than the widget shows. Both serve tests/screen_walk.py.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"%n|%\d|\{[a-z_:.0-9]*\}|\n|<[^>]+>")
# shown as written in every language: names, units, formats, codes
ALLOWED = ("Cramp Timer", "espeak-ng", "Piper", "PulseAudio", "English", "Qt", "PySide6",
           "YYYY-MM-DD", "OK")
ASCII_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]+(?:\s+[A-Za-z][A-Za-z'’-]+)+")


@cache
def _catalog(language: str) -> tuple[tuple[str, ...], str]:
    """(English fragments worth looking for, every translation joined)."""
    root = ET.parse(ROOT / "assets" / "translations" / f"cramp_timer_{language}.ts").getroot()
    fragments: set[str] = set()
    translated: list[str] = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is not None:
            translated += [node.text or ""] + [f.text or "" for f in node.findall("numerusform")]
        for piece in PLACEHOLDER.split(source.replace("&", "")):
            piece = piece.strip(" .,:;!?()“”\"'…—–-")
            if len(piece) >= 4 and re.search(r"[A-Za-z]{3}", piece):
                fragments.add(piece)
    corpus = "\n".join(translated).replace("&", "")
    kept = tuple(sorted((f for f in fragments if f not in corpus and f not in ALLOWED),
                        key=len, reverse=True))
    return kept, corpus


def english_left(texts: Iterable[str], language: str) -> list[str]:
    fragments, _corpus = _catalog(language)
    found = []
    for text in texts:
        plain = re.sub(r"<[^>]+>", " ", text).replace("&", "")
        for fragment in fragments:
            if fragment not in plain:
                continue
            if " " not in fragment:  # one word: only as the whole text
                hit = plain.strip(" .,:;!?…") == fragment
            else:
                hit = re.search(rf"(?<![A-Za-z]){re.escape(fragment)}(?![A-Za-z])", plain)
            if hit:
                found.append(f"English left: {fragment!r} in {text[:80]!r}")
                break
        else:
            if language.startswith("zh"):
                for words in ASCII_WORDS.findall(plain):
                    if not any(allowed in words or words in allowed for allowed in ALLOWED):
                        found.append(f"Latin text left: {words!r} in {text[:80]!r}")
                        break
    return found


def shown_texts(top: object) -> list[str]:
    """The texts `top` shows now: labels, buttons, tabs, group titles, combo boxes."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QTabWidget,
        QWidget,
    )

    assert isinstance(top, QWidget)
    texts = [top.windowTitle()]
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top:
            continue
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts += [widget.text(), widget.toolTip()]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        texts.append(widget.accessibleName())
    return [text for text in texts if text and text.strip()]


def clipped(top: object) -> list[str]:
    """Labels and buttons of `top` whose text needs more room than they have."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget

    assert isinstance(top, QWidget)
    problems = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top:
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 2 and not _scrolled(widget, top,
                                                                   QAbstractScrollArea):
                    problems.append(f"label {widget.text()[:60]!r} needs {needed} px of "
                                    f"height, has {widget.height()}")
            elif widget.width() + 2 < widget.minimumSizeHint().width():
                problems.append(f"label {widget.text()[:60]!r} needs "
                                f"{widget.minimumSizeHint().width()} px, has {widget.width()}")
        elif (isinstance(widget, QAbstractButton) and widget.text()
              and widget.width() + 2 < widget.minimumSizeHint().width()):
            problems.append(f"button {widget.text()[:60]!r} needs "
                            f"{widget.minimumSizeHint().width()} px, has {widget.width()}")
    return problems


def _scrolled(widget: object, top: object, kind: type) -> bool:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, kind):
            return True
        parent = parent.parentWidget()
    return False
