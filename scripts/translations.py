#!/usr/bin/env python3
"""The app's translations: assets/translations/cramp_timer_<lang>.ts, the .qm made from them.

    translations.py update          bring every .ts up to date with cramp_timer/ (new texts
                                    come in unfinished, vanished ones go), with the
                                    translator's comments (``# Translator: ...`` above a call)
    translations.py check           fail unless update would change nothing, every text is
                                    translated, and each translation keeps its placeholders
    translations.py build [FOLDER]  compile each .ts to .qm (default: assets/translations)
    translations.py todo LANG       the unfinished texts of LANG, as JSON
    translations.py review LANG     the texts of LANG with a translator's note (the health
                                    sentences) and their translations, as JSON, to check
    translations.py fill LANG FILE  put the translations of a JSON list (as `todo` prints,
                                    with "translation" filled in) into LANG's .ts
    translations.py lint LANG FILE  what `fill` would leave unfinished or get wrong (a lost
                                    placeholder, the wrong number of plural forms)

The messages are read from the sources with Python's own parser: pyside6-lupdate's drops
a translate() call whose count is not a bare name or number. Every message lupdate finds
must be found here too (update and check say so if not), so Qt Linguist reads the files.
Run with the project's .venv (pyside6-lupdate and pyside6-lrelease come with PySide6).
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cramp_timer.i18n import LANGUAGES  # noqa: E402

FOLDER = ROOT / "assets" / "translations"
SOURCES = ROOT / "cramp_timer"
NOTE = "# Translator:"
PLACEHOLDER = re.compile(r"%n|%\d|\{[a-z_]*\}")
Key = tuple[str, str, str]  # context, source, disambiguation


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"cramp_timer_{language}.ts"


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        sys.exit(f"translations: {name} not found (run scripts/setup.sh --tests first)")
    return found


def _source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


# --- the messages in the sources --------------------------------------------------------


@dataclass
class Found:
    """One message as the sources have it."""

    key: Key
    plural: bool
    note: str


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _note_above(lines: list[str], lineno: int) -> str:
    """The ``# Translator:`` comment block right above line `lineno` (1-based), or ""."""
    block: list[str] = []
    row = lineno - 2
    while row >= 0 and lines[row].strip().startswith("#"):
        block.insert(0, lines[row].strip())
        row -= 1
    start = next((i for i, line in enumerate(block) if line.startswith(NOTE)), None)
    if start is None:
        return ""
    words = [block[start][len(NOTE):].strip()]
    words += [line.lstrip("#").strip() for line in block[start + 1:]]
    return " ".join(w for w in words if w)


class _Finder(ast.NodeVisitor):
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.classes: list[str] = []
        self.found: list[Found] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.id if isinstance(func, ast.Name) else (
            func.attr if isinstance(func, ast.Attribute) else "")
        args = list(node.args)
        if name in ("translate", "QT_TRANSLATE_NOOP"):
            context = _literal(args[0]) if args else None
            rest = args[1:]
        elif (name == "tr" and isinstance(func, ast.Attribute)
              and isinstance(func.value, ast.Name) and func.value.id == "self" and self.classes):
            context, rest = self.classes[-1], args
        else:
            context, rest = None, []
        source = _literal(rest[0]) if rest else None
        if context is not None and source is not None:
            comment = _literal(rest[1]) if len(rest) > 1 else None
            plural = len(rest) > 2 or any(k.arg == "n" for k in node.keywords)
            self.found.append(Found((context, source, comment or ""), plural,
                                    _note_above(self.lines, node.lineno)))
        self.generic_visit(node)


def sources_messages(files: list[Path]) -> dict[Key, Found]:
    """Every message the sources pass to translate(), QT_TRANSLATE_NOOP() or self.tr(),
    in the order they first appear."""
    out: dict[Key, Found] = {}
    for path in files:
        text = path.read_text(encoding="utf-8")
        finder = _Finder(text.splitlines())
        finder.visit(ast.parse(text))
        for found in finder.found:
            known = out.setdefault(found.key, found)
            known.plural = known.plural or found.plural
            known.note = known.note or found.note
    return out


def lupdate_keys(files: list[Path]) -> dict[Key, bool]:
    """What pyside6-lupdate finds in the same files (message -> plural), to cross-check."""
    with tempfile.TemporaryDirectory() as tmp:
        listing, out = Path(tmp) / "files.lst", Path(tmp) / "x.ts"
        listing.write_text("\n".join(str(p) for p in files) + "\n", encoding="utf-8")
        subprocess.run([_tool("pyside6-lupdate"), "-silent", "-locations", "none",
                        f"@{listing}", "-ts", str(out)], check=True)
        return {key: m.get("numerus") == "yes" for key, m in messages(out).items()}


# --- reading and writing .ts ------------------------------------------------------------


def _key(message: ET.Element) -> Key:
    return (message.get("_context", ""), message.findtext("source") or "",
            message.findtext("comment") or "")


def messages(path: Path) -> dict[Key, ET.Element]:
    root = ET.parse(path).getroot()
    out: dict[Key, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            message.set("_context", name)
            out[_key(message)] = message
    return out


def translations_of(message: ET.Element) -> list[str]:
    node = message.find("translation")
    if node is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in node.findall("numerusform")]
    return [node.text or ""]


def unfinished(message: ET.Element) -> bool:
    node = message.find("translation")
    return (node is None or node.get("type") in ("unfinished", "vanished", "obsolete")
            or not all(translations_of(message)))


def plural_forms(language: str) -> int:
    """How many plural forms Qt's rules give `language` (Chinese has one)."""
    return 1 if language.startswith("zh") else 2


def _write(root: ET.Element, path: Path) -> None:
    for message in root.iter("message"):
        message.attrib.pop("_context", None)
    ET.indent(root, "    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def _message(found: Found, old: ET.Element | None, forms: int) -> ET.Element:
    message = ET.Element("message", {"numerus": "yes"} if found.plural else {})
    ET.SubElement(message, "source").text = found.key[1]
    if found.key[2]:
        ET.SubElement(message, "comment").text = found.key[2]
    if found.note:
        ET.SubElement(message, "extracomment").text = found.note
    kept = translations_of(old) if old is not None and not unfinished(old) else []
    translation = ET.SubElement(message, "translation")
    if not kept:
        translation.set("type", "unfinished")
    if found.plural:
        for i in range(forms):
            form = ET.SubElement(translation, "numerusform")
            form.text = kept[min(i, len(kept) - 1)] if kept else None
    else:
        translation.text = kept[0] if kept else None
    return message


def update_ts(path: Path, language: str, found: dict[Key, Found]) -> None:
    """Write `path` for the messages `found`, keeping the translations it already has."""
    old = messages(path) if path.exists() else {}
    root = ET.Element("TS", {"version": "2.1", "language": language})
    contexts: dict[str, ET.Element] = {}
    for name in sorted({key[0] for key in found}):
        contexts[name] = ET.SubElement(root, "context")
        ET.SubElement(contexts[name], "name").text = name
    for key, item in found.items():
        contexts[key[0]].append(_message(item, old.get(key), plural_forms(language)))
    _write(root, path)


def update(folder: Path, languages: list[str]) -> list[str]:
    """Bring each .ts in `folder` up to date with the sources; what lupdate finds that this
    does not (it should be nothing)."""
    files = _source_files()
    found = sources_messages(files)
    for language in languages:
        update_ts(ts_path(language, folder), language, found)
    return [f"lupdate finds {key}{' (plural)' if plural else ''}, this script does not"
            for key, plural in lupdate_keys(files).items()
            if key not in found or (plural and not found[key].plural)]


# --- the commands -----------------------------------------------------------------------


def check() -> int:
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            committed = ts_path(language)
            if not committed.exists():
                problems.append(f"{committed.name}: missing")
                continue
            fresh = Path(tmp) / committed.name
            shutil.copy(committed, fresh)
            problems += update(Path(tmp), [language])
            before, after = messages(committed), messages(fresh)
            for key in after.keys() - before.keys():
                problems.append(f"{committed.name}: not in the file yet: {key}")
            for key in before.keys() - after.keys():
                problems.append(f"{committed.name}: no longer in the sources: {key}")
            if fresh.read_bytes() != committed.read_bytes() and before.keys() == after.keys():
                problems.append(f"{committed.name}: differs from what update writes "
                                "(a translator's comment, a plural or the layout)")
            for key, message in after.items():
                if unfinished(message):
                    problems.append(f"{committed.name}: not translated: {key}")
                    continue
                problems += [f"{committed.name}: placeholders differ in {text!r}: {key}"
                             for text in translations_of(message)
                             if not _placeholders_kept(key[1], text)]
    for line in problems[:200]:
        print(line)
    if problems:
        print(f"translations: {len(problems)} problems (scripts/translations.py update, then "
              "translate what is unfinished)")
        return 1
    print(f"translations: {len(LANGUAGES)} languages up to date and complete")
    return 0


def build(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        source = ts_path(language)
        subprocess.run([_tool("pyside6-lrelease"), "-silent", "-removeidentical", str(source),
                        "-qm", str(out / source.with_suffix(".qm").name)], check=True)
    return 0


def todo(language: str, noted: bool = False) -> int:
    rows = []
    for (context, source, comment), message in messages(ts_path(language)).items():
        if (message.findtext("extracomment") if noted else unfinished(message)):
            rows.append({"context": context, "source": source, "comment": comment,
                         "note": message.findtext("extracomment") or "",
                         "plural": message.get("numerus") == "yes",
                         "forms": len(translations_of(message)),
                         "translation": translations_of(message) if noted and message.get(
                             "numerus") == "yes" else translations_of(message)[0] if noted
                         else "" if message.get("numerus") != "yes" else []})
    json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


def fill(language: str, rows_file: Path) -> int:
    path = ts_path(language)
    root = ET.parse(path).getroot()
    wanted = {(r["context"], r["source"], r.get("comment", "")): r["translation"]
              for r in json.loads(rows_file.read_text(encoding="utf-8"))}
    done = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            message.set("_context", name)
            text = wanted.get(_key(message))
            if not text:
                continue
            node = message.find("translation")
            assert node is not None
            node.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = node.findall("numerusform")
                values = text if isinstance(text, list) else [text]
                for i, form in enumerate(forms):
                    form.text = values[min(i, len(values) - 1)]
            else:
                node.text = text if isinstance(text, str) else text[0]
            done += 1
    _write(root, path)
    print(f"translations: {done} of {len(wanted)} texts filled into {path.name}")
    return 0


def _placeholders_kept(source: str, text: str) -> bool:
    wanted, got = sorted(PLACEHOLDER.findall(source)), sorted(PLACEHOLDER.findall(text))
    # a plural form may leave out %n ("one day" for 1)
    return got == wanted or sorted(set(wanted) - {"%n"}) == sorted(set(got) - {"%n"})


def lint(language: str, rows_file: Path) -> int:
    rows = json.loads(rows_file.read_text(encoding="utf-8"))
    given = {(r["context"], r["source"], r.get("comment", "")): r.get("translation") for r in rows}
    problems = []
    for key, message in messages(ts_path(language)).items():
        if not unfinished(message):
            continue
        text = given.get(key)
        forms = len(translations_of(message))
        values = text if isinstance(text, list) else [text] if text else []
        if not values or not all(isinstance(v, str) and v.strip() for v in values):
            problems.append(f"not translated: {key}")
        elif message.get("numerus") == "yes" and len(values) != forms:
            problems.append(f"{len(values)} plural forms given, {forms} wanted: {key}")
        else:
            problems += [f"placeholders differ in {v!r}: {key}" for v in values
                         if not _placeholders_kept(key[1], v)]
    print("\n".join(problems[:100]))
    print(f"lint: {len(problems)} problems in {rows_file.name} for {language}")
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        FOLDER.mkdir(parents=True, exist_ok=True)
        missed = update(FOLDER, list(LANGUAGES))
        print("\n".join(missed) or f"translations: {len(LANGUAGES)} .ts files up to date")
        return 1 if missed else 0
    if command == "check":
        return check()
    if command == "build":
        return build(Path(argv[1]) if len(argv) > 1 else FOLDER)
    if command in ("todo", "review") and len(argv) == 2:
        return todo(argv[1], noted=command == "review")
    if command == "lint" and len(argv) == 3:
        return lint(argv[1], Path(argv[2]))
    if command == "fill" and len(argv) == 3:
        return fill(argv[1], Path(argv[2]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
