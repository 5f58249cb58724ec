"""Render the app icon: PNGs in the standard sizes and a Windows .ico from the SVG sources.

    .venv/bin/python installer/make_icons.py

The outputs are committed to resources/icons/ (the frozen app loads the PNGs, so it needs no
SVG support at run time); run this again after changing an SVG. The two smallest sizes come from
a simplified drawing, because the detailed one turns to mush below ~48 px.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
NAME = "mbe-desktop"
SIZES = (16, 32, 48, 64, 128, 256)
SMALL_SIZES = (16, 32)
ICO_SIZES = (16, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_path(size: int) -> Path:
    return ICONS / f"{NAME}-{size}.png"


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])  # QImage text/pixmap support wants an application
    for size in SIZES:
        source = ICONS / (f"{NAME}-small.svg" if size in SMALL_SIZES else f"{NAME}.svg")
        if not render(source, size).save(str(png_path(size))):
            raise SystemExit(f"cannot write {png_path(size)}")
        print(f"wrote {png_path(size).name}")
    # Pillow writes every size into the .ico; each frame is the hand-tuned PNG, not a rescale.
    frames = [Image.open(png_path(size)).convert("RGBA") for size in ICO_SIZES]
    ico = ICONS / f"{NAME}.ico"
    frames[-1].save(
        ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=frames[:-1]
    )
    print(f"wrote {ico.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
