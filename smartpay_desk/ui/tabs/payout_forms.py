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
from ..i18n import tr
from ..widgets.amount_edit import AmountEdit
from ..widgets.card_form import split_expiry
from ..widgets.forms import FieldForm
from ..widgets.icons import icon

DESTINATIONS = [("card", "Card"), ("phone", "Phone"), ("account", "Account")]  # English; shown: destination_words()
# The gateway's field for a payout to a phone (its doc: payment_method, "Withdrawal Phone"): the desk sends this
# value itself when Phone is chosen; the operator never sees the field (issue 13).
PHONE_METHOD = "phone"


# What each destination cannot go without, said when it is left empty: the destination was chosen, so never
# "Choose where the payout goes".
def missing_words() -> dict[str, dict[str, str]]:
    return {
        "card": {"customer_card_number": tr("Enter the recipient's card number.")},
        "phone": {"customer_phone": tr("Enter the recipient's phone number, + and digits.")},
        "account": {
            "account_withdrawal": tr("Enter the recipient's account number."),
            "account_withdrawal_holder": tr("Enter the name the account is held in."),
        },
    }


def destination_words() -> dict[str, str]:
    """What the destination box shows for each key of DESTINATIONS, in the desk's language."""
    return {"card": tr("Card"), "phone": tr("Phone"), "account": tr("Account")}


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
        self.new_id_button.setToolTip(tr("Make up a new order id"))
        self.new_id_button.setAccessibleName(tr("New order id"))
        self.add_field(
            "order_id",
            tr("Order id"),
            self.order_id,
            tr("Your reference for this payout; made up for you, change it if you like. Never used twice."),
            extra=self.new_id_button,
        )
        self.amount = AmountEdit(currency, self)
        self.available = QLabel("", self)
        self.available.setObjectName("hint")
        self.add_field(
            "amount",
            tr("Amount"),
            self.amount,
            tr("How much to pay out; at most the available balance."),
            extra=self.available,
        )
        self.destination = QComboBox(self)
        for key, label in destination_words().items():
            self.destination.addItem(label, key)
        self.add_field(
            "destination",
            tr("Pay out to"),
            self.destination,
            tr("Where the money goes: a card, a phone (mobile payout) or an account."),
        )

    def set_available(self, words: str | None) -> None:
        """What may be paid out, beside the amount; None says nothing (the balance is not known)."""
        self.available.setText(tr("{amount} available").format(amount=words) if words is not None else "")


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
        self.expiry = _line(card, tr("MM/YY (optional)"), 7)
        self.expiry.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9/ ]{0,7}"), self.expiry))
        card.add_field(
            "customer_card_number",
            tr("Card number"),
            self.card_number,
            tr("The recipient's card, 13 to 19 digits. Cleared once sent; never stored."),
        )
        card.add_field(
            "customer_card_exp",
            tr("Expiry"),
            self.expiry,
            tr("Month and year on the card, as MM/YY (optional)."),
            aliases=("customer_card_exp_month", "customer_card_exp_year"),
        )

        phone = FieldForm(self)
        self.phone = _line(phone, "+442079460612", 16)
        phone.add_field(
            "customer_phone",
            tr("Phone"),
            self.phone,
            tr("The recipient's phone in international format: + and digits."),
        )

        account = FieldForm(self)
        self.account = _line(account, tr("account number"), 64)
        self.holder = _line(account, tr("JOHN DOE"))
        self.iin = _line(account, tr("individual identification number"))
        account.add_field("account_withdrawal", tr("Account"), self.account, tr("The recipient's account number."))
        account.add_field(
            "account_withdrawal_holder", tr("Holder"), self.holder, tr("The name the account is held in.")
        )
        account.add_field(
            "account_withdrawal_iin",
            tr("IIN"),
            self.iin,
            tr("The holder's individual identification number, when the provider asks for it (optional)."),
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
        return {name: said for name, said in missing_words()[self.key()].items() if not edits[name].text().strip()}

    def show_page(self, key: str) -> None:
        self.setCurrentWidget(self.forms[key])

    def kept_forms(self) -> list[FieldForm]:
        """The pages whose fields may be kept for later: all but the card (card data is never kept)."""
        return [self.forms["phone"], self.forms["account"]]

    def clear_card(self) -> None:
        """setText (not clear) also empties the undo history, so Ctrl+Z cannot bring a card back."""
        self.card_number.setText("")
        self.expiry.setText("")


def _recipient() -> list[tuple[str, str, str, str]]:
    """(field, caption, placeholder, tooltip) of every optional recipient field, in the desk's language."""
    return [
        ("purpose", tr("Description"), tr("e.g. supplier refund #118"), tr("What the payout is for. Optional.")),
        ("merchant_site", tr("Merchant site"), "https://", tr("Your shop's web address. Optional.")),
        ("customer_first_name", tr("First name"), tr("John"), tr("The recipient's first name. Optional.")),
        ("customer_middle_name", tr("Middle name"), "", tr("The recipient's middle name. Optional.")),
        ("customer_last_name", tr("Last name"), tr("Doe"), tr("The recipient's last name. Optional.")),
        ("customer_phone", tr("Phone"), "+442079460612", tr("The recipient's phone, international format. Optional.")),
        ("customer_birthdate", tr("Birthdate"), tr("06.06.1997"),
         tr("The recipient's date of birth, as dd.mm.yyyy. Optional.")),
        ("customer_zip_code", tr("Zip code"), "121165", tr("The recipient's postal code. Optional.")),
        ("callback_url", tr("Callback"), "https://",
         tr("Your server's address the gateway notifies of status changes. Optional.")),
        ("provider_id", tr("Provider id"), "", tr("The payout provider to use, when your account manager gave one. "
                                                "Optional.")),
        ("customer_ip_address", tr("IP address"), "127.0.0.1",
         tr("The recipient's IP address (some providers need it). Optional.")),
    ]  # fmt: skip


class RecipientForm(FieldForm):
    """Every optional /withdrawal/init field that is not the destination."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        for name, label, placeholder, tip in _recipient():
            edit = _line(self, placeholder, 2048 if name.endswith("url") or name == "merchant_site" else 255)
            self.add_field(name, label, edit, tip)
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
