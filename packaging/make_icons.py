"""Render the app icon from its SVG master for every platform.

Usage: python packaging/make_icons.py OUT_DIR
Writes OUT_DIR/png/<size>/app.png for 16–512 px (the Linux hicolor sizes), OUT_DIR/app.ico (Windows) and
OUT_DIR/app.icns (macOS). Rendering uses Qt's own SVG renderer (already installed with the app); the .ico
and .icns containers are written by Pillow, a build-time tool only (not an app dependency).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import manifest  # noqa: E402 - packaging/manifest.py


def render_pngs(svg: Path, out: Path, sizes: tuple[int, ...]) -> dict[int, Path]:
    """Render ``svg`` to a transparent PNG per size; returns size -> file."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read the icon {svg}")
    files = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / "png" / str(size) / "app.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"cannot write {path}")
        files[size] = path
    return files


def write_containers(pngs: dict[int, Path], out: Path) -> None:
    """app.ico (16–256 px) and app.icns (up to 512 px) from the rendered PNGs."""
    from PIL import Image

    largest = Image.open(pngs[max(pngs)]).convert("RGBA")
    ico_sizes = [(s, s) for s in sorted(pngs) if s <= 256]
    largest.save(out / "app.ico", sizes=ico_sizes)
    largest.save(out / "app.icns")


def main(argv: list[str] | None = None) -> int:
    """Render everything into the folder given on the command line."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(manifest.ICON_SVG, out, manifest.ICON_SIZES)
    write_containers(pngs, out)
    print(f"icons: {len(pngs)} PNG sizes, app.ico, app.icns in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
