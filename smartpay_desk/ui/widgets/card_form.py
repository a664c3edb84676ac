"""Card details typed by an operator. Kept only in the widgets until sent, then cleared; never stored.

card = form.card()      # api.models.Card (its repr shows BIN + last 4 only)
form.clear_card()       # right after sending
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from ...api.models import Card, mask_pan
from ..i18n import tr
from .forms import FieldForm


def split_expiry(text: str) -> tuple[str, str]:
    """'02/27', '2/27', '02 / 2027', '0227' → ('02', '27'); ('', '') when there is nothing to read."""
    cleaned = text.replace(" ", "")
    if "/" in cleaned:
        month, _, year = cleaned.partition("/")
    elif len(cleaned) in (4, 6):
        month, year = cleaned[:2], cleaned[2:]
    else:
        return cleaned, ""
    if len(month) == 1:
        month = "0" + month
    if len(year) == 4:
        year = year[2:]
    return month, year


class CardForm(FieldForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.holder = QLineEdit(self)
        self.holder.setPlaceholderText(tr("JOHN DOE"))
        self.holder.setMaxLength(255)
        self.number = QLineEdit(self)
        self.number.setPlaceholderText("4012 0000 0000 3010")
        self.number.setMaxLength(23)
        self.number.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 -]{0,23}"), self.number))
        self.expiry = QLineEdit(self)
        self.expiry.setPlaceholderText(tr("MM/YY"))
        self.expiry.setMaxLength(7)
        self.expiry.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9/ ]{0,7}"), self.expiry))
        self.cvv = QLineEdit(self)
        self.cvv.setPlaceholderText("•••")
        self.cvv.setMaxLength(4)
        self.cvv.setEchoMode(QLineEdit.EchoMode.Password)
        self.cvv.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,4}"), self.cvv))
        self.add_field("card_holder", tr("Card holder"), self.holder, tr("The name printed on the card."))
        self.add_field(
            "card_number", tr("Card number"), self.number, tr("13 to 19 digits; spaces are fine. Never stored.")
        )
        self.add_field(
            "card_exp",
            tr("Expiry"),
            self.expiry,
            tr("Month and year printed on the card, as MM/YY."),
            aliases=("card_exp_month", "card_exp_year", "expiry"),
        )
        self.add_field("card_cvv", tr("CVV"), self.cvv, tr("The 3 or 4 digits on the back of the card. Never stored."))

    def card(self) -> Card:
        month, year = split_expiry(self.expiry.text())
        number = "".join(ch for ch in self.number.text() if ch.isdigit())
        return Card(
            holder=self.holder.text().strip(),
            number=number,
            exp_month=month,
            exp_year=year,
            cvv=self.cvv.text().strip(),
        )

    def masked(self) -> str:
        return mask_pan(self.number.text()) or ""

    def forget_typed(self) -> bool:
        """Esc: forget a half-typed card (True when there was one), the focus back on its first field."""
        edits = (self.holder, self.number, self.expiry, self.cvv)
        if not any(edit.text() for edit in edits):
            return False
        self.clear_card()
        self.clear_errors()
        self.holder.setFocus()
        return True

    def clear_card(self) -> None:
        """Forget everything typed (called right after sending). setText, unlike clear(), also empties the
        undo history, so Ctrl+Z cannot bring a card number back."""
        for edit in (self.holder, self.number, self.expiry, self.cvv):
            edit.setText("")
