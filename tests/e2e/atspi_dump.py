"""What a screen reader sees: the AT-SPI tree of one application, as JSON.

Run by the SYSTEM Python (/usr/bin/python3), which has pyatspi from apt
(python3-pyatspi); the project's venv cannot import it. tests/e2e/test_accessibility.py
starts it with DBUS_SESSION_BUS_ADDRESS and DISPLAY pointing at its private session.

    atspi_dump.py APP                    print APP's tree as JSON (exit 3: APP not found)
    atspi_dump.py APP --press NAME       do the action of the showing control named NAME
    atspi_dump.py APP --press NAME --in WINDOW
                                         ... the one in the top-level window named WINDOW
                                         (a dialog's Cramp now, not the main window's)
    atspi_dump.py APP --menu BUTTON [--choose ITEM]
                                         press BUTTON, print the menu it opens as JSON
                                         {"menu": tree, "closed": null}; with --choose,
                                         press the item ITEM and say whether the menu
                                         closed ("closed": true or false)

Each node: role, name, description, text (the Text interface, when there is one), actions
and their key bindings, labelled_by (the labels that name it: how a reader names a combo
box, whose name is its current item), states (a subset), children. Only showing nodes are
listed under a window, so a hidden page of a stacked widget does not pile up here.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi
from gi.repository import GLib

STATES = {
    pyatspi.STATE_FOCUSABLE: "focusable",
    pyatspi.STATE_FOCUSED: "focused",
    pyatspi.STATE_SHOWING: "showing",
    pyatspi.STATE_ENABLED: "enabled",
    pyatspi.STATE_CHECKED: "checked",
    pyatspi.STATE_SELECTED: "selected",
}
MAX_DEPTH = 40
MENU_WAIT_S = 10.0  # a menu opens, or closes, well within this
MENU_ROLES = {"popup menu", "menu"}


def node(acc, depth: int = 0) -> dict:
    states = acc.getState()
    out = {
        "role": acc.getRoleName(),
        "name": acc.name or "",
        "description": acc.description or "",
        "states": [word for state, word in STATES.items() if states.contains(state)],
    }
    labels = [relation.getTarget(i).name or ""
              for relation in acc.getRelationSet()
              if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
              for i in range(relation.getNTargets())]
    if labels:
        out["labelled_by"] = labels
    try:
        text = acc.queryText()
    except NotImplementedError:
        pass
    else:
        out["text"] = text.getText(0, -1)
    try:
        action = acc.queryAction()
    except NotImplementedError:
        pass
    else:
        out["actions"] = [action.getName(i) for i in range(action.nActions)]
        out["keys"] = [key for key in (action.getKeyBinding(i) for i in range(action.nActions))
                       if key]
    children = []
    if depth < MAX_DEPTH:
        for child in acc:
            try:
                # a window's hidden pages are not read out; keep the dump to what shows
                if child is None or (depth > 0 and not child.getState().contains(
                        pyatspi.STATE_SHOWING)):
                    continue
                children.append(node(child, depth + 1))
            except GLib.Error:  # it went away while we read it (a window closing)
                continue
    out["children"] = children
    return out


def find_app(name: str):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.name == name:
            return app
    return None


def press(acc, name: str) -> bool:
    """Press the first showing, enabled node named `name` that has an action."""
    states = acc.getState()
    if acc.name == name and states.contains(pyatspi.STATE_SHOWING):
        try:
            action = acc.queryAction()
        except NotImplementedError:
            action = None
        if action is not None and action.nActions > 0:
            names = [action.getName(i) for i in range(action.nActions)]
            index = names.index("Press") if "Press" in names else 0
            return bool(action.doAction(index))
    return any(press(child, name) for child in acc if child is not None)


def open_menu(app, button: str):
    """Press `button` and return the menu it opens, or None.

    Qt lists a popup under no window (the application's children are its windows
    without popups), so a reader meets a menu as Orca does: by the event it sends when
    it shows."""
    found = []
    loop = GLib.MainLoop()

    def showing(event) -> None:
        if event.detail1 and event.source is not None and (
                event.source.getRoleName() in MENU_ROLES):
            found.append(event.source)
            loop.quit()

    def press_it() -> bool:
        if not press(app, button):
            loop.quit()
        return False  # (once)

    pyatspi.Registry.registerEventListener(showing, "object:state-changed:showing")
    try:
        # pressed from inside the loop: the event may come while the press is answered
        GLib.idle_add(press_it)
        GLib.timeout_add(int(MENU_WAIT_S * 1000), loop.quit)
        loop.run()
    finally:
        pyatspi.Registry.deregisterEventListener(showing, "object:state-changed:showing")
    return found[0] if found else None


def closes(menu) -> bool:
    """Whether `menu` stops showing within MENU_WAIT_S."""
    deadline = time.monotonic() + MENU_WAIT_S
    context = GLib.MainContext.default()
    while menu.getState().contains(pyatspi.STATE_SHOWING):
        if time.monotonic() > deadline:
            return False
        while context.iteration(False):  # the events that keep the cached states current
            pass
        time.sleep(0.05)
    return True


def window(app, name: str):
    """The showing top-level window (frame, dialog) of `app` named `name`, or None."""
    for child in app:
        if (child is not None and child.name == name
                and child.getState().contains(pyatspi.STATE_SHOWING)):
            return child
    return None


def main(argv: list[str]) -> int:
    app = find_app(argv[1])
    if app is None:
        names = [a.name for a in pyatspi.Registry.getDesktop(0) if a is not None]
        print(f"no application {argv[1]!r} on the accessibility bus; found {names}",
              file=sys.stderr)
        return 3
    if len(argv) in (4, 6) and argv[2] == "--menu":
        menu = open_menu(app, argv[3])
        if menu is None:
            print(f"{argv[3]!r} opened no menu", file=sys.stderr)
            return 4
        out = {"menu": node(menu), "closed": None}
        if len(argv) == 6 and argv[4] == "--choose":
            if not press(menu, argv[5]):
                print(f"no item {argv[5]!r} in the menu", file=sys.stderr)
                return 4
            out["closed"] = closes(menu)
        json.dump(out, sys.stdout, ensure_ascii=False)
        return 0
    if len(argv) in (4, 6) and argv[2] == "--press":
        where = app
        if len(argv) == 6 and argv[4] == "--in":
            where = window(app, argv[5])
            if where is None:
                print(f"no showing window named {argv[5]!r}", file=sys.stderr)
                return 4
        if press(where, argv[3]):
            return 0
        print(f"no showing control named {argv[3]!r} to press", file=sys.stderr)
        return 4
    json.dump(node(app), sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
