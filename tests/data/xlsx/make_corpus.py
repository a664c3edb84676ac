"""Make the xlsx test corpus beside this file (see README.md): openpyxl workbooks, some reworked at the XML level
into the shapes other writers produce. Run it again to remake every file:

    .venv/bin/python tests/data/xlsx/make_corpus.py
"""

from __future__ import annotations

import sys
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import openpyxl
from openpyxl.chart import BarChart, Reference

HERE = Path(__file__).resolve().parent
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET1 = "xl/worksheets/sheet1.xml"


def rework(src: Path, dest: Path, change: Callable[[str, bytes], list[tuple[str, bytes]] | bytes | None]) -> Path:
    """Copy a zip member by member through `change(name, data)`: new bytes, a list of (name, bytes), or None."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            out = change(info.filename, zin.read(info.filename))
            for name, data in out if isinstance(out, list) else [] if out is None else [(info.filename, out)]:
                zout.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    src.unlink()
    return dest


def saved(book: openpyxl.Workbook, name: str) -> Path:
    path = HERE / name
    book.save(path)
    return path


def errors() -> None:
    """Error cells as Excel writes them: formulas whose cached value is an error (t="e")."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Checks"
    sheet.append(["Account", "Ratio", "Lookup", "Amount"])
    for i in range(1, 5):
        sheet.append([f"ACC-{i}", i / 4, f"k{i}", 100 * i])
    tmp = saved(book, "errors.tmp.xlsx")
    cells = {"B3": ("A1/0", "#DIV/0!"), "C2": ('VLOOKUP("k",X:Y,2,0)', "#N/A"), "C4": ("NOSUCH()", "#NAME?"),
             "D5": ("A1+1", "#VALUE!")}  # fmt: skip

    def change(name: str, data: bytes) -> bytes:
        if name != SHEET1:
            return data
        text = data.decode()
        for ref, (formula, value) in cells.items():
            start = text.index(f'<c r="{ref}"')
            end = text.index("</c>", start) + 4
            text = text[:start] + f'<c r="{ref}" t="e"><f>{formula}</f><v>{value}</v></c>' + text[end:]
        return text.encode()

    rework(tmp, HERE / "errors.xlsx", change)


def errors_only() -> None:
    """A sheet whose only cells are errors: the reader once said "The sheet is empty"."""
    book = openpyxl.Workbook()
    for value in ("#DIV/0!", "#NAME?", "#N/A", "#REF!"):
        book.active.append([value, value])
        for cell in book.active[book.active.max_row]:
            cell.data_type = "e"
    saved(book, "errors-only.xlsx")


def chart_first() -> None:
    """A chart sheet before the data: Excel opens on the chart; the viewer shows the worksheet."""
    book = openpyxl.Workbook()
    data = book.active
    data.title = "Data"
    data.append(["Month", "Sales"])
    for month, sales in (("Jan", 120), ("Feb", 95), ("Mar", 143)):
        data.append([month, sales])
    chart = BarChart()
    chart.add_data(Reference(data, min_col=2, min_row=1, max_row=4), titles_from_data=True)
    book.create_chartsheet("Chart", 0).add_chart(chart)
    saved(book, "chart-first.xlsx")


def hidden_first() -> None:
    """A hidden and a very hidden sheet before the visible one (Excel shows neither)."""
    book = openpyxl.Workbook()
    book.active.title = "Lookup"
    book.active.append(["internal", "do not show"])
    book.active.sheet_state = "hidden"
    secret = book.create_sheet("Rates")
    secret.append(["rate", 0.19])
    secret.sheet_state = "veryHidden"
    shown = book.create_sheet("Suppliers")
    shown.append(["Supplier", "Country", "Terms"])
    shown.append(["Acme GmbH", "DE", "30 days"])
    shown.append(["Blue Ltd", "GB", "14 days"])
    tmp = saved(book, "hidden-first.tmp.xlsx")

    def change(name: str, data: bytes) -> bytes:  # saved on the first tab, since hidden (a macro did it)
        return data.replace(b'activeTab="2"', b'activeTab="0"') if name == "xl/workbook.xml" else data

    rework(tmp, HERE / "hidden-first.xlsx", change)


def active_tab() -> None:
    """Three visible sheets; the workbook was saved on the third (activeTab="2")."""
    book = openpyxl.Workbook()
    for i, name in enumerate(("2023", "2024", "2025")):
        sheet = book.active if i == 0 else book.create_sheet(name)
        sheet.title = name
        sheet.append(["Quarter", "Revenue"])
        sheet.append(["Q1", 1000 * (i + 1)])
    tmp = saved(book, "active-tab.tmp.xlsx")

    def change(name: str, data: bytes) -> bytes:
        return data.replace(b'activeTab="0"', b'activeTab="2"') if name == "xl/workbook.xml" else data

    rework(tmp, HERE / "active-tab.xlsx", change)


def title_above_header() -> None:
    """A title, a company name and a blank row above the real header."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Deaths"
    sheet["A1"] = "Deaths in 2016"
    sheet["A2"] = "ACME Statistics Ltd"
    sheet.append([])
    sheet.append(["Name", "Born", "Died", "Age"])
    for name, born, died in (("A. Person", 1930, 2016), ("B. Person", 1947, 2016), ("C. Person", 1921, 2016)):
        sheet.append([name, born, died, died - born])
    saved(book, "title-above-header.xlsx")


def formats() -> None:
    """Number formats a clerk sees every day; the raw value stays the number."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Formats"
    sheet.append(["Item", "Price", "Discount", "Units", "Invoiced", "Time spent", "Balance", "Share"])
    rows = [
        ("Desk", 100, 0.2, 1234567, date(2020, 1, 2), 1.5, -1234.5, 12345.678),
        ("Chair", 49.99, 0.125, 12, date(2024, 2, 29), 0.25, 250, 0.000123),
    ]
    codes = ['"$"#,##0.00', "0%", "#,##0", "dd/mm/yyyy", "[hh]:mm:ss", "#,##0.00_);[Red](#,##0.00)", "0.00E+00"]
    for row in rows:
        sheet.append(list(row))
        for cell, code in zip(sheet[sheet.max_row][1:], codes, strict=True):
            cell.number_format = code
    saved(book, "formats.xlsx")


def root_workbook() -> None:
    """Every part at the package's root, and cells without references: as a real export writes them."""
    rows = [
        ["Bookings for 01/30/17"],
        ["Booking", "Date", "Bail"],
        ["4894831", 42765, 100000],
        ["4894832", 42765, 20000],
    ]
    cells = []
    for row in rows:
        items = "".join(
            f'<c t="inlineStr"><is><t>{v}</t></is></c>'
            if isinstance(v, str)
            else f'<c s="{int(i == 1)}"><v>{v}</v></c>'
            for i, v in enumerate(row)
        )  # the date (column B) in style 1, mm/dd/yy
        cells.append(f"<row>{items}</row>")
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
        'PartName="/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
        'main+xml"/><Override PartName="/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
        'styles+xml"/></Types>',
        "_rels/.rels": f'<Relationships xmlns="{PKG_NS}"><Relationship Id="rId1" Type="{REL_NS}/officeDocument" '
        'Target="workbook.xml"/></Relationships>',
        "_rels/workbook.xml.rels": f'<Relationships xmlns="{PKG_NS}"><Relationship Id="rId1" Type="{REL_NS}/worksheet" '
        f'Target="sheet1.xml"/><Relationship Id="rId2" Type="{REL_NS}/styles" Target="styles.xml"/></Relationships>',
        "workbook.xml": f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheets><sheet name="Sheet1" sheetId="1" '
        'r:id="rId1"/></sheets></workbook>',
        "styles.xml": f'<styleSheet xmlns="{MAIN_NS}"><numFmts count="1"><numFmt numFmtId="164" '
        'formatCode="mm\\/dd\\/yy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>'
        "</styleSheet>",
        "sheet1.xml": f'<worksheet xmlns="{MAIN_NS}"><sheetData>{"".join(cells)}</sheetData></worksheet>',
    }
    with zipfile.ZipFile(HERE / "root-workbook.xlsx", "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            zf.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), text, zipfile.ZIP_DEFLATED)


def simple(name: str) -> Path:
    book = openpyxl.Workbook()
    book.active.title = "Payees"
    book.active.append(["Payee", "IBAN", "Amount"])
    book.active.append(["Acme GmbH", "DE89370400440532013000", 1250.5])
    book.active.append(["Blue Ltd", "GB29NWBK60161331926819", 99])
    return saved(book, name)


def utf16() -> None:
    """Every XML part in UTF-16 (allowed by XML; python-calamine cannot read it, openpyxl can)."""

    def change(name: str, data: bytes) -> bytes:
        if not name.endswith((".xml", ".rels")) or name.startswith("docProps/"):
            return data
        text = data.decode("utf-8")
        if text.startswith("<?xml"):
            text = text[text.index("?>") + 2 :]
        return ('<?xml version="1.0" encoding="UTF-16"?>' + text).encode("utf-16")

    rework(simple("utf16.tmp.xlsx"), HERE / "utf16.xlsx", change)


def empty_rid() -> None:
    """A sheet entry whose relationship id is empty (python-calamine fails on it; openpyxl drops the entry)."""

    def change(name: str, data: bytes) -> bytes:
        if name == "xl/workbook.xml":
            return data.replace(b"</sheets>", b'<sheet name="Ghost" sheetId="9" r:id="" /></sheets>')
        return data

    rework(simple("empty-rid.tmp.xlsx"), HERE / "empty-rid.xlsx", change)


def huge_dimension() -> None:
    """11 × 2 cells of data in a sheet that declares A1:XFD1048576 and has formatted empty cells out there."""
    book = openpyxl.Workbook()
    book.active.append(["Code", "Name"])
    for i in range(1, 11):
        book.active.append([f"C{i:02d}", f"Cost centre {i}"])
    tmp = saved(book, "huge-dimension.tmp.xlsx")

    def change(name: str, data: bytes) -> bytes:
        if name != SHEET1:
            return data
        data = data.replace(b'<dimension ref="A1:B11"', b'<dimension ref="A1:XFD1048576"')
        far = (
            b'<row r="12"><c r="XFD12" s="0"/></row>'
            b'<row r="1048576"><c r="A1048576" s="0"/><c r="XFD1048576" s="0"/></row>'
        )
        return data.replace(b"</sheetData>", far + b"</sheetData>")

    rework(tmp, HERE / "huge-dimension.xlsx", change)


def unreadable() -> None:
    """A zip with a workbook whose sheet XML is cut off mid-element: neither reader can read it."""

    def change(name: str, data: bytes) -> bytes:
        return data[: data.index(b"<sheetData>") + 40] if name == SHEET1 else data

    rework(simple("unreadable.tmp.xlsx"), HERE / "unreadable.xlsx", change)


def gateway_export() -> None:
    """A short gateway export (the sandbox's shape): typed columns, unaffected by formats."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Transactions"
    sheet.append(["Order ID", "Type", "Status", "Amount", "Currency", "Created"])
    for i, (status, amount) in enumerate(((2, 12.5), (-1, 100), (1, 0.99))):
        sheet.append([f"order-{i}", "Payment", status, amount, "EUR", datetime(2025, 3, 1, 12, 0, i)])
        sheet.cell(sheet.max_row, 4).number_format = "0.00"
        sheet.cell(sheet.max_row, 6).number_format = "yyyy-mm-dd hh:mm:ss"
    saved(book, "gateway-export.xlsx")


MAKERS = (errors, errors_only, chart_first, hidden_first, active_tab, title_above_header, formats, root_workbook,
          utf16, empty_rid, huge_dimension, unreadable, gateway_export)  # fmt: skip


def main() -> int:
    for make in MAKERS:
        make()
    print(f"{len(MAKERS)} files in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
