"""Start-up to the first painted main window: the desk against a bare PySide6 window with as many tabs.

Each start is a process of its own (offscreen), started the way a user starts it every day: the desk through
smartpay_desk.ui.app.main with no arguments, on a data directory of its own that its first, unmeasured start
created (profiles.json is there, as on every start but the very first; see startup_child.py). The two
alternate, after one unmeasured start of each (so both find their compiled bytecode, as an installed program
does); the figures are medians.

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


def one_start(kind: str, data_dir: str) -> tuple[float, bool]:
    """Seconds from starting the process to the end of its main window's first paint, and whether the Qt
    namespace had been built before that paint."""
    argv = [sys.executable, str(CHILD), kind, *([data_dir] if kind == "app" else [])]
    started = time.monotonic()
    done = subprocess.run(argv, capture_output=True, text=True, env=bytecode_env(), timeout=60, check=True)
    painted, qt_namespace = done.stdout.strip().splitlines()[-1].split()
    return float(painted) - started, qt_namespace == "1"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=15)  # pairs: one start is ~0.15 s, the VM is noisy
    args = parser.parse_args()
    apps, bares, qt_namespace = [], [], []
    with tempfile.TemporaryDirectory(prefix="smartpay-bench-") as data_dir:
        one_start("app", data_dir)  # the first start ever: writes profiles.json (not measured)
        one_start("bare", data_dir)
        for _ in range(args.repeat):
            seconds, built = one_start("app", data_dir)
            apps.append(seconds)
            qt_namespace.append(built)
            bares.append(one_start("bare", data_dir)[0])
    app, bare = median(apps), median(bares)
    emit(
        "startup_ratio",
        app / bare,
        "ratio",
        baseline=bare,
        app_s=app,
        qt_namespace_before_paint=any(qt_namespace),
        app_runs=apps,
        bare_runs=bares,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
