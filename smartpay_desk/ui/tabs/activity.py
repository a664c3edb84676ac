"""Activity: what this desk did (the operations journal), newest first, with each entry's event history.

Public API: tab.refresh() (returns the worker task), tab.select_order(order_id), tab.export_to(path),
ActivityTab.ask_export_path (classmethod tests monkeypatch), signal `loaded(int)` after each refresh.
The list refreshes itself on ctx.operation_changed and ctx.profile_changed. The table model and its state
pill are in activity_model.py, the details pane (the entry, its history) in activity_details.py.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.journal.states import KINDS, STATES
from ...services.reports.exports import write_table
from ..messages import describe_error
from ..widgets.icons import icon
from ..widgets.panels import MessageLine
from ..widgets.status_badge import state_label
from .activity_details import EntryDetails
from .activity_model import (
    EXPORT_HEADERS,
    KIND_WORDS,
    ActivityModel,
    MiddleElideDelegate,
    StateDelegate,
    export_row,
)

LIMIT = 5_000
ORDER_COLUMN = 3
ORDER_MIN_WIDTH, ORDER_MAX_WIDTH = 140, 280
ANY = "All"
NO_DATE = QDate(2000, 1, 1)


class ActivityTab(QWidget):
    title = "Activity"
    icon_name = "activity"
    loaded = Signal(int)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: Any = None
        self._events_task: Any = None
        self._selected_id: int | None = None
        self._chosen = False  # the selected entry was chosen (click, keys, select_order), not picked as newest
        self._picking = False
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(300)
        self._soon.timeout.connect(self.refresh)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(8)

        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Order id, destination, operator or note")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.search.setToolTip("Show only entries whose order id, destination, operator or note contains this")
        self.search.textChanged.connect(self._refresh_soon)
        self.state_combo = self._combo("Show only entries in this state", [(state_label(s), s) for s in STATES])
        self.kind_combo = self._combo("Show only this kind of operation", [(KIND_WORDS.get(k, k), k) for k in KINDS])
        self.from_edit = self._date_edit("Entries made on or after this day (local time); “any” for no limit")
        self.to_edit = self._date_edit("Entries made on or before this day (local time); “any” for no limit")
        self.all_profiles = QCheckBox("All profiles", self)
        self.all_profiles.setToolTip("Show the entries of every profile on this computer, not only the open one")
        self.all_profiles.toggled.connect(self.refresh)
        self.refresh_button = QPushButton(icon("refresh"), "Refresh", self)
        self.refresh_button.setToolTip("Read the journal again")
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(icon("download"), "Export…", self)
        self.export_button.setToolTip("Save the entries shown as an Excel workbook or a CSV file")
        self.export_button.clicked.connect(self.export)
        # Two rows: in one, the filters made the window at least 1,240 px wide (no room to tile it beside a
        # spreadsheet on a 1,920 px screen).
        bar.addWidget(self.search, 1)
        for widget in (self.all_profiles, self.refresh_button, self.export_button):
            bar.addWidget(widget)
        outer.addLayout(bar)
        filters = QHBoxLayout()
        for caption, widget in (("State", self.state_combo), ("Kind", self.kind_combo), ("From", self.from_edit),
                                ("To", self.to_edit)):  # fmt: skip
            filters.addWidget(QLabel(caption, self))
            filters.addWidget(widget)
        filters.addStretch(1)
        outer.addLayout(filters)
        self.message = MessageLine(self)
        outer.addWidget(self.message)

        self.model = ActivityModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("activityTable")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(1, StateDelegate(self.view))
        self.view.setItemDelegateForColumn(ORDER_COLUMN, MiddleElideDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        # Sizing a column to its contents reads only the rows on screen, never all 5,000.
        self.view.verticalHeader().setResizeContentsPrecision(0)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.view.fontMetrics()
        cell = 2 * metrics.horizontalAdvance("M")  # a cell's padding, both sides
        kind_width = max(metrics.horizontalAdvance(words) for words in KIND_WORDS.values()) + cell
        widths = (metrics.horizontalAdvance("2026-12-31 23:59:59") + cell, StateDelegate.column_width(metrics),
                  kind_width, ORDER_MIN_WIDTH, 90, 170, 80)  # fmt: skip
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        self._sizing = False
        self._order_width_chosen = False  # the operator dragged the Order id column: keep their width
        header.sectionResized.connect(self._section_resized)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.details = EntryDetails(self)
        self.details_title, self.details_badge = self.details.title_label, self.details.badge
        self.grid, self.events_table, self.event_text = (
            self.details.grid,
            self.details.events_table,
            self.details.event_text,
        )
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 440])
        outer.addWidget(splitter, 1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")
        outer.addWidget(self.count_label)
        ctx.operation_changed.connect(self._refresh_soon)
        ctx.profile_changed.connect(self._refresh_soon)
        if getattr(ctx, "journal", None) is not None:
            QTimer.singleShot(0, self, self.refresh)  # with a context: never fires on a deleted tab

    def _combo(self, tip: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(ANY, None)
        for words, value in items:
            combo.addItem(words, value)
        combo.setToolTip(tip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.currentIndexChanged.connect(self.refresh)
        return combo

    def _date_edit(self, tip: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("any")
        edit.setDate(NO_DATE)
        edit.setToolTip(tip)
        edit.dateChanged.connect(self._refresh_soon)
        return edit

    # ---------------------------------------------------------------- dialogs

    @classmethod
    def ask_export_path(cls, parent: QWidget, suggested: Path) -> Path | None:
        name, chosen = QFileDialog.getSaveFileName(
            parent, "Export the activity", str(suggested), "Excel workbook (*.xlsx);;CSV file (*.csv)"
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if "csv" in chosen.lower() else ".xlsx"))
        return path

    # ---------------------------------------------------------------- reading the journal

    def filters(self) -> dict[str, Any]:
        def day(edit: QDateEdit) -> date | None:
            return None if edit.date() == NO_DATE else date(edit.date().year(), edit.date().month(), edit.date().day())

        first, last = day(self.from_edit), day(self.to_edit)
        profile = getattr(self.ctx, "profile", None)
        return {
            "state": self.state_combo.currentData(),
            "kind": self.kind_combo.currentData(),
            "text": self.search.text().strip() or None,
            "since": datetime.combine(first, time.min).astimezone() if first else None,
            "until": datetime.combine(last, time.max).astimezone() if last else None,
            "profile": None if self.all_profiles.isChecked() or profile is None else profile.name,
            "limit": LIMIT,
        }

    @Slot()
    def refresh(self) -> Any:
        self._soon.stop()
        journal = getattr(self.ctx, "journal", None)
        if journal is None:
            self.message.info("Open a profile to see its activity.")
            return None
        if self.task is not None:
            self.task.cancel()
        self.task = self.ctx.runner.start(journal.entries, **self.filters(), on_success=self._show,
                                          on_failure=self._failed)  # fmt: skip
        return self.task

    def _show(self, entries: object) -> None:
        self.task = None
        rows = list(entries) if isinstance(entries, list) else []
        self.model.set_entries(rows)
        more = " (the newest 5,000; narrow the filters to see older ones)" if len(rows) >= LIMIT else ""
        self.count_label.setText(f"{len(rows):,} entries{more}")
        self.message.clear()
        self._fit_order_column()
        kept = self._chosen and self._selected_id is not None and self._select_id(self._selected_id)
        if not kept and rows:  # the newest, until the operator chooses: the details pane is never left blank
            self._picking = True
            try:
                self.view.selectRow(0)
            finally:
                self._picking = False
        elif not rows:
            self._clear_details()
        self.loaded.emit(len(rows))

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.message.error(describe_error(exc))

    def _refresh_soon(self, *_: Any) -> None:
        self._soon.start()

    def _fit_order_column(self) -> None:
        """Order ids as wide as those on screen need (within limits), until the operator sizes it."""
        if self._order_width_chosen or not self.model.entries:
            return
        wanted = self.view.sizeHintForColumn(ORDER_COLUMN)  # the visible rows only (precision 0)
        self._sizing = True
        try:
            self.view.horizontalHeader().resizeSection(ORDER_COLUMN, max(ORDER_MIN_WIDTH, min(wanted, ORDER_MAX_WIDTH)))
        finally:
            self._sizing = False

    @Slot(int, int, int)
    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column == ORDER_COLUMN and not self._sizing:
            self._order_width_chosen = True

    # ---------------------------------------------------------------- selection and details

    def select_order(self, order_id: str) -> bool:
        for row, entry in enumerate(self.model.entries):
            if entry.order_id == order_id:
                self.view.selectRow(row)
                return True
        return False

    def _select_id(self, entry_id: int) -> bool:
        for row, entry in enumerate(self.model.entries):
            if entry.id == entry_id:
                self.view.selectRow(row)
                return True
        return False

    @Slot(QModelIndex, QModelIndex)
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or current.row() >= len(self.model.entries):
            return
        entry = self.model.entries[current.row()]
        self._selected_id = entry.id
        self._chosen = not self._picking
        self.details.show_entry(entry)
        journal = getattr(self.ctx, "journal", None)
        if journal is not None:
            if self._events_task is not None:
                self._events_task.cancel()
            self._events_task = self.ctx.runner.start(journal.events, entry.id, on_success=self._show_events,
                                                      on_failure=self._failed)  # fmt: skip

    def _show_events(self, events: object) -> None:
        self._events_task = None
        self.details.show_events(events)

    def _clear_details(self) -> None:
        self._selected_id = None
        self._chosen = False
        self.details.show_nothing("No entry to show: nothing matches the filters.")

    # ---------------------------------------------------------------- export

    @Slot()
    def export(self) -> Any:
        folder = Path(getattr(self.ctx, "data_dir", None) or Path.home())
        path = self.ask_export_path(self, folder / f"smartpay-activity-{date.today().isoformat()}.xlsx")
        return None if path is None else self.export_to(path)

    def export_to(self, path: str | Path) -> Any:
        """Write the entries shown to `path` (.xlsx or .csv) in a worker."""
        rows = [export_row(entry) for entry in self.model.entries]
        target = Path(path)
        self.message.info(f"Exporting {len(rows):,} entries…")
        return self.ctx.runner.start(write_table, target, list(EXPORT_HEADERS), rows, on_success=self._exported,
                                     on_failure=self._export_failed)  # fmt: skip

    def _exported(self, path: object) -> None:
        self.message.success(f"Exported {self.model.rowCount():,} entries to {path}.")

    def _export_failed(self, exc: BaseException) -> None:
        self.message.error(str(exc) if type(exc).__name__ == "ExportError" else describe_error(exc))
