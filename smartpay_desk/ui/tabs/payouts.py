"""Payouts: the payout balance, live, and a payout by hand to a card, a phone or an account.

The balance is read in a worker every 5 s, never two reads at once, while the tab is visible or a payout
is being followed (hidden and idle, it stops asking; shown again, it reads at once). Pause stops it.
Each read is announced on ctx.balance_changed; a balance that cannot be read shows no figure. A payout is
checked against the balance shown by the guard the service applies again, on a fresh balance, just before
sending (services.money.guards): a sentence next to the amount, nothing sent (the field comes from
GuardRefused.field, never from reading the sentence). Then the service's review is asked (a payout of the
same amount to the same destination within 24 hours is named in the dialog, which then needs "send it
anyway"), it is confirmed (amount, masked destination, environment), sent, and followed every 1.5 s until
final; the card number is cleared once sent, and after an answer that may have moved money the form starts a
new payout (payout_send.py).

Per profile (ui/context.py): the form (never the card), the last payout, the balance shown and the payout
being followed are kept in `session.views["payouts"]` and come back with the profile; another profile
starts empty and never sees this one's balance or last payout.

Public API (main window, tests, screenshots):
    tab.prefill(order_id)        follow an existing payout's status (Lookup)
    tab.set_destination("card" | "phone" | "account")
    tab.refresh_balance()        read the balance now (unless a read is running)
    tab.set_paused(bool)
    tab.submit()                 check, confirm, send the payout
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...api.money import AmountError
from ...api.said import sentence_of
from ...api.validation import DESTINATION, validate_withdrawal
from ...services.journal.states import State
from ...services.money import guards as g
from ..batch.launch import BatchButton
from ..i18n import say, tr
from ..messages import validation_words
from ..widgets.follower import FollowNote, StatusFollower
from ..widgets.forms import FieldForm, Section, align_labels, clear_all, spread_errors
from ..widgets.icons import icon
from ..widgets.keys import FormKeys, assign_mnemonics
from ..widgets.panels import primary
from ..widgets.submit_row import SubmitRow
from .payout_balance import BalancePanel
from .payout_forms import (
    DESTINATIONS,
    DestinationForms,
    PayoutDetailsForm,
    RecipientForm,
    new_payout_id,
    payout_request,
)
from .payout_send import PayoutSending
from .payouts_view import PayoutsMemory
from .tab_parts import ResultBox, currency, form_scroll, outcome_state
from .tab_state import sentences

if TYPE_CHECKING:
    from ...api.models import Balance
    from ...services.money.sending import OperationResult
    from ...services.profiles.profiles import Profile
    from ..context import DeskContext
    from ..worker import Task

FOLLOW_MS = 1500


class PayoutsTab(PayoutSending):
    title = "Payouts"
    icon_name = "payouts"

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: OperationResult | None = None
        self.send_task: Task | None = None
        self.review_task: Task | None = None
        self.sending: tuple[int, str] = (0, "")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(10)
        self.balance_box = BalancePanel(ctx, self, self._keep_reading)
        self.balance_box.read.connect(self.show_available)
        outer.addWidget(self.balance_box)

        columns = QHBoxLayout()
        columns.setSpacing(12)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        payout = Section(tr("Payout"), left)
        self.details = PayoutDetailsForm(payout, currency=self.currency())
        self.details.order_id.setText(new_payout_id())
        payout.add(self.details)
        self.destinations = DestinationForms(payout)
        payout.add(self.destinations)
        column.addWidget(payout)
        more = Section(tr("About the recipient (optional)"), left)
        self.recipient = RecipientForm(more)
        more.add(self.recipient)
        column.addWidget(more)
        column.addStretch(1)
        align_labels((self.details, *self.destinations.forms.values(), self.recipient))
        scroll = form_scroll(left, self)
        form_side = QVBoxLayout()
        form_side.setContentsMargins(0, 0, 0, 0)
        form_side.addWidget(scroll, 1)
        self.send_button = primary(QPushButton(icon("send"), tr("Send payout…"), self))
        self.send_button.setToolTip(
            tr("Check the amount against the available balance, confirm, then send the payout; it is followed until "
               "final (Enter)")
        )  # fmt: skip
        self.submit_row = SubmitRow(self.send_button, self)
        self.message, self.busy = self.submit_row.message, self.submit_row.busy
        form_side.addWidget(self.submit_row)
        columns.addLayout(form_side, 3)

        right = QVBoxLayout()
        rows = [("amount", tr("Amount")), ("destination", tr("To"))]
        self.panel = ResultBox(self, tr("Last payout"), tr("Order id"), rows)
        self.panel.note.setAccessibleName(tr("What the journal says"))
        follow_row = QHBoxLayout()
        self.follow_note = QLabel("", self.panel)
        self.follow_note.setObjectName("hint")
        self.stop_button = QPushButton(tr("Stop following"), self.panel)
        self.stop_button.setToolTip(tr("Stop asking the gateway for this payout's status (Lookup can ask later)"))
        self.stop_button.hide()
        follow_row.addWidget(self.follow_note, 1)
        follow_row.addWidget(self.stop_button)
        self.panel.body.addLayout(follow_row)
        right.addWidget(self.panel)
        self.batch_button = BatchButton(ctx, "payout", self)
        right.addWidget(self.batch_button, 0, Qt.AlignmentFlag.AlignRight)
        right.addStretch(1)
        columns.addLayout(right, 2)
        outer.addLayout(columns, 1)

        self.follower = StatusFollower(ctx, self, interval_ms=FOLLOW_MS)
        self.follower.updated.connect(self._followed)
        self.follower.finished.connect(self._follow_ended)
        self.follow = FollowNote(self.follower, self.follow_note, self.stop_button)
        self.follow.stopped.connect(self.balance_box.schedule)

        self.details.destination.currentIndexChanged.connect(self._destination_changed)
        self.details.new_id_button.clicked.connect(self.renew_order_id)
        self.details.amount.textEdited.connect(self._amount_edited)
        self.send_button.clicked.connect(self.submit)
        for form in (self.details, self.destinations, self.recipient):
            for edit in form.findChildren(QLineEdit):
                edit.returnPressed.connect(self.submit)
        self.memory = PayoutsMemory(self)
        ctx.profile_changed.connect(self._profile_changed)
        self._destination_changed(0)
        self.memory.arrive()
        self.keys = FormKeys(self, self.submit, self._escape)
        assign_mnemonics(self)

    def _escape(self) -> bool:
        """Esc: stop following; else the red notes go; else the half-typed card number and amount are cleared."""
        if self.follower.is_following():
            self.follow.stop()
            return True
        if clear_all(self._forms()):
            return True
        typed = [e for e in (self.destinations.card_number, self.destinations.expiry, self.details.amount) if e.text()]
        for edit in typed:
            edit.setText("")
        return bool(typed)

    # ------------------------------------------------------------ public

    def stop(self) -> None:
        """The window is closing: stop following and refreshing, stop waiting."""
        self.follower.stop()
        self.balance_box.set_paused(True)
        if self.send_task is not None:
            self.send_task.cancel()

    def prefill(self, order_id: str) -> None:
        """Follow an existing payout (one this desk sent) by its order id."""
        self.panel.start(order_id.strip(), "")
        self.panel.badge.clear_status()
        self.follow.follow(order_id.strip(), now=True)

    def set_destination(self, key: str) -> None:
        self.details.destination.setCurrentIndex([k for k, _ in DESTINATIONS].index(key))

    @property
    def balance(self) -> Balance | None:
        return self.balance_box.balance

    @property
    def paused(self) -> bool:
        return self.balance_box.paused

    def set_paused(self, paused: bool) -> None:
        self.balance_box.set_paused(paused)

    def is_refreshing(self) -> bool:
        return self.balance_box.is_refreshing()

    def refresh_balance(self) -> None:
        self.balance_box.refresh()

    @Slot()
    def submit(self) -> None:
        if self.send_task is not None or self.review_task is not None:
            return
        self.message.clear()
        for form in self._forms():
            form.clear_errors()
        session = self.ctx.session
        if session is None:
            self.message.error(tr("No profile is open yet; nothing was sent."))
            return
        try:
            amount = self.details.amount.minor_units()
        except AmountError as exc:
            self._show_errors({"amount": sentence_of(exc)})
            return
        req = payout_request(self.details, self.destinations, self.recipient, session.profile.payout_account, amount)
        balance = self.balance  # the one shown; the service reads it again just before sending
        problems = {
            **g.collect(
                g.positive_amount(amount),
                None if balance is None else g.within_balance(amount, balance.available, req.account, self.currency()),
            ),
            **validate_withdrawal(req),
        }
        if DESTINATION in problems:  # the destination was chosen: say what it lacks, under its fields
            missing = self.destinations.missing()
            if missing:
                del problems[DESTINATION]
                problems.update(missing)
        if problems:
            self._show_errors(problems)
            return
        self._send_checked(session, req)

    # ------------------------------------------------------------ the forms

    def _forms(self) -> list[FieldForm]:
        return [self.details, self.destinations.current_form(), self.recipient]

    def _show_errors(self, fields: dict[str, str]) -> None:
        left = spread_errors(self._forms(), fields)
        self.message.error(validation_words() + (" " + sentences(left) if left else ""))

    # ------------------------------------------------------------ following

    @Slot(object)
    def _followed(self, result: OperationResult) -> None:
        if self.result is not None and result.order_id == self.result.order_id:
            self.result = result  # the latest word on the last payout: what comes back with the profile
        self.panel.badge.set_state(outcome_state(result))
        if result.message:
            self.panel.note.setText(say(result.message))

    @Slot(object)
    def _follow_ended(self, result: OperationResult) -> None:
        self.follow.clear()
        state = outcome_state(result)
        if state == State.SUCCEEDED:
            self.message.success(tr("Payout completed."))
        elif state in (State.FAILED, State.NEEDS_REVIEW):
            self.message.error(tr("The payout did not go through: see Last payout."))
        self.refresh_balance()

    # ------------------------------------------------------------ the balance

    @Slot(object)
    def show_available(self, balance: Balance | None) -> None:
        self.details.set_available(self._money(balance.available) if balance is not None else None)

    def _keep_reading(self) -> bool:
        return self.isVisible() or self.follower.is_following()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.balance_box.paused and not self.balance_box.timer.isActive():
            self.refresh_balance()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not self.follower.is_following():
            self.balance_box.timer.stop()

    # ------------------------------------------------------------ misc

    def _money(self, minor: int) -> str:
        return self.balance_box.money(minor)

    def currency(self) -> str:
        return currency(self.ctx)

    @Slot(int)
    def _destination_changed(self, index: int) -> None:
        key = DESTINATIONS[max(index, 0)][0]
        self.destinations.show_page(key)
        self.recipient.set_field_visible("customer_phone", key != "phone")
        for form in self._forms():
            form.clear_errors()

    @Slot()
    def renew_order_id(self) -> None:
        self.details.order_id.setText(new_payout_id())

    @Slot(str)
    def _amount_edited(self, _text: str) -> None:
        if self.details.error("amount"):
            self.details.set_errors({}, focus=False)

    # ------------------------------------------------------------ profiles (payouts_view.py keeps the screens)

    @Slot(object)
    def _profile_changed(self, _profile: Profile) -> None:
        self.memory.arrive()
        if self.isVisible() and not self.paused:
            self.refresh_balance()
