"""The runtime needs PySide6-Essentials only: no Qt module from PySide6-Addons is imported."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The Qt modules that PySide6-Essentials 6.11 ships (QtAsyncio is pure Python in it).
ESSENTIALS = {
    "QtAsyncio", "QtConcurrent", "QtCore", "QtDBus", "QtDesigner", "QtGui", "QtHelp",
    "QtNetwork", "QtOpenGL", "QtOpenGLWidgets", "QtPrintSupport", "QtQml", "QtQuick",
    "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtSql", "QtSvg", "QtSvgWidgets",
    "QtTest", "QtUiTools", "QtWidgets", "QtXml",
}


def qt_modules(source: str) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(source)):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "PySide6" and len(parts) > 1 and parts[1].startswith("Qt"):
                found.add(parts[1])
    return found


def test_the_package_imports_only_essentials_modules() -> None:
    used: dict[str, set[str]] = {}
    for path in sorted((ROOT / "cramp_timer").rglob("*.py")):
        for module in qt_modules(path.read_text(encoding="utf-8")) - ESSENTIALS:
            used.setdefault(module, set()).add(path.relative_to(ROOT).as_posix())
    assert used == {}


def test_the_scanner_sees_an_addons_import() -> None:
    assert qt_modules("from PySide6.QtCharts import QChart\nimport PySide6.QtMultimedia") == {
        "QtCharts", "QtMultimedia"
    }
    assert qt_modules("from PySide6 import QtCharts, QtCore") == {"QtCharts", "QtCore"}


def test_addons_is_not_a_runtime_dependency() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")  # (tomllib: 3.11 and later)
    block = re.search(r"^dependencies = \[(.*?)^\]", text, flags=re.MULTILINE | re.DOTALL)
    assert block is not None
    names = [spec.lower() for spec in re.findall(r'^\s*"([A-Za-z0-9_.-]+)', block.group(1),
                                                 flags=re.MULTILINE)]
    assert "pyside6-essentials" in names
    assert "pyside6-addons" not in names and "pyside6" not in names
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8").lower()
    assert "pyside6-addons" not in lock
