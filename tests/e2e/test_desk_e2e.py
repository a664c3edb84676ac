"""The whole desk as an operator starts it: the window first, then the embedded sandbox, the services and
the journal check; a lookup and a payment link through the real window; a clean close. And the
screenshot tour, offscreen, writing one picture per tab."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from smartpay_desk.api.models import Customer
from smartpay_desk.ui.app import Desk, make_application, parse_args
from smartpay_desk.ui.tabs.lookup import LookupTab
from smartpay_desk.ui.tabs.payments import PaymentsTab

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TOUR = [
    "01-lookup", "02-payments", "03-authorize", "04-refunds", "05-recurrent",
    "06-payouts", "07-reports", "08-activity", "09-profiles",
]  # fmt: skip


@pytest.fixture
def app(qapp: QApplication) -> Any:
    """The desk's look (style, palette, style sheet) for one test, then the test session's again."""
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    make_application()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)


def _sandbox_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("sandbox")]


def test_start_work_and_close(qtbot: Any, app: Any, tmp_path: Path) -> None:
    desk = Desk(parse_args(["--data-dir", str(tmp_path)]), app)
    qtbot.addWidget(desk.window)
    desk.start()
    assert desk.window.isVisible() and desk.ctx.ops is None  # painted before anything slow
    assert desk.window.windowTitle() == "SmartPay Desk — Sandbox (Sandbox)"
    qtbot.waitUntil(lambda: desk.ctx.ops is not None, timeout=10_000)
    assert desk.sessions.sandbox_url is not None
    qtbot.waitUntil(lambda: "Journal checked" in desk.window.statusBar().currentMessage(), timeout=10_000)
    assert (tmp_path / "profiles.json").is_file()

    window = desk.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.tabs.setCurrentIndex(5)
    qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    lookup = window.page(LookupTab)
    qtbot.waitUntil(lookup.order_edit.hasFocus)
    qtbot.keyClicks(lookup.order_edit, "hist-0001")
    qtbot.keyClick(lookup.order_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lookup.info is not None, timeout=5000)
    assert lookup.badge.text()

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    payments = window.page(PaymentsTab)
    assert window.tabs.currentWidget() is payments
    payments.prefill_customer(
        Customer("Ana", "Silva", "1 Rua Augusta", "Lisbon", "1100-053", "PT", "+351213456789", "ana@example.com",
                 "127.0.0.1"),
        amount_minor=2500,
    )  # fmt: skip
    payments.link_button.click()
    qtbot.waitUntil(lambda: bool(payments.link_result.qr.data()), timeout=5000)
    entries = desk.ctx.journal.entries()
    assert [e.kind for e in entries] == ["payment_link"]

    window.close()
    assert all(not task.thread.isRunning() for task in desk.runner._tasks)
    qtbot.waitUntil(lambda: desk.runner.active_count() == 0)
    desk.shutdown()
    assert _sandbox_threads() == []


def test_screenshot_tour_writes_one_picture_per_tab(qtbot: Any, app: Any, tmp_path: Path) -> None:
    finished: list[bool] = []

    class TourDesk(Desk):
        def _tour_done(self, ok: bool) -> None:  # the real one quits the application
            finished.append(ok)
            self.window.close()

    out = tmp_path / "shots"
    desk = TourDesk(parse_args(["--screenshots", str(out)]), app)
    qtbot.addWidget(desk.window)
    tour_data = desk.data_dir
    desk.start()
    qtbot.waitUntil(lambda: bool(finished), timeout=50_000)
    desk.shutdown()
    assert finished == [True]
    assert sorted(p.stem for p in out.glob("*.png")) == TOUR
    assert all(p.stat().st_size > 10_000 for p in out.glob("*.png"))
    assert not tour_data.exists()  # the tour's journal lived in a temporary folder
    assert _sandbox_threads() == []
