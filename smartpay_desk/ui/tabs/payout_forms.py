"""The forms of the Payouts tab: the payout itself, its destination (card, phone or account), and the
optional facts about the recipient, and the request they make. Field names are the gateway's
(/withdrawal/init), so its, our validation's and the guards' sentences land under the right field."""

from __future__ import annotations

import secrets
from datetime import datetime

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QStackedWidget, QToolButton, QWidget

from ...api.models import WithdrawalRequest
from ..widgets.amount_edit import AmountEdit
from ..widgets.card_form import split_expiry
from ..widgets.forms import FieldForm
from ..widgets.icons import icon

DESTINATIONS = [("card", "Card"), ("phone", "Phone"), ("account", "Account")]
# The gateway's field for a payout to a phone (its doc: payment_method, "Withdrawal Phone"): the desk sends this
# value itself when Phone is chosen; the operator never sees the field (issue 13).
PHONE_METHOD = "phone"
# What each destination cannot go without, said when it is left empty: the destination was chosen, so never
# "Choose where the payout goes".
MISSING = {
    "card": {"customer_card_number": "Enter the recipient's card number."},
    "phone": {"customer_phone": "Enter the recipient's phone number, + and digits."},
    "account": {
        "account_withdrawal": "Enter the recipient's account number.",
        "account_withdrawal_holder": "Enter the name the account is held in.",
    },
}


def new_payout_id() -> str:
    """payout-<yyyymmdd>-<6 hex>: a new payout's own order id."""
    return f"payout-{datetime.now():%Y%m%d}-{secrets.token_hex(3)}"


def _line(parent: QWidget, placeholder: str = "", max_len: int = 255) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(max_len)
    return edit


class PayoutDetailsForm(FieldForm):
    """Order id (made up, editable), amount (with what is available beside it), destination."""

    def __init__(self, parent: QWidget | None = None, *, currency: str = "EUR") -> None:
        super().__init__(parent)
        self.order_id = _line(self, "", 64)
        self.new_id_button = QToolButton(self)
        self.new_id_button.setIcon(icon("refresh"))
        self.new_id_button.setToolTip("Make up a new order id")
        self.new_id_button.setAccessibleName("New order id")
        self.add_field(
            "order_id",
            "Order id",
            self.order_id,
            "Your reference for this payout; made up for you, change it if you like. Never used twice.",
            extra=self.new_id_button,
        )
        self.amount = AmountEdit(currency, self)
        self.available = QLabel("", self)
        self.available.setObjectName("hint")
        self.add_field(
            "amount",
            "Amount",
            self.amount,
            "How much to pay out; at most the available balance.",
            extra=self.available,
        )
        self.destination = QComboBox(self)
        for key, label in DESTINATIONS:
            self.destination.addItem(label, key)
        self.add_field(
            "destination",
            "Pay out to",
            self.destination,
            "Where the money goes: a card, a phone (mobile payout) or an account.",
        )

    def set_available(self, words: str | None) -> None:
        """What may be paid out, beside the amount; None says nothing (the balance is not known)."""
        self.available.setText(f"{words} available" if words is not None else "")


class DestinationForms(QStackedWidget):
    """One page per destination; `current_form()` is the FieldForm shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.forms: dict[str, FieldForm] = {}

        card = FieldForm(self)
        self.card_number = _line(card, "4012 0000 0000 3010", 23)
        self.card_number.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9 -]{0,23}"), self.card_number)
        )
        self.expiry = _line(card, "MM/YY (optional)", 7)
        self.expiry.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9/ ]{0,7}"), self.expiry))
        card.add_field(
            "customer_card_number",
            "Card number",
            self.card_number,
            "The recipient's card, 13 to 19 digits. Cleared once sent; never stored.",
        )
        card.add_field(
            "customer_card_exp",
            "Expiry",
            self.expiry,
            "Month and year on the card, as MM/YY (optional).",
            aliases=("customer_card_exp_month", "customer_card_exp_year"),
        )

        phone = FieldForm(self)
        self.phone = _line(phone, "+442079460612", 16)
        phone.add_field(
            "customer_phone", "Phone", self.phone, "The recipient's phone in international format: + and digits."
        )

        account = FieldForm(self)
        self.account = _line(account, "account number", 64)
        self.holder = _line(account, "JOHN DOE")
        self.iin = _line(account, "individual identification number")
        account.add_field("account_withdrawal", "Account", self.account, "The recipient's account number.")
        account.add_field("account_withdrawal_holder", "Holder", self.holder, "The name the account is held in.")
        account.add_field(
            "account_withdrawal_iin",
            "IIN",
            self.iin,
            "The holder's individual identification number, when the provider asks for it (optional).",
        )
        for key, form in (("card", card), ("phone", phone), ("account", account)):
            self.forms[key] = form
            self.addWidget(form)

    def key(self) -> str:
        return DESTINATIONS[self.currentIndex()][0]

    def current_form(self) -> FieldForm:
        return self.forms[self.key()]

    def missing(self) -> dict[str, str]:
        """The chosen destination's fields that are needed and empty, each with what to enter."""
        edits = {
            "customer_card_number": self.card_number,
            "customer_phone": self.phone,
            "account_withdrawal": self.account,
            "account_withdrawal_holder": self.holder,
        }
        return {name: said for name, said in MISSING[self.key()].items() if not edits[name].text().strip()}

    def show_page(self, key: str) -> None:
        self.setCurrentWidget(self.forms[key])

    def kept_forms(self) -> list[FieldForm]:
        """The pages whose fields may be kept for later: all but the card (card data is never kept)."""
        return [self.forms["phone"], self.forms["account"]]

    def clear_card(self) -> None:
        """setText (not clear) also empties the undo history, so Ctrl+Z cannot bring a card back."""
        self.card_number.setText("")
        self.expiry.setText("")


_RECIPIENT = [
    ("purpose", "Description", "e.g. supplier refund #118", "What the payout is for."),
    ("merchant_site", "Merchant site", "https://", "Your shop's web address."),
    ("customer_first_name", "First name", "John", "The recipient's first name."),
    ("customer_middle_name", "Middle name", "", "The recipient's middle name."),
    ("customer_last_name", "Last name", "Doe", "The recipient's last name."),
    ("customer_phone", "Phone", "+442079460612", "The recipient's phone, international format."),
    ("customer_birthdate", "Birthdate", "06.06.1997", "The recipient's date of birth, as dd.mm.yyyy."),
    ("customer_zip_code", "Zip code", "121165", "The recipient's postal code."),
    ("callback_url", "Callback", "https://", "Your server's address the gateway notifies of status changes."),
    ("provider_id", "Provider id", "", "The payout provider to use, when your account manager gave one."),
    ("customer_ip_address", "IP address", "127.0.0.1", "The recipient's IP address (some providers need it)."),
]


class RecipientForm(FieldForm):
    """Every optional /withdrawal/init field that is not the destination."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        for name, label, placeholder, tip in _RECIPIENT:
            edit = _line(self, placeholder, 2048 if name.endswith("url") or name == "merchant_site" else 255)
            self.add_field(name, label, edit, tip + " Optional.")
            self.edits[name] = edit

    def values(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for name, edit in self.edits.items():
            text = edit.text().strip()
            out[name] = (text.replace(" ", "") if name == "customer_phone" else text) or None
        return out


def payout_request(
    details: PayoutDetailsForm, pages: DestinationForms, recipient: RecipientForm, account: str, amount: int
) -> WithdrawalRequest:
    """The /withdrawal/init request the forms describe (from `account`, for `amount` minor units)."""
    key = pages.key()
    opt = recipient.values()
    destination: dict[str, str | None] = {}
    if key == "card":
        month, year = split_expiry(pages.expiry.text())
        digits = "".join(ch for ch in pages.card_number.text() if ch.isdigit())
        destination = {
            "customer_card_number": digits or None,
            "customer_card_exp_month": month or None,
            "customer_card_exp_year": year or None,
        }
    elif key == "phone":
        opt.pop("customer_phone", None)
        destination = {
            "payment_method": PHONE_METHOD,
            "customer_phone": pages.phone.text().strip().replace(" ", "") or None,
        }
    else:
        destination = {
            "account_withdrawal": pages.account.text().strip() or None,
            "account_withdrawal_holder": pages.holder.text().strip() or None,
            "account_withdrawal_iin": pages.iin.text().strip() or None,
        }
    return WithdrawalRequest(
        account=account, amount=amount, order_id=details.order_id.text().strip(), **opt, **destination
    )
