"""A read-only table of rows under fixed column titles: the part every list tab's model and view share.

    class ApprovalsModel(RowsModel):
        columns = ("Request", "Asked", …)
        def __len__(self) -> int: return len(self.requests)
        def data(self, index, role): …                     # the model's own

    view = rows_table(parent, model, "approvalsTable", pill_column=7, elided_column=3)

Rows are selected whole, one at a time; the state column is drawn as a pill (StateDelegate) and a long order id
is elided in the middle; nothing is editable.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from . import status_badge as badge

# A pill's colours are its journal state's in the look in force (status_badge.state_colours, asked at paint time,
# so a switch to dark or high contrast repaints them): succeeded green, failed and needs_review red, processing and
# unknown amber, sent blue, pending grey.


class RowsModel(QAbstractTableModel):
    columns: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def __len__(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's name
        return 0 if parent.isValid() else len(self)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        shown = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        return self.header(section) if shown and 0 <= section < len(self.columns) else None

    def header(self, section: int) -> str:
        """A column's title as shown (a model translates its own: module constants are read before the
        translator is installed)."""
        return self.columns[section]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def rows_table(
    parent: QWidget, model: RowsModel, name: str, *, pill_column: int | None = None, elided_column: int | None = None
) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    if pill_column is not None:
        view.setItemDelegateForColumn(pill_column, StateDelegate(view))
    if elided_column is not None:
        view.setItemDelegateForColumn(elided_column, MiddleElideDelegate(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


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
        background, foreground, border = badge.state_colours(str(index.data(Qt.ItemDataRole.UserRole)))
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
