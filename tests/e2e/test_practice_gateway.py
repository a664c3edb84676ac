"""Issue 13, items 8 and 13: the practice gateway kept in the data folder, shared by the desk and the CLI.

- `smartpay --profile Sandbox` works on it (started by the command and stopped at its end, or the desk's);
  a desk opened afterwards on the same folder sees the CLI's order at the practice gateway and in the journal,
  and a CLI run while the desk serves it sees the desk's.
- "Reset practice gateway…" asks first, with a sentence saying what it does to the journal, resets in a
  worker, says what went, then reconciles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from smartpay_desk.api.errors import OrderNotFound
from smartpay_desk.api.models import WithdrawalRequest
from smartpay_desk.api.redact import discard_secret
from smartpay_desk.services.journal.states import State
from smartpay_desk.services.profiles.credentials import CredentialStore
from smartpay_desk.services.profiles.session import RESET_QUESTION, practice_still_there
from smartpay_desk.ui.context import DeskContext
from smartpay_desk.ui.session import SessionManager
from smartpay_desk.ui.worker import TaskRunner
from tests.unit.services.support import MemoryKeyring, smartpay

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
CARD = "4012000000003010"


@pytest.fixture
def desk(qtbot: Any, tmp_path: Path) -> Iterator[SessionManager]:
    """The desk's sessions on tmp_path (not opened yet), shut down and closed after the test."""
    manager = SessionManager(DeskContext(TaskRunner()), tmp_path, credentials=CredentialStore(backend=MemoryKeyring()))
    yield manager
    manager.ctx.runner.shutdown()
    manager.close()
    discard_secret("qwerty")


def test_the_cli_and_the_desk_settle_the_same_journal_on_the_same_practice_gateway(
    desk: SessionManager, tmp_path: Path
) -> None:
    paid = smartpay(tmp_path, "--profile", "Sandbox", "payout", "--amount", "25", "--card", CARD,
                    "--order-id", "po-cli", "--wait", "5")  # fmt: skip
    assert paid.returncode == 0, paid.stderr
    assert "profile Sandbox (the practice gateway kept in the data folder)" in paid.stderr
    assert "succeeded" in paid.stdout
    assert (tmp_path / "sandbox.json").is_file() and not (tmp_path / "sandbox.url").exists()  # stopped at its end

    desk.open_now("Sandbox")
    ops = desk.ctx.ops
    assert ops is not None
    assert ops.check("po-cli").status == 2  # the CLI's order, at the same practice gateway
    cli_entry = ops.journal.entry("po-cli", profile="Sandbox")
    assert cli_entry is not None and cli_entry.state == State.SUCCEEDED  # and in the same journal
    assert ops.balance().available == 1_000_000 - 25_00
    assert ops.reconcile(deadline_s=1.0) == []

    ops.payout(WithdrawalRequest(account="", amount=10_00, order_id="po-desk", customer_card_number=CARD))
    assert ops.wait_final("po-desk", 5.0).state == State.SUCCEEDED
    checked = smartpay(tmp_path, "--profile", "Sandbox", "check", "po-desk")  # the desk's practice gateway
    assert checked.returncode == 0, checked.stderr
    assert "order po-desk: success" in checked.stdout and "journal: payout succeeded" in checked.stdout
    assert desk.sandbox_url is not None and practice_still_there(tmp_path, desk.sandbox_url)  # still the desk's
    balance = smartpay(tmp_path, "--profile", "Sandbox", "balance")
    assert "EUR-sandbox-payout: available 9965.00 EUR" in balance.stdout

    desk.ctx.runner.shutdown()
    desk.close()
    after = smartpay(tmp_path, "--profile", "Sandbox", "balance")  # the CLI starts it again, state kept
    assert after.returncode == 0 and "available 9965.00 EUR" in after.stdout


def test_reset_practice_gateway_asks_resets_says_what_went_and_reconciles(
    qtbot: Any, desk: SessionManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartpay_desk.ui.main_window import MainWindow

    desk.open_now("Sandbox")
    ops = desk.ctx.ops
    assert ops is not None
    ops.payout(WithdrawalRequest(account="", amount=40_00, order_id="po-reset", customer_card_number=CARD))
    assert ops.wait_final("po-reset", 5.0).state == State.SUCCEEDED
    window = MainWindow(desk.ctx, desk)
    qtbot.addWidget(window)
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "tell", lambda title, text: told.append((title, text)))
    answers = [False, True]
    asked: list[bool] = []

    def confirm() -> bool:
        asked.append(True)
        return answers.pop(0)

    monkeypatch.setattr(window.switcher, "confirm_reset", confirm)

    window.reset_practice_action.trigger()  # declined: nothing happens
    assert asked == [True] and told == [] and ops.check("po-reset").status == 2
    with qtbot.waitSignal(desk.reconciled, timeout=10_000) as reconciled:
        window.reset_practice_action.trigger()
    assert reconciled.args[0] == "Sandbox"
    assert told == [
        (
            "Reset practice gateway",
            "The practice gateway is back to its first start: 1 transaction made since then (1 payout) was dropped, "
            "and the payout balance is 10,000.00 EUR again (it was 9,960.00 EUR). The journal keeps its history; "
            "entries still open will be settled by the reconcile as not found at the gateway.",
        )
    ]
    assert ops.balance().available == 1_000_000
    with pytest.raises(OrderNotFound):
        ops.check("po-reset")
    entry = ops.journal.entry("po-reset", profile="Sandbox")
    assert entry is not None and entry.state == State.SUCCEEDED  # the journal still says what happened then


def test_the_question_says_what_a_reset_does_to_the_journal_and_cancel_is_the_default(
    qtbot: Any, desk: SessionManager
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from smartpay_desk.ui.main_window import MainWindow

    window = MainWindow(desk.ctx, desk)
    qtbot.addWidget(window)
    seen: list[tuple[str, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append((box.windowTitle(), box.text()))
        default = box.defaultButton()
        assert default is not None and box.standardButton(default) == QMessageBox.StandardButton.Cancel
        default.click()

    QTimer.singleShot(0, answer)
    assert window.switcher.confirm_reset() is False
    assert seen == [("Reset practice gateway", RESET_QUESTION)]
    assert RESET_QUESTION.startswith("Reset the practice gateway? It goes back to its first start")
    assert "The journal keeps its history" in RESET_QUESTION
    assert "will be settled by the next reconcile as not found at the gateway" in RESET_QUESTION
