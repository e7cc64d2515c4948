"""What a screen reader gets: the real app, read and driven through AT-SPI.

A private session bus with the AT-SPI bus on it (tests/private_bus.py), a private Xvfb,
the real `cramp-timer --now` with Qt's accessibility bridge on, and the system Python's
pyatspi (tests/e2e/atspi_dump.py) reading the accessible tree and pressing buttons the
way Orca does. Checks issue 2's "every control has an accessible name and a keyboard
path" on the pages a night's cramp goes through and in the settings dialog.

Needs at-spi2-core and python3-pyatspi (scripts/setup.sh --tests installs them).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from private_bus import ATSPI_APT, private_bus

from e2e.test_app_process import app_env, end, output
from e2e.xvfb import Xvfb

pytestmark = pytest.mark.e2e

SYSTEM_PYTHON = "/usr/bin/python3"
DUMP = Path(__file__).with_name("atspi_dump.py")
APP = "Cramp Timer"
WAIT_S = 20.0  # bounded waits for a real process; each normally takes well under a second
# what a screen reader lets a person operate: each needs a name and a keyboard path
CONTROLS = {"push button", "toggle button", "check box", "radio button", "spin button",
            "combo box", "slider", "page tab", "text", "entry", "menu item", "list",
            "table", "tree table"}
DIGITS = re.compile(r"\d+(:\d\d)?")

Node = dict[str, Any]


def require_pyatspi() -> None:
    found = os.access(SYSTEM_PYTHON, os.X_OK) and subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    ).returncode == 0
    if not found:
        pytest.skip(f"pyatspi is not installed (Debian/Ubuntu: {ATSPI_APT})")


class Reader:
    """The screen reader's side: the app's accessible tree, and pressing by name."""

    def __init__(self, env: dict[str, str], app: subprocess.Popen[bytes]) -> None:
        self.env = env
        self.app = app

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([SYSTEM_PYTHON, str(DUMP), APP, *args], env=self.env,
                              capture_output=True, text=True, timeout=WAIT_S, check=False)

    def tree(self) -> Node:
        result = self._run()
        assert result.returncode == 0, result.stderr
        tree: Node = json.loads(result.stdout)
        return tree

    def press(self, name: str) -> None:
        """Do the control's action over AT-SPI, as a screen reader user does."""
        result = self._run("--press", name)
        assert result.returncode == 0, result.stderr

    def wait(self, ready: Callable[[Node], bool], what: str) -> Node:
        """The tree, once `ready(tree)` holds (polls a real process, bounded)."""
        deadline = time.monotonic() + WAIT_S
        last = "(no tree yet)"
        while True:
            assert self.app.poll() is None, output(self.app)
            result = self._run()
            if result.returncode == 0:
                tree: Node = json.loads(result.stdout)
                if ready(tree):
                    return tree
                last = outline(tree)
            else:
                last = result.stderr
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; the reader saw:\n{last}")
            time.sleep(0.1)


def walk(node: Node) -> Iterator[Node]:
    yield node
    for child in node["children"]:
        yield from walk(child)


def find(tree: Node, **want: str) -> list[Node]:
    return [n for n in walk(tree) if all(n.get(k) == v for k, v in want.items())]


def one(tree: Node, **want: str) -> Node:
    found = find(tree, **want)
    assert len(found) == 1, f"{len(found)} nodes with {want} in:\n{outline(tree)}"
    return found[0]


def outline(node: Node, depth: int = 0) -> str:
    """The tree as a reader would list it, for failure messages."""
    line = f"{'  ' * depth}{node['role']} {node['name']!r}"
    if node.get("labelled_by"):
        line += f" labelled {node['labelled_by']}"
    if node["description"]:
        line += f" ({node['description']})"
    return "\n".join([line, *(outline(child, depth + 1) for child in node["children"])])


def countdown(tree: Node) -> str:
    return str(one(tree, description="Seconds left in this step")["name"])


def window(tree: Node, role: str, name: str) -> Node:
    """A top-level window of the app (the tree's root is the application)."""
    found = [w for w in tree["children"] if w["role"] == role and w["name"] == name]
    assert len(found) == 1, f"no single {role} {name!r} in:\n{outline(tree)}"
    return found[0]


def spoken_name(node: Node) -> str:
    """What a reader says a control is: its label, else its name. (Qt on Linux names a
    combo box by its current item, as GTK does; its form label comes as a relation.)"""
    labels = [text for text in node.get("labelled_by", []) if text.strip()]
    if node["role"] == "combo box":
        return " ".join(labels)
    return str(node["name"]).strip() or " ".join(labels)


def assert_operable(tree: Node) -> None:
    """Every control that shows has a name and can take the keyboard focus."""
    for node in walk(tree):
        if node["role"] in CONTROLS:
            assert spoken_name(node), f"a {node['role']} without a name in:\n{outline(tree)}"
            assert "focusable" in node["states"] or node["role"] == "menu item", (
                f"{node['role']} {node['name']!r} cannot take the keyboard focus")


def assert_button(tree: Node, name: str) -> Node:
    button = one(tree, role="push button", name=name)
    assert "Press" in button.get("actions", []), button
    assert {"focusable", "enabled"} <= set(button["states"]), button
    return button


def cue_texts(log: Path) -> set[str]:
    """What the app has said so far (its log has a line per spoken cue)."""
    return {m.group(1) for m in re.finditer(r" cue [\w-]+: (.+)$", log.read_text(), re.M)}


@pytest.fixture
def reader(tmp_path: Path) -> Iterator[Reader]:
    require_pyatspi()
    home = tmp_path / "home"
    with private_bus(accessibility=True) as bus, Xvfb() as display:
        env = app_env(display, home)
        env["DBUS_SESSION_BUS_ADDRESS"] = bus
        env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        env.pop("AT_SPI_BUS_ADDRESS", None)
        proc = subprocess.Popen([sys.executable, "-m", "cramp_timer", "--now"], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        reader_env = {k: v for k, v in env.items() if not k.startswith("QT_")}
        try:
            yield Reader(reader_env, proc)
        finally:
            end(proc)


def test_a_screen_reader_can_follow_and_drive_a_night(reader: Reader, tmp_path: Path) -> None:
    log = tmp_path / "home" / "state" / "cramp-timer" / "cramp-timer.log"

    # the countdown: a frame named after the app, digits read as they change
    tree = reader.wait(lambda t: bool(find(t, description="Seconds left in this step")),
                       "the countdown")
    frame = window(tree, "frame", APP)
    first = countdown(frame)
    assert DIGITS.fullmatch(first), outline(frame)
    later = reader.wait(lambda t: countdown(t) != first, "the countdown to move on")
    assert DIGITS.fullmatch(countdown(later))

    # the caption is read as the line the voice speaks
    caption = one(later, description="Spoken words")
    assert caption["role"] == "label"
    assert caption["name"] in cue_texts(log), (caption, log.read_text())

    # Pause and Stop: named, one key press away, and they work from the reader
    assert_button(later, "Pause")
    assert_button(later, "Stop")
    assert_operable(later)
    reader.press("Pause")
    # (a dump is many calls, not one snapshot: wait for both to show the pause)
    reader.wait(lambda t: bool(find(t, role="push button", name="Resume"))
                and one(t, description="Spoken words")["name"] == "Paused",
                "Resume and the caption 'Paused'")
    reader.press("Stop")

    # after stopping: the rating, then the idle page
    rating = reader.wait(lambda t: bool(find(t, name="Skip the rating")), "the rating")
    assert_operable(rating)
    assert [n["name"] for n in find(rating, role="check box")] == [
        "Left leg", "Right leg", "Both legs"]
    reader.press("Skip the rating")
    idle = reader.wait(lambda t: bool(find(t, name="Cramp now")), "the idle page")
    for name in ("Cramp now", "Bedtime routine", "History", "Settings"):
        assert_button(idle, name)
    # Space and Enter start from the focused Cramp now; the others have their Alt keys
    assert "focused" in one(idle, name="Cramp now")["states"]
    for name, key in (("Bedtime routine", "Alt+B"), ("History", "Alt+H"),
                      ("Settings", "Alt+S")):
        assert key in one(idle, role="push button", name=name)["keys"]
    assert_operable(idle)

    # the settings dialog: every tab and every field has a name
    reader.press("Settings")
    dialog_shown = reader.wait(lambda t: bool(find(t, role="dialog")), "the settings dialog")
    dialog = window(dialog_shown, "dialog", "Settings")
    tabs = [n["name"] for n in find(dialog, role="page tab")]
    assert tabs == ["Stretch", "Voice", "Bedtime", "PIN lock"]
    fields = {}  # the fields each tab shows, by role
    for tab in tabs:
        reader.press(tab)
        page = reader.wait(lambda t, tab=tab: "selected" in one(t, role="page tab",
                                                                 name=tab)["states"],
                           f"the {tab} tab")
        dialog = window(page, "dialog", "Settings")
        assert_operable(dialog)
        fields[tab] = sorted(n["role"] for n in walk(dialog)
                             if n["role"] in CONTROLS - {"page tab", "push button"})
    # hold time, preparation and the timers; the stretch variant
    assert fields["Stretch"] == ["radio button"] * 2 + ["spin button"] * 4
    # voice on/off, voice, rate, volume
    assert fields["Voice"] == ["check box", "combo box", "slider", "slider"]
    assert fields["Bedtime"].count("check box") >= 9 and "combo box" in fields["Bedtime"]
