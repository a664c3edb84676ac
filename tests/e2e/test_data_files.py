"""Issue 13, item 12: every file the desk writes in its data folder is 0600 and every folder 0700, from the
first write, under the usual umask (022): the desk's set-up and a session (log, profiles, journal, practice
gateway), a CLI payout on the same folder, a downloaded report and an exported table; then the folder is walked."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from smartpay_desk.api.models import WithdrawalRequest
from smartpay_desk.api.redact import discard_secret
from smartpay_desk.services.journal.states import State
from smartpay_desk.services.reports.exports import write_table
from smartpay_desk.services.reports.tasks import create_and_download, default_file_name, report_request, reports_dir
from smartpay_desk.ui.app import Desk, make_application, parse_args
from tests.unit.services.support import smartpay

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The desk's look for one test, then the test session's again (as tests/e2e/test_desk_e2e.py)."""
    palette, sheet = qapp.palette(), qapp.styleSheet()
    make_application()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def modes(folder: Path) -> dict[str, str]:
    """Every path under `folder` (and itself, as "."), relative, → its permission bits."""
    found = {".": oct(folder.stat().st_mode & 0o777)}
    for path in sorted(folder.rglob("*")):
        found[str(path.relative_to(folder))] = oct(path.lstat().st_mode & 0o777)
    return found


def test_every_file_the_desk_writes_is_0600_and_every_folder_0700(
    qtbot: Any, app: QApplication, tmp_path: Path, umask_022: None
) -> None:
    data = tmp_path / "desk-data"  # made by the desk itself
    desk = Desk(parse_args(["--data-dir", str(data)]), app)
    qtbot.addWidget(desk.window)
    try:
        desk.start()
        qtbot.waitUntil(lambda: desk.ctx.ops is not None, timeout=15_000)
        ops = desk.ctx.ops
        assert ops is not None
        logging.getLogger("smartpay_desk.ui.probe").warning("a line in the desk's log")
        ops.payout(
            WithdrawalRequest(account="", amount=5_00, order_id="po-desk", customer_card_number="4012000000003010")
        )
        assert ops.wait_final("po-desk", 5.0).state == State.SUCCEEDED

        paid = smartpay(data, "--profile", "Sandbox", "payout", "--amount", "3", "--phone", "+442079460612",
                        "--order-id", "po-cli", "--wait", "5")  # fmt: skip
        assert paid.returncode == 0, paid.stderr
        added = smartpay(data, "profile", "add", "Other", "--environment", "test", "--gateway-url",
                         "https://gw.example", "--pci-url", "https://pci.example", "--reports-url",
                         "https://r.example/aggregation-service", "--merchant-key", "k")  # fmt: skip
        assert added.returncode == 0, added.stderr

        last = date.today()
        request = report_request("Withdrawal", 2, last - timedelta(days=1), last)
        report = reports_dir(data) / default_file_name("Withdrawal", last - timedelta(days=1), last)
        create_and_download(ops.client, request, report, poll_interval=0.2)
        assert report.stat().st_size > 0
        write_table(data / "activity.csv", ["Order", "State"], [[e.order_id, e.state] for e in ops.journal.entries()])
        during = modes(data)  # with the journal open: its -wal and -shm are there
    finally:
        desk.window.close()
        desk.shutdown()
        discard_secret("qwerty")
    after = modes(data)

    for name in ("desk.log", "profiles.json", "profiles.lock", "sandbox.json", "sandbox.lock", "sandbox.url",
                 "activity.csv", f"Reports/{report.name}"):  # fmt: skip
        assert name in during, sorted(during)
    assert [name for name in during if name.endswith("-wal")]  # the journal's own files are walked too
    for found in (during, after):
        folders = {name for name in found if name == "." or (data / name).is_dir()}
        assert folders == {".", "Reports"}
        assert {name: mode for name, mode in found.items() if mode != ("0o700" if name in folders else "0o600")} == {}
