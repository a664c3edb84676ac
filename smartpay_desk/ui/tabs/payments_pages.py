"""The right half of the Payments tab (payments.py): the "Payment link" and "Card by phone" pages, each with its
button, the line next to it and its result panel. Built here so the tab module stays about what it does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton, QWidget

from ..i18n import tr
from ..widgets.card_form import CardForm
from ..widgets.forms import Section
from ..widgets.icons import icon
from ..widgets.keys import no_mnemonic
from ..widgets.outcome import PaymentOutcome
from ..widgets.panels import primary
from ..widgets.submit_row import SubmitRow

if TYPE_CHECKING:
    from .payments import PaymentsTab


def build_link_page(tab: PaymentsTab) -> QWidget:
    page = Section(
        tr("Payment link"),
        description=tr("The customer pays on the gateway's own page: no card details pass through you. "
                       "Send them the link, or let them scan the code."),
    )  # fmt: skip
    tab.link_button = primary(QPushButton(icon("link"), tr("Create payment link"), page))
    tab.link_button.setToolTip(tr("Ask the gateway for a payment page for this payment (Enter)"))
    tab.link_button.clicked.connect(tab.create_link)
    no_mnemonic(tab.link_button, "C")  # its words are compared as they are: Alt+C is a shortcut instead
    tab.link_row = SubmitRow(tab.link_button, page)
    tab.link_message, tab.link_busy = tab.link_row.message, tab.link_row.busy
    page.add(tab.link_row)
    tab.link_result = PaymentOutcome(page, with_link=True)
    tab.link_result.open_button.clicked.connect(tab._open_link)
    page.add(tab.link_result)
    page.add_stretch()
    return page


def build_card_page(tab: PaymentsTab) -> QWidget:
    page = Section(
        tr("Card payment by phone"),
        description=tr("Type the card details the customer reads to you. They are sent once over the card "
                       "channel, then cleared from the screen; they are never stored."),
    )  # fmt: skip
    tab.card_form = CardForm(page)
    page.add(tab.card_form)
    tab.card_button = primary(QPushButton(icon("payments"), tr("Charge card…"), page))
    tab.card_button.setToolTip(tr("Confirm, then send the card payment to the gateway (Enter)"))
    tab.card_button.clicked.connect(tab.charge_card)
    form = tab.card_form
    for edit in (form.holder, form.number, form.expiry, form.cvv):
        edit.returnPressed.connect(tab.charge_card)
    tab.card_row = SubmitRow(tab.card_button, page)
    tab.card_message, tab.card_busy = tab.card_row.message, tab.card_row.busy
    page.add(tab.card_row)
    tab.card_result = PaymentOutcome(page, with_link=False)
    tab.challenge_button = QPushButton(icon("open"), tr("Open the 3-D Secure page"), tab.card_result)
    tab.challenge_button.setToolTip(tr("The customer's bank asks them to confirm: open the page it gave"))
    tab.challenge_button.clicked.connect(tab._open_challenge)
    tab.card_result.body.insertWidget(tab.card_result.body.count() - 1, tab.challenge_button)
    tab.challenge_button.hide()
    page.add(tab.card_result)
    page.add_stretch()
    return page
