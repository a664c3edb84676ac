"""Saved views and the time zone, for any table of the desk (issue 16): Activity (ui/tabs/activity_views.py) and the
report viewer (ui/report_viewer/views.py) each put one of these bars under their filters.

    bar = MyBar(parent, ctx, table_view, message_line)   # reads the settings in a worker when built
    bar.current("name")                                  # the table as it is now, as a SavedView
    bar.apply(view)                                      # filters, sort and columns put back (None: as it comes)
    SavedViewsBar.ask_name                               # the name dialog (a classmethod tests monkeypatch)

A view is named, kept per person in the data folder's settings (services/profiles/desk_settings.py: one file, one
mechanism for every table, each under its own `table_key`), and the one in use is restored on start. The bar also
holds the desk's one time zone choice (local by default, or UTC): choosing it in any bar saves it and tells the
whole desk (ctx.time_zone, ctx.zone_changed), and every bar shows it. Right-click a table's header to hide or
show a column. Every read and write of the settings runs in a worker.

A subclass says what its table is: `columns()` (the titles), `filters()` / `put_filters(filters)` (in the table's
own words), `refresh()` (read again after a view or a zone is applied), `show_zone(zone)`, and `export()`
("Export this view…": exactly the rows and columns shown).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, QSignalBlocker, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QLabel, QMenu, QPushButton, QTableView, QWidget

from ..api.said import sentence_of
from ..services.profiles.desk_settings import DeskSettings, SavedView, UserSettings, check_name
from .i18n import say, tr
from .messages import describe_error
from .widgets.icons import icon
from .worker import Call

if TYPE_CHECKING:
    from .context import DeskContext
    from .widgets.panels import MessageLine
    from .worker import Task

AS_IT_COMES = "As it comes"
ZONES = (("Local time", "local"), ("UTC", "UTC"))
ORDERS = {"ascending": Qt.SortOrder.AscendingOrder, "descending": Qt.SortOrder.DescendingOrder}


class SavedViewsBar(QWidget):
    table_key = ""  # the table's name in the settings ("activity", "report")
    sort_by_title = False  # a view keeps its sort column by title (tables whose columns differ) or by number

    def __init__(self, parent: QWidget, ctx: DeskContext, table: QTableView, message: MessageLine) -> None:
        super().__init__(parent)
        self.ctx, self.table, self.message = ctx, table, message
        self.settings = DeskSettings(ctx.data_dir) if ctx.data_dir is not None else None
        self.mine = UserSettings()
        self.task: Task | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(tr("Vie&w"), self)
        self.combo = QComboBox(self)
        self.combo.setToolTip(
            tr("Your saved views of this table: filters, sort and columns (kept for you on this computer)")
        )
        self.combo.setMinimumContentsLength(14)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        caption.setBuddy(self.combo)
        self.save_button = QPushButton(tr("Save view…"), self)
        self.save_button.setToolTip(tr("Keep the filters, sort and columns shown under a name"))
        self.delete_button = QPushButton(icon("delete"), tr("Delete view"), self)
        self.delete_button.setToolTip(tr("Forget the view chosen (nothing else is touched)"))
        zone_caption = QLabel(tr("Times in"), self)
        self.zone_combo = QComboBox(self)
        for words, value in ((tr("Local time"), "local"), ("UTC", "UTC")):
            self.zone_combo.addItem(words, value)
        self.zone_combo.setToolTip(tr("The time zone times are shown and exported in, everywhere in the desk; each "
                                   "time says its zone"))  # fmt: skip
        zone_caption.setBuddy(self.zone_combo)
        self.export_button = QPushButton(icon("download"), tr("Export this view…"), self)
        self.export_button.setToolTip(tr("Save exactly the rows and columns shown, in their order"))
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
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._columns_menu)
        ctx.zone_changed.connect(self._zone_changed)
        if self.settings is not None:
            self._run(Call(self.settings.read), self._read)

    # ---------------------------------------------------------------- what a table says of itself (subclasses)

    def columns(self) -> list[str]:
        """The titles of the table's columns, by their number."""
        raise NotImplementedError

    def filters(self) -> dict[str, Any]:
        raise NotImplementedError

    def put_filters(self, filters: dict[str, Any]) -> None:
        """Put the filters back without applying them (refresh does)."""
        raise NotImplementedError

    def refresh(self) -> None:
        """The table shown again with its filters (after a view, or another time zone)."""
        raise NotImplementedError

    def show_zone(self, zone: str) -> None:
        """Show the table's times in `zone` ("local" | "UTC")."""
        raise NotImplementedError

    @Slot()
    def export(self) -> Task | None:
        raise NotImplementedError

    # ---------------------------------------------------------------- dialogs (tests monkeypatch this)

    @classmethod
    def ask_name(cls, parent: QWidget, suggested: str) -> str | None:
        name, ok = QInputDialog.getText(parent, tr("Save this view"), tr("Name of the view:"), text=suggested)
        return name if ok else None

    # ---------------------------------------------------------------- the table as it is, and put back

    def shown_columns(self) -> list[int]:
        """The columns shown, in the order shown."""
        header = self.table.horizontalHeader()
        order = [header.logicalIndex(v) for v in range(header.count())]
        return [c for c in order if not header.isSectionHidden(c)]

    def current(self, name: str) -> SavedView:
        header, titles = self.table.horizontalHeader(), self.columns()
        column = header.sortIndicatorSection()
        order = "descending" if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder else "ascending"
        sort: tuple[int | str, str] | None = None
        if 0 <= column < len(titles):
            sort = (titles[column] if self.sort_by_title else column, order)
        hidden = tuple(title for i, title in enumerate(titles) if header.isSectionHidden(i))
        return SavedView(name, self.filters(), sort, hidden)

    def apply(self, view: SavedView | None) -> None:
        """The view's filters, sort and columns (None: the table as it comes), then the table shown again."""
        self.put_filters(view.filters if view is not None else {})
        self.put_columns(view)
        self.refresh()

    def put_columns(self, view: SavedView | None) -> None:
        """The view's hidden columns and sort on the table's header as it is now (None: every column, no sort)."""
        header, titles = self.table.horizontalHeader(), self.columns()
        for i, title in enumerate(titles):
            header.setSectionHidden(i, view is not None and title in view.hidden)
        key, order = view.sort if view is not None and view.sort else (-1, "ascending")
        column = titles.index(key) if isinstance(key, str) and key in titles else key if isinstance(key, int) else -1
        self.table.sortByColumn(column if 0 <= column < len(titles) else -1, ORDERS.get(order, ORDERS["ascending"]))

    def view_in_use(self) -> SavedView | None:
        return self.mine.view(self.table_key)

    # ---------------------------------------------------------------- views chosen, saved, deleted

    def _fill(self) -> None:
        with QSignalBlocker(self.combo):
            self.combo.clear()
            self.combo.addItem(tr("As it comes"), None)
            for name in sorted(self.mine.views.get(self.table_key, {}), key=str.casefold):
                self.combo.addItem(name, name)
            self.combo.setCurrentIndex(max(self.combo.findData(self.mine.current.get(self.table_key)), 0))
        self._show_zone_choice(self.ctx.time_zone)
        self.delete_button.setEnabled(self.combo.currentData() is not None)

    def _show_zone_choice(self, zone: str) -> None:
        with QSignalBlocker(self.zone_combo):
            self.zone_combo.setCurrentIndex(max(self.zone_combo.findData(zone), 0))

    def _read(self, mine: UserSettings) -> None:
        """Restored on start: the view in use and the time zone."""
        self.mine = mine
        zone = mine.value("time_zone")
        if zone != self.ctx.time_zone:
            self.ctx.time_zone = zone
            self.ctx.zone_changed.emit(zone)  # every bar and table of the desk (this one's too: _zone_changed)
        self._fill()
        view = self.view_in_use()
        if view is not None:
            self.apply(view)

    def _kept(self, mine: UserSettings) -> None:
        self.mine = mine
        self._fill()

    @Slot(int)
    def _chosen(self, index: int) -> None:
        name = self.combo.itemData(index)
        self.apply(self.mine.view(self.table_key, name) if name else None)
        self.delete_button.setEnabled(name is not None)
        if self.settings is not None:
            self._run(Call(self.settings.use_view, self.table_key, name), self._kept)

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
            self.message.error(say(sentence_of(exc)))
            return None
        self.message.success(tr("View “{name}” saved: its filters, sort and columns.").format(name=view.name))
        return self._run(Call(self.settings.save_view, self.table_key, view), self._kept)

    @Slot()
    def delete(self) -> Task | None:
        name = self.combo.currentData()
        if self.settings is None or not name:
            return None
        self.message.info(tr("View “{name}” deleted.").format(name=name))
        return self._run(Call(self.settings.delete_view, self.table_key, name), self._kept)

    # ---------------------------------------------------------------- the time zone (the desk's one choice)

    @Slot(int)
    def _zone_chosen(self, index: int) -> None:
        zone = str(self.zone_combo.itemData(index))
        if zone != self.ctx.time_zone:
            self.ctx.time_zone = zone
            self.ctx.zone_changed.emit(zone)  # → _zone_changed of every bar, this one's included
        if self.settings is not None:
            self._run(Call(self.settings.set, "time_zone", zone), self._kept)

    @Slot(str)
    def _zone_changed(self, zone: str) -> None:
        self._show_zone_choice(zone)
        self.show_zone(zone)

    def _run(self, call: Call[Any], done: Any) -> Task:
        self.task = self.ctx.runner.start(call, on_success=done, on_failure=self._failed)
        return self.task

    def _failed(self, exc: BaseException) -> None:
        said = say(sentence_of(exc)) if isinstance(exc, ValueError) else describe_error(exc)
        self.message.error(tr("Your views could not be kept: {said}").format(said=said))

    # ---------------------------------------------------------------- columns

    @Slot(QPoint)
    def _columns_menu(self, at: QPoint) -> None:
        header, titles = self.table.horizontalHeader(), self.columns()
        menu = QMenu(self)
        shown = [i for i in range(len(titles)) if not header.isSectionHidden(i)]
        for i, title in enumerate(titles):
            action = QAction(title, menu)
            action.setCheckable(True)
            action.setChecked(i in shown)
            action.setEnabled(not (i in shown and len(shown) == 1))  # one column at least
            action.setData(i)
            menu.addAction(action)
        chosen = menu.exec(header.mapToGlobal(at))
        if chosen is not None:
            header.setSectionHidden(int(chosen.data()), not chosen.isChecked())
