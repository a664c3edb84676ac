"""The Activity tab's table: journal entries as rows, the state painted as a pill, and export rows.

Qt model and delegate only; reading the journal happens in the tab (in a worker).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...api.money import format_amount, to_decimal
from ...services.journal.states import STATE_WORDS
from ..widgets import status_badge as badge

KIND_WORDS = {
    "payment_link": "Payment link", "payment_h2h": "Card payment", "authorize": "Authorization",
    "capture": "Capture", "cancel": "Cancel authorization", "refund": "Refund", "recurrent": "Recurrent charge",
    "withdrawal": "Payout",
}  # fmt: skip
TONES = {"succeeded": badge.GREEN, "failed": badge.RED, "needs_review": badge.RED, "processing": badge.AMBER,
         "unknown": badge.AMBER, "sent": badge.BLUE, "pending": badge.GREY}  # fmt: skip
COLUMNS = ("Time", "State", "Kind", "Order id", "Amount", "Destination", "Operator", "Note")
EXPORT_HEADERS = ("Time (local)", "State", "Kind", "Order id", "Parent order id", "Amount", "Currency", "Account",
                  "Destination", "Operator", "Profile", "Environment", "Note")  # fmt: skip


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
    if kind == "payment_link" and state == "processing":
        return badge.WAITING_FOR_CUSTOMER
    return STATE_WORDS.get(state, state.replace("_", " ")).capitalize()


def amount_text(entry: Any) -> str:
    if entry.amount is None:
        return ""
    if not entry.currency:
        return str(entry.amount)
    try:
        return format_amount(entry.amount, entry.currency)
    except ValueError:
        return f"{entry.amount} {entry.currency}"


def export_row(entry: Any) -> list[Any]:
    moment = local_time(entry.created_at)
    amount: Decimal | int | None = entry.amount
    if entry.amount is not None and entry.currency:
        try:
            amount = to_decimal(entry.amount, entry.currency)
        except ValueError:
            amount = entry.amount
    return [moment.replace(tzinfo=None) if moment else entry.created_at, state_words(entry.state, entry.kind),
            KIND_WORDS.get(entry.kind, entry.kind), entry.order_id, entry.parent_order_id, amount, entry.currency,
            entry.account, entry.destination, entry.operator, entry.profile, entry.environment, entry.note]  # fmt: skip


class ActivityModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[Any] = []

    def set_entries(self, entries: list[Any]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry, column = self.entries[index.row()], index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return state_words(entry.state, entry.kind)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            moment = local_time(entry.created_at)
            values = (moment.strftime("%Y-%m-%d %H:%M:%S") if moment else entry.created_at,
                      badge.state_label(entry.state, entry.kind),
                      KIND_WORDS.get(entry.kind, entry.kind), entry.order_id, amount_text(entry),
                      entry.destination or "", entry.operator, entry.note)  # fmt: skip
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return entry.state if column == 1 else entry.id
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class MiddleElideDelegate(QStyledItemDelegate):
    """Long ids keep both ends: "payout-2026…0c1cf6" rather than "payout-20261124-0…"."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class StateDelegate(QStyledItemDelegate):
    """Paints the state column as a coloured pill, like the status badges elsewhere."""

    PADDING = 20  # inside the pill, both sides
    MARGIN = 3  # around the pill

    @classmethod
    def column_width(cls, metrics: QFontMetrics) -> int:
        """Wide enough for the longest state words, whatever the rows (no need to read them)."""
        longest = max(metrics.horizontalAdvance(words) for words in badge.all_state_labels())
        return longest + cls.PADDING + 4 * cls.MARGIN

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        background, foreground, border = TONES.get(str(index.data(Qt.ItemDataRole.UserRole)), badge.GREY)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        margin = self.MARGIN
        width = min(opt.fontMetrics.horizontalAdvance(text) + self.PADDING, opt.rect.width() - 2 * margin)
        pill = QRectF(opt.rect.left() + margin, opt.rect.top() + margin, width, opt.rect.height() - 2 * margin)
        painter.setPen(QColor(border))
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setPen(QColor(foreground))
        painter.drawText(
            pill,
            Qt.AlignmentFlag.AlignCenter,
            opt.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width) - 12),
        )
        painter.restore()
