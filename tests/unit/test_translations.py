"""The shipped translations: made from the sources, complete, and read alike with and
without Qt (scripts/translations.py does the work; these hold it to its word)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cramp_timer import i18n
from cramp_timer.i18n import LANGUAGES
from cramp_timer.storage import qm

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "translations.py"
sys.path.insert(0, str(SCRIPT.parent))
import translations  # noqa: E402


def test_every_language_matches_the_sources_and_is_complete() -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), "check"], capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-5000:] + done.stderr[-2000:]


def test_the_sources_are_read_as_lupdate_reads_them_and_a_count_makes_a_plural(
        tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "class Page:\n"
        "    def show(self, n):\n"
        "        self.tr('Round %n', '', n)\n"
        "# Translator: a count of cramps; never say how bad they were\n"
        "x = translate('ctx', 'Saved %n cramps to {file}.', '', len(rows))\n"
        "y = translate('ctx', 'Stop', 'button')\n", encoding="utf-8")
    found = translations.sources_messages([sample])
    assert found[("Page", "Round %n", "")].plural
    saved = found[("ctx", "Saved %n cramps to {file}.", "")]
    assert saved.plural and saved.note == "a count of cramps; never say how bad they were"
    assert not found[("ctx", "Stop", "button")].plural
    # lupdate itself drops the second (its count is a call): the script keeps it
    assert ("ctx", "Saved %n cramps to {file}.", "") not in translations.lupdate_keys([sample])


def test_a_lost_placeholder_is_found() -> None:
    assert translations._placeholders_kept("Saved %n routines to {file}.",
                                           "{file}: %n Abläufe gesichert.")
    assert translations._placeholders_kept("%n more", "one more")  # a singular form
    assert not translations._placeholders_kept("Saved to {file}.", "Gesichert.")
    assert not translations._placeholders_kept("%1 of %2", "%1 von %3")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    assert translations.build(folder) == 0
    return folder


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_without_qt_every_message_reads_as_qt_reads_it(
        language: str, compiled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTranslator

    qt = QTranslator()
    assert qt.load(str(compiled / f"cramp_timer_{language}.qm"))
    code, catalog = qm.find_for_locale({"LANG": f"{language}.UTF-8"}, compiled)
    assert code == language and len(catalog) > 900
    monkeypatch.setattr(i18n, "_catalog", catalog)
    monkeypatch.setattr(i18n, "_catalog_language", code)
    monkeypatch.delitem(sys.modules, "PySide6.QtCore")  # the window-less path
    root = ET.parse(translations.ts_path(language)).getroot()
    compared = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or None
            counts = (0, 1, 2, 5) if message.get("numerus") == "yes" else (-1,)
            for n in counts:
                want = qt.translate(name, source, comment, n) or source
                want = want.replace("%n", str(n)) if n >= 0 else want
                assert i18n.translate(name, source, comment, n) == want, (name, source, n)
                compared += 1
    assert compared > 900
