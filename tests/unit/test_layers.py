"""The layers point one way, and no module imports itself round a cycle.

core imports no storage, desktop, speech, flows, diagnostics or ui; nothing outside ui
imports QtWidgets or QtGui; the module import graph (every import, lazy ones included,
``if TYPE_CHECKING:`` ones left out) has no cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import cramp_timer

PACKAGE = Path(cramp_timer.__file__).resolve().parent
FORBIDDEN_FOR_CORE = ("storage", "desktop", "speech", "flows", "diagnostics", "ui")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_block(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def imports_of(path: Path) -> set[str]:
    """Every module ``path`` imports at run time (``if TYPE_CHECKING:`` blocks left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if _type_checking_block(node):
            skipped.update(id(n) for n in ast.walk(node))
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}
GRAPH = {
    name: {m for m in imports_of(path) if m in MODULES and m != name}
    for name, path in MODULES.items()
}


def test_core_imports_no_outer_layer() -> None:
    bad = {
        (name, target)
        for name, targets in GRAPH.items() if name.startswith("cramp_timer.core.")
        for target in targets
        if target.split(".")[1] in FORBIDDEN_FOR_CORE
    }
    assert bad == set()


def test_only_ui_imports_widgets_or_gui() -> None:
    bad = {
        name
        for name, path in MODULES.items()
        if not name.startswith("cramp_timer.ui.")
        and imports_of(path) & {"PySide6.QtWidgets", "PySide6.QtGui"}
    }
    assert bad == set()


def test_no_import_cycle() -> None:
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 on the path, 2 done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for target in sorted(GRAPH[node]):
            if state.get(target) == 1:
                cycles.append([*path[path.index(target):], target])
            elif target not in state:
                visit(target, [*path, target])
        state[node] = 2

    for name in sorted(GRAPH):
        if name not in state:
            visit(name, [name])
    assert cycles == []


def test_the_rules_see_the_whole_package() -> None:
    """A guard on the guard: the graph holds the layers and real edges between them."""
    assert "cramp_timer.core.session" in GRAPH["cramp_timer.core.night"]
    assert {"core", "storage", "speech", "desktop", "flows", "ui"} <= {
        name.split(".")[1] for name in MODULES if name.count(".") >= 2
    }


def test_the_pages_know_nothing_of_the_window() -> None:
    """The pages (and the controls they share) give what the person asks for as their own
    signals; the window passes them on. None imports the window, not even for types."""
    parts = [name for name in MODULES
             if name.startswith("cramp_timer.ui.pages.")
             or name in ("cramp_timer.ui.warning_control", "cramp_timer.ui.key_badge",
                         "cramp_timer.ui.widgets")]
    assert "cramp_timer.ui.pages.night_view" in parts
    for name in parts:
        assert "main_window" not in MODULES[name].read_text(encoding="utf-8"), name
