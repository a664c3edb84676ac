"""Reports: export transactions from the gateway as xlsx, and look at any xlsx in the in-app viewer.

Public API (main window, `smartpay-desk --open FILE`, the screenshot tour, ctx.navigate("open_report", path)):
    tab.open_file(path)                          show an xlsx from disk in the viewer
    tab.export_and_open(kind, status, first_day, last_day, dest=None)
                                                 export without asking where (<data>/Reports/export_file_name)
    ReportsTab.ask_save_path / ask_open_path     the file dialogs (classmethods tests monkeypatch)

Per profile (ui/context.py): leaving a profile keeps the export form, the report open in the viewer and the
line about the last export in `session.views["reports"]` (a ReportsView), and stops an export on its way (no
file is kept); coming back opens that report again, another profile starts with an empty viewer.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...api.models import SUCCESS
from ...services.reports.tasks import REPORT_TYPES, ExportProgress, create_and_download, report_request, reports_dir
from ..context import DeskContext, ProfileSession
from ..i18n import say, tr
from ..messages import describe_error
from ..report_viewer import ReportViewer
from ..widgets.busy import BusyBar
from ..widgets.files import ask_save_path as save_dialog
from ..widgets.files import workbook
from ..widgets.forms import Section
from ..widgets.icons import icon
from ..widgets.keys import FormKeys
from ..widgets.panels import MessageLine, primary
from ..worker import Call
from .reports_period import (  # CANCELLED, LEFT: the English sources, for the tests
    CANCELLED,
    LEFT,
    PERIODS,
    STATUSES,
    cancelled_words,
    export_file_name,
    left_words,
    period_names,
    preset_range,
    pydate,
    qdate,
    report_type_names,
    status_names,
)
from .view_state import Fields, read_fields, say_again, write_fields

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from ..worker import Task

VIEW_KEY = "reports"
__all__ = ["CANCELLED", "LEFT", "ReportsTab", "ReportsView", "export_file_name", "preset_range"]


class ReportsView(NamedTuple):
    """What the tab showed for one profile."""

    fields: Fields  # type, status, first and last day
    report: Path | None  # the file open in the viewer
    last_export: Path | None
    message: tuple[str, str]  # (tone, text) beside the buttons


class ReportsTab(QWidget):
    title = "Reports"
    icon_name = "reports"

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: Task | None = None
        self.last_export: Path | None = None
        self._left = False  # a profile was left (the first profile of the run keeps what was chosen meanwhile)
        outer = self._outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(10)

        section = Section(tr("Export from the gateway"), self)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.type_combo = QComboBox(section)
        for kind in REPORT_TYPES:
            self.type_combo.addItem(report_type_names().get(kind, kind), kind)
        self.type_combo.setToolTip(tr("Which transactions: payments, payouts (withdrawals) or refunds"))
        self.status_combo = QComboBox(section)
        for _words, status in STATUSES:
            self.status_combo.addItem(status_names()[status], status)
        self.status_combo.setToolTip(tr("The gateway exports one status at a time"))
        self.from_edit = self._date_edit(section, tr("First day of the period (this computer's local time)"))
        self.to_edit = self._date_edit(section, tr("Last day of the period, included"))
        self.from_edit.dateChanged.connect(self._from_changed)
        self.to_edit.dateChanged.connect(self._to_changed)
        for caption, widget in ((tr("&Type"), self.type_combo), (tr("&Status"), self.status_combo),
                                (tr("Fro&m"), self.from_edit), (tr("T&o"), self.to_edit)):  # fmt: skip
            label = QLabel(caption, section)
            label.setBuddy(widget)
            widget.setAccessibleName(caption.replace("&", ""))
            row.addWidget(label)
            row.addWidget(widget)
        row.addStretch(1)
        section.add(row)
        # The quick periods on a row of their own: beside the dates they made the window at least 1,050 px wide.
        periods = QHBoxLayout()
        periods.setSpacing(8)
        periods.addWidget(QLabel(tr("Period"), section))
        self.preset_buttons: dict[str, QPushButton] = {}
        for name in PERIODS:
            button = QPushButton(period_names()[name], section)
            button.setObjectName("presetButton")
            button.setToolTip(tr("Set the period to {name}").format(name=period_names()[name].replace("&", "")))
            button.setProperty("preset", name)
            button.clicked.connect(self._preset_clicked)
            self.preset_buttons[name] = button
            periods.addWidget(button)
        periods.addStretch(1)
        section.add(periods)

        actions = QHBoxLayout()
        self.export_button = primary(QPushButton(icon("download"), tr("E&xport…"), section))
        self.export_button.setToolTip(tr("Ask the gateway for this report, save it where you choose and open it here"))
        self.export_button.clicked.connect(self.export)
        self.open_button = QPushButton(icon("open"), tr("Open f&ile…"), section)
        self.open_button.setToolTip(tr("Open any .xlsx report from this computer in the viewer"))
        self.open_button.clicked.connect(self.choose_file)
        actions.addWidget(self.export_button)
        actions.addWidget(self.open_button)
        actions.addSpacing(8)
        # The export's progress, then its outcome, beside the buttons in one slot of a steady height: the
        # section keeps its size when an export starts or ends, so the viewer below (a 100,000-row table and its
        # charts) is not moved and repainted whole, a 7-10 ms frame, while a report streams in.
        slot = QWidget(section)
        overlap = QGridLayout(slot)
        overlap.setContentsMargins(0, 0, 0, 0)
        self.busy = BusyBar(slot)
        self._last_progress = 0.0
        self.busy.cancelled.connect(self._cancelled)
        self.message = MessageLine(slot)
        overlap.addWidget(self.busy, 0, 0)
        overlap.addWidget(self.message, 0, 0)
        slot.setMinimumHeight(max(self.busy.height(), self.export_button.sizeHint().height()))
        actions.addWidget(slot, 1)
        section.add(actions)
        outer.addWidget(section)
        self._enter = FormKeys(section, self.export)  # Enter on a box or a date: Export… (asks where first)

        self.viewer = ReportViewer(self, ctx)
        outer.addWidget(self.viewer, 1)
        self.set_period("this month")
        self._fields = [self.type_combo, self.status_combo, self.from_edit, self.to_edit]
        self._fresh = read_fields(self._fields)
        ctx.navigate.connect(self._navigate)
        ctx.session_leaving.connect(self._leaving)
        ctx.profile_changed.connect(self._arrived)
        if ctx.session is not None and VIEW_KEY in ctx.session.views:  # built after a profile was left
            self._arrived(ctx.profile)

    @staticmethod
    def _date_edit(parent: QWidget, tip: str) -> QDateEdit:
        edit = QDateEdit(parent)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setToolTip(tip)
        return edit

    # ---------------------------------------------------------------- dialogs (tests monkeypatch these)

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: Path) -> Path | None:
        """Where to save the export; None if the operator cancels."""
        return save_dialog(parent, tr("Save the report as"), suggested, [workbook()])

    @classmethod
    def ask_open_path(cls, parent: QWidget, folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, tr("Open a report"), str(folder), tr("Excel workbooks (*.xlsx);;All files (*)")
        )
        return Path(name) if name else None

    # ---------------------------------------------------------------- public

    def set_period(self, name: str) -> None:
        first, last = preset_range(name, date.today())
        self.to_edit.setDate(qdate(last))
        self.from_edit.setDate(qdate(first))

    def period(self) -> tuple[date, date]:
        return pydate(self.from_edit.date()), pydate(self.to_edit.date())

    def open_file(self, path: str | Path) -> None:
        """Show `path` in the viewer (read in a child process; hostile files are refused with a sentence)."""
        self.message.clear()
        self.viewer.open(Path(path))

    @Slot()
    def choose_file(self) -> None:
        path = self.ask_open_path(self, self._folder())
        if path is not None:
            self.open_file(path)

    @Slot()
    def export(self) -> Task | None:
        """Ask where to save, then export. Returns the worker task (None if the operator cancelled)."""
        kind, status = self.type_combo.currentData(), self.status_combo.currentData()
        first, last = self.period()
        dest = self.ask_save_path(self, self._folder() / export_file_name(kind, status, first, last))
        if dest is None:
            return None
        return self._start(kind, status, first, last, dest)

    def export_and_open(
        self,
        kind: str = "Payment",
        status: int = SUCCESS,
        first_day: date | None = None,
        last_day: date | None = None,
        dest: str | Path | None = None,
    ) -> Task | None:
        """Export without a dialog (default file in <data dir>/Reports) and open the result in the viewer."""
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(kind), 0))
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(status), 0))
        if first_day is not None and last_day is not None:
            self.to_edit.setDate(qdate(last_day))
            self.from_edit.setDate(qdate(first_day))
        first, last = self.period()
        target = Path(dest) if dest is not None else self._folder() / export_file_name(kind, status, first, last)
        return self._start(kind, status, first, last, target)

    def stop(self) -> None:
        """Stop the export (if any) and the viewer's reader: the tab is closing."""
        if self.task is not None:
            self.busy.cancel()
        self.viewer.stop()

    # ---------------------------------------------------------------- export in a worker

    def _start(self, kind: str, status: int, first: date, last: date, dest: Path) -> Task | None:
        self.message.clear()
        ops = self.ctx.ops
        client = ops.client if ops is not None else None
        if client is None:
            self.message.error(tr("Open a profile first: there is no gateway to ask."))
            return None
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.message.error(describe_error(exc))
            return None
        request = report_request(kind, status, first, last)
        self.task = self.ctx.runner.start(
            Call(create_and_download, client, request, dest),
            with_progress=True, on_progress=self._progress, on_success=self._exported, on_failure=self._failed,
        )  # fmt: skip
        self.busy.progress.setRange(0, 0)
        self.busy.track(
            self.task, say(ExportProgress("requested").sentence()), disable=[self.export_button], sends=False
        )
        return self.task

    def _progress(self, value: object) -> None:
        if not isinstance(value, ExportProgress):
            return
        # A download reports every chunk: repaint at most ten times a second, and always the last step.
        now = time.monotonic()
        if value.fraction not in (None, 1.0) and now - self._last_progress < 0.1:
            return
        self._last_progress = now
        fraction = value.fraction
        if fraction is None:
            self.busy.progress.setRange(0, 0)
        else:
            self.busy.progress.setRange(0, 1000)
            self.busy.progress.setValue(int(fraction * 1000))
        self.busy.set_text(say(value.sentence()))

    def _exported(self, path: object) -> None:
        self.task = None
        self.last_export = Path(str(path))
        self.message.success(
            tr("Saved {name} in {parent}.").format(name=self.last_export.name, parent=self.last_export.parent)
        )
        self.viewer.open(self.last_export)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.message.error(describe_error(exc, reading=True))  # a report moves no money

    @Slot()
    def _cancelled(self) -> None:
        self.task = None
        self.busy.set_text(cancelled_words())

    # ---------------------------------------------------------------- helpers

    def _folder(self) -> Path:
        data_dir = self.ctx.data_dir
        if data_dir is None:
            return Path.home()
        try:
            return reports_dir(data_dir)
        except OSError:
            return Path(data_dir)

    @Slot()
    def _preset_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            self.set_period(str(button.property("preset")))

    @Slot(QDate)
    def _from_changed(self, value: QDate) -> None:
        if self.to_edit.date() < value:
            self.to_edit.setDate(value)

    @Slot(QDate)
    def _to_changed(self, value: QDate) -> None:
        if self.from_edit.date() > value:
            self.from_edit.setDate(value)

    @Slot(str, object)
    def _navigate(self, target: str, value: object) -> None:
        if target == "open_report" and value:
            self.open_file(Path(str(value)))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)

    # ---------------------------------------------------------------- per profile

    @Slot(object)
    def _leaving(self, session: object) -> None:
        """Stop an export on its way (no file is kept) and keep what this profile showed."""
        if self.task is not None:
            self.busy.cancel()
            self.message.info(left_words())
        self.busy.stop()
        self.viewer.stop()
        self._left = True
        if isinstance(session, ProfileSession):
            message = (self.message.tone, self.message.text())
            session.views[VIEW_KEY] = ReportsView(
                read_fields(self._fields), self.viewer.path, self.last_export, message
            )

    @Slot(object)
    def _arrived(self, _profile: object) -> None:
        """The profile in front's form and report, or an empty viewer and this month."""
        session = self.ctx.session
        view = session.views.get(VIEW_KEY) if session is not None else None
        if not self._left and view is None:
            return
        if self.viewer.path is not None:  # a report of the last profile: a new, empty viewer in its place
            fresh = ReportViewer(self, self.ctx)
            self._outer.replaceWidget(self.viewer, fresh)
            self.viewer.stop()
            self.viewer.deleteLater()
            self.viewer = fresh
        self.message.clear()
        if not isinstance(view, ReportsView):
            write_fields(self._fields, self._fresh, quiet=True)
            self.set_period("this month")
            self.last_export = None
            return
        write_fields(self._fields, view.fields, quiet=True)
        self.last_export = view.last_export
        say_again(self.message, *view.message)
        if view.report is not None:
            self.viewer.open(view.report)
