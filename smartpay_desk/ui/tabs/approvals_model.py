"""The Approvals tab's table and its words: each request of the team journal as a row (services/team/approvals.py),
and what may be done with it by whom, said as a sentence when it may not.

Qt model and the view's set-up; what runs in workers is approvals_calls.py. Money is formatted here, at the edge
(the core holds minor units).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView, QWidget

from ...services.team import batch_approvals
from ..i18n import day_time, say, tr
from ..i18n import money as shown_money
from ..widgets.rows import RowsModel, StateDelegate, rows_table
from ..window_words import destination_words

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from ...services.team.approvals import Approval

COLUMNS = ("Request", "Asked", "Asked by", "What", "Amount", "To", "Why", "State", "Decided by", "Expires")
STATE_COLUMN = 7
AMOUNT_COLUMN = 4
STATE_WORDS = {
    "requested": "Waiting for a decision",
    "approved": "Approved, not sent yet",
    "rejected": "Rejected",
    "expired": "Expired",
    "released": "Sent",
}
# each state painted as the journal state of the same colour (activity_model.TONES): amber, blue, red, grey, green
_TONE_OF = {"requested": "processing", "approved": "sent", "rejected": "failed", "expired": "pending",
            "released": "succeeded"}  # fmt: skip
OPEN_STATES = ("requested", "approved")


def column_titles() -> tuple[str, ...]:
    """COLUMNS in the desk's language."""
    return (tr("Request"), tr("Asked"), tr("Asked by"), tr("What"), tr("Amount"), tr("To"), tr("Why"), tr("State"),
            tr("Decided by"), tr("Expires"))  # fmt: skip


def state_names() -> dict[str, str]:
    """STATE_WORDS in the desk's language."""
    return {"requested": tr("Waiting for a decision"), "approved": tr("Approved, not sent yet"),
            "rejected": tr("Rejected"), "expired": tr("Expired"), "released": tr("Sent")}  # fmt: skip


def amount_words(request: Approval) -> str:
    """'€250.00' (the desk's way), or '250.00 XYZ' for a currency the formatter does not know."""
    return shown_money(request.amount, request.currency)


def what_words(request: Approval) -> str:
    """'Payout, order po-7' / 'Refund of order ord-3' / 'Batch payouts.xlsx: 12 payouts, … (row 7)'."""
    if request.batch_id:
        return say(batch_approvals.describe(request))
    if request.kind == "refund":
        return tr("Refund of order {order_id}").format(order_id=request.order_id)
    if request.kind == "withdrawal":
        return tr("Payout, order {order_id}").format(order_id=request.order_id)
    return tr("{kind}, order {order_id}").format(kind=request.kind, order_id=request.order_id)


def kind_words(request: Approval) -> str:
    return tr("refund") if request.kind == "refund" else tr("payout")


def when(iso: str | None) -> str:
    """A server time as this computer's local time, to the minute."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return day_time(moment.astimezone())


def is_past(iso: str, now: datetime | None = None) -> bool:
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return False
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return moment <= (now or datetime.now(UTC))


def state_words(request: Approval) -> str:
    return state_names().get(request.state, request.state.capitalize())


class Allowed(NamedTuple):
    """What may be done with a request from this desk: None where it may, else the sentence saying why not."""

    approve: str | None
    reject: str | None
    send: str | None


def allowed(request: Approval, login: str, now: datetime | None = None) -> Allowed:
    """The desk's reading of the server's rules (schema_rules.py), to disable what the server would refuse
    anyway; whether this login is an approver at all is the server's to say (its sentence is shown)."""
    n = request.id
    decider = request.decided_by or tr("another person")
    if request.state in OPEN_STATES and is_past(request.expires_at, now):
        said = tr("Request {n} expired at {when}: nothing can be sent from it; ask again.").format(
            n=n, when=when(request.expires_at)
        )
        return Allowed(said, said, said)
    if request.state == "requested":
        own = request.requested_by == login
        approve = tr("Another person must approve your own request.") if own else None
        reject = tr("Another person must decide your own request.") if own else None
        return Allowed(
            approve, reject, tr("Request {n} is waiting for a decision: it is sent once approved.").format(n=n)
        )
    if request.state == "approved":
        already = tr("Request {n} was approved by {decider} already.").format(n=n, decider=decider)
        if request.batch_id:  # its rows are sent from the file (Payouts or Refunds → Batch…), row for row
            return Allowed(already, already, say(batch_approvals.send_from_the_file(request)))
        said = tr("Request {n} was approved by {decider} already: send it with “Send approved…”.")
        return Allowed(said.format(n=n, decider=decider), already, None)
    if request.state == "rejected" and request.decision_note:
        said = tr("Request {n} was rejected by {decider}: {note}.").format(n=n, decider=decider,
                                                                           note=request.decision_note)  # fmt: skip
    elif request.state == "rejected":
        said = tr("Request {n} was rejected by {decider}.").format(n=n, decider=decider)
    elif request.state == "released":
        said = tr("Request {n} was sent already (approved by {decider}); see Activity for its outcome.")
        said = said.format(n=n, decider=decider)
    elif request.state == "expired":
        said = tr("Request {n} expired: nothing was sent from it; ask again with a new request.").format(n=n)
    else:
        said = tr("Request {n} is {state}.").format(n=n, state=request.state)
    return Allowed(said, said, said)


class ApprovalsModel(RowsModel):
    columns = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.requests: list[Approval] = []

    def __len__(self) -> int:
        return len(self.requests)

    def header(self, section: int) -> str:
        return column_titles()[section]

    def set_requests(self, requests: list[Approval]) -> None:
        self.beginResetModel()
        self.requests = list(requests)
        self.endResetModel()

    def row_of(self, approval_id: int) -> int | None:
        for row, request in enumerate(self.requests):
            if request.id == approval_id:
                return row
        return None

    def texts(self, request: Approval) -> tuple[str, ...]:
        open_ = request.state in OPEN_STATES
        to = destination_words(request.destination) if request.destination else request.account
        return (str(request.id), when(request.created_at), request.requested_by, what_words(request),
                amount_words(request), to, request.reason, state_words(request),
                request.decided_by or "", when(request.expires_at) if open_ else "")  # fmt: skip

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.requests):
            return None
        request, column = self.requests[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            texts = self.texts(request)
            if role == Qt.ItemDataRole.ToolTipRole and column == 8 and request.decision_note:
                return tr("{decided_by}: {note}").format(decided_by=request.decided_by, note=request.decision_note)
            return texts[column] if 0 <= column < len(texts) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, AMOUNT_COLUMN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return _TONE_OF.get(request.state, "pending") if column == STATE_COLUMN else request.id
        return None


def approvals_table(parent: QWidget, model: ApprovalsModel) -> QTableView:
    """Whole rows, one at a time; the state as a pill; each column as wide as its usual content."""
    view = rows_table(parent, model, "approvalsTable", pill_column=STATE_COLUMN, elided_column=3)
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    cell = 2 * metrics.horizontalAdvance("M")
    moment = metrics.horizontalAdvance("2026-12-31 23:59") + cell
    state = max(metrics.horizontalAdvance(words) for words in state_names().values()) + StateDelegate.PADDING + 12
    widths = (0, moment, 80, 170, 90, 165, 120, state, 0, moment)
    titles = header.fontMetrics()  # the header's font is the style sheet's (bolder): "Decided by" shown whole
    for column, width in enumerate(widths):
        header.resizeSection(column, max(width, titles.horizontalAdvance(column_titles()[column]) + cell + 8))
    return view
