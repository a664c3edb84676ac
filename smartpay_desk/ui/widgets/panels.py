"""Small building blocks shared by the tabs of UI-a: a white result panel, a key/value grid, a message line."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .icons import tinted

ERROR = "#b3261e"
GOOD = "#1e6b34"
NEUTRAL = "#3d444d"


class ResultPanel(QFrame):
    """A white framed panel with a vertical layout (`body`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultPanel")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 12, 14, 12)
        self.body.setSpacing(8)


class KeyValueGrid(QWidget):
    """Rows of "Label  value" in up to `columns` column pairs; `set(key, text)` fills a value."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None, *, columns: int = 2) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        self.values: dict[str, QLabel] = {}
        per_column = (len(rows) + columns - 1) // columns
        for index, (key, caption) in enumerate(rows):
            col, row = divmod(index, per_column)
            name = QLabel(caption, self)
            name.setStyleSheet("color: #5f6872;")
            value = QLabel("—", self)
            value.setObjectName(f"value_{key}")
            value.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            grid.addWidget(name, row, col * 2, QtCore.Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, col * 2 + 1, QtCore.Qt.AlignmentFlag.AlignTop)
            self.values[key] = value
        for col in range(columns):
            grid.setColumnStretch(col * 2 + 1, 1)

    def set(self, key: str, text: str | None) -> None:
        self.values[key].setText(text if text else "—")

    def text(self, key: str) -> str:
        return self.values[key].text()

    def clear_values(self) -> None:
        for label in self.values.values():
            label.setText("—")


class MessageLine(QLabel):
    """One sentence under a form: `error()`, `success()`, `info()`, `clear()`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageLine")
        self.setWordWrap(True)
        self.setProperty("textInteractionFlags", "TextSelectableByMouse")  # by name: ui/main_window.py, "Start-up"
        self.tone = ""
        self.hide()

    def _say(self, text: str, colour: str, tone: str, bold: bool = False) -> None:
        weight = "600" if bold else "normal"
        self.setStyleSheet(f"color: {colour}; font-weight: {weight};")
        self.setText(text)
        self.tone = tone
        self.setVisible(bool(text))

    def error(self, text: str) -> None:
        self._say(text, ERROR, "error", bold=True)

    def success(self, text: str) -> None:
        self._say(text, GOOD, "success", bold=True)

    def info(self, text: str) -> None:
        self._say(text, NEUTRAL, "info")

    def clear(self) -> None:
        super().clear()
        self.tone = ""
        self.hide()


def primary(button: QPushButton) -> QPushButton:
    """Mark the button that submits a form (painted blue by style.qss)."""
    button.setProperty("primary", True)
    button.setDefault(True)
    if not button.icon().isNull():
        button.setIcon(tinted(button.icon()))
    return button


def local_time(iso: str | None) -> str:
    """'2023-07-04T13:22:07.087Z' → '04 Jul 2023, 14:22:07 BST' in this computer's time zone."""
    from datetime import datetime  # not needed before the first answer

    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is None:
        return moment.strftime("%d %b %Y, %H:%M:%S")
    local = moment.astimezone()
    return local.strftime("%d %b %Y, %H:%M:%S ") + (local.tzname() or "")
