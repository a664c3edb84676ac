"""The right half of Authorize & capture: this profile's open authorizations and Capture / Cancel.

The list comes from the journal (ops.open_authorizations(), in a worker, never two reads at once) and is
read again whenever an operation changes. Capture and Cancel act on the selected row or any order id
typed: the order is read with /check first, and anything but an open authorization is refused next to
the field with nothing sent; then a confirmation, then the call.
"""

from __future__ import annotations

import functools
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Slot
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView

from ...api.models import FAIL, PROCESSING, SUCCESS, TransactionInfo
from ...api.money import format_amount
from ...api.validation import check_order_id
from ..messages import VALIDATION, describe_error, error_fields
from ..widgets.busy import BusyBar
from ..widgets.confirm import ConfirmDialog
from ..widgets.forms import FieldForm, Section
from ..widgets.icons import icon
from ..widgets.panels import MessageLine, primary

_COLUMNS = [("order_id", "Order id"), ("amount", "Amount"), ("card", "Card"), ("created_at", "Authorized")]
_Index = QModelIndex | QPersistentModelIndex
_VERBS = {"capture": ("captured", "Capture"), "cancel": ("cancelled", "Cancellation")}


def open_authorization(info: TransactionInfo) -> bool:
    """Money held on a card, waiting for capture or cancel."""
    return info.status == PROCESSING and str(info.authorize_status or "").upper() == "AUTHORIZED"


def what_it_is(info: TransactionInfo) -> str:
    """'captured', 'a completed payment', … for a sentence saying why an order cannot be captured."""
    if info.authorize_status:
        return str(info.authorize_status).lower()
    return {SUCCESS: "a completed payment", FAIL: "a failed payment", PROCESSING: "still processing"}.get(
        info.status,  # type: ignore[arg-type]
        f"in status {info.status_text}",
    )


def _when(iso: str) -> str:
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return iso
    today = datetime.now().astimezone().date()
    return moment.strftime("%H:%M:%S" if moment.date() == today else "%d %b %H:%M")


class AuthorizationsModel(QAbstractTableModel):
    """Rows are services.journal.model.JournalEntry objects."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[Any] = []

    def set_entries(self, entries: list[Any]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> Any:
        return self._entries[row]

    def row_of(self, order_id: str) -> int:
        return next((row for row, e in enumerate(self._entries) if e.order_id == order_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        key = _COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "amount":
                return "" if entry.amount is None else format_amount(entry.amount, entry.currency or "EUR")
            if key == "created_at":
                return _when(entry.created_at)
            if key == "card":
                return str(entry.destination or "").removeprefix("card ")
            return str(entry.order_id)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "amount":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"Order {entry.order_id}, authorized by {entry.operator}: {entry.note or 'open'}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(_COLUMNS):
            return _COLUMNS[section][1]
        return None


class OpenAuthorizationsPanel(Section):
    def __init__(self, ctx: Any, parent: Any = None) -> None:
        super().__init__(
            "Open authorizations",
            parent,
            description="Money held on a card, waiting to be captured (taken) or cancelled (released).",
        )
        self.ctx = ctx
        self.action_result: Any = None  # the last capture / cancel's OperationResult
        self._action_task: Any = None
        self._open_task: Any = None
        self._open_dirty = False

        self.model = AuthorizationsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("openAuthorizations")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip("Select one to capture or cancel it")
        self.table.selectionModel().selectionChanged.connect(self._row_selected)
        self.add(self.table, 1)
        self.empty_note = QLabel("No open authorizations from this desk on this profile.", self)
        self.empty_note.setObjectName("hint")
        self.add(self.empty_note)

        self.form = FieldForm(self)
        self.order_edit = QLineEdit(self)
        self.order_edit.setPlaceholderText("select one above, or type an order id")
        self.order_edit.setClearButtonEnabled(True)
        self.order_edit.setMaxLength(64)
        self.form.add_field("order_id", "Order id", self.order_edit, "The authorization to capture or cancel.")
        self.add(self.form)
        row = QHBoxLayout()
        self.capture_button = primary(QPushButton(icon("capture"), "Capture…", self))
        self.capture_button.setDefault(False)
        self.capture_button.setToolTip("Take the held money (after a check and a confirmation)")
        self.capture_button.clicked.connect(self.capture)
        self.cancel_button = QPushButton(icon("cancel"), "Cancel authorization…", self)
        self.cancel_button.setToolTip("Release the held money to the customer (after a check and a confirmation)")
        self.cancel_button.clicked.connect(self.cancel_authorization)
        self.refresh_button = QPushButton(icon("refresh"), "Refresh", self)
        self.refresh_button.setToolTip("Read the list again from the journal")
        self.refresh_button.clicked.connect(self.refresh)
        for button in (self.capture_button, self.cancel_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        self.add(row)
        self.busy = BusyBar(self)
        self.add(self.busy)
        self.message = MessageLine(self)
        self.add(self.message)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        ctx.operation_changed.connect(self._operation_changed)

    # ------------------------------------------------------------ public

    def select(self, order_id: str) -> None:
        """Put `order_id` in the field (and select its row when listed)."""
        self.order_edit.setText(order_id)
        self.form.clear_errors()
        self.message.clear()
        row = self.model.row_of(order_id)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()

    @Slot()
    def capture(self) -> None:
        self._start("capture")

    @Slot()
    def cancel_authorization(self) -> None:
        self._start("cancel")

    @Slot()
    def refresh(self) -> None:
        if self.ctx.ops is None:
            return
        if self._open_task is not None:
            self._open_dirty = True  # read again when this one ends: never two at once
            return
        self._open_dirty = False
        self._open_task = self.ctx.runner.start(
            self.ctx.ops.open_authorizations, on_success=self._read, on_failure=self._read_failed
        )

    def clear(self) -> None:
        self.model.set_entries([])

    # ------------------------------------------------------------ capture / cancel

    def _start(self, action: str) -> None:
        if self._action_task is not None:
            return
        self.message.clear()
        self.form.clear_errors()
        order_id = self.order_edit.text().strip()
        problem = check_order_id(order_id) if order_id else "Select an authorization above or type its order id."
        if problem:
            self.form.set_errors({"order_id": problem})
            return
        if self.ctx.ops is None:
            self.message.error("No profile is open yet; nothing was sent.")
            return
        self._action_task = self.ctx.runner.start(
            self.ctx.ops.check,
            order_id,
            on_success=functools.partial(self._checked, action, order_id),
            on_failure=self._failed,
        )
        self._track(f"Checking order {order_id}…", sends=False)

    def _checked(self, action: str, order_id: str, info: TransactionInfo) -> None:
        self._action_task = None
        done, noun = _VERBS[action]
        if not open_authorization(info):
            words = f"Order {order_id} is not an open authorization (it is {what_it_is(info)}), so it cannot be {done}."
            self.form.set_errors({"order_id": words})
            self.message.error("Nothing was sent.")
            return
        currency = str(getattr(self.ctx.profile, "currency", "") or "EUR")
        amount_text = format_amount(info.amount or 0, currency)
        card = info.card.number if info.card else "unknown card"
        if action == "capture":
            title, first = "Capture this authorization?", f"Take: {amount_text} from card {card}"
        else:
            title, first = "Cancel this authorization?", f"Release: {amount_text} held on card {card}"
        env = getattr(self.ctx.profile, "environment", None)
        lines = [first, f"Order id: {order_id}", f"Environment: {getattr(env, 'label', env)}"]
        if not ConfirmDialog.ask(self, self.ctx, title, lines, amount_text):
            self.message.info("Not sent.")
            return
        call = self.ctx.ops.capture if action == "capture" else self.ctx.ops.cancel
        self._action_task = self.ctx.runner.start(call, order_id, on_success=self._done, on_failure=self._failed)
        self._track(f"{noun} of {amount_text} for order {order_id}…", sends=True)

    def _track(self, text: str, *, sends: bool) -> None:
        disable = [self.capture_button, self.cancel_button]
        self.busy.track(self._action_task, text, disable=disable, sends=sends)

    def _done(self, result: Any) -> None:
        self._action_task = None
        self.action_result = result
        if result.error is not None:
            self.message.error(f"{describe_error(result.error)} {result.message}")
        elif result.state == "succeeded":
            self.message.success(result.message)
            self.order_edit.setText("")
        elif result.state == "failed":
            self.message.error(result.message)
        else:
            self.message.info(result.message)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._action_task = None
        text = describe_error(exc)
        fields = error_fields(exc)
        if fields or "open authorization" in text or "has no" in text:
            self.form.set_errors(fields or {"order_id": text})
        self.message.error(text if not fields else VALIDATION)

    # ------------------------------------------------------------ the list

    def _read(self, entries: list[Any]) -> None:
        self._open_task = None
        typed = self.order_edit.text().strip()
        self.model.set_entries(entries)
        self.empty_note.setText("No open authorizations from this desk on this profile.")
        self.empty_note.setVisible(not entries)
        row = self.model.row_of(typed)
        if row >= 0:
            self.table.selectRow(row)
        if self._open_dirty:
            self.refresh()

    def _read_failed(self, exc: BaseException) -> None:
        self._open_task = None
        self.empty_note.setText("The list could not be read: " + describe_error(exc))
        self.empty_note.show()

    @Slot()
    def _row_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.order_edit.setText(self.model.entry(rows[0].row()).order_id)
            self.form.clear_errors()

    @Slot(object)
    def _operation_changed(self, _entry: object) -> None:
        self._debounce.start()
