"""The batch window's table: one line per data row of the file, its check and then what happened to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ..i18n import money, say, tr
from ..theme import colour
from ..widgets.rows import RowsModel
from ..window_words import destination_words

if TYPE_CHECKING:
    from ...services.batch.model import BatchRow

# what a row shows in its status pill: (words, tone: a journal state, painted by status_badge.state_colours)
READY, REFUSED = ("ready", "pending"), ("refused", "failed")
OUTCOME_TONES = {  # services/batch/results.CLASSES → the pill's tone
    "succeeded": "succeeded", "declined": "failed", "processing": "processing", "unknown": "unknown",
    "needs review": "needs_review", "not sent": "pending", "refused at check": "failed",
    "being sent elsewhere": "sent", "waiting for approval": "sent",
}  # fmt: skip
WORDS = {"refused at check": "refused", "being sent elsewhere": "sent elsewhere", "waiting for approval": "to approve"}


class BatchRowsModel(RowsModel):
    columns = ("Row", "Order id", "To", "Amount", "Status", "What it says")
    STATUS = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BatchRow] = []
        self.outcomes: dict[int, tuple[str, str, str]] = {}  # row number → (status, words, sentence)
        self._at: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self.rows)

    def header(self, section: int) -> str:
        return (tr("Row"), tr("Order id"), tr("To"), tr("Amount"), tr("Status"), tr("What it says"))[section]

    def show_rows(self, rows: list[BatchRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.outcomes = {}
        self._at = {r.row: i for i, r in enumerate(self.rows)}
        self.endResetModel()

    def set_outcome(self, row: int, status: str, sentence: str, order_id: str = "") -> None:
        """What happened to spreadsheet row `row` when it was sent (`status`: an outcome class, results.CLASSES)."""
        at = self._at.get(row)
        if at is None:
            return
        self.outcomes[row] = (status, WORDS.get(status, status), sentence or "")
        if order_id and order_id != self.rows[at].order_id:
            from dataclasses import replace

            self.rows[at] = replace(self.rows[at], order_id=order_id)
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(self.columns) - 1))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r, column = self.rows[index.row()], index.column()
        outcome = self.outcomes.get(r.row)
        if role == Qt.ItemDataRole.UserRole and column == self.STATUS:
            if outcome is not None:
                return OUTCOME_TONES.get(outcome[0], "pending")
            return READY[1] if r.ok else REFUSED[1]
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and not r.ok:
            return QColor(colour("error"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return say(self._sentence(r, outcome)) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return str(r.row)
        if column == 1:
            return tr("{order} (new)").format(order=r.order_id) if r.derived else r.order_id
        if column == 2:
            return destination_words(r.destination)
        if column == 3:
            return _amount(r.amount, r.currency)
        if column == self.STATUS:
            return _words(outcome[1] if outcome is not None else (READY[0] if r.ok else REFUSED[0]))
        return say(self._sentence(r, outcome))

    @staticmethod
    def _sentence(r: BatchRow, outcome: tuple[str, str, str] | None) -> str:
        """What the core said of the row (a Said, api/said.py): said in the desk's language as it is shown."""
        return outcome[2] if outcome is not None and outcome[2] else r.sentence


def _amount(amount: int | None, currency: str) -> str:
    return "" if amount is None else money(amount, currency)


def _words(status: str) -> str:
    """A row's status pill in the desk's language (the words of READY, REFUSED, WORDS and results.CLASSES)."""
    words = {
        "ready": tr("ready"), "refused": tr("refused"), "succeeded": tr("succeeded"), "declined": tr("declined"),
        "processing": tr("processing"), "unknown": tr("unknown"), "needs review": tr("needs review"),
        "not sent": tr("not sent"), "sent elsewhere": tr("sent elsewhere"), "to approve": tr("to approve"),
    }  # fmt: skip
    return words.get(status, status)
