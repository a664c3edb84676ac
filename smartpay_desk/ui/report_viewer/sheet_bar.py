"""The bar above the report's table: the sheet's title (the rows above its header), the sheet switcher and the
header-row chooser, filled from the reader's "meta" (services/reports/xlsx/reader.py).

    bar = SheetBar(parent)
    bar.show_meta(meta)            title, visible worksheets (the switcher shows for two or more), header rows
    bar.sheet_chosen(name)         the operator chose another worksheet
    bar.header_chosen(row)         ... another header row (its number in the sheet; 0: no header row)

The viewer answers a choice by reading the file again that way, in the reader's child process: the GUI thread
never reads a file. Both combos keep one width whatever the file (a combo sized to its items would move the
row, and repaint the tab, at each open); the title never widens the tab (a long one is cut, its tooltip whole).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ..i18n import tr

NO_HEADER = 0
NO_HEADER_TEXT = "No header row"
CHOICE_CHARS = 48  # a header-row choice longer than this is cut (its tooltip has it whole)


def choice_text(number: int, texts: Sequence[str]) -> str:
    """How a row is offered as the header: "Row 4: Name | Born | Died"."""
    return tr("Row {number}: {cells}").format(number=number, cells=" | ".join(t for t in texts if t))


def title_text(title: Sequence[Sequence[str]]) -> str:
    """The title rows as lines, each row's cells joined with spaces (as `smartpay sheet` prints them)."""
    lines = (" ".join(t for t in row if t) for row in title)
    return "\n".join(line for line in lines if line)


def multi_sheet_note(sheets: Sequence[str], sheet: str) -> str:
    """The reader's note for a workbook of several worksheets (reader.py): the switcher says as much."""
    return f"This workbook has {len(sheets)} worksheets; “{sheet}” is shown."


class SheetBar(QWidget):
    sheet_chosen = Signal(str)
    header_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheetBar")
        self.sheet = ""  # the sheet shown (or being opened)
        self.header_row = NO_HEADER
        self.redundant_note = ""  # the reader's note the switcher makes unnecessary
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("sheetTitle")
        self.title_label.setAccessibleName(tr("Sheet title"))
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bold = QFont(self.title_label.font())
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.sheet_caption = QLabel(tr("Sheet"), self)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setAccessibleName(tr("Worksheet"))
        self.sheet_combo.setToolTip(
            tr(
                "Show another worksheet of this workbook (the visible worksheets; hidden sheets and charts "
                "are not listed)"
            )
        )
        self.header_caption = QLabel(tr("Header &row"), self)
        self.header_combo = QComboBox(self)
        self.header_combo.setAccessibleName(tr("Header row"))
        self.header_combo.setToolTip(
            tr(
                "The row that holds the column names; the rows above it are the sheet's title. "
                "“No header row”: every row is data, the columns named A, B, C…"
            )
        )
        self.sheet_caption.setBuddy(self.sheet_combo)
        self.header_caption.setBuddy(self.header_combo)
        for combo, chars in ((self.sheet_combo, 14), (self.header_combo, 28)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
        self.sheet_combo.activated.connect(self._sheet_activated)  # the operator's choices only
        self.header_combo.activated.connect(self._header_activated)
        row.addWidget(self.title_label, 100)
        row.addStretch(1)  # the combos keep their width, at the right, with or without a title
        for widget in (self.sheet_caption, self.sheet_combo, self.header_caption, self.header_combo):
            row.addWidget(widget)

    def show_meta(self, meta: Mapping[str, Any]) -> None:
        """The title, switcher and chooser of the sheet the reader is sending (a repeated meta changes nothing)."""
        sheets = [str(name) for name in meta.get("sheets") or ()]
        self.sheet = str(meta.get("sheet") or "")
        self._fill(self.sheet_combo, [(name, name, name) for name in sheets], self.sheet)
        self.redundant_note = multi_sheet_note(sheets, self.sheet) if len(sheets) > 1 else ""
        self.header_row = int(meta.get("header_row") or NO_HEADER)
        items: list[tuple[str, str, object]] = [(tr("No header row"), tr("Every row is data"), NO_HEADER)]
        for number, texts in meta.get("header_choices") or ():
            whole = choice_text(int(number), [str(t) for t in texts])
            short = whole if len(whole) <= CHOICE_CHARS else whole[: CHOICE_CHARS - 1] + "…"
            items.append((short, whole, int(number)))
        if all(data != self.header_row for _, _, data in items):
            row = tr("Row {number}").format(number=self.header_row)
            items.append((row, row, self.header_row))
        self._fill(self.header_combo, items, self.header_row)
        title = title_text(meta.get("title") or ())
        rows = [int(n) for n in meta.get("title_rows") or ()]
        self.title_label.setText(title)
        where = (
            tr("row {number}").format(number=rows[0])
            if len(rows) == 1
            else tr("rows {first}–{last}").format(first=rows[0], last=rows[-1])
            if rows
            else ""
        )
        self.title_label.setToolTip(
            tr("{title}\n\n(The sheet's title: {where}, above its header row)").format(title=title, where=where)
            if rows
            else title
        )
        self.title_label.setVisible(bool(title))
        for widget in (self.sheet_caption, self.sheet_combo):
            widget.setVisible(len(sheets) > 1)
        for widget in (self.header_caption, self.header_combo):
            widget.setVisible(len(items) > 1)
        self.setVisible(bool(title) or len(sheets) > 1 or len(items) > 1)
        self.setEnabled(True)

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str, object]], current: object) -> None:
        """Put `items` (text, tooltip, data) in `combo` unless they are there already; select `current`."""
        there = [(combo.itemText(i), combo.itemData(i, Qt.ItemDataRole.ToolTipRole), combo.itemData(i))
                 for i in range(combo.count())]  # fmt: skip
        if there != items:
            combo.clear()
            for at, (text, tip, data) in enumerate(items):
                combo.addItem(text, data)
                combo.setItemData(at, tip, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(combo.findData(current), 0))

    @Slot(int)
    def _sheet_activated(self, index: int) -> None:
        name = self.sheet_combo.itemData(index)
        if isinstance(name, str) and name != self.sheet:
            self.sheet = name
            self.sheet_chosen.emit(name)

    @Slot(int)
    def _header_activated(self, index: int) -> None:
        number = self.header_combo.itemData(index)
        if isinstance(number, int) and number != self.header_row:
            self.header_row = number
            self.header_chosen.emit(number)
