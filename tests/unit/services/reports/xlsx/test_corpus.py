"""Issue 19 on the corpus in tests/data/xlsx (README.md there): every spreadsheet opens as Excel shows it."""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from smartpay_desk.services.reports.xlsx.book import Book
from smartpay_desk.services.reports.xlsx.child import child_command
from smartpay_desk.services.reports.xlsx.process import read_sheet
from smartpay_desk.services.reports.xlsx.reader import ReportFileError, read_events, read_table
from smartpay_desk.services.reports.xlsx.table import fold

CORPUS = Path(__file__).resolve().parents[4] / "data" / "xlsx"


def corpus(name: str) -> Path:
    path = CORPUS / name
    assert path.is_file(), f"{name}: run tests/data/xlsx/make_corpus.py"
    return path


def column(table: object, header: str) -> list[str]:
    headers = table.headers  # type: ignore[attr-defined]
    at = headers.index(header)
    return [row[at] for row in table.texts()]  # type: ignore[attr-defined]


# ---------------------------------------------------------------- error cells


def test_error_cells_show_their_text_marked_and_count_for_nothing() -> None:
    table = read_table(corpus("errors.xlsx"))
    assert column(table, "Ratio") == ["0.25", "#DIV/0!", "0.75", "1"]
    assert column(table, "Lookup") == ["#N/A", "k2", "#NAME?", "k4"]
    assert column(table, "Amount") == ["100", "200", "300", "#VALUE!"]
    ratio, amount = table.headers.index("Ratio"), table.headers.index("Amount")
    assert table.errors[ratio] == [1] and table.errors[amount] == [3]
    assert table.columns[ratio] == [0.25, None, 0.75, 1]  # no text in a numeric column: it still sorts and sums
    assert table.values()[1][ratio] == "#DIV/0!"


@pytest.mark.parametrize("engine", ["auto", "openpyxl"])
def test_a_sheet_of_errors_is_not_empty(engine: str) -> None:
    table = read_table(corpus("errors-only.xlsx"), engine=engine)
    assert "The sheet is empty." not in table.notes and table.rows == 4
    assert [row[0] for row in table.texts()] == ["#DIV/0!", "#NAME?", "#N/A", "#REF!"]
    assert table.errors == [[0, 1, 2, 3], [0, 1, 2, 3]]


def test_error_marks_travel_in_the_rows_events() -> None:
    rows = [e for e in read_events(corpus("errors.xlsx")) if e["t"] == "rows"]
    assert rows and all(len(e["errors"]) == 4 for e in rows if "errors" in e)
    marked = [e for e in rows if "errors" in e][-1]
    assert marked["errors"][1] is not None and marked["shown"][1][marked["errors"][1][0]] == "#DIV/0!"


# ---------------------------------------------------------------- the sheet Excel opens on


@pytest.mark.parametrize(
    ("name", "shown", "listed"),
    [
        ("chart-first.xlsx", "Data", ["Data"]),  # a chart sheet first: skipped, and not listed
        ("hidden-first.xlsx", "Suppliers", ["Suppliers"]),  # hidden and very hidden: neither shown nor listed
        ("active-tab.xlsx", "2025", ["2023", "2024", "2025"]),  # saved on the third tab: opens there
    ],
)
@pytest.mark.parametrize("engine", ["auto", "openpyxl"])
def test_the_sheet_shown_is_the_one_excel_opens_on(name: str, shown: str, listed: list[str], engine: str) -> None:
    table = read_table(corpus(name), engine=engine)
    assert (table.sheet, table.sheets) == (shown, listed)
    assert table.rows > 0


def test_another_sheet_is_chosen_by_name_and_a_missing_one_is_said() -> None:
    table = read_table(corpus("active-tab.xlsx"), sheet="2024")
    assert table.sheet == "2024" and table.texts() == [["Q1", "2000"]]
    assert read_table(corpus("active-tab.xlsx"), sheet="2023", engine="openpyxl").texts() == [["Q1", "1000"]]
    with pytest.raises(ReportFileError, match="no visible worksheet named “Rates”"):
        read_table(corpus("hidden-first.xlsx"), sheet="Rates")  # very hidden: not offered


def test_the_child_takes_a_sheet_and_a_header_row() -> None:
    argv = child_command(corpus("active-tab.xlsx"), sheet="2023", header_row=0)
    done = subprocess.run(argv, capture_output=True, timeout=60, check=True)
    table = fold(json.loads(line) for line in done.stdout.splitlines())
    assert table.sheet == "2023" and table.header_row == 0 and table.headers == ["A", "B"]
    assert table.texts() == [["Quarter", "Revenue"], ["Q1", "1000"]]


# ---------------------------------------------------------------- the header row, and the title above it


@pytest.mark.parametrize("engine", ["auto", "openpyxl"])
def test_the_title_above_the_header_is_found(engine: str) -> None:
    table = read_table(corpus("title-above-header.xlsx"), engine=engine)
    assert table.title == [["Deaths in 2016"], ["ACME Statistics Ltd"]] and table.title_rows == [1, 2]
    assert table.header_row == 4 and table.headers == ["Name", "Born", "Died", "Age"]
    assert table.texts()[0] == ["A. Person", "1930", "2016", "86"]
    assert [row for row, _ in table.header_choices] == [1, 2, 4, 5, 6, 7]


def test_the_operator_chooses_another_header_row() -> None:
    first = read_table(corpus("title-above-header.xlsx"), header_row=1)
    assert first.headers == ["Deaths in 2016", "B", "C", "D"] and first.title == []
    assert first.texts()[:2] == [["ACME Statistics Ltd", "", "", ""], ["Name", "Born", "Died", "Age"]]
    none = read_table(corpus("title-above-header.xlsx"), header_row=0)
    assert none.headers == ["A", "B", "C", "D"] and none.rows == 6 and none.header_row == 0
    blank = read_table(corpus("title-above-header.xlsx"), header_row=3)  # the blank row
    assert blank.header_row == 4 and any("Row 3 cannot be the header" in n for n in blank.notes)


# ---------------------------------------------------------------- number formats


FORMATTED = [
    ["Desk", "$100.00", "20%", "1,234,567", "02/01/2020", "36:00:00", "(1,234.50)", "1.23E+04"],
    ["Chair", "$49.99", "13%", "12", "29/02/2024", "06:00:00", "250.00", "1.23E-04"],
]


@pytest.mark.parametrize("engine", ["auto", "openpyxl"])
def test_values_show_as_their_format_says_and_keep_their_value(engine: str) -> None:
    table = read_table(corpus("formats.xlsx"), engine=engine)
    assert table.texts() == FORMATTED
    assert table.values() == [
        ["Desk", 100, 0.2, 1234567, "2020-01-02", 1.5, -1234.5, 12345.678],  # a duration in days, as Excel keeps it
        ["Chair", 49.99, 0.125, 12, "2024-02-29", 0.25, 250, 0.000123],
    ]


def test_a_gateway_export_keeps_its_typed_columns() -> None:
    table = read_table(corpus("gateway-export.xlsx"))
    assert table.gateway and all(shown is None for shown in table.shown)
    assert column(table, "Amount") == ["€12.50", "€100.00", "€0.99"] and table.columns[3] == [1250, 10000, 99]


# ---------------------------------------------------------------- files that were refused


def test_a_workbook_at_the_package_root_is_read() -> None:
    table = read_table(corpus("root-workbook.xlsx"))
    assert table.engine == "calamine" and table.title == [["Bookings for 01/30/17"]]
    assert table.texts() == [["4894831", "01/30/17", "100000"], ["4894832", "01/30/17", "20000"]]
    with zipfile.ZipFile(corpus("root-workbook.xlsx")) as zf:
        assert Book(zf).part == "workbook.xml"


@pytest.mark.parametrize("name", ["utf16.xlsx", "empty-rid.xlsx"])
def test_what_calamine_cannot_read_openpyxl_reads(name: str) -> None:
    table = read_table(corpus(name))
    assert table.engine == "openpyxl" and table.sheets == ["Payees"]
    assert table.texts() == [
        ["Acme GmbH", "DE89370400440532013000", "1250.5"],
        ["Blue Ltd", "GB29NWBK60161331926819", "99"],
    ]


def test_only_what_neither_reader_reads_is_refused() -> None:
    with pytest.raises(ReportFileError, match="could not be read as a spreadsheet"):
        read_table(corpus("unreadable.xlsx"))
    with pytest.raises(ReportFileError, match="could not be read as a spreadsheet"):
        read_sheet(corpus("unreadable.xlsx"))


# ---------------------------------------------------------------- a huge range declared, little data


def test_a_declared_huge_range_is_no_reason_for_a_note() -> None:
    for engine in ("auto", "openpyxl"):
        table = read_table(corpus("huge-dimension.xlsx"), engine=engine)
        assert table.rows == 10 and len(table.headers) == 2, engine
        assert not any("wider or longer" in n for n in table.notes), engine
    assert read_table(corpus("huge-dimension.xlsx")).engine == "calamine"  # empty far cells are no data


# ---------------------------------------------------------------- the viewer's process and this one agree


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.xlsx") if p.name != "unreadable.xlsx"))
def test_the_child_process_and_an_in_process_read_agree(name: str) -> None:
    child, here = read_sheet(corpus(name)), read_table(corpus(name))
    assert (child.sheet, child.sheets, child.title, child.header_row) == (here.sheet, here.sheets, here.title,
                                                                          here.header_row)  # fmt: skip
    assert child.headers == here.headers and child.texts() == here.texts() and child.values() == here.values()


def test_an_error_cell_in_a_gateway_export_is_found_too(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Order ID", "Status", "Amount", "Currency"])
    book.active.append(["o-1", 2, 12.5, "EUR"])
    book.active.append(["o-2", 2, "#REF!", "EUR"])
    book.active["C3"].data_type = "e"
    book.save(tmp_path / "g.xlsx")
    table = read_table(tmp_path / "g.xlsx")
    assert table.gateway and table.columns[2] == [1250, None] and table.errors[2] == [1]
    assert table.texts() == [["o-1", "success", "€12.50", "EUR"], ["o-2", "success", "#REF!", "EUR"]]
