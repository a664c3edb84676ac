"""Activity's saved views and time zone (issue 16): named views of the table (its filters, its sort, the columns
shown) kept per person and the one in use restored on start; "Export this view…" writes exactly the rows and
columns shown, in their order; the time zone times are shown and exported in (local by default, or UTC), each
time saying its zone. The mechanism is the desk's one (ui/saved_views.py, shared with the report viewer); this
module says what Activity's table is.

    bar = ViewsBar(tab)               # under Activity's filters; reads the settings in a worker when built
    bar.current("name")               # the table as it is now, as a SavedView
    bar.apply(view)                   # filters, sort and columns put back (the journal read again)
    bar.export_table()                # (headers, rows) exactly as shown
    ViewsBar.ask_name                 # the name dialog (a classmethod tests monkeypatch)
"""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Slot

from ...services.reports.exports import write_table
from ..i18n import tr
from ..numbers import number
from ..saved_views import AS_IT_COMES, ZONES, SavedViewsBar
from ..widgets.date_edit import NO_DATE, chosen_day
from ..worker import Call
from .activity_model import COLUMNS, column_titles

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDateEdit

    from ..worker import Task
    from .activity import ActivityTab

__all__ = ["AS_IT_COMES", "ZONES", "ViewsBar"]


def _day(edit: QDateEdit) -> str | None:
    day = chosen_day(edit)
    return day.isoformat() if day else None


def _put_day(edit: QDateEdit, value: Any) -> None:
    try:
        day = date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        day = None
    edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)


class ViewsBar(SavedViewsBar):
    table_key = "activity"

    def __init__(self, tab: ActivityTab) -> None:
        self.tab = tab
        view = tab.view
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)  # click a header to sort; once more to reverse
        super().__init__(tab, tab.ctx, view, tab.message)
        self.show_zone(tab.ctx.time_zone)

    def columns(self) -> list[str]:
        return list(COLUMNS)

    def filters(self) -> dict[str, Any]:
        bar = self.tab.bar
        return {"text": bar.search.text(), "state": bar.state_combo.currentData(),
                "kind": bar.kind_combo.currentData(), "from": _day(bar.from_edit), "to": _day(bar.to_edit),
                "all_profiles": bar.all_profiles.isChecked()}  # fmt: skip

    def put_filters(self, filters: dict[str, Any]) -> None:
        bar = self.tab.bar
        widgets = (bar.search, bar.state_combo, bar.kind_combo, bar.from_edit, bar.to_edit, bar.all_profiles)
        blockers = [QSignalBlocker(w) for w in widgets]
        bar.search.setText(str(filters.get("text") or ""))
        for combo, key in ((bar.state_combo, "state"), (bar.kind_combo, "kind")):
            combo.setCurrentIndex(max(combo.findData(filters.get(key)), 0))
        _put_day(bar.from_edit, filters.get("from"))
        _put_day(bar.to_edit, filters.get("to"))
        bar.all_profiles.setChecked(bool(filters.get("all_profiles")))
        del blockers

    def refresh(self) -> None:
        self.tab.refresh()

    def show_zone(self, zone: str) -> None:
        if zone == self.tab.model.zone and zone == self.tab.bar.zone:
            return
        self.tab.model.set_zone(zone)
        self.tab.bar.zone = zone
        self.tab.refresh()  # the days of the date filters are the zone's

    # ---------------------------------------------------------------- export this view

    def export_table(self) -> tuple[list[str], list[list[str]]]:
        """The headers and rows shown, in the order shown (columns as the header shows them, hidden ones left out);
        each cell as the table shows it, the time with its zone."""
        model, columns = self.tab.model, self.shown_columns()
        zone = "UTC" if model.zone == "UTC" else "local"
        titles = column_titles()
        headers = [tr("Time ({zone})").format(zone=zone) if c == 0 else titles[c] for c in columns]
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
        self.tab.message.info(tr("Exporting the {count} entries shown…").format(count=number(len(rows))))
        return self.tab.ctx.runner.start(Call(write_table, path, headers, rows),
                                         on_success=functools.partial(self._exported, len(rows)),
                                         on_failure=self.tab._export_failed)  # fmt: skip

    def _exported(self, count: int, written: Path) -> None:
        self.tab.message.success(
            tr("Exported the {count} entries shown to {written}.").format(count=number(count), written=written)
        )
