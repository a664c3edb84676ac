"""Desks on a team journal (issue 14): each a SessionManager and DeskContext of its own on the test's sandbox,
its "Sandbox" profile naming the test's team journal with one login (the password from PGPASSWORD, as libpq
reads it: never in the profile), and other desks in their own processes (other_desk.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from smartpay_desk.api.redact import discard_secret
from smartpay_desk.services.profiles.credentials import CredentialStore
from smartpay_desk.services.team.connect import without_password
from smartpay_desk.ui.context import DeskContext
from smartpay_desk.ui.session import SessionManager
from smartpay_desk.ui.worker import TaskRunner
from tests.team import PASSWORD, Team
from tests.unit.services.support import MemoryKeyring

ROOT = Path(__file__).resolve().parents[3]
OpenDesk = Callable[[str], SessionManager]
OtherDesk = Callable[..., str]


@pytest.fixture
def open_desk(
    qtbot: Any, tmp_path: Path, sandbox: Any, team: Team, monkeypatch: pytest.MonkeyPatch
) -> Iterator[OpenDesk]:
    """open_desk("boss") → a desk of that login, its profile open, listening to the team's news."""
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    made: list[SessionManager] = []

    def desk(role: str) -> SessionManager:
        (tmp_path / role).mkdir()
        manager = SessionManager(DeskContext(TaskRunner()), tmp_path / role,
                                 credentials=CredentialStore(backend=MemoryKeyring()), sandbox=sandbox)  # fmt: skip
        manager.store.save(manager.store.get("Sandbox")._replace(journal=without_password(team.uri(role))))
        manager.open_now("Sandbox", "qwerty")
        made.append(manager)
        qtbot.waitUntil(manager.ctx.team.listening, timeout=10_000)  # news from now on reach it
        return manager

    yield desk
    for manager in made:
        manager.ctx.team.stop()
        manager.ctx.runner.shutdown()
        manager.close()
    discard_secret("qwerty")


@pytest.fixture
def other_desk(tmp_path: Path, sandbox: Any, team: Team, monkeypatch: pytest.MonkeyPatch) -> OtherDesk:
    """other_desk("clerk1", "payout", "po-1", "25000") → what that desk's process printed (other_desk.py)."""
    monkeypatch.setenv("PGPASSWORD", PASSWORD)

    def run(role: str, *args: str) -> str:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            [sys.executable, "-m", "tests.gui.team.other_desk", without_password(team.uri(role)), sandbox.url,
             str(tmp_path / f"other-{role}"), *args],
            capture_output=True, text=True, timeout=60, cwd=ROOT, env=env, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout.strip()

    return run
