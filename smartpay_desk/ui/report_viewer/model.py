"""The Qt face of a ReportTable: a flat table model that sorts and filters itself (no proxy).

Each cell's text is the one `smartpay sheet` prints (services.reports.xlsx.table.value_text, or the reader's
text for a formatted or error cell), so the viewer and the CLI cannot drift apart; the raw value stays the
cell's RAW_ROLE and what it sorts and totals by. An error cell is red, its tooltip "Error in the file: #N/A".
In the desk, times are in the zone chosen and their headers say it (set_zone, texts.py); a viewer outside the
desk (zone None) shows them as `smartpay sheet` prints them.

A QSortFilterProxyModel would call back into Python for every comparison (millions of calls for 100,000
rows); here a sort is one `list.sort` with a key list, and a filter one pass over plain lists.

New batches are stored at once but shown to the view at most every INSERT_INTERVAL_MS (the first batch at
once): each beginInsertRows/endInsertRows makes the view lay out and repaint, and fifty of those in a second
would keep the GUI thread busy. When a sort is active the new rows are then moved into place with
layoutChanged (persistent indexes, hence the selection, follow their rows).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor

from ...services.reports.xlsx.kinds import STATUS
from ..i18n import say
from ..theme import look
from ..widgets.chores import Chores, Leftovers
from .parts import inks
from .table import Cell, ReportTable, RowFilter, Summary
from .texts import cell_text, header_text
from .words import error_tip, header_tip, marked_tip

Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()
RAW_ROLE = Qt.ItemDataRole.UserRole  # the stored value (minor units, unix ms, text)
_DISPLAY, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)
_ALIGN, _FOREGROUND = int(Qt.ItemDataRole.TextAlignmentRole), int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _ALIGN, _FOREGROUND, _BACKGROUND, int(RAW_ROLE)})
_TEXT_CACHE = 20_000  # display texts kept (source row, column) → str; a screenful is a few hundred
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def _position(view: Sequence[int], source: int) -> int:
    try:
        return view.index(source)
    except ValueError:  # filtered out
        return -1


SUMMARY_CHUNK = 500
SUMMARY_BUDGET_S = 0.0015
INSERT_INTERVAL_MS = 150
PERSISTENT_LOOKUPS = 16  # up to this many persistent indexes are found one by one after a sort
INDEX_CHUNK = 500  # rows of search text per turn (about 1 ms)


class ReportTableModel(QAbstractTableModel):
    # the summary of the visible rows changed (new batch, or a recount after a filter has finished)
    summary_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = ReportTable()
        self._texts: dict[tuple[int, int], str] = {}
        self.running = Summary()  # of the visible rows, kept up to date batch by batch
        self.marks: dict[int, tuple[QColor, str]] = {}  # source row → (its background, its sentence): set_marks
        self.zone: str | None = None  # "local" | "UTC" (the desk's choice), None: as `smartpay sheet` (texts.py)
        self.zone_words = ""  # what time headers say of the zone ("UTC", "local, UTC+01:00"): set_zone_words
        self.counting = False  # a recount after a filter change is still under way
        self._recount: list[int] = []
        self._unshown: list[int] = []  # source rows that pass the filter, stored but not yet in the view
        self._insert_timer = QTimer(self)
        self._insert_timer.setSingleShot(True)
        self._insert_timer.setInterval(INSERT_INTERVAL_MS)
        self._insert_timer.timeout.connect(self.show_new_rows)
        self.chores = Chores(self)  # the slices below share one budget per turn, the most urgent first
        self.chores.add("recount", self._recount_step)
        self._garbage = Leftovers(self.chores)  # a closed file's columns, freed a slice per turn ("free")
        self.chores.add("seal", self._seal_step)
        self.chores.add("index", self._index_step)

    # ---------------------------------------------------------------- loading

    def set_layout(self, headers: Sequence[str], kinds: Sequence[str], gateway: bool) -> None:
        self.beginResetModel()
        self._texts.clear()
        self._unshown = []
        self._insert_timer.stop()
        self.chores.stop("index")
        self.chores.stop("seal")
        self._garbage.drop(self.table.set_layout(headers, kinds, gateway))
        self.marks = {}
        self.endResetModel()
        self._start_recount()

    def clear(self) -> None:
        self.set_layout([], [], False)

    def append_columns(
        self,
        cols: Sequence[Sequence[Cell]],
        shown: Sequence[Sequence[str | None] | None] | None = None,
        errors: Sequence[Sequence[int] | None] | None = None,
        *,
        defer: bool = False,
    ) -> list[int]:
        """Store a batch (and the reader's "shown" texts and "errors" of it, if any: see ReportTable.append);
        returns the source rows of it that pass the filter. They reach the view at once, or with defer=True
        (a file streaming in) at the next show_new_rows, at most INSERT_INTERVAL_MS from now (at once while
        the view is still empty: the first rows never wait)."""
        passing = self.table.append(cols, shown, errors)
        if passing:
            self._unshown.extend(passing)
            if not defer or not self.table.view:
                self.show_new_rows()
            elif not self._insert_timer.isActive():
                self._insert_timer.start()
        return passing

    @Slot()
    def show_new_rows(self) -> None:
        """Hand the stored rows to the view (one beginInsertRows for all of them)."""
        self._insert_timer.stop()
        rows, self._unshown = self._unshown, []
        if not rows:
            return
        first = len(self.table.view)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.table.add_to_view(rows)
        self.endInsertRows()
        if self.table.sort_column is not None:
            self._relayout(self.table.resort)
        self._recount.extend(rows)
        if not self.counting:
            self.counting = True
            self.chores.start("recount")

    def set_marks(self, header: str, values: Sequence[str | None], marks: dict[int, tuple[QColor, str]]) -> None:
        """Mark rows (the report viewer's reconciliation): a column `header` after the file's with `values` (one
        per source row), and each marked source row's background and sentence (its cells' tooltip). Again: the
        column's values and the marks replaced, the rows and the selection left as they are."""
        table = self.table
        self.marks = marks  # the file's cells keep their texts (cached); the marks' column is never cached
        if table.marked_at < 0:
            self.beginInsertColumns(QModelIndex(), len(table.headers), len(table.headers))
            self._garbage.drop(table.set_marks(header, values))
            self.endInsertColumns()
        else:
            self._garbage.drop(table.set_marks(header, values))
            if table.sort_column == table.marked_at:
                self._relayout(table.resort)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def set_zone(self, zone: str | None) -> None:
        """Times shown in `zone` ("local" | "UTC"; None: as `smartpay sheet`), the days counted in it again."""
        if zone == self.zone:
            return
        self.zone = zone
        self.table.set_utc(zone == "UTC")
        self._texts.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self._start_recount()

    def set_zone_words(self, words: str) -> None:
        """What the time columns' headers say of their zone (the viewer works it out from the days shown)."""
        words = say(words)  # "local, …" in the desk's language (desk_settings.zone_words says it)
        if words != self.zone_words:
            self.zone_words = words
            if self.columnCount():
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    # ---------------------------------------------------------------- sort & filter

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.table.headers):
            column = -1
        descending = order == Qt.SortOrder.DescendingOrder
        wanted = None if column < 0 else column
        if (wanted, descending) == (self.table.sort_column, self.table.descending):
            return  # already so (QTableView.sortByColumn asks twice); new rows are sorted in as they come
        self._relayout(lambda: self.table.sort(wanted, descending))

    def set_filter(self, row_filter: RowFilter) -> None:
        self.beginResetModel()
        self._unshown = []  # the new view is made from every stored row
        self._insert_timer.stop()
        self.table.set_filter(row_filter)
        self.endResetModel()
        self._start_recount()

    def _start_recount(self) -> None:
        """Count the visible rows again, a few milliseconds per turn of the event loop. Rows appended
        later join the same queue, so the totals never stall the window and no row is counted twice."""
        self.running = Summary()
        self._recount = list(self.table.view)
        self.counting = bool(self._recount)
        if self.counting:
            self.chores.start("recount")
        else:
            self.chores.stop("recount")
            self.summary_changed.emit()

    def _recount_step(self) -> bool:
        deadline = time.perf_counter() + SUMMARY_BUDGET_S
        done = 0
        while done < len(self._recount) and time.perf_counter() < deadline:
            self.table.summary(self._recount[done : done + SUMMARY_CHUNK], into=self.running)
            done += SUMMARY_CHUNK
        del self._recount[:done]
        if self._recount:
            return False
        self.counting = False
        self.summary_changed.emit()
        return True

    def build_search_text(self) -> None:
        """Prepare the text filter's search text a slice per turn of the event loop (call when idle): the
        first search then takes milliseconds instead of ~0.15 s for 100,000 rows."""
        self.chores.start("index")

    def _index_step(self) -> bool:
        return self.table.build_search_text(INDEX_CHUNK)

    def search_text_ready(self) -> bool:
        return not self.chores.active("index")

    def seal(self) -> None:
        """The file is read: turn its columns into tuples the garbage collector no longer walks (one column per
        turn of the event loop, ~1.5 ms each; see table.py)."""
        self.chores.start("seal")

    def _seal_step(self) -> bool | None:  # one column sealed (a tuple made and collected: 1-3 ms), in a turn alone
        return (self.table.seal_next() or None) if self.chores.fresh() else None

    def sealed(self) -> bool:
        return not self.chores.active("seal")

    def settle(self) -> None:
        """Show every stored row and finish a recount at once (tests, screenshots)."""
        self.show_new_rows()
        if self.counting:
            self.table.summary(self._recount, into=self.running)
            self._recount = []
            self.chores.stop("recount")
            self.counting = False
            self.summary_changed.emit()

    def _relayout(self, change: Callable[[], None]) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        sources = [self.table.view[i.row()] for i in old]
        change()
        if old:
            view, rows_of = self.table.view, set(sources)  # a selected row holds one index per column
            if len(rows_of) <= PERSISTENT_LOOKUPS:  # the current row, a few selected rows: find each one once
                position = {source: _position(view, source) for source in rows_of}
            else:
                position = {source: row for row, source in enumerate(view)}
            rows = [position.get(s, -1) for s in sources]
            new = [self.index(r, i.column()) if r >= 0 else QModelIndex() for r, i in zip(rows, old, strict=True)]
            self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def summary(self) -> Summary:
        """The summary of the visible rows (settled first if a recount is under way)."""
        self.settle()
        return self.running

    def source_row(self, row: int) -> int:
        return self.table.view[row]

    # ---------------------------------------------------------------- QAbstractTableModel
    # A repaint asks for every cell on screen: its index, then seven roles of data. index() is overridden
    # because Qt's own asks rowCount() and columnCount() for each (two calls into Python instead of one);
    # flags() is not, Qt's answer (enabled, selectable, no children) being the one wanted. ~15 % of a repaint.

    def index(self, row: int, column: int, parent: Index = _NO_PARENT) -> QModelIndex:
        table = self.table
        if parent.isValid() or not (0 <= row < len(table.view) and 0 <= column < len(table.headers)):
            return QModelIndex()
        return self.createIndex(row, column)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's name
        return 0 if parent.isValid() else len(self.table.view)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | int | None:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.table.headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return header_text(self.table, section, self.zone_words)
            if role == Qt.ItemDataRole.ToolTipRole:
                if section == self.table.marked_at:
                    return marked_tip()
                return header_tip(self.table.headers[section], self.table.kinds[section], self.zone, self.zone_words)
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        role = int(role)
        if role not in _ROLES or not index.isValid() or (role == _BACKGROUND and not self.marks):
            return None  # a row's background only when a reconciliation marked rows: no cost otherwise
        row, column = index.row(), index.column()
        table = self.table
        if not (0 <= row < len(table.view) and 0 <= column < len(table.headers)):
            return None
        source = table.view[row]
        if role in (_DISPLAY, _TOOLTIP):
            text = self._cached_text(source, column)
            if role == _TOOLTIP and table.errors and table.is_error(column, source):
                return error_tip(text)
            if role == _TOOLTIP and self.marks and source in self.marks:
                said = say(self.marks[source][1])  # what the reconciliation said (recon_panel.mark_sentence)
                return said if column == table.marked_at or not text else f"{text}\n\n{said}"
            return text
        if role == _BACKGROUND:
            mark = self.marks.get(source)
            return mark[0] if mark is not None else None
        if role == _ALIGN:
            return _RIGHT if table.is_numeric(column) else _LEFT
        value = table.columns[column][source]
        if role == _FOREGROUND:  # a marked row keeps light ink: its pastel mark is the same in every look
            marked = source in self.marks
            colours = inks("light" if marked else look())
            if table.errors and table.is_error(column, source):
                return colours[""]
            if table.kinds[column] == STATUS and value in colours:
                return colours[value]
            return colours["text"] if marked else None
        return value  # RAW_ROLE

    def first_texts(self, rows: int, column: int) -> set[str]:
        """The texts of `column` in the first `rows` rows shown, as data() gives them (the view sizes its columns
        by them): from the same cache, without an index and a call from Qt for each cell."""
        return {self._cached_text(source, column) for source in self.table.view[:rows]}

    def _cached_text(self, source: int, column: int) -> str:
        if column == self.table.marked_at:  # replaced at each reconciliation: read as it is
            return self._text(source, column)
        key = (source, column)
        text = self._texts.get(key)
        if text is None:
            if len(self._texts) > _TEXT_CACHE:
                self._texts.clear()
            text = self._texts[key] = self._text(source, column)
        return text

    def _text(self, source: int, column: int) -> str:
        """The cell's text (texts.cell_text: what `smartpay sheet` prints, times in the zone chosen)."""
        return cell_text(self.table, source, column, self.zone)
