"""Where every money-moving tab sends: the sentence about the last try on the left, the button on the right,
and under them the bar shown while the call runs (with Cancel / Esc).

It sits directly under the form it sends (pinned under the scroll area when the form scrolls), so every
tab reads the same way: form → button → what happened next to the button → the result panel beside.

    self.submit = SubmitRow(primary(QPushButton("Refund…")), parent)
    self.message, self.busy = self.submit.message, self.submit.busy
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from .busy import BusyBar
from .panels import MessageLine


class SubmitRow(QWidget):
    def __init__(self, button: QPushButton, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("submitRow")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 0)
        column.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(12)
        self.message = MessageLine(self)
        self.button = button
        button.setParent(self)
        button.setMinimumWidth(max(button.sizeHint().width(), 150))
        row.addWidget(self.message, 1)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        column.addLayout(row)
        self.busy = BusyBar(self)
        column.addWidget(self.busy)
