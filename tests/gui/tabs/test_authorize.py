"""Authorize & capture tab against the sandbox: authorize → capture, authorize → cancel, a declined card,
a 3-D Secure challenge followed to the end, capture of something that is not an open authorization."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from smartpay_desk.api.models import Customer
from smartpay_desk.sandbox import CHALLENGE_CARD, FRICTIONLESS_CARD
from smartpay_desk.ui.tabs.authorize import AUTHORIZED, AuthorizeTab
from smartpay_desk.ui.widgets.confirm import ConfirmDialog
from tests.gui.tabs.switching import SECOND, add_second_profile, switch_to

CUSTOMER = Customer("John", "Doe", "10 Downing Street", "London", "SW1A 2AA", "GB", "+442079460612",
                    "john@example.com", "127.0.0.1")  # fmt: skip


def _tab(qtbot: Any, desk_ctx: Any) -> AuthorizeTab:
    tab = AuthorizeTab(desk_ctx)
    qtbot.addWidget(tab)
    tab.resize(1200, 760)
    tab.show()
    return tab


def _authorize(qtbot: Any, tab: AuthorizeTab, card: str, amount: str = "42.00") -> str:
    tab.details.amount.setText(amount)
    tab.customer_form.set_customer(CUSTOMER)
    form = tab.card_form
    form.holder.setText("JOHN DOE")
    form.number.setText(card)
    form.expiry.setText("12/30")
    form.cvv.setText("123")
    order_id = tab.details.order_id.text()
    tab.result = None
    tab.authorize()
    assert form.number.text() == "" and form.cvv.text() == ""  # cleared once sent
    assert not tab.authorize_button.isEnabled()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=10_000)
    assert tab.result.order_id == order_id
    return order_id


def _listed(tab: AuthorizeTab) -> list[str]:
    return [tab.open_panel.model.entry(row).order_id for row in range(tab.open_panel.model.rowCount())]


def test_authorize_then_capture(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any], qtmodeltester: Any
) -> None:
    tab = _tab(qtbot, desk_ctx)
    order_id = _authorize(qtbot, tab, FRICTIONLESS_CARD)
    assert tab.result.state == "succeeded" and tab.badge.text() == "Authorized"
    assert confirms[0][2] == "€42.00" and "Card: 401200******3010" in confirms[0][1]
    assert sandbox.state.get(order_id).authorize_status == "AUTHORIZED"
    qtbot.waitUntil(lambda: order_id in _listed(tab), timeout=5000)  # refreshed on operation_changed
    qtmodeltester.check(tab.open_panel.model)
    assert tab.open_panel.order_edit.text() == order_id  # the new one is selected
    assert tab.open_panel.model.data(tab.open_panel.model.index(0, 1)) == "€42.00"

    tab.open_panel.capture_button.click()
    qtbot.waitUntil(lambda: tab.open_panel.action_result is not None, timeout=10_000)
    assert confirms[1][0] == "Capture this authorization?" and confirms[1][2] == "€42.00"
    assert tab.open_panel.action_result.state == "succeeded"
    assert sandbox.state.get(order_id).authorize_status == "CAPTURED"
    assert tab.open_panel.message.tone == "success"
    receipt = tab.open_panel.receipt  # a captured payment gets its receipt (Receipt…, Alt+I)
    assert receipt.isVisibleTo(tab) and receipt.entry_id == tab.open_panel.action_result.entry_id
    qtbot.waitUntil(lambda: order_id not in _listed(tab), timeout=5000)
    assert tab.panel.isVisible()  # the authorization's answer stays on screen


def test_authorize_then_cancel_the_selected_row(qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]) -> None:
    tab = _tab(qtbot, desk_ctx)
    order_id = _authorize(qtbot, tab, FRICTIONLESS_CARD, "7.50")
    qtbot.waitUntil(lambda: order_id in _listed(tab), timeout=5000)
    tab.open_panel.order_edit.setText("")
    tab.open_panel.table.clearSelection()
    tab.open_panel.table.selectRow(tab.open_panel.model.row_of(order_id))
    assert tab.open_panel.order_edit.text() == order_id
    tab.open_panel.cancel_button.click()
    qtbot.waitUntil(lambda: tab.open_panel.action_result is not None, timeout=10_000)
    assert confirms[1][0] == "Cancel this authorization?"
    assert tab.open_panel.action_result.state == "succeeded"
    assert sandbox.state.get(order_id).authorize_status == "CANCELLED"
    assert not tab.open_panel.receipt.isVisibleTo(tab)  # a cancelled authorization moved no money: no receipt
    qtbot.waitUntil(lambda: not _listed(tab), timeout=5000)
    assert tab.open_panel.empty_note.isVisibleTo(tab)


def test_the_cancel_dialog_names_its_buttons_and_keep_it_sends_nothing(
    qtbot: Any, desk_ctx: Any, sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 13: "Cancel the authorization" / "Keep it", never a "Confirm" / "Cancel" pair that reads backwards.
    The real dialog is built and its "Keep it" button clicked (exec is replaced so no event loop is nested)."""
    seen: list[tuple[str, list[str]]] = []

    def answer(dialog: ConfirmDialog) -> int:
        seen.append((dialog.windowTitle(), [b.text() for b in dialog.buttons.buttons()]))
        (dialog.cancel_button if "Keep it" in seen[-1][1] else dialog.ok_button).click()
        return dialog.result()

    monkeypatch.setattr(ConfirmDialog, "exec", answer)
    tab = _tab(qtbot, desk_ctx)
    order_id = _authorize(qtbot, tab, FRICTIONLESS_CARD, "12.00")
    qtbot.waitUntil(lambda: order_id in _listed(tab), timeout=5000)
    tab.open_panel.order_edit.setText(order_id)
    tab.open_panel.cancel_button.click()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    title, buttons = seen[1]
    assert title == "Cancel this authorization?"
    assert sorted(buttons) == ["Cancel the authorization", "Keep it"]
    assert "Confirm" not in buttons and "Cancel" not in buttons
    assert tab.open_panel.message.text() == "Not sent." and tab.open_panel.action_task is None
    assert sandbox.state.get(order_id).authorize_status == "AUTHORIZED"
    assert [e.kind for e in desk_ctx.journal.entries()] == ["authorize"]  # no cancel intent written
    assert order_id in _listed(tab)


def test_capture_of_something_not_open_is_refused(qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]) -> None:
    captured = next(t for t in sandbox.state.transactions.values() if t.authorize_status == "CAPTURED")
    tab = _tab(qtbot, desk_ctx)
    tab.prefill(captured.order_id)
    tab.capture()
    assert not tab.open_panel.capture_button.isEnabled()  # checking first
    qtbot.waitUntil(lambda: bool(tab.open_panel.form.error("order_id")), timeout=5000)
    words = tab.open_panel.form.error("order_id")
    assert (
        words == f"Order {captured.order_id} is not an open authorization (it is captured), so it cannot be captured."
    )
    assert tab.open_panel.message.text() == "Nothing was sent."
    assert not confirms and not desk_ctx.journal.entries(kind="capture")

    paid = next(t for t in sandbox.state.transactions.values() if t.method == "h2h" and t.status == 2)
    tab.prefill(paid.order_id)
    tab.cancel_authorization()
    qtbot.waitUntil(lambda: "a completed payment" in tab.open_panel.form.error("order_id"), timeout=5000)
    assert tab.open_panel.form.error("order_id").endswith("so it cannot be cancelled.")

    tab.prefill("no-such-order-9")
    tab.cancel_authorization()
    qtbot.waitUntil(lambda: bool(tab.open_panel.form.error("order_id")), timeout=5000)
    assert "no transaction with that order id" in tab.open_panel.form.error("order_id")
    tab.prefill("")
    tab.capture()
    assert tab.open_panel.form.error("order_id") == "Select an authorization above or type its order id."


def test_declined_card(qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]) -> None:
    tab = _tab(qtbot, desk_ctx)
    order_id = _authorize(qtbot, tab, "4111111111111111")
    assert tab.result.state == "failed"
    assert tab.badge.text() == "Failed"
    # said once, next to the button; the panel holds the facts (no second sentence)
    declined = (
        "The gateway declined the operation. No payment route at the gateway accepted this card or operation. "
        "(PLATFORM_ERROR_GATE_NOT_FOUND)"
    )
    assert tab.auth_message.text() == "Not authorized. " + declined
    assert tab.auth_message.tone == "error" and not hasattr(tab.panel, "headline")
    assert tab.panel.copy.text() == order_id and tab.panel.grid.text("card") == "411111******1111"
    assert sandbox.state.get(order_id).status == -1
    qtbot.waitUntil(tab.authorize_button.isEnabled, timeout=5000)
    assert order_id not in _listed(tab)


def test_challenge_is_opened_and_followed(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(AuthorizeTab, "open_url", staticmethod(lambda url: opened.append(url) or True))
    tab = _tab(qtbot, desk_ctx)
    order_id = _authorize(qtbot, tab, CHALLENGE_CARD)
    assert tab.result.state == "processing"
    assert tab.challenge_button.isVisible() and tab.follower.is_following()
    tab.challenge_button.click()
    assert opened == [tab._form_url] and opened[0].startswith(f"{sandbox.url}/challenge/")
    httpx.post(opened[0], data={"decision": "approve"})  # the customer answers
    assert tab.badge.text() == "Waiting for 3-D Secure"
    qtbot.waitUntil(lambda: tab.badge.text() == "Authorized", timeout=10_000)
    assert tab.auth_message.tone == "success"
    assert not tab.challenge_button.isVisible() and not tab.follower.is_following()
    qtbot.waitUntil(lambda: order_id in _listed(tab), timeout=5000)


def test_each_profile_keeps_its_own_authorize_screen(
    qtbot: Any, desk_session: Any, sandbox: Any, confirms: list[Any]
) -> None:
    desk_ctx = desk_session.ctx
    add_second_profile(desk_session)
    tab = _tab(qtbot, desk_ctx)
    order_id = _authorize(qtbot, tab, FRICTIONLESS_CARD, "12.00")
    qtbot.waitUntil(lambda: order_id in _listed(tab), timeout=5000)
    tab.details.purpose.setText("deposit, room 12")
    tab.card_form.number.setText(FRICTIONLESS_CARD)  # typed, never kept

    switch_to(desk_session, SECOND)  # another profile: an empty form, no result, its own (empty) list
    assert tab.result is None and not tab.panel.isVisibleTo(tab) and tab.auth_message.text() == ""
    assert tab.details.purpose.text() == "" and tab.card_form.number.text() == ""
    assert tab.open_panel.order_edit.text() == ""
    qtbot.waitUntil(lambda: tab.open_panel.empty_note.isVisibleTo(tab), timeout=5000)
    assert _listed(tab) == []

    switch_to(desk_session, "Sandbox")  # back: as it was, but never the card
    assert tab.result is not None and tab.result.order_id == order_id and tab.badge.text() == "Authorized"
    assert tab.panel.grid.text("card") == "401200******3010" and tab.auth_message.text() == AUTHORIZED
    assert tab.details.purpose.text() == "deposit, room 12" and tab.card_form.number.text() == ""
    assert tab.open_panel.order_edit.text() == order_id
    qtbot.waitUntil(lambda: order_id in _listed(tab), timeout=5000)
