"""Every string a person sees goes through Qt's translator: no bare literals in the UI."""

from __future__ import annotations

import ast
from pathlib import Path

import cramp_timer

UI_CALLS = {"setText", "setWindowTitle", "setToolTip", "setAccessibleName",
            "setAccessibleDescription", "addItem", "addRow", "QLabel", "QPushButton",
            "QCheckBox", "QRadioButton", "show_notice", "_button", "_label", "_buddy"}


def bare_literals(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
            node.func, "id", "")
        if name not in UI_CALLS:
            continue
        for arg in node.args:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value.strip():
                found.append(f"{path.name}:{node.lineno}: {arg.value!r}")
    return found


def test_ui_code_passes_no_untranslated_text() -> None:
    ui = Path(cramp_timer.__file__).parent / "ui"
    problems = [p for path in sorted(ui.glob("*.py")) for p in bare_literals(path)]
    # object names ("crampNow", "big", ...) are identifiers, not text for people
    problems = [p for p in problems if not p.endswith(("'crampNow'", "'big'", "'bigAccent'",
                                                       "'round'", "'caption'", "'instruction'",
                                                       "'question'", "'noticeText'", "'value'",
                                                       "'digits'"))]
    assert problems == []


def test_the_check_finds_a_bare_literal(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('label.setText("Hello there")\nlabel.setText(self.tr("Fine"))\n')
    assert bare_literals(sample) == ["sample.py:1: 'Hello there'"]
