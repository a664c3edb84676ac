"""The Needs attention tab's table: one row per thing that needs a person (services/recon/triage.OpenItem), oldest
first, with how long it has waited, since when (in the zone chosen, local or UTC, said), the order, the sentence,
and the action that moves it on (the tab puts a button in that column)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...services.profiles.desk_settings import zone_of
from ..i18n import day_time, say, tr
from ..theme import colour
from ..widgets.chores import Chores, Leftovers
from ..widgets.rows import RowsModel

if TYPE_CHECKING:
    from datetime import datetime

    from ...services.recon.triage import Action, OpenItem

COLUMNS = ("Waiting", "Since", "Order", "What needs a person", "Action")
ACTION_COLUMN = 4
SENTENCE_COLUMN = 3
FREE_ITEMS = 500  # items of a list no longer shown dropped per slice (~0.5 ms)
SOURCE_WORDS = {"entry": "a journal entry", "approval": "an approval request", "difference": "a report's difference"}


def column_titles() -> tuple[str, ...]:
    """COLUMNS in the desk's language."""
    return (tr("Waiting"), tr("Since"), tr("Order"), tr("What needs a person"), tr("Action"))


def source_words(source: str) -> str:
    """SOURCE_WORDS in the desk's language."""
    return {"entry": tr("a journal entry"), "approval": tr("an approval request"),
            "difference": tr("a report's difference")}.get(source, source)  # fmt: skip


def since_words(moment: datetime, zone: str = "local") -> str:
    """'2025-03-01 14:05 CET': in the zone chosen (local or UTC), the zone said."""
    shown = moment.astimezone(zone_of(zone))
    return day_time(shown, zone=True)


def action_words(action: Action) -> str:
    """The words of an item's button: 'Check again', 'Settle the review…', 'Explain…', 'Approve…'."""
    from ...services.recon.triage import Action

    return {
        Action.CHECK: tr("Check again"), Action.REVIEW: tr("Settle the review…"), Action.EXPLAIN: tr("Explain…"),
        Action.APPROVE: tr("Approve…"),
    }.get(action, say(action.words).capitalize() + "…")  # fmt: skip


class TriageModel(RowsModel):
    columns = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[OpenItem] = []
        self.zone = "local"  # the time zone times are shown in (ctx.time_zone)
        self.chores = Chores(self)
        self._old = Leftovers(self.chores, chunk=FREE_ITEMS)  # lists no longer shown

    def set_items(self, items: list[OpenItem]) -> None:
        self.beginResetModel()
        old, self.items = self.items, list(items)
        self.endResetModel()
        self._old.drop([old])  # each item holds its difference, sentence and times: 10,000 took 11-15 ms at once

    def __len__(self) -> int:
        return len(self.items)

    def header(self, section: int) -> str:
        return column_titles()[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item, column = self.items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return say(item.age_words)
            if column == SENTENCE_COLUMN:
                return say(item.sentence)  # what the core said (services/recon/triage.py), in the desk's language
            return (None, since_words(item.since, self.zone), item.order_id, None, action_words(item.action))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SENTENCE_COLUMN:
                said = tr("{sentence}\n\nFrom {source}. On the command line: {command}")
                return said.format(sentence=say(item.sentence), source=source_words(item.source), command=item.command)
            if column == 0:
                return tr("Waiting since {since}").format(since=since_words(item.since, self.zone))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and item.age.days >= 1:
            return QColor(colour("error"))  # an age past a day, in the look in force
        return None

    def item(self, row: int) -> OpenItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None
