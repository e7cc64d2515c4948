"""The desktop entry, the metainfo and the icons: shipped, validated, installed, removed."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import cramp_timer
from cramp_timer import __version__
from cramp_timer.desktop.desktop_entry import (
    current_command,
    data_home,
    desktop_entry,
    exec_value,
    install,
    installed_files,
    uninstall,
)
from cramp_timer.storage.resources import (
    APP_ID,
    DESKTOP_FILE,
    ICON_SIZES,
    desktop_entry_template,
    icon_svg,
    icon_theme_files,
    png_size,
)

ROOT = Path(cramp_timer.__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"


def needs(tool: str, package: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(
        shutil.which(tool) is None,
        reason=f"needs {tool} (sudo apt install {package}, or scripts/setup.sh --tests)",
    )


def entry_values(text: str, key: str) -> list[str]:
    return [line.split("=", 1)[1] for line in text.splitlines() if line.startswith(f"{key}=")]


def unquote_exec(value: str) -> list[str]:
    """Read an Exec value as the desktop entry spec says: string escapes first (only \\\\
    is written), then arguments split on spaces, with "..." quoting in which \\ escapes
    one of " ` $ \\; then %% is a percent sign."""
    value = value.replace("\\\\", "\\")
    args: list[str] = []
    current, quoted, escaped, started = "", False, False, False
    for char in value:
        if escaped:
            assert char in '"`$\\', f"bad escape of {char!r} in {value!r}"
            current, escaped = current + char, False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if started:
                args.append(current)
            current, started = "", False
        else:
            current, started = current + char, True
    assert not quoted and not escaped, value
    if started:
        args.append(current)
    return [arg.replace("%%", "%") for arg in args]


# ----------------------------------------------------------------------- shipped files


def test_the_shipped_icons_have_every_size() -> None:
    files = dict(icon_theme_files())
    for size in ICON_SIZES:
        data = files[f"{size}x{size}/apps/{APP_ID}.png"].read_bytes()
        assert png_size(data) == (size, size)
    assert files[f"scalable/apps/{APP_ID}.svg"].read_bytes() == icon_svg().read_bytes()
    assert b"<svg" in icon_svg().read_bytes()


def test_the_shipped_files_are_found_in_a_zipped_package_too(tmp_path: Path) -> None:
    """On disk the assets are read from the folder; a zipped package (zipimport)
    reads them through importlib.resources."""
    package = Path(cramp_timer.__file__).parent
    archive = tmp_path / "cramp_timer.zip"
    with zipfile.ZipFile(archive, "w") as out:
        for path in package.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                out.write(path, path.relative_to(package.parent).as_posix())
        # the top-level assets/ goes into the package, as the wheel carries it
        assets = package.parent / "assets"
        for path in assets.rglob("*"):
            if path.is_file():
                out.write(path, "cramp_timer/assets/" + path.relative_to(assets).as_posix())
    script = (
        f"import sys; sys.path.insert(0, {str(archive)!r})\n"
        "import cramp_timer\n"
        f"assert cramp_timer.__file__.startswith({str(archive)!r}), cramp_timer.__file__\n"
        "from cramp_timer.storage.resources import (\n"
        "    desktop_entry_template, icon_theme_files, png_size)\n"
        "files = dict(icon_theme_files())\n"
        f"print(png_size(files['48x48/apps/{APP_ID}.png'].read_bytes()))\n"
        "print(desktop_entry_template().splitlines()[0])\n"
    )
    result = subprocess.run([sys.executable, "-I", "-c", script], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["(48, 48)", "[Desktop Entry]"]


def test_png_size_refuses_what_is_not_a_png() -> None:
    assert png_size(b"GIF89a" + bytes(30)) is None
    assert png_size(b"") is None


def test_the_packaging_folder_links_to_the_shipped_entry() -> None:
    link = PACKAGING / DESKTOP_FILE
    assert link.is_symlink()
    assert link.read_text(encoding="utf-8") == desktop_entry_template()


def test_the_shipped_entry_names_the_icon_and_the_cramp_now_action() -> None:
    text = desktop_entry_template()
    assert entry_values(text, "Icon") == [APP_ID]
    assert entry_values(text, "Exec") == ["cramp-timer", "cramp-timer --now"]
    assert "[Desktop Action cramp-now]" in text
    assert entry_values(text, "Actions") == ["cramp-now;"]


def test_the_metainfo_release_is_this_version() -> None:
    text = METAINFO.read_text(encoding="utf-8")
    assert f'<release version="{__version__}" date="2026-11-26">' in text
    assert f"<id>{APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{DESKTOP_FILE}</launchable>' in text
    for picture in ("idle", "countdown", "round-done"):
        assert f"/docs/screenshots/{picture}.png</image>" in text
        assert (ROOT / "docs" / "screenshots" / f"{picture}.png").exists()


@needs("desktop-file-validate", "desktop-file-utils")
def test_desktop_file_validate_accepts_the_entry(tmp_path: Path) -> None:
    installed = tmp_path / DESKTOP_FILE
    installed.write_text(desktop_entry(["/opt/Cramp Timer/cramp-timer"]), encoding="utf-8")
    for path in (PACKAGING / DESKTOP_FILE, installed):
        result = subprocess.run(
            ["desktop-file-validate", str(path)],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


@needs("appstreamcli", "appstream")
def test_appstreamcli_accepts_the_metainfo() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful" in result.stdout


# ----------------------------------------------------------------------- Exec quoting


@pytest.mark.parametrize(
    "argv",
    [
        ["cramp-timer"],
        ["/opt/Cramp Timer/cramp-timer", "--now"],
        ["/home/ann/100%/bin/cramp-timer"],
        ['/odd "quoted" $dir/back\\slash/cramp-timer'],
    ],
)
def test_exec_values_round_trip(argv: list[str]) -> None:
    assert unquote_exec(exec_value(argv)) == argv


def test_plain_paths_are_not_quoted() -> None:
    assert exec_value(["/usr/bin/python3", "-m", "cramp_timer", "--now"]) == (
        "/usr/bin/python3 -m cramp_timer --now"
    )
    assert exec_value(["/opt/a b/cramp-timer"]) == '"/opt/a b/cramp-timer"'


# ----------------------------------------------------------------------- install


def test_install_writes_the_entry_and_every_icon(private_home: Path) -> None:
    home = data_home()
    assert home == private_home / "data"  # conftest's private XDG_DATA_HOME
    done = install(["/opt/Cramp Timer/cramp-timer"])
    assert done.files == installed_files(home)
    entry = home / "applications" / DESKTOP_FILE
    text = entry.read_text(encoding="utf-8")
    assert entry_values(text, "Exec") == [
        '"/opt/Cramp Timer/cramp-timer"',
        '"/opt/Cramp Timer/cramp-timer" --now',
    ]
    assert text.replace('"/opt/Cramp Timer/cramp-timer"', "cramp-timer") == (
        desktop_entry_template()
    )
    for relative, source in icon_theme_files():
        target = home / "icons" / "hicolor" / relative
        assert target.read_bytes() == source.read_bytes()
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert stat.S_IMODE(entry.stat().st_mode) == 0o644


def test_uninstall_removes_exactly_what_install_wrote(private_home: Path) -> None:
    home = data_home()
    neighbour = home / "applications" / "someone-else.desktop"
    other_icon = home / "icons" / "hicolor" / "48x48" / "apps" / "someone-else.png"
    for path in (neighbour, other_icon):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("not ours")
    written = install(["cramp-timer"]).files
    done = uninstall()
    assert done.files == written
    assert not any(path.exists() for path in written)
    assert neighbour.read_text() == "not ours" and other_icon.read_text() == "not ours"
    again = uninstall()
    assert again.files == ()
    assert again.message == "Cramp Timer was not in your application menu; nothing was removed."


def test_the_command_is_plain_when_the_path_finds_this_cramp_timer(tmp_path: Path) -> None:
    ours = Path(sys.executable).parent / "cramp-timer"
    if not ours.is_file():
        pytest.skip("cramp-timer is not installed next to this Python (scripts/setup.sh)")
    assert current_command({"PATH": str(ours.parent)}) == ["cramp-timer"]
    other = tmp_path / "bin"
    other.mkdir()
    (other / "cramp-timer").write_text("#!/bin/sh\n")
    (other / "cramp-timer").chmod(0o755)
    assert current_command({"PATH": str(other)}) == [str(ours)]  # a different one: full path
    assert current_command({"PATH": str(tmp_path / "nowhere")}) == [str(ours)]


def cli_env(home: Path, path: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["XDG_DATA_HOME"] = str(home)
    env["PATH"] = path
    return env


def test_the_installed_entry_starts_this_cramp_timer(tmp_path: Path) -> None:
    """Install through the real command line, then run what the entry's Exec says."""
    home = tmp_path / "share"
    env = cli_env(home, "/usr/bin:/bin")  # this venv is not on the search path
    result = subprocess.run(
        [sys.executable, "-m", "cramp_timer", "--install-desktop-entry"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    entry = home / "applications" / DESKTOP_FILE
    assert str(entry) in result.stdout.splitlines()[1]
    exec_line = entry_values(entry.read_text(encoding="utf-8"), "Exec")[0]
    argv = unquote_exec(exec_line)
    assert Path(argv[0]).is_absolute()
    started = subprocess.run(
        [*argv, "--version"], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert started.stdout.strip() == f"cramp-timer {__version__}"
    removed = subprocess.run(
        [sys.executable, "-m", "cramp_timer", "--uninstall-desktop-entry"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert removed.returncode == 0
    assert not entry.exists()
    assert sorted(p for p in home.rglob("*") if p.is_file()) == []


def test_install_reports_a_folder_it_cannot_use(tmp_path: Path) -> None:
    blocker = tmp_path / "share"
    blocker.write_text("a file where a folder should be")
    result = subprocess.run(
        [sys.executable, "-m", "cramp_timer", "--install-desktop-entry"],
        env=cli_env(blocker, "/usr/bin:/bin"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("cramp-timer: ")
    assert str(blocker) in result.stderr
