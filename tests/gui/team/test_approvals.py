"""The Approvals tab on a real team journal (PostgreSQL) and the sandbox: live when another process requests or
approves, approve-and-send sends once, a requester cannot approve their own request (the button says why, the
server says no), a rejection needs a reason, a card payout is released with the card typed again, and a
profile of its own journal is told how a team sets one up."""

from __future__ import annotations

import time
from typing import Any

import pytest

from smartpay_desk.api.models import WithdrawalRequest
from smartpay_desk.services.team import approvals
from smartpay_desk.ui.tabs.approvals import NO_TEAM_TITLE, ApprovalsTab
from smartpay_desk.ui.tabs.approvals_calls import GivenCard
from smartpay_desk.ui.tabs.approvals_dialogs import CardReleaseDialog, RejectDialog
from smartpay_desk.ui.widgets.confirm import ConfirmDialog
from tests.gui.team.conftest import OpenDesk, OtherDesk

PHONE = "+442079460612"
GOOD_CARD = "4012000000003010"


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Every confirmation answered "yes" without a dialog; what was asked, with the buttons' names."""
    seen: list[dict[str, Any]] = []

    def ask(cls: Any, parent: Any, ctx: Any, title: str, lines: list[str], amount: str, **names: Any) -> bool:
        seen.append({"title": title, "lines": list(lines), "amount": amount, **names})
        return True

    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(ask))
    return seen


def _tab(qtbot: Any, ctx: Any) -> ApprovalsTab:
    tab = ApprovalsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1200, 600)
    tab.show()
    qtbot.waitUntil(lambda: tab.task is None and tab.login != "", timeout=5000)
    return tab


def _row(tab: ApprovalsTab, request_id: int) -> Any:
    row = tab.model.row_of(request_id)
    return None if row is None else tab.model.requests[row]


def _idle(qtbot: Any, ctx: Any) -> None:
    qtbot.waitUntil(lambda: ctx.runner.active_count() == 0, timeout=15_000)


def _request_id(printed: str) -> int:
    word, number = printed.split()
    assert word == "request", printed
    return int(number)


def test_the_view_follows_another_process_asking_and_approving(
    qtbot: Any, open_desk: OpenDesk, other_desk: OtherDesk
) -> None:
    desk = open_desk("clerk2")
    approvals.set_policy(open_desk("boss2").ctx.journal, "EUR", 10_000)  # type: ignore[arg-type]
    tab = _tab(qtbot, desk.ctx)
    assert "€100.00" in tab.policy_label.text() and "You are clerk2" in tab.policy_label.text()
    assert tab.model.rowCount() == 0 and not tab.approve_button.isEnabled()

    request_id = _request_id(other_desk("clerk1", "payout", "po-live", "25000"))
    start = time.monotonic()
    qtbot.waitUntil(lambda: _row(tab, request_id) is not None, timeout=2000)  # no Refresh pressed, no polling
    assert time.monotonic() - start < 2.0
    request = _row(tab, request_id)
    texts = tab.model.texts(request)
    assert texts[0] == str(request_id) and texts[2] == "clerk1" and texts[3] == "Payout, order po-live"
    assert texts[4] == "€250.00" and texts[5] == f"phone {PHONE}" and texts[7] == "Waiting for a decision"

    assert other_desk("boss", "approve", str(request_id)) == f"approved {request_id}"
    start = time.monotonic()
    qtbot.waitUntil(lambda: _row(tab, request_id).state == "approved", timeout=2000)
    assert time.monotonic() - start < 2.0
    assert tab.model.texts(_row(tab, request_id))[8] == "boss"
    assert tab.send_button.isEnabled() and not tab.approve_button.isEnabled()
    assert "approved by boss already" in tab.why.text()
    _idle(qtbot, desk.ctx)


def test_approve_and_send_sends_once(
    qtbot: Any, open_desk: OpenDesk, other_desk: OtherDesk, sandbox: Any, asked: list[dict[str, Any]]
) -> None:
    desk = open_desk("boss")
    approvals.set_policy(desk.ctx.journal, "EUR", 10_000)  # type: ignore[arg-type]
    tab = _tab(qtbot, desk.ctx)
    request_id = _request_id(other_desk("clerk1", "payout", "po-once", "25000"))
    qtbot.waitUntil(lambda: _row(tab, request_id) is not None, timeout=2000)
    assert tab.selected() is not None and tab.selected().id == request_id
    assert tab.approve_button.isEnabled() and tab.reject_button.isEnabled() and not tab.send_button.isEnabled()

    tab.approve_selected()
    assert asked[0]["title"] == "Approve and send this payout?" and asked[0]["amount"] == "€250.00"
    assert (asked[0]["yes"], asked[0]["no"]) == ("Approve and send €250.00", "Don't approve")
    assert f"To: phone {PHONE}" in asked[0]["lines"] and "Environment: Sandbox" in asked[0]["lines"]
    assert not tab.approve_button.isEnabled()  # while it is sent
    qtbot.waitUntil(lambda: tab.message.tone in ("success", "info") and not tab.busy.is_busy(), timeout=15_000)
    assert tab.message.text().startswith(f"Request {request_id} approved and sent: the payout of €250.00")
    qtbot.waitUntil(lambda: _row(tab, request_id) is None or _row(tab, request_id).state == "released", timeout=5000)
    sent = [tx for tx in sandbox.state.transactions.values() if tx.order_id == "po-once"]
    assert len(sent) == 1 and sent[0].amount == 25_000
    assert approvals.get(desk.ctx.journal, request_id).state == "released"  # type: ignore[arg-type]

    tab.show_combo.setCurrentIndex(1)  # every request: the sent one is shown, and nothing may be done with it
    qtbot.waitUntil(lambda: _row(tab, request_id) is not None and tab.task is None, timeout=5000)
    tab.view.selectRow(tab.model.row_of(request_id))
    assert not any(b.isEnabled() for b in (tab.approve_button, tab.send_button, tab.reject_button))
    assert tab.why.text().startswith(f"Request {request_id} was sent already")
    tab.send_selected()  # forced: the server refuses a second release, before anything is sent
    qtbot.waitUntil(lambda: tab.message.tone == "error" and not tab.busy.is_busy(), timeout=10_000)
    assert "was sent already" in tab.message.text()
    assert len([tx for tx in sandbox.state.transactions.values() if tx.order_id == "po-once"]) == 1
    _idle(qtbot, desk.ctx)


def test_your_own_request_cannot_be_approved(
    qtbot: Any, open_desk: OpenDesk, asked: list[dict[str, Any]], sandbox: Any
) -> None:
    desk = open_desk("boss")
    approvals.set_policy(desk.ctx.journal, "EUR", 1_000)  # type: ignore[arg-type]
    ops = desk.ctx.ops
    with pytest.raises(approvals.ApprovalRequested) as held:
        ops.payout(WithdrawalRequest(account="", amount=5_000, order_id="po-mine", customer_phone=PHONE,
                                     payment_method="phone"))  # fmt: skip
    request_id = held.value.approval.id
    tab = _tab(qtbot, desk.ctx)
    qtbot.waitUntil(lambda: _row(tab, request_id) is not None, timeout=2000)
    assert not tab.approve_button.isEnabled() and not tab.reject_button.isEnabled()
    assert tab.why.text() == "Another person must approve your own request."
    assert tab.approve_button.toolTip() == "Another person must approve your own request."

    tab.approve_selected()  # forced all the same: the server is the judge
    qtbot.waitUntil(lambda: tab.message.tone == "error" and not tab.busy.is_busy(), timeout=10_000)
    assert tab.message.text() == (
        f"Not approved: request {request_id} was asked by boss: another person must decide it."
    )
    assert approvals.get(desk.ctx.journal, request_id).state == "requested"  # type: ignore[arg-type]
    assert not [tx for tx in sandbox.state.transactions.values() if tx.order_id == "po-mine"]
    _idle(qtbot, desk.ctx)


def test_a_clerk_is_told_the_servers_sentence_and_a_rejection_needs_a_reason(
    qtbot: Any, open_desk: OpenDesk, other_desk: OtherDesk, asked: list[dict[str, Any]], monkeypatch: Any
) -> None:
    approvals.set_policy(open_desk("boss2").ctx.journal, "EUR", 1_000)  # type: ignore[arg-type]
    request_id = _request_id(other_desk("clerk1", "payout", "po-nope", "5000"))
    clerk = open_desk("clerk2")
    tab = _tab(qtbot, clerk.ctx)
    assert tab.approve_button.isEnabled()  # whether clerk2 is an approver is the server's to say
    tab.approve_selected()
    qtbot.waitUntil(lambda: tab.message.tone == "error" and not tab.busy.is_busy(), timeout=10_000)
    assert tab.message.text() == "Not approved: only an approver may approve or reject a request."

    boss = open_desk("boss")
    tab = _tab(qtbot, boss.ctx)
    dialog = RejectDialog(tab, f"Reject request {request_id}?", ["Payout, order po-nope: €50.00"])
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()  # no reason, no rejection
    dialog.reason.setText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.reason.setText("the invoice is for €40.00")
    assert dialog.ok_button.isEnabled()

    monkeypatch.setattr(RejectDialog, "ask", classmethod(lambda cls, parent, title, lines: ""))
    tab.reject_selected()  # a blank reason got past the dialog: refused all the same
    qtbot.waitUntil(lambda: tab.message.tone == "error" and not tab.busy.is_busy(), timeout=10_000)
    assert tab.message.text() == "A rejection needs a reason."
    monkeypatch.setattr(RejectDialog, "ask", classmethod(lambda cls, parent, title, lines: "wrong amount"))
    tab.reject_selected()
    qtbot.waitUntil(lambda: tab.message.tone == "success" and not tab.busy.is_busy(), timeout=10_000)
    assert tab.message.text() == (
        f"Request {request_id} rejected: nothing is sent; clerk1 reads your reason (wrong amount)."
    )
    decided = approvals.get(boss.ctx.journal, request_id)  # type: ignore[arg-type]
    assert (decided.state, decided.decided_by, decided.decision_note) == ("rejected", "boss", "wrong amount")
    _idle(qtbot, boss.ctx)


def test_a_card_payout_is_released_with_the_card_typed_again(
    qtbot: Any, open_desk: OpenDesk, sandbox: Any, monkeypatch: Any
) -> None:
    clerk, boss = open_desk("clerk1"), open_desk("boss")
    approvals.set_policy(boss.ctx.journal, "EUR", 1_000)  # type: ignore[arg-type]
    with pytest.raises(approvals.ApprovalRequested) as held:
        clerk.ctx.ops.payout(WithdrawalRequest(account="", amount=4_000, order_id="po-card",
                                               customer_card_number=GOOD_CARD, customer_card_exp_month="12",
                                               customer_card_exp_year="30"))  # fmt: skip
    request_id = held.value.approval.id
    typed: list[dict[str, Any]] = []

    def ask_card(cls: Any, parent: Any, ctx: Any, title: str, lines: list[str], amount: str, **names: Any) -> Any:
        typed.append({"title": title, "lines": lines, **names})
        return GivenCard("4012 0000 0000 3010", "12", "30")

    monkeypatch.setattr(CardReleaseDialog, "ask_card", classmethod(ask_card))
    tab = _tab(qtbot, boss.ctx)
    tab.show_request(request_id)
    qtbot.waitUntil(lambda: tab.selected() is not None and tab.selected().id == request_id, timeout=5000)
    tab.approve_selected()
    assert typed[0]["destination"] == "card 401200******3010" and "To: card 401200******3010" in typed[0]["lines"]
    qtbot.waitUntil(lambda: tab.message.tone in ("success", "info") and not tab.busy.is_busy(), timeout=15_000)
    assert tab.message.text().startswith(f"Request {request_id} approved and sent")
    assert len([tx for tx in sandbox.state.transactions.values() if tx.order_id == "po-card"]) == 1
    assert repr(GivenCard(GOOD_CARD, "12", "30")) == "GivenCard(401200******3010)"
    _idle(qtbot, boss.ctx)


def test_the_dialog_of_a_card_payout_wants_a_whole_card_number(qtbot: Any, desk_ctx: Any) -> None:
    dialog = CardReleaseDialog(None, "Send this approved payout?", ["Payout, order po-x: €40.00"], "€40.00",
                               production=False, profile_name="Sandbox", yes="Send €40.00", no="Not now",
                               destination="card 401200******3010")  # fmt: skip
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled() and dialog.ok_button.text() == "Send €40.00"
    dialog.number.setText("4012 0000")
    assert not dialog.ok_button.isEnabled()
    dialog.number.setText("4012 0000 0000 3010")
    dialog.expiry.setText("12/30")
    assert dialog.ok_button.isEnabled()
    assert repr(dialog.given()) == "GivenCard(401200******3010)" and dialog.number.text() == ""


def test_a_profile_of_its_own_journal_is_told_how_a_team_sets_one_up(qtbot: Any, desk_ctx: Any) -> None:
    tab = ApprovalsTab(desk_ctx)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.no_team.isVisible(), timeout=5000)
    assert not tab.team_box.isVisible() and not desk_ctx.team.active
    text = tab.no_team_text.text()
    assert NO_TEAM_TITLE == "Approvals need a team journal"
    assert "smartpay team init" in text and "Team journal" in text and "Profiles" in text
