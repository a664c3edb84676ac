"""Run every benchmark of SmartPay Desk and print one JSON object per line (name, value, unit, and for a
ratio the baseline measured in the same run). About two minutes on 2 cores.

    python benchmarks/run.py [--quick] [--out results.jsonl]

Each benchmark is a process of its own (offscreen Qt), so one cannot warm or slow the next:
  bench_startup  startup_ratio                   the desk vs a bare PySide6 window with 8 tabs, to first paint
  bench_client   client_overhead_ratio           SmartPaymentsClient vs raw httpx, same call to the sandbox
  bench_readers  reader_*_s                      python-calamine vs openpyxl read-only vs the viewer's preview
  bench_report   report_first_rows_s, report_full_load_ratio (vs bare python-calamine), report_open_stall_ms,
                 sort_ms, filter_ms, report_peak_rss_mb
  bench_stall    gui_stall_ms                    the whole desk: lookup, balance reads, export, 100k report
  bench_hostile  hostile_*_s                     a million rows, a 16,384-column row, a zip bomb, an entity bomb
  bench_journal  journal_verify_100k_ms, journal_intent_100k_ms, journal_verify_full_100k_s
                                                 the journal's check at start on 100,000 entries
  bench_team     team_journal_op_ms (vs SQLite), team_race_ops_per_s (8 desks vs pgbench simple-update)
                 team_server_cpu_ratio (the server's CPU per operation vs per pgbench transaction)
                                                 the team journal on a throwaway PostgreSQL cluster
  bench_recon    reconcile_100k_ms               the 100,000-row report matched with a 100,000-entry journal
  bench_batch_check  batch_check_10k_s, batch_check_vs_calamine_ratio
                                                 a 10,000-row payout file checked (issue 15), vs python-calamine
  bench_batch_send batch_send_efficiency         100 payouts at concurrency 4, sandbox answering after 200 ms
The 100,000-row report is the sandbox's own export format, written by report_file.py into a temporary
folder (checked first against the sandbox's writer). benchmarks/RESULTS.md explains the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_startup import bytecode_env  # noqa: E402
from report_file import check_same_as_sandbox, transactions, write_export  # noqa: E402

HOSTILE = ("million-rows", "wide-row", "zip-bomb", "entity-bomb")


def run(script: str, *args: str, out: list[dict[str, object]]) -> None:
    """Run one benchmark script; pass its JSON lines on (and keep them)."""
    done = subprocess.run(
        [sys.executable, str(HERE / script), *args], capture_output=True, text=True, env=bytecode_env(), timeout=600
    )
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            print(line, flush=True)
            out.append(json.loads(line))
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-5:]
        print(json.dumps({"name": script, "error": f"exit {done.returncode}", "stderr": tail}), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description="SmartPay Desk benchmarks (JSON lines on stdout)")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a smoke test, not figures)")
    parser.add_argument("--out", type=Path, help="also write the JSON lines to this file")
    args = parser.parse_args()
    reps = "1" if args.quick else "5"
    results: list[dict[str, object]] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="smartpay-bench-") as folder:
        tmp = Path(folder)
        check_same_as_sandbox(tmp)
        report = write_export(tmp / "report-100k.xlsx", transactions(100_000))
        run("bench_startup.py", "--repeat", "3" if args.quick else "15", out=results)
        run("bench_client.py", "--calls", "300" if args.quick else "1000", out=results)
        run("bench_readers.py", str(report), out=results)
        run("bench_report.py", str(report), "--repeat", reps, out=results)
        run("bench_stall.py", str(report), "--repeat", reps, out=results)
        for kind in HOSTILE:
            path = tmp / f"{kind}.xlsx"
            subprocess.run([sys.executable, str(HERE / "bench_hostile.py"), "make", kind, str(path)], check=True)
            run("bench_hostile.py", "open", kind, str(path), out=results)
            path.unlink()
        run("bench_journal.py", "--repeat", "3" if args.quick else "9", out=results)
        run("bench_team.py", "--ops", "50" if args.quick else "200", "--seconds", "2" if args.quick else "5",
            out=results)  # fmt: skip
        run("bench_recon.py", str(report), "--repeat", reps, out=results)
        run("bench_batch_check.py", "--repeat", reps, out=results)
        run("bench_batch_send.py", "--repeat", "1" if args.quick else "3", out=results)
    print(json.dumps({"name": "benchmarks_wall_s", "value": round(time.perf_counter() - started, 1), "unit": "s",
                      "cpus": os.cpu_count()}), flush=True)  # fmt: skip
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in results), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
