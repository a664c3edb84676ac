"""Keyboard alone, against the sandbox: every task of the money tabs done with key events only (Tab, Alt+letter,
Enter, Esc, arrows). Focus is never set by the test: it moves with keys from where the window puts it, and the
confirmation dialogs are real, answered with Enter. Each test asserts what the gateway (the sandbox) received."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from smartpay_desk.api.models import HostToHostRequest
from smartpay_desk.sandbox import FRICTIONLESS_CARD
from smartpay_desk.ui.batch.dialog import BatchDialog
from smartpay_desk.ui.tabs.authorize import AuthorizeTab
from smartpay_desk.ui.tabs.lookup import LookupTab
from smartpay_desk.ui.tabs.payments import PaymentsTab
from smartpay_desk.ui.tabs.payouts import PayoutsTab
from smartpay_desk.ui.tabs.recurrent import RecurrentTab
from smartpay_desk.ui.tabs.refunds import RefundsTab
from smartpay_desk.ui.widgets.confirm import ConfirmDialog
from smartpay_desk.ui.widgets.keys import mnemonic_of
from tests.e2e.test_cli_batch_send import HEADER, good_line
from tests.gui.keyboard.keys import ALT, FRONT, alt, focus, press, tab_to, type_text
from tests.unit.services.support import CUSTOMER, SITE, card, direct_client

# ---------------------------------------------------------------- keys only


def front(qtbot: Any, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1250, 820)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=5000)
    FRONT[:] = [widget]
    return widget


class Answers:
    """Every real ConfirmDialog is answered with a key (Enter: its default button), and its words kept."""

    def __init__(self, key: Qt.Key = Qt.Key.Key_Return) -> None:
        self.key = key
        self.seen: list[tuple[str, list[str]]] = []
        self._handled: list[QWidget] = []
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ConfirmDialog) and dialog.isVisible() and dialog not in self._handled:
            self._handled.append(dialog)
            self.seen.append((dialog.windowTitle(), [b.text() for b in dialog.buttons.buttons()]))
            QTest.keyClick(dialog.focusWidget() or dialog, self.key)


@pytest.fixture
def answers() -> Iterator[Answers]:
    answering = Answers()
    yield answering
    answering.timer.stop()


def idle(qtbot: Any, ctx: Any) -> None:
    qtbot.waitUntil(lambda: ctx.runner.active_count() == 0, timeout=15_000)


def paid_order(sandbox: Any, prefix: str, amount: int = 5000, recurrent: bool = False) -> str:
    order_id = f"{prefix}-{len(sandbox.state.transactions)}"
    with direct_client(sandbox.url) as client:
        request = HostToHostRequest("EUR-sandbox", amount, "EUR", order_id, SITE, CUSTOMER, "J D", card(),
                                    recurrent=True if recurrent else None)  # fmt: skip
        client.init_payment_h2h(request)
    return order_id


# ---------------------------------------------------------------- the tasks


def test_lookup_enter_looks_up_esc_clears_and_the_answer_s_buttons_have_letters(
    qtbot: Any, desk_ctx: Any, sandbox: Any
) -> None:
    order_id = paid_order(sandbox, "kb-look")
    tab = front(qtbot, LookupTab(desk_ctx))
    assert focus() is tab.order_edit  # where the tab starts
    type_text(qtbot, order_id)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.info is not None and tab.panel.isVisible(), timeout=5000)
    assert tab.panel.order_label.text() == order_id
    went: list[tuple[str, str]] = []
    desk_ctx.navigate.connect(lambda target, order: went.append((target, order)))
    alt(qtbot, tab.panel.refund_button)  # "Refund…": Alt+its letter opens Refunds with the order
    assert went == [("refund", order_id)]
    press(qtbot, Qt.Key.Key_Escape)
    assert tab.order_edit.text() == "" and focus() is tab.order_edit
    idle(qtbot, desk_ctx)


def test_payment_link_typed_and_sent_with_enter(qtbot: Any, desk_ctx: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(PaymentsTab, "open_url", staticmethod(lambda url: True))
    tab = front(qtbot, PaymentsTab(desk_ctx))
    alt(qtbot, tab.details._labels["amount"])  # Alt+letter of "Amount" focuses the amount
    assert focus() is tab.details.amount
    type_text(qtbot, "12.50")
    form = tab.customer_form
    for edit, text in ((form.first_name, "John"), (form.last_name, "Doe"), (form.address, "10 Downing Street"),
                       (form.city, "London"), (form.zip_code, "SW1A 2AA"), (form.phone, "+442079460612"),
                       (form.email, "john.doe@example.com")):  # fmt: skip
        tab_to(qtbot, edit)
        type_text(qtbot, text)
    order_id = tab.details.order_id.text()
    press(qtbot, Qt.Key.Key_Return)  # Enter sends the page in front: the payment link
    qtbot.waitUntil(lambda: tab.link_result.link.text() != "", timeout=10_000)
    entry = next(e for e in desk_ctx.journal.entries() if e.order_id == order_id)
    assert entry.amount == 1250 and tab.link_result.order.text() == order_id
    tab.follower.stop()
    idle(qtbot, desk_ctx)


def test_card_payment_switched_to_typed_confirmed_with_enter(
    qtbot: Any, desk_ctx: Any, sandbox: Any, answers: Answers
) -> None:
    tab = front(qtbot, PaymentsTab(desk_ctx))
    tab.prefill_customer(CUSTOMER, amount_minor=990)  # the payer as Lookup or a colleague filled it in
    alt(qtbot, tab.card_mode)  # Alt+letter of "Card by phone" shows the card page
    assert tab.stack.currentIndex() == 1
    tab_to(qtbot, tab.card_form.holder)
    for text in ("JOHN DOE", FRICTIONLESS_CARD, "12/30", "123"):
        type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Backtab)  # back in the CVV
    order_id = tab.details.order_id.text()
    press(qtbot, Qt.Key.Key_Return)  # → the confirmation, answered with Enter → sent
    qtbot.waitUntil(lambda: tab.card_message.tone == "success", timeout=10_000)
    assert answers.seen[0][0] == "Charge this card?"
    assert sandbox.state.get(order_id).status == 2 and tab.card_form.number.text() == ""
    idle(qtbot, desk_ctx)


def test_esc_forgets_a_half_typed_card(qtbot: Any, desk_ctx: Any) -> None:
    tab = front(qtbot, PaymentsTab(desk_ctx))
    alt(qtbot, tab.card_mode)
    tab_to(qtbot, tab.card_form.number)
    type_text(qtbot, "4012 0000")
    press(qtbot, Qt.Key.Key_Escape)
    assert tab.card_form.number.text() == "" and focus() is tab.card_form.holder


def test_authorize_then_capture_and_cancel_by_keyboard(
    qtbot: Any, desk_ctx: Any, sandbox: Any, answers: Answers
) -> None:
    tab = front(qtbot, AuthorizeTab(desk_ctx))
    tab.customer_form.set_customer(CUSTOMER)

    def authorize(amount: str) -> str:
        alt(qtbot, tab.details._labels["amount"])
        type_text(qtbot, amount)
        tab_to(qtbot, tab.card_form.holder)
        for text in ("JOHN DOE", FRICTIONLESS_CARD, "12/30", "123"):
            type_text(qtbot, text)
            press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_Backtab)
        order_id = tab.details.order_id.text()
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: tab.open_panel.order_edit.text() == order_id, timeout=10_000)
        return order_id

    first = authorize("30.00")
    assert sandbox.state.get(first).authorize_status == "AUTHORIZED"
    alt(qtbot, tab.open_panel.capture_button)  # Capture… → a check → the confirmation, Enter → captured
    qtbot.waitUntil(lambda: sandbox.state.get(first).authorize_status != "AUTHORIZED", timeout=10_000)
    assert [title for title, _ in answers.seen] == ["Authorize this card payment?", "Capture this authorization?"]

    second = authorize("20.00")
    alt(qtbot, tab.open_panel.cancel_button)  # Cancel authorization… → "Cancel the authorization" is Enter
    qtbot.waitUntil(lambda: sandbox.state.get(second).authorize_status != "AUTHORIZED", timeout=10_000)
    title, buttons = answers.seen[-1]
    assert title == "Cancel this authorization?" and sorted(buttons) == ["Cancel the authorization", "Keep it"]
    assert sandbox.state.get(second).status != sandbox.state.get(first).status  # captured ≠ cancelled
    idle(qtbot, desk_ctx)


def test_refund_part_of_an_order_by_keyboard(qtbot: Any, desk_ctx: Any, sandbox: Any, answers: Answers) -> None:
    order_id = paid_order(sandbox, "kb-ref", 5000)
    tab = front(qtbot, RefundsTab(desk_ctx))
    assert focus() is tab.order_edit
    type_text(qtbot, order_id)
    press(qtbot, Qt.Key.Key_Return)  # Enter in the order id looks it up
    qtbot.waitUntil(lambda: tab.loaded_id == order_id, timeout=10_000)
    alt(qtbot, tab.form._labels["amount"])
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "12.00")
    tab_to(qtbot, tab.reason)
    type_text(qtbot, "goods returned")
    press(qtbot, Qt.Key.Key_Return)  # → the confirmation, Enter → sent
    qtbot.waitUntil(lambda: tab.message.tone == "success", timeout=10_000)
    assert answers.seen[0][0] == "Send this refund?"
    assert sandbox.state.get(order_id).refunded == 1200
    idle(qtbot, desk_ctx)


def test_esc_clears_the_half_typed_amount_and_reason(qtbot: Any, desk_ctx: Any) -> None:
    tab = front(qtbot, RefundsTab(desk_ctx))
    alt(qtbot, tab.form._labels["reason"])
    type_text(qtbot, "typed by mistake")
    press(qtbot, Qt.Key.Key_Escape)
    assert tab.reason.text() == "" and tab.amount.text() == ""


def test_recurrent_charge_by_keyboard(qtbot: Any, desk_ctx: Any, sandbox: Any, answers: Answers) -> None:
    parent = paid_order(sandbox, "kb-rec", 1500, recurrent=True)
    tab = front(qtbot, RecurrentTab(desk_ctx))
    assert focus() is tab.parent_edit
    type_text(qtbot, parent)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.loaded_id == parent and tab.amount.text() != "", timeout=10_000)
    new_id = tab.order_edit.text()
    alt(qtbot, tab.form._labels["reason"])
    type_text(qtbot, "monthly, March")
    press(qtbot, Qt.Key.Key_Return)  # → the journal's questions, the confirmation (Enter) → charged
    qtbot.waitUntil(lambda: sandbox.state.get(new_id) is not None, timeout=10_000)
    assert answers.seen[0][0] == "Charge this card again?" and sandbox.state.get(new_id).amount == 1500
    tab.follower.stop()
    idle(qtbot, desk_ctx)


def test_payouts_to_card_phone_and_account_by_keyboard(
    qtbot: Any, desk_ctx: Any, sandbox: Any, answers: Answers
) -> None:
    tab = front(qtbot, PayoutsTab(desk_ctx))
    qtbot.waitUntil(lambda: tab.balance is not None, timeout=5000)
    destinations = {"card": FRICTIONLESS_CARD, "phone": "+442079460612", "account": "DE89370400440532013000"}
    sent = []
    for index, (key, number) in enumerate(destinations.items()):
        alt(qtbot, tab.details._labels["destination"])  # "Pay out to": the destination box
        assert focus() is tab.details.destination
        for _ in range(index):
            press(qtbot, Qt.Key.Key_Down)
        assert tab.destinations.key() == key
        alt(qtbot, tab.details._labels["amount"])
        type_text(qtbot, f"{3 + index}.00")
        field = {"card": tab.destinations.card_number, "phone": tab.destinations.phone,
                 "account": tab.destinations.account}[key]  # fmt: skip
        tab_to(qtbot, field)
        type_text(qtbot, number)
        if key == "account":
            press(qtbot, Qt.Key.Key_Tab)
            type_text(qtbot, "JOHN DOE")
        order_id = tab.details.order_id.text()
        press(qtbot, Qt.Key.Key_Return)  # → the journal's question, the confirmation (Enter) → sent
        qtbot.waitUntil(lambda o=order_id: sandbox.state.get(o) is not None, timeout=10_000)
        qtbot.waitUntil(lambda: tab.send_task is None and tab.review_task is None, timeout=10_000)
        sent.append(sandbox.state.get(order_id).amount)
    assert sent == [300, 400, 500] and [title for title, _ in answers.seen] == ["Send this payout?"] * 3
    tab.follower.stop()
    idle(qtbot, desk_ctx)


def test_enter_on_the_destination_box_sends_the_form(qtbot: Any, desk_ctx: Any) -> None:
    tab = front(qtbot, PayoutsTab(desk_ctx))
    alt(qtbot, tab.details._labels["destination"])
    press(qtbot, Qt.Key.Key_Return)  # sent: nothing typed, so every field that needs something says so
    assert tab.details.error("amount") and tab.message.tone == "error"
    press(qtbot, Qt.Key.Key_Escape)  # the red notes go
    assert not tab.details.error("amount")
    idle(qtbot, desk_ctx)


def test_the_batch_window_by_keyboard(
    qtbot: Any, desk_ctx: Any, sandbox: Any, tmp_path: Path, answers: Answers, monkeypatch: Any
) -> None:
    path = tmp_path / "kb-batch.csv"
    lines = [HEADER, *(good_line(row) for row in range(2, 8))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(BatchDialog, "ask_open_path", classmethod(lambda cls, parent, folder: path))
    dialog = front(qtbot, BatchDialog(desk_ctx, "payout"))
    assert isinstance(dialog, BatchDialog)
    assert mnemonic_of(dialog.open_button.text()) == "o"
    press(qtbot, Qt.Key.Key_O, ALT)  # Alt+O: "Open file…"
    qtbot.wait(200)
    qtbot.waitUntil(lambda: dialog.checked is not None, timeout=10_000)
    alt(qtbot, dialog.send_button)  # Send payouts… → the confirmation, Enter
    qtbot.waitUntil(lambda: dialog.send_task is not None or dialog.outcome is not None, timeout=10_000)
    if dialog.send_task is not None:
        press(qtbot, Qt.Key.Key_P, ALT)  # Pause (Alt+P), then Alt+P again resumes
        qtbot.wait(200)
        qtbot.waitUntil(lambda: dialog.pause_button.text() == "Resume" or dialog.outcome is not None, timeout=5000)
        if dialog.outcome is None:
            press(qtbot, Qt.Key.Key_P, ALT)
            qtbot.waitUntil(lambda: dialog.pause_button.text() == "Pause" or dialog.outcome is not None, timeout=5000)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    assert answers.seen[0][0] == "Send 6 rows of this batch?"
    paid = [t for t in sandbox.state.all_transactions() if t.type == "Withdrawal" and t.order_id.startswith("b")]
    assert len(paid) == 6
    press(qtbot, Qt.Key.Key_Escape)  # idle: Esc closes the window
    assert not dialog.isVisible()
    idle(qtbot, desk_ctx)


@pytest.mark.parametrize("module", ["lookup", "payments", "authorize", "refunds", "recurrent", "payouts"])
def test_a_tab_s_letters_are_its_own_in_the_main_window(qtbot: Any, main_window: Any, module: str) -> None:
    """Shown in the main window, a tab's Alt+letters leave out the window's own (menus, tab bar, tool bar), and
    no two of its visible buttons and field labels share one."""
    from PySide6.QtWidgets import QMenuBar, QTabBar

    page = main_window.page_named(module)
    main_window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(page.isVisible, timeout=5000)
    window_letters = {mnemonic_of(a.text()) for bar in main_window.findChildren(QMenuBar) for a in bar.actions()}
    for tabs in main_window.findChildren(QTabBar):
        window_letters |= {mnemonic_of(tabs.tabText(i)) for i in range(tabs.count())}
    window_letters.discard("")
    shown = [w for w in page.findChildren(QWidget) if isinstance(w, (QAbstractButton, QLabel)) and w.isVisibleTo(page)]
    letters = [mnemonic_of(w.text()) for w in shown if mnemonic_of(w.text())]
    assert len(letters) >= 2 and not set(letters) & window_letters
    assert len(letters) == len(set(letters)), sorted(letters)
    qtbot.waitUntil(lambda: main_window.ctx.runner.active_count() == 0, timeout=10_000)
