"""The row above the report's table that narrows it: a text search for any file; status, type and creation-date
filters for a gateway export (hidden for any other workbook).

    bar = FilterBar(parent)
    bar.edited        typing, a date: the viewer applies it after a pause
    bar.changed       a status or type chosen: applied at once
    bar.current()     the RowFilter the operator set; bar.reset(); bar.fill_choices(table); bar.set_gateway(bool)
    bar.set_marked(rows)   the rows a reconciliation marked: "Only differences" shows them alone (None: no box)
    bar.values() / bar.put(values)   the filters as a saved view keeps them (plain words), and put back
    bar.zone               "UTC": the days of the date filters are UTC days; else this computer's (the viewer sets it)
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from ...services.profiles.desk_settings import zone_of
from ..i18n import tr
from ..widgets.date_edit import NO_DATE, chosen_day, day_filter_edit
from ..widgets.keys import clear_on_escape
from .parts import ANY
from .table import ReportTable, RowFilter


class FilterBar(QWidget):
    edited = Signal()
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Filter rows: order id, card, customer, error, amount…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            tr("Shows only rows containing this text, as the cells show it (any column, case ignored)")
        )
        self.search.setAccessibleName(tr("Filter rows"))
        self.search.textChanged.connect(self.edited)
        clear_on_escape(self.search)
        self.search_shortcut = QShortcut(QKeySequence("Ctrl+F"), self)  # the filter, from anywhere in the tab
        self.search_shortcut.activated.connect(self._search)
        self.status_combo = QComboBox(self)
        self.status_combo.setToolTip(tr("Show only rows with this status"))
        self.type_combo = QComboBox(self)
        self.type_combo.setToolTip(tr("Show only rows of this transaction type"))
        for combo in (self.status_combo, self.type_combo):
            # one width whatever the file's values: a combo that fits its contents would move the whole
            # filter row (and repaint the tab) each time a file is opened
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(11)
            combo.currentIndexChanged.connect(self.changed)
        self.from_edit = day_filter_edit(
            self, tr("Show rows created on or after this day (in the zone of “Times in”); “any” for no limit")
        )
        self.to_edit = day_filter_edit(
            self, tr("Show rows created on or before this day (in the zone of “Times in”); “any” for no limit")
        )
        self.zone: str | None = None  # "UTC": UTC days; else this computer's local days
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self.edited)
        captions = [QLabel(tr("Stat&us"), self), QLabel(tr("T&ype"), self), QLabel(tr("&Created"), self)]
        for caption, field, name in zip(captions, (self.status_combo, self.type_combo, self.from_edit),
                                        (tr("Status"), tr("Type"), tr("Created from")), strict=True):  # fmt: skip
            caption.setBuddy(field)
            field.setAccessibleName(name)
        self.to_edit.setAccessibleName(tr("Created until"))
        self.gateway_widgets: list[QWidget] = [
            captions[0], self.status_combo, captions[1], self.type_combo,
            captions[2], self.from_edit, QLabel("–", self), self.to_edit,
        ]  # fmt: skip
        self.only_differences = QCheckBox(tr("Only diff&erences"), self)
        self.only_differences.setToolTip(tr("Show only the rows the reconciliation with the journal marked"))
        self.only_differences.toggled.connect(self.changed)
        self.only_differences.hide()
        self.marked: frozenset[int] | None = None
        row.addWidget(self.search, 3)
        for widget in self.gateway_widgets:
            row.addWidget(widget)
        row.addWidget(self.only_differences)

    def _search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def set_marked(self, rows: frozenset[int] | None) -> None:
        """The source rows a reconciliation marked (None: no reconciliation, no box); applied if the box is ticked."""
        self.marked = rows
        self.only_differences.setVisible(rows is not None)
        if rows is None:
            with QSignalBlocker(self.only_differences):
                self.only_differences.setChecked(False)

    def set_gateway(self, gateway: bool) -> None:
        for widget in self.gateway_widgets:
            widget.setVisible(gateway)

    def current(self) -> RowFilter:
        def chosen(combo: QComboBox) -> frozenset[str] | None:
            value = combo.currentData()
            return None if value in (None, ANY) else frozenset([str(value)])

        def millis(edit: QDateEdit, end: bool) -> int | None:
            if edit.date() == NO_DATE:
                return None
            day = chosen_day(edit)
            if day is None:
                return None
            zone, clock = zone_of(self.zone or "local"), time.max if end else time.min
            moment = datetime.combine(day, clock, tzinfo=zone) if zone else datetime.combine(day, clock).astimezone()
            return int(moment.timestamp() * 1000)

        return RowFilter(
            text=self.search.text(),
            statuses=chosen(self.status_combo),
            types=chosen(self.type_combo),
            date_from_ms=millis(self.from_edit, False),
            date_to_ms=millis(self.to_edit, True),
            rows=self.marked if self.only_differences.isChecked() else None,
        )

    def values(self) -> dict[str, Any]:
        """The filters as a saved view keeps them: the text, the status and type chosen, the days (ISO)."""

        def day(edit: QDateEdit) -> str | None:
            found = chosen_day(edit)
            return found.isoformat() if found else None

        def chosen(combo: QComboBox) -> str | None:
            value = combo.currentData()
            return None if value in (None, ANY) else str(value)

        return {"text": self.search.text(), "status": chosen(self.status_combo), "type": chosen(self.type_combo),
                "from": day(self.from_edit), "to": day(self.to_edit)}  # fmt: skip

    def put(self, values: dict[str, Any]) -> None:
        """Put a saved view's filters back, without saying so (the viewer applies them): a status or type the file
        does not have is offered all the same (the view then shows no row, which is the truth)."""
        widgets = (self.search, self.status_combo, self.type_combo, self.from_edit, self.to_edit)
        blockers = [QSignalBlocker(w) for w in widgets]
        self.search.setText(str(values.get("text") or ""))
        for combo, key in ((self.status_combo, "status"), (self.type_combo, "type")):
            wanted = values.get(key)
            if isinstance(wanted, str) and wanted:
                if combo.findData(wanted) < 0:
                    combo.addItem(wanted, wanted)
                combo.setCurrentIndex(combo.findData(wanted))
            else:
                combo.setCurrentIndex(max(combo.findData(ANY), 0))
        for edit, key in ((self.from_edit, "from"), (self.to_edit, "to")):
            try:
                day = date.fromisoformat(values[key]) if isinstance(values.get(key), str) else None
            except ValueError:
                day = None
            edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        del blockers

    def reset(self) -> None:
        """No filter (a file is being opened), without saying so."""
        blockers = [QSignalBlocker(w) for w in (self.search, self.status_combo, self.type_combo,
                                                 self.from_edit, self.to_edit)]  # fmt: skip
        self.search.clear()
        for combo in (self.status_combo, self.type_combo):
            combo.clear()
            combo.addItem(tr("All"), ANY)
        self.from_edit.setDate(NO_DATE)
        self.to_edit.setDate(NO_DATE)
        del blockers
        self.set_marked(None)

    def fill_choices(self, table: ReportTable) -> None:
        """The statuses and types of the file read, keeping the ones chosen."""
        for combo, column in ((self.status_combo, table.status_at), (self.type_combo, table.type_at)):
            if column < 0:
                continue
            current = combo.currentData()
            with QSignalBlocker(combo):
                combo.clear()
                combo.addItem(tr("All"), ANY)
                for value in table.distinct(column):
                    combo.addItem(value, value)
                if current not in (None, ANY) and combo.findData(current) < 0:
                    combo.addItem(str(current), current)  # a saved view's choice the file does not have
                found = combo.findData(current)
                combo.setCurrentIndex(max(found, 0))
