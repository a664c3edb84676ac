"""The report's table view: sortable, whole-row selection, cells painted without text shaping, and a screenful of
cells that is not painted again when rows stream in below it.

Qt lays an item view out again after every insertion (QAbstractItemView.doItemsLayout), and that ends with a
repaint of every visible cell, 5-10 ms of the GUI thread, even when the new rows land far below the window.
A report streaming in appends a batch every 150 ms for a second or more, so ReportView notes, before each
insertion, whether the rows go after the last one on screen (the screen is full and the end of the table is
below it): such a layout only sets the scroll bar's new range. Every other change (a reset, a sort, a filter,
rows inserted or removed elsewhere, a screen not yet full) is laid out and painted as Qt does.

Column widths (fit_columns): each column as wide as its header (with the sort arrow) and the texts of the
first screenful of rows, up to COLUMN_CAP; measured once, when a file's first rows arrive, from at most
FIT_ROWS rows: never resizeColumnsToContents, which would ask every one of 100,000 rows.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal, SignalInstance, Slot
from PySide6.QtGui import QFont, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from .model import ReportTableModel

ROW_HEIGHT = 24
COLUMN_CAP = 360  # no column sized wider than this (px): a long description is cut, its tooltip has it all
FIT_ROWS = 80  # at most this many rows measured: a screenful on any sensible screen


class ReportView(QTableView):
    painted = Signal()  # the cells on screen were painted (the reconciliation waits for it: recon.py)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportTable")
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        # Kerning and ligatures are cosmetic in Latin text and cost a fifth of every repaint of a screenful of
        # cells; scripts that need shaping (Arabic, Devanagari…) are still shaped (QFont.PreferNoShaping).
        cell_font = QFont(self.font())
        cell_font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        self.setFont(cell_font)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().hide()
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setStretchLastSection(True)
        self._below_only = False  # every change since the last layout added rows below the screen
        self._other_change = False  # something else changed too: lay out and paint as Qt does
        self.full_layouts = 0  # layouts that repainted the cells (tests look at these)
        self.scroll_layouts = 0  # layouts that only set the scroll bar

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if old is not None:
            old.rowsAboutToBeInserted.disconnect(self._rows_coming)
            for signal in _other_changes(old):
                signal.disconnect(self._other)
        super().setModel(model)
        if model is not None:
            model.rowsAboutToBeInserted.connect(self._rows_coming)
            for signal in _other_changes(model):
                signal.connect(self._other)

    def fit_columns(self) -> None:
        """Size each column to its header and the first screenful of rows (see the module's docstring)."""
        model, header = self.model(), self.horizontalHeader()
        if not isinstance(model, ReportTableModel):
            return
        rows = min(model.rowCount(), FIT_ROWS, max(self.viewport().height() // ROW_HEIGHT + 1, 30))
        metrics = self.fontMetrics()
        margin = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1) + 2
        for column in range(model.columnCount()):
            texts = model.first_texts(rows, column)
            widest = max((metrics.horizontalAdvance(t) for t in texts if t), default=0)
            header.resizeSection(column, min(max(header.sectionSizeHint(column), widest + margin), COLUMN_CAP))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()

    @Slot(QModelIndex, int, int)
    def _rows_coming(self, parent: QModelIndex, first: int, last: int) -> None:
        model = self.model()
        bottom = self.rowAt(self.viewport().height() - 1)  # -1: the rows end above the bottom of the screen
        if parent.isValid() or model is None or first != model.rowCount() or bottom < 0 or first <= bottom:
            self._other_change = True
        else:
            self._below_only = True

    def _other(self, *args: object) -> None:
        self._other_change = True

    def doItemsLayout(self) -> None:
        below_only = self._below_only and not self._other_change
        self._below_only = self._other_change = False
        if below_only:
            self.scroll_layouts += 1
            self.updateGeometries()  # the scroll bar's range; the cells on screen are the same ones
            return
        self.full_layouts += 1
        super().doItemsLayout()


def _other_changes(model: QAbstractItemModel) -> list[SignalInstance]:
    return [
        model.modelReset, model.layoutChanged, model.rowsRemoved, model.rowsMoved,
        model.columnsInserted, model.columnsRemoved, model.columnsMoved, model.dataChanged,
    ]  # fmt: skip
