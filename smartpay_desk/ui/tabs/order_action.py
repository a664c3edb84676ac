"""The machinery shared by the tabs that act on an existing order (Refunds, Recurrent).

The order id is read in a worker as soon as it is entered or prefilled (`ops.load_order`: one /check, and
what this desk's journal refunded of it), and what it is shows on the right; the amount is filled in from
it (until the operator types another). Submitting checks the form with the service's own validation and
guards (services.money.guards: the sentence goes next to its field, nothing sent), asks the service's
questions where the tab has some (`_review_call`, in a worker: a second press, an outlier; their sentences go
in the confirmation dialog, which then needs "send it anyway"), confirms, then sends the loaded order along
(with what was confirmed) so the service judges it without a second /check; a question the service raises
anyway (something new in the journal meanwhile) is asked in a dialog again. Each tab gives only what differs.

After any answer the form starts a new operation (DESIGN.md "A second press"): the amount is cleared and not
filled in again by itself (the reason too, unless the operation failed), until an order is looked up again.

A subclass builds its form with the helpers of order_form.py, then calls `self._connect([edits that submit
on Enter])`, and defines `_problems`, `_confirm_lines`, `_call`, `_show_result`, `_outcome`, `_show_details`;
`_after_load`, `_review_call` and `_sent` when it does more; sending and its answers are order_send.py. What a
tab shows is kept per profile (`session.views[view_key]`, an OrderActionView, tab_state.py) and comes back with
it; an answer that arrives once another profile is in front is kept with its own profile's screen, never shown
under the other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLineEdit, QWidget

from ...api.errors import OrderNotFound
from ...api.money import AmountError
from ...api.said import sentence_of
from ...api.validation import check_order_id
from ..i18n import tr
from ..messages import describe_error, validation_words
from ..widgets.keys import FormKeys, assign_mnemonics
from ..widgets.status_badge import status_words
from ..worker import Call
from .order_send import OrderActionView, OrderSending
from .tab_state import said, saved
from .view_state import say_again

if TYPE_CHECKING:
    from ...api.models import TransactionInfo
    from ...services.money.guards import OrderView
    from ...services.money.sending import OperationResult
    from ...services.profiles.profiles import Profile
    from ..context import DeskContext, ProfileSession
    from ..worker import Task

__all__ = ["OrderActionTab", "OrderActionView"]


class OrderActionTab(OrderSending):
    lookup_missing = "Enter the order id."  # said next to it when it is left empty (a tab gives it translated)
    empty_note = ""  # the note above the order's facts while nothing is looked up (translated likewise)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order: OrderView | None = None  # the looked-up order
        self.result: OperationResult | None = None  # the last answer to a send
        self._load_task: Task | None = None
        self._send_task: Task | None = None
        self._review_task: Task | None = None
        self._default_text = ""  # the amount we filled in (replaced when the operator did not change it)
        self._fills_default = True  # fill the amount in by itself (not after a send, until a new look-up)
        self._submit_after_load = False
        self._sent_amount = 0

    def _connect(self, submitting: list[QLineEdit]) -> None:
        self.load_button.clicked.connect(self._load_clicked)
        self.lookup_edit.returnPressed.connect(self._load_clicked)
        self.lookup_edit.editingFinished.connect(self._lookup_edited)
        self.lookup_edit.textEdited.connect(self._lookup_typed)
        self.send_button.clicked.connect(self.submit)
        for edit in submitting:
            edit.returnPressed.connect(self.submit)
        self.ctx.session_leaving.connect(self._session_leaving)
        self.ctx.profile_changed.connect(self._profile_changed)
        self._restore()
        self.keys = FormKeys(self, self.submit, self._escape)
        assign_mnemonics(self)

    def _escape(self) -> bool:
        """Esc (nothing running: a busy bar takes it while it waits): the red notes go; else the half-typed
        amount and reason are cleared (the order looked up stays)."""
        if self.form.has_errors():
            self.form.clear_errors()
            return True
        if not (self.amount.text() or self.reason.text()):
            return False
        self.amount.setText("")
        self.reason.setText("")
        self._default_text = ""
        return True

    # ------------------------------------------------------------ public

    @property
    def loaded_id(self) -> str:
        """The order id of the order shown ("" while none is)."""
        return self.order.order_id if self.order is not None else ""

    @property
    def info(self) -> TransactionInfo | None:
        """The shown order's /check."""
        return self.order.info if self.order is not None else None

    def prefill(self, order_id: str) -> None:
        self.lookup_edit.setText(order_id.strip())
        self.load()
        self.reason.setFocus()

    def load(self, order_id: str | None = None) -> None:
        """Read the (typed) order in a worker: one /check."""
        if order_id is not None:
            self.lookup_edit.setText(order_id)
        text = self.lookup_edit.text().strip()
        self.form.set_errors({})
        problem = check_order_id(text) if text else self._missing_words()
        if problem:
            self._submit_after_load = False
            self.form.set_errors({self.lookup_key: problem})
            return
        ops = self.ctx.ops
        if ops is None:
            self.message.error(tr("No profile is open yet; nothing was read."))
            return
        if self._load_task is not None:
            self._load_task.cancel()
        self.order = None
        self._fills_default = True
        self._show_order()
        self._load_task = self.ctx.runner.start(
            Call(ops.load_order, text), on_success=self._loaded, on_failure=self._load_failed
        )
        reading = tr("Reading order {order}…").format(order=text)
        self.load_busy.track(self._load_task, reading, disable=[self.load_button], sends=False)

    def _fill_default(self) -> None:
        """Fill the amount in by itself, unless the operator typed one or something was sent since the look-up."""
        typed = self.amount.text().strip()
        if self._fills_default and (not typed or typed == self._default_text):
            self.fill_default_amount()

    @Slot()
    def fill_default_amount(self) -> None:
        minor = self._default_minor()
        if minor:
            self.amount.set_minor(minor)
            self._default_text = self.amount.text()

    @Slot()
    def submit(self) -> None:
        if self._send_task is not None or self._review_task is not None:
            return  # the same operation is never sent twice
        self.message.clear()
        session = self.ctx.session
        if session is None:
            self.message.error(tr("No profile is open yet; nothing was sent."))
            return
        lookup_id = self.lookup_edit.text().strip()
        order = self.order
        if order is None or lookup_id != order.order_id:
            self._submit_after_load = True
            self.load()
            return
        self._submit_after_load = False
        try:
            amount: int | None = self.amount.minor_units()
        except AmountError as exc:
            amount, amount_problem = None, sentence_of(exc)
        else:
            amount_problem = ""
        reason = self.reason.text().strip()
        errors = self._problems(order, amount, reason)
        if amount_problem:
            errors["amount"] = amount_problem
        if errors or amount is None:
            self.form.set_errors(errors)
            self.message.error(validation_words())
            return
        self._send_checked(session, order, amount, reason)

    # ------------------------------------------------------------ what each tab gives

    def _missing_words(self) -> str:
        """`lookup_missing` in the desk's language (the tab's own tr() of it)."""
        return self.lookup_missing

    def _empty_words(self) -> str:
        """`empty_note` in the desk's language (the tab's own tr() of it)."""
        return self.empty_note

    def _default_minor(self) -> int | None:
        return self.info.amount if self.info is not None else None

    def _after_load(self, order: OrderView) -> None:
        """Called once the order is read and shown, before a pending submit."""

    def _problems(self, order: OrderView, amount: int | None, reason: str) -> dict[str, str]:
        """The sentences that stop the send, by field: the service's validation, then its guards."""
        raise NotImplementedError

    def _show_details(self, order: OrderView) -> None:
        raise NotImplementedError

    def _saved_texts(self) -> dict[str, str]:
        return {"lookup": self.lookup_edit.text(), "amount": self.amount.text(), "reason": self.reason.text()}

    def _restore_texts(self, texts: dict[str, str]) -> None:
        self.lookup_edit.setText(texts.get("lookup", ""))
        self.amount.setText(texts.get("amount", ""))
        self.reason.setText(texts.get("reason", ""))

    # ------------------------------------------------------------ answers

    def _loaded(self, order: OrderView) -> None:
        self._load_task = None
        self.order = order
        self._show_order()
        self._fill_default()
        self._after_load(order)
        if self._submit_after_load:
            self.submit()

    def _load_failed(self, exc: BaseException) -> None:
        self._load_task = None
        self._submit_after_load = False
        self._show_order()
        if isinstance(exc, OrderNotFound):
            self.form.set_errors({self.lookup_key: tr("The gateway has no payment with this order id.")})
        else:
            reason = describe_error(exc, reading=True)
            self.lookup_note.setText(tr("Could not read the order: {reason}").format(reason=reason))

    # ------------------------------------------------------------ display

    def _show_order(self) -> None:
        order = self.order
        if order is None:
            self.lookup_grid.clear_values()
            self.lookup_note.setText(self._empty_words())
            return
        info = order.info
        self.lookup_grid.set("status", status_words(info.status))
        self.lookup_grid.set("card", info.card.number if info.card else "")
        self.lookup_grid.set("customer", " ".join(p for p in (info.firstName, info.lastName) if p))
        self._show_details(order)

    # ------------------------------------------------------------ profiles

    @Slot(object)
    def _session_leaving(self, session: ProfileSession) -> None:
        """Keep what this tab shows with the profile going away; stop reading for it."""
        session.views[self.view_key] = OrderActionView(
            self._saved_texts(), self._default_text, self.order, self.result, self._sent_amount, said(self.message),
            self._fills_default,
        )  # fmt: skip
        for task in (self._load_task, self._review_task):
            if task is not None:
                task.cancel()
        self._load_task = self._review_task = None
        self.load_busy.stop()
        self._send_task = None  # a send on its way answers into `session` (see _answered)
        self.busy.stop()

    @Slot(object)
    def _profile_changed(self, _profile: Profile) -> None:
        self._restore()

    def _restore(self) -> None:
        """Show what the session in front kept for this tab, or an empty form."""
        view = saved(self.ctx.session, self.view_key, OrderActionView)
        self.amount.set_currency(self._currency())
        self.form.clear_errors()
        self._submit_after_load = False
        self._restore_texts(view.texts if view is not None else {})
        self._default_text = view.default_text if view is not None else ""
        self._fills_default = view.fills_default if view is not None else True
        self.order = view.order if view is not None else None
        self._show_order()
        if view is not None and view.order is not None:
            self._after_load(view.order)
        self.result = view.result if view is not None else None
        self._sent_amount = view.sent_amount if view is not None else 0
        if self.result is not None:
            self._show_result(self.result, self._sent_amount)
        else:
            self.panel.hide()
        say_again(self.message, *(view.message if view is not None else ("", "")))

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
        if self.order is not None:
            self.order = None
            self._show_order()
