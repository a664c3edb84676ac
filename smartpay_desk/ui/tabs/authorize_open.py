"""The right half of Authorize & capture: this profile's open authorizations and Capture / Cancel.

The list comes from the journal (ops.open_authorizations(), in a worker, never two reads at once) and is read
again whenever an operation changes. Capture and Cancel act on the selected row or any order id typed: the order
is read with /check first, and anything but an open authorization is refused next to the field by the guard the
service applies again (services.money.guards), nothing sent; then a confirmation, then the call, which is handed
the order just read (no second /check). A capture that succeeded offers its receipt (ui/receipts)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from ...api.errors import OrderNotFound
from ...api.validation import check_order_id
from ...services.journal.states import State
from ...services.money import guards as g
from ..i18n import money, say, tr
from ..messages import describe_error, error_fields, validation_words
from ..receipts.offer import ReceiptOffer
from ..widgets.busy import BusyBar
from ..widgets.confirm import ConfirmDialog
from ..widgets.forms import FieldForm, Section
from ..widgets.icons import icon
from ..widgets.panels import MessageLine, primary
from ..worker import Call
from .tab_parts import environment
from .tab_state import Said, keep_answer, said, said_of, saved
from .view_state import say_again

if TYPE_CHECKING:
    from ...api.models import TransactionInfo
    from ...services.journal.model import JournalEntry
    from ...services.money.sending import OperationResult
    from ..context import DeskContext, ProfileSession
    from ..worker import Task

Action = Literal["capture", "cancel"]
_COLUMNS = [("order_id", "Order id"), ("amount", "Amount"), ("card", "Card"), ("created_at", "Authorized")]
_Index = QModelIndex | QPersistentModelIndex
OPEN_KEY = "authorize.open"


@dataclass(frozen=True)
class OpenPanelView:
    """What the panel showed for one profile: the order id typed, the last capture / cancel and its words."""

    order_id: str
    result: OperationResult | None
    message: Said


def _when(iso: str) -> str:
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return iso
    today = datetime.now().astimezone().date()
    if moment.date() == today:
        return moment.strftime("%H:%M:%S")
    from PySide6.QtCore import QDateTime, QLocale  # the month in the desk's language

    return QLocale().toString(
        QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0), "dd MMM HH:mm"
    )


class AuthorizationsModel(QAbstractTableModel):
    """Rows are services.journal.model.JournalEntry objects."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[JournalEntry] = []

    def set_entries(self, entries: list[JournalEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> JournalEntry:
        return self._entries[row]

    def row_of(self, order_id: str) -> int:
        return next((row for row, e in enumerate(self._entries) if e.order_id == order_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        key = _COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "amount":
                return "" if entry.amount is None else money(entry.amount, entry.currency or "EUR")
            if key == "created_at":
                return _when(entry.created_at)
            if key == "card":
                return str(entry.destination or "").removeprefix("card ")
            return str(entry.order_id)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "amount":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            said = tr("Order {order}, authorized by {operator}: {note}")
            note = say(entry.note) if entry.note else tr("open")
            return said.format(order=entry.order_id, operator=entry.operator, note=note)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(_COLUMNS):
            return (tr("Order id"), tr("Amount"), tr("Card"), tr("Authorized"))[section]  # in the desk's language
        return None


class OpenAuthorizationsPanel(Section):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Open authorizations"),
            parent,
            description=tr("Money held on a card, waiting to be captured (taken) or cancelled (released)."),
        )
        self.ctx = ctx
        self.action_result: OperationResult | None = None  # the last capture / cancel's answer
        self.action_task: Task | None = None
        self._open_task: Task | None = None
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
        self.table.setToolTip(tr("Select one to capture or cancel it"))
        self.table.setAccessibleName(tr("Open authorizations"))
        self.table.selectionModel().selectionChanged.connect(self._row_selected)
        self.add(self.table, 1)
        self.empty_note = QLabel(tr("No open authorizations from this desk on this profile."), self)
        self.empty_note.setObjectName("hint")
        self.add(self.empty_note)

        self.form = FieldForm(self)
        self.order_edit = QLineEdit(self)
        self.order_edit.setPlaceholderText(tr("select one above, or type an order id"))
        self.order_edit.setClearButtonEnabled(True)
        self.order_edit.setMaxLength(64)
        self.form.add_field("order_id", tr("Order id"), self.order_edit, tr("The authorization to capture or cancel."))
        self.order_edit.returnPressed.connect(self.capture)  # Enter: the primary button of this part
        self.add(self.form)
        row = QHBoxLayout()
        self.capture_button = primary(QPushButton(icon("capture"), tr("Capture…"), self))
        self.capture_button.setDefault(False)
        self.capture_button.setToolTip(tr("Take the held money (after a check and a confirmation)"))
        self.capture_button.clicked.connect(self.capture)
        self.cancel_button = QPushButton(icon("cancel"), tr("Cancel authorization…"), self)
        self.cancel_button.setToolTip(tr("Release the held money to the customer (after a check and a confirmation)"))
        self.cancel_button.clicked.connect(self.cancel_authorization)
        self.refresh_button = QPushButton(icon("refresh"), tr("Refresh"), self)
        self.refresh_button.setToolTip(tr("Read the list again from the journal"))
        self.refresh_button.clicked.connect(self.refresh)
        for button in (self.capture_button, self.cancel_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        self.add(row)
        self.busy = BusyBar(self)
        self.add(self.busy)
        self.message, self.receipt = MessageLine(self), ReceiptOffer(self, ctx)  # a capture's receipt (Alt+I)
        self.add(self.message)
        self.add(self.receipt)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        ctx.operation_changed.connect(self._operation_changed)
        ctx.session_leaving.connect(self._leaving)

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
        ops = self.ctx.ops
        if ops is None:
            return
        if self._open_task is not None:
            self._open_dirty = True  # read again when this one ends: never two at once
            return
        self._open_dirty = False
        self._open_task = self.ctx.runner.start(
            Call(ops.open_authorizations), on_success=self._read, on_failure=self._read_failed
        )

    def clear(self) -> None:
        self.model.set_entries([])

    # ------------------------------------------------------------ profiles

    @Slot(object)
    def _leaving(self, session: ProfileSession) -> None:
        """Keep what the panel shows with the profile going away; stop reading for it. A check or a capture or
        cancel on its way answers into `session` (see _checked, _done), never into the profile in front."""
        session.views[OPEN_KEY] = OpenPanelView(self.order_edit.text(), self.action_result, said(self.message))
        if self._open_task is not None:
            self._open_task.cancel()
        self._open_task = self.action_task = None
        self._open_dirty = False
        self.busy.stop()
        self.clear()

    def arrive(self) -> None:
        """What the session in front kept for the panel (or nothing), and its own list read afresh."""
        view = saved(self.ctx.session, OPEN_KEY, OpenPanelView)
        self.form.clear_errors()
        self.order_edit.setText(view.order_id if view is not None else "")
        self.action_result = result = view.result if view is not None else None
        say_again(self.message, *(view.message if view is not None else ("", "")))
        self.receipt.offer(*((result.entry_id, result.kind, result.state) if result else (None, None, None)))
        self.refresh()

    # ------------------------------------------------------------ capture / cancel

    def _start(self, action: Action) -> None:
        if self.action_task is not None:
            return
        self.message.clear()
        self.receipt.offer(None, None, None)
        self.form.clear_errors()
        order_id = self.order_edit.text().strip()
        problem = check_order_id(order_id) if order_id else tr("Select an authorization above or type its order id.")
        if problem:
            self.form.set_errors({"order_id": problem})
            return
        session = self.ctx.session
        if session is None:
            self.message.error(tr("No profile is open yet; nothing was sent."))
            return
        self.action_task = self.ctx.runner.start(
            Call(session.ops.check, order_id),
            on_success=functools.partial(self._checked, session, action, order_id),
            on_failure=functools.partial(self._check_failed, session),
        )
        self._track(tr("Checking order {order}…").format(order=order_id), sends=False)

    def _checked(self, session: ProfileSession, action: Action, order_id: str, info: TransactionInfo) -> None:
        if session is not self.ctx.session:
            return  # read for a profile no longer in front: nothing to ask about here
        self.action_task = None
        problem = g.open_authorization(info, order_id, action)
        if problem is not None:
            field, sentence = problem
            self.form.set_errors({field: sentence})
            self.message.error(tr("Nothing was sent."))
            return
        amount_text = money(info.amount or 0, session.profile.currency)
        card = info.card.number if info.card else tr("unknown card")
        if action == "capture":
            title = tr("Capture this authorization?")
            first = tr("Take: {amount} from card {card}").format(amount=amount_text, card=card)
            names: dict[str, str] = {}
        else:  # "Confirm" / "Cancel" would read backwards here: the buttons are named by what they do
            title = tr("Cancel this authorization?")
            first = tr("Release: {amount} held on card {card}").format(amount=amount_text, card=card)
            names = {"yes": tr("Cancel the authorization"), "no": tr("Keep it")}
        lines = [
            first,
            tr("Order id: {order}").format(order=order_id),
            tr("Environment: {environment}").format(environment=environment(self.ctx)),
        ]
        if not ConfirmDialog.ask(self, self.ctx, title, lines, amount_text, **names):
            self.message.info(tr("Not sent."))
            return
        call = Call(session.ops.capture if action == "capture" else session.ops.cancel, order_id, info)
        self.action_task = self.ctx.runner.start(
            call,
            on_success=functools.partial(self._done, session),
            on_failure=functools.partial(self._failed, session),
        )
        capture = action == "capture"
        doing = (
            tr("Capture of {amount} for order {order}…")
            if capture
            else tr("Cancellation of {amount} for order {order}…")
        )
        self._track(doing.format(amount=amount_text, order=order_id), sends=True)

    def _track(self, text: str, *, sends: bool) -> None:
        if self.action_task is not None:
            disable = [self.capture_button, self.cancel_button]
            self.busy.track(self.action_task, text, disable=disable, sends=sends)

    def _check_failed(self, session: ProfileSession, exc: BaseException) -> None:
        if session is not self.ctx.session:
            return
        self.action_task = None
        text = describe_error(exc, reading=True)
        if isinstance(exc, OrderNotFound):
            self.form.set_errors({"order_id": text})
        self.message.error(text)

    def _done(self, session: ProfileSession, result: OperationResult) -> None:
        if session is not self.ctx.session:  # another profile is in front: keep it with its own screen
            keep_answer(session, OPEN_KEY, OpenPanelView, result=result, message=said_of(result))
            return
        self.action_task = None
        self.action_result = result
        say_again(self.message, *said_of(result))
        self.receipt.offer(result.entry_id, result.kind, result.state)
        if result.error is None and result.state == State.SUCCEEDED:
            self.order_edit.setText("")
        self.refresh()

    def _failed(self, session: ProfileSession, exc: BaseException) -> None:
        if session is not self.ctx.session:
            return  # refused before sending: nothing happened that this profile's screen must say
        self.action_task = None
        fields = error_fields(exc)  # ValidationFailed's `.fields`, GuardRefused's `.field`
        if fields:
            self.form.set_errors(fields)
            self.message.error(validation_words())
        else:
            self.message.error(describe_error(exc))

    # ------------------------------------------------------------ the list

    def _read(self, entries: list[JournalEntry]) -> None:
        self._open_task = None
        typed = self.order_edit.text().strip()
        self.model.set_entries(entries)
        self.empty_note.setText(tr("No open authorizations from this desk on this profile."))
        self.empty_note.setVisible(not entries)
        row = self.model.row_of(typed)
        if row >= 0:
            self.table.selectRow(row)
        if self._open_dirty:
            self.refresh()

    def _read_failed(self, exc: BaseException) -> None:
        self._open_task = None
        self.empty_note.setText(tr("The list could not be read: {reason}").format(reason=describe_error(exc)))
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
