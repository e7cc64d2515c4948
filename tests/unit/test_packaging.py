"""The wheel carries every subpackage and the top-level assets/ as cramp_timer/assets."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import tomllib

ROOT = Path(__file__).resolve().parents[2]


def test_the_package_list_names_every_folder_of_code() -> None:
    """A subpackage missing from pyproject's explicit list would be left out of the wheel."""
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
                 ["packages"])
    on_disk = {
        ".".join(folder.relative_to(ROOT).parts)
        for folder in (ROOT / "cramp_timer").rglob("*")
        if folder.is_dir() and any(folder.glob("*.py"))
    } | {"cramp_timer", "cramp_timer.assets"}
    assert listed == on_disk


@pytest.mark.e2e
def test_an_installed_wheel_finds_the_assets(tmp_path: Path) -> None:
    """Build the wheel, unpack it as an installation would, and read the icons and the
    desktop entry from there (not from the checkout)."""
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "-w", str(tmp_path / "dist"), str(ROOT)],
        check=True, capture_output=True, timeout=300, cwd=tmp_path,
    )
    (wheel,) = (tmp_path / "dist").glob("cramp_timer-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
        names = archive.namelist()
    # the compiled translations, each language's, and not their sources
    from cramp_timer.i18n import LANGUAGES

    shipped = {n.rsplit("/", 1)[1] for n in names if "/assets/translations/" in n}
    assert shipped == {f"cramp_timer_{code}.qm" for code in LANGUAGES}
    script = (
        f"import sys; sys.path.insert(0, {str(site)!r})\n"
        "import cramp_timer\n"
        f"assert cramp_timer.__file__.startswith({str(site)!r}), cramp_timer.__file__\n"
        "from cramp_timer.storage.resources import assets, desktop_entry_template, icon_svg\n"
        f"assert str(assets()).startswith({str(site)!r}), assets()\n"
        "print(desktop_entry_template().splitlines()[0], b'<svg' in icon_svg().read_bytes())\n"
        "from cramp_timer.storage import qm\n"
        "code, catalog = qm.find_for_locale({'LANG': 'de_DE.UTF-8'})\n"
        "assert code == 'de', code\n"
        "assert catalog[('MainWindow', 'Cramp now', '')] == ['Krampf jetzt']\n"
    )
    result = subprocess.run([sys.executable, "-I", "-c", script], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["[Desktop", "Entry]", "True"]


def _elf_check(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "elf_loadable.py"),
                           *map(str, files)], capture_output=True, text=True, check=False)


def test_the_deb_build_tells_a_library_the_loader_would_refuse(tmp_path: Path) -> None:
    """scripts/build_deb.sh keeps a library whole when stripping left it like this."""
    import _json
    import struct

    good = tmp_path / "good.so"
    good.write_bytes(Path(_json.__file__).read_bytes())
    assert _elf_check(good).returncode == 0
    data = bytearray(good.read_bytes())
    phoff, = struct.unpack_from("<Q", data, 0x20)
    entry_size, count = struct.unpack_from("<HH", data, 0x36)
    for index in range(count):
        at = phoff + index * entry_size
        if struct.unpack_from("<I", data, at)[0] == 1:  # the first PT_LOAD
            offset, = struct.unpack_from("<Q", data, at + 8)
            struct.pack_into("<Q", data, at + 8, offset + 8)  # as a bad strip leaves it
            break
    bad = tmp_path / "bad.so"
    bad.write_bytes(bytes(data))
    text = tmp_path / "notes.txt"
    text.write_text("not a library")
    result = _elf_check(good, bad, text)
    assert result.returncode == 1
    assert "bad.so" in result.stderr and "good.so" not in result.stderr
    assert "notes.txt" not in result.stderr
