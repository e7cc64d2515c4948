"""A reader for Qt's compiled translations (.qm), for paths that do not load Qt.

`read_qm(data)` gives ``{(context, source, comment): [translation, ...]}`` (several
translations: the plural forms). It reads what ``lrelease`` writes by default (source
texts kept); a file that is not a .qm raises ValueError. `load_for_locale()` finds the
app's file for the person's language the way Qt does on Linux (LANGUAGE, LC_ALL,
LC_MESSAGES, LANG; "de_AT" falls back to "de") and gives an empty catalog when there is none
or it cannot be read. Imports no Qt.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Mapping
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
# message item tags (Qt's qtranslator.cpp)
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1 = 1, 2, 3, 4, 5
_SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = 6, 7, 8, 9

Catalog = dict[tuple[str, str, str], list[str]]


def read_qm(data: bytes) -> Catalog:
    if not data.startswith(MAGIC):
        raise ValueError("not a Qt translation file")
    catalog: Catalog = {}
    pos = len(MAGIC)
    try:
        while pos < len(data):
            tag = data[pos]
            (length,) = struct.unpack_from(">I", data, pos + 1)
            pos += 5
            if tag == _MESSAGES:
                _read_messages(data[pos:pos + length], catalog)
            pos += length
    except (struct.error, IndexError, UnicodeDecodeError) as error:
        raise ValueError(f"a damaged Qt translation file ({error})") from error
    return catalog


def _read_messages(block: bytes, catalog: Catalog) -> None:
    pos = 0
    translations: list[str] = []
    fields = {_CONTEXT: "", _SOURCE: "", _COMMENT: ""}
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == _END:
            catalog[(fields[_CONTEXT], fields[_SOURCE], fields[_COMMENT])] = translations
            translations, fields = [], {_CONTEXT: "", _SOURCE: "", _COMMENT: ""}
            continue
        if tag == _OBSOLETE1:
            pos += 4
            continue
        if tag == _OBSOLETE2:
            continue
        (length,) = struct.unpack_from(">I", block, pos)
        pos += 4
        if tag == _TRANSLATION:
            if length != 0xFFFFFFFF:
                translations.append(block[pos:pos + length].decode("utf-16-be"))
                pos += length
        elif tag in fields:
            fields[tag] = block[pos:pos + length].decode("utf-8")
            pos += length
        elif tag in (_SOURCE16, _CONTEXT16):
            pos += length
        else:
            raise ValueError(f"unknown tag {tag} in a Qt translation file")


def wanted_languages(env: Mapping[str, str] | None = None) -> list[str]:
    """The person's languages, most wanted first, each followed by its bare language."""
    env = os.environ if env is None else env
    names: list[str] = []
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            names.extend(value.split(":") if var == "LANGUAGE" else [value])
            if var != "LANGUAGE":
                break
    out: list[str] = []
    for name in names:
        name = name.split(".", 1)[0].split("@", 1)[0]
        if not name or name in ("C", "POSIX"):
            continue
        for candidate in (name, name.split("_", 1)[0]):
            if candidate not in out:
                out.append(candidate)
    return out


def translations_folder() -> Path:
    from cramp_timer.storage.resources import assets_folder

    return assets_folder() / "translations"


def load_for_locale(env: Mapping[str, str] | None = None, folder: Path | None = None,
                    language: str = "") -> Catalog:
    """The catalogue for `language` ("en": none), or for the desktop's (`env`) if ""."""
    return find_for_locale(env, folder, language)[1]


def find_for_locale(env: Mapping[str, str] | None = None, folder: Path | None = None,
                    language: str = "") -> tuple[str, Catalog]:
    """(the language found, its catalogue), as `load_for_locale`; ("", {}) if none."""
    folder = translations_folder() if folder is None else folder
    wanted = wanted_languages(env) if not language else [] if language == "en" else [language]
    for code in wanted:
        path = folder / f"cramp_timer_{code}.qm"
        try:
            return code, read_qm(path.read_bytes())
        except FileNotFoundError:
            continue
        except (OSError, ValueError):
            return "", {}  # a broken file: the texts as written rather than a crash
    return "", {}


def plural_form(language: str, n: int, forms: int) -> int:
    """Which of `forms` plural forms Qt picks for `n` in `language` (its rules for the
    shipped languages: French and Brazilian Portuguese count 0 as one; Chinese has one)."""
    if forms <= 1:
        return 0
    one = n in (0, 1) if language.split("_")[0] in ("fr", "pt") and language != "pt" else n == 1
    return 0 if one else 1
