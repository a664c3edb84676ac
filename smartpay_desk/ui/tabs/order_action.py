"""The machinery shared by the tabs that act on an existing order (Refunds, Recurrent).

The order id is looked up in a worker as soon as it is entered or prefilled, and what it is shows on the
right; the amount is filled in from it (until the operator types another). Submitting checks (looking the
order up first when needed), confirms, sends, then shows the result: each tab gives only what differs.

A subclass builds its form with the helpers in this order (the focus order follows the creation order):

    section = self._form_section(title, description)
    self._lookup_field(section, caption, placeholder, button_tip, tip)    # self.lookup_edit, self.load_button
    ... its own fields, self.amount (AmountEdit) and self.reason (QLineEdit) among them ...
    self._submit_button(section, button)                                  # self.message, self.busy
    box = self._order_box(title, rows)                                    # self.lookup_grid, self.lookup_note
    self.panel = ResultBox(...)
    self._lay_out(section, box, self.panel)
    self._connect([edits that submit on Enter])

and defines `_read` (in the worker), `_check`, `_confirm_lines`, `_send`, `_sent`, `_show_details`,
`_error_field`; `_take`, `_forget`, `_ready`, `_default_minor`, `_after_load` when it keeps more than
`self.info`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...api.errors import OrderNotFound
from ...api.models import SUCCESS, TransactionInfo
from ...api.money import format_amount
from ...api.validation import check_order_id
from ..messages import VALIDATION, describe_error, error_fields
from ..widgets.busy import BusyBar
from ..widgets.confirm import ConfirmDialog
from ..widgets.forms import FieldForm, Section
from ..widgets.icons import icon
from ..widgets.panels import KeyValueGrid
from ..widgets.status_badge import status_words
from ..widgets.submit_row import SubmitRow
from .tab_parts import ResultBox, currency, money, outcome_state


def is_successful_payment(info: TransactionInfo) -> bool:
    return info.status == SUCCESS and (info.type or "Payment") == "Payment"


class OrderActionTab(QWidget):
    lookup_key = "order_id"  # the FieldForm key of the looked-up order id
    lookup_missing = "Enter the order id."  # said next to it when it is left empty
    empty_note = ""  # the note above the order's facts while nothing is looked up
    confirm_title = ""

    amount: Any  # AmountEdit, made by the subclass
    reason: QLineEdit
    panel: ResultBox

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: TransactionInfo | None = None  # the looked-up order
        self.loaded_id = ""
        self.result: Any = None  # the last OperationResult
        self._loading_id = ""
        self._load_task: Any = None
        self._send_task: Any = None
        self._default_text = ""  # the amount we filled in (replaced when the operator did not change it)
        self._submit_after_load = False
        self._sent_amount = 0

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
        self.load_button = QPushButton(icon("lookup"), "Look up", section)
        self.load_button.setToolTip(button_tip)
        self.form.add_field(self.lookup_key, caption, self.lookup_edit, tip, extra=self.load_button)
        return self.lookup_edit

    def _reason_field(self, section: Section, placeholder: str, tip: str) -> QLineEdit:
        self.reason = QLineEdit(section)
        self.reason.setPlaceholderText(placeholder)
        self.reason.setMaxLength(255)
        self.form.add_field("reason", "Reason", self.reason, tip)
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

    def _lay_out(self, form_section: Section, order_box: Section, panel: ResultBox) -> None:
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
        right.addStretch(1)
        outer.addLayout(right, 2)

    def _connect(self, submitting: list[Any]) -> None:
        self.load_button.clicked.connect(self._load_clicked)
        self.lookup_edit.returnPressed.connect(self._load_clicked)
        self.lookup_edit.editingFinished.connect(self._lookup_edited)
        self.lookup_edit.textEdited.connect(self._lookup_typed)
        self.send_button.clicked.connect(self.submit)
        for edit in submitting:
            edit.returnPressed.connect(self.submit)
        self.ctx.profile_changed.connect(self._profile_changed)
        self._show_order()

    # ------------------------------------------------------------ public

    def prefill(self, order_id: str) -> None:
        self.lookup_edit.setText(order_id.strip())
        self.load()
        self.reason.setFocus()

    def load(self, order_id: str | None = None) -> None:
        """Read the (typed) order in a worker."""
        if order_id is not None:
            self.lookup_edit.setText(order_id)
        text = self.lookup_edit.text().strip()
        self.form.set_errors({})
        problem = check_order_id(text) if text else self.lookup_missing
        if problem:
            self._submit_after_load = False
            self.form.set_errors({self.lookup_key: problem})
            return
        if self.ctx.ops is None:
            self.message.error("No profile is open yet; nothing was read.")
            return
        if self._load_task is not None:
            self._load_task.cancel()
        self._forget()
        self._loading_id = text
        self._show_order()
        self._load_task = self.ctx.runner.start(
            self._read, self.ctx.ops, text, on_success=self._loaded, on_failure=self._load_failed
        )
        self.load_busy.track(self._load_task, f"Reading order {text}…", disable=[self.load_button], sends=False)

    @Slot()
    def fill_default_amount(self) -> None:
        minor = self._default_minor()
        if minor:
            self.amount.set_minor(minor)
            self._default_text = self.amount.text()

    @Slot()
    def submit(self) -> None:
        if self._send_task is not None:
            return  # the same operation is never sent twice
        self.message.clear()
        lookup_id = self.lookup_edit.text().strip()
        if lookup_id != self.loaded_id or not self._ready():
            self._submit_after_load = True
            self.load()
            return
        self._submit_after_load = False
        errors = self._check()
        if errors:
            self.form.set_errors(errors)
            self.message.error(VALIDATION)
            return
        amount = self.amount.minor_units()
        reason = self.reason.text().strip()
        amount_text = format_amount(amount, self._currency())
        lines = self._confirm_lines(lookup_id, amount, amount_text, reason)
        if not ConfirmDialog.ask(self, self.ctx, self.confirm_title, lines, amount_text):
            self.message.info("Not sent.")
            return
        self._sent_amount = amount
        self._send(lookup_id, amount, amount_text, reason)

    # ------------------------------------------------------------ what each tab gives

    @staticmethod
    def _read(ops: Any, order_id: str) -> Any:
        """What to read about the order; runs in a worker."""
        return ops.check(order_id)

    def _take(self, answer: Any) -> None:
        self.info = answer

    def _forget(self) -> None:
        self.info, self.loaded_id = None, ""

    def _ready(self) -> bool:
        return self.info is not None

    def _default_minor(self) -> int | None:
        return self.info.amount if self.info is not None else None

    def _after_load(self, info: TransactionInfo) -> None:
        """Called once the order is read and shown, before a pending submit."""

    def _check(self) -> dict[str, str]:
        raise NotImplementedError

    def _confirm_lines(self, lookup_id: str, amount: int, amount_text: str, reason: str) -> list[str]:
        raise NotImplementedError

    def _send(self, lookup_id: str, amount: int, amount_text: str, reason: str) -> None:
        """Start the call (setting self._send_task, on_success=self._sent, on_failure=self._send_failed)."""
        raise NotImplementedError

    def _sent(self, result: Any) -> None:
        raise NotImplementedError

    def _show_details(self, info: TransactionInfo) -> None:
        raise NotImplementedError

    def _error_field(self, text: str) -> str | None:
        """The field next to which a refusal from the gateway is said, if any."""
        return None

    # ------------------------------------------------------------ answers

    def _loaded(self, answer: Any) -> None:
        self._load_task = None
        self._take(answer)
        self.loaded_id = self._loading_id
        self._show_order()
        typed = self.amount.text().strip()
        if not typed or typed == self._default_text:
            self.fill_default_amount()
        assert self.info is not None
        self._after_load(self.info)
        if self._submit_after_load:
            self.submit()

    def _load_failed(self, exc: BaseException) -> None:
        self._load_task = None
        self._submit_after_load = False
        self._show_order()
        if isinstance(exc, OrderNotFound):
            self.form.set_errors({self.lookup_key: "The gateway has no payment with this order id."})
        else:
            self.lookup_note.setText("Could not read the order: " + describe_error(exc))

    def _start_result(self, result: Any, id_text: str | None) -> None:
        """The answer to the send: kept, and a new result shown with its badge (the tab adds the facts)."""
        self._send_task = None
        self.result = result
        self.panel.start(id_text, result.message)
        self.panel.badge.set_state(outcome_state(result))

    def _send_failed(self, exc: BaseException) -> None:
        self._send_task = None
        fields = error_fields(exc)
        if fields:
            self.form.set_errors(fields)
            self.message.error(VALIDATION)
            return
        text = describe_error(exc)
        field = self._error_field(text)
        if field:
            self.form.set_errors({field: text})
        self.message.error(text)

    # ------------------------------------------------------------ display

    def _show_order(self) -> None:
        info = self.info
        if info is None or not self._ready():
            self.lookup_grid.clear_values()
            self.lookup_note.setText(self.empty_note)
            return
        self.lookup_grid.set("status", status_words(info.status))
        self.lookup_grid.set("card", info.card.number if info.card else "")
        self.lookup_grid.set("customer", " ".join(p for p in (info.firstName, info.lastName) if p))
        self._show_details(info)

    def _money(self, minor: int) -> str:
        return money(self.ctx, minor)

    def _currency(self) -> str:
        return currency(self.ctx)

    # ------------------------------------------------------------ slots

    @Slot()
    def _load_clicked(self) -> None:
        self.load()

    @Slot()
    def _lookup_edited(self) -> None:
        text = self.lookup_edit.text().strip()
        if text and text != self.loaded_id and self._load_task is None:
            self.load()

    @Slot(str)
    def _lookup_typed(self, _text: str) -> None:
        if self.info is not None:
            self._forget()
            self._show_order()

    @Slot(object)
    def _profile_changed(self, _profile: Any) -> None:
        self.amount.set_currency(self._currency())
        self._forget()
        self._show_order()
