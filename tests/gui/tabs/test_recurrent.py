"""Recurrent tab against the sandbox: a repeat charge of a successful parent (followed to its end), a failed
parent refused before sending, an unknown parent; a second press and an outlier asked before sending (issue 13)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt

from smartpay_desk.api.models import HostToHostRequest
from smartpay_desk.ui.messages import VALIDATION
from smartpay_desk.ui.tabs.recurrent import RecurrentTab, new_recurrent_id
from smartpay_desk.ui.widgets.confirm import WARNING, ConfirmDialog, warning
from tests.gui.tabs.switching import SECOND, add_second_profile, switch_to
from tests.unit.services.support import CUSTOMER, SITE, card, direct_client


def _tab(qtbot: Any, desk_ctx: Any) -> RecurrentTab:
    tab = RecurrentTab(desk_ctx)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _parent(sandbox: Any, status: int) -> Any:
    return next(
        tx for tx in sandbox.state.transactions.values() if tx.type == "Payment" and tx.status == status and tx.card
    )


def test_new_order_id_shape() -> None:
    assert re.fullmatch(r"rec-\d{8}-[0-9a-f]{6}", new_recurrent_id())


def test_charge_again_from_a_successful_parent(qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]) -> None:
    parent = _parent(sandbox, 2)
    tab = _tab(qtbot, desk_ctx)
    tab.prefill(parent.order_id)
    qtbot.waitUntil(lambda: tab.loaded_id == parent.order_id, timeout=5000)
    assert tab.amount.minor_units() == parent.amount  # the parent's amount by default
    assert tab.parent_grid.text("card") == parent.card.number
    new_id = tab.order_edit.text()
    tab.amount.set_minor(990)
    tab.reason.setText("monthly plan")
    qtbot.keyClick(tab.reason, Qt.Key.Key_Return)
    assert not tab.charge_button.isEnabled()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=10_000)
    assert tab.result.state == "succeeded" and tab.result.order_id == new_id
    assert confirms[0][2] == "€9.90" and f"New order id: {new_id}" in confirms[0][1]
    assert tab.panel.grid.text("payment_id") == tab.result.response.payment_id
    tx = sandbox.state.get(new_id)
    assert tx is not None and tx.amount == 990 and tx.parent_order_id == parent.order_id
    qtbot.waitUntil(lambda: not tab.follower.is_following(), timeout=5000)  # followed by /check to the end
    assert tab.panel.badge.text() == "Succeeded"  # one badge, in the journal's words
    assert tab.order_edit.text() != new_id  # a fresh id for the next charge
    assert tab.panel.copy.text() == new_id and tab.message.text() == f"Charged €9.90 again, order {new_id}."
    qtbot.waitUntil(tab.charge_button.isEnabled, timeout=5000)


def test_failed_parent_is_refused_before_sending(qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any]) -> None:
    parent = _parent(sandbox, -1)
    count = len(sandbox.state.transactions)
    tab = _tab(qtbot, desk_ctx)
    tab.parent_edit.setText(parent.order_id)
    tab.reason.setText("retry")
    tab.submit()  # looks the parent up first, then refuses
    qtbot.waitUntil(lambda: tab.loaded_id == parent.order_id, timeout=5000)
    assert tab.form.error("parent_order_id") == (
        f"A repeat charge needs a successful payment; order {parent.order_id} failed."
    )
    assert tab.message.text() == VALIDATION  # the same words on every tab
    assert not confirms and len(sandbox.state.transactions) == count
    assert not desk_ctx.journal.entries(kind="recurrent")


def test_unknown_parent_is_said_next_to_its_field(qtbot: Any, desk_ctx: Any, confirms: list[Any]) -> None:
    tab = _tab(qtbot, desk_ctx)
    tab.prefill("no-such-parent-1")
    qtbot.waitUntil(lambda: bool(tab.form.error("parent_order_id")), timeout=5000)
    assert tab.form.error("parent_order_id") == "The gateway has no payment with this order id."
    assert not confirms


def test_each_profile_keeps_its_own_recurrent_screen(
    qtbot: Any, desk_session: Any, sandbox: Any, confirms: list[Any]
) -> None:
    desk_ctx = desk_session.ctx
    add_second_profile(desk_session)
    parent = _parent(sandbox, 2)
    tab = _tab(qtbot, desk_ctx)
    tab.prefill(parent.order_id)
    qtbot.waitUntil(lambda: tab.loaded_id == parent.order_id, timeout=5000)
    tab.amount.set_minor(500)
    tab.reason.setText("monthly plan")
    tab.submit()
    qtbot.waitUntil(lambda: tab.result is not None and not tab.follower.is_following(), timeout=10_000)
    charged = tab.result.order_id
    tab.reason.setText("next month")
    new_id = tab.order_edit.text()

    switch_to(desk_session, SECOND)  # another profile: empty, nothing charged from here
    assert tab.parent_edit.text() == "" and tab.parent_info is None and tab.result is None
    assert tab.order_edit.text() not in ("", new_id) and not tab.panel.isVisibleTo(tab)

    switch_to(desk_session, "Sandbox")  # back: the parent, the form and the last charge as they were
    assert tab.parent_edit.text() == parent.order_id and tab.loaded_id == parent.order_id
    assert tab.order_edit.text() == new_id and tab.reason.text() == "next month"
    assert tab.result is not None and tab.result.order_id == charged and tab.panel.copy.text() == charged
    assert tab.message.text() == f"Charged {tab._money(500)} again, order {charged}."
    assert not tab.follower.is_following()  # it was final: nothing to ask again


# ---------------------------------------------------------------- issue 13: a second press, an outlier


def _fresh_parent(sandbox: Any, amount: int) -> str:
    """A successful payment made now (not from the desk: this journal does not know its recurrent flag)."""
    order_id = f"sub-{len(sandbox.state.transactions)}"
    with direct_client(sandbox.url) as client:
        client.init_payment_h2h(
            HostToHostRequest("EUR-sandbox", amount, "EUR", order_id, SITE, CUSTOMER, "J D", card())
        )
    return order_id


def _children(sandbox: Any, parent: str) -> list[int]:
    return sorted(tx.amount for tx in sandbox.state.transactions.values() if tx.parent_order_id == parent)


def _asking(monkeypatch: pytest.MonkeyPatch, answers: list[bool], then: Any = None) -> list[list[str]]:
    """ConfirmDialog.ask answered from `answers` in turn; `then()` runs at the first question. The lines asked."""
    asked: list[list[str]] = []

    def ask(cls: Any, parent: Any, ctx: Any, title: str, lines: list[str], amount_text: str) -> bool:
        asked.append(list(lines))
        if then is not None and len(asked) == 1:
            then()
        return answers[len(asked) - 1]

    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(ask))
    return asked


def _ready(qtbot: Any, tab: RecurrentTab, parent: str) -> None:
    tab.prefill(parent)
    qtbot.waitUntil(lambda: tab.loaded_id == parent, timeout=5000)


def _settled(qtbot: Any, tab: RecurrentTab, desk_ctx: Any) -> None:
    """The last charge followed to its end and nothing left running (before the tab goes)."""
    qtbot.waitUntil(lambda: not tab.follower.is_following(), timeout=5000)
    qtbot.waitUntil(lambda: desk_ctx.runner.active_count() == 0, timeout=5000)


def test_a_charge_starts_a_new_one_and_the_same_again_is_asked_naming_the_first(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seen: 2 × €9.99 in two seconds, Charge then Enter, every field still filled."""
    parent = _fresh_parent(sandbox, 2486)
    tab = _tab(qtbot, desk_ctx)
    _ready(qtbot, tab, parent)
    first_id = tab.order_edit.text()
    tab.amount.set_minor(999)
    tab.reason.setText("monthly")
    qtbot.keyClick(tab.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.result is not None, timeout=10_000)
    assert tab.result.state == "succeeded" and confirms[0][1][-1].startswith("Environment: ")  # nothing to warn of
    assert tab.amount.text() == "" and tab.reason.text() == "" and tab.order_edit.text() != first_id
    qtbot.waitUntil(tab.charge_button.isEnabled, timeout=5000)
    qtbot.keyClick(tab.reason, Qt.Key.Key_Return)  # Enter again: a new, empty charge sends nothing
    assert tab.form.error("amount") and len(confirms) == 1 and _children(sandbox, parent) == [999]

    asked = _asking(monkeypatch, [False])
    tab.amount.set_minor(999)
    tab.reason.setText("monthly")
    tab.submit()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=5000)
    warned = [line for line in asked[0] if line.startswith(WARNING)]
    assert len(warned) == 1
    assert f"A repeat charge of €9.99 on the card of order {parent} was already made" in warned[0]
    assert f"order {first_id}, journal entry " in warned[0] and "UTC" in warned[0]
    assert tab.message.text() == "Not sent." and _children(sandbox, parent) == [999]

    asked = _asking(monkeypatch, [True])
    tab.submit()
    qtbot.waitUntil(lambda: tab.result is not None and tab.result.order_id != first_id, timeout=10_000)
    assert tab.result.state == "succeeded" and _children(sandbox, parent) == [999, 999]
    note = desk_ctx.journal.events(tab.result.entry_id)[0].note
    assert note.startswith("confirmed by ") and first_id in note
    _settled(qtbot, tab, desk_ctx)


def test_a_charge_above_its_parent_is_asked_stating_both_amounts(
    qtbot: Any, desk_ctx: Any, sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seen: €99,999.99 charged on a €2,486.50 parent with no question."""
    parent = _fresh_parent(sandbox, 248650)
    tab = _tab(qtbot, desk_ctx)
    _ready(qtbot, tab, parent)
    asked = _asking(monkeypatch, [False])
    tab.amount.set_minor(9_999_999)
    tab.reason.setText("typo")
    tab.submit()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=5000)
    (warned,) = [line for line in asked[0] if line.startswith(WARNING)]
    assert f"The repeat charge of €99,999.99 is more than the €2,486.50 of its parent order {parent}" in warned
    assert _children(sandbox, parent) == [] and not desk_ctx.journal.entries(kind="recurrent")
    _settled(qtbot, tab, desk_ctx)


def test_a_charge_made_elsewhere_meanwhile_is_asked_before_it_is_sent(
    qtbot: Any, desk_ctx: Any, sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The review found nothing, but another desk (or the CLI) charged the same while the dialog was open: the
    service's own question comes back and is asked; only a second yes sends it."""
    parent = _fresh_parent(sandbox, 2000)
    tab = _tab(qtbot, desk_ctx)
    _ready(qtbot, tab, parent)
    asked = _asking(monkeypatch, [True, True], then=lambda: desk_ctx.ops.recurrent(parent, 500, "other desk"))
    tab.amount.set_minor(500)
    tab.reason.setText("monthly")
    tab.submit()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=10_000)
    assert len(asked) == 2 and not any(line.startswith(WARNING) for line in asked[0])
    assert any("was already made" in line for line in asked[1] if line.startswith(WARNING))
    assert tab.result.state == "succeeded" and _children(sandbox, parent) == [500, 500]
    _settled(qtbot, tab, desk_ctx)


def test_the_dialog_needs_send_it_anyway_when_it_warns(qtbot: Any) -> None:
    dialog = ConfirmDialog(None, "Charge?", ["Amount: €9.99", warning("Already made.")], "€9.99", production=False)
    qtbot.addWidget(dialog)
    assert dialog.anyway is not None and not dialog.ok_button.isEnabled() and not dialog.ok_button.isDefault()
    dialog.accept()
    assert dialog.result() != ConfirmDialog.DialogCode.Accepted  # Enter cannot confirm it
    dialog.anyway.setChecked(True)
    assert dialog.ok_button.isEnabled()
    strict = ConfirmDialog(None, "Charge?", [warning("Above.")], "€9.99", production=True)
    qtbot.addWidget(strict)
    assert strict.anyway is not None
    strict.anyway.setChecked(True)
    assert not strict.ok_button.isEnabled()  # Production: the amount typed as well
    strict.typed.setText("9.99")
    assert strict.ok_button.isEnabled()
    plain = ConfirmDialog(None, "Charge?", ["Amount: €9.99"], "€9.99", production=False)
    qtbot.addWidget(plain)
    assert plain.anyway is None and plain.ok_button.isEnabled() and plain.ok_button.isDefault()
