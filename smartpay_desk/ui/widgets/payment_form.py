"""The payment's own fields (amount, order id, purpose, merchant site, recurrent) and its return addresses.

Shared by the Payments tab; the Authorize tab may use them too. Error keys are the gateway's field names.
"""

from __future__ import annotations

import secrets
from datetime import datetime

from PySide6.QtCore import QLocale, Slot
from PySide6.QtWidgets import QCheckBox, QLineEdit, QToolButton, QWidget

from ...api.models import Urls
from ..i18n import tr
from .amount_edit import AmountEdit
from .forms import FieldForm
from .icons import icon

DEFAULT_MERCHANT_SITE = "https://merchant.example"


def new_order_id(prefix: str = "desk") -> str:
    """A fresh order id: prefix-YYYYMMDDTHHMMSS-xxxx (letters, digits and dashes only). The "T" keeps every run
    of digits and dashes under 13 digits, so it never looks like a card number (api/validation.check_order_id)."""
    return f"{prefix}-{datetime.now():%Y%m%dT%H%M%S}-{secrets.token_hex(2)}"


def _amount_tip(currency: str) -> str:
    return tr("What the customer pays, in {currency}, e.g. {example}.").format(
        currency=currency, example=QLocale().toString(10.5, "f", 2)
    )


class PaymentDetailsForm(FieldForm):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        currency: str = "EUR",
        prefix: str = "desk",
        recurrent: bool = True,
    ) -> None:
        super().__init__(parent)
        self._prefix = prefix
        self.amount = AmountEdit(currency, self)
        self.order_id = QLineEdit(self)
        self.order_id.setMaxLength(64)
        self.new_id_button = QToolButton(self)
        self.new_id_button.setIcon(icon("refresh"))
        self.new_id_button.setToolTip(tr("Make up a new order id"))
        self.new_id_button.setAccessibleName(tr("New order id"))
        self.new_id_button.clicked.connect(self.renew_order_id)
        self.purpose = QLineEdit(self)
        self.purpose.setPlaceholderText(tr("e.g. Invoice 2024-117"))
        self.purpose.setMaxLength(255)
        self.merchant_site = QLineEdit(DEFAULT_MERCHANT_SITE, self)
        self.recurrent = QCheckBox(tr("Keep the card for later charges (recurrent)"), self)
        self.add_field("amount", tr("Amount"), self.amount, _amount_tip(currency))
        self.add_field(
            "order_id",
            tr("Order id"),
            self.order_id,
            tr(
                "Your reference for this payment; made up for you, change it if you like. Letters, digits, - _ . only; "
                "never used twice."
            ),
            extra=self.new_id_button,
        )
        self.add_field("purpose", tr("Description"), self.purpose, tr("What the payment is for (optional)."))
        self.add_field(
            "merchant_site",
            tr("Merchant site"),
            self.merchant_site,
            tr("Your shop's web address, starting with https://."),
        )
        if recurrent:
            self.add_field(
                "recurrent",
                "",
                self.recurrent,
                tr("Tick to allow charging this card again later from the Recurrent tab."),
            )
        else:
            self.recurrent.hide()
        self.renew_order_id()

    def set_currency(self, code: str) -> None:
        self.amount.set_currency(code)
        self.amount.setToolTip(_amount_tip(code))

    @Slot()
    def renew_order_id(self) -> None:
        self.order_id.setText(new_order_id(self._prefix))

    def text_or_none(self, edit: QLineEdit) -> str | None:
        value = edit.text().strip()
        return value or None


class ReturnUrlsForm(FieldForm):
    """success_url, fail_url, callback_url, status_url: all optional."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        for name, label, tip in (
            ("success_url", tr("Success page"), tr("Where the customer is sent after paying (optional).")),
            ("fail_url", tr("Failure page"), tr("Where the customer is sent when the payment fails (optional).")),
            (
                "callback_url",
                tr("Callback"),
                tr(
                    "Your server's address the gateway notifies of status changes (optional; the desk itself "
                    "follows the status by asking)."
                ),
            ),
            ("status_url", tr("Status page"), tr("The status address of your site (optional).")),
        ):
            edit = QLineEdit(self)
            edit.setPlaceholderText("https://")
            edit.setMaxLength(2048)
            self.add_field(name, label, edit, tip)
            self.edits[name] = edit

    def urls(self) -> Urls:
        values = {name: (edit.text().strip() or None) for name, edit in self.edits.items()}
        return Urls(**values)
