"""Asking the operator for a profile's secret when none is stored (it then goes to the keyring, in a worker).

secret = SecretDialog.ask(parent, profile_name)     # the typed secret, or None (tests monkeypatch ask)
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from .i18n import tr


class SecretDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, profile_name: str) -> str | None:
        """The secret typed for `profile_name`, or None when the operator cancels."""
        text, ok = QInputDialog.getText(
            parent,
            tr("Secret needed"),
            tr(
                "No secret is stored for the profile {profile_name}.\nType the secret that goes with its merchant key:"
            ).format(profile_name=profile_name),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None
