"""Reconciling a report in the viewer (issue 16): the edited report opened in the Reports tab, its rows that differ
marked (a colour, a "Difference" column and a tooltip with the sentence), the summary per class, only the
differences, one explained (a note required; the row then shows as explained and leaves the open count), the
reconciliation exported; a file that is no gateway report gets one sentence and nothing is marked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QEvent, QObject, Qt

from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.recon.match import DiffClass
from smartpay_desk.ui.reconciling import ExplainDialog, held
from smartpay_desk.ui.report_viewer.recon import ReconcileBar
from smartpay_desk.ui.report_viewer.recon_panel import ALARMING, ELSEWHERE, EXPLAINED, ReconPanel
from smartpay_desk.ui.tabs.reports import ReportsTab
from smartpay_desk.ui.triage_watch import triage_watch
from tests.gui.recon_support import export_payments, make_history, plant, shot


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    """A sandbox without a seeded history: every transaction it holds is one this desk made."""
    with SandboxServer(host="127.0.0.1", port=0, settle_delay_s=0.3, report_delay_s=0.3, seed_history=False) as srv:
        yield srv


@pytest.fixture
def tab(qtbot: Any, desk_ctx: Any) -> ReportsTab:
    widget = ReportsTab(desk_ctx)
    qtbot.addWidget(widget)
    widget.resize(1240, 820)
    widget.show()
    return widget


def open_and_wait(qtbot: Any, tab: ReportsTab, path: Path) -> None:
    with qtbot.waitSignal(tab.viewer.loaded, timeout=20_000):
        tab.open_file(path)
    tab.viewer.model.settle()


def reconciled(qtbot: Any, tab: ReportsTab) -> ReconcileBar:
    recon = tab.viewer.recon
    assert recon is not None and recon.button.isEnabled()
    recon.button.click()
    assert not recon.button.isEnabled() and recon.panel.isVisible()  # working: the panel says so
    qtbot.waitUntil(lambda: recon.task is None and recon.button.isEnabled(), timeout=20_000)
    return recon


class EventCounter(QObject):
    """Counts the events of the given types a widget receives."""

    def __init__(self, widget: Any, *types: QEvent.Type) -> None:
        super().__init__(widget)
        self.types, self.count = types, 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.count += event.type() in self.types
        return False


def rows_by_order(tab: ReportsTab) -> dict[str, int]:
    model = tab.viewer.model
    return {str(model.index(r, 0).data()): r for r in range(model.rowCount())}


def test_the_edited_report_is_reconciled_marked_explained_and_exported(
    qtbot: Any, tab: ReportsTab, desk_ctx: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    watch = triage_watch(desk_ctx)  # the Needs attention list (and the status bar's count)

    def waiting() -> set[str]:
        return {item.order_id for item in watch.items if item.source == "difference"}

    make_history(desk_ctx)
    edited, planted = plant(export_payments(desk_ctx, tmp_path))
    open_and_wait(qtbot, tab, edited)
    recon = reconciled(qtbot, tab)
    model, view = tab.viewer.model, tab.viewer.view
    result = recon.result
    assert result is not None
    assert {(str(d.cls), d.order_id) for d in result.differences} == planted  # exactly the planted ones
    assert held(desk_ctx)[edited] is result
    qtbot.waitUntil(lambda: waiting() == {"pay-2", "pay-4", "web-1", "pay-6"}, timeout=10_000)  # in the triage

    # the marked rows: a "Difference" column (read first), a background, a tooltip with the sentence
    at = model.table.marked_at
    assert model.headerData(at, Qt.Orientation.Horizontal) == "Difference"
    assert view.horizontalHeader().visualIndex(at) == 0
    rows = rows_by_order(tab)
    marked = {order: model.index(r, at).data() for order, r in rows.items() if model.index(r, at).data()}
    assert marked == {
        "pay-2": "amount differs", "pay-4": "status differs", "web-1": "in the report, not in the journal",
    }  # fmt: skip
    assert model.index(rows["pay-2"], 3).data(Qt.ItemDataRole.BackgroundRole).name() == ALARMING
    assert model.index(rows["web-1"], 1).data(Qt.ItemDataRole.BackgroundRole).name() == ELSEWHERE
    assert model.index(rows["pay-1"], 1).data(Qt.ItemDataRole.BackgroundRole) is None
    tip = model.index(rows["pay-2"], 3).data(Qt.ItemDataRole.ToolTipRole)
    said = "Amount differs: The journal has the card payment pay-2 for €10.02; the report has €11.02."
    assert tip == f"€11.02\n\n{said}"

    # the summary: counts and money per class, the open count
    panel: ReconPanel = recon.panel
    assert "4 differences, 4 not explained" in panel.title.text()
    shown = [panel.grid.itemAt(i).widget() for i in range(panel.grid.count())]
    texts = [label.text() for label in shown if label.isVisibleTo(panel)]
    assert "Amount differs" in texts and "€10.02" in texts and "€12.50" in texts
    assert "In the journal, not in the report" in texts and "1 operation" in texts
    assert "Needs attention" in panel.hint.text()
    labels = {id(label) for label in shown}

    # reconciled again, the same classes found: the panel keeps its lines and its size, the table does not move
    # (each move repaints the whole window)
    moves = EventCounter(view, QEvent.Type.Resize, QEvent.Type.Move)
    reconciled(qtbot, tab)
    qtbot.wait(50)
    assert moves.count == 0 and {id(panel.grid.itemAt(i).widget()) for i in range(panel.grid.count())} == labels
    assert "4 differences, 4 not explained" in panel.title.text()

    # only the differences
    tab.viewer.filters.only_differences.setChecked(True)
    assert set(rows_by_order(tab)) == {"pay-2", "pay-4", "web-1"}

    # explain one: a note is required
    rows = rows_by_order(tab)
    view.setCurrentIndex(model.index(rows["pay-2"], 0))
    assert panel.explain_button.isEnabled()
    dialog = ExplainDialog(None, ["pay-2: amount differs.", "a sentence"])
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.note, "  ")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.note, "corrected by hand at the gateway")
    assert dialog.ok_button.isEnabled() and dialog.text() == "corrected by hand at the gateway"

    asked: list[Any] = []

    def ask(cls: Any, parent: Any, difference: Any) -> str:
        asked.append(difference)
        return "corrected by hand at the gateway, ticket 4411"

    monkeypatch.setattr(ExplainDialog, "ask", classmethod(ask))
    panel.explain_button.click()
    assert [d.order_id for d in asked] == ["pay-2"]
    qtbot.waitUntil(lambda: "3 not explained" in panel.title.text(), timeout=10_000)
    assert model.index(rows["pay-2"], at).data() == "amount differs (explained)"
    assert model.index(rows["pay-2"], 1).data(Qt.ItemDataRole.BackgroundRole).name() == EXPLAINED
    assert "explained it on" in model.index(rows["pay-2"], 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Explained: pay-2" in panel.message.text() and panel.explain_button.text() == "Explain again…"
    amount_line = panel._lines[DiffClass.AMOUNT]
    assert amount_line[3].text() == "all explained" and not amount_line[3].property("tone")  # no longer in red
    assert [str(d.cls) for d in held(desk_ctx)[edited].open] == ["status_differs", "report_only", "journal_only"]
    qtbot.waitUntil(lambda: waiting() == {"pay-4", "web-1", "pay-6"}, timeout=10_000)  # it left the triage
    [note] = [x for x in desk_ctx.journal.explanations() if x.order_id == "pay-2"]
    assert note.difference == "amount_differs" and note.note.startswith("corrected by hand")

    # export: every difference, with its explanation
    out = tmp_path / "reconciliation.xlsx"
    monkeypatch.setattr(ReconcileBar, "ask_export_path", classmethod(lambda cls, parent, suggested: out))
    panel.export_button.click()
    qtbot.waitUntil(lambda: "Saved reconciliation.xlsx" in panel.message.text(), timeout=10_000)
    table = [[c.value for c in r] for r in openpyxl.load_workbook(out).active.iter_rows()]
    explained = next(r for r in table if r[2] == "pay-2")
    assert explained[-1] == "corrected by hand at the gateway, ticket 4411"

    shot(tab, "reconcile-viewer")

    # opened again (the marks go), the file reconciled earlier in this run is reconciled again by itself
    open_and_wait(qtbot, tab, edited)
    qtbot.waitUntil(lambda: recon.result is not None and recon.task is None, timeout=20_000)
    assert view.horizontalHeader().visualIndex(model.table.marked_at) == 0
    assert "3 not explained" in panel.title.text()


def test_a_file_that_is_no_gateway_report_gets_one_sentence_and_no_marks(
    qtbot: Any, tab: ReportsTab, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Name", "Score"])
    for i in range(5):
        book.active.append([f"row {i}", i])
    path = tmp_path / "scores.xlsx"
    book.save(path)
    open_and_wait(qtbot, tab, path)
    recon = reconciled(qtbot, tab)
    panel = recon.panel
    assert panel.isVisible() and panel.title.text() == (
        "scores.xlsx is not a gateway report: its header does not name Order ID, Status, Amount and Currency."
    )
    assert not panel.lines.isVisible() and not panel.export_button.isEnabled()
    assert tab.viewer.model.columnCount() == 2 and tab.viewer.model.table.marked_at < 0 and not tab.viewer.model.marks
    assert not tab.viewer.filters.only_differences.isVisible()
    shot(tab, "reconcile-not-a-report")
