"""Confirmation before a money-moving action. In Production the operator types the amount to confirm.

    if not ConfirmDialog.ask(self, ctx, "Send this refund?", ["Order: abc", "Amount: €10.00"], "€10.00"):
        return

`yes=` and `no=` name the two buttons after what they do where "Confirm" / "Cancel" would be ambiguous
(cancelling an authorization: "Cancel the authorization" / "Keep it").

A line made with `warning(sentence)` (what the service asks before it sends a second press or an outlier, or
warns of: services/money/reviews.py) is shown apart, in red; while there is one, Confirm is not the default
button and stays disabled until the operator ticks "send it anyway", so Enter pressed twice never confirms it.

Tests monkeypatch `ConfirmDialog.ask`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import say, tr
from ..theme import set_tone
from .banner import environment_key
from .keys import NO_MNEMONIC, assign_mnemonics, set_name

if TYPE_CHECKING:
    from ..context import DeskContext


WARNING = "⚠ "


def warning(sentence: str) -> str:
    """A confirmation line that needs an explicit "send it anyway" (see the module); the core's sentence (a
    review's question, api/said.py) said in the desk's language."""
    return WARNING + say(sentence)


def _normalised(text: str) -> str:
    """'€1,234.50', '1.234,50 €' and '1234.50' all → '1234.50': the last '.' or ',' followed by one or two
    digits at the end is the decimal mark (either locale's), every other mark and symbol is dropped."""
    figures = re.sub(r"[^0-9.,]", "", text)
    decimal = re.search(r"[.,](\d{1,2})$", figures)
    whole = figures[: decimal.start()] if decimal else figures
    marks = set(re.sub(r"\d", "", whole))  # the grouping mark: one kind, not the decimal one, groups of three
    if len(marks) > 1 or (decimal and decimal.group(0)[0] in marks):
        return "not an amount"
    if marks and not re.fullmatch(r"\d{1,3}([.,]\d{3})+", whole):
        return "not an amount"
    return re.sub(r"[^0-9]", "", whole) + (f".{decimal.group(1)}" if decimal else "")


def is_production(ctx: DeskContext) -> bool:
    profile = ctx.profile
    return profile is not None and environment_key(profile.environment) == "production"


class ConfirmDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        lines: Sequence[str],
        amount_text: str,
        *,
        production: bool,
        profile_name: str = "",
        yes: str = "",
        no: str | None = None,
    ) -> None:
        super().__init__(parent)
        yes = yes or tr("Confirm")
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(420)
        self._amount_text = amount_text
        self.production = production
        box = QVBoxLayout(self)
        heading = QLabel(f"<b>{title}</b>", self)
        heading.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(heading)
        plain = [line for line in lines if not line.startswith(WARNING)]
        warned = [line for line in lines if line.startswith(WARNING)]
        details = QLabel("\n".join(plain), self)
        details.setObjectName("confirmDetails")
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.setWordWrap(True)
        set_name(details, title, "\n".join(plain))
        box.addWidget(details)
        self.anyway: QCheckBox | None = None
        if warned:
            said = QLabel("\n\n".join(warned), self)
            said.setObjectName("confirmWarnings")
            said.setWordWrap(True)
            said.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            set_tone(said, "error")
            set_name(said, tr("Warnings"), "\n\n".join(warned))
            box.addWidget(said)
            self.anyway = QCheckBox(tr("I have checked the above: send it anyway"), self)
            self.anyway.setToolTip(tr("Required: what is said in red looks like a mistake"))
            self.anyway.toggled.connect(self._anyway_toggled)
            box.addWidget(self.anyway)
        self.typed = QLineEdit(self)
        self.buttons = QDialogButtonBox(self)
        role = QDialogButtonBox.ButtonRole.AcceptRole
        self.ok_button: QPushButton = self.buttons.addButton(yes, role)
        if no is None:
            cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            cancel = self.buttons.addButton(no, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button: QPushButton = cancel
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if production:
            if profile_name:
                words = tr("This is PRODUCTION (profile {profile}): real money moves. Type the amount, {amount}, "
                           "to confirm.").format(profile=profile_name, amount=amount_text)  # fmt: skip
            else:
                words = tr("This is PRODUCTION: real money moves. Type the amount, {amount}, to confirm.").format(
                    amount=amount_text
                )
            warning = QLabel(words, self)
            warning.setObjectName("productionWarning")
            warning.setWordWrap(True)
            warning.setStyleSheet("font-weight: 600;")
            set_tone(warning, "error")
            box.addWidget(warning)
            self.typed.setPlaceholderText(amount_text)
            self.typed.setToolTip(tr("Type the amount exactly as shown above to enable “{button}”.").format(button=yes))
            self.typed.setAccessibleName(tr("Amount to confirm"))
            self.typed.textChanged.connect(self._check)
            box.addWidget(self.typed)
            self.ok_button.setEnabled(False)
        else:
            self.typed.hide()
        if self.anyway is not None:
            self.ok_button.setAutoDefault(False)
            cancel.setDefault(True)
            self.ok_button.setEnabled(False)
        elif not production:
            self.ok_button.setDefault(True)
        box.addWidget(self.buttons)
        # Keyboard: Enter presses the default button (Confirm, or Cancel while a warning stands), Esc cancels
        # (QDialog's own). The two buttons keep their words as given (tests and the team's dialogs name them);
        # the tick box and the typed amount are reached with Tab or their Alt+letter.
        for button in (self.ok_button, self.cancel_button):
            button.setProperty(NO_MNEMONIC, True)
        assign_mnemonics(self)
        # The focus starts where Enter does what the dialog means: on Confirm, in the amount to type
        # (Production), or on "send it anyway" (a warning: Enter there is Cancel, the default).
        start = self.typed if production else (self.anyway or self.ok_button)
        start.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str)
    def _check(self, text: str) -> None:
        self.ok_button.setEnabled(self.ready())

    @Slot(bool)
    def _anyway_toggled(self, _on: bool) -> None:
        self.ok_button.setEnabled(self.ready())

    def ready(self) -> bool:
        """May Confirm be pressed: the amount typed (Production) and "send it anyway" ticked (warnings)?"""
        typed = not self.production or self.matches(self.typed.text())
        return typed and (self.anyway is None or self.anyway.isChecked())

    def matches(self, text: str) -> bool:
        """The typed amount is the one shown (1,234.5 and €1,234.50 both match €1,234.50)."""
        try:
            return Decimal(_normalised(text)) == Decimal(_normalised(self._amount_text))
        except InvalidOperation:
            return False

    def accept(self) -> None:
        if not self.ready():
            return
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ctx: DeskContext,
        title: str,
        lines: Sequence[str],
        amount_text: str,
        *,
        yes: str = "",
        no: str | None = None,
    ) -> bool:
        """True when the operator confirmed (typing the amount in Production); `yes` / `no` name the buttons."""
        profile = ctx.profile
        dialog = cls(
            parent,
            title,
            lines,
            amount_text,
            production=is_production(ctx),
            profile_name=profile.name if profile is not None else "",
            yes=yes,
            no=no,
        )
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
