"""Helpers for the tab tests: a second profile on the same sandbox, and putting a profile in front."""

from __future__ import annotations

from smartpay_desk.services.profiles.profiles import default_sandbox_profile
from smartpay_desk.ui.session import SessionManager
from tests.gui.conftest import SANDBOX_SECRET

SECOND = "Second"


def add_second_profile(manager: SessionManager) -> None:
    """A second profile ("Second") on the test's embedded sandbox, with the same test credentials."""
    manager.store.add(default_sandbox_profile()._replace(name=SECOND))


def switch_to(manager: SessionManager, name: str) -> None:
    """Put the profile's session in front, as the main window does (tabs save, then restore)."""
    manager.open_now(name, SANDBOX_SECRET)
    assert manager.ctx.profile is not None and manager.ctx.profile.name == name
