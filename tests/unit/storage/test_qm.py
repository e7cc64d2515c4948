"""The Qt-free .qm reader gives what Qt's QTranslator gives, for a file lrelease made."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cramp_timer import i18n
from cramp_timer.storage import qm

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context><name>routine_cli</name>
<message><source>Wrote {count} routines to {path}.</source>
<translation>{count} Abläufe nach {path} geschrieben.</translation></message>
<message><source>Not translated here</source>
<translation type="unfinished"></translation></message>
<message><source>Stop</source><comment>button</comment>
<translation>Anhalten</translation></message>
<message><source>Stop</source>
<translation>Halt</translation></message>
</context>
<context><name>other</name>
<message numerus="yes"><source>%n rounds</source>
<translation><numerusform>%n Runde</numerusform><numerusform>%n Runden</numerusform></translation>
</message>
</context>
</TS>
"""


def _lrelease() -> Path:
    import PySide6

    tool = Path(PySide6.__file__).parent / "lrelease"
    if not tool.exists():
        pytest.skip("PySide6 has no lrelease here")
    return tool


@pytest.fixture
def qm_folder(tmp_path: Path) -> Path:
    ts = tmp_path / "cramp_timer_de.ts"
    ts.write_text(TS, encoding="utf-8")
    out = tmp_path / "cramp_timer_de.qm"
    subprocess.run([str(_lrelease()), "-silent", str(ts), "-qm", str(out)], check=True)
    return tmp_path


def test_reads_what_lrelease_wrote(qm_folder: Path) -> None:
    catalog = qm.read_qm((qm_folder / "cramp_timer_de.qm").read_bytes())
    assert catalog[("routine_cli", "Wrote {count} routines to {path}.", "")] == [
        "{count} Abläufe nach {path} geschrieben."]
    assert catalog[("routine_cli", "Stop", "button")] == ["Anhalten"]
    assert catalog[("other", "%n rounds", "")] == ["%n Runde", "%n Runden"]


def test_same_answers_as_qt(qm_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTranslator

    qt = QTranslator()
    assert qt.load(str(qm_folder / "cramp_timer_de.qm"))
    monkeypatch.setattr(i18n, "_catalog", qm.load_for_locale({"LANG": "de_AT.UTF-8"}, qm_folder))
    monkeypatch.delitem(sys.modules, "PySide6.QtCore")  # the path a window-less command takes
    cases = [("routine_cli", "Wrote {count} routines to {path}.", None, -1),
             ("routine_cli", "Stop", "button", -1), ("routine_cli", "Stop", None, -1),
             ("other", "%n rounds", None, 1), ("other", "%n rounds", None, 3)]
    for context, text, comment, n in cases:
        want = qt.translate(context, text, comment, n).replace("%n", str(n))
        assert i18n.translate(context, text, comment, n) == want
    # untranslated and unknown texts come back as written
    assert i18n.translate("routine_cli", "Not translated here") == "Not translated here"
    assert i18n.translate("nowhere", "Hello") == "Hello"


def test_languages_from_the_environment() -> None:
    assert qm.wanted_languages({"LANGUAGE": "pt_BR:fr", "LANG": "de_DE.UTF-8"}) == [
        "pt_BR", "pt", "fr", "de_DE", "de"]
    assert qm.wanted_languages({"LC_ALL": "C.UTF-8", "LANG": "de_DE"}) == []
    assert qm.wanted_languages({"LANG": "sv_SE.UTF-8@euro"}) == ["sv_SE", "sv"]


def test_broken_or_missing_file_gives_the_texts_as_written(tmp_path: Path) -> None:
    assert qm.load_for_locale({"LANG": "de_DE"}, tmp_path) == {}
    (tmp_path / "cramp_timer_de.qm").write_bytes(qm.MAGIC + b"\x69\x00\x00\x00\x09\x03\x00")
    assert qm.load_for_locale({"LANG": "de_DE"}, tmp_path) == {}
    with pytest.raises(ValueError, match="not a Qt translation"):
        qm.read_qm(b"<TS/>")


def test_window_less_commands_do_not_load_qt() -> None:
    code = ("import sys; from cramp_timer.cli import main\n"
            "import contextlib, io\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    try: main(['--help'])\n"
            "    except SystemExit: pass\n"
            "from cramp_timer import i18n\n"
            "from cramp_timer.routines import store\n"
            "i18n.translate('x', 'y')\n"
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
