"""The Payments tab's data: what its form sends (PaymentFields); and per profile (ui/context.py), what it
keeps in `session.views["payments"]` when the profile is left, and how it shows it again when the profile
comes back (or starts fresh for another profile).

Kept: the form (payment, customer, return addresses; never the card: the card form is cleared on leaving),
the page in front, the last payment link and card payment with the latest status learnt by following, the
sentences next to the buttons, and which order was being followed (followed again on return). A call still
waiting for its answer is left to end on its own: the journal records it, and the line says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, TypedDict

from PySide6.QtCore import QObject, Slot

from ...services.money.sending import OperationResult
from ..context import ProfileSession
from ..i18n import say, tr
from .tab_parts import outcome_state
from .view_state import Fields, form_fields, read_fields, say_again, write_fields

if TYPE_CHECKING:
    from ...api.models import Customer, Urls
    from ..widgets.outcome import PaymentOutcome
    from .payments import PaymentsTab

VIEW_KEY = "payments"


def left_waiting() -> str:
    """Said next to a button whose call was still waiting when the profile was left."""
    return tr(
        "You switched profile while the gateway was being asked; what became of it is in Activity (this order id "
        "is refused if sent again)."
    )


class PaymentFields(TypedDict):
    """What a payment link and a card payment both send (ops.payment_link / ops.pay_by_card keywords)."""

    amount: int
    currency: str
    order_id: str
    customer: Customer
    purpose: str | None
    urls: Urls


class Shown(NamedTuple):
    """A result panel's content: the answer that filled it, and the latest status learnt by following."""

    result: OperationResult
    latest: OperationResult | None = None


class PaymentsView(NamedTuple):
    """What the tab showed for one profile (never card data)."""

    fields: Fields
    page: int
    link: Shown | None
    card: Shown | None
    card_masked: str
    messages: tuple[tuple[str, str], tuple[str, str]]  # (tone, text) next to each button
    followed: tuple[int, str] | None  # (0 the link / 1 the card, order id) being followed


def fill(panel: PaymentOutcome, result: OperationResult, latest: OperationResult | None = None) -> None:
    """A result panel from an answer (and the latest status learnt since, if any)."""
    panel.show()
    panel.order.set_text(result.order_id)
    panel.following.setText("")
    panel.stop_button.hide()
    panel.open_button.setVisible(False)
    shown = latest or result
    panel.badge.set_state(outcome_state(shown), getattr(shown, "kind", None))
    # One sentence next to the button; the journal's longer account (gates tried…) in the result panel.
    panel.note.setText(say(shown.message or ""))  # the journal's words, said (api/said.py)
    panel.note.setVisible(bool(shown.message))
    panel.describe()


class PaymentsMemory(QObject):
    """The tab's results as shown (`link`, `card`: set by the tab), kept per profile and brought back."""

    def __init__(self, tab: PaymentsTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.link: Shown | None = None
        self.card: Shown | None = None
        self.fields = form_fields(tab.details, tab.customer_form, tab.urls_form)
        self.fresh = read_fields(self.fields)
        self.left = False  # a profile was left (the first profile of the run keeps what was typed meanwhile)
        tab.following.follower.updated.connect(self._learnt)
        tab.ctx.session_leaving.connect(self._leaving)

    @Slot(object)
    def _learnt(self, result: object) -> None:
        """Following learnt a newer status: what the panel shows when the profile comes back."""
        panel = self.tab.following.panel
        if not isinstance(result, OperationResult):
            return
        if panel is self.tab.link_result and self.link is not None:
            self.link = self.link._replace(latest=result)
        elif panel is self.tab.card_result and self.card is not None:
            self.card = self.card._replace(latest=result)

    @Slot(object)
    def _leaving(self, session: object) -> None:
        """Stop following and waiting, forget the card; keep what the tab showed in the session left."""
        tab = self.tab
        follower, panel = tab.following.follower, tab.following.panel
        followed = None
        if follower.is_following() and follower.order_id is not None:
            followed = (0 if panel is tab.link_result else 1, follower.order_id)
        follower.stop()
        if tab.check_task is not None:  # still looking for an earlier link: nothing was sent, nothing will be
            tab.check_task.cancel()
            tab.check_task = None
            tab.link_message.clear()
        for task, busy, message in ((tab.link_task, tab.link_busy, tab.link_message),
                                    (tab.card_task, tab.card_busy, tab.card_message)):  # fmt: skip
            if task is not None:
                task.cancel()
                message.info(left_waiting())
            busy.stop()
        tab.link_task = tab.card_task = None
        self.left = True
        tab.card_form.clear_card()
        tab.card_form.clear_errors()
        lines = ((tab.link_message.tone, tab.link_message.text()), (tab.card_message.tone, tab.card_message.text()))
        if isinstance(session, ProfileSession):
            session.views[VIEW_KEY] = PaymentsView(
                read_fields(self.fields), tab.stack.currentIndex(), self.link, self.card, tab.card_result.card.text(),
                lines, followed,
            )  # fmt: skip

    def arrive(self) -> None:
        """The tab as the profile in front left it, or a fresh form (a new order id) with no results."""
        session = self.tab.ctx.session
        view = session.views.get(VIEW_KEY) if session is not None else None
        if self.left or view is not None:
            self._restore(view if isinstance(view, PaymentsView) else None)

    def _restore(self, view: PaymentsView | None) -> None:
        tab = self.tab
        for form in tab._forms():
            form.clear_errors()
        for panel in (tab.link_result, tab.card_result):
            panel.hide()
        tab.challenge_button.hide()
        self.link = self.card = None
        if view is None:
            write_fields(self.fields, self.fresh)
            tab.details.renew_order_id()
            tab.show_link_page()
            tab.link_message.clear()
            tab.card_message.clear()
            return
        write_fields(self.fields, view.fields)
        if view.page == 1:
            tab.show_card_page()
        else:
            tab.show_link_page()
        if view.link is not None:
            fill(tab.link_result, view.link.result, view.link.latest)
            tab._show_link(view.link.result)
        if view.card is not None:
            tab.card_result.card.setText(view.card_masked)
            fill(tab.card_result, view.card.result, view.card.latest)
            tab._show_challenge(view.card.latest or view.card.result)
        self.link, self.card = view.link, view.card  # with what following had learnt
        for line, (tone, text) in zip((tab.link_message, tab.card_message), view.messages, strict=True):
            say_again(line, tone, text)
        if view.followed is not None:
            where, order_id = view.followed
            tab.following.follow(tab.link_result if where == 0 else tab.card_result, order_id)
