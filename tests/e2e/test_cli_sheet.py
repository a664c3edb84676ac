"""`smartpay sheet FILE` in its own process: what the desk's viewer reads, printed for scripts and support."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from smartpay_desk.services.reports.xlsx.child import child_command
from smartpay_desk.services.reports.xlsx.table import Table, fold

CORPUS = Path(__file__).resolve().parents[1] / "data" / "xlsx"
FILES = sorted(p.name for p in CORPUS.glob("*.xlsx") if p.name != "unreadable.xlsx")


def sheet(*args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "smartpay_desk.cli", "sheet", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def as_viewer_reads(path: Path, **options: Any) -> Table:
    """The events the viewer's loader gets from the reader's child process, folded (the slow way if asked)."""
    done = subprocess.run(child_command(path, **options), capture_output=True, timeout=120, check=True)
    table = fold(json.loads(line) for line in done.stdout.splitlines())
    if table.retry:
        return as_viewer_reads(path, **{**options, "engine": table.retry})
    return table


@pytest.mark.parametrize("name", FILES)
def test_the_cli_prints_what_the_viewer_reads(name: str) -> None:
    done = sheet(str(CORPUS / name), "--json")
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    viewer = as_viewer_reads(CORPUS / name)
    assert printed == {"sheets": viewer.sheets, "sheet": viewer.sheet, "title": viewer.title,
                       "header_row": viewer.header_row, "header": viewer.headers, "rows": viewer.texts(),
                       "notes": viewer.notes}  # fmt: skip
    raw = json.loads(sheet(str(CORPUS / name), "--json", "--raw").stdout)
    assert raw["rows"] == viewer.values() and raw["header"] == viewer.headers


def test_formatted_cells_error_cells_and_their_values() -> None:
    shown = json.loads(sheet(str(CORPUS / "formats.xlsx"), "--json").stdout)
    assert shown["rows"][0] == [
        "Desk",
        "$100.00",
        "20%",
        "1,234,567",
        "02/01/2020",
        "36:00:00",
        "(1,234.50)",
        "1.23E+04",
    ]
    raw = json.loads(sheet(str(CORPUS / "formats.xlsx"), "--json", "--raw").stdout)
    assert raw["rows"][0] == ["Desk", 100, 0.2, 1234567, "2020-01-02", 1.5, -1234.5, 12345.678]
    errors = json.loads(sheet(str(CORPUS / "errors.xlsx"), "--json", "--raw").stdout)
    assert [row[1] for row in errors["rows"]] == [0.25, "#DIV/0!", 0.75, 1]


def test_sheet_title_and_header_row_options() -> None:
    tabbed = json.loads(sheet(str(CORPUS / "active-tab.xlsx"), "--json").stdout)
    assert (tabbed["sheet"], tabbed["sheets"]) == ("2025", ["2023", "2024", "2025"])
    other = json.loads(sheet(str(CORPUS / "active-tab.xlsx"), "--sheet", "2024", "--json").stdout)
    assert other["sheet"] == "2024" and other["rows"] == [["Q1", "2000"]]
    titled = json.loads(sheet(str(CORPUS / "title-above-header.xlsx"), "--json").stdout)
    assert titled["title"] == [["Deaths in 2016"], ["ACME Statistics Ltd"]] and titled["header_row"] == 4
    plain = json.loads(sheet(str(CORPUS / "title-above-header.xlsx"), "--header-row", "0", "--json").stdout)
    assert plain["header"] == ["A", "B", "C", "D"] and plain["rows"][0] == ["Deaths in 2016", "", "", ""]


def test_text_and_csv_output() -> None:
    text = sheet(str(CORPUS / "title-above-header.xlsx"))
    assert text.returncode == 0
    lines = text.stdout.splitlines()
    assert lines[:2] == ["Deaths in 2016", "ACME Statistics Ltd"]
    assert lines[2].split() == ["Name", "Born", "Died", "Age"] and set(lines[3]) <= {"-", " "}
    assert lines[4].split() == ["A.", "Person", "1930", "2016", "86"]
    rows = list(csv.reader(io.StringIO(sheet(str(CORPUS / "errors.xlsx"), "--csv").stdout)))
    assert rows[0] == ["Account", "Ratio", "Lookup", "Amount"] and rows[2] == ["ACC-2", "#DIV/0!", "k2", "200"]
    noted = sheet(str(CORPUS / "active-tab.xlsx"), "--csv")
    assert "3 worksheets" in noted.stderr and "worksheets" not in noted.stdout  # notes go to stderr


def test_a_file_neither_reader_can_open_exits_2_with_a_sentence(tmp_path: Path) -> None:
    for path, words in (
        (CORPUS / "unreadable.xlsx", "could not be read as a spreadsheet"),
        (tmp_path / "missing.xlsx", "does not exist"),
    ):
        done = sheet(str(path), "--json")
        assert done.returncode == 2 and done.stdout == ""
        assert done.stderr.startswith("smartpay: ") and words in done.stderr and "Traceback" not in done.stderr
    missing = sheet(str(CORPUS / "hidden-first.xlsx"), "--sheet", "Rates")
    assert missing.returncode == 2 and "no visible worksheet named “Rates”" in missing.stderr
