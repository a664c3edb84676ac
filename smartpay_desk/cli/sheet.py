"""`smartpay sheet FILE`: a spreadsheet as the desk's viewer shows it, for scripts and support.

    smartpay sheet FILE [--sheet NAME] [--header-row N] [--csv | --json] [--raw]

The file is read by the viewer's own reader, in its own child process with the same memory cap and the same
slow-way retry (services.reports.xlsx.process.read_sheet), so what is printed is what the clerk sees: the
sheet Excel opens on (or --sheet), the title rows above the header, the header (found, or --header-row N,
0 for none), and every cell as shown (an error cell as its text, a formatted number as its format shows
it); --raw prints the underlying values instead (numbers, ISO dates, a duration in days, amounts of a
gateway export in minor units, its times in unix milliseconds; an error cell still as its text).

Output: an aligned text table (default), CSV (header then rows), or JSON:
    {"sheets": [visible worksheets], "sheet": name, "title": [rows above the header], "header_row": N,
     "header": [...], "rows": [[...]], "notes": [...]}
The reader's notes go to stderr (in JSON, also in "notes"). Exit 0; 2 with one sentence on stderr for a
file neither reader can open (or a sheet that is not there).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from ..services.reports.xlsx.checks import ReportFileError
from ..services.reports.xlsx.process import read_sheet
from ..services.reports.xlsx.table import Table

OK, REFUSED = 0, 2
CELL_WIDTH = 40  # the text table's widest column; longer texts end with "…"


def add_arguments(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `sheet` command to the `smartpay` parser's subcommands."""
    words = "print a spreadsheet as the desk's viewer shows it (the same reader)"
    p = subparsers.add_parser("sheet", help=words, description=words[0].upper() + words[1:] + ".")
    p.add_argument("file", metavar="FILE", help="the .xlsx file")
    p.add_argument("--sheet", metavar="NAME", help="a visible worksheet (default: the one Excel opens on)")
    p.add_argument("--header-row", type=_row_number, metavar="N",
                   help="the header's row number in the sheet, 0 for none (default: found)")  # fmt: skip
    output = p.add_mutually_exclusive_group()
    output.add_argument("--csv", action="store_true", help="CSV: the header, then the rows")
    output.add_argument(
        "--json", action="store_true", help="one JSON object (sheets, sheet, title, header, rows, notes)"
    )
    p.add_argument("--raw", action="store_true", help="the underlying values instead of the texts shown")


def _row_number(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"not a row number: {text!r} (1 for the first row, 0 for no header)")
    return int(text)


def run(args: argparse.Namespace) -> int:
    """The command: print the table; the exit status."""
    try:
        table = read_sheet(args.file, sheet=args.sheet, header_row=args.header_row)
    except ReportFileError as exc:
        print(f"smartpay: {exc}", file=sys.stderr)
        return REFUSED
    rows = table.values() if args.raw else table.texts()
    for note in table.notes:
        print(f"smartpay: {note}", file=sys.stderr)
    if args.json:
        json.dump(as_json(table, rows), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    elif args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(table.headers)
        writer.writerows(rows)
    else:
        sys.stdout.write(as_text(table, rows))
    return OK


def as_json(table: Table, rows: list[list[Any]]) -> dict[str, Any]:
    return {"sheets": table.sheets, "sheet": table.sheet, "title": table.title, "header_row": table.header_row,
            "header": table.headers, "rows": rows, "notes": table.notes}  # fmt: skip


def _cut(text: str) -> str:
    return text if len(text) <= CELL_WIDTH else text[: CELL_WIDTH - 1] + "…"


def as_text(table: Table, rows: list[list[Any]]) -> str:
    """The title lines, then the header and rows in columns as wide as their widest cell (up to CELL_WIDTH)."""
    lines = [" ".join(t for t in row if t) for row in table.title]
    cells = [[_cut(h) for h in table.headers]] + [[_cut(_plain(v)) for v in row] for row in rows]
    widths = [max((len(r[c]) for r in cells), default=0) for c in range(len(table.headers))]
    for i, row in enumerate(cells):
        lines.append("  ".join(t.ljust(w) for t, w in zip(row, widths, strict=True)).rstrip())
        if i == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "".join(line + "\n" for line in lines)


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value)


def main(argv: list[str] | None = None) -> int:
    """`python -m smartpay_desk.cli.sheet FILE …`: the command alone (until `smartpay sheet` is wired)."""
    parser = argparse.ArgumentParser(prog="smartpay")
    add_arguments(parser.add_subparsers(dest="command", required=True))
    return run(parser.parse_args(["sheet", *(sys.argv[1:] if argv is None else argv)]))


if __name__ == "__main__":
    sys.exit(main())
