"""The screenshot tour's pictures of what an operator meets when something went wrong (screenshots.py runs them):
a refund whose answer was lost, waiting in Activity for a person to settle it, and a second press of the same
payout, asked about by name before anything is sent.

    more = MoreShots(tour, customer)
    more.lose_refund()       in a worker: a card payment of its own (so no refund of it is still on its way), then
                             the practice gateway is told to drop the connection after committing the next refund
                             (its documented fault, POST /_sandbox/faults), then a refund of that payment is sent:
                             the desk cannot know whether it happened → "needs review"
    more.show_review()       Activity shows that entry, with its review box; more.type_note() fills the note
    more.payout_again()      the Payouts tab sends the tour's payout again (same card, same amount): the real
                             confirmation dialog is shown, without waiting on it, and answered "no" for the
                             Payouts tab (nothing is sent); more.close_question() closes it afterwards
    batch = BatchShots(tour) Payouts → Batch payouts…: a small file of payouts (two rows wrong) checked, then sent
"""

from __future__ import annotations

import json
import logging
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from ..api.models import Card
from ..sandbox import FRICTIONLESS_CARD
from ..services.journal.states import State
from .tabs.activity import ActivityTab
from .tabs.payouts import PayoutsTab
from .widgets.confirm import ConfirmDialog, is_production
from .widgets.payment_form import new_order_id
from .worker import Call

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtWidgets import QWidget

    from ..api.models import Customer
    from ..services.money.operations import OperationsService
    from ..services.money.sending import OperationResult
    from .batch.dialog import BatchDialog
    from .screenshots import Tour

log = logging.getLogger("smartpay_desk.ui")

LOST_REFUND = 1000  # minor units: a partial refund of the payment made for it
REVIEW_NOTE = "Gateway back office, today: refund of €10.00 paid, reference R-2291"


def lose_refund(practice_url: str, ops: OperationsService, customer: Customer) -> OperationResult:
    """Worker: a payment, then a refund of it that the practice gateway commits before dropping the connection."""
    card = Card(holder="MARIA GARCIA", number=FRICTIONLESS_CARD, exp_month="12", exp_year="30", cvv="123")
    order_id = new_order_id("tour")
    paid = ops.pay_by_card(amount=3490, currency=ops.profile.currency, order_id=order_id, customer=customer,
                           card=card, merchant_site="https://merchant.example", purpose="Tour: charger")  # fmt: skip
    if paid.state != State.SUCCEEDED:
        raise RuntimeError(f"the payment to refund is {paid.state}: {paid.message}")
    fault = {"path": "/refund", "kind": "drop_after_commit", "times": 1}
    asked = urllib.request.Request(  # noqa: S310 (the practice gateway's http:// address, on loopback)
        f"{practice_url.rstrip('/')}/_sandbox/faults",
        data=json.dumps(fault).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(asked, timeout=5) as answer:  # noqa: S310 (the same address)
        answer.read()
    return ops.refund(order_id, LOST_REFUND, "Customer returned the charger")


class MoreShots(QObject):
    def __init__(self, tour: Tour, customer: Customer) -> None:
        super().__init__(tour)
        self.tour = tour
        self.customer = customer
        self.lost: OperationResult | None = None
        self.failed = False
        self.question: ConfirmDialog | None = None
        self.question_lines: list[str] = []  # what the payout's confirmation said (tests read it)
        self._saved_ask: Any = None

    # ------------------------------------------------------------ a refund whose answer was lost

    def lose_refund(self) -> None:
        tour = self.tour
        ops, url = tour.ctx.ops, tour.window.sessions.sandbox_url
        if ops is None or url is None:
            raise RuntimeError("the tour needs the Sandbox profile open")
        tour.ctx.runner.start(Call(lose_refund, url, ops, self.customer), on_success=self._lost,
                              on_failure=self._not_lost)  # fmt: skip

    def _lost(self, result: OperationResult) -> None:
        self.lost = result
        if result.state != State.NEEDS_REVIEW:
            log.error("tour: the refund whose answer was lost is %s, not waiting for review", result.state)
            self.tour.ok = False

    def _not_lost(self, exc: BaseException) -> None:
        log.error("tour: the refund whose answer is lost could not be made: %s", exc)
        self.failed = True
        self.tour.ok = False

    def refund_lost(self) -> bool:
        return self.lost is not None or self.failed

    def show_review(self) -> None:
        tab = self.tour.show(ActivityTab)
        if self.lost is not None:
            tab.show_entry(self.lost.entry_id)

    def review_shown(self) -> bool:
        tab = self.tour.page(ActivityTab)
        return tab.review.isVisibleTo(tab) and tab.review.entry is not None

    def type_note(self) -> None:
        review = self.tour.page(ActivityTab).review
        review.note.setText(REVIEW_NOTE)
        review.note.setCursorPosition(0)  # the note from its start

    # ------------------------------------------------------------ the same payout again

    def payout_again(self) -> None:
        tour = self.tour
        tab = tour.show(PayoutsTab)
        self._saved_ask = ConfirmDialog.__dict__["ask"]
        ConfirmDialog.ask = classmethod(self._show_question)  # type: ignore[method-assign,assignment]
        tab.set_destination("card")
        tab.details.amount.set_minor(25000)  # the tour's payout (06), to the same card
        tab.destinations.card_number.setText(FRICTIONLESS_CARD)
        tab.submit()

    def _show_question(
        self, cls: type[ConfirmDialog], /, parent: QWidget | None, ctx: Any, title: str, lines: Sequence[str],
        amount_text: str, **names: Any,
    ) -> bool:  # fmt: skip
        """The real dialog, shown without waiting on it; "no" for the tab, so nothing is sent."""
        profile = ctx.profile
        self.question_lines = list(lines)
        dialog = self.question = cls(
            parent, title, lines, amount_text, production=is_production(ctx),
            profile_name=profile.name if profile is not None else "", **names,
        )  # fmt: skip
        dialog.setModal(False)
        dialog.show()
        dialog.adjustSize()
        return False

    def asked(self) -> QWidget | None:
        return self.question

    def close_question(self) -> None:
        if self._saved_ask is not None:
            ConfirmDialog.ask = self._saved_ask  # type: ignore[method-assign]
            self._saved_ask = None
        if self.question is not None:
            self.question.close()
            self.question.deleteLater()
            self.question = None


# The tour's batch: a card, a phone, a bank account, and two rows the check refuses (an expired card, no destination)
TOUR_BATCH = f"""order_id,amount,currency,card_number,card_expiry,phone,bank_account,account_holder,purpose
,120.00,EUR,{FRICTIONLESS_CARD},12/30,,,,Supplier refund
,75.50,EUR,,,+442079460612,,,Commission March
,310.00,EUR,,,,GB33BUKB20201555555555,JANE DOE,Commission March
,42.00,EUR,{FRICTIONLESS_CARD},01/20,,,,Old card
,18.00,EUR,,,,,,Missing destination
,64.25,EUR,,,+442079460613,,,Commission March
"""


class BatchShots(QObject):
    """Payouts → Batch payouts…: the file checked (14-batch-checked), then sent (15-batch-sent)."""

    def __init__(self, tour: Tour) -> None:
        super().__init__(tour)
        self.tour = tour
        self.dialog: BatchDialog | None = None

    def open(self) -> None:
        tab = self.tour.show(PayoutsTab)
        data_dir = self.tour.ctx.data_dir
        path = Path(data_dir if data_dir is not None else self.tour.out_dir) / "tour-payouts.csv"
        path.write_text(TOUR_BATCH, encoding="utf-8")
        dialog = self.dialog = tab.batch_button.open_dialog()
        dialog.resize(1100, 520)
        dialog.open_file(path)

    def checked(self) -> bool:
        return self.dialog is not None and self.dialog.checked is not None

    def send(self) -> None:
        if self.dialog is not None:
            self.dialog.send()  # the tour answers the confirmation "yes"

    def sent(self) -> bool:
        return self.dialog is not None and self.dialog.outcome is not None

    def target(self) -> QWidget | None:
        return self.dialog

    def close(self) -> None:
        if self.dialog is not None and self.dialog.send_task is None:
            self.dialog.close()
