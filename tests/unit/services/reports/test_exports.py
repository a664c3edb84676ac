"""services.reports.exports: hostile text never becomes a formula nor crashes the writer; files appear whole or not."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartpay_desk.api.scrub import scrub
from smartpay_desk.services.reports.exports import (
    FORMULA_TRIGGERS,
    MAX_CELL_CHARS,
    ExportError,
    clean_text,
    neutralise,
    safe_cell,
    write_csv,
    write_table,
    write_xlsx,
)

ILLEGAL_IN_XLSX = [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"]
HOSTILE = [
    "=1+1",
    "+SUM(A1:A2)",
    "-2+3",
    "@cmd",
    "\t=1",
    "\r=1",
    '=HYPERLINK("http://evil.example","click")',
    "  =1+1",
    "＝1+1",
    "=cmd|' /C calc'!A0",
    "\x00\x01bell\x07",
    "\ud800lone surrogate",
    "ok\uffffnot a character",
]


def _eol(text: str) -> str:
    """XML readers turn CR LF and a lone CR into LF (XML 1.0 end-of-line handling)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_xlsx(path: Path) -> list[list[object]]:
    book = openpyxl.load_workbook(path)
    sheet = book.active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


@pytest.mark.parametrize("text", ["=1", "+1", "-1", "@a", "\t1", "\r1", " =1", "\uff1d1"])
def test_formula_triggers_get_a_quote(text: str) -> None:
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", ["hello", "1+1", "a=b", "order-1", "", "'already quoted"])
def test_harmless_text_is_kept(text: str) -> None:
    assert neutralise(text) == text


def test_control_characters_are_replaced_not_dropped() -> None:
    assert clean_text("a\x00b\x1fc") == "a\ufffdb\ufffdc"
    assert clean_text("tab\tnew\nline\r") == "tab\tnew\nline\r"
    assert neutralise("\x00=1") == "\ufffd=1"  # no longer starts with "=" once cleaned


def test_long_text_is_cut_to_what_a_cell_holds() -> None:
    out = neutralise("x" * (MAX_CELL_CHARS + 10))
    assert len(out) == MAX_CELL_CHARS
    assert out.endswith("…")


def test_values_keep_their_types() -> None:
    aware = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert safe_cell(5) == 5
    assert safe_cell(Decimal("1.50")) == Decimal("1.50")
    assert safe_cell(None) is None
    assert safe_cell(True) is True
    local = safe_cell(aware)
    assert isinstance(local, datetime) and local.tzinfo is None
    assert local == aware.astimezone().replace(tzinfo=None)
    assert safe_cell(["=x"]) == "['=x']"


def test_hostile_strings_round_trip_through_xlsx_as_text(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", ["=header", "plain"], [[text, 1] for text in HOSTILE])
    rows = _read_xlsx(path)
    assert rows[0] == ["'=header", "plain"]
    book = openpyxl.load_workbook(path)
    for row in book.active.iter_rows(min_row=2):
        assert row[0].data_type == "s"  # never a formula
        assert not str(row[0].value).startswith(FORMULA_TRIGGERS)
    assert [r[0] for r in rows[1:]] == [_eol(neutralise(t)) for t in HOSTILE]


def test_hostile_strings_in_csv(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", ["a", "b"], [[text, Decimal("2.50")] for text in HOSTILE])
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["a", "b"]
    assert [r[0] for r in rows[1:]] == [neutralise(t) for t in HOSTILE]
    assert all(r[1] == "2.50" for r in rows[1:])
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(ILLEGAL_IN_XLSX + list("=+-@\t\r"))), max_size=8
    )
)
def test_any_text_is_written_and_never_a_formula(tmp_path: Path, texts: list[str]) -> None:
    """Each text as safe_cell makes it: scrubbed (a run of digits that passes Luhn, "0000000000000" too, is
    written masked, as any card number is), then neutralised."""
    path = write_xlsx(tmp_path / "h.xlsx", ["text"], [[t] for t in texts])
    book = openpyxl.load_workbook(path)
    values = [row[0] for row in book.active.iter_rows(min_row=2)]
    assert len(values) == len(texts)
    for cell, text in zip(values, texts, strict=True):
        if cell.value is None:
            assert neutralise(scrub(text)) == ""
            continue
        assert cell.data_type == "s"
        assert cell.value == _eol(neutralise(scrub(text)))
        assert not cell.value.lstrip(" ").startswith(FORMULA_TRIGGERS)
    out = write_csv(tmp_path / "h.csv", ["text"], [[t] for t in texts])
    with out.open(encoding="utf-8-sig", newline="") as fh:
        back = [row[0] if row else "" for row in csv.reader(fh)][1:]
    assert back == [neutralise(scrub(t)) for t in texts]


def test_a_luhn_valid_run_of_digits_is_written_masked() -> None:
    """What hypothesis once drew for the test above: thirteen zeros pass Luhn, and are masked like a card."""
    assert safe_cell("0000000000000") == "000000***0000"


@pytest.mark.parametrize(("writer", "name"), [(write_xlsx, "report.xlsx"), (write_csv, "report.csv")])
def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path, writer: Any, name: str) -> None:
    target = tmp_path / name
    target.write_bytes(b"the old file")

    def rows() -> object:
        yield ["fine"]
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        writer(target, ["a"], rows())
    assert target.read_bytes() == b"the old file"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_write_table_picks_the_format_by_suffix(tmp_path: Path) -> None:
    assert write_table(tmp_path / "a.CSV", ["h"], [["v"]]).read_text(encoding="utf-8-sig").startswith("h")
    assert _read_xlsx(write_table(tmp_path / "a.xlsx", ["h"], [["v"]])) == [["h"], ["v"]]
    with pytest.raises(ExportError, match=r"\.xlsx or \.csv"):
        write_table(tmp_path / "a.txt", ["h"], [])
    with pytest.raises(ExportError, match="does not exist"):
        write_table(tmp_path / "missing" / "a.csv", ["h"], [])


def test_sheet_title_is_made_valid(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", ["a"], [], sheet_title="Payments: 2025/01 [all]*" * 3)
    title = openpyxl.load_workbook(path).active.title
    assert len(title) <= 31 and not set(title) & set("[]:*?/\\")
