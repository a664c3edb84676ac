"""Icons and the style sheet from resources/ (SVG line icons drawn for the desk, one file each)."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from smartpay_desk.resources_path import resources_root


def resources_dir() -> Path:
    """$SMARTPAY_DESK_RESOURCES, the PyInstaller bundle's resources/, or the source tree's resources/."""
    return resources_root()


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"


@functools.cache
def icon(name: str) -> QIcon:
    """The QIcon of resources/icons/<name>.svg (an empty icon if the file is missing)."""
    path = icon_path(name)
    return QIcon(str(path)) if path.is_file() else QIcon()


def app_icon() -> QIcon:
    return icon("app")


def tinted(source: QIcon, colour: str = "#ffffff", sizes: tuple[int, ...] = (16, 20, 24, 32)) -> QIcon:
    """`source` painted in one colour (white icons on the blue primary buttons)."""
    result = QIcon()
    for size in sizes:
        pixmap = source.pixmap(size, size)
        if pixmap.isNull():
            continue
        painter = QPainter(pixmap)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), QColor(colour))
        painter.end()
        result.addPixmap(pixmap, QIcon.Mode.Normal)
        faded = QPixmap(pixmap.size())
        faded.fill(Qt.GlobalColor.transparent)
        painter = QPainter(faded)
        painter.setOpacity(0.6)
        painter.drawPixmap(0, 0, pixmap)
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
