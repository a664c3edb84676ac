"""The in-app report viewer: a table that fills in batch by batch, filters, totals per currency, two charts.

    viewer = ReportViewer()
    viewer.open(path)               reads in a child process; the first rows show at once
    viewer.loaded / viewer.failed   signals when the file has been read (or refused, with a sentence)

A gateway export (Order ID, Status, Amount, Currency …) gets the status / type / date filters, totals and
charts; any other workbook opens as a plain table with the text filter.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..widgets.icons import icon
from ..widgets.steady_line import SteadyLine
from .charts import DailyVolumeChart, StatusMixChart
from .loader import ReaderProcess
from .model import ReportTableModel, money_text
from .parts import ANY, NO_DATE, NOTES_STYLE, REFUSED_STYLE, date_edit, warm_money_formats
from .table import Cell, RowFilter
from .view import ReportView

CHART_REFRESH_MS = 250


class ReportViewer(QWidget):
    loaded = Signal(int)  # rows read
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportViewer")
        self.path: Path | None = None
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
        self._show_empty()

    # ---------------------------------------------------------------- layout

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        head = QHBoxLayout()
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
        self.external_button = QPushButton(icon("open"), "Open in spreadsheet application", self)
        self.external_button.setToolTip("Open this file in Excel, LibreOffice or whatever this computer uses for .xlsx")
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
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(6)
        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Filter rows: order id, card, customer, error, amount…")
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip("Shows only rows containing this text (any column, case ignored)")
        self.search.textChanged.connect(self._filter_soon)
        self.status_combo = QComboBox(self)
        self.status_combo.setToolTip("Show only rows with this status")
        self.type_combo = QComboBox(self)
        self.type_combo.setToolTip("Show only rows of this transaction type")
        for combo in (self.status_combo, self.type_combo):
            # one width whatever the file's values: a combo that fits its contents would move the whole
            # filter row (and repaint the tab) each time a file is opened
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(11)
            combo.currentIndexChanged.connect(self.apply_filter)
        self.from_edit = date_edit(self, "Show rows created on or after this day (local time); “any” for no limit")
        self.to_edit = date_edit(self, "Show rows created on or before this day (local time); “any” for no limit")
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._filter_soon)
        self.status_caption = QLabel("Status", self)
        self.type_caption = QLabel("Type", self)
        self.dates_caption = QLabel("Created", self)
        self.dash = QLabel("–", self)
        filters.addWidget(self.search, 3)
        for widget in (self.status_caption, self.status_combo, self.type_caption, self.type_combo,
                       self.dates_caption, self.from_edit, self.dash, self.to_edit):  # fmt: skip
            filters.addWidget(widget)
        body.addLayout(filters)
        self._gateway_widgets: list[QWidget] = [
            self.status_caption, self.status_combo, self.type_caption, self.type_combo,
            self.dates_caption, self.from_edit, self.dash, self.to_edit,
        ]  # fmt: skip

        self.view = ReportView(self)
        self.view.setModel(self.model)

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
        body.addWidget(self.totals_label)
        outer.addWidget(self.body, 1)
        outer.addStretch(0)

    # ---------------------------------------------------------------- API

    def open(self, path: str | Path) -> None:
        """Read `path` in a child process; rows appear batch by batch."""
        self.reader.stop()
        self.path = Path(path)
        self.loading = True
        self.notes, self.error = [], ""
        self.model.clear()
        self._reset_filters()
        self.file_label.setText(self.path.name)
        self.file_label.setToolTip(str(self.path))
        self.rows_label.setText("Reading…")
        self.progress.setRange(0, 0)
        self.progress.show()
        self.external_button.setEnabled(self.path.exists())
        self.notes_label.hide()
        self.notes_label.setStyleSheet(NOTES_STYLE)
        # The body keeps its shape (an empty table) until the file's layout arrives: hiding it now and
        # showing it again 0.1 s later would lay out and repaint the whole tab twice.
        self.totals_label.clear()
        warm_money_formats()
        self.reader.start(self.path)

    def stop(self) -> None:
        """Stop reading (the rows read so far stay)."""
        self.reader.stop()
        if self.loading:
            self.loading = False
            self.progress.hide()

    @Slot()
    def open_externally(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def current_filter(self) -> RowFilter:
        def chosen(combo: QComboBox) -> frozenset[str] | None:
            value = combo.currentData()
            return None if value in (None, ANY) else frozenset([str(value)])

        def millis(edit: QDateEdit, end: bool) -> int | None:
            if edit.date() == NO_DATE:
                return None
            chosen_day = edit.date()
            day = date(chosen_day.year(), chosen_day.month(), chosen_day.day())
            moment = datetime.combine(day, time.max if end else time.min).astimezone()
            return int(moment.timestamp() * 1000)

        return RowFilter(
            text=self.search.text(),
            statuses=chosen(self.status_combo),
            types=chosen(self.type_combo),
            date_from_ms=millis(self.from_edit, False),
            date_to_ms=millis(self.to_edit, True),
        )

    @Slot()
    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(self.current_filter())

    # ---------------------------------------------------------------- reader events

    @Slot(object)
    def _on_meta(self, meta: dict[str, Any]) -> None:
        self.model.set_layout(meta.get("headers", []), meta.get("kinds", []), bool(meta.get("gateway")))
        self.body.show()
        self._set_gateway(self.model.table.gateway)
        self.model.set_filter(self.current_filter())
        header = self.view.horizontalHeader()
        widths = {"order id": 190, "created": 150, "completed": 150, "error": 220}
        for column, name in enumerate(self.model.table.headers):
            header.resizeSection(column, widths.get(name.strip().casefold(), 110))

    @Slot(object)
    def _on_rows(self, cols: list[list[Cell]]) -> None:
        self.model.append_columns(cols, defer=True)
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
        shown = f"{summary.rows:,}" if summary.rows == table.row_count else f"{summary.rows:,} of {table.row_count:,}"
        prefix = "Reading… " if self.loading else ""
        self.rows_label.setText(f"{prefix}{shown} rows")
        if not table.gateway:
            self.totals_label.setText("")
            return
        if summary.totals:
            parts = [
                money_text(total, currency) + f" ({currency})" for currency, total in sorted(summary.totals.items())
            ]
            self.totals_label.setText(f"Total of the {summary.rows:,} rows shown: " + " · ".join(parts))
            self.totals_label.setToolTip(" · ".join(parts))  # the whole line, should it be wider than the tab
        else:
            self.totals_label.setText("No amounts in the rows shown.")
        self.status_chart.set_data(summary.statuses)
        self.volume_chart.set_data(summary.daily, summary.daily_count, summary.totals)

    # ---------------------------------------------------------------- helpers

    def _set_gateway(self, gateway: bool) -> None:
        for widget in self._gateway_widgets:
            widget.setVisible(gateway)
        self.charts.setVisible(gateway)
        self.totals_label.setVisible(gateway)

    def _filter_soon(self) -> None:
        self._filter_timer.start()

    def _reset_filters(self) -> None:
        blockers = [QSignalBlocker(w) for w in (self.search, self.status_combo, self.type_combo,
                                                 self.from_edit, self.to_edit)]  # fmt: skip
        self.search.clear()
        for combo in (self.status_combo, self.type_combo):
            combo.clear()
            combo.addItem(ANY, ANY)
        self.from_edit.setDate(NO_DATE)
        self.to_edit.setDate(NO_DATE)
        del blockers

    def _fill_choices(self) -> None:
        table = self.model.table
        for combo, column in ((self.status_combo, table.status_at), (self.type_combo, table.type_at)):
            if column < 0:
                continue
            current = combo.currentData()
            with QSignalBlocker(combo):
                combo.clear()
                combo.addItem(ANY, ANY)
                for value in table.distinct(column):
                    combo.addItem(value, value)
                found = combo.findData(current)
                combo.setCurrentIndex(max(found, 0))

    def _show_empty(self) -> None:
        self.file_label.setText("No report open")
        self.rows_label.setText("Export a report from the gateway, or open an .xlsx file from disk.")
        self.external_button.setEnabled(False)
        self._set_gateway(False)
        self.body.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reader.stop()
        super().closeEvent(event)
