"""Confirmation before a money-moving action. In Production the operator types the amount to confirm.

    if not ConfirmDialog.ask(self, ctx, "Send this refund?", ["Order: abc", "Amount: €10.00"], "€10.00"):
        return

Tests monkeypatch `ConfirmDialog.ask`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .banner import environment_key

if TYPE_CHECKING:
    from ..context import DeskContext


def _normalised(text: str) -> str:
    """'€1,234.50' and '1234.50' both → '1234.50' (grouping commas and symbols dropped)."""
    return re.sub(r"[^0-9.]", "", text.replace(",", ""))


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
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(420)
        self._amount_text = amount_text
        self.production = production
        box = QVBoxLayout(self)
        heading = QLabel(f"<b>{title}</b>", self)
        heading.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(heading)
        details = QLabel("\n".join(lines), self)
        details.setObjectName("confirmDetails")
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.setWordWrap(True)
        box.addWidget(details)
        self.typed = QLineEdit(self)
        self.buttons = QDialogButtonBox(self)
        role = QDialogButtonBox.ButtonRole.AcceptRole
        self.ok_button: QPushButton = self.buttons.addButton("Confirm", role)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if production:
            where = f" (profile {profile_name})" if profile_name else ""
            warning = QLabel(
                f"This is PRODUCTION{where}: real money moves. Type the amount, {amount_text}, to confirm.",
                self,
            )
            warning.setObjectName("productionWarning")
            warning.setWordWrap(True)
            warning.setStyleSheet("color: #b3261e; font-weight: 600;")
            box.addWidget(warning)
            self.typed.setPlaceholderText(amount_text)
            self.typed.setToolTip("Type the amount exactly as shown above to enable Confirm.")
            self.typed.setAccessibleName("Amount to confirm")
            self.typed.textChanged.connect(self._check)
            box.addWidget(self.typed)
            self.ok_button.setEnabled(False)
        else:
            self.typed.hide()
            self.ok_button.setDefault(True)
        box.addWidget(self.buttons)

    @Slot(str)
    def _check(self, text: str) -> None:
        self.ok_button.setEnabled(self.matches(text))

    def matches(self, text: str) -> bool:
        """The typed amount is the one shown (1,234.5 and €1,234.50 both match €1,234.50)."""
        try:
            return Decimal(_normalised(text)) == Decimal(_normalised(self._amount_text))
        except InvalidOperation:
            return False

    def accept(self) -> None:
        if self.production and not self.matches(self.typed.text()):
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: DeskContext, title: str, lines: Sequence[str], amount_text: str) -> bool:
        """True when the operator confirmed (typing the amount in Production)."""
        profile = ctx.profile
        dialog = cls(
            parent,
            title,
            lines,
            amount_text,
            production=is_production(ctx),
            profile_name=profile.name if profile is not None else "",
        )
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
