"""The Approvals tab's two questions: sending a card payout (the confirmation, with the card number typed again)
and rejecting a request (with its reason). Tests monkeypatch `CardReleaseDialog.ask` and `RejectDialog.ask`;
every other send is confirmed with widgets/confirm.py's ConfirmDialog.ask, as on the money tabs.

The card number is typed for this one send (the team journal never holds one: services/team/approvals.py) and
is cleared from the dialog as soon as it is read; it is never stored or logged.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..i18n import tr
from ..widgets.card_form import split_expiry
from ..widgets.confirm import ConfirmDialog, is_production
from ..widgets.forms import FieldForm
from .approvals_calls import GivenCard

if TYPE_CHECKING:
    from ..context import DeskContext


class CardReleaseDialog(ConfirmDialog):
    """The confirmation of a card payout's send, with the recipient's card number and expiry typed again: the
    button is enabled once a whole number is typed (the server checks it is the approved card)."""

    def __init__(self, parent: QWidget | None, title: str, lines: Sequence[str], amount_text: str, *,
                 production: bool, profile_name: str, yes: str, no: str, destination: str) -> None:  # fmt: skip
        super().__init__(parent, title, lines, amount_text, production=production, profile_name=profile_name,
                         yes=yes, no=no)  # fmt: skip
        self.card_form = FieldForm(self)
        self.number = QLineEdit(self.card_form)
        self.number.setPlaceholderText("4012 0000 0000 3010")
        self.number.setMaxLength(23)
        self.number.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 -]{0,23}"), self.number))
        self.expiry = QLineEdit(self.card_form)
        self.expiry.setPlaceholderText(tr("MM/YY (optional)"))
        self.expiry.setMaxLength(7)
        self.expiry.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9/ ]{0,7}"), self.expiry))
        said = tr("The recipient's card number, read from what the requester holds. Never stored.")
        self.card_form.add_field("card_number", tr("Card &number"), self.number, said)
        self.card_form.add_field("card_exp", tr("E&xpiry"), self.expiry, tr("As on the card, MM/YY."))
        note = QLabel(
            tr(
                "The team journal never holds a card number: type the number of {destination} again to "
                "send it. It must be the card that was approved."
            ).format(destination=destination),
            self,
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        box = self.layout()
        assert isinstance(box, QVBoxLayout)
        at = box.indexOf(self.buttons)
        box.insertWidget(at, note)
        box.insertWidget(at + 1, self.card_form)
        self.number.textChanged.connect(self._card_typed)
        self.ok_button.setEnabled(False)

    def digits(self) -> str:
        return "".join(ch for ch in self.number.text() if ch.isdigit())

    @Slot(str)
    def _card_typed(self, _text: str) -> None:
        self.ok_button.setEnabled(self.ready())

    def ready(self) -> bool:
        return 13 <= len(self.digits()) <= 19 and super().ready()

    def given(self) -> GivenCard:
        """The card typed, then cleared from the dialog."""
        month, year = split_expiry(self.expiry.text())
        card = GivenCard(self.digits(), month, year)
        self.number.setText("")
        self.expiry.setText("")
        return card

    @classmethod
    def ask_card(
        cls, parent: QWidget | None, ctx: DeskContext, title: str, lines: Sequence[str], amount_text: str, *,
        yes: str, no: str, destination: str,
    ) -> GivenCard | None:  # fmt: skip
        """The card typed when the operator confirmed; None when they did not."""
        profile = ctx.profile
        dialog = cls(parent, title, lines, amount_text, production=is_production(ctx), yes=yes, no=no,
                     profile_name=profile.name if profile is not None else "", destination=destination)  # fmt: skip
        try:
            return dialog.given() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.number.setText("")
            dialog.deleteLater()


class RejectDialog(QDialog):
    """Reject a request: what it is, and the reason (required: the requester reads it)."""

    def __init__(self, parent: QWidget | None, title: str, lines: Sequence[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(420)
        box = QVBoxLayout(self)
        heading = QLabel(title, self)
        heading.setStyleSheet("font-weight: 600;")
        box.addWidget(heading)
        details = QLabel("\n".join(lines), self)
        details.setWordWrap(True)
        box.addWidget(details)
        self.form = FieldForm(self)
        self.reason = QLineEdit(self.form)
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(tr("e.g. the invoice does not match"))
        self.form.add_field(
            "reason", tr("&Reason"), self.reason, tr("Required: the requester and the journal keep it.")
        )
        box.addWidget(self.form)
        self.buttons = QDialogButtonBox(self)
        role = QDialogButtonBox.ButtonRole
        self.ok_button: QPushButton = self.buttons.addButton(tr("Re&ject the request"), role.AcceptRole)
        self.cancel_button: QPushButton = self.buttons.addButton(tr("&Keep it waiting"), role.RejectRole)
        self.ok_button.setEnabled(False)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._typed)
        box.addWidget(self.buttons)

    @Slot(str)
    def _typed(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text.strip()))
        self.ok_button.setDefault(bool(text.strip()))

    def accept(self) -> None:
        if not self.reason.text().strip():
            self.form.set_errors({"reason": tr("A rejection needs a reason.")})
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, lines: Sequence[str]) -> str | None:
        """The reason given when the operator rejected; None when they kept it waiting."""
        dialog = cls(parent, title, lines)
        try:
            return dialog.reason.text().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
