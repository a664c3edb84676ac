"""What the main window says of a profile: its title, the profile box's items, the status bar's permanent words.

On the start-up path (before the first paint): plain functions, no Qt but the translator (i18n.tr).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .i18n import say, tr

if TYPE_CHECKING:
    from ..services.profiles.profiles import Profile

APP_NAME = "SmartPay Desk"  # also the application's display name (ui/app.py)


def environment_name(environment: object) -> str:
    """ "Sandbox", "Test", "Production" in the desk's language: an Environment, or the journal's value of one."""
    key = str(getattr(environment, "value", environment))
    names = {"sandbox": tr("Sandbox"), "test": tr("Test"), "production": tr("Production")}
    return names.get(key, key.capitalize())


def destination_words(destination: str) -> str:
    """The journal's masked destination ("card 401200******3010", "phone +49…", "account …") in the desk's words."""
    from ..api.requests import destination_said

    return say(destination_said(destination))


def profile_words(profile: Profile) -> str:
    """ "Shop EUR (Production)", or the name once when it is the environment's: "Sandbox", not "Sandbox (Sandbox)"."""
    label = environment_name(profile.environment)
    return profile.name if profile.name.strip().casefold() == label.casefold() else f"{profile.name} ({label})"


def window_title(profile: Profile | None) -> str:
    """ "Shop EUR (Production) — SmartPay Desk". It ends with the application's display name: Qt adds that name
    to a window title that does not end with it (X11, Wayland, Windows), which showed "SmartPay Desk" twice."""
    if profile is None:
        return APP_NAME
    return f"{profile_words(profile)} — {APP_NAME}"


def where_words(profile: Profile, operator: str = "") -> str:
    """The status bar's permanent words: who works, in which environment, on which account."""
    who = tr("Operator: {operator}").format(operator=operator) + "  ·  " if operator else ""
    account = tr("Account: {account}").format(account=profile.account)
    return f"{who}{environment_name(profile.environment)}  ·  {account}  "
