"""The environment banner: always visible, coloured by environment, so nobody mistakes Production.

Its colours come from the style sheet (resources/style.qss, QFrame#environmentBanner[environment=…]) with the
tokens of the look in force: blue Sandbox, amber Test, red Production in light, dark and high contrast alike, and
its words name the environment, so the colour is never the only signal (nor the only thing a screen reader has).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from ..i18n import tr
from ..theme import repolish
from .keys import describe

if TYPE_CHECKING:
    from ...services.profiles.profiles import Environment

KNOWN = ("sandbox", "test", "production")  # each has its colour in the style sheet; another is grey


def environment_words(key: str) -> str:
    """What the banner says of an environment."""
    if key == "sandbox":
        return tr("SANDBOX · practice gateway on this computer: no real money moves")
    if key == "test":
        return tr("TEST · the gateway's test account: test cards only, no real money")
    if key == "production":
        return tr("PRODUCTION · real money: every payment, refund and payout is real")
    return key.upper() or tr("NO PROFILE")


def environment_name(key: str) -> str:
    """An environment's name in a sentence."""
    if key == "sandbox":
        return tr("Sandbox")
    if key == "test":
        return tr("Test")
    if key == "production":
        return tr("Production")
    return key or tr("unknown")


def environment_key(environment: Environment | str | None) -> str:
    """ "sandbox" / "test" / "production" from an Environment enum or a string."""
    return str(getattr(environment, "value", environment) or "").lower()


class EnvironmentBanner(QFrame):  # a QFrame paints its style-sheet background by itself
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("environmentBanner")
        self.setAccessibleName(tr("Environment"))
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
        words = environment_words(key)
        self.environment = key
        self.label.setText(words)
        self.profile_label.setText(tr("Profile: {name}").format(name=profile_name) if profile_name else "")
        self.setToolTip(
            tr("You are working in the {environment} environment.").format(environment=environment_name(key))
        )
        # The style sheet picks the colours by this property; a changed property needs the widget polished
        # again, and the labels too (their colour depends on the banner's environment).
        self.setProperty("environment", key if key in KNOWN else "other")
        repolish(self)
        describe(self, words)  # a screen reader told, once the banner is on screen (keys.describe)

    def text(self) -> str:
        return self.label.text()
