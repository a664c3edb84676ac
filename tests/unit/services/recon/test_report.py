"""A gateway report read for reconciliation: by the viewer's own reader (its child process), typed, refused with a
sentence when it is no gateway report, and what it covers (its name, else its rows)."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from openpyxl import Workbook

from smartpay_desk.sandbox.reports import build_xlsx
from smartpay_desk.sandbox.state import Transaction
from smartpay_desk.services.recon.report import NotAGatewayReport, parse_name, read_report, scope_of

CORPUS = Path(__file__).resolve().parents[3] / "data" / "xlsx"
WHEN = datetime(2025, 3, 14, 23, 30, tzinfo=UTC)


def tx(order_id: str, kind: str = "Payment", status: int = 2, amount: int = 1050, at: datetime = WHEN) -> Transaction:
    return Transaction(order_id=order_id, type=kind, method="h2h", account="EUR-sandbox", currency="EUR",
                       amount=amount, status=status, created=at, completed=at)  # fmt: skip


def test_a_sandbox_report_is_read_typed(tmp_path: Path) -> None:
    path = tmp_path / "downloaded.xlsx"
    path.write_bytes(build_xlsx([tx("a"), tx("b", status=-1, amount=7), tx("c", "Refund", 1)]))
    report = read_report(path)
    assert [(r.index, r.sheet_row, r.order_id, r.type, r.status, r.amount, r.currency) for r in report.rows] == [
        (0, 2, "a", "Payment", "success", 1050, "EUR"),
        (1, 3, "b", "Payment", "fail", 7, "EUR"),
        (2, 4, "c", "Refund", "processing", 1050, "EUR"),
    ]
    assert report.rows[0].created == WHEN and report.named is None
    scope = scope_of(report, zone=UTC)  # from its rows: the types and statuses they have, whole days
    assert (scope.types, scope.statuses, scope.first_day, scope.last_day, scope.source) == (
        ("Payment", "Refund"), ("success", "processing", "fail"), date(2025, 3, 14), date(2025, 3, 14), "rows",
    )  # fmt: skip
    east = scope_of(report, zone=timezone(timedelta(hours=2)))  # 23:30 UTC is the next day two hours east
    assert east.first_day == date(2025, 3, 15) and east.start() == datetime(2025, 3, 15, tzinfo=east.zone)
    given = scope_of(report, statuses=["success"], days=(date(2025, 3, 1), date(2025, 3, 31)))
    assert (given.statuses, given.first_day, given.source) == (("success",), date(2025, 3, 1), "given")


def test_the_desks_export_name_says_the_type_status_and_days(tmp_path: Path) -> None:
    name = "smartpay-payment-successful-2025-03-01-2025-03-31.xlsx"
    assert parse_name(name) is not None and parse_name("report.xlsx") is None
    copy = tmp_path / f"edited {name[:-5]} (2).xlsx"  # a copy keeps what its name says
    copy.write_bytes(build_xlsx([tx("a"), tx("flipped", status=-1)]))
    scope = scope_of(read_report(copy))
    assert (scope.types, scope.statuses, scope.first_day, scope.last_day, scope.source) == (
        ("Payment",), ("success",), date(2025, 3, 1), date(2025, 3, 31), "file name",
    )  # fmt: skip
    assert scope.to_json()["statuses"] == ["success"] and "Payment report, success" in scope.words


def test_rows_without_an_order_id_are_left_out_and_said(tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    path.write_bytes(build_xlsx([tx("a"), tx(""), tx("b")]))
    report = read_report(path)
    assert [r.order_id for r in report.rows] == ["a", "b"] and [r.index for r in report.rows] == [0, 2]
    assert "1 rows have no order id" in report.notes[-1]


def test_a_spreadsheet_that_is_no_gateway_report_is_refused_with_a_sentence(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["Name", "Total"])
    book.active.append(["Anna", 12])
    book.save(tmp_path / "budget.xlsx")
    with pytest.raises(NotAGatewayReport, match=r"budget\.xlsx is not a gateway report: its header does not name"):
        read_report(tmp_path / "budget.xlsx")


@pytest.mark.parametrize("name", ["unreadable.xlsx", "formats.xlsx"])
def test_hostile_or_foreign_files_are_refused_with_a_sentence(tmp_path: Path, name: str) -> None:
    shutil.copy(CORPUS / name, tmp_path / name)
    with pytest.raises(NotAGatewayReport) as refused:
        read_report(tmp_path / name)
    said = str(refused.value)
    assert said and "Traceback" not in said and said.endswith(".")


def test_text_pretending_to_be_xlsx_and_a_missing_file_are_refused(tmp_path: Path) -> None:
    (tmp_path / "fake.xlsx").write_text("Order ID,Status,Amount,Currency\n1,2,3,EUR\n")
    for path in (tmp_path / "fake.xlsx", tmp_path / "absent.xlsx"):
        with pytest.raises(NotAGatewayReport):
            read_report(path)
