"""Small building blocks shared by the tabs of UI-a: a white result panel, a key/value grid, a message line."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..i18n import say, tr
from ..theme import set_tone
from .icons import tinted
from .keys import alert, describe

# a message's tone → the style sheet's text tone (theme.set_tone): the colour of the look in force
_TONES = {"error": "error", "success": "good", "info": "neutral"}


class ResultPanel(QFrame):
    """A white framed panel with a vertical layout (`body`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultPanel")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 12, 14, 12)
        self.body.setSpacing(8)

    def set_description(self, text: str) -> None:
        """What the panel shows, said by a screen reader (its accessible description), announced when it changes."""
        describe(self, text)


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
            set_tone(name, "muted")
            value = QLabel("—", self)
            value.setObjectName(f"value_{key}")
            value.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            value.setAccessibleName(caption)
            grid.addWidget(name, row, col * 2, QtCore.Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, col * 2 + 1, QtCore.Qt.AlignmentFlag.AlignTop)
            self.values[key] = value
        for col in range(columns):
            grid.setColumnStretch(col * 2 + 1, 1)

    def set(self, key: str, text: str | None) -> None:
        self.values[key].setText(text if text else "—")

    def words(self) -> str:
        """Every "caption: value" pair that has a value, for a panel's accessible description."""
        said = [f"{label.accessibleName()}: {label.text()}" for label in self.values.values() if label.text() != "—"]
        return ". ".join(said)

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
        self.setAccessibleName(tr("Message"))  # what it says is its accessible description, announced (_say)
        self.tone = ""
        self.hide()

    def _say(self, text: str, tone: str, bold: bool = False) -> None:
        text = say(text)  # what the core said, in the desk's language (api/said.py)
        self.setStyleSheet(f"font-weight: {'600' if bold else 'normal'};")
        set_tone(self, _TONES.get(tone))
        self.setText(text)
        self.tone = tone
        self.setVisible(bool(text))
        describe(self, text)
        if text and tone == "error":
            alert(self)  # a screen reader says the error as soon as it shows

    def error(self, text: str) -> None:
        self._say(text, "error", bold=True)

    def success(self, text: str) -> None:
        self._say(text, "success", bold=True)

    def info(self, text: str) -> None:
        self._say(text, "info")

    def clear(self) -> None:
        super().clear()
        self.tone = ""
        self.hide()
        self.setAccessibleDescription("")


def primary(button: QPushButton) -> QPushButton:
    """Mark the button that submits a form (painted blue by style.qss)."""
    button.setProperty("primary", True)
    button.setDefault(True)
    if not button.icon().isNull():
        button.setIcon(tinted(button.icon()))
    return button
