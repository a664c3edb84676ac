"""The batch window (Payouts → Batch payouts…, Refunds → Batch refunds…) against the sandbox, clicked as a clerk
would: open a file, read every row's verdict and the totals, send after the confirmation, pause and resume,
open the results; the same file again pays nothing twice; a hostile file is refused with a sentence; the window
will not close while rows are on their way."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent

from smartpay_desk.api.models import HostToHostRequest
from smartpay_desk.ui.batch.dialog import BatchDialog
from smartpay_desk.ui.tabs.payouts import PayoutsTab
from smartpay_desk.ui.tabs.refunds import RefundsTab
from tests.e2e.test_cli_batch_send import HEADER, good_line
from tests.unit.services.batch.test_results import card_numbers_in
from tests.unit.services.support import CUSTOMER, SITE, card, direct_client

BAD_CARD_ROW = ",3.30,EUR,4012000000003011,12/30,,,"  # fails the Luhn check


def _payouts(path: Path, count: int, bad: Collection[int] = ()) -> dict[int, int]:
    lines, good = [HEADER], {}
    for row in range(2, count + 2):
        if row in bad:
            lines.append(BAD_CARD_ROW)
        else:
            lines.append(good_line(row))
            good[row] = 100 + row
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return good


def _paid(sandbox: Any) -> int:
    """The batch's payouts the sandbox holds (the sandbox's own history has other payouts)."""
    return len([t for t in sandbox.state.all_transactions() if t.type == "Withdrawal" and t.order_id.startswith("b")])


_TABS: list[PayoutsTab] = []  # the tab owns the window: kept alive while the test runs (qtbot holds a weak ref)


@pytest.fixture(autouse=True)
def _let_the_tab_go() -> Iterator[None]:
    yield
    _TABS.clear()


def _dialog(qtbot: Any, desk_ctx: Any) -> BatchDialog:
    tab = PayoutsTab(desk_ctx)
    _TABS[:] = [tab]
    qtbot.addWidget(tab)
    qtbot.mouseClick(tab.batch_button, Qt.MouseButton.LeftButton)
    dialog = tab.batch_button.dialog
    assert dialog is not None and dialog.isVisible() and dialog.kind == "payout"
    qtbot.mouseClick(tab.batch_button, Qt.MouseButton.LeftButton)
    assert tab.batch_button.dialog is dialog  # one window per tab: a batch on its way is never hidden behind a second
    return dialog


def _open(qtbot: Any, dialog: BatchDialog, path: Path) -> None:
    dialog.open_file(path)
    assert not dialog.send_button.isEnabled() and not dialog.open_button.isEnabled()  # while the check runs
    qtbot.waitUntil(lambda: dialog.check_task is None, timeout=10_000)


def _texts(dialog: BatchDialog, column: int) -> list[str]:
    model = dialog.model
    return [str(model.data(model.index(r, column))) for r in range(model.rowCount())]


def test_a_payout_batch_is_checked_sent_once_and_its_results_open(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any], tmp_path: Path
) -> None:
    file = tmp_path / "payouts.csv"
    good = _payouts(file, 6, bad={4})
    dialog = _dialog(qtbot, desk_ctx)
    assert not dialog.send_button.isEnabled()  # nothing opened yet

    _open(qtbot, dialog, file)

    assert dialog.checked is not None and len(dialog.checked.good) == 5
    summary = dialog.summary.text()
    assert "6 rows: 5 passed the check, 1 refused" in summary
    assert f"Total payouts: €{sum(good.values()) / 100:.2f} of €10,000.00 available when checked." in summary
    assert _texts(dialog, 4) == ["ready", "ready", "refused", "ready", "ready", "ready"]
    assert "card number" in _texts(dialog, 5)[2].lower()
    assert "4012000000003011" not in " ".join(_texts(dialog, 2) + _texts(dialog, 5))  # masked on screen too
    assert dialog.send_button.isEnabled()
    before = sandbox.state.payout_balance()

    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)

    title, lines, amount = confirms[0]
    assert title == "Send 5 rows of this batch?" and amount == f"€{sum(good.values()) / 100:.2f}"
    assert "Rows refused at the check, not sent: 1" in lines and any(
        line.startswith("Profile: Sandbox") for line in lines
    )
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    assert dialog.outcome is not None
    assert dialog.outcome.counts == {"succeeded": 5, "refused at check": 1}, dialog.message.text()
    assert before - sandbox.state.payout_balance() == sum(good.values())
    assert _texts(dialog, 4) == ["succeeded", "succeeded", "refused", "succeeded", "succeeded", "succeeded"]
    assert dialog.message.text().startswith(
        f"5 succeeded (€{sum(good.values()) / 100:.2f}); 1 refused at check (€3.30)"
    )
    assert dialog.progress.value() == 5 and dialog.progress.isVisible() and dialog.count_label.text() == "5 of 5 rows"
    assert not dialog.send_button.isEnabled()  # sent: open the file again to send it again
    assert dialog.summary.text() == summary  # what the check found, still true: no "ready to send" left behind
    results = dialog.results_path
    assert results is not None and results.is_file() and str(results) in dialog.message.text()
    book = load_workbook(results, read_only=True)
    outcomes = sorted((line[0], line[5]) for line in book["Rows"].iter_rows(min_row=2, values_only=True))
    book.close()
    assert outcomes == [(r, "refused at check" if r == 4 else "succeeded") for r in range(2, 8)]
    assert card_numbers_in(results) == []
    with qtbot.waitSignal(desk_ctx.navigate, timeout=1000) as opened:
        qtbot.mouseClick(dialog.results_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["open_report", results]

    _open(qtbot, dialog, file)  # the same file again: every row is known to be done, nothing is paid twice
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    assert dialog.outcome is not None and dialog.outcome.counts["succeeded"] == 5
    assert before - sandbox.state.payout_balance() == sum(good.values())
    assert _paid(sandbox) == 5


def test_pause_starts_no_new_row_resume_finishes_and_closing_waits(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any], tmp_path: Path
) -> None:
    file = tmp_path / "many.csv"
    good = _payouts(file, 24)
    dialog = _dialog(qtbot, desk_ctx)
    _open(qtbot, dialog, file)
    sandbox.latency_ms = 120
    dialog.send()
    assert dialog.pause_button.isVisible() and not dialog.close_button.isEnabled()
    dialog.pause()
    assert dialog.pause_button.text() == "Resume" and "Paused" in dialog.message.text()
    refused = QCloseEvent()
    dialog.closeEvent(refused)  # the window never walks away from rows on their way
    assert not refused.isAccepted() and "still sending" in dialog.message.text()
    qtbot.wait(1500)  # rows on their way finish; no new one starts
    paid = _paid(sandbox)
    assert paid < len(good) and dialog.outcome is None
    qtbot.wait(500)
    assert _paid(sandbox) == paid

    qtbot.mouseClick(dialog.pause_button, Qt.MouseButton.LeftButton)  # resume
    assert dialog.pause_button.text() == "Pause"
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)
    assert dialog.outcome is not None and dialog.outcome.counts == {"succeeded": len(good)}
    assert not dialog.pause_button.isVisible() and dialog.close_button.isEnabled()
    dialog.close()
    assert not dialog.isVisible()


def test_cancel_sends_no_more_rows_and_the_file_again_sends_the_rest_once(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any], tmp_path: Path
) -> None:
    file = tmp_path / "cancelled.csv"
    good = _payouts(file, 16)
    dialog = _dialog(qtbot, desk_ctx)
    _open(qtbot, dialog, file)
    sandbox.latency_ms = 120
    dialog.send()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("Cancelling")
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    assert dialog.outcome is not None
    counts = dialog.outcome.counts
    assert counts.get("not sent", 0) > 0 and sum(counts.values()) == len(good), counts
    assert "stopped" in dialog.message.text()
    sandbox.latency_ms = 0

    _open(qtbot, dialog, file)
    dialog.send()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    assert dialog.outcome is not None and dialog.outcome.counts == {"succeeded": len(good)}
    assert sandbox.state.payout_balance() == 1_000_000 - sum(good.values())  # each row paid exactly once


def test_a_hostile_or_missing_file_is_refused_with_a_sentence_and_nothing_is_sent(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any], tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, desk_ctx)
    fake = tmp_path / "payouts.xlsx"
    fake.write_bytes(b"PK\x03\x04 this is no workbook" + b"\0" * 200)
    _open(qtbot, dialog, fake)
    assert dialog.checked is None and "was not checked" in dialog.file_label.text()
    assert dialog.message.text() and "Traceback" not in dialog.message.text()
    assert not dialog.send_button.isEnabled()
    _open(qtbot, dialog, tmp_path / "missing.csv")
    assert dialog.checked is None and dialog.message.text()
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("name,price\nsomething,1.00\n", encoding="utf-8")
    _open(qtbot, dialog, wrong)
    assert not dialog.send_button.isEnabled() and dialog.message.text() + dialog.summary.text()
    assert not confirms and not sandbox.received.of("/withdrawal/init")


def test_the_template_is_saved_where_the_clerk_chose(
    qtbot: Any, desk_ctx: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    dialog = _dialog(qtbot, desk_ctx)
    target = tmp_path / "chosen.xlsx"
    monkeypatch.setattr(BatchDialog, "ask_template_path", classmethod(lambda cls, parent, suggested: target))
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "was saved" in dialog.message.text(), timeout=10_000)
    book = load_workbook(target, read_only=True)
    headers = [c for c in next(book.worksheets[0].iter_rows(max_row=1, values_only=True)) if c]
    book.close()
    assert "amount" in headers and "card_number" in headers


def test_a_refund_batch_from_the_refunds_tab_refunds_each_order_once(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any], tmp_path: Path, monkeypatch: Any
) -> None:
    with direct_client(sandbox.url) as client:
        for parent in ("gui-r1", "gui-r2"):
            client.init_payment_h2h(
                HostToHostRequest("EUR-sandbox", 1000, "EUR", parent, SITE, CUSTOMER, "J D", card())
            )
    file = tmp_path / "refunds.csv"
    file.write_text("order_id,amount,reason\ngui-r1,4.00,event cancelled\ngui-r2,,event cancelled\n"
                    "gui-r1,1.00,twice\n", encoding="utf-8")  # fmt: skip
    tab = RefundsTab(desk_ctx)
    qtbot.addWidget(tab)
    monkeypatch.setattr(BatchDialog, "ask_open_path", classmethod(lambda cls, parent, folder: file))
    dialog = tab.batch_button.open_dialog()
    assert dialog.kind == "refund" and dialog.windowTitle() == "Batch refunds"
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.checked is not None, timeout=10_000)
    assert _texts(dialog, 4) == ["ready", "ready", "refused"]
    assert "row 2" in _texts(dialog, 5)[2]  # the same order twice in one file
    dialog.send()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    assert dialog.outcome is not None and dialog.outcome.counts == {"succeeded": 2, "refused at check": 1}
    sent = sorted((r.order_id, r.amount) for r in sandbox.received.of("/refund"))
    assert sent == [("gui-r1", 400), ("gui-r2", 1000)]


def test_a_second_press_of_send_while_sending_asks_nothing_and_sends_nothing_twice(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any], tmp_path: Path
) -> None:
    file = tmp_path / "twice.csv"
    good = _payouts(file, 6)
    dialog = _dialog(qtbot, desk_ctx)
    _open(qtbot, dialog, file)
    sandbox.latency_ms = 100
    dialog.send()
    assert not dialog.send_button.isEnabled()
    dialog.send()  # a second press (Enter again, a double click) while the rows go
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    assert len(confirms) == 1 and _paid(sandbox) == len(good)
    assert len(sandbox.received.of("/withdrawal/init")) == len(good)
