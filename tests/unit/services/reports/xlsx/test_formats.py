"""numfmt (Excel number formats), header (the header row), marks (error cells and formats from the XML)."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, time, timedelta

import pytest

from smartpay_desk.services.reports.xlsx.book import Book
from smartpay_desk.services.reports.xlsx.header import find_header, plan
from smartpay_desk.services.reports.xlsx.marks import CellError, sheet_marks
from smartpay_desk.services.reports.xlsx.numfmt import BUILTIN, is_duration, render, to_serial


@pytest.mark.parametrize(
    ("code", "value", "shown"),
    [
        ('"$"#,##0.00', 100, "$100.00"),
        ('"$"#,##0.00', -1234.567, "-$1,234.57"),
        ("0%", 0.2, "20%"),
        ("0.00%", 0.12345, "12.35%"),
        ("0.0%", -0.1234, "-12.3%"),
        ("#,##0", 1234567.8, "1,234,568"),
        ("0.00", 2.675, "2.68"),  # half away from zero on the decimal Excel sees
        ("0.00", -0.001, "0.00"),  # no minus before nothing but zeros
        ("#.00", 0.5, ".50"),
        ('0.0,,"M"', 12345678, "12.3M"),
        ("000-00-0000", 123456789, "123-45-6789"),
        ("#,##0.00_);(#,##0.00)", -1234.5, "(1,234.50)"),
        ("0.00;[Red](0.00)", -5.5, "(5.50)"),
        (BUILTIN[44], 1234.5, "$1,234.50"),
        (BUILTIN[44], 0, "$-"),
        ("[$€-407] #,##0.00", 12.5, "€ 12.50"),
        ("#,##0.00 [$EUR]", 12.5, "12.50 EUR"),
        ("0.00E+00", 12345.678, "1.23E+04"),
        ("##0.0E+0", 12345.678, "12.3E+3"),
        ("# ?/?", 1.25, "1 1/4"),
        ("# ?/8", 0.5, "4/8"),
        ('[>=100]"big";"small"', 150, "big"),
        ('"x"General', 1234.5, "x1234.5"),
        ("[hh]:mm:ss", 1.5, "36:00:00"),
        ("[h]:mm", 0.75, "18:00"),
        ("[mm]:ss", 0.01, "14:24"),
        ("[h]:mm:ss", timedelta(hours=30, minutes=5), "30:05:00"),
        ("dd/mm/yyyy", datetime(2020, 1, 2), "02/01/2020"),
        ("dd/mm/yyyy", 43832, "02/01/2020"),
        (BUILTIN[14], 43832, "1/2/2020"),
        (BUILTIN[22], 43832.5, "1/2/2020 12:00"),
        ("yyyy-mm-dd hh:mm:ss", datetime(2021, 3, 4, 5, 6, 7), "2021-03-04 05:06:07"),
        ("h:mm AM/PM", 0.75, "6:00 PM"),
        ("hh:mm", time(13, 45), "13:45"),
        ("mmm d, yyyy", date(2016, 2, 29), "Feb 29, 2016"),
        ("dddd, mmmm d", 42000, "Saturday, December 27"),
        ("mm:ss.0", 0.00001, "00:00.9"),
        ("d-mmm-yy", datetime(2019, 12, 31, 23, 59, 59, 999000), "31-Dec-19"),  # a date is not rounded up
    ],
)
def test_a_number_shows_as_excel_shows_it(code: str, value: object, shown: str) -> None:
    assert render(code, value) == shown


def test_what_a_format_does_not_change() -> None:
    assert render("General", 0.1) is None and render("@", 5) is None and render("0.00", "text") is None
    assert render("0", True) is None and render("0.00", float("nan")) is None
    assert render("dd/mm/yyyy", -1) is None  # no date before the epoch: the plain value is shown


def test_serials_and_the_1904_system() -> None:
    assert to_serial(date(2020, 1, 2)) == 43832 and to_serial(datetime(1900, 1, 1)) == 1
    assert to_serial(date(2020, 1, 2), date1904=True) == 43832 - 1462
    assert render("dd/mm/yyyy", 43832 - 1462, date1904=True) == "02/01/2020"
    assert is_duration("[h]:mm") and not is_duration("h:mm")


# ---------------------------------------------------------------- the header row


def test_the_header_is_the_first_wide_row_of_text_above_data() -> None:
    rows = [["Deaths in 2016"], ["Name", "Born", "Age"], ["a", 1930, 86], ["b", 1947, 69]]
    assert find_header(rows) == 1
    assert find_header([["Name", "Age"], ["a", 86]]) == 0  # a plain header
    assert find_header([[1, 2], [3, 4]]) is None  # numbers only: no header
    assert find_header([[date(2021, 1, 1)], [date(2021, 1, 2)], ["note below the data"], ["another"]]) is None
    assert find_header([["key", "value"], ["Account", "Name", "IBAN", "Amount"], ["x", "y", "z", 1]]) == 1


def test_a_plan_names_the_title_rows_and_the_choices() -> None:
    rows = [["Report"], ["Name", "Amount"], ["a", 1]]
    layout, start, note = plan(rows, [0, 2, 3], 2, 0, None)
    assert (layout.headers, layout.header_number, layout.title, layout.title_rows) == (
        ["Name", "Amount"], 3, [["Report"]], [1])  # fmt: skip
    assert start == 2 and note is None and layout.choices == [(1, ["Report"]), (3, ["Name", "Amount"]), (4, ["a", "1"])]
    numbers_as_header, _, _ = plan(rows, [0, 2, 3], 2, 0, 4)
    assert numbers_as_header.headers == ["a", "1"] and numbers_as_header.header_row


# ---------------------------------------------------------------- marks from the sheet's XML


def _book(sheet_xml: str, styles: str) -> zipfile.ZipFile:
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as zf:
        zf.writestr("xl/workbook.xml", f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
                    '<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')  # fmt: skip
        zf.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" '
                    f'Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" '
                    f'Type="{rel}/styles" Target="styles.xml"/></Relationships>')  # fmt: skip
        zf.writestr("xl/styles.xml", f'<styleSheet xmlns="{main}">{styles}</styleSheet>')
        zf.writestr(
            "xl/worksheets/sheet1.xml", f'<worksheet xmlns="{main}"><sheetData>{sheet_xml}</sheetData></worksheet>'
        )
    return zipfile.ZipFile(data)


FORMATS = '<numFmts><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>'
STYLES = FORMATS + '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>'


def test_marks_find_errors_and_formats_with_or_without_references() -> None:
    with_refs = ('<row r="2"><c r="A2" s="1"><v>0.5</v></c><c r="B2" s="1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>'
                 '<row r="3"><c r="A3" s="1"><v>0.25</v></c></row>')  # fmt: skip
    without = '<row><c s="1"><v>0.5</v></c><c t="e"><v>#N/A</v></c></row><row r="4"><c/><c s="1"><v>1</v></c></row>'
    for xml, errors, runs in (
        (with_refs, {1: [(1, "#DIV/0!")]}, {0: [1, 2]}),
        (without, {0: [(1, "#N/A")]}, {0: [0], 1: [3]}),
    ):
        zf = _book(xml, STYLES)
        book = Book(zf)
        marks = sheet_marks(zf, book.parts[0], book.styles().display_codes())
        assert marks.errors == errors and not marks.unsure
        for column, rows in runs.items():
            assert marks.codes(column, rows) == ["0.0%"] * len(rows)
        assert marks.codes(0, [7]) in ([None], None)


def test_an_error_is_its_text() -> None:
    assert CellError("#N/A").text == "#N/A" and not isinstance(CellError("#N/A"), str)
