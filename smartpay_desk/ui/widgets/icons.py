"""Icons and the style sheet from resources/ (SVG line icons drawn for the desk, one file each)."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from smartpay_desk.resources_path import resources_root


def resources_dir() -> Path:
    """$SMARTPAY_DESK_RESOURCES, the PyInstaller bundle's resources/, or the source tree's resources/."""
    return resources_root()


@functools.cache
def _icons_dir() -> Path:
    return resources_dir() / "icons"


def icon_path(name: str) -> Path:
    return _icons_dir() / f"{name}.svg"


@functools.cache
def icon(name: str) -> QIcon:
    """The QIcon of resources/icons/<name>.svg (an empty icon if the file is missing)."""
    path = icon_path(name)
    return QIcon(str(path)) if path.is_file() else QIcon()


def app_icon() -> QIcon:
    return icon("app")


def tinted(source: QIcon, colour: str = "#ffffff", sizes: tuple[int, ...] = (16, 20, 24, 32)) -> QIcon:
    """`source` painted in one colour (white icons on the blue primary buttons); disabled: 60 % opaque.

    Painted as "the icon's shape filled with a plane of the colour" (SourceIn) with drawPixmap: fillRect
    would do the same, but its overloads make PySide build a dozen more Python types (QGradient's 180
    presets among them), ~5 ms of start-up for the one blue button in front."""
    result = QIcon()
    for size in sizes:
        shape = source.pixmap(size, size)
        if shape.isNull():
            continue
        plane = QPixmap(shape.size())
        plane.fill(QColor(colour))
        coloured = QPixmap(shape)  # a copy, with the shape's alpha channel
        painter = QPainter(coloured)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.drawPixmap(0, 0, plane)
        painter.end()
        result.addPixmap(coloured, QIcon.Mode.Normal)
        faded = QPixmap(shape.size())
        faded.setDevicePixelRatio(shape.devicePixelRatio())
        faded.fill(QColor(0, 0, 0, 0))
        painter = QPainter(faded)
        painter.setOpacity(0.6)
        painter.drawPixmap(0, 0, coloured)
        painter.end()
        result.addPixmap(faded, QIcon.Mode.Disabled)
    return result


def style_sheet() -> str:
    """The light style sheet (resources/style.qss; @ICONS@ stands for the icons folder), '' if missing."""
    try:
        text = (resources_dir() / "style.qss").read_text(encoding="utf-8")
    except OSError:
        return ""
    return text.replace("@ICONS@", (resources_dir() / "icons").as_posix())
