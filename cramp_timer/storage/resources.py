"""The files Cramp Timer ships: ``assets/`` at the top of the repository, carried in the
wheel and the bundle as ``cramp_timer/assets/``.

Found inside the package (a wheel, the bundle), beside it (a checkout), or through
``importlib.resources`` when the package is zipped:

- ``assets/icons/<APP_ID>.svg``: the app icon, drawn for this project;
- ``assets/icons/hicolor/<N>x<N>/apps/<APP_ID>.png``: that icon at each of ICON_SIZES,
  rendered by ``scripts/render_icons.py``, plus ``hicolor/scalable/apps/<APP_ID>.svg``;
- ``assets/<APP_ID>.desktop``: the freedesktop desktop entry (``packaging/`` links to it).

No Qt here.
"""

from __future__ import annotations

import struct
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable
    from typing import Final

APP_ID: Final = "io.github.cramptimer.CrampTimer"
ICON_SIZES: Final = (16, 22, 24, 32, 48, 64, 128, 256, 512)
DESKTOP_FILE: Final = f"{APP_ID}.desktop"

_PNG_SIGNATURE: Final = b"\x89PNG\r\n\x1a\n"


def assets() -> Traversable:
    """The assets folder. A package made of files on disk has it inside the package (an
    installed wheel, the bundle) or beside it (a checkout): no import needed
    (importlib.resources costs about 1 MiB); a zipped one is read through
    importlib.resources."""
    folder = assets_folder()
    if folder.is_dir():
        return folder
    from importlib.resources import files

    return files("cramp_timer").joinpath("assets")


def assets_folder() -> Path:
    """Where the assets are on disk: inside the package, else beside it (a checkout)."""
    package = Path(__file__).resolve().parents[1]
    inside = package / "assets"
    return inside if inside.is_dir() else package.parent / "assets"


def icon_svg() -> Traversable:
    return assets().joinpath("icons", f"{APP_ID}.svg")


def icon_theme_files() -> list[tuple[str, Traversable]]:
    """(path inside an icon theme such as ``48x48/apps/ID.png``, file) for every size,
    smallest first, then the scalable SVG."""
    hicolor = assets().joinpath("icons", "hicolor")
    out = []
    for size in ICON_SIZES:
        relative = f"{size}x{size}/apps/{APP_ID}.png"
        out.append((relative, hicolor.joinpath(*relative.split("/"))))
    out.append(
        (f"scalable/apps/{APP_ID}.svg", hicolor.joinpath("scalable", "apps", f"{APP_ID}.svg"))
    )
    return out


def desktop_entry_template() -> str:
    """The desktop entry as shipped (``Exec=cramp-timer``)."""
    return assets().joinpath(DESKTOP_FILE).read_text(encoding="utf-8")


def png_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG file's header; None if ``data`` is not a PNG."""
    if len(data) < 24 or not data.startswith(_PNG_SIGNATURE) or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width, height
