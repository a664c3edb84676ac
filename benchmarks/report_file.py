"""A 100,000-row gateway export for the benchmarks, written in seconds instead of minutes.

The rows are the sandbox's own: `sandbox.history.seed_history` makes the transactions (deterministic) and
`sandbox.reports.row_values` turns each into the export's 12 cells. Only the sheet XML is written here, in
exactly the shape `sandbox.reports.build_xlsx` gives it (openpyxl: inline strings, a <dimension>, frozen
header, column widths, "0.00" amounts and "yyyy-mm-dd hh:mm:ss" times); the other parts of the package are
copied from a small real export. openpyxl itself needs about 15 s and 500 MB for 100,000 rows in normal
mode, 11 s in write-only mode (which also leaves out the <dimension>).

`check_same_as_sandbox()` proves the shape: a few hundred rows written both ways read back identically.

    python benchmarks/report_file.py OUT.xlsx [ROWS]
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from smartpay_desk.sandbox.history import seed_history
from smartpay_desk.sandbox.reports import build_xlsx, row_values
from smartpay_desk.sandbox.state import SandboxState, Transaction

SHEET = "xl/worksheets/sheet1.xml"
LETTERS = "ABCDEFGHIJKL"
STYLES = {3: ' s="1"', 5: ' s="2"', 6: ' s="2"'}  # amount "0.00", created / completed as date-times
_EXCEL_EPOCH = datetime(1899, 12, 30)


def transactions(rows: int, per_day: int = 1_000) -> list[Transaction]:
    """`rows` sandbox transactions, `per_day` a day, oldest first, from the sandbox's own history generator.

    One seeded day at a time (seed_history's refund bookkeeping is quadratic in its count), order ids made
    unique per day: hist-<day>-<n>."""
    out: list[Transaction] = []
    end = datetime(2025, 1, 1, tzinfo=UTC)
    day = 0
    while len(out) < rows:
        day += 1
        count = min(per_day, rows - len(out))
        made = seed_history(SandboxState(), count=count, days=1, seed=day, now=end + timedelta(days=day))
        for tx in made:
            tx.order_id = tx.order_id.replace("hist-", f"hist-{day:03d}-")
        out.extend(made)
    return out


def _cell(ref: str, value: Any, style: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'
    if isinstance(value, datetime):
        delta = value - _EXCEL_EPOCH
        serial = delta.days + (delta.seconds + delta.microseconds / 1e6) / 86_400
        return f'<c r="{ref}"{style} t="n"><v>{serial!r}</v></c>'
    if isinstance(value, Decimal):
        number = float(value)
        text = str(int(number)) if number.is_integer() else repr(number)
        return f'<c r="{ref}"{style} t="n"><v>{text}</v></c>'
    return f'<c r="{ref}"{style} t="n"><v>{value}</v></c>'


def sheet_xml(template: str, rows: Iterable[Sequence[Any]], count: int) -> Iterable[str]:
    """The template's sheet with its <sheetData> and <dimension> replaced."""
    head, rest = template.split("<sheetData>", 1)
    tail = rest.split("</sheetData>", 1)[1]
    yield re.sub(r'<dimension ref="[^"]*"', f'<dimension ref="A1:L{count + 1}"', head)
    yield "<sheetData>"
    for number, values in enumerate(rows, start=1):
        cells = "".join(
            _cell(f"{LETTERS[i]}{number}", v, STYLES.get(i, "") if number > 1 else "") for i, v in enumerate(values)
        )
        yield f'<row r="{number}">{cells}</row>'
    yield "</sheetData>"
    yield tail


def write_export(path: Path, txs: Sequence[Transaction]) -> Path:
    """Write `txs` as the gateway's export would, to `path`."""
    from smartpay_desk.sandbox.reports import COLUMNS

    template = build_xlsx(list(txs[:1]))
    rows = [list(COLUMNS), *(row_values(tx) for tx in txs)]
    with zipfile.ZipFile(io.BytesIO(template)) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename != SHEET:
                zout.writestr(info, zin.read(info.filename))
                continue
            with zout.open(SHEET, "w", force_zip64=True) as out:
                buffer: list[str] = []
                for part in sheet_xml(zin.read(SHEET).decode(), rows, len(txs)):
                    buffer.append(part)
                    if len(buffer) >= 2_000:
                        out.write("".join(buffer).encode())
                        buffer = []
                out.write("".join(buffer).encode())
    return path


def check_same_as_sandbox(folder: Path, rows: int = 400) -> None:
    """Raise AssertionError unless this writer and the sandbox's build_xlsx give the same cells."""
    from python_calamine import CalamineWorkbook

    txs = transactions(rows)
    ours = write_export(folder / "ours.xlsx", txs)
    theirs = folder / "sandbox.xlsx"
    theirs.write_bytes(build_xlsx(txs))
    a, b = (CalamineWorkbook.from_path(str(p)).get_sheet_by_index(0).to_python() for p in (ours, theirs))
    assert a == b, "the benchmark's report differs from the sandbox's export"
    with zipfile.ZipFile(ours) as za, zipfile.ZipFile(theirs) as zb:
        assert za.namelist() == zb.namelist()
    ours.unlink()
    theirs.unlink()


def main(argv: Sequence[str]) -> int:
    out = Path(argv[0])
    rows = int(argv[1]) if len(argv) > 1 else 100_000
    write_export(out, transactions(rows))
    print(f"{out}: {rows:,} rows, {out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
