"""The Activity tab's table: journal entries as rows, the state painted as a pill, and export rows; what the
tab asks the journal for, and keeps per profile.

Qt model, delegates and the table view's set-up only; reading the journal happens in the tab (in a worker).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple, TypedDict

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QTableView,
    QWidget,
)

from ...api.money import to_decimal
from ...services.journal.states import STATE_WORDS, Kind, State
from ...services.profiles.desk_settings import clock
from ..i18n import day_format, money, say, tr
from ..widgets import status_badge as badge
from ..widgets.rows import RowsModel, StateDelegate, rows_table
from ..window_words import destination_words
from .view_state import Fields

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from ...services.journal.model import JournalEntry

KIND_WORDS = {
    "payment_link": "Payment link", "payment_h2h": "Card payment", "authorize": "Authorization",
    "capture": "Capture", "cancel": "Cancel authorization", "refund": "Refund", "recurrent": "Recurrent charge",
    "withdrawal": "Payout",
}  # fmt: skip
COLUMNS = ("Time", "State", "Kind", "Order id", "Amount", "Destination", "Operator", "Note")
ORDER_COLUMN = 3
ORDER_MIN_WIDTH, ORDER_MAX_WIDTH = 140, 280
EXPORT_HEADERS = ("Time (local)", "State", "Kind", "Order id", "Parent order id", "Amount", "Currency", "Account",
                  "Destination", "Operator", "Profile", "Environment", "Note")  # fmt: skip


def kind_words(kind: str) -> str:
    """KIND_WORDS (the English source) in the desk's language."""
    return {
        "payment_link": tr("Payment link"), "payment_h2h": tr("Card payment"), "authorize": tr("Authorization"),
        "capture": tr("Capture"), "cancel": tr("Cancel authorization"), "refund": tr("Refund"),
        "recurrent": tr("Recurrent charge"), "withdrawal": tr("Payout"),
    }.get(kind, kind)  # fmt: skip


def column_titles() -> tuple[str, ...]:
    """COLUMNS in the desk's language."""
    return (tr("Time"), tr("State"), tr("Kind"), tr("Order id"), tr("Amount"), tr("Destination"), tr("Operator"),
            tr("Note"))  # fmt: skip


def export_headers() -> tuple[str, ...]:
    """EXPORT_HEADERS in the desk's language."""
    return (tr("Time (local)"), tr("State"), tr("Kind"), tr("Order id"), tr("Parent order id"), tr("Amount"),
            tr("Currency"), tr("Account"), tr("Destination"), tr("Operator"), tr("Profile"), tr("Environment"),
            tr("Note"))  # fmt: skip


class EntryFilters(TypedDict):
    """What the tab asks the journal for (Journal.entries' keyword arguments)."""

    state: str | None
    kind: str | None
    text: str | None
    since: datetime | None
    until: datetime | None
    profile: str | None
    limit: int


class ActivityView(NamedTuple):
    """What the tab keeps for one profile (ui/context.py, `session.views["activity"]`): filters, chosen entry."""

    filters: Fields
    selected: int | None
    chosen: bool


def local_time(iso: str | None) -> datetime | None:
    if not iso:
        return None
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone() if moment.tzinfo else moment


def state_words(state: str, kind: str | None = None) -> str:
    """The journal's sentence for a state ("Sent, waiting for the answer"); a payment link that is
    processing is waiting for its customer, and says so (the state itself stays "processing")."""
    if kind == Kind.PAYMENT_LINK and state == State.PROCESSING:
        return say(badge.WAITING_FOR_CUSTOMER)  # the badge's own words, as its catalogue has them
    if state not in STATE_WORDS:
        return state.replace("_", " ").capitalize()
    words = say(STATE_WORDS[state])  # the journal's words in the desk's language; a capital first, nothing lowered
    return words[:1].upper() + words[1:]


def amount_text(entry: JournalEntry) -> str:
    if entry.amount is None:
        return ""
    if not entry.currency:
        return str(entry.amount)
    try:
        return money(entry.amount, entry.currency)
    except ValueError:
        return f"{entry.amount} {entry.currency}"


def export_row(entry: JournalEntry) -> list[object]:
    moment = local_time(entry.created_at)
    amount: Decimal | int | None = entry.amount
    if entry.amount is not None and entry.currency:
        try:
            amount = to_decimal(entry.amount, entry.currency)
        except ValueError:
            amount = entry.amount
    return [moment.replace(tzinfo=None) if moment else entry.created_at, state_words(entry.state, entry.kind),
            kind_words(entry.kind), entry.order_id, entry.parent_order_id, amount, entry.currency,
            entry.account, entry.destination, entry.operator, entry.profile, entry.environment, entry.note]  # fmt: skip


def sort_key(column: int, entry: JournalEntry) -> tuple[object, ...]:
    """What a column sorts by: the time itself, the amount as a number (per currency), the rest as shown."""
    if column == 0:
        return (entry.created_at,)
    if column == 4:
        return (entry.currency or "", entry.amount if entry.amount is not None else -1)
    words = (badge.state_label(entry.state, entry.kind), kind_words(entry.kind), entry.order_id,
             "", destination_words(entry.destination or ""), entry.operator, entry.note)  # fmt: skip
    return (str(words[column - 1]).casefold(),) if 1 <= column <= len(words) else ()


class ActivityModel(RowsModel):
    columns = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[JournalEntry] = []
        self.zone = "local"  # the time zone times are shown in (services/profiles/desk_settings.py)
        self.sorted_by: tuple[int, Qt.SortOrder] | None = None  # None: as the journal reads them, newest first

    def __len__(self) -> int:
        return len(self.entries)

    def header(self, section: int) -> str:
        return column_titles()[section]

    def set_entries(self, entries: list[JournalEntry]) -> None:
        self.beginResetModel()
        self.entries = self._sorted(list(entries)) if self.sorted_by is not None else list(entries)
        self.endResetModel()

    def set_zone(self, zone: str) -> None:
        self.zone = zone
        if self.entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.entries) - 1, 0))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by `column` (-1: as the journal reads them); the selection follows its row."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self.entries[i.row()].id if 0 <= i.row() < len(self.entries) else None for i in old]
        self.sorted_by = (column, order) if 0 <= column < len(COLUMNS) else None
        self.entries = self._sorted(self.entries)
        rows = {entry.id: row for row, entry in enumerate(self.entries)}
        new = [self.index(rows[i], p.column()) if i in rows else QModelIndex() for i, p in zip(ids, old, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _sorted(self, entries: list[JournalEntry]) -> list[JournalEntry]:
        if self.sorted_by is None:
            return sorted(entries, key=lambda e: (e.created_at, e.id), reverse=True)
        column, order = self.sorted_by
        return sorted(entries, key=lambda e: sort_key(column, e), reverse=order == Qt.SortOrder.DescendingOrder)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry, column = self.entries[index.row()], index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return state_words(entry.state, entry.kind)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (clock(entry.created_at, self.zone, day_format()),
                      badge.state_label(entry.state, entry.kind),
                      kind_words(entry.kind), entry.order_id, amount_text(entry),
                      destination_words(entry.destination or ""), entry.operator, say(entry.note))  # fmt: skip
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return entry.state if column == 1 else entry.id
        return None


def activity_table(parent: QWidget, model: ActivityModel) -> QTableView:
    """The entries' table: whole rows selected one at a time, the state as a pill, long order ids elided in the
    middle, each column as wide as its usual content (read from the font, never from the 5,000 rows)."""
    view = rows_table(parent, model, "activityTable", pill_column=1, elided_column=ORDER_COLUMN)
    # Sizing a column to its contents reads only the rows on screen, never all 5,000.
    view.verticalHeader().setResizeContentsPrecision(0)
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    cell = 2 * metrics.horizontalAdvance("M")  # a cell's padding, both sides
    kind_width = max(metrics.horizontalAdvance(words) for words in map(kind_words, KIND_WORDS)) + cell
    widths = (metrics.horizontalAdvance("2026-12-31 23:59:59 CEST") + cell, StateDelegate.column_width(metrics),
              kind_width, ORDER_MIN_WIDTH, 90, 170, 80)  # fmt: skip
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    return view
