"""Activity's saved views (issue 16): filters, sort and columns saved by name, restored on start, "As it comes"
back; "Export this view" writes exactly the rows and columns shown; the time zone chosen (local or UTC) for
times shown and exported, each saying its zone, kept for the next start and followed by Needs attention."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import Qt

from smartpay_desk.services.profiles.desk_settings import DeskSettings
from smartpay_desk.ui.tabs.activity import ActivityTab
from smartpay_desk.ui.tabs.activity_views import AS_IT_COMES, ViewsBar
from smartpay_desk.ui.tabs.triage import TriageTab
from tests.gui.recon_support import shot
from tests.gui.tabs.test_activity import BAD_CARD, GOOD_CARD, orders, pay


def built(qtbot: Any, ctx: Any) -> ActivityTab:
    tab = ActivityTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 700)
    tab.show()
    qtbot.waitUntil(lambda: tab.views.task is None or tab.views.task.finished, timeout=10_000)
    qtbot.waitUntil(lambda: tab.task is None, timeout=10_000)
    return tab


def test_a_view_is_saved_exported_as_shown_and_restored_on_start(
    qtbot: Any, desk_ctx: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    for n, (number, amount) in enumerate(((BAD_CARD, 500), (GOOD_CARD, 700), (BAD_CARD, 900), (BAD_CARD, 100))):
        pay(desk_ctx, f"view-{n}", number, amount)
    tab = built(qtbot, desk_ctx)
    views = tab.views
    assert views.combo.currentText() == AS_IT_COMES and not views.delete_button.isEnabled()
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.state_combo.setCurrentIndex(tab.state_combo.findData("failed"))
    tab.view.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # the biggest amount first
    assert orders(tab) == ["view-2", "view-0", "view-3"]
    tab.view.horizontalHeader().setSectionHidden(6, True)  # no Operator column
    monkeypatch.setattr(ViewsBar, "ask_name", classmethod(lambda cls, parent, suggested: "Failed, biggest first"))
    views.save_button.click()
    qtbot.waitUntil(lambda: views.combo.currentText() == "Failed, biggest first", timeout=10_000)
    assert "saved" in tab.message.text() and views.delete_button.isEnabled()
    saved = DeskSettings(desk_ctx.data_dir).read().view("activity")
    assert saved is not None and saved.filters["state"] == "failed" and saved.sort == (4, "descending")
    assert saved.hidden == ("Operator",)

    out = tmp_path / "view.xlsx"
    monkeypatch.setattr(ActivityTab, "ask_export_path", classmethod(lambda cls, parent, suggested: out))
    views.export_button.click()
    qtbot.waitUntil(lambda: "Exported the 3 entries shown" in tab.message.text(), timeout=10_000)
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(out).active.iter_rows()]
    assert rows[0] == ["Time (local)", "State", "Kind", "Order id", "Amount", "Destination", "Note"]
    assert [r[3] for r in rows[1:]] == ["view-2", "view-0", "view-3"] and rows[1][4] == "€9.00"
    shown = [[tab.model.index(0, c).data() for c in (0, 1, 2, 3, 4, 5, 7)]]
    assert rows[1:2] == shown  # exactly as the table shows it
    shot(tab, "activity-views")

    again = built(qtbot, desk_ctx)  # the next start
    qtbot.waitUntil(lambda: orders(again) == ["view-2", "view-0", "view-3"], timeout=10_000)
    assert again.views.combo.currentText() == "Failed, biggest first"
    assert again.state_combo.currentData() == "failed" and again.view.horizontalHeader().isSectionHidden(6)

    with qtbot.waitSignal(again.loaded, timeout=10_000):
        again.views.combo.setCurrentIndex(0)
        again.views.combo.activated.emit(0)  # "As it comes": every entry, newest first, every column
    assert orders(again) == ["view-3", "view-2", "view-1", "view-0"]
    assert not again.view.horizontalHeader().isSectionHidden(6)
    qtbot.waitUntil(lambda: DeskSettings(desk_ctx.data_dir).read().current == {}, timeout=10_000)


def test_the_time_zone_is_chosen_said_and_kept(qtbot: Any, desk_ctx: Any) -> None:
    pay(desk_ctx, "zone-1", GOOD_CARD)
    tab = built(qtbot, desk_ctx)
    triage = TriageTab(desk_ctx)
    qtbot.addWidget(triage)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    views = tab.views
    views.zone_combo.setCurrentIndex(views.zone_combo.findData("UTC"))
    views.zone_combo.activated.emit(views.zone_combo.currentIndex())
    assert tab.model.index(0, 0).data().endswith(" UTC") and desk_ctx.time_zone == "UTC"
    assert triage.model.zone == "UTC"
    qtbot.waitUntil(lambda: DeskSettings(desk_ctx.data_dir).read().value("time_zone") == "UTC", timeout=10_000)
    headers, _rows = views.export_table()
    assert headers[0] == "Time (UTC)"
    again = built(qtbot, desk_ctx)
    qtbot.waitUntil(lambda: again.views.zone_combo.currentData() == "UTC", timeout=10_000)
    assert again.model.index(0, 0).data().endswith(" UTC")
