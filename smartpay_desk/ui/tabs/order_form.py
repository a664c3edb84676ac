"""The form of a tab that acts on an existing order (Refunds, Recurrent): its parts, built in order.

A subclass builds its form with these helpers, in this order (the focus order follows the creation order):

    section = self._form_section(title, description)
    self._lookup_field(section, caption, placeholder, button_tip, tip)    # self.lookup_edit, self.load_button
    ... its own fields, self.amount (AmountEdit) and self.reason (QLineEdit) among them ...
    self._submit_button(section, button)                                  # self.message, self.busy
    box = self._order_box(title, rows)                                    # self.lookup_grid, self.lookup_note
    self.panel = ResultBox(...)
    self._lay_out(section, box, self.panel)

What the form does (look up, check, confirm, send) is order_action.py.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..i18n import tr
from ..widgets.amount_edit import AmountEdit
from ..widgets.busy import BusyBar
from ..widgets.forms import FieldForm, Section
from ..widgets.icons import icon
from ..widgets.panels import KeyValueGrid
from ..widgets.submit_row import SubmitRow
from .tab_parts import ResultBox


class OrderForm(QWidget):
    lookup_key = "order_id"  # the FieldForm key of the looked-up order id

    amount: AmountEdit
    reason: QLineEdit
    panel: ResultBox

    # ------------------------------------------------------------ building

    def _form_section(self, title: str, description: str) -> Section:
        section = Section(title, self, description=description)
        self.form = FieldForm(section)
        section.add(self.form)
        return section

    def _lookup_field(self, section: Section, caption: str, placeholder: str, button_tip: str, tip: str) -> QLineEdit:
        self.lookup_edit = QLineEdit(section)
        self.lookup_edit.setPlaceholderText(placeholder)
        self.lookup_edit.setClearButtonEnabled(True)
        self.lookup_edit.setMaxLength(64)
        self.load_button = QPushButton(icon("lookup"), tr("Look up"), section)
        self.load_button.setToolTip(button_tip)
        self.form.add_field(self.lookup_key, caption, self.lookup_edit, tip, extra=self.load_button)
        return self.lookup_edit

    def _reason_field(self, section: Section, placeholder: str, tip: str) -> QLineEdit:
        self.reason = QLineEdit(section)
        self.reason.setPlaceholderText(placeholder)
        self.reason.setMaxLength(255)
        self.form.add_field("reason", tr("Reason"), self.reason, tip)
        return self.reason

    def _submit_button(self, section: Section, button: QPushButton) -> QPushButton:
        self.send_button = button
        self.submit_row = SubmitRow(button, section)
        self.message, self.busy = self.submit_row.message, self.submit_row.busy
        section.add(self.submit_row)
        return button

    def _order_box(self, title: str, rows: list[tuple[str, str]]) -> Section:
        box = Section(title, self)
        self.lookup_note = QLabel("", box)
        self.lookup_note.setObjectName("hint")
        self.lookup_note.setWordWrap(True)
        box.add(self.lookup_note)
        self.lookup_grid = KeyValueGrid(rows, box, columns=1)
        box.add(self.lookup_grid)
        self.load_busy = BusyBar(box)
        box.add(self.load_busy)
        return box

    def _lay_out(
        self, form_section: Section, order_box: Section, panel: ResultBox, extra: QWidget | None = None
    ) -> None:
        panel.note.setAccessibleName(tr("What the journal says"))  # tab_parts.ResultBox's note: named for a reader
        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(12)
        left = QVBoxLayout()
        left.addWidget(form_section)
        left.addStretch(1)
        outer.addLayout(left, 3)
        right = QVBoxLayout()
        right.addWidget(order_box)
        right.addWidget(panel)
        if extra is not None:  # a tab's own button under its result (Refunds: Batch refunds…)
            right.addWidget(extra, 0, Qt.AlignmentFlag.AlignRight)
        right.addStretch(1)
        outer.addLayout(right, 2)
