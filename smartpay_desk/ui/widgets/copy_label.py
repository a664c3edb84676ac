"""Selectable text with a Copy button beside it (order ids, links, refund ids)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QToolTip, QWidget

from ..i18n import tr
from .icons import icon


class CopyLabel(QWidget):
    def __init__(self, text: str = "", parent: QWidget | None = None, *, what: str = "") -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.label = QLabel(self)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.label.setWordWrap(False)
        self.button = QToolButton(self)
        self.button.setIcon(icon("copy"))
        self.button.setAutoRaise(True)
        copy = tr("Copy the {what}").format(what=what or tr("value"))
        self.button.setToolTip(copy)
        self.button.setAccessibleName(copy)
        self.label.setAccessibleName(what or tr("value"))
        self.button.clicked.connect(self.copy)
        row.addWidget(self.label)
        row.addWidget(self.button)
        row.addStretch(1)
        self._what = what
        self.set_text(text)

    def set_expanding(self, expanding: bool = True) -> None:
        """Let the text take the whole width (long links wrap less); the button then sits at the right."""
        row = self.layout()
        assert isinstance(row, QHBoxLayout)
        row.setStretch(0, 1 if expanding else 0)
        row.setStretch(2, 0 if expanding else 1)

    def set_text(self, text: str | None) -> None:
        self.label.setText(text or "—")
        self.label.setToolTip(text or "")
        self.button.setEnabled(bool(text))

    def text(self) -> str:
        value = self.label.text()
        return "" if value == "—" else value

    @Slot()
    def copy(self) -> None:
        if not self.text():
            return
        QGuiApplication.clipboard().setText(self.text())
        QToolTip.showText(self.button.mapToGlobal(QPoint(0, self.button.height())), tr("Copied"), self.button)
