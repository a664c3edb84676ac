"""Reconciling the report in the viewer with the journal (issue 16): the viewer's "Reconcile with journal" button,
its panel (recon_panel.py), the marked rows, "Only differences", Explain… and Export reconciliation….

    viewer = ReportViewer(parent, ctx=ctx)     # a viewer given the desk's context has a ReconcileBar: viewer.recon
    viewer.recon.reconcile()                   # the worker's Task (None when there is nothing to reconcile)
    viewer.recon.explain_selected()            # the explain dialog for the selected row's difference
    viewer.recon.export()                      # ReconcileBar.ask_export_path (tests monkeypatch it), then a worker

Every read runs in a worker: the table already loaded is handed over as it is (services/recon/report.
report_from_table: its columns are never changed once read), or, when the viewer could not show the file, the
file is read again by services/recon/reconcile.reconcile_file. A file that is no gateway report gets the
reader's one sentence and nothing is marked. The result is kept in the profile's session (ui/reconciling.py)
so the Needs attention tab lists the differences nobody has explained; an explanation made there marks the row
here as explained.
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractEventDispatcher, QModelIndex, QObject, QTimer, Slot
from PySide6.QtWidgets import QPushButton, QWidget

from ...api.said import sentence_of
from ..i18n import say, tr
from ..messages import describe_error
from ..reconciling import explain_difference, held, keep
from ..widgets.files import ask_save_path, workbook
from ..widgets.icons import icon
from ..worker import Call
from .recon_panel import HEADER, Marked, ReconPanel, marked

if TYPE_CHECKING:
    from ...services.journal.explanations import Explanation
    from ...services.journal.interface import JournalStore
    from ...services.recon.match import Difference, Reconciliation
    from ...services.reports.xlsx.table import Table
    from ..context import DeskContext, ProfileSession
    from ..worker import Task
    from .viewer import ReportViewer

MARK_WIDTH = 230  # px: the Difference column, wide enough for "in the report, not in the journal"
PAINT_WAIT_MS = 200  # the longest the worker (after_paint) or Needs attention waits for the window to catch up


def reconcile_table(
    journal: JournalStore, table: Table, path: Path, profile: str | None, zone: str = "local"
) -> Reconciliation:
    """The viewer's table, as read, reconciled with `journal` (a worker's call); its days are `zone`'s."""
    from ...services.profiles.desk_settings import zone_of
    from ...services.recon.collector import collector_paused, release
    from ...services.recon.reconcile import reconcile
    from ...services.recon.report import report_from_table, scope_of

    with collector_paused():  # its 100,000 rows too (services/recon/collector.py)
        report = report_from_table(table, path)
        result = reconcile(journal, report, profile=profile, scope=scope_of(report, zone=zone_of(zone)))
        release(report.rows)  # before the collector runs again (it would walk every row still held), in slices
    return result


def reconcile_path(journal: JournalStore, path: Path, profile: str | None, zone: str = "local") -> Reconciliation:
    """The file read again and reconciled (the viewer has no rows of it to give); its days are `zone`'s."""
    from ...services.profiles.desk_settings import zone_of
    from ...services.recon.reconcile import reconcile_file

    return reconcile_file(journal, path, profile=profile, zone=zone_of(zone))[1]


def after_paint(shown: threading.Event, call: Call[Reconciliation], rows: int) -> Marked:
    """`call`, once the window has been laid out and painted with its busy panel (the GUI thread's event loop had
    nothing left to do; at most PAINT_WAIT_MS from now): that paint while this worker computes in Python took
    75-350 ms instead of 15 (every cell of the table asks the model, in Python, and the two threads share the GIL:
    bench_recon.py's reconcile_gui_stall_ms). The marks for a table of `rows` are made here too
    (recon_panel.marked), not on the GUI thread."""
    shown.wait(PAINT_WAIT_MS / 1000)
    return marked(call(), rows)


class ReconcileBar(QObject):
    def __init__(self, ctx: DeskContext, viewer: ReportViewer) -> None:
        super().__init__(viewer)
        self.ctx = ctx
        self.viewer = viewer
        self.result: Reconciliation | None = None
        self._by_row: dict[int, Difference] = {}  # source row → its difference (result.by_row())
        self.task: Task | None = None
        self.others: list[Task] = []  # explaining, exporting
        self._turn = 0  # a new file (or a new reconciliation) makes the answers of older ones stale
        self._shown: threading.Event | None = None  # set when the window has caught up (after_paint waits for it)
        self._keeping: tuple[int, Path, Reconciliation, ProfileSession | None] | None = None
        self._keep_timer = QTimer(self)  # should the event loop never run dry
        self._keep_timer.setSingleShot(True)
        self._keep_timer.setInterval(PAINT_WAIT_MS)
        self._keep_timer.timeout.connect(self._keep_now)
        self._waiting = False  # for the event loop to have nothing left to do (_caught_up)
        self._unpainted = False  # …after the table's next paint (_painted)
        viewer.view.painted.connect(self._painted)
        self.button = QPushButton(icon("refresh"), tr("Reconcile with journal"), viewer)
        self.button.setToolTip(tr("Match every row with what this desk's journal says it asked for, and mark the "
                               "rows that differ"))  # fmt: skip
        self.button.setEnabled(False)
        self.button.clicked.connect(self.reconcile)
        viewer.head.insertWidget(viewer.head.count() - 1, self.button)  # before "Open in spreadsheet application"
        self.panel = ReconPanel(viewer.body)
        below = viewer.message if viewer.message is not None else viewer.filters  # under the views bar, if any
        viewer.body_box.insertWidget(viewer.body_box.indexOf(below) + 1, self.panel)
        self.panel.explain_button.clicked.connect(self.explain_selected)
        self.panel.export_button.clicked.connect(self.export)
        viewer.opened.connect(self._opened)
        viewer.loaded.connect(self._loaded)
        viewer.failed.connect(self._refused_file)
        viewer.view.selectionModel().currentRowChanged.connect(self._row_changed)
        viewer.view.doubleClicked.connect(self._double_clicked)
        ctx.reconciled.connect(self._reconciled)

    # ---------------------------------------------------------------- dialogs (tests monkeypatch this)

    @classmethod
    def ask_export_path(cls, parent: QWidget, suggested: Path) -> Path | None:
        return ask_save_path(parent, tr("Save the reconciliation as"), suggested, [workbook()])

    # ---------------------------------------------------------------- reconcile

    @Slot()
    def reconcile(self) -> Task | None:
        """Reconcile the file shown with the profile's journal, in a worker."""
        viewer, journal, profile = self.viewer, self.ctx.journal, self.ctx.profile
        path = viewer.path
        if path is None or viewer.loading:
            return None
        if journal is None:
            self.panel.show_refused(tr("Open a profile first: there is no journal to reconcile the report with."))
            return None
        self._turn += 1
        turn, name = self._turn, profile.name if profile is not None else None
        table = self._snapshot()
        zone = self.ctx.time_zone
        call = Call(reconcile_table, journal, table, path, name, zone) if table is not None else Call(
            reconcile_path, journal, path, name, zone)  # fmt: skip
        self.button.setEnabled(False)
        shown = threading.Event()
        moved = self.panel.show_busy()
        self._settle_view()
        self._shown = shown  # the worker starts once the window is laid out and painted again (after_paint)
        self._wait_for_idle(painted=moved and self.viewer.view.isVisible())
        self.task = self.ctx.runner.start(
            Call(after_paint, shown, call, viewer.model.table.row_count),
            on_success=functools.partial(self._reconciled_now, turn, path),
            on_failure=functools.partial(self._refused, turn),
        )  # fmt: skip
        return self.task

    def _settle_view(self) -> None:
        """The table's own delayed layout (Qt runs it from a timer after the panel moved the table) done now, before
        a worker competes for the GIL: under contention each of its calls into Python waited, 100-300 ms in all."""
        self.viewer.view.executeDelayedItemsLayout()

    def _snapshot(self) -> Table | None:
        """The viewer's rows as services.reports.xlsx.table.Table (the lists themselves: no copy), or None."""
        from ...services.reports.xlsx.table import Table

        source = self.viewer.model.table
        if not source.headers or not source.row_count:
            return None
        keep_at = [i for i in range(len(source.headers)) if i != source.marked_at]
        header_row = self.viewer.sheet_bar.header_row
        return Table([source.headers[i] for i in keep_at], [source.kinds[i] for i in keep_at], source.gateway,
                     [source.columns[i] for i in keep_at], list(self.viewer.notes),  # type: ignore[misc]
                     source.row_count, header_row=header_row)  # fmt: skip

    def _reconciled_now(self, turn: int, path: Path, made: Marked) -> None:
        if turn != self._turn:
            return
        self.task = None
        self.button.setEnabled(True)
        result = made.result
        self.show(result, made)
        # The session keeps it now; it tells the desk (ctx.reconciled: Needs attention reads again, in a worker)
        # once the marks are painted: that paint while a worker computes in Python takes many times as long.
        keep(self.ctx, path, result, tell=False)
        self._keeping = (turn, path, result, self.ctx.session)
        self._keep_timer.start()
        self._wait_for_idle(painted=self.viewer.view.isVisible())

    def _wait_for_idle(self, *, painted: bool) -> None:
        """Call _caught_up when the GUI thread's event loop has nothing left to do (`painted`: after the table's
        next paint too: Qt lays a moved table out from timers of its own, a turn or two later)."""
        self._unpainted = painted
        if not self._waiting:
            self._waiting = True
            QAbstractEventDispatcher.instance().aboutToBlock.connect(self._caught_up)

    @Slot()
    def _painted(self) -> None:
        self._unpainted = False

    @Slot()
    def _caught_up(self) -> None:
        """Every layout and paint is made: the worker may start, and Needs attention may read."""
        if self._unpainted and (self._shown is not None or self._keeping is not None):
            return
        QAbstractEventDispatcher.instance().aboutToBlock.disconnect(self._caught_up)
        self._waiting = False
        if self._shown is not None:
            self._shown.set()
            self._shown = None
        if self._keeping is not None:
            self._keep_now()

    @Slot()
    def _keep_now(self) -> None:
        if self._keeping is None:
            return
        turn, path, _result, session = self._keeping
        self._keeping = None
        self._keep_timer.stop()
        if turn == self._turn and session is not None and session is self.ctx.session:
            self.ctx.reconciled.emit(path)

    def _refused(self, turn: int, exc: BaseException) -> None:
        if turn != self._turn:
            return
        from ...services.recon.report import NotAGatewayReport

        self.task = None
        self.button.setEnabled(True)
        self._unmark()
        said = say(sentence_of(exc)) if isinstance(exc, NotAGatewayReport) else describe_error(exc, reading=True)
        self.panel.show_refused(said)

    @Slot(object)
    def _reconciled(self, path: object) -> None:
        """A reconciliation of this session was made or changed: shown if it is the file in the viewer."""
        result = held(self.ctx).get(Path(str(path))) if path is not None else None
        if result is None or self.viewer.path is None or Path(str(path)) != self.viewer.path or self.task:
            return
        if result is not self.result:  # not the one just shown (_reconciled_now)
            self.show(result)

    def show(self, result: Reconciliation, made: Marked | None = None) -> None:
        """Mark the rows of `result`'s differences and show its panel (`made`: its marks, made by the worker)."""
        viewer = self.viewer
        model, header = viewer.model, viewer.view.horizontalHeader()
        first = model.table.marked_at < 0
        if made is None or len(made.values) != model.table.row_count:
            made = marked(result, model.table.row_count)
        self.result, self._by_row = result, made.by_row
        marks = made.marks
        model.set_marks(HEADER, made.values, marks)
        at = model.table.marked_at
        if first:
            header.moveSection(header.visualIndex(at), 0)  # read first, before the report's own columns
            header.resizeSection(at, MARK_WIDTH)
        rows, before = frozenset(marks), viewer.filters.marked
        viewer.filters.set_marked(rows)
        if viewer.filters.only_differences.isChecked() and rows != before:  # the same rows: the selection stays
            viewer.apply_filter()
        self.panel.show_result(result, made.summary)
        self._settle_view()
        self._update_explain()

    def _unmark(self) -> None:
        self.result, self._by_row = None, {}
        self.viewer.filters.set_marked(None)
        if self.viewer.model.marks:
            self.viewer.model.set_marks(HEADER, [None] * self.viewer.model.table.row_count, {})

    def _track(self, task: Task | None) -> Task | None:
        self.others = [t for t in self.others if not t.finished]
        if task is not None:
            self.others.append(task)
        return task

    def stop(self) -> None:
        """The viewer goes (another profile, the window closes): no answer comes back to it. An explanation
        already asked for is still journaled; the triage reads it from the journal."""
        self._turn += 1
        for task in [self.task, *self.others]:
            if task is not None:
                task.cancel()
        if self.task is not None:
            self.task, self.others = None, []

    # ---------------------------------------------------------------- the file in the viewer

    @Slot(object)
    def _opened(self, _path: object) -> None:
        self._turn += 1
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self.result, self._by_row = None, {}
        self.button.setEnabled(False)
        self.panel.clear()

    @Slot(str)
    def _refused_file(self, _sentence: str) -> None:
        self._loaded(0)

    @Slot(int)
    def _loaded(self, _rows: int) -> None:
        """Read (or refused): reconcile at once a file reconciled earlier in this run (the marks come back)."""
        viewer = self.viewer
        read = bool(viewer.model.table.headers)  # a file refused has its sentence already, and nothing to match
        self.button.setEnabled(viewer.path is not None and read and not viewer.loading and self.task is None)
        if viewer.path is not None and viewer.path in held(self.ctx) and viewer.model.table.row_count:
            self.reconcile()

    # ---------------------------------------------------------------- explain

    def selected(self) -> Difference | None:
        """The difference of the row selected in the table, if it has one."""
        current = self.viewer.view.currentIndex()
        if self.result is None or not current.isValid() or current.row() >= self.viewer.model.rowCount():
            return None
        return self._by_row.get(self.viewer.model.source_row(current.row()))

    @Slot()
    def explain_selected(self) -> Task | None:
        difference = self.selected()
        if difference is None:
            self.panel.message.info(tr("Select a marked row first: its difference is the one explained."))
            return None
        self.panel.message.clear()
        task = explain_difference(self.ctx, self.viewer, difference, on_done=self._explained,
                                  on_failure=self.panel.message.error)  # fmt: skip
        return self._track(task)

    def _explained(self, made: Explanation) -> None:
        self.panel.message.success(tr("Explained: {order_id} ({note}).").format(order_id=made.order_id, note=made.note))

    @Slot(QModelIndex, QModelIndex)
    def _row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_explain()

    @Slot(QModelIndex)
    def _double_clicked(self, _index: QModelIndex) -> None:
        if self.selected() is not None:
            self.explain_selected()

    def _update_explain(self) -> None:
        difference = self.selected()
        self.panel.explain_button.setEnabled(difference is not None)
        self.panel.explain_button.setText(
            tr("Explain again…") if difference and not difference.is_open else tr("Explain…")
        )

    # ---------------------------------------------------------------- export

    @Slot()
    def export(self) -> Task | None:
        result, path = self.result, self.viewer.path
        if result is None or path is None:
            return None
        dest = self.ask_export_path(self.viewer, path.with_name(f"reconciliation of {path.stem}.xlsx"))
        if dest is None:
            return None
        from ...services.recon.export import export_reconciliation

        self.panel.message.info(tr("Saving the reconciliation…"))
        self.panel.export_button.setEnabled(False)
        return self._track(
            self.ctx.runner.start(
                Call(export_reconciliation, dest, result, self.ctx.time_zone),
                on_success=self._exported,
                on_failure=self._export_failed,
            )
        )

    def _exported(self, written: Path) -> None:
        self.panel.export_button.setEnabled(self.result is not None)
        self.panel.message.success(tr("Saved {name} in {parent}.").format(name=written.name, parent=written.parent))

    def _export_failed(self, exc: BaseException) -> None:
        from ...services.reports.exports import ExportError

        self.panel.export_button.setEnabled(self.result is not None)
        self.panel.message.error(say(sentence_of(exc)) if isinstance(exc, ExportError) else describe_error(exc))
