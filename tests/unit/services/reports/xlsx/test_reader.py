"""services.reports.xlsx.reader / xlsx_layout: gateway exports become typed columns; hostile files become a sentence."""

from __future__ import annotations

import json
import os
import random
import subprocess
import threading
import time
import zipfile
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartpay_desk.services.reports.xlsx import checks as xlsx_checks
from smartpay_desk.services.reports.xlsx import child as xlsx_child
from smartpay_desk.services.reports.xlsx import reader as xlsx_reader
from smartpay_desk.services.reports.xlsx.child import child_command
from smartpay_desk.services.reports.xlsx.layout import (
    AUTO,
    DATETIME,
    MONEY,
    STATUS,
    TEXT,
    Converter,
    Layout,
    _exponent,
    _minor,
    column_letters,
)
from smartpay_desk.services.reports.xlsx.marks import CellError
from smartpay_desk.services.reports.xlsx.preview import first_rows
from smartpay_desk.services.reports.xlsx.reader import ReportFileError, check_file, read_events, read_table

COLUMNS = ["Order ID", "Type", "Status", "Amount", "Currency", "Created", "Completed",
           "Card", "Card country", "Customer", "Error", "Account"]  # fmt: skip


def gateway_file(path: Path, rows: int = 5, *, extra: list[list[object]] | None = None) -> Path:
    """A workbook shaped like the gateway's export (openpyxl normal mode, as the sandbox writes it)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Transactions"
    sheet.append(COLUMNS)
    for i in range(rows):
        created = datetime(2025, 3, 1, 12, 0, i)
        sheet.append([f"order-{i}", "Payment", [2, -1, 1][i % 3], Decimal(1000 + i).scaleb(-2), "EUR", created,
                      created, "401200******3010", "DE", "Ada Lovelace", None, "EUR-sandbox"])  # fmt: skip
    for row in extra or []:
        sheet.append(row)
    book.save(path)
    return path


def rewrite(src: Path, dest: Path, member: str, change: object) -> Path:
    """Copy an xlsx, passing one member's bytes through `change`."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == member:
                data = change(data)  # type: ignore[operator]
            zout.writestr(info.filename, data)
    return dest


SHEET = "xl/worksheets/sheet1.xml"


def test_gateway_export_gets_typed_columns(tmp_path: Path) -> None:
    table = read_table(gateway_file(tmp_path / "r.xlsx", extra=[
        ["odd", "Refund", 0, "abc", "EUR", "2025-03-02T10:00:00Z", None, None, None, None, "=cmd", "x"],
    ]))  # fmt: skip
    assert table.gateway and table.headers == COLUMNS
    assert table.kinds[:7] == [TEXT, TEXT, STATUS, MONEY, TEXT, DATETIME, DATETIME]
    assert table.rows == 6
    cols = dict(zip(table.headers, table.columns, strict=True))
    assert cols["Amount"][:3] == [1000, 1001, 1002]  # minor units
    assert cols["Status"][:3] == ["success", "fail", "processing"]
    assert cols["Status"][5] == "unknown (0)"
    assert cols["Created"][0] == int(datetime(2025, 3, 1, 12, 0, 0, tzinfo=UTC).timestamp() * 1000)
    assert cols["Created"][5] == int(datetime(2025, 3, 2, 10, tzinfo=UTC).timestamp() * 1000)
    assert cols["Amount"][5] is None
    assert cols["Error"][5] is None  # a formula is never evaluated: only a value cached in the file would show
    assert any("1 amounts could not be read" in n for n in table.notes)


def test_plain_tables_keep_their_values(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Name", None, "When"])
    book.active.append(["a", 1.0, date(2025, 1, 2)])
    book.active.append(["b", 2.5, datetime(2025, 1, 2, 3, 4, 5)])
    book.create_sheet("Second").append(["x"])
    book.save(tmp_path / "p.xlsx")
    table = read_table(tmp_path / "p.xlsx")
    assert not table.gateway
    assert table.headers == ["Name", "B", "When"] and table.kinds == [AUTO] * 3
    assert table.columns == [["a", "b"], [1, 2.5], ["2025-01-02", "2025-01-02 03:04:05"]]
    assert any("2 worksheets" in n for n in table.notes) and table.sheets == ["Sheet", "Second"]


def test_a_first_row_of_numbers_is_data(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append([1, 2])
    book.active.append([3, 4])
    book.save(tmp_path / "n.xlsx")
    table = read_table(tmp_path / "n.xlsx")
    assert table.headers == ["A", "B"] and table.columns == [[1, 3], [2, 4]]


def test_rows_come_in_batches_the_first_one_small(tmp_path: Path) -> None:
    events = list(read_events(gateway_file(tmp_path / "b.xlsx", rows=10), first_batch=2, batch_rows=3))
    assert [e["t"] for e in events][:1] == ["meta"]
    sizes = [len(e["cols"][0]) for e in events if e["t"] == "rows"]
    assert sizes[0] <= 2 and sum(sizes) == 10 and max(sizes) <= 3
    assert events[-1] == {"t": "end", "rows": 10}


def test_openpyxl_engine_reads_the_same(tmp_path: Path) -> None:
    path = gateway_file(tmp_path / "e.xlsx")
    fast, slow = read_table(path), read_table(path, engine="openpyxl")
    assert fast.columns == slow.columns


# ---------------------------------------------------------------- hostile files


def zip_bomb(tmp_path: Path) -> Path:
    """A valid-looking xlsx whose sheet unpacks 20 MiB of spaces from about 20 KB."""
    src = gateway_file(tmp_path / "src.xlsx", rows=1)
    return rewrite(src, tmp_path / "bomb.xlsx", SHEET, lambda data: data + b" " * (20 * 1024 * 1024))


def test_zip_bomb_is_refused_before_parsing(tmp_path: Path) -> None:
    bomb = zip_bomb(tmp_path)
    assert bomb.stat().st_size < 100_000
    with pytest.raises(ReportFileError, match="zip bomb"):
        check_file(bomb)


def test_too_much_to_unpack_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_checks, "MAX_UNCOMPRESSED", 1000)
    with pytest.raises(ReportFileError, match="unpacks to"):
        check_file(gateway_file(tmp_path / "big.xlsx"))


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        (b"", "is empty"),
        (b"Order ID,Amount\n1,2\n", "not an Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old-style .xls"),
    ],
)
def test_files_that_are_not_xlsx(tmp_path: Path, content: bytes, sentence: str) -> None:
    path = tmp_path / "renamed.xlsx"
    path.write_bytes(content)
    with pytest.raises(ReportFileError, match=sentence):
        read_table(path)


def test_truncated_download(tmp_path: Path) -> None:
    whole = gateway_file(tmp_path / "whole.xlsx", rows=50).read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(ReportFileError, match="damaged or incomplete"):
        read_table(cut)


def test_a_zip_that_is_no_workbook(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "z.xlsx", "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(ReportFileError, match="not an Excel workbook"):
        read_table(tmp_path / "z.xlsx")
    with pytest.raises(ReportFileError, match="does not exist"):
        read_table(tmp_path / "missing.xlsx")


@pytest.mark.parametrize("engine", ["auto", "openpyxl"])
def test_xml_entity_expansion_is_refused(tmp_path: Path, engine: str) -> None:
    src = gateway_file(tmp_path / "src.xlsx", rows=1)
    entities = "".join(f'<!ENTITY e{i} "{"&e" + str(i - 1) + ";" * 10 if i else "lol"}">' for i in range(6))

    def bomb(data: bytes) -> bytes:
        body = data.decode()
        body = body[body.index("<worksheet") :].replace("<v>order-0</v>", "<v>&e5;</v>")
        body = body.replace("<t>order-0</t>", "<t>&e5;</t>")
        return f'<?xml version="1.0"?><!DOCTYPE worksheet [{entities}]>{body}'.encode()

    path = rewrite(src, tmp_path / "laughs.xlsx", SHEET, bomb)
    with pytest.raises(ReportFileError, match="XML constructs"):
        read_table(path, engine=engine)


def test_far_away_cell_is_read_the_streaming_way_and_cut(tmp_path: Path) -> None:
    src = gateway_file(tmp_path / "src.xlsx", rows=3)
    far = b'<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row></sheetData>'
    path = rewrite(src, tmp_path / "sparse.xlsx", SHEET, lambda data: data.replace(b"</sheetData>", far))
    assert check_file(path)
    table = read_table(path)
    assert table.rows == 3 and table.columns[0] == ["order-0", "order-1", "order-2"]
    assert any("at most 256 columns" in n for n in table.notes)


def test_absurdly_wide_sheet_is_cut(tmp_path: Path) -> None:
    src = gateway_file(tmp_path / "src.xlsx", rows=2)
    wide = b'<c r="IW2" t="inlineStr"><is><t>beyond</t></is></c></row>'
    path = rewrite(src, tmp_path / "wide.xlsx", SHEET, lambda data: data.replace(b"</row>", wide, 2))
    table = read_table(path)
    assert len(table.headers) <= xlsx_reader.MAX_COLUMNS
    assert all("beyond" not in col for col in table.columns)
    assert any("at most 256 columns" in n for n in table.notes)


def test_the_child_process_speaks_json_lines(tmp_path: Path) -> None:
    path = gateway_file(tmp_path / "c.xlsx", rows=4)
    done = subprocess.run(child_command(path), capture_output=True, timeout=60, check=True)
    events = [json.loads(line) for line in done.stdout.splitlines()]
    assert events[0]["t"] == "meta" and events[0]["engine"] == "calamine"
    assert events[-1] == {"t": "end", "rows": 4}
    assert done.stdout.isascii()
    refused = subprocess.run(child_command(tmp_path / "nope.xlsx"), capture_output=True, timeout=60, check=True)
    assert json.loads(refused.stdout)["t"] == "error"


# ---------------------------------------------------------------- the first rows early (xlsx_preview)


def _sheet_with(tmp_path: Path, rows_xml: str, *, strings: list[str] | None = None, styles: str | None = None) -> Path:
    """A workbook whose sheet data, shared strings and styles are exactly these (openpyxl's other parts)."""
    src = gateway_file(tmp_path / "base.xlsx", rows=1)
    out = tmp_path / "crafted.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == SHEET:
                text = data.decode()
                data = (text[: text.index("<sheetData>")] + f"<sheetData>{rows_xml}</sheetData>"
                        + text[text.index("</sheetData>") + len("</sheetData>") :]).encode()  # fmt: skip
            elif info.filename == "xl/styles.xml" and styles is not None:
                data = styles.encode()
            elif info.filename == "xl/_rels/workbook.xml.rels" and strings is not None:
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
                )
            zout.writestr(info, data)
        if strings is not None:
            items = "".join(
                s if s.startswith("<si>") else f'<si><t xml:space="preserve">{xml_escape(s)}</t></si>' for s in strings
            )
            zout.writestr("xl/sharedStrings.xml", f'<sst xmlns="{MAIN_NS}">{items}</sst>')
    return out


MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
DATE_STYLES = (
    f'<styleSheet xmlns="{MAIN_NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss.000"/>'
    '</numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="21"/></cellXfs></styleSheet>'
)


def calamine_rows(path: Path) -> list[list[object]]:
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    return [r for r in rows if any(v != "" for v in r)]


def test_preview_gives_what_calamine_gives(tmp_path: Path) -> None:
    rng = random.Random(7)
    strings = ["plain", "<si><r><t>ri</t></r><r><t>ch</t></r><rPh><t>x</t></rPh></si>", "a_x000D_b", " sp ", "<&>"]
    cells = [
        lambda ref: f'<c r="{ref}" s="1"><v>{rng.uniform(61, 80000)!r}</v></c>',  # a date-time
        lambda ref: f'<c r="{ref}" s="1"><v>{rng.randrange(61, 80000)}</v></c>',  # a date
        lambda ref: f'<c r="{ref}" s="2"><v>{rng.random()!r}</v></c>',  # a time of day
        lambda ref: f'<c r="{ref}" t="s"><v>{rng.randrange(len(strings))}</v></c>',
        lambda ref: f'<c r="{ref}"><v>{rng.uniform(-1e6, 1e6)!r}</v></c>',
        lambda ref: f'<c r="{ref}" t="b"><v>{rng.randrange(2)}</v></c>',
        lambda ref: f'<c r="{ref}" t="str"><v>formula text</v></c>',
        lambda ref: f'<c r="{ref}" t="e"><v>#N/A</v></c>',
        lambda ref: f'<c r="{ref}" t="inlineStr"><is><t>inline</t></is></c>',
        lambda ref: "",
    ]
    rows = "".join(
        f'<row r="{r}">' + "".join(rng.choice(cells)(f"{col}{r}") for col in "BCDEFG") + "</row>" for r in range(1, 301)
    )
    path = _sheet_with(tmp_path, rows, strings=strings, styles=DATE_STYLES)
    name, early = first_rows(str(path), 400, 256)
    assert name == "Transactions" and len(early) >= 290
    assert CellError("#N/A") in [v for row in early for v in row]  # calamine gives errors as ""
    assert [["" if isinstance(v, CellError) else v for v in row] for row in early] == calamine_rows(path)


def test_preview_stays_quiet_when_unsure(tmp_path: Path) -> None:
    durations = DATE_STYLES.replace("yyyy-mm-dd hh:mm:ss.000", "[h]:mm")
    path = _sheet_with(tmp_path, '<row r="1"><c r="A1" s="1"><v>1.5</v></c></row>', styles=durations)
    assert first_rows(str(path), 10, 256)[1] == []
    assert read_table(path).texts() == [["36:00"]] and read_table(path).columns == [[1.5]]  # a duration, in days


def test_first_rows_come_early_then_the_rest_once(tmp_path: Path) -> None:
    path = gateway_file(tmp_path / "g.xlsx", rows=40)
    events = list(read_events(path, first_batch=6, batch_rows=7))
    kinds = [e["t"] for e in events]
    assert kinds[:2] == ["meta", "rows"] and kinds.count("meta") == 1
    assert len(events[1]["cols"][0]) == 5  # the preview: 6 rows, the first one the headers
    assert sum(len(e["cols"][0]) for e in events if e["t"] == "rows") == 40
    assert {"t": "total", "rows": 41} in events
    assert read_table(path).columns == read_table(path, engine="openpyxl").columns


def test_a_preview_that_turns_out_wrong_is_replaced(tmp_path: Path) -> None:
    # the first rows start in column B; a later row has a value in column A, so calamine's columns differ
    rows = "".join(f'<row r="{r}"><c r="B{r}"><v>{r}</v></c><c r="C{r}"><v>{r * 10}</v></c></row>' for r in range(1, 9))
    rows += '<row r="9"><c r="A9" t="inlineStr"><is><t>left</t></is></c></row>'
    path = _sheet_with(tmp_path, rows)
    events = list(read_events(path, first_batch=3, batch_rows=3))
    assert [e["t"] for e in events].count("meta") == 2  # the second one replaces the preview's rows
    table = read_table(path)
    assert table.headers == ["A", "B", "C"] and table.rows == 9
    assert table.columns[0][-1] == "left" and table.columns[1][:2] == [1, 2]


# ---------------------------------------------------------------- absurd sheets


def test_rows_beyond_the_limit_are_cut_with_a_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_reader, "MAX_ROWS", 7)
    table = read_table(gateway_file(tmp_path / "long.xlsx", rows=30))
    assert table.rows == 7 and len(table.columns[0]) == 7
    assert any("Only the first 7 rows are shown" in n for n in table.notes)
    monkeypatch.setattr(xlsx_reader, "MAX_CELLS", 12 * 4)  # 12 columns: 4 rows
    assert read_table(gateway_file(tmp_path / "wide.xlsx", rows=30)).rows == 4


def test_a_row_of_16384_cells_is_cut_to_256_columns_in_seconds(tmp_path: Path) -> None:
    cells = "".join(f'<c r="{column_letters(i)}2"><v>{i}</v></c>' for i in range(16_384))
    path = _sheet_with(
        tmp_path, f'<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row><row r="2">{cells}</row>'
    )
    assert check_file(path)  # beyond column IV: calamine must not read it
    started = time.perf_counter()
    table = read_table(path)
    assert time.perf_counter() - started < 10
    assert len(table.headers) == xlsx_reader.MAX_COLUMNS and table.columns[255] == [255]
    assert any("at most 256 columns" in n for n in table.notes)


def test_the_child_hands_an_oversized_sheet_over_to_the_slow_way(tmp_path: Path) -> None:
    src = gateway_file(tmp_path / "src.xlsx", rows=3)
    far = b'<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row></sheetData>'
    path = rewrite(src, tmp_path / "sparse.xlsx", SHEET, lambda data: data.replace(b"</sheetData>", far))
    done = subprocess.run(child_command(path), capture_output=True, timeout=60, check=False)
    events = [json.loads(line) for line in done.stdout.splitlines()]
    assert (events and events[-1] == {"t": "retry", "engine": "openpyxl"}) or done.returncode != 0  # or the cap hit
    assert "end" not in [e["t"] for e in events]
    slow = subprocess.run(child_command(path, engine="openpyxl"), capture_output=True, timeout=60, check=True)
    assert json.loads(slow.stdout.splitlines()[-1]) == {"t": "end", "rows": 3}


# ---------------------------------------------------------------- amounts: the fast path is exact


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.integers(-(10**12), 10**12).map(lambda n: n / 100),
        st.floats(allow_nan=True, allow_infinity=True),
        st.decimals(places=3, min_value=-(10**6), max_value=10**6, allow_nan=False).map(float),
    ),
    st.sampled_from(["EUR", "JPY", "BHD", "XXX?"]),
)
def test_fast_amounts_agree_with_decimal_arithmetic(value: float, currency: str) -> None:
    layout = Layout(["Amount", "Currency"], [MONEY, TEXT], True, True)
    (amounts, _) = Converter(layout).columns([[value, currency]])
    assert amounts == [_minor(value, _exponent(currency))]


@pytest.mark.skipif(not hasattr(os, "SCHED_BATCH"), reason="SCHED_BATCH is Linux's")
def test_the_child_yields_the_cpu_to_the_desk() -> None:
    seen: dict[str, int] = {}

    def in_a_thread_of_its_own() -> None:  # Linux applies both to the calling thread only
        seen["wanted"] = min(19, os.getpriority(os.PRIO_PROCESS, 0) + xlsx_child.CHILD_NICENESS)
        xlsx_child.yield_cpu()
        seen["nice"] = os.getpriority(os.PRIO_PROCESS, 0)
        seen["policy"] = os.sched_getscheduler(0)

    thread = threading.Thread(target=in_a_thread_of_its_own)
    thread.start()
    thread.join()
    assert seen["nice"] == seen["wanted"] and seen["policy"] == os.SCHED_BATCH
