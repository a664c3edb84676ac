"""GUI fixtures: a DeskContext on the sandbox profile (real services, temp data dir) and the main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from smartpay_desk.api.redact import discard_secret
from smartpay_desk.services.profiles.credentials import CredentialStore
from smartpay_desk.services.profiles.profiles import Environment, Profile
from smartpay_desk.ui.context import DeskContext
from smartpay_desk.ui.session import SessionManager
from smartpay_desk.ui.widgets.confirm import ConfirmDialog
from smartpay_desk.ui.worker import TaskRunner
from tests.unit.services.support import MemoryKeyring

SANDBOX_SECRET = "qwerty"
# The offscreen platform says this for every top-level window with a layout (and a window raised); it means
# nothing here.
OFFSCREEN_NOISE = "This plugin does not support (propagateSizeHints|raise)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "gui" in item.path.parts:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def desk_session(qtbot: Any, tmp_path: Path, sandbox: Any, memory_keyring: MemoryKeyring) -> Iterator[SessionManager]:
    """A SessionManager on the test's sandbox with the "Sandbox" profile open (secret "qwerty")."""
    runner = TaskRunner()
    ctx = DeskContext(runner)
    manager = SessionManager(ctx, tmp_path, credentials=CredentialStore(backend=memory_keyring), sandbox=sandbox)
    manager.open_now("Sandbox", SANDBOX_SECRET)
    yield manager
    runner.shutdown()
    manager.close()
    discard_secret(SANDBOX_SECRET)  # registered with the log redaction when the session opened


@pytest.fixture
def training(desk_session: SessionManager, sandbox: Any) -> str:
    """A second profile, "Training" (Test, on the same sandbox, its secret in the memory keyring): a tab's
    test opens it with desk_session.open_now(training) and comes back with open_now("Sandbox")."""
    desk_session.store.add(
        Profile(
            name="Training", environment=Environment.TEST, gateway_url=sandbox.url, pci_url=sandbox.url,
            reports_url=sandbox.reports_url, merchant_key="test", account="EUR-training",
        )
    )  # fmt: skip
    desk_session.credentials.set("Training", SANDBOX_SECRET)
    return "Training"


@pytest.fixture
def desk_ctx(desk_session: SessionManager) -> DeskContext:
    """A ready DeskContext: ctx.runner, ctx.ops / ctx.journal / ctx.profile of the sandbox profile."""
    ctx: DeskContext = desk_session.ctx
    return ctx


@pytest.fixture
def confirms(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[str], str]]:
    """Every ConfirmDialog.ask answered "yes" without a dialog; what was asked: (title, lines, amount text)."""
    asked: list[tuple[str, list[str], str]] = []

    def ask(cls: Any, parent: Any, ctx: Any, title: str, lines: list[str], amount_text: str, **_names: Any) -> bool:
        asked.append((title, list(lines), amount_text))
        return True

    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(ask))
    return asked


@pytest.fixture
def main_window(qtbot: Any, desk_session: SessionManager) -> Iterator[Any]:
    """The whole main window on the sandbox profile, shown (offscreen)."""
    from smartpay_desk.ui.main_window import MainWindow

    window = MainWindow(desk_session.ctx, desk_session)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):  # on screen, shortcuts in place
        window.show()
    yield window
    desk_session.ctx.runner.shutdown()
