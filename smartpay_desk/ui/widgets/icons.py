"""Icons and the style sheet from resources/ (SVG line icons drawn for the desk, one file each).

The icons are drawn in the ink of the look in force (ui/theme.py calls `set_ink`): an icon set on a button in
the light look is drawn light on dark after a switch, with nobody setting it again, because each icon asks for
the ink when it is painted (InkedIconEngine). The style sheet is a template (resources/style.qss) filled in with
the tokens of one look (ui/theme_tokens.py).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap

from smartpay_desk.resources_path import resources_root

from ..theme_tokens import LIGHT

DRAWN_INK = LIGHT["icon"]  # the stroke colour resources/icons/*.svg are drawn with
UNINKED = ("app",)  # icons with colours of their own: drawn as they are
TOKEN = re.compile(r"@([a-z][a-z0-9-]*)@")
# The inks in force (set_ink): line icons, icons on primary buttons, icons on a selected row.
_ink = {"icon": DRAWN_INK, "primary-text": LIGHT["primary-text"], "selection-text": LIGHT["selection-text"]}
_clones: list[QIconEngine] = []  # see InkedIconEngine.clone


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
    """The QIcon of resources/icons/<name>.svg, drawn in the look's ink (an empty icon if the file is missing)."""
    path = icon_path(name)
    if not path.is_file():
        return QIcon()
    drawn = QIcon(str(path))
    return drawn if name in UNINKED else QIcon(InkedIconEngine(drawn))


def ink(name: str = "icon") -> str:
    """The colour the line icons ("icon") or the icons on primary buttons ("primary-text") are drawn in now."""
    return _ink[name]


def set_ink(tokens: Mapping[str, str]) -> None:
    """Draw every icon in the inks of a look (its tokens "icon" and "primary-text") from the next paint on
    (ui/theme.py, when a look is applied)."""
    for name in _ink:
        _ink[name] = tokens.get(name, _ink[name])


def recoloured(shape: QPixmap, colour: str, opacity: float = 1.0) -> QPixmap:
    """`shape` painted in one colour (its alpha channel kept), at `opacity`.

    Painted as "the icon's shape filled with a plane of the colour" (SourceIn) with drawPixmap: fillRect
    would do the same, but its overloads make PySide build a dozen more Python types (QGradient's 180
    presets among them), ~5 ms of start-up for the one blue button in front."""
    plane = QPixmap(shape.size())
    plane.fill(QColor(colour))
    coloured = shape.copy()  # with the shape's alpha channel (QPixmap(shape) would build QImage's type, ~0.6 ms)
    painter = QPainter(coloured)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.drawPixmap(0, 0, plane)
    painter.end()
    if opacity >= 1.0:
        return coloured
    faded = QPixmap(shape.size())
    faded.setDevicePixelRatio(shape.devicePixelRatio())
    faded.fill(QColor(0, 0, 0, 0))
    painter = QPainter(faded)
    painter.setOpacity(opacity)
    painter.drawPixmap(0, 0, coloured)
    painter.end()
    return faded


class InkedIconEngine(QIconEngine):
    """An icon drawn in one of the inks in force when it is painted: "icon" (the line icons) or "primary-text"
    (an icon on a primary button, `tinted`). A line icon in the light look (the ink it is drawn with) paints
    itself, exactly as before there were looks; otherwise its shape is recoloured (kept per size and ink): on a
    selected row in the selection's text colour, disabled at `faded` opacity."""

    def __init__(self, drawn: QIcon, ink: str = "icon", faded: float = 0.45) -> None:
        super().__init__()
        self.drawn = drawn
        self.ink = ink
        self.faded = faded
        self._made: dict[tuple[str, int, int, int, int], QPixmap] = {}

    def _as_drawn(self) -> bool:
        return self.ink == "icon" and _ink["icon"] == DRAWN_INK

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        if self._as_drawn():
            return self.drawn.pixmap(size, mode, state)
        selected = mode == QIcon.Mode.Selected and self.ink == "icon"
        colour = _ink["selection-text" if selected else self.ink]
        key = (colour, size.width(), size.height(), int(mode.value), int(state.value))
        made = self._made.get(key)
        if made is None:
            if len(self._made) > 64:  # sizes × modes × looks: a handful; never grows without end
                self._made.clear()
            shape = self.drawn.pixmap(size, QIcon.Mode.Normal, state)
            disabled = mode == QIcon.Mode.Disabled
            made = self._made[key] = (
                recoloured(shape, colour, self.faded if disabled else 1.0) if not shape.isNull() else shape
            )
        return made

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        if self._as_drawn():
            self.drawn.paint(painter, rect, mode=mode, state=state)  # centred (no Qt namespace: see main_window)
            return
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        made = self.pixmap(QSize(round(rect.width() * scale), round(rect.height() * scale)), mode, state).copy()
        made.setDevicePixelRatio(scale)
        painter.drawPixmap(rect, made)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return self.drawn.actualSize(size, mode, state)  # the SVG's aspect kept, as the drawn icon answers

    # availableSizes and isNull are QIconEngine's own: what the drawn SVG answers too (no pixmaps of fixed
    # sizes; never null, icon() having found the file), without a call into Python each time Qt asks (~240
    # times before the first paint: a tab bar asks again at every size hint).

    def key(self) -> str:
        return "smartpay-inked"

    def clone(self) -> QIconEngine:
        # Qt owns the clone (a QIcon detaching), but PySide would let Python free it once this returns, leaving
        # the QIcon a dangling engine: the clone is kept. Clones are rare (adding a pixmap to a shared icon).
        twin = InkedIconEngine(self.drawn, self.ink, self.faded)
        _clones.append(twin)
        return twin


def app_icon() -> QIcon:
    return icon("app")


def tinted(source: QIcon, colour: str | None = None, sizes: tuple[int, ...] = (16, 20, 24, 32)) -> QIcon:
    """`source` painted in one colour; disabled: 60 % opaque. Without a colour, in the primary buttons' text
    colour of the look in force when painted (white on the light look's blue, black on high contrast's yellow)."""
    if colour is None:
        return QIcon(InkedIconEngine(source, "primary-text", 0.6))
    result = QIcon()
    for size in sizes:
        shape = source.pixmap(size, size)
        if shape.isNull():
            continue
        result.addPixmap(recoloured(shape, colour), QIcon.Mode.Normal)
        result.addPixmap(recoloured(shape, colour, 0.6), QIcon.Mode.Disabled)
    return result


# The marks of check boxes and radio buttons in the dark looks (resources/style-dark.qss), drawn in one colour.
MARKS = {
    "CHECK": '<path d="M3.5 8.5l3 3 6-7" fill="none" stroke="INK" stroke-width="2.2" stroke-linecap="round" '
    'stroke-linejoin="round"/>',
    "DOT": '<circle cx="8" cy="8" r="3.5" fill="INK"/>',
    "DASH": '<path d="M4 8h8" stroke="INK" stroke-width="2.2" stroke-linecap="round"/>',
}


@functools.cache
def _template(name: str) -> str:
    try:
        return (resources_dir() / name).read_text(encoding="utf-8")
    except OSError:
        return ""


@functools.cache
def _inked_folder() -> Path:
    import atexit  # only the dark looks need the folder: nothing of it on the light look's start-up
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="smartpay-desk-ink-"))  # this process's own, 0700
    atexit.register(shutil.rmtree, folder, True)
    return folder


def _made_file(stem: str, colour: str, svg: str) -> Path:
    made = _inked_folder() / f"{stem}-{colour.lstrip('#').lower()}.svg"
    if not made.exists():
        made.write_text(svg, encoding="utf-8")
    return made


def inked_file(name: str, colour: str) -> Path:
    """resources/icons/<name>.svg drawn in `colour`, as a file (a style sheet's `image: url(…)` needs one): the
    file itself in the drawn ink, else a copy in this process's temporary folder (made once per colour)."""
    path = icon_path(name)
    if colour == DRAWN_INK or not path.is_file():
        return path
    return _made_file(name, colour, path.read_text(encoding="utf-8").replace(DRAWN_INK, colour))


def mark_file(name: str, colour: str) -> Path:
    """A check box's mark (a key of MARKS) in `colour`, as a file in this process's temporary folder."""
    body = MARKS[name].replace("INK", colour)
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">{body}</svg>'
    return _made_file(name.lower(), colour, svg)


def style_sheet(tokens: Mapping[str, str] = LIGHT, extras: tuple[str, ...] = ()) -> str:
    """The style sheet (resources/style.qss, then each of `extras`, files of resources/) with the tokens of one
    look: ICONS between at-signs stands for the icons folder, CHEVRON for the drop-down arrow in the look's ink,
    CHECK, DOT and DASH for a check box's marks, a token's name for its value. '' if style.qss is missing; a
    token the table lacks is left as it is (tests/gui/test_theme.py looks for any)."""
    text = _template("style.qss")
    if not text:
        return ""
    text = "\n".join([text, *(_template(extra) for extra in extras)])
    text = text.replace("@ICONS@", (resources_dir() / "icons").as_posix())
    text = text.replace("@CHEVRON@", inked_file("chevron-down", tokens.get("icon", DRAWN_INK)).as_posix())
    for mark in MARKS:
        if f"@{mark}@" in text:
            text = text.replace(f"@{mark}@", mark_file(mark, tokens.get("check-ink", "#ffffff")).as_posix())
    return TOKEN.sub(lambda found: tokens.get(found.group(1), found.group(0)), text)
