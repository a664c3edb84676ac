"""Receipts in the desk (ui/receipts): a refund and a payout made against the sandbox offer "Receipt…" in their
result panels; Save as PDF writes a PDF whose embedded data matches the journal and which holds no full card
number and no CVV; Print goes to the device chosen; Activity's details offer it for a succeeded capture and not
for an authorization; a German desk makes a German receipt."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QPagedPaintDevice, QPdfWriter
from PySide6.QtWidgets import QWidget

from smartpay_desk.api.models import HostToHostRequest
from smartpay_desk.services.receipts.pdfdata import read_data
from smartpay_desk.services.receipts.receipt import Receipt, receipt_for
from smartpay_desk.services.receipts.verify import verify
from smartpay_desk.ui import i18n
from smartpay_desk.ui.receipts import render
from smartpay_desk.ui.receipts.offer import ReceiptOffer
from smartpay_desk.ui.tabs.activity_details import EntryDetails
from smartpay_desk.ui.tabs.payouts import PayoutsTab
from smartpay_desk.ui.tabs.refunds import RefundsTab
from tests.unit.services.support import CUSTOMER, CVV, GOOD_CARD, SITE, card, direct_client


@pytest.fixture
def saved_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """ReceiptOffer.ask_path answered with a path in the test's folder; what it suggested is kept."""
    asked: list[Path] = []

    def ask_path(cls: Any, parent: QWidget, suggested: Path) -> Path:
        asked.append(suggested)
        return tmp_path / "out" / suggested.name

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(ReceiptOffer, "ask_path", classmethod(ask_path))
    return asked


@pytest.fixture
def english() -> Iterator[None]:
    yield
    i18n.install("en")


def _idle(qtbot: Any, desk_ctx: Any) -> None:
    qtbot.waitUntil(lambda: desk_ctx.runner.active_count() == 0, timeout=10_000)


def _inflated(pdf: bytes) -> bytes:
    """Every stream of the PDF, inflated where it is compressed, and the bytes as they are."""
    parts = [pdf]
    for stream in re.findall(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        try:
            parts.append(zlib.decompress(stream))
        except zlib.error:
            parts.append(stream)
    return b"\n".join(parts)


def _saved_pdf(qtbot: Any, offer: ReceiptOffer, saved_to: list[Path], tmp_path: Path) -> bytes:
    assert offer.isVisible() and offer.button.isEnabled()
    offer.pdf_action.trigger()  # the menu's "Save as PDF…"
    qtbot.waitUntil(lambda: offer.message.tone == "success", timeout=10_000)
    path = tmp_path / "out" / saved_to[-1].name
    assert offer.message.text() == f"Receipt saved as {path}."
    assert not list(path.parent.glob(".*.tmp"))  # written beside it, then moved into place
    return path.read_bytes()


def test_a_refund_gets_a_receipt_that_matches_the_journal(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any], saved_to: list[Path], tmp_path: Path
) -> None:
    with direct_client(sandbox.url) as client:
        client.init_payment_h2h(HostToHostRequest("EUR-sandbox", 12050, "EUR", "rc-1", SITE, CUSTOMER, "J D", card()))
    tab = RefundsTab(desk_ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.prefill("rc-1")
    qtbot.waitUntil(lambda: tab.loaded_id == "rc-1" and tab.refundable is not None, timeout=10_000)
    assert not tab.panel.receipt.isVisibleTo(tab)
    tab.amount.setText("20.50")
    tab.reason.setText("goods returned")
    tab.submit()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=10_000)
    assert tab.result.state == "succeeded" and tab.panel.badge.text() == "Succeeded"
    offer = tab.panel.receipt
    assert offer.isVisibleTo(tab)
    name = QAccessible.queryAccessibleInterface(offer.button).text(QAccessible.Text.Name)
    assert name == "Receipt" and offer.button.text() == "Rece&ipt…"
    assert "Succeeded." in tab.panel.accessibleDescription()
    pdf = _saved_pdf(qtbot, offer, saved_to, tmp_path)
    assert saved_to[0].name == f"receipt-refund-rc-1-{tab.result.entry_id}.pdf"
    data = read_data(pdf)
    assert data["kind"] == "refund" and data["amount"] == 2050 and data["order_id"] == "rc-1"
    assert data["reference"] == tab.result.response.refund_id
    assert verify(desk_ctx.journal, data, merchant="test").matches
    assert b"/Title" in pdf and b"SmartPay Desk" in pdf
    _idle(qtbot, desk_ctx)


def test_a_payout_receipt_holds_no_card_number(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any], saved_to: list[Path], tmp_path: Path
) -> None:
    tab = PayoutsTab(desk_ctx)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(desk_ctx.balance_changed, timeout=5000):
        tab.show()
    tab.details.amount.setText("25.00")
    tab.destinations.card_number.setText(GOOD_CARD)
    tab.destinations.expiry.setText("12/30")
    tab.submit()
    qtbot.waitUntil(lambda: tab.panel.badge.text() == "Succeeded", timeout=10_000)
    assert tab.panel.receipt.isVisibleTo(tab)
    pdf = _saved_pdf(qtbot, tab.panel.receipt, saved_to, tmp_path)
    data = read_data(pdf)
    assert data["kind"] == "withdrawal" and data["destination"] == "card 401200******3010"
    assert verify(desk_ctx.journal, data, merchant="test").matches
    receipt = Receipt.from_data(data)
    html = render.receipt_html(receipt)
    assert "401200******3010" in html and "twenty-five euros" in html and receipt.chain_hash in html
    for text in (_inflated(pdf), html.encode(), repr(data).encode()):
        assert GOOD_CARD.encode() not in text and b"4012 0000 0000 3010" not in text
    assert not re.search(rf"\b{CVV}\b", html + repr(data))
    _idle(qtbot, desk_ctx)


def test_print_goes_to_the_device_chosen(
    qtbot: Any, desk_ctx: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ops = desk_ctx.ops
    ops.authorize(amount=5000, currency="EUR", order_id="cap-1", merchant_site=SITE, customer=CUSTOMER, card=card())
    captured = ops.capture("cap-1")
    printed = tmp_path / "printed.pdf"
    devices: list[QPagedPaintDevice] = []

    def ask_printer(cls: Any, parent: QWidget) -> QPagedPaintDevice:
        devices.append(QPdfWriter(str(printed)))
        return devices[-1]

    monkeypatch.setattr(ReceiptOffer, "ask_printer", classmethod(ask_printer))
    details = EntryDetails(None, desk_ctx)
    qtbot.addWidget(details)
    details.show()
    details.show_entry(desk_ctx.journal.entry_by_id(captured.entry_id))
    assert details.receipt.isVisible()
    details.receipt.print_action.trigger()
    qtbot.waitUntil(lambda: details.receipt.message.tone == "success", timeout=10_000)
    devices.clear()  # the writer ends the file when it goes
    assert printed.read_bytes().startswith(b"%PDF-")
    assert details.receipt.message.text() == "The receipt was sent to the printer."
    details.show_entry(desk_ctx.journal.entry(order_id="cap-1", profile="Sandbox"))  # the authorization
    assert desk_ctx.journal.entry(order_id="cap-1", profile="Sandbox").kind == "authorize"
    assert not details.receipt.isVisible()
    details.show_nothing("Nothing")
    assert not details.receipt.isVisible()
    _idle(qtbot, desk_ctx)


def test_an_entry_without_a_receipt_says_why(qtbot: Any, desk_ctx: Any) -> None:
    entry = desk_ctx.journal.record_intent(kind="withdrawal", order_id="po-open", profile="Sandbox",
                                           environment="sandbox", amount=100, currency="EUR")  # fmt: skip
    details = EntryDetails(None, desk_ctx)
    qtbot.addWidget(details)
    details.show()
    details.show_entry(entry)
    assert not details.receipt.isVisible()  # not offered for what has not succeeded
    details.receipt.entry_id = entry.id  # and if asked all the same, the journal's word decides
    details.receipt.save_pdf()
    qtbot.waitUntil(lambda: details.receipt.message.tone == "error", timeout=10_000)
    assert details.receipt.message.text() == "Only an operation that succeeded gets a receipt, and this one has not."
    assert details.receipt.button.isEnabled()


def test_a_german_desk_makes_a_german_receipt(desk_ctx: Any, english: None) -> None:
    ops = desk_ctx.ops
    with direct_client(ops.client.endpoints.gateway) as client:
        client.init_payment_h2h(HostToHostRequest("EUR-sandbox", 12050, "EUR", "de-1", SITE, CUSTOMER, "J D", card()))
    refunded = ops.refund("de-1", 12050, "Ware zurück")
    receipt = receipt_for(desk_ctx.journal, refunded.entry_id, desk_ctx.profile)
    assert i18n.install("de") == "de"
    html = render.receipt_html(receipt)
    assert "Quittung über eine Erstattung" in html and "Händler" in html and "Betrag in Worten" in html
    assert "einhundertzwanzig Euro und fünfzig Cent" in html and "120,50" in html
    assert "Refund receipt" not in html and "Amount in words" not in html
    assert render.title(receipt) == "Quittung über eine Erstattung, Bestellnummer de-1"
    assert read_data(render.pdf_bytes(receipt)) == receipt.to_data()  # the data stays the same in any language
    i18n.install("en")
    assert "Refund receipt" in render.receipt_html(receipt)


# Offscreen Qt cannot grab the keyboard for a popup menu, and QTest says so of the key the mnemonic took.
@pytest.mark.qt_log_ignore("does not support grabbing the keyboard", "Keyboard event not accepted")
def test_the_receipt_is_saved_with_the_keyboard_alone(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any], saved_to: list[Path], tmp_path: Path
) -> None:
    with direct_client(sandbox.url) as client:
        client.init_payment_h2h(HostToHostRequest("EUR-sandbox", 900, "EUR", "kb-1", SITE, CUSTOMER, "J D", card()))
    tab = RefundsTab(desk_ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow, timeout=5000)
    tab.prefill("kb-1")
    qtbot.waitUntil(lambda: tab.loaded_id == "kb-1" and tab.refundable is not None, timeout=10_000)
    tab.amount.setText("9.00")
    tab.reason.setText("returned")
    tab.submit()
    qtbot.waitUntil(lambda: tab.panel.receipt.isVisibleTo(tab), timeout=10_000)
    offer = tab.panel.receipt

    def choose_pdf() -> None:  # the menu is open (its own event loop): D is "Save as PDF…"
        qtbot.waitUntil(offer.menu.isVisible, timeout=5000)
        qtbot.keyClick(offer.menu, Qt.Key.Key_D)

    QTimer.singleShot(0, choose_pdf)
    qtbot.keyClick(tab, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # "Rece&ipt…" opens its menu
    qtbot.waitUntil(lambda: offer.message.tone == "success", timeout=10_000)
    assert read_data((tmp_path / "out" / saved_to[-1].name).read_bytes())["order_id"] == "kb-1"
    _idle(qtbot, desk_ctx)


def test_every_focusable_control_of_the_panels_has_a_name(qtbot: Any, desk_ctx: Any) -> None:
    ops = desk_ctx.ops
    ops.authorize(amount=700, currency="EUR", order_id="ax-1", merchant_site=SITE, customer=CUSTOMER, card=card())
    captured = ops.capture("ax-1")
    details = EntryDetails(None, desk_ctx)
    qtbot.addWidget(details)
    details.show()
    details.show_entry(desk_ctx.journal.entry_by_id(captured.entry_id))
    details.show_events(desk_ctx.journal.events(captured.entry_id))
    tab = RefundsTab(desk_ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.panel.start("r-1", "The refund succeeded.")
    tab.panel.offer_receipt(captured.entry_id, "capture", "succeeded")
    assert tab.panel.receipt.isVisible()
    unnamed, checked = [], []
    for panel in (details, tab.panel):
        for widget in [panel, *panel.findChildren(QWidget)]:
            if widget.isVisible() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                checked.append(widget)
                name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
                if not name.strip():
                    unnamed.append(widget)
    assert unnamed == []
    for widget in (details.receipt.button, details.events_table, details.event_text, tab.panel.receipt.button):
        assert widget in checked
    assert details.badge.accessibleDescription() == "Succeeded"
    assert details.accessibleDescription() == "Capture · ax-1: Succeeded"
    _idle(qtbot, desk_ctx)


def test_a_full_disk_says_so_and_leaves_no_file(
    qtbot: Any, desk_ctx: Any, saved_to: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills while the receipt is written: a sentence, the button back, nothing half-written left."""
    import errno

    from smartpay_desk.services.profiles import paths
    from smartpay_desk.ui.receipts import offer as offer_module

    entry = desk_ctx.journal.record_intent(kind="withdrawal", order_id="po-full", profile="Sandbox",
                                           environment="sandbox", amount=100, currency="EUR")  # fmt: skip
    desk_ctx.journal.update(entry.id, "succeeded", note="paid out")
    real_write = paths.atomic_write

    def full(path: Path, data: bytes, **kwargs: Any) -> None:
        real_write(path, data[:10], **kwargs)  # the temporary file is made, then the disk is full
        path.unlink()
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(offer_module, "atomic_write", full)
    details = EntryDetails(None, desk_ctx)
    qtbot.addWidget(details)
    details.show()
    details.show_entry(desk_ctx.journal.entry_by_id(entry.id))
    assert details.receipt.isVisible()
    details.receipt.save_pdf()
    qtbot.waitUntil(lambda: details.receipt.message.tone == "error", timeout=10_000)
    assert details.receipt.message.text() == "The receipt could not be saved: No space left on device"
    assert details.receipt.button.isEnabled() and list((tmp_path / "out").iterdir()) == []
    _idle(qtbot, desk_ctx)
