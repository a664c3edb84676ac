"""Hostile spreadsheets opened in the viewer: how long until it has shown what it will show (or refused the
file with a sentence), and the peak memory of the desk and of the reader processes.

    python benchmarks/bench_hostile.py make KIND FILE     write one: million-rows, wide-row, zip-bomb, entity-bomb
    python benchmarks/bench_hostile.py open KIND FILE     open it in the viewer (offscreen), print one JSON line

Each file is opened in a process of its own, so the peak memory of its reader processes is its own.
"""

from __future__ import annotations

import sys
import time
import zipfile
from pathlib import Path

import probe  # noqa: F401 - sets QT_QPA_PLATFORM before Qt loads
from probe import ChildPeak, emit, peak_rss_mb, wait_until

from smartpay_desk.services.reports.xlsx.layout import column_letters

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
PARTS = {
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
    '+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
    'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'spreadsheetml.worksheet+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": f'<?xml version="1.0"?><workbook {NS} xmlns:r="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
    'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
}
SHEET = "xl/worksheets/sheet1.xml"


def _workbook(path: Path, sheet_parts: object) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in PARTS.items():
            zf.writestr(name, text)
        with zf.open(SHEET, "w", force_zip64=True) as out:
            for part in sheet_parts:  # type: ignore[attr-defined]
                out.write(part.encode())
    return path


def million_rows(path: Path) -> Path:
    """1,000,000 rows of an order id, an amount and a status (numbers and inline text)."""

    def parts() -> object:
        yield f"<worksheet {NS}><sheetData>"
        yield '<row r="1"><c r="A1" t="inlineStr"><is><t>Order</t></is></c><c r="B1" t="inlineStr"><is><t>Amount</t>'
        yield '</is></c><c r="C1" t="inlineStr"><is><t>Note</t></is></c></row>'
        chunk = []
        for n in range(2, 1_000_002):
            chunk.append(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c><c r="B{n}"><v>{n % 9973}.5</v></c>'
                         f'<c r="C{n}" t="inlineStr"><is><t>row {n % 97}</t></is></c></row>')  # fmt: skip
            if len(chunk) == 10_000:
                yield "".join(chunk)
                chunk = []
        yield "".join(chunk) + "</sheetData></worksheet>"

    return _workbook(path, parts())


def wide_row(path: Path) -> Path:
    """A header row, then one row of 16,384 cells (A … XFD), then a few ordinary rows."""

    def parts() -> object:
        yield f'<worksheet {NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>'
        yield '<row r="2">' + "".join(f'<c r="{column_letters(i)}2"><v>{i}</v></c>' for i in range(16_384)) + "</row>"
        yield "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(3, 20))
        yield "</sheetData></worksheet>"

    return _workbook(path, parts())


def zip_bomb(path: Path) -> Path:
    """A well-formed workbook whose sheet unpacks to 1 GiB of blanks from about 1 MB."""

    def parts() -> object:
        yield f"<worksheet {NS}><sheetData>"
        blank = " " * (1024 * 1024)
        for _ in range(1024):
            yield blank
        yield "</sheetData></worksheet>"

    return _workbook(path, parts())


def entity_bomb(path: Path) -> Path:
    """ "Billion laughs": ten levels of entities, each ten of the one before, in the sheet's DTD."""
    entities = '<!ENTITY e0 "lol">' + "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 10))

    def parts() -> object:
        yield f'<?xml version="1.0"?><!DOCTYPE worksheet [{entities}]><worksheet {NS}><sheetData>'
        yield '<row r="1"><c r="A1" t="inlineStr"><is><t>&e9;</t></is></c></row></sheetData></worksheet>'

    return _workbook(path, parts())


MAKERS = {"million-rows": million_rows, "wide-row": wide_row, "zip-bomb": zip_bomb, "entity-bomb": entity_bomb}


def open_in_viewer(kind: str, path: Path) -> None:
    from bench_report import make_viewer

    viewer = make_viewer()
    child = ChildPeak(viewer.reader)
    outcome: dict[str, object] = {}
    viewer.loaded.connect(lambda rows: outcome.setdefault("rows", rows))
    viewer.failed.connect(lambda sentence: outcome.setdefault("refused", sentence))
    started = time.perf_counter()
    viewer.open(path)
    wait_until(lambda: bool(outcome) and not viewer.reader.is_running(), timeout_s=120)
    elapsed = time.perf_counter() - started
    said = outcome.get("refused") or " ".join(viewer.notes)
    emit(f"hostile_{kind.replace('-', '_')}_s", elapsed, "s", shown_rows=viewer.model.table.row_count,
         shown_columns=len(viewer.model.table.headers), said=said, desk_peak_mb=peak_rss_mb(),
         reader_peak_mb=child.peak, file_mb=path.stat().st_size / 1e6)  # fmt: skip


def main(argv: list[str]) -> int:
    action, kind, file = argv
    if action == "make":
        MAKERS[kind](Path(file))
    else:
        open_in_viewer(kind, Path(file))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
