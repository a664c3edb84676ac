"""python-calamine against openpyxl (read-only), and the viewer's own streaming preview, on one report:
every cell of the first sheet, and its first 200 rows. Each read is a process of its own (its own peak
memory), timed inside it (interpreter start-up not counted).

    python benchmarks/bench_readers.py REPORT.xlsx
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from probe import emit

READ = r"""
import json, sys, time
kind, path = sys.argv[1], sys.argv[2]
started = time.perf_counter()
if kind == "calamine":
    from python_calamine import CalamineWorkbook
    rows = len(CalamineWorkbook.from_path(path).get_sheet_by_index(0).to_python())
elif kind == "openpyxl":
    import openpyxl
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
elif kind == "openpyxl-200":
    import openpyxl
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows = sum(1 for _ in book.worksheets[0].iter_rows(max_row=200, values_only=True))
else:
    from smartpay_desk.services.reports.xlsx.preview import first_rows
    rows = len(first_rows(path, 200, 256)[1])
elapsed = time.perf_counter() - started
peak = next(int(l.split()[1]) / 1024 for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(json.dumps({"s": elapsed, "rows": rows, "peak_mb": peak}))
"""


def read(kind: str, path: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", READ, kind, str(path)], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> int:
    path = Path(sys.argv[1])
    calamine, openpyxl = read("calamine", path), read("openpyxl", path)
    emit("reader_calamine_all_rows_s", calamine["s"], "s", rows=calamine["rows"], peak_mb=calamine["peak_mb"])
    emit("reader_openpyxl_all_rows_s", openpyxl["s"], "s", rows=openpyxl["rows"], peak_mb=openpyxl["peak_mb"])
    preview, openpyxl_200 = read("preview", path), read("openpyxl-200", path)
    emit("reader_preview_200_rows_s", preview["s"], "s", rows=preview["rows"], peak_mb=preview["peak_mb"],
         openpyxl_200_rows_s=openpyxl_200["s"], calamine_200_rows_s=calamine["s"])  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
