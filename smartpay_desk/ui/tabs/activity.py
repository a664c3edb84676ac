"""Activity: what this desk did (the operations journal), newest first, with each entry's event history.

Public API: tab.refresh() (returns the worker task), tab.select_order(order_id), tab.show_entry(entry_id)
(also ctx.navigate("activity", entry_id): the entry found and selected, whatever the filters), tab.export_to(path),
ActivityTab.ask_export_path (classmethod tests monkeypatch), signal `loaded(int)` after each refresh.
The list refreshes itself on ctx.operation_changed and ctx.profile_changed, and when another window or the CLI
wrote the journal (its files are looked at every 2 s while the tab is on screen; a team journal's server tells
of every desk's entries at once: activity_watch.py); a profile's filters and chosen entry come back with it
(ui/context.py, `session.views`). The filters are activity_filters.py, the reads (the search also finds
customers) activity_search.py, the table model activity_model.py, the details pane activity_details.py, and the
box that settles an entry waiting for review activity_review.py, the saved views and time zone activity_views.py.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from ...services.journal.states import State
from ...services.reports.exports import write_table
from ..context import DeskContext, ProfileSession
from ..i18n import tr
from ..messages import describe_error
from ..numbers import number
from ..widgets.files import ask_save_path, csv_file, workbook
from ..widgets.icons import icon
from ..widgets.keys import tab_chain
from ..widgets.panels import MessageLine
from ..worker import Call
from .activity_details import EntryDetails
from .activity_filters import LIMIT, FilterBar
from .activity_model import (
    ORDER_COLUMN,
    ORDER_MAX_WIDTH,
    ORDER_MIN_WIDTH,
    ActivityModel,
    ActivityView,
    EntryFilters,
    activity_table,
    export_headers,
    export_row,
)
from .activity_review import ReviewBox
from .activity_search import Found, read_entries
from .activity_views import ViewsBar
from .activity_watch import JournalWatch
from .tab_parts import ColumnScroll
from .view_state import read_fields, write_fields

if TYPE_CHECKING:
    from PySide6.QtGui import QHideEvent, QShowEvent

    from ...services.journal.interface import JournalStore
    from ...services.journal.model import JournalEntry
    from ..worker import Task

VIEW_KEY = "activity"


class ActivityTab(QWidget):
    title = "Activity"
    icon_name = "activity"
    loaded = Signal(int)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: Task | None = None
        self._events_task: Task | None = None
        self._selected_id: int | None = None
        self._chosen = False  # the selected entry was chosen (click, keys, select_order), not picked as newest
        self._left = False  # a profile was left
        self._picking = False
        self._names: dict[int, str] = {}  # entry id → its customer's words (activity_search.py), for one journal
        self._names_of: JournalStore | None = None
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(300)
        self._soon.timeout.connect(self.refresh)
        self.watch = JournalWatch(ctx, self)  # another window or the CLI wrote the journal: read it again
        self.watch.changed.connect(self._refresh_shortly)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(8)

        bar = QHBoxLayout()
        self.bar = FilterBar(self, on_change=self.refresh, on_typing=self._refresh_soon)
        self.search, self.state_combo, self.kind_combo = self.bar.search, self.bar.state_combo, self.bar.kind_combo
        self.from_edit, self.to_edit, self.all_profiles = self.bar.from_edit, self.bar.to_edit, self.bar.all_profiles
        self.refresh_button = QPushButton(icon("refresh"), tr("&Refresh"), self)
        self.refresh_button.setToolTip(tr("Read the journal again"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(icon("download"), tr("E&xport…"), self)
        self.export_button.setToolTip(tr("Save the entries shown as an Excel workbook or a CSV file"))
        self.export_button.clicked.connect(self.export)
        # Two rows: in one, the filters made the window at least 1,240 px wide (no room to tile it beside a
        # spreadsheet on a 1,920 px screen).
        bar.addWidget(self.search, 1)
        for button in (self.all_profiles, self.refresh_button, self.export_button):
            bar.addWidget(button)
        outer.addLayout(bar)
        filters = QHBoxLayout()
        for caption, widget in ((tr("&State"), self.state_combo), (tr("&Kind"), self.kind_combo),
                                (tr("Fr&om"), self.from_edit), (tr("&To"), self.to_edit)):  # fmt: skip
            label = QLabel(caption, self)
            label.setBuddy(widget)
            widget.setAccessibleName(label.text().replace("&", ""))
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch(1)
        outer.addLayout(filters)
        tab_chain(self.search, self.all_profiles, self.refresh_button, self.export_button, self.state_combo,
                  self.kind_combo, self.from_edit, self.to_edit)  # fmt: skip
        self.message = MessageLine(self)
        outer.addWidget(self.message)

        self.model = ActivityModel(self)
        self.view = activity_table(self, self.model)
        self.view.setAccessibleName(tr("Journal entries"))
        header = self.view.horizontalHeader()
        self._sizing = False
        self._order_width_chosen = False  # the operator dragged the Order id column: keep their width
        header.sectionResized.connect(self._section_resized)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        side = QWidget(self)  # the review box (for an entry waiting for review) over the entry's details
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 0, 0, 0)
        self.review = ReviewBox(ctx, side)
        self.review.resolved.connect(self._resolved)
        self.details = EntryDetails(side)
        side_column.addWidget(self.review)
        side_column.addWidget(self.details, 1)
        self.details_title, self.details_badge = self.details.title_label, self.details.badge
        self.grid, self.events_table, self.event_text = (
            self.details.grid,
            self.details.events_table,
            self.details.event_text,
        )
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(ColumnScroll(side, self))  # on a short screen it scrolls, never squashes its rows
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 440])
        outer.addWidget(splitter, 1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")
        outer.addWidget(self.count_label)
        self._filters = self.bar.fields
        self._fresh = read_fields(self._filters)
        self.views = ViewsBar(self)  # saved views, the time zone, "Export this view…" (activity_views.py)
        outer.insertWidget(outer.indexOf(self.message), self.views)
        ctx.operation_changed.connect(self._refresh_soon)
        ctx.session_leaving.connect(self._leaving)
        ctx.profile_changed.connect(self._arrived)
        if ctx.session is not None and VIEW_KEY in ctx.session.views:
            self._put_back(ctx.session.views[VIEW_KEY])
        if ctx.journal is not None:
            QTimer.singleShot(0, self, self.refresh)  # with a context: never fires on a deleted tab

    # ---------------------------------------------------------------- dialogs

    @classmethod
    def ask_export_path(cls, parent: QWidget, suggested: Path) -> Path | None:
        return ask_save_path(parent, tr("Export the activity"), suggested, [workbook(), csv_file()])

    # ---------------------------------------------------------------- reading the journal

    def filters(self) -> EntryFilters:
        profile = self.ctx.profile
        return self.bar.filters(profile.name if profile is not None else None)

    @Slot()
    def refresh(self) -> Task | None:
        self._soon.stop()
        journal = self.ctx.journal
        if journal is None:
            self.message.info(tr("Open a profile to see its activity."))
            return None
        if self.task is not None:
            self.task.cancel()
        if journal is not self._names_of:  # what each entry's request names is known per journal
            self._names, self._names_of = {}, journal
        self.task = self.ctx.runner.start(Call(read_entries, journal, self.filters(), dict(self._names)),
                                          on_success=self._show, on_failure=self._failed)  # fmt: skip
        return self.task

    def _show(self, found: Found) -> None:
        self.task = None
        self._names.update(found.learnt)
        self.watch.mark = found.mark
        rows = found.entries
        self.model.set_entries(rows)
        more = tr(" (the newest {limit}; narrow the filters to see older ones)") if len(rows) >= LIMIT else ""
        words = tr("1 entry") if len(rows) == 1 else tr("{count} entries").format(count=number(len(rows)))
        self.count_label.setText(words + more.format(limit=number(LIMIT)))
        if self.message.tone != "success":  # what was done here (a verdict, an export) stays said
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
        self.message.error(describe_error(exc, reading=True))

    def _refresh_soon(self, *_: object) -> None:
        self._soon.start()

    def _refresh_shortly(self) -> None:
        """Another desk wrote: read within 300 ms, never put off by more news meanwhile (a busy team)."""
        if not self._soon.isActive():
            self._soon.start()

    # ---------------------------------------------------------------- changes made elsewhere (activity_watch.py)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.watch.start()  # something may have changed while the tab was hidden: looked at now

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.watch.stop()

    # ---------------------------------------------------------------- per profile

    @Slot(object)
    def _leaving(self, session: object) -> None:
        """Keep this profile's filters and chosen entry; stop reading its journal."""
        for task in (self.task, self._events_task):
            if task is not None:
                task.cancel()
        self.task = self._events_task = None
        self.watch.forget()
        self._soon.stop()
        self._left = True
        self.review.show_entry(None)
        if isinstance(session, ProfileSession):
            session.views[VIEW_KEY] = ActivityView(read_fields(self._filters), self._selected_id, self._chosen)

    @Slot(object)
    def _arrived(self, _profile: object) -> None:
        """Nothing of the last profile stays on screen; the filters it was left with, and its entries read."""
        session = self.ctx.session
        view = session.views.get(VIEW_KEY) if session is not None else None
        if self._left or view is not None:  # the first profile of the run keeps the filters chosen meanwhile
            self._put_back(view)
        self.refresh()

    def _put_back(self, view: object) -> None:
        self.model.set_entries([])
        self.count_label.setText("")
        self.message.clear()
        self._clear_details()
        self.watch.forget()
        if isinstance(view, ActivityView):
            write_fields(self._filters, view.filters, quiet=True)
            self._selected_id, self._chosen = view.selected, view.chosen
        else:
            write_fields(self._filters, self._fresh, quiet=True)

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

    def show_entry(self, entry_id: object) -> Task | None:
        """Select the journal entry `entry_id` (ctx.navigate("activity", entry_id)): at once if it is shown,
        else once read, with filters that show it (its order id searched, every state, kind and day)."""
        try:
            wanted = int(str(entry_id))
        except ValueError:
            return None
        if self._select_id(wanted):
            return None
        journal = self.ctx.journal
        if journal is None:
            return None
        self._selected_id, self._chosen = wanted, True
        return self.ctx.runner.start(Call(journal.entry_by_id, wanted), on_success=self._show_found,
                                     on_failure=self._failed)  # fmt: skip

    def _show_found(self, entry: JournalEntry) -> None:
        write_fields(self._filters, self._fresh, quiet=True)
        self.search.blockSignals(True)
        self.search.setText(entry.order_id)
        self.search.blockSignals(False)
        profile = self.ctx.profile
        self.all_profiles.blockSignals(True)
        self.all_profiles.setChecked(profile is None or entry.profile != profile.name)
        self.all_profiles.blockSignals(False)
        self._selected_id, self._chosen = entry.id, True
        self.refresh()

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
        self.review.show_entry(entry)
        journal = self.ctx.journal
        if journal is not None:
            if self._events_task is not None:
                self._events_task.cancel()
            self._events_task = self.ctx.runner.start(Call(journal.events, entry.id), on_success=self._show_events,
                                                      on_failure=self._failed)  # fmt: skip

    def _show_events(self, events: object) -> None:
        self._events_task = None
        self.details.show_events(events)

    def _clear_details(self) -> None:
        self._selected_id = None
        self._chosen = False
        self.review.show_entry(None)
        self.details.show_nothing(tr("No entry to show: nothing matches the filters."))

    def _resolved(self, entry: JournalEntry) -> None:
        """A verdict recorded by hand (activity_review.py): said here, and the entry read again."""
        verdict = tr("made (succeeded)") if entry.state == State.SUCCEEDED else tr("not made (failed)")
        who = self.ctx.ops.operator if self.ctx.ops is not None else tr("you")
        said = tr("Recorded: entry {id} (order {order_id}) marked as {verdict} by {who}; its order is free again.")
        self.message.success(said.format(id=entry.id, order_id=entry.order_id, verdict=verdict, who=who))
        self._selected_id, self._chosen = entry.id, True
        self.refresh()

    # ---------------------------------------------------------------- export

    @Slot()
    def export(self) -> Task | None:
        folder = self.ctx.data_dir or Path.home()
        path = self.ask_export_path(self, folder / f"smartpay-activity-{date.today().isoformat()}.xlsx")
        return None if path is None else self.export_to(path)

    def export_to(self, path: str | Path) -> Task:
        """Write the entries shown to `path` (.xlsx or .csv) in a worker."""
        rows = [export_row(entry) for entry in self.model.entries]
        target = Path(path)
        self.message.info(tr("Exporting {count} entries…").format(count=number(len(rows))))
        return self.ctx.runner.start(Call(write_table, target, list(export_headers()), rows),
                                     on_success=self._exported, on_failure=self._export_failed)  # fmt: skip

    def _exported(self, path: object) -> None:
        self.message.success(
            tr("Exported {count} entries to {path}.").format(count=number(self.model.rowCount()), path=path)
        )

    def _export_failed(self, exc: BaseException) -> None:
        from ...api.said import sentence_of

        self.message.error(sentence_of(exc) if type(exc).__name__ == "ExportError" else describe_error(exc))
