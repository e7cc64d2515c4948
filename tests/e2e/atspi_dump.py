"""What a screen reader sees: the AT-SPI tree of one application, as JSON.

Run by the SYSTEM Python (/usr/bin/python3), which has pyatspi from apt
(python3-pyatspi); the project's venv cannot import it. tests/e2e/test_accessibility.py
starts it with DBUS_SESSION_BUS_ADDRESS and DISPLAY pointing at its private session.

    atspi_dump.py APP                    print APP's tree as JSON (exit 3: APP not found)
    atspi_dump.py APP --press NAME       do the action of the showing control named NAME

Each node: role, name, description, text (the Text interface, when there is one), actions
and their key bindings, labelled_by (the labels that name it: how a reader names a combo
box, whose name is its current item), states (a subset), children. Only showing nodes are
listed under a window, so a hidden page of a stacked widget does not pile up here.
"""

from __future__ import annotations

import json
import sys

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


def main(argv: list[str]) -> int:
    app = find_app(argv[1])
    if app is None:
        names = [a.name for a in pyatspi.Registry.getDesktop(0) if a is not None]
        print(f"no application {argv[1]!r} on the accessibility bus; found {names}",
              file=sys.stderr)
        return 3
    if len(argv) == 4 and argv[2] == "--press":
        if press(app, argv[3]):
            return 0
        print(f"no showing control named {argv[3]!r} to press", file=sys.stderr)
        return 4
    json.dump(node(app), sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
