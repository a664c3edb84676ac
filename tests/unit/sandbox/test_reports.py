from __future__ import annotations

import io
from datetime import UTC, datetime
from decimal import Decimal

import openpyxl

from smartpay_desk.sandbox.cards import card_view
from smartpay_desk.sandbox.reports import COLUMNS, build_xlsx, row_values
from smartpay_desk.sandbox.state import Transaction


def _tx() -> Transaction:
    return Transaction(
        order_id="o-1",
        type="Payment",
        method="h2h",
        account="EUR-sandbox",
        currency="EUR",
        amount=123456,
        status=-1,
        created=datetime(2026, 3, 1, 10, 0, 0, 123456, tzinfo=UTC),
        completed=datetime(2026, 3, 1, 10, 0, 5, tzinfo=UTC),
        card=card_view("4012000000003010"),
        first_name="Ann",
        last_name="Lee",
        error_message="PLATFORM_ERROR_GATE_NOT_FOUND",
    )


def test_row_values() -> None:
    values = row_values(_tx())
    assert len(values) == len(COLUMNS) == 12
    assert values[3] == Decimal("1234.56")
    assert values[5] == datetime(2026, 3, 1, 10, 0, 0, 123000)
    assert values[7:10] == ["401200******3010", "Spain", "Ann Lee"]


def test_xlsx_round_trip() -> None:
    data = build_xlsx([_tx()])
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    sheet = book["Transactions"]
    assert sheet.max_row == 2 and sheet.max_column == 12  # the sheet states its dimension
    rows = list(sheet.iter_rows(values_only=True))
    book.close()
    assert list(rows[0]) == list(COLUMNS)
    assert rows[1][:4] == ("o-1", "Payment", -1, 1234.56)
    assert rows[1][10:] == ("PLATFORM_ERROR_GATE_NOT_FOUND", "EUR-sandbox")
