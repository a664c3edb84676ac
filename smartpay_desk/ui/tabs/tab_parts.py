"""Small pieces shared by the Refunds, Recurrent and Payouts tabs: the profile's currency and environment
in words, money in words, and the "last operation" result box."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ...api.models import FAIL, PROCESSING, SUCCESS, status_label
from ...api.money import format_amount
from ..widgets.copy_label import CopyLabel
from ..widgets.panels import KeyValueGrid, MessageLine, ResultPanel
from ..widgets.status_badge import StatusBadge


def currency(ctx: Any) -> str:
    return str(getattr(ctx.profile, "currency", "") or "EUR")


def environment(ctx: Any) -> str:
    env = getattr(ctx.profile, "environment", None)
    return str(getattr(env, "label", env) or "unknown")


def money(ctx: Any, minor: int) -> str:
    try:
        return format_amount(minor, currency(ctx))
    except ValueError:
        return f"{minor} minor units"


class ResultBox(ResultPanel):
    """Title and status badge; an id with Copy; a grid of facts; a coloured headline; the journal's words.

    Hidden until `show()`n: a result stays on screen until the next one replaces it.
    """

    def __init__(self, parent: QWidget, title: str, id_caption: str, rows: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        header = QHBoxLayout()
        caption = QLabel(title, self)
        caption.setObjectName("resultTitle")
        self.badge = StatusBadge(self)
        header.addWidget(caption, 1)
        header.addWidget(self.badge)
        self.body.addLayout(header)
        id_row = QHBoxLayout()
        id_name = QLabel(id_caption, self)
        id_name.setStyleSheet("color: #5f6872;")
        self.copy = CopyLabel("", self, what=id_caption.lower())
        id_row.addWidget(id_name)
        id_row.addWidget(self.copy, 1)
        self.body.addLayout(id_row)
        self.grid = KeyValueGrid(rows, self, columns=1)
        self.body.addWidget(self.grid)
        self.headline = MessageLine(self)
        self.body.addWidget(self.headline)
        self.note = QLabel("", self)
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.body.addWidget(self.note)
        self.hide()

    def start(self, id_text: str | None, note: str) -> None:
        """A new result: its id, the journal's sentence; the grid and headline cleared."""
        self.show()
        self.copy.set_text(id_text or "")
        self.grid.clear_values()
        self.headline.clear()
        self.note.setText(note)


def status_phrase(status: int | None) -> str:
    """What a payment did, to end a sentence: 'succeeded', 'failed', 'is still processing'…"""
    words = {SUCCESS: "succeeded", FAIL: "failed", PROCESSING: "is still processing"}
    return words.get(status, f"has status {status_label(status)}")  # type: ignore[arg-type]
