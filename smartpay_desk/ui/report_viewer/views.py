"""The report viewer's saved views and time zone (issue 16), in the desk: named views of the report's table (its
filters, its sort, its columns) kept per person, the one in use put back on every file opened and restored on
start, the same mechanism as Activity's (ui/saved_views.py); "Export this view…" writes exactly the rows and
columns shown, in their order, each cell as the table shows it, the time columns' headers saying their zone.

    viewer = ReportViewer(parent, ctx=ctx)      # a viewer in the desk has one: viewer.views
    viewer.views.put_back()                     # the view in use on the file just laid out (the viewer calls it)
    viewer.views.export()                       # ReportViewsBar.ask_export_path (tests monkeypatch it), a worker

A view keeps its sort column by title (report files differ in their columns); a status or type the file does
not have is offered all the same (no row shown: the truth). The zone chosen here or in Activity is the desk's one
(ctx.zone_changed): the viewer's times, the days of its date filter and of its daily-volume chart follow it.
"""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QWidget

from ...api.said import sentence_of
from ...services.profiles.desk_settings import zone_words
from ..i18n import say, tr
from ..numbers import number
from ..saved_views import SavedViewsBar
from ..widgets.files import ask_save_path, csv_file, workbook
from ..worker import Call
from .texts import shown_rows, snapshot

if TYPE_CHECKING:
    from ...services.profiles.desk_settings import SavedView
    from ..context import DeskContext
    from ..widgets.panels import MessageLine
    from ..worker import Task
    from .texts import Snapshot
    from .viewer import ReportViewer


def write_view(path: Path, shot: Snapshot) -> Path:
    """The rows of `shot` written to `path` (a worker's call: services/reports/exports.write_table)."""
    from ...services.recon.collector import collector_paused
    from ...services.reports.exports import write_table

    with collector_paused():  # 100,000 rows of texts
        rows = shown_rows(shot)
    return write_table(path, shot.headers, rows)


class ReportViewsBar(SavedViewsBar):
    table_key = "report"
    sort_by_title = True

    def __init__(self, viewer: ReportViewer, ctx: DeskContext, message: MessageLine) -> None:
        self.viewer = viewer
        self.exporting: Task | None = None
        super().__init__(viewer.body, ctx, viewer.view, message)
        self.combo.setToolTip(tr("Your saved views of reports: filters, sort and columns (kept for you on this "
                              "computer; the one chosen is put on every report opened)"))  # fmt: skip
        self.export_button.setToolTip(tr("Save exactly the rows and columns shown, in their order, as the table shows "
                                      "them (times in the zone chosen)"))  # fmt: skip

    # ---------------------------------------------------------------- the report's table

    def columns(self) -> list[str]:
        return list(self.viewer.model.table.headers)

    def filters(self) -> dict[str, Any]:
        return self.viewer.filters.values()

    def put_filters(self, filters: dict[str, Any]) -> None:
        self.viewer.filters.put(filters)

    def refresh(self) -> None:
        self.viewer.apply_filter()

    def show_zone(self, zone: str) -> None:
        """Times in `zone`: the cells, the time columns' headers (which say it), the days of the date filter and of
        the daily-volume chart (counted again: their words then name the days' own offsets)."""
        viewer = self.viewer
        viewer.filters.zone = zone
        viewer.model.set_zone(zone)
        viewer.model.set_zone_words(zone_words(zone))
        if viewer.filters.values()["from"] or viewer.filters.values()["to"]:
            viewer.apply_filter()  # the same days, another zone: other rows

    def put_back(self) -> None:
        """The view in use on the file just laid out (its filters applied by the viewer right after)."""
        view = self.view_in_use()
        if view is not None:
            self.put_filters(view.filters)
            self.put_columns(view)

    def apply(self, view: SavedView | None) -> None:
        if self.viewer.model.table.headers or view is None:
            super().apply(view)
        else:
            self.put_filters(view.filters)  # no file yet: its columns when one is opened (put_back)

    # ---------------------------------------------------------------- export this view

    @classmethod
    def ask_export_path(cls, parent: QWidget, suggested: Path) -> Path | None:
        return ask_save_path(parent, tr("Export this view as"), suggested, [workbook(), csv_file()])

    def headers(self, columns: list[int]) -> list[str]:
        """The headers of `columns` as the table shows them (a time column's says its zone)."""
        model = self.viewer.model
        return [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]

    @Slot()
    def export(self) -> Task | None:
        viewer = self.viewer
        if viewer.path is None or viewer.loading or not viewer.model.table.headers:
            self.message.info(tr("Open a report and let it be read first: then its view can be exported."))
            return None
        viewer.model.settle()
        name = self.combo.currentData() or "view"
        stem = f"{viewer.path.stem} ({' '.join(str(name).split())}, {date.today().isoformat()})"
        path = self.ask_export_path(self, viewer.path.with_name(f"{stem}.xlsx"))
        if path is None:
            return None
        columns = self.shown_columns()
        shot = snapshot(viewer.model.table, columns, self.headers(columns), viewer.model.zone)
        count = len(shot.rows)
        said = tr("Exporting the row shown…") if count == 1 else tr("Exporting the {count} rows shown…")
        self.message.info(said.format(count=number(count)))
        self.export_button.setEnabled(False)
        self.exporting = self.ctx.runner.start(
            Call(write_view, path, shot), on_success=functools.partial(self._exported, count),
            on_failure=self._export_failed,
        )  # fmt: skip
        return self.exporting

    def _exported(self, count: int, written: Path) -> None:
        self.exporting = None
        self.export_button.setEnabled(True)
        said = (
            tr("Exported the row shown to {written}.")
            if count == 1
            else tr("Exported the {count} rows shown to {written}.")
        )
        self.message.success(said.format(count=number(count), written=written))

    def _export_failed(self, exc: BaseException) -> None:
        from ...services.reports.exports import ExportError
        from ..messages import describe_error

        self.exporting = None
        self.export_button.setEnabled(True)
        said = say(sentence_of(exc)) if isinstance(exc, ExportError) else describe_error(exc)
        self.message.error(tr("The view was not exported. {said}").format(said=said))
