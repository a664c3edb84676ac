"""The environment banner: always visible, coloured by environment, so nobody mistakes Production."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

if TYPE_CHECKING:
    from ...services.profiles.profiles import Environment

# environment → (background, words)
_LOOK = {
    "sandbox": ("#1a5fb4", "SANDBOX · practice gateway on this computer: no real money moves"),
    "test": ("#b45f06", "TEST · the gateway's test account: test cards only, no real money"),
    "production": ("#b3261e", "PRODUCTION · real money: every payment, refund and payout is real"),
}


def environment_key(environment: Environment | str | None) -> str:
    """ "sandbox" / "test" / "production" from an Environment enum or a string."""
    return str(getattr(environment, "value", environment) or "").lower()


class EnvironmentBanner(QFrame):  # a QFrame paints its style-sheet background by itself
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("environmentBanner")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 5, 12, 5)
        self.label = QLabel(self)
        self.label.setObjectName("environmentBannerText")
        self.profile_label = QLabel(self)
        self.profile_label.setObjectName("environmentBannerProfile")
        row.addWidget(self.label, 1)
        row.addWidget(self.profile_label)
        self.environment = ""
        self.set_environment("sandbox", "")

    def set_environment(self, environment: Environment | str, profile_name: str) -> None:
        key = environment_key(environment)
        background, words = _LOOK.get(key, ("#4a4f55", f"{key.upper() or 'NO PROFILE'}"))
        self.environment = key
        self.label.setText(words)
        self.profile_label.setText(f"Profile: {profile_name}" if profile_name else "")
        self.setToolTip(f"You are working in the {key or 'unknown'} environment.")
        style = f"color: white; font-weight: 600; background: {background};"
        self.setStyleSheet(f"QWidget#environmentBanner {{ background: {background}; }} QLabel {{ {style} }}")

    def text(self) -> str:
        return self.label.text()
