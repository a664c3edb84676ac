"""The Payouts tab per profile (ui/context.py): what it keeps in `session.views["payouts"]` when the profile
is left, and how it shows it again when the profile comes back (or starts empty for another profile).

Kept: the forms (never the card page: card data is cleared on leaving and never kept), the last payout and
its destination, the sentence next to the button, the balance shown and when it was read, and the payout
being followed (followed again on return). Another profile never sees this one's balance or last payout.
A payout still on its way answers into its own profile's view (payouts.py `_sent`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from .payout_forms import new_payout_id
from .tab_state import Said, said, saved
from .view_state import Fields, form_fields, read_fields, say_again, write_fields

if TYPE_CHECKING:
    from datetime import datetime

    from ...api.models import Balance
    from ...services.money.sending import OperationResult
    from ..context import ProfileSession
    from .payouts import PayoutsTab

VIEW_KEY = "payouts"


@dataclass(frozen=True)
class PayoutsView:
    """What the tab showed for one profile."""

    fields: Fields  # the forms without the card page
    result: OperationResult | None  # the last payout's answer
    sent: tuple[int, str]  # its amount and destination
    message: Said
    balance: Balance | None
    read_at: datetime | None
    following: str  # the order followed, "" if none


class PayoutsMemory(QObject):
    def __init__(self, tab: PayoutsTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.fields = form_fields(tab.details, *tab.destinations.kept_forms(), tab.recipient)
        self.fresh = read_fields(self.fields)  # "start empty" is putting these back
        tab.ctx.session_leaving.connect(self._leaving)

    @Slot(object)
    def _leaving(self, session: ProfileSession) -> None:
        """Keep what the tab shows with the profile going away; stop asking anything for it."""
        tab, box = self.tab, self.tab.balance_box
        following = tab.follower.order_id or ""
        session.views[VIEW_KEY] = PayoutsView(
            read_fields(self.fields), tab.result, tab.sending, said(tab.message), box.balance, box.read_at, following
        )
        tab.follower.stop()
        tab.send_task = None  # a payout on its way answers into `session`
        tab.busy.stop()
        tab.destinations.clear_card()
        box.forget()

    def start_new(self) -> None:
        """After a payout that may have moved money: a new one starts empty (a new order id; the kind of
        destination stays), so Enter pressed again sends nothing by itself."""
        write_fields(self.fields, self.new_payout(read_fields(self.fields)))
        self.tab.destinations.clear_card()

    def new_payout(self, values: Fields) -> Fields:
        """`values` (read from these fields) as a new payout: see start_new."""
        keep = (self.tab.details.destination,)
        pairs = zip(self.fields, values, self.fresh, strict=True)
        fresh = [value if widget in keep else empty for widget, value, empty in pairs]
        fresh[self.fields.index(self.tab.details.order_id)] = new_payout_id()
        return tuple(fresh)

    def arrive(self) -> None:
        """Show what the session in front kept for the tab, or an empty form with no figure."""
        tab = self.tab
        view = saved(tab.ctx.session, VIEW_KEY, PayoutsView)
        tab.details.amount.set_currency(tab.currency())
        for form in (tab.details, *tab.destinations.forms.values(), tab.recipient):
            form.clear_errors()
        write_fields(self.fields, view.fields if view is not None else self.fresh)
        if view is None:
            tab.renew_order_id()
            tab.balance_box.forget()
        else:
            tab.balance_box.show_balance(view.balance, view.read_at)
        tab.show_available(tab.balance)
        tab.result = view.result if view is not None else None
        tab.sending = view.sent if view is not None else (0, "")
        tab.follow.clear()
        if tab.result is not None:
            tab.show_result(tab.result)
        else:
            tab.panel.hide()
        say_again(tab.message, *(view.message if view is not None else ("", "")))
        if view is not None and view.following:
            if tab.result is None:
                tab.prefill(view.following)
            else:
                tab.follow.follow(view.following, now=True)
