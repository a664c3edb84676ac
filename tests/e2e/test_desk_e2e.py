"""The whole desk as an operator starts it: the window first, then the embedded sandbox, the services and
the journal check; a lookup and a payment link through the real window; a clean close. And the
screenshot tour, offscreen, writing one picture per tab."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from smartpay_desk.api.models import Customer
from smartpay_desk.api.redact import discard_secret
from smartpay_desk.ui.app import DESK_HANDLER, Desk, make_application, parse_args
from smartpay_desk.ui.tabs.lookup import LookupTab
from smartpay_desk.ui.tabs.payments import PaymentsTab

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TOUR = [
    "01-lookup", "02-payments", "03-authorize", "04-refunds", "05-recurrent",
    "06-payouts", "07-reports", "08-activity", "09-activity-review", "10-payout-again",
    "11-needs-attention", "12-approvals", "13-profiles", "14-batch-checked", "15-batch-sent",
    "16-dark", "17-high-contrast",
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


# Started as users start it, in a process of its own; at the first paint of the main window it prints which of
# these are loaded already (none may be: they load after the first paint, or when first needed) and which tabs
# are built, then exits.
FIRST_PAINT_PROBE = """
import os, sys
from smartpay_desk.ui import app as desk_app
make = desk_app.make_application
def probe(window):
    heavy = ("httpx", "keyring", "openpyxl", "logging.handlers", "smartpay_desk.services.money.operations",
             "smartpay_desk.sandbox", "smartpay_desk.ui.tabs.payments", "smartpay_desk.ui.report_viewer")
    print(",".join(m for m in heavy if m in sys.modules) or "-")
    print(",".join(sorted(type(page).__name__ for page in window.pages.values())))
    print(window.ctx.ops is None, window.isVisible(), flush=True)
    os._exit(0)
class ProbedDesk(desk_app.Desk):
    def start(self):
        self.window.first_painted.connect(lambda: probe(self.window))  # before the desk's own reaction
        super().start()
desk_app.Desk = ProbedDesk
desk_app.main(["--data-dir", sys.argv[1]])
"""


def test_nothing_slow_happens_before_the_first_paint(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_PROBE, str(tmp_path)],
        capture_output=True, text=True, env=env, timeout=60, check=True,
    )  # fmt: skip
    heavy, built, state = done.stdout.splitlines()[-3:]
    assert heavy == "-"
    assert built == "LookupTab"  # only the tab in front
    assert state == "True True"  # shown and painted, no service opened yet


def _sandbox_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("sandbox")]


def test_start_work_and_close(qtbot: Any, app: Any, tmp_path: Path) -> None:
    desk = Desk(parse_args(["--data-dir", str(tmp_path)]), app)
    qtbot.addWidget(desk.window)
    desk.start()
    assert desk.window.isVisible() and desk.ctx.ops is None  # painted before anything slow
    assert desk.window.windowTitle() == "Sandbox — SmartPay Desk"
    qtbot.waitUntil(lambda: desk.ctx.ops is not None, timeout=10_000)
    assert desk.sessions.sandbox_url is not None
    qtbot.waitUntil(lambda: "Journal checked" in desk.window.statusBar().currentMessage(), timeout=10_000)
    assert (tmp_path / "profiles.json").is_file()
    # the desk's log (set up after the first paint) masks the open session's secret, as the CLI's does
    logging.getLogger("smartpay_desk.ui.probe").warning("an answer echoed the secret qwerty")
    assert "an answer echoed the secret ***" in (tmp_path / "desk.log").read_text(encoding="utf-8")

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
    assert lookup.panel.badge.text()

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

    window.close()  # never waits on the GUI thread: it closes when the calls still running end
    qtbot.waitUntil(lambda: not window.isVisible() and desk.runner.active_count() == 0, timeout=10_000)
    desk.shutdown()
    assert _sandbox_threads() == []
    assert not [h for h in logging.getLogger("smartpay_desk").handlers if getattr(h, DESK_HANDLER, False)]
    discard_secret("qwerty")


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
    more = desk.tour.more  # what the pictures added for issue 13 show
    assert more.lost is not None and more.lost.state == "needs_review"
    assert any("was already made" in line and "journal entry" in line for line in more.question_lines)
    batch = desk.tour.batch.dialog  # the tour's batch: four rows paid, the two wrong ones refused at the check
    assert batch is not None and batch.outcome is not None
    assert batch.outcome.counts == {"succeeded": 4, "refused at check": 2}
    assert all(p.stat().st_size > 10_000 for p in out.glob("*.png"))
    assert not tour_data.exists()  # the tour's journal lived in a temporary folder
    assert _sandbox_threads() == []
