"""Start-up to the first painted main window: the desk against a bare PySide6 window with as many tabs.

Each start is a process of its own (offscreen), started the way a user starts it: the desk through
smartpay_desk.ui.app.main with a fresh temporary --data-dir (see startup_child.py). The two alternate, after
one unmeasured start of each (so both find their compiled bytecode, as an installed program does); the
figures are medians.

    python benchmarks/bench_startup.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from probe import emit, median

CHILD = Path(__file__).with_name("startup_child.py")


def bytecode_env() -> dict[str, str]:
    """This environment as probe.py sets it: offscreen Qt, and compiled bytecode cached outside the source
    tree as an installed program has it (PYTHONDONTWRITEBYTECODE would make every start compile the desk's
    modules again, ~0.1 s)."""
    return dict(os.environ)


def one_start(kind: str) -> float:
    """Seconds from starting the process to the end of its main window's first paint."""
    env = bytecode_env()
    with tempfile.TemporaryDirectory(prefix="smartpay-bench-") as data_dir:
        argv = [sys.executable, str(CHILD), kind, *([data_dir] if kind == "app" else [])]
        started = time.monotonic()
        done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=60, check=True)
    painted = float(done.stdout.strip().splitlines()[-1])
    return painted - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    one_start("app")
    one_start("bare")
    apps, bares = [], []
    for _ in range(args.repeat):
        apps.append(one_start("app"))
        bares.append(one_start("bare"))
    app, bare = median(apps), median(bares)
    emit("startup_ratio", app / bare, "ratio", baseline=bare, app_s=app, app_runs=apps, bare_runs=bares)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
