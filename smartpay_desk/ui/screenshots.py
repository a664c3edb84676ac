"""`smartpay-desk --screenshots DIR`: a scripted tour of every tab on the embedded sandbox, one PNG each.

It runs inside the real application (main window, services, journal, sandbox), step by step on the event
loop: each step does what an operator would, waits until the answer is on screen, then saves the window.
Confirmation dialogs are answered "yes" for the tour (sandbox only). Files written:

    01-lookup.png          a card payment the tour makes first (ctx.ops.pay_by_card), then LookupTab.lookup()
    02-payments.png        PaymentsTab.prefill_customer() + create_link(): the link, its QR code, its status
    03-authorize.png       AuthorizeTab: customer_form, details, card_form filled, authorize(); waits for
                           its result and the open-authorizations table (open_panel.model.rowCount())
    04-refunds.png         RefundsTab.prefill(paid order) → amount.set_minor() (partial) → reason → submit()
    05-recurrent.png       RecurrentTab.prefill(paid order) → reason → submit()
    06-payouts.png         PayoutsTab.set_destination("card"), details.amount, destinations.card_number,
                           refresh_balance(), submit(): a payout to the frictionless card, live balance
    07-reports.png         ReportsTab.export_and_open("Payment", 2, last 30 days) → viewer.loaded
    (no picture)           a payment, and a refund of it whose answer is lost (the practice gateway drops the
                           connection after committing it: screenshots_more.py): the journal holds it for review
    08-activity.png        ActivityTab.refresh() → loaded: the journal of everything above, with the payout
                           selected (select_order) and its history (pending → sent → processing → succeeded)
    09-activity-review.png ActivityTab.show_entry(the lost refund): its review box, a note being typed
    10-payout-again.png    the payout of 06 again (same card, same amount): the confirmation naming the earlier
                           payout, with "send it anyway" (answered "no": nothing is sent)
    11-needs-attention.png TriageTab.refresh(): everything waiting for a person, the lost refund among it
    12-approvals.png       ApprovalsTab on the Sandbox profile: what a team journal adds, and how to set one up
    13-profiles.png        the Profiles dialog on the Sandbox profile
    14-batch-checked.png   Payouts → Batch payouts…: a file of payouts checked (screenshots_more.BatchShots)
    15-batch-sent.png      the same batch sent
    16-dark.png            Activity (filters, the journal's table with its pills, the selected entry) in the dark
                           look (theme.apply("dark"))
    17-high-contrast.png   the same in the high-contrast look; then the look the tour started in again
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication, QWidget

from ..api.models import Card, Customer
from ..sandbox import FRICTIONLESS_CARD
from . import theme
from .screenshots_more import BatchShots, MoreShots
from .tabs.activity import ActivityTab
from .tabs.approvals import ApprovalsTab
from .tabs.authorize import AuthorizeTab
from .tabs.lookup import LookupTab
from .tabs.payments import PaymentsTab
from .tabs.payouts import PayoutsTab
from .tabs.recurrent import RecurrentTab
from .tabs.refunds import RefundsTab
from .tabs.reports import ReportsTab
from .tabs.triage import TriageTab
from .widgets.confirm import ConfirmDialog
from .widgets.payment_form import new_order_id
from .worker import Call

if TYPE_CHECKING:
    from ..services.money.sending import OperationResult
    from .main_window import MainWindow
    from .profile_dialog import ProfileDialog

TabT = TypeVar("TabT", bound=QWidget)

log = logging.getLogger("smartpay_desk.ui")

CUSTOMER = Customer(
    first_name="Maria",
    last_name="Garcia",
    address="221B Baker Street",
    city="London",
    zip_code="NW1 6XE",
    country="GB",
    phone="+442079460612",
    email="maria.garcia@example.com",
    ip_address="127.0.0.1",
)
WAIT_MS = 20_000
POLL_MS = 100
SETTLE_MS = 400


@dataclass
class Step:
    name: str  # file stem, e.g. "01-lookup" ("" = no picture)
    action: Callable[[], None]
    ready: Callable[[], bool] | None = None
    target: Callable[[], QWidget | None] | None = None  # what to photograph (default: the main window)


class Tour(QObject):
    def __init__(self, window: MainWindow, out_dir: Path, on_done: Callable[[bool], None]) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.out_dir = Path(out_dir)
        self.on_done = on_done
        self.ok = True
        self.written: list[Path] = []
        self.paid_order: str | None = None
        self.payout_order: str | None = None
        self._pay_error: BaseException | None = None
        self._report_rows: int | None = None
        self._activity_rows: int | None = None
        self.more = MoreShots(self, CUSTOMER)
        self.batch = BatchShots(self)
        self._steps = self.steps()
        self._index = -1
        self._waited = 0
        self._dialog: ProfileDialog | None = None
        self._saved_ask: object = None
        self._mode_before: str | None = None  # the look before 16-dark, back at the end
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check)

    # ------------------------------------------------------------ the script

    def page(self, cls: type[TabT]) -> TabT:
        """The tab of that class (built now if the window has not built it yet)."""
        return self.window.page(cls)

    def show(self, cls: type[TabT]) -> TabT:
        page = self.page(cls)
        self.window.tabs.setCurrentWidget(page)
        return page

    def steps(self) -> list[Step]:
        return [
            Step("", self.make_payment, lambda: self.paid_order is not None or self._pay_error is not None),
            Step("01-lookup", self.lookup, lambda: self.page(LookupTab).info is not None),
            Step("02-payments", self.payment_link, lambda: bool(self.page(PaymentsTab).link_result.qr.data())),
            Step("03-authorize", self.authorize, self.authorized),
            Step("", self.refund_load, lambda: self.page(RefundsTab).refundable is not None),
            Step("04-refunds", self.refund_send, lambda: getattr(self.page(RefundsTab), "result", None) is not None),
            Step("", self.recurrent_load, lambda: self.page(RecurrentTab).parent_info is not None),
            Step(
                "05-recurrent",
                self.recurrent_send,
                lambda: getattr(self.page(RecurrentTab), "result", None) is not None,
            ),
            Step("06-payouts", self.payout, self.payout_done),
            Step("07-reports", self.report, lambda: self._report_rows is not None),
            Step("", self.more.lose_refund, self.more.refund_lost),
            Step("08-activity", self.activity, self.activity_shown),
            Step("", self.more.show_review, self.more.review_shown),
            Step("09-activity-review", self.more.type_note),
            Step("10-payout-again", self.more.payout_again, lambda: self.more.question is not None, self.more.asked),
            Step("", self.more.close_question),
            Step("11-needs-attention", self.triage, lambda: bool(self.page(TriageTab).model.items)),
            Step("12-approvals", self.approvals),
            Step("13-profiles", self.open_profiles, lambda: self._dialog is not None, lambda: self._dialog),
            Step("14-batch-checked", self.batch.open, self.batch.checked, self.batch.target),
            Step("15-batch-sent", self.batch.send, self.batch.sent, self.batch.target),
            Step("16-dark", self.dark, self.activity_shown),
            Step("17-high-contrast", self.high_contrast, self.activity_shown),
        ]

    def make_payment(self) -> None:
        """A real payment to look up: the frictionless card, through the services like the Payments tab."""
        order_id = new_order_id("tour")
        card = Card(holder="MARIA GARCIA", number=FRICTIONLESS_CARD, exp_month="12", exp_year="30", cvv="123")
        ops, profile = self.ctx.ops, self.ctx.profile
        if ops is None or profile is None:
            raise RuntimeError("the tour needs the Sandbox profile open")
        self.ctx.runner.start(
            Call(
                ops.pay_by_card,
                amount=4990,
                currency=profile.currency,
                order_id=order_id,
                customer=CUSTOMER,
                card=card,
                merchant_site="https://merchant.example",
                purpose="Tour: headphones",
            ),
            on_success=self._paid,
            on_failure=self._pay_failed,
        )

    def _paid(self, result: OperationResult) -> None:
        self.paid_order = result.order_id

    def _pay_failed(self, exc: BaseException) -> None:
        log.error("tour: the payment failed: %s", exc)
        self._pay_error = exc
        self.ok = False

    def lookup(self) -> None:
        tab = self.show(LookupTab)
        tab.lookup(self.paid_order or "hist-0001")

    def payment_link(self) -> None:
        tab = self.show(PaymentsTab)
        tab.show_link_page()
        tab.prefill_customer(CUSTOMER, amount_minor=12900, purpose="Invoice 2024-117")
        tab.urls_form.edits["success_url"].setText("https://merchant.example/thanks")
        tab.create_link()

    def authorize(self) -> None:
        tab = self.show(AuthorizeTab)
        tab.customer_form.set_customer(CUSTOMER)
        tab.details.amount.set_minor(7500)
        tab.details.purpose.setText("Hotel deposit")
        tab.card_form.holder.setText("MARIA GARCIA")
        tab.card_form.number.setText(FRICTIONLESS_CARD)
        tab.card_form.expiry.setText("12/30")
        tab.card_form.cvv.setText("123")
        tab.authorize()

    def authorized(self) -> bool:
        tab = self.page(AuthorizeTab)
        return getattr(tab, "result", None) is not None and tab.open_panel.model.rowCount() > 0

    def refund_load(self) -> None:
        self.show(RefundsTab).prefill(self.paid_order or "")

    def refund_send(self) -> None:
        tab = self.page(RefundsTab)
        tab.amount.set_minor(1500)  # a partial refund
        tab.reason.setText("Customer returned one item")
        tab.submit()

    def recurrent_load(self) -> None:
        self.show(RecurrentTab).prefill(self.paid_order or "")

    def recurrent_send(self) -> None:
        tab = self.page(RecurrentTab)
        tab.reason.setText("Monthly subscription")
        tab.submit()

    def payout(self) -> None:
        tab = self.show(PayoutsTab)
        tab.set_destination("card")
        tab.details.amount.set_minor(25000)
        tab.destinations.card_number.setText(FRICTIONLESS_CARD)
        self.payout_order = tab.details.order_id.text().strip()
        tab.refresh_balance()
        tab.submit()

    def payout_done(self) -> bool:
        tab = self.page(PayoutsTab)
        return getattr(tab, "result", None) is not None and getattr(tab, "balance", None) is not None

    def report(self) -> None:
        tab = self.show(ReportsTab)
        tab.viewer.loaded.connect(self._report_loaded)
        tab.export_and_open("Payment", 2, date.today() - timedelta(days=30), date.today())

    def _report_loaded(self, rows: int) -> None:
        self._report_rows = rows

    def activity(self) -> None:
        tab = self.show(ActivityTab)
        tab.loaded.connect(self._activity_loaded)
        tab.refresh()

    def _activity_loaded(self, rows: int) -> None:
        tab = self.page(ActivityTab)
        if self._activity_rows is None:
            tab.loaded.disconnect(self._activity_loaded)
            if self.payout_order:
                tab.select_order(self.payout_order)  # the entry with the longest history
        self._activity_rows = rows

    def activity_shown(self) -> bool:
        """The journal is read and the selected entry's history is on screen."""
        tab = self.page(ActivityTab)
        return self._activity_rows is not None and (self._activity_rows == 0 or tab.events_table.rowCount() > 0)

    def triage(self) -> None:
        self.show(TriageTab).refresh()

    def approvals(self) -> None:
        self.show(ApprovalsTab)

    def dark(self) -> None:
        """Activity, as 08 showed it, in the dark look (the mode the tour ran in comes back at the end)."""
        self.in_look("dark")

    def high_contrast(self) -> None:
        self.in_look("high-contrast")

    def in_look(self, mode: str) -> None:
        """Activity in the look of `mode`, its table holding the keyboard (its focus border in the picture)."""
        if self._mode_before is None:
            self._mode_before = theme.mode()
        self.batch.close()  # the batch dialog of 14 and 15 would keep the keyboard
        tab = self.show(ActivityTab)
        theme.apply(mode)
        self.window.activateWindow()
        tab.view.setFocus(Qt.FocusReason.TabFocusReason)

    def open_profiles(self) -> None:
        from .profile_dialog import ProfileDialog

        dialog = self._dialog = ProfileDialog(self.window, self.ctx, self.window.sessions)
        dialog.resize(900, 620)
        dialog.show()

    # ------------------------------------------------------------ the engine

    def start(self) -> None:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self._saved_ask = ConfirmDialog.__dict__["ask"]
        ConfirmDialog.ask = classmethod(lambda cls, *args, **kwargs: True)  # type: ignore[method-assign,assignment]
        self.window.resize(1280, 800)
        self._next()

    def _next(self) -> None:
        self._index += 1
        if self._index >= len(self._steps):
            self._finish()
            return
        step = self._steps[self._index]
        try:
            step.action()
        except Exception:  # the tour goes on: a missing picture is reported, not a crash
            log.exception("tour step %s failed", step.name or self._index)
            self.ok = False
        self._waited = 0
        self._poll.start()

    @Slot()
    def _check(self) -> None:
        step = self._steps[self._index]
        ready = True
        try:
            ready = step.ready() if step.ready is not None else True
        except Exception:
            log.exception("tour step %s: readiness check failed", step.name)
            ready = False
        self._waited += POLL_MS
        if not ready and self._waited < WAIT_MS:
            return
        if not ready:
            log.error("tour step %s did not finish in %d s", step.name, WAIT_MS // 1000)
            self.ok = False
        self._poll.stop()
        QTimer.singleShot(SETTLE_MS, self, self._shoot)

    @Slot()
    def _shoot(self) -> None:
        step = self._steps[self._index]
        if step.name:
            target = step.target() if step.target is not None else self.window
            if target is not None:
                path = self.out_dir / f"{step.name}.png"
                QApplication.processEvents()
                if target.grab().save(str(path)):
                    self.written.append(path)
                else:
                    log.error("tour: could not write %s", path)
                    self.ok = False
        self._next()

    def _finish(self) -> None:
        self.more.close_question()
        self.batch.close()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
        if self._saved_ask is not None:
            ConfirmDialog.ask = self._saved_ask  # type: ignore[method-assign,assignment]
        if self._mode_before is not None:
            theme.apply(self._mode_before)
            self._mode_before = None
        log.info("tour: %d pictures in %s", len(self.written), self.out_dir)
        self.on_done(self.ok)
