"""A journal that cannot be opened at all (issue 12): the desk says so where the failed opening is told, offers
"Start a new journal…", asks for the operator's note, keeps the damaged file aside (never deleted) in a worker,
says where it now is, and opens the profile again on the new journal. Money waits until then."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from smartpay_desk.api.redact import discard_secret
from smartpay_desk.services.journal.store import JOURNAL_FILE
from smartpay_desk.services.profiles.credentials import CredentialStore
from smartpay_desk.ui.context import DeskContext
from smartpay_desk.ui.main_window import MainWindow
from smartpay_desk.ui.session import SessionManager
from smartpay_desk.ui.worker import TaskRunner
from tests.gui.conftest import SANDBOX_SECRET
from tests.unit.services.support import MemoryKeyring

GARBAGE = b"this was never a journal\n" * 200


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, sandbox: Any, memory_keyring: MemoryKeyring) -> Iterator[MainWindow]:
    """The main window on a data folder whose journal is garbage; no profile opened yet."""
    (tmp_path / JOURNAL_FILE).write_bytes(GARBAGE)
    runner = TaskRunner()
    ctx = DeskContext(runner)
    manager = SessionManager(ctx, tmp_path, credentials=CredentialStore(backend=memory_keyring), sandbox=sandbox)
    manager.credentials.set("Sandbox", SANDBOX_SECRET)
    window = MainWindow(ctx, manager)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    yield window
    runner.shutdown()
    manager.close()
    discard_secret(SANDBOX_SECRET)


def _aside(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(f"{JOURNAL_FILE}.damaged-")]


def test_an_unreadable_journal_is_kept_aside_and_a_new_one_started_from_the_desk(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    ctx, bar = window.ctx, window.journal_health
    window.switch_profile("Sandbox")
    qtbot.waitUntil(lambda: bar.start_new_button.isVisible(), timeout=10_000)
    assert ctx.session is None and ctx.ops is None  # no session: nothing can be sent
    assert "not a SQLite journal" in bar.text.text() and "Start a new journal…" in bar.text.text()
    assert not bar.acknowledge_button.isVisible() and not bar.hide_button.isVisible()
    assert (
        window.statusBar().currentMessage()
        == "The profile could not be opened: its journal cannot be read (see above)."
    )
    assert bar.start_new_button.text() == "Start a new journal…"

    bar.start_new_button.click()  # asked, then "Not now": nothing moved
    dialog = bar.new_journal_dialog
    assert dialog is not None and dialog.isVisible() and dialog.cancel_button.text() == "Not now"
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: bar.new_journal_dialog is None, timeout=5000)
    assert _aside(tmp_path) == [] and (tmp_path / JOURNAL_FILE).read_bytes() == GARBAGE
    assert bar.start_new_button.isVisible() and ctx.session is None

    bar.start_new_button.click()
    dialog = bar.new_journal_dialog
    assert dialog is not None and dialog.start_button.text() == "Start a new journal"
    assert not dialog.start_button.isEnabled()  # the note is required
    qtbot.keyClicks(dialog.note_edit, "   ")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)  # blank: Enter does nothing
    assert dialog.isVisible() and not dialog.start_button.isEnabled() and _aside(tmp_path) == []
    dialog.note_edit.setText("")
    qtbot.keyClicks(dialog.note_edit, "Gateway back office, last 3 days: matches what we sent")
    assert dialog.start_button.isEnabled()
    dialog.start_button.click()

    qtbot.waitUntil(lambda: ctx.profile is not None, timeout=15_000)  # opened again, on the new journal
    (aside,) = _aside(tmp_path)
    assert aside.read_bytes() == GARBAGE  # kept aside, unchanged
    said = bar.text.text()
    assert f"kept as {aside.name}" in said and f"in {tmp_path}" in said and bar.isVisible()
    assert f"A new journal was started at {tmp_path / JOURNAL_FILE}" in said
    assert bar.hide_button.isVisible() and not bar.start_new_button.isVisible()
    assert ctx.journal is not None and ctx.journal.path == tmp_path / JOURNAL_FILE
    assert ctx.journal.health.money_allowed
    with sqlite3.connect(tmp_path / JOURNAL_FILE) as db:
        (note,) = db.execute("SELECT note FROM acknowledgements").fetchone()
    assert "last 3 days: matches what we sent" in note
