"""Render the application icon from its SVG with Qt (QSvgRenderer), in every size and format the systems want.

    python packaging/render_icons.py OUT_DIR [--source resources/icons/app.svg]

writes
    OUT_DIR/hicolor/scalable/apps/smartpay-desk.svg
    OUT_DIR/hicolor/<N>x<N>/apps/smartpay-desk.png     N = 16 32 48 64 128 256 (freedesktop icon theme)
    OUT_DIR/smartpay-desk.ico                          Windows: 16…256 in one file (PNG-compressed entries)
    OUT_DIR/smartpay-desk.icns                         macOS: 16…1024 in one file (PNG entries)

No ImageMagick: QtSvg comes with PySide6-Essentials, and .ico / .icns are simple containers of PNGs written here.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT / "resources" / "icons" / "app.svg"
FALLBACK_SOURCE = ROOT / "packaging" / "icons" / "smartpay-desk.svg"
ICON_NAME = "smartpay-desk"
THEME_SIZES = (16, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns types that hold PNG data: (type, pixel size)
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent size×size canvas (aspect ratio kept, centred), as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    view = renderer.viewBoxF()
    scale = size / max(view.width(), view.height())
    width, height = view.width() * scale, view.height() * scale
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF((size - width) / 2, (size - height) / 2, width, height))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # str at run time; the stubs say bytes
        raise RuntimeError(f"could not encode a {size}px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding the PNGs (Vista+ reads PNG entries; 256 is written as 0 in the directory)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    directory = b""
    offset = 6 + 16 * len(sizes)
    for size in sizes:
        png = pngs[size]
        dim = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + directory + b"".join(pngs[s] for s in sizes)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding the PNGs under their PNG-capable types."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_all(source: Path, out: Path) -> list[Path]:
    """Write every icon file into `out`; returns the paths written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # image plugins need an application
    written: list[Path] = []
    scalable = out / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, scalable)
    written.append(scalable)
    sizes = sorted(set(THEME_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES})
    pngs = {size: render_png(source, size) for size in sizes}
    for size in THEME_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
        written.append(target)
    ico = out / f"{ICON_NAME}.ico"
    ico.write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    icns = out / f"{ICON_NAME}.icns"
    icns.write_bytes(icns_bytes(pngs))
    written += [ico, icns]
    return written


def default_source() -> Path:
    """UI-a's application icon (resources/icons/app.svg), else the packaging's own drawing."""
    return DEFAULT_SOURCE if DEFAULT_SOURCE.is_file() else FALLBACK_SOURCE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--source", type=Path, default=None, help="the SVG (default: resources/icons/app.svg)")
    args = parser.parse_args(argv)
    for path in render_all(args.source or default_source(), args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
