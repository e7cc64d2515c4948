"""Render the app icon's PNG sizes from its SVG: ``python scripts/render_icons.py``.

Reads assets/icons/<APP_ID>.svg and writes, for each size in ICON_SIZES,
assets/icons/hicolor/<N>x<N>/apps/<APP_ID>.png (the freedesktop icon theme
layout, so installing is a copy) plus the SVG itself under hicolor/scalable/apps/.
Run it after changing the SVG and commit the PNGs. ``--check`` only reports which files
are missing or have the wrong size (exit 1), without writing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cramp_timer.storage.resources import APP_ID, ICON_SIZES, png_size  # noqa: E402

ICONS = ROOT / "assets" / "icons"


def render(svg: Path, out_dir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG for QtSvg")
    written = []
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        target = out_dir / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"render_icons: could not write {target}")
        written.append(target)
    scalable = out_dir / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    del app
    return written


def check(svg: Path, out_dir: Path) -> list[str]:
    problems = []
    for size in ICON_SIZES:
        target = out_dir / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        if not target.exists():
            problems.append(f"missing: {target}")
        elif png_size(target.read_bytes()) != (size, size):
            problems.append(f"wrong size: {target}")
    scalable = out_dir / "scalable" / "apps" / f"{APP_ID}.svg"
    if not scalable.exists() or scalable.read_bytes() != svg.read_bytes():
        problems.append(f"not a copy of {svg.name}: {scalable}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="check only, write nothing")
    args = parser.parse_args()
    svg = ICONS / f"{APP_ID}.svg"
    out_dir = ICONS / "hicolor"
    if args.check:
        problems = check(svg, out_dir)
        print("\n".join(problems) if problems else "render_icons: all icons are in place")
        return 1 if problems else 0
    for path in render(svg, out_dir):
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
