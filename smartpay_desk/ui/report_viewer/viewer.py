"""The in-app report viewer: a table that fills in batch by batch, filters, totals per currency, two charts.

    viewer = ReportViewer()
    viewer.open(path)               reads in a child process; the first rows show at once
    viewer.loaded / viewer.failed   signals when the file has been read (or refused, with a sentence)
    ReportViewer(parent, ctx=ctx)   with the desk's context: "Reconcile with journal" (recon.py, viewer.recon),
                                    saved views, "Export this view…", times in the zone chosen (views.py)

    viewer.open(path, sheet="2024", header_row=3)   another worksheet, another header row (0: none)

A gateway export (Order ID, Status, Amount, Currency …) gets the status / type / date filters, totals and
charts; any other workbook opens as a plain table with the text filter. Every file opens on the sheet Excel
opens on, its title (the rows above its header) above the table; the sheet bar (sheet_bar.py) offers the other
visible worksheets and another header row, and a choice reads the file again that way. Each cell shows what
`smartpay sheet` prints for it (model.py); the columns are sized to their header and first screenful of rows
when the first rows arrive (ReportView.fit_columns).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...services.profiles.desk_settings import zone_words
from ..i18n import tr
from ..widgets.icons import icon
from ..widgets.steady_line import SteadyLine
from .charts import DailyVolumeChart, StatusMixChart
from .filters import FilterBar
from .loader import ReaderProcess
from .model import ReportTableModel
from .parts import NOTES_STYLE, REFUSED_STYLE, warm_money_formats
from .sheet_bar import SheetBar
from .table import RowFilter
from .texts import noon
from .view import ReportView
from .words import rows_words, totals_words

if TYPE_CHECKING:
    from ..context import DeskContext
    from ..widgets.panels import MessageLine
    from .recon import ReconcileBar
    from .views import ReportViewsBar

CHART_REFRESH_MS = 250


class ReportViewer(QWidget):
    loaded = Signal(int)  # rows read
    failed = Signal(str)
    opened = Signal(object)  # a file is being opened (its Path): what was shown of the last one goes

    def __init__(self, parent: QWidget | None = None, ctx: DeskContext | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportViewer")
        self.path: Path | None = None
        self.sheet: str | None = None  # the worksheet asked for (None: the one Excel opens on)
        self.header_row: int | None = None  # the header row asked for (0: none; None: the reader finds it)
        self._sized = False  # the columns were fitted to the first rows of this file
        self.loading = False
        self.notes: list[str] = []
        self.error: str = ""
        self.model = ReportTableModel(self)
        self.model.summary_changed.connect(self._summary_soon)
        self.reader = ReaderProcess(self)
        self.reader.meta.connect(self._on_meta)
        self.reader.rows.connect(self._on_rows)
        self.reader.total.connect(self._on_total)
        self.reader.note.connect(self._on_note)
        self.reader.finished.connect(self._on_finished)
        self.reader.failed.connect(self._on_failed)
        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(CHART_REFRESH_MS)
        self._summary_timer.timeout.connect(self.refresh_summary)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(200)
        self._filter_timer.timeout.connect(self.apply_filter)
        self._choices_timer = QTimer(self)
        self._choices_timer.setSingleShot(True)
        self._choices_timer.setInterval(0)
        self._choices_timer.timeout.connect(self._fill_choices)
        self._build()
        self.recon: ReconcileBar | None = None
        self.views: ReportViewsBar | None = None
        self.message: MessageLine | None = None  # the views bar's line (in the desk)
        if ctx is not None:
            from ..widgets.panels import MessageLine
            from .recon import ReconcileBar
            from .views import ReportViewsBar

            message = self.message = MessageLine(self.body)
            self.views = ReportViewsBar(self, ctx, message)
            at = self.body_box.indexOf(self.filters) + 1
            self.body_box.insertWidget(at, self.views)
            self.body_box.insertWidget(at + 1, message)
            self.views.show_zone(ctx.time_zone)
            self.recon = ReconcileBar(ctx, self)
        self._show_empty()

    # ---------------------------------------------------------------- layout

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        head = self.head = QHBoxLayout()
        self.file_label = QLabel(self)
        self.file_label.setObjectName("resultTitle")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(100)
        self.progress.setMaximumHeight(10)
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # showing and hiding it must not move the rest of the tab
        self.progress.setSizePolicy(policy)
        self.progress.hide()
        self.rows_label = SteadyLine(self, name="hint")
        self.external_button = QPushButton(icon("open"), tr("Open in spreadsheet application"), self)
        self.external_button.setToolTip(
            tr("Open this file in Excel, LibreOffice or whatever this computer uses for .xlsx")
        )
        self.external_button.clicked.connect(self.open_externally)
        head.addWidget(self.file_label)
        head.addWidget(self.progress)
        head.addWidget(self.rows_label, 1)
        head.addWidget(self.external_button)
        outer.addLayout(head)

        self.notes_label = QLabel(self)
        self.notes_label.setObjectName("viewerNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet(NOTES_STYLE)
        self.notes_label.hide()
        outer.addWidget(self.notes_label)

        self.body = QWidget(self)
        body = self.body_box = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(6)
        self.sheet_bar = SheetBar(self)
        self.sheet_bar.sheet_chosen.connect(self._choose_sheet)
        self.sheet_bar.header_chosen.connect(self._choose_header)
        self.sheet_bar.hide()
        body.addWidget(self.sheet_bar)
        self.filters = FilterBar(self)
        self.filters.edited.connect(self._filter_soon)
        self.filters.changed.connect(self.apply_filter)
        body.addWidget(self.filters)
        bar = self.filters  # its widgets by their names here too (the tab's tests and screenshots use them)
        self.search, self.status_combo, self.type_combo = bar.search, bar.status_combo, bar.type_combo
        self.from_edit, self.to_edit = bar.from_edit, bar.to_edit

        self.view = ReportView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("Report rows"))

        self.charts = QWidget(self)
        chart_box = QVBoxLayout(self.charts)
        chart_box.setContentsMargins(0, 0, 0, 0)
        self.status_chart = StatusMixChart(self.charts)
        self.volume_chart = DailyVolumeChart(self.charts)
        chart_box.addWidget(self.status_chart, 0)
        chart_box.addWidget(self.volume_chart, 1)
        chart_box.addStretch(0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.charts)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([900, 320])
        body.addWidget(self.splitter, 1)

        self.totals_label = SteadyLine(self, name="totals")
        self.totals_label.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals_label.label.setAccessibleName(tr("Totals of the rows shown"))
        body.addWidget(self.totals_label)
        outer.addWidget(self.body, 1)
        outer.addStretch(0)

    # ---------------------------------------------------------------- API

    def open(self, path: str | Path, *, sheet: str | None = None, header_row: int | None = None) -> None:
        """Read `path` in a child process; rows appear batch by batch. `sheet`: a visible worksheet (default
        the one Excel opens on); `header_row`: the header's row number in the sheet (0: none; default found)."""
        self.reader.stop()
        if Path(path) != self.path:
            self.sheet_bar.setEnabled(False)  # the last file's sheets, until this one's arrive
        self.path = Path(path)
        self.sheet, self.header_row = sheet, header_row
        self.loading = True
        self.notes, self.error = [], ""
        self.model.clear()
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # unsorted: no old arrow
        self._reset_filters()
        self.file_label.setText(self.path.name)
        self.file_label.setToolTip(str(self.path))
        self.rows_label.setText(tr("Reading…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.external_button.setEnabled(self.path.exists())
        self.notes_label.hide()
        self.notes_label.setStyleSheet(NOTES_STYLE)
        # The body keeps its shape (an empty table) until the file's layout arrives: hiding it now and
        # showing it again 0.1 s later would lay out and repaint the whole tab twice.
        self.totals_label.clear()
        warm_money_formats()
        self.opened.emit(self.path)
        self.reader.start(self.path, sheet=sheet, header_row=header_row)

    def stop(self) -> None:
        """Stop reading (the rows read so far stay), and reconciling."""
        self.reader.stop()
        if self.recon is not None:
            self.recon.stop()
        if self.loading:
            self.loading = False
            self.progress.hide()

    @Slot()
    def open_externally(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def current_filter(self) -> RowFilter:
        return self.filters.current()

    @Slot()
    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(self.current_filter())

    # ---------------------------------------------------------------- the sheet bar's choices

    @Slot(str)
    def _choose_sheet(self, name: str) -> None:
        if self.path is not None:
            self.open(self.path, sheet=name)  # its own header row, found

    @Slot(int)
    def _choose_header(self, row: int) -> None:
        if self.path is not None:
            self.open(self.path, sheet=self.sheet_bar.sheet or self.sheet, header_row=row)

    # ---------------------------------------------------------------- reader events

    @Slot(object)
    def _on_meta(self, meta: dict[str, Any]) -> None:
        self.model.set_layout(meta.get("headers", []), meta.get("kinds", []), bool(meta.get("gateway")))
        self.body.show()
        self._set_gateway(self.model.table.gateway)
        self.sheet_bar.show_meta(meta)
        if self.views is not None:
            self.views.put_back()  # the view in use: its filters (applied now), its columns and sort
        self.model.set_filter(self.current_filter())
        self._sized = False
        self.view.fit_columns()  # to the headers until the first rows arrive

    @Slot(object)
    def _on_rows(self, batch: dict[str, Any]) -> None:
        self.model.append_columns(batch.get("cols") or [], batch.get("shown"), batch.get("errors"), defer=True)
        if not self._sized and self.model.rowCount():
            self._sized = True
            self.view.fit_columns()
        if self.progress.maximum():
            self._show_progress()

    @Slot(int)
    def _on_total(self, rows: int) -> None:
        if rows > 0:
            self.progress.setRange(0, rows)
            self._show_progress()

    def _show_progress(self) -> None:
        # QProgressBar.setValue repaints at once (synchronously, with every other widget waiting to be
        # painted): with updates off it only records the value, and turning them on schedules a paint.
        self.progress.setUpdatesEnabled(False)
        self.progress.setValue(min(self.model.table.row_count, self.progress.maximum()))
        self.progress.setUpdatesEnabled(True)

    @Slot()
    def _summary_soon(self) -> None:
        """While rows stream in, totals and charts are redrawn at most every CHART_REFRESH_MS."""
        if self.model.counting:
            return
        if not self.loading:
            self.refresh_summary()
        elif not self._summary_timer.isActive():
            self._summary_timer.start()

    @Slot(str)
    def _on_note(self, text: str) -> None:
        if text == self.sheet_bar.redundant_note:
            return  # "This workbook has 3 worksheets; …": the sheet switcher says so
        if text and text not in self.notes:
            self.notes.append(text)
        self.notes_label.setText("\n".join(self.notes))
        self.notes_label.setVisible(bool(self.notes))

    @Slot(int)
    def _on_finished(self, rows: int) -> None:
        self.loading = False
        self.progress.hide()
        self.model.show_new_rows()
        self._choices_timer.start()
        if not self._sized:  # rows that came as the file ended
            self._sized = True
            self.view.fit_columns()
        self.model.seal()
        self.model.build_search_text()
        self._summary_soon()
        self.loaded.emit(rows)

    @Slot(str)
    def _on_failed(self, sentence: str) -> None:
        self.loading = False
        self.progress.hide()
        self.model.show_new_rows()
        self.error = sentence
        if self.model.table.row_count:
            self._on_note(sentence)
            self._summary_soon()
            self.model.seal()  # what arrived stays shown: as read as it will be
        else:
            self.rows_label.setText("")
            self.notes_label.setText(sentence)
            self.notes_label.setStyleSheet(REFUSED_STYLE)
            self.notes_label.show()
            self.body.hide()
            self.external_button.setEnabled(False)
        self.failed.emit(sentence)

    # ---------------------------------------------------------------- summary

    @Slot()
    def refresh_summary(self) -> None:
        self._summary_timer.stop()
        table = self.model.table
        summary = self.model.running
        self.rows_label.setText(rows_words(summary.rows, table.row_count, self.loading))
        if not table.gateway:
            self.totals_label.setText("")
            return
        if summary.totals:
            line, parts = totals_words(summary.rows, summary.totals)
            self.totals_label.setText(line)
            self.totals_label.label.setAccessibleDescription(line)
            self.totals_label.setToolTip(parts)  # the whole line, should it be wider than the tab
        else:
            self.totals_label.setText(tr("No amounts in the rows shown."))
        words = ""
        if self.model.zone is not None:
            words = zone_words(self.model.zone, [noon(day) for day in summary.daily_count])
            self.model.set_zone_words(words)
        self.status_chart.set_data(summary.statuses)
        self.volume_chart.set_data(summary.daily, summary.daily_count, summary.totals, words)

    # ---------------------------------------------------------------- helpers

    def _set_gateway(self, gateway: bool) -> None:
        self.filters.set_gateway(gateway)
        self.charts.setVisible(gateway)
        self.totals_label.setVisible(gateway)

    def _filter_soon(self) -> None:
        self._filter_timer.start()

    def _reset_filters(self) -> None:
        self.filters.reset()

    def _fill_choices(self) -> None:
        self.filters.fill_choices(self.model.table)

    def _show_empty(self) -> None:
        self.file_label.setText(tr("No report open"))
        self.rows_label.setText(tr("Export a report from the gateway, or open an .xlsx file from disk."))
        self.external_button.setEnabled(False)
        self._set_gateway(False)
        self.body.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reader.stop()
        super().closeEvent(event)
