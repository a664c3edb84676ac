"""services.batch.files / cells / bounds: a clerk's xlsx or CSV read into rows by header name, numbered as the sheet
numbers them; hostile and unusable files refused with one sentence; amounts, expiries and number-typed cells."""

from __future__ import annotations

import csv
import io
import time
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartpay_desk.api.money import AmountError, format_plain
from smartpay_desk.services.batch import bounds, cells
from smartpay_desk.services.batch import files as batch_files
from smartpay_desk.services.batch.files import BatchFileError, column_key, read_batch_file
from smartpay_desk.services.batch.model import batch_id_of
from smartpay_desk.services.reports.xlsx import process
from tests.unit.services.reports.xlsx.test_reader import SHEET, rewrite, zip_bomb

CORPUS = Path(__file__).parents[3] / "data" / "xlsx"
HEADER = ["order_id", "amount", "currency", "card_number", "card_expiry", "phone", "bank_account", "account_holder",
          "first_name", "last_name", "purpose"]  # fmt: skip


def workbook(path: Path, rows: list[list[Any]], *, title: str = "Payouts") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_rows_by_header_name_in_any_order_with_the_sheets_row_numbers(tmp_path: Path) -> None:
    path = workbook(tmp_path / "p.xlsx", [
        [" Amount ", "Card Number", "notes", "ORDER-ID", "Card_Expiry"],
        [12.5, "4012000000003010", "ignored", "inv-1", "12/30"],
        ["1 234,50", "4012 0000 0000 3010", None, None, None],
    ])  # fmt: skip
    read = read_batch_file(path, "payout")
    assert read.batch_id == batch_id_of("payout", path.read_bytes()) and read.name == "p.xlsx"
    assert set(read.columns) == {"amount", "card_number", "order_id", "card_expiry"}
    assert [r.row for r in read.rows] == [2, 3]
    assert read.rows[0].values == {"amount": 12.5, "card_number": "4012000000003010", "order_id": "inv-1",
                                   "card_expiry": "12/30"}  # fmt: skip
    assert read.rows[1].values["order_id"] is None and read.rows[1].values["amount"] == "1 234,50"
    assert column_key("  Account_Holder ") == "account_holder" and column_key(None) == ""


def test_a_title_above_the_header_and_blank_rows_keep_the_sheets_numbers(tmp_path: Path) -> None:
    path = workbook(tmp_path / "t.xlsx", [
        ["Payouts for March"], [], ["order_id", "amount", "phone"],
        ["a", 1, "+442079460612"], [], [], ["b", 2, "+442079460613"], [None, None, None], ["c", 3, "+442079460614"],
    ])  # fmt: skip
    read = read_batch_file(path, "payout")
    assert [(r.row, r.values["order_id"]) for r in read.rows] == [(4, "a"), (7, "b"), (9, "c")]


def test_the_same_rows_numbered_alike_in_the_readers_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [["order_id", "amount", "phone"], ["a", 1, "+1"], [], ["b", 2, "+2"]]
    path = workbook(tmp_path / "c.xlsx", rows)
    in_process = read_batch_file(path, "payout")
    monkeypatch.setattr(bounds, "scan", lambda p: bounds.Reach(known=False))  # as for a sheet it cannot vouch for
    called: list[Path] = []
    real = process.read_sheet
    monkeypatch.setattr(process, "read_sheet", lambda p, **kw: called.append(p) or real(p, **kw))
    child = read_batch_file(path, "payout")
    assert called and child.rows == in_process.rows and [r.row for r in child.rows] == [2, 4]


def test_a_workbook_saved_on_its_help_sheet_is_read_from_its_rows(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Refunds"
    book.active.append(["order_id", "reason"])
    book.active.append(["o-1", "cancelled"])
    book.create_sheet("How to fill in").append(["column", "what to write"])
    book.active = 1
    book.save(tmp_path / "r.xlsx")
    read = read_batch_file(tmp_path / "r.xlsx", "refund")
    assert [r.values for r in read.rows] == [{"order_id": "o-1", "reason": "cancelled"}]


@pytest.mark.parametrize(
    ("header", "kind", "named"),
    [
        (["order_id", "card_number"], "payout", "amount"),
        (["order_id", "amount", "purpose"], "payout", "card_number, phone or bank_account"),
        (["order_id", "amount"], "refund", "reason"),
    ],
)
def test_a_missing_column_is_named(tmp_path: Path, header: list[str], kind: str, named: str) -> None:
    path = workbook(tmp_path / "m.xlsx", [header, ["x"] * len(header)])
    with pytest.raises(BatchFileError, match=f"has no {named} column"):
        read_batch_file(path, kind)  # type: ignore[arg-type]


def test_unusable_files_are_refused_with_a_sentence(tmp_path: Path) -> None:
    twice = workbook(tmp_path / "twice.xlsx", [["amount", "Amount", "phone"], [1, 2, "+1"]])
    with pytest.raises(BatchFileError, match="two amount columns"):
        read_batch_file(twice, "payout")
    header_only = workbook(tmp_path / "header.xlsx", [HEADER])
    with pytest.raises(BatchFileError, match="has a header but no rows to pay"):
        read_batch_file(header_only, "payout")
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(BatchFileError, match="is empty"):
        read_batch_file(tmp_path / "empty.csv", "payout")
    with pytest.raises(BatchFileError, match="does not exist"):
        read_batch_file(tmp_path / "gone.xlsx", "payout")


def test_too_large_and_too_long_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "long.csv"
    path.write_text("order_id,amount,phone\n" + "".join(f"o{i},1,+1\n" for i in range(30)), encoding="utf-8")
    monkeypatch.setattr(batch_files, "MAX_ROWS", 20)
    with pytest.raises(BatchFileError, match="a batch holds at most 20"):
        read_batch_file(path, "payout")
    monkeypatch.setattr(batch_files, "MAX_FILE_BYTES", 100)
    with pytest.raises(BatchFileError, match="may be at most"):
        read_batch_file(path, "payout")


# ---------------------------------------------------------------- hostile workbooks


def test_hostile_workbooks_are_refused_with_the_readers_sentences(tmp_path: Path) -> None:
    with pytest.raises(BatchFileError, match="zip bomb"):
        read_batch_file(zip_bomb(tmp_path), "payout")
    whole = workbook(tmp_path / "whole.xlsx", [HEADER, *[["o", 1, "EUR", "4012000000003010"]] * 200]).read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(whole[: len(whole) // 2])
    with pytest.raises(BatchFileError, match="damaged or incomplete"):
        read_batch_file(tmp_path / "cut.xlsx", "payout")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(BatchFileError, match=r"old-style \.xls"):
        read_batch_file(tmp_path / "old.xls", "payout")
    with pytest.raises(BatchFileError, match=r"could not be read|damaged"):
        read_batch_file(CORPUS / "unreadable.xlsx", "payout")


def test_an_entity_bomb_is_refused(tmp_path: Path) -> None:
    src = workbook(tmp_path / "src.xlsx", [["order_id", "amount", "phone"], ["order-0", 1, "+1"]])
    entities = "".join(f'<!ENTITY e{i} "{"&e" + str(i - 1) + ";" * 10 if i else "lol"}">' for i in range(6))

    def bomb(data: bytes) -> bytes:
        body = data.decode()
        body = body[body.index("<worksheet") :].replace("<t>order-0</t>", "<t>&e5;</t>")
        return f'<?xml version="1.0"?><!DOCTYPE worksheet [{entities}]>{body}'.encode()

    with pytest.raises(BatchFileError, match="XML constructs"):
        read_batch_file(rewrite(src, tmp_path / "laughs.xlsx", SHEET, bomb), "payout")


def test_a_far_cell_is_refused_before_any_parse(tmp_path: Path) -> None:
    """Two cells, one at IV1000000: python-calamine would ask for 8 GB (and abort the process)."""
    src = workbook(tmp_path / "src.xlsx", [["order_id", "amount", "phone"], ["a", 1, "+1"]])
    far = b'<row r="1000000"><c r="IV1000000" t="n"><v>1</v></c></row></sheetData>'
    path = rewrite(src, tmp_path / "far.xlsx", SHEET, lambda data: data.replace(b"</sheetData>", far))
    started = time.perf_counter()
    with pytest.raises(BatchFileError, match="data in cell IV1000000, beyond what a batch file holds"):
        read_batch_file(path, "payout")
    assert time.perf_counter() - started < 2.0


def test_what_the_scan_cannot_vouch_for_goes_to_the_child(tmp_path: Path) -> None:
    assert bounds.scan(CORPUS / "utf16.xlsx").known is False  # UTF-16 XML: the byte scan cannot read it
    assert bounds.scan(CORPUS / "root-workbook.xlsx").known is False  # cells without references
    assert bounds.scan(CORPUS / "huge-dimension.xlsx").known is True  # far cells, but formatted and empty
    src = workbook(tmp_path / "s.xlsx", [["order_id", "amount", "phone"], ["a", 1, "+1"]])
    moved = rewrite(src, tmp_path / "m.xlsx", SHEET, lambda d: d.replace(b'<c r="A2"', b'<c s="0" r="A2"'))
    assert bounds.scan(moved).known is False  # a reference that is not the first attribute


def test_a_gateway_export_keeps_its_amounts_in_major_units(tmp_path: Path) -> None:
    path = workbook(tmp_path / "g.xlsx", [
        ["Order ID", "Status", "Amount", "Currency", "Reason"], ["o-1", 2, 12.5, "EUR", "cancelled"],
    ])  # fmt: skip
    read = read_batch_file(path, "refund")
    assert read.rows[0].values["amount"] == "12.50"  # never 1250 (the reader's minor units) taken as 1,250.00


# ---------------------------------------------------------------- CSV


@pytest.mark.parametrize(("bom", "delimiter"), [(b"\xef\xbb\xbf", ";"), (b"", ","), (b"\xef\xbb\xbf", "\t")])
def test_csv_with_or_without_bom_comma_or_semicolon(tmp_path: Path, bom: bytes, delimiter: str) -> None:
    text = io.StringIO()
    writer = csv.writer(text, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([["Order ID", "Amount", "Phone", "Purpose"], ["o-1", "1 234,50", "+442079460612", "two\nlines"],
                      [], ["o-2", "€12.00", "+442079460613", ""]])  # fmt: skip
    path = tmp_path / "b.csv"
    path.write_bytes(bom + text.getvalue().encode("utf-8"))
    read = read_batch_file(path, "payout")
    assert [r.row for r in read.rows] == [2, 4]  # a quoted cell over two lines is one row, as in a spreadsheet
    assert read.rows[0].values == {"order_id": "o-1", "amount": "1 234,50", "phone": "+442079460612",
                                   "purpose": "two\nlines"}  # fmt: skip
    assert read.rows[1].values["purpose"] is None


def test_csv_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("order_id;amount;phone\nö;1;+1\n".encode("latin-1"))
    with pytest.raises(BatchFileError, match="not UTF-8 text"):
        read_batch_file(path, "payout")
    path.write_bytes("order_id,amount\n".encode("utf-16"))
    with pytest.raises(BatchFileError, match="not a CSV text file"):
        read_batch_file(path, "payout")


CELL_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=12)


@settings(max_examples=40, deadline=None)
@given(rows=st.lists(st.lists(CELL_TEXT, min_size=3, max_size=3), min_size=1, max_size=8),
       delimiter=st.sampled_from([",", ";"]), bom=st.booleans())  # fmt: skip
def test_csv_cells_come_back_as_written(tmp_path_factory: pytest.TempPathFactory, rows: list[list[str]],
                                        delimiter: str, bom: bool) -> None:  # fmt: skip
    text = io.StringIO()
    csv.writer(text, delimiter=delimiter).writerows([["order_id", "amount", "phone"], *rows])
    path = tmp_path_factory.mktemp("csv") / "h.csv"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.getvalue().encode("utf-8"))
    kept = [r for r in rows if any(v.strip() for v in r)]
    if not kept:
        with pytest.raises(BatchFileError):
            read_batch_file(path, "payout")
        return
    read = read_batch_file(path, "payout")
    assert [list(r.values.values()) for r in read.rows] == [[v if v.strip() else None for v in r] for r in kept]


# ---------------------------------------------------------------- cells


@settings(max_examples=100, deadline=None)
@given(minor=st.integers(0, 10**13))
def test_amounts_as_numbers_and_texts_are_exact(minor: int) -> None:
    major = Decimal(minor).scaleb(-2)
    assert cells.amount(float(major), "EUR") == minor  # a float cell, exactly (Decimal(str(x)))
    assert cells.amount(format_plain(minor, "EUR"), "EUR") == minor
    assert cells.amount(minor, "JPY") == minor


def test_amounts_that_cannot_be_paid_exactly_are_refused() -> None:
    for value, sentence in [(12.345, "EUR has 2 decimal places: 12.345"), (0.1 + 0.2, "cannot be paid exactly"),
                            (None, "Enter the amount"), (True, "TRUE or FALSE"), (-5, "negative"),
                            ("1,234", "ambiguous"), ("12 USD", "written in USD"), (1e20, "too large")]:  # fmt: skip
        with pytest.raises(AmountError, match=sentence):
            cells.amount(value, "EUR")
    assert cells.amount("€12.00", "EUR") == 1200 and cells.amount("1 234,50", "EUR") == 123450
    with pytest.raises(AmountError, match="JPY has no decimal places"):
        cells.amount(12.5, "JPY")


def test_expiry_as_text_or_as_a_date_cell() -> None:
    assert cells.expiry("9/28") == ("09", "28") and cells.expiry("12/2030") == ("12", "30")
    assert cells.expiry("2030-12-01") == ("12", "30")  # a date cell (the reader gives ISO text): 1 December
    assert cells.expiry(None) is None and cells.expiry("  ") is None
    with pytest.raises(cells.CellProblem, match="turned this expiry into the date 2025-12-30"):
        cells.expiry("2025-12-30 00:00:00")  # "12/30" read as 30 December by a spreadsheet
    for bad in ("Dec 30", 1230, "13"):
        with pytest.raises(cells.CellProblem, match="MM/YY"):
            cells.expiry(bad)


def test_number_cells_that_may_have_changed_are_refused() -> None:
    assert cells.exact_text(4012000000003, "card_number", "the card number") == "4012000000003"
    with pytest.raises(cells.CellProblem, match="keeps only 15 digits"):
        cells.exact_text(4012000000003010, "card_number", "the card number")
    with pytest.raises(cells.CellProblem, match="drops a leading \\+ or 0"):
        cells.literal_text(442079460612, "phone", "+442079460612")
    assert cells.exact_text(1001.0, "order_id", "an order id") == "1001" and cells.text(" x ") == "x"


def test_the_template_columns_are_known_to_the_zip_check(tmp_path: Path) -> None:
    path = workbook(tmp_path / "ok.xlsx", [HEADER, ["o", 1, "EUR", "4012000000003010", "12/30"]])
    with zipfile.ZipFile(path) as zf:
        assert SHEET in zf.namelist()
    assert bounds.scan(path) == bounds.Reach(known=True)
