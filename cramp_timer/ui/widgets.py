"""Small widget helpers every page and dialog uses: named buttons, menus that close."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QPushButton


def make_button(text: str, tooltip: str, accessible: str | None = None,
                object_name: str = "") -> QPushButton:
    """A push button. ``accessible``, its name for screen readers and voice control, is
    ``text`` without the &-marker (the default), or starts with it ("Left" -> "Left leg"):
    people say and search for what they see. The tooltip is read as its description."""
    button = QPushButton(text)
    if accessible is None:
        accessible = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    button.setAccessibleName(accessible)
    button.setToolTip(tooltip)
    if object_name:
        button.setObjectName(object_name)
    return button


def close_on_choice(menu: QMenu) -> None:
    """Close ``menu`` once one of its items is chosen, however it was chosen. A click or
    Enter closes a menu anyway; a screen reader or voice control choosing an item through
    its accessible action would leave it open, holding the keyboard (Space would not
    reach Cramp now)."""
    menu.triggered.connect(lambda _action: menu.hide())
