"""Activity's saved views and time zone (issue 16): named views of the table (its filters, its sort, the columns
shown) kept per person in the data folder's settings (services/profiles/desk_settings.py) and the one in use
restored on start; "Export this view…" writes exactly the rows and columns shown, in their order; the time zone
times are shown and exported in (local by default, or UTC), each time saying its zone.

    bar = ViewsBar(tab)               # under Activity's filters; reads the settings in a worker when built
    bar.current("name")               # the table as it is now, as a SavedView
    bar.apply(view)                   # filters, sort and columns put back (the journal read again)
    bar.export_table()                # (headers, rows) exactly as shown
    ViewsBar.ask_name                 # the name dialog (a classmethod tests monkeypatch)

Right-click the table's header to hide or show a column. Every read and write of the settings runs in a worker.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QPoint, QSignalBlocker, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QLabel, QMenu, QPushButton, QWidget

from ...services.profiles.desk_settings import DeskSettings, SavedView, UserSettings, check_name
from ...services.reports.exports import write_table
from ..messages import describe_error
from ..widgets.date_edit import NO_DATE, chosen_day
from ..widgets.icons import icon
from ..worker import Call
from .activity_model import COLUMNS

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDateEdit

    from ..worker import Task
    from .activity import ActivityTab

TABLE = "activity"
AS_IT_COMES = "As it comes"
ZONES = (("Local time", "local"), ("UTC", "UTC"))
ORDERS = {"ascending": Qt.SortOrder.AscendingOrder, "descending": Qt.SortOrder.DescendingOrder}


def _day(edit: QDateEdit) -> str | None:
    day = chosen_day(edit)
    return day.isoformat() if day else None


def _put_day(edit: QDateEdit, value: Any) -> None:
    try:
        day = date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        day = None
    edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)


class ViewsBar(QWidget):
    def __init__(self, tab: ActivityTab) -> None:
        super().__init__(tab)
        self.tab = tab
        data_dir = tab.ctx.data_dir
        self.settings = DeskSettings(data_dir) if data_dir is not None else None
        self.mine = UserSettings()
        self.task: Task | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        caption = QLabel("View", self)
        self.combo = QComboBox(self)
        self.combo.setToolTip(
            "Your saved views of this table: filters, sort and columns (kept for you on this computer)"
        )
        self.combo.setMinimumContentsLength(14)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        caption.setBuddy(self.combo)
        self.save_button = QPushButton("Save view…", self)
        self.save_button.setToolTip("Keep the filters, sort and columns shown under a name")
        self.delete_button = QPushButton(icon("delete"), "Delete view", self)
        self.delete_button.setToolTip("Forget the view chosen (the journal is not touched)")
        zone_caption = QLabel("Times in", self)
        self.zone_combo = QComboBox(self)
        for words, value in ZONES:
            self.zone_combo.addItem(words, value)
        self.zone_combo.setToolTip("The time zone times are shown and exported in; each time says its zone")
        zone_caption.setBuddy(self.zone_combo)
        self.export_button = QPushButton(icon("download"), "Export this view…", self)
        self.export_button.setToolTip("Save exactly the rows and columns shown, in their order")
        for widget in (caption, self.combo, self.save_button, self.delete_button):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(zone_caption)
        row.addWidget(self.zone_combo)
        row.addStretch(1)
        row.addWidget(self.export_button)
        self._fill()
        self.combo.activated.connect(self._chosen)
        self.zone_combo.activated.connect(self._zone_chosen)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.export_button.clicked.connect(self.export)
        view = tab.view
        header = view.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)  # click a header to sort; once more to reverse
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._columns_menu)
        if self.settings is not None:
            self._run(Call(self.settings.read), self._read)

    # ---------------------------------------------------------------- dialogs (tests monkeypatch this)

    @classmethod
    def ask_name(cls, parent: QWidget, suggested: str) -> str | None:
        name, ok = QInputDialog.getText(parent, "Save this view", "Name of the view:", text=suggested)
        return name if ok else None

    # ---------------------------------------------------------------- the table as it is, and put back

    def current(self, name: str) -> SavedView:
        bar, header = self.tab.bar, self.tab.view.horizontalHeader()
        filters = {"text": bar.search.text(), "state": bar.state_combo.currentData(),
                   "kind": bar.kind_combo.currentData(), "from": _day(bar.from_edit), "to": _day(bar.to_edit),
                   "all_profiles": bar.all_profiles.isChecked()}  # fmt: skip
        column = header.sortIndicatorSection()
        order = "descending" if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder else "ascending"
        sort = (column, order) if 0 <= column < len(COLUMNS) else None
        hidden = tuple(title for i, title in enumerate(COLUMNS) if header.isSectionHidden(i))
        return SavedView(name, filters, sort, hidden)

    def apply(self, view: SavedView | None) -> None:
        """The view's filters, sort and columns (None: the table as it comes); the journal is read again."""
        bar, table = self.tab.bar, self.tab.view
        f = view.filters if view is not None else {}
        widgets = (bar.search, bar.state_combo, bar.kind_combo, bar.from_edit, bar.to_edit, bar.all_profiles)
        blockers = [QSignalBlocker(w) for w in widgets]
        bar.search.setText(str(f.get("text") or ""))
        for combo, key in ((bar.state_combo, "state"), (bar.kind_combo, "kind")):
            combo.setCurrentIndex(max(combo.findData(f.get(key)), 0))
        _put_day(bar.from_edit, f.get("from"))
        _put_day(bar.to_edit, f.get("to"))
        bar.all_profiles.setChecked(bool(f.get("all_profiles")))
        del blockers
        header = table.horizontalHeader()
        for i, title in enumerate(COLUMNS):
            header.setSectionHidden(i, view is not None and title in view.hidden)
        column, order = view.sort if view is not None and view.sort else (-1, "ascending")
        table.sortByColumn(column, ORDERS.get(order, Qt.SortOrder.AscendingOrder))
        self.tab.refresh()

    # ---------------------------------------------------------------- views chosen, saved, deleted

    def _fill(self) -> None:
        with QSignalBlocker(self.combo):
            self.combo.clear()
            self.combo.addItem(AS_IT_COMES, None)
            for name in sorted(self.mine.views.get(TABLE, {}), key=str.casefold):
                self.combo.addItem(name, name)
            self.combo.setCurrentIndex(max(self.combo.findData(self.mine.current.get(TABLE)), 0))
        with QSignalBlocker(self.zone_combo):
            self.zone_combo.setCurrentIndex(max(self.zone_combo.findData(self.mine.value("time_zone")), 0))
        self.delete_button.setEnabled(self.combo.currentData() is not None)

    def _read(self, mine: UserSettings) -> None:
        """Restored on start: the view in use and the time zone."""
        self.mine = mine
        self._fill()
        self._show_zone(mine.value("time_zone"))
        view = mine.view(TABLE)
        if view is not None:
            self.apply(view)

    def _kept(self, mine: UserSettings) -> None:
        self.mine = mine
        self._fill()

    @Slot(int)
    def _chosen(self, index: int) -> None:
        name = self.combo.itemData(index)
        self.apply(self.mine.view(TABLE, name) if name else None)
        self.delete_button.setEnabled(name is not None)
        if self.settings is not None:
            self._run(Call(self.settings.use_view, TABLE, name), self._kept)

    @Slot()
    def save(self) -> Task | None:
        if self.settings is None:
            return None
        name = self.ask_name(self, self.combo.currentData() or "")
        if name is None:
            return None
        try:
            view = self.current(check_name(name))
        except ValueError as exc:
            self.tab.message.error(str(exc))
            return None
        self.tab.message.success(f"View “{view.name}” saved: its filters, sort and columns.")
        return self._run(Call(self.settings.save_view, TABLE, view), self._kept)

    @Slot()
    def delete(self) -> Task | None:
        name = self.combo.currentData()
        if self.settings is None or not name:
            return None
        self.tab.message.info(f"View “{name}” deleted.")
        return self._run(Call(self.settings.delete_view, TABLE, name), self._kept)

    @Slot(int)
    def _zone_chosen(self, index: int) -> None:
        zone = str(self.zone_combo.itemData(index))
        self._show_zone(zone)
        self.tab.refresh()  # the days of the date filters are the zone's
        if self.settings is not None:
            self._run(Call(self.settings.set, "time_zone", zone), self._kept)

    def _show_zone(self, zone: str) -> None:
        self.tab.model.set_zone(zone)
        self.tab.bar.zone = zone
        self.tab.ctx.time_zone = zone
        self.tab.ctx.zone_changed.emit(zone)

    def _run(self, call: Call[Any], done: Any) -> Task:
        self.task = self.tab.ctx.runner.start(call, on_success=done, on_failure=self._failed)
        return self.task

    def _failed(self, exc: BaseException) -> None:
        said = str(exc) if isinstance(exc, ValueError) else describe_error(exc)
        self.tab.message.error(f"Your views could not be kept: {said}")

    # ---------------------------------------------------------------- columns

    @Slot(QPoint)
    def _columns_menu(self, at: QPoint) -> None:
        header = self.tab.view.horizontalHeader()
        menu = QMenu(self)
        shown = [i for i in range(len(COLUMNS)) if not header.isSectionHidden(i)]
        for i, title in enumerate(COLUMNS):
            action = QAction(title, menu)
            action.setCheckable(True)
            action.setChecked(i in shown)
            action.setEnabled(not (i in shown and len(shown) == 1))  # one column at least
            action.setData(i)
            menu.addAction(action)
        chosen = menu.exec(header.mapToGlobal(at))
        if chosen is not None:
            header.setSectionHidden(int(chosen.data()), not chosen.isChecked())

    # ---------------------------------------------------------------- export this view

    def export_table(self) -> tuple[list[str], list[list[str]]]:
        """The headers and rows shown, in the order shown (columns as the header shows them, hidden ones left out);
        each cell as the table shows it, the time with its zone."""
        model, header = self.tab.model, self.tab.view.horizontalHeader()
        columns = [header.logicalIndex(v) for v in range(header.count())]
        columns = [c for c in columns if not header.isSectionHidden(c)]
        zone = "UTC" if model.zone == "UTC" else "local"
        headers = [f"Time ({zone})" if c == 0 else COLUMNS[c] for c in columns]
        rows = [[str(model.index(r, c).data() or "") for c in columns] for r in range(model.rowCount())]
        return headers, rows

    @Slot()
    def export(self) -> Task | None:
        folder = self.tab.ctx.data_dir or Path.home()
        name = self.combo.currentData() or "activity"
        suggested = folder / f"smartpay-{'-'.join(str(name).lower().split())}-{date.today().isoformat()}.xlsx"
        path = self.tab.ask_export_path(self.tab, suggested)
        if path is None:
            return None
        headers, rows = self.export_table()
        self.tab.message.info(f"Exporting the {len(rows):,} entries shown…")
        return self.tab.ctx.runner.start(Call(write_table, path, headers, rows),
                                         on_success=lambda written: self._exported(len(rows), written),
                                         on_failure=self.tab._export_failed)  # fmt: skip

    def _exported(self, count: int, written: Path) -> None:
        self.tab.message.success(f"Exported the {count:,} entries shown to {written}.")
