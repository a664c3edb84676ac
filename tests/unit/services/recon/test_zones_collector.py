"""The reconciliation's times in the zone chosen (its export's headers say it), the collector paused while a big
reconciliation builds its objects, and the stray rows of a report looked up in one query."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from smartpay_desk.services.journal.explanations import Explanation
from smartpay_desk.services.journal.store import Journal
from smartpay_desk.services.profiles.desk_settings import offset_words, zone_words
from smartpay_desk.services.recon import collector
from smartpay_desk.services.recon.collector import collector_paused, release
from smartpay_desk.services.recon.export import HEADERS, export_reconciliation
from smartpay_desk.services.recon.match import DiffClass, match
from smartpay_desk.services.recon.reconcile import reconcile
from smartpay_desk.services.recon.report import GatewayReport, scope_of
from tests.unit.services.recon.support import NOON, entry, row, rows, scope


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_zone_is_said_with_its_offsets(new_york: None) -> None:
    winter, summer = datetime(2025, 1, 15, 12, tzinfo=UTC), datetime(2025, 7, 15, 12, tzinfo=UTC)
    assert [offset_words(winter), offset_words(winter.astimezone()), offset_words(summer.astimezone())] == [
        "UTC", "UTC-05:00", "UTC-04:00",
    ]  # fmt: skip
    assert zone_words("UTC", [winter]) == "UTC"
    assert zone_words("local", [winter, winter + timedelta(days=1)]) == "local, UTC-05:00"
    assert zone_words("local", [summer, winter]) == "local, UTC-05:00 / UTC-04:00"  # across a change of the clocks
    assert zone_words("local").startswith("local, UTC-0")  # no times: the offset now


def test_the_export_writes_its_times_in_the_zone_chosen_and_says_it(new_york: None, tmp_path: Path) -> None:
    result = match(rows(row("a", amount=1), row("x")), [entry("a")], scope())
    result = result.explained_by([Explanation(1, "2025-03-15T09:00:00+00:00", "anna", "Payment", "a",
                                              "amount_differs", "fee")])  # fmt: skip
    read = {}
    for zone in ("UTC", "local", None):
        sheet = load_workbook(export_reconciliation(tmp_path / f"{zone}.xlsx", result, zone)).active
        table = [[c.value for c in r] for r in sheet.iter_rows()]
        read[zone] = dict(zip(table[0], table[1], strict=True))
    assert (read["UTC"]["Since (UTC)"], read["UTC"]["Explained at (UTC)"]) == (
        datetime(2025, 3, 14, 12, 0), datetime(2025, 3, 15, 9, 0),
    )  # fmt: skip
    local = "local, UTC-04:00"  # New York in March, after the clocks changed on the 9th
    assert (read["local"][f"Since ({local})"], read["local"][f"Explained at ({local})"]) == (
        datetime(2025, 3, 14, 8, 0), datetime(2025, 3, 15, 5, 0),
    )  # fmt: skip
    assert tuple(read[None]) == HEADERS and read[None]["Explained at"] == "2025-03-15 09:00:00 UTC"  # the CLI's


def test_the_report_days_are_the_zone_s(new_york: None) -> None:
    late = row("late", at=datetime(2025, 3, 15, 2, 0, tzinfo=UTC))  # 14 March in New York, 15 March in UTC
    report = GatewayReport(Path("r.xlsx"), rows(row("a"), late))
    assert (scope_of(report, zone=UTC).first_day, scope_of(report, zone=UTC).last_day) == (
        date(2025, 3, 14), date(2025, 3, 15),
    )  # fmt: skip
    local = scope_of(report)
    assert (local.first_day, local.last_day) == (date(2025, 3, 14), date(2025, 3, 14))


def test_a_row_made_long_before_its_report_is_found_in_one_query(tmp_path: Path, monkeypatch: Any) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        for order_id in ("early-1", "early-2"):
            made = journal.record_intent(kind="payment_h2h", order_id=order_id, profile="P", environment="sandbox",
                                         amount=1000, currency="EUR")  # fmt: skip
            journal.update(made.id, "sent")
            journal.update(made.id, "succeeded")
            journal.release(made.id)
        monkeypatch.setattr(Journal, "entry", lambda *a, **k: pytest.fail("one query for them all, not one each"))
        weeks = datetime.now(UTC) + timedelta(days=30)  # the report's days: far after the entries were written
        report = GatewayReport(Path("r.xlsx"), rows(row("early-1", at=weeks), row("early-2", at=weeks),
                                                    row("web-1", at=weeks)))  # fmt: skip
        result = reconcile(journal, report, profile="P", scope=scope_of(report, zone=UTC))
    assert result.matched == 2
    assert [(d.cls, d.order_id) for d in result.differences] == [(DiffClass.REPORT_ONLY, "web-1")]


def test_the_collector_is_paused_while_any_reconciliation_runs_and_what_it_kept_is_frozen() -> None:
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    inside: list[bool] = []
    other_done = threading.Event()

    def other() -> None:
        with collector_paused():
            inside.append(gc.isenabled())
        other_done.set()

    kept: list[Any] = []
    try:
        with collector_paused():
            with collector_paused():  # nested
                inside.append(gc.isenabled())
            threading.Thread(target=other).start()
            assert other_done.wait(10)
            inside.append(gc.isenabled())  # the other thread's pause ended, not this one
            kept.extend([NOON, i] for i in range(collector.FREEZE_ABOVE + 1_000))  # tracked objects held
        assert inside == [False, False, False] and gc.isenabled()
        assert gc.get_freeze_count() > frozen  # what the work made and still holds: no collection walks it
        before = gc.get_freeze_count()
        with collector_paused():
            small = [[i] for i in range(10)]
        # little work: nothing frozen (the count may fall: a frozen object freed meanwhile by another thread)
        assert gc.get_freeze_count() <= before and small
    finally:
        gc.unfreeze()  # the test's own objects back under the collector
    release(kept)
    assert kept == []
