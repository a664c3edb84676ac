"""The team journal on PostgreSQL against what it replaces and what the server can do (issue 14, "Benchmarks").

    team_journal_op_ms    one money operation's journal work, as the sending engine writes it: record_intent (the
                          claim under the order's lock, the refusals, the entry and its first event) + update
                          "sent" + update "succeeded" (the lease's release after it, a fourth write on both sides, is
                          left out), on the team journal against the same on the SQLite journal (synchronous=FULL,
                          key in a memory keyring); median per operation over --ops, 3 interleaved runs.
                          value = team / SQLite. Goal ≤ 1.5.
    team_race_ops_per_s   --desks desks (processes, each its own login and connection) claiming and recording
                          distinct operations at once for --seconds, against `pgbench -b simple-update` with as many
                          clients (-j 2) on the same cluster, same duration. value = desks' operations per second /
                          pgbench's transactions per second. Goal ≥ 0.5. Beside it: one desk alone
                          (`one_desk_ops_per_s`), and what the desks' server sessions were doing during the race
                          (`desk_sessions`: shares of pg_stat_activity samples; the events' chain lock is
                          "Lock:advisory", a session waiting for its desk to send the next statement "Client:…").
    team_server_cpu_ratio the server's CPU time (every process of the cluster, from /proc) for one of the desks'
                          operations ÷ for one pgbench transaction, in the same two runs (the sampler's own session
                          left out). No goal: the race above puts eight Python desks on the server's own cores,
                          where a team's clerks each have a computer; this says what the server spends per
                          operation, so what it could carry for desks that do not share its cores (≈ 1 / this
                          × pgbench's rate, if CPU is what runs out first).

The cluster is a throwaway one (tests/postgres.py: initdb in a temporary folder, a loopback port), made durable
as a real server is (fsync on; the tests run theirs with fsync off); `--no-fsync` measures it as the tests do.

    python benchmarks/bench_team.py [--ops 200] [--desks 8] [--seconds 5] [--no-fsync]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # the repository root: tests/postgres.py makes the cluster

from bench_journal import MemoryKeyring  # noqa: E402
from probe import emit, median  # noqa: E402

from smartpay_desk.services.journal.store import Journal  # noqa: E402
from smartpay_desk.services.team import admin  # noqa: E402
from smartpay_desk.services.team.store import TeamJournal  # noqa: E402
from tests.postgres import Cluster, server_bin  # noqa: E402

DB = "smartpay_bench"
PASSWORD = "bench-pw"


class BenchCluster(Cluster):
    """The tests' cluster, durable (fsync on) unless asked otherwise."""

    fsync = True

    def restart(self) -> None:
        options = f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1 -c max_connections=60"
        if not self.fsync:
            options += " -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-w", "-t", "60", "-l", str(self.log), "-o", options, "start")

    def tool(self, name: str, *args: str) -> str:
        """A client tool of the server's (pgbench) as the cluster's OS user, as the superuser; its output."""
        cmd = [str(self.bin / name), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", *args]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        env = {**os.environ, "PGPASSWORD": self.password}
        done = subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=300, cwd=self.root, env=env)
        return done.stdout + done.stderr


def one_operation(journal: Any, tag: str, n: int) -> None:
    """What the sending engine writes for one payout that succeeded (sending.py: pending → sent → succeeded)."""
    entry = journal.record_intent(kind="withdrawal", order_id=f"po-{tag}-{n}", profile="Bench", environment="sandbox",
                                  amount=100 + n % 5000, currency="EUR", account="EUR-payout",
                                  destination="phone +442079460612", request={"order_id": f"po-{tag}-{n}"},
                                  lease_s=60.0)  # fmt: skip
    journal.update(entry.id, "sent")
    journal.update(entry.id, "succeeded", note="confirmed", response={"status": 2})


def per_op_ms(journal: Any, tag: str, count: int) -> float:
    took = []
    for n in range(count):
        started = time.perf_counter()
        one_operation(journal, tag, n)
        took.append(time.perf_counter() - started)
    return median(took) * 1000


def journal_op(cluster: BenchCluster, folder: Path, ops: int) -> None:
    uri = cluster.dsn("desk1", PASSWORD, dbname=DB)
    team_ms, sqlite_ms = [], []
    with (
        TeamJournal(uri, folder / "desk1") as team,
        Journal(folder / "journal.sqlite3", keyring=MemoryKeyring()) as local,
    ):
        per_op_ms(team, "warm", 20)
        per_op_ms(local, "warm", 20)
        for run in range(3):  # interleaved, so a slow moment of the machine falls on both
            team_ms.append(per_op_ms(team, f"t{run}", ops))
            sqlite_ms.append(per_op_ms(local, f"t{run}", ops))
    team_op, sqlite_op = median(team_ms), median(sqlite_ms)
    emit("team_journal_op_ms", team_op / sqlite_op, "ratio", goal=1.5, team_ms=team_op, sqlite_ms=sqlite_op,
         ops=ops, fsync=cluster.fsync, team_runs=team_ms, sqlite_runs=sqlite_ms)  # fmt: skip


def desk(uri: str, folder: str, tag: str, seconds: float, barrier: Any, counts: Any) -> None:
    """One desk of the race: its own login and connection, operations one after another for `seconds`."""
    with TeamJournal(uri, folder) as journal:
        one_operation(journal, f"{tag}-warm", 0)
        barrier.wait(timeout=120)
        started, n = time.perf_counter(), 0
        while time.perf_counter() - started < seconds:
            one_operation(journal, tag, n)
            n += 1
        counts.put(n / (time.perf_counter() - started))


def desks_race(cluster: BenchCluster, folder: Path, desks: int, seconds: float) -> tuple[float, list[float]]:
    """Operations per second of `desks` desk processes at once (their sum) and each desk's own rate."""
    context = multiprocessing.get_context("spawn")
    barrier, counts = context.Barrier(desks + 1), context.Queue()
    args = [(cluster.dsn(f"desk{n}", PASSWORD, dbname=DB), str(folder / f"desk{n}"), f"race{desks}-{n}")
            for n in range(1, desks + 1)]  # fmt: skip
    procs = [context.Process(target=desk, args=(*a, seconds, barrier, counts)) for a in args]
    for proc in procs:
        proc.start()
    barrier.wait(timeout=120)
    rates = [counts.get(timeout=seconds + 120) for _ in procs]
    for proc in procs:
        proc.join(30)
    return sum(rates), sorted(rates)


def _cpu_s(pid: int, children: bool = False) -> float:
    """CPU seconds of one process from /proc (its reaped children's too if asked); 0 once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    ticks = int(fields[11]) + int(fields[12]) + (int(fields[13]) + int(fields[14]) if children else 0)
    return ticks / os.sysconf("SC_CLK_TCK")


def server_cpu_s(cluster: BenchCluster) -> float:
    """CPU seconds the cluster has spent so far: the postmaster, the sessions and workers it has reaped, and
    those still running (its children, found by their parent in /proc)."""
    postmaster = int((cluster.data / "postmaster.pid").read_text().split()[0])
    total = _cpu_s(postmaster, children=True)
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        if parent == postmaster:
            total += _cpu_s(int(stat.parent.name))
    return total


def settled_cpu_s(cluster: BenchCluster) -> float:
    """server_cpu_s once the sessions that just closed have been reaped (their time moves to the postmaster's)."""
    time.sleep(0.5)
    return server_cpu_s(cluster)


class Waits(threading.Thread):
    """What the desks' server sessions are doing, sampled every 10 ms from pg_stat_activity: shares of the samples
    by wait event ("running" when none), so the figure says where the time goes (the chain lock is `advisory`)."""

    def __init__(self, cluster: BenchCluster) -> None:
        super().__init__(daemon=True)
        self.uri, self.stop, self.seen = cluster.dsn(dbname=DB), threading.Event(), Counter[str]()
        self.own_cpu_s = 0.0  # what its own server session spent sampling (left out of the desks' figure)

    def run(self) -> None:
        import psycopg

        with psycopg.connect(self.uri, autocommit=True) as conn:
            backend = conn.execute("SELECT pg_backend_pid()").fetchone()[0]
            while not self.stop.wait(0.01):
                for kind, event, state in conn.execute("SELECT wait_event_type, wait_event, state FROM"
                                                       " pg_stat_activity WHERE usename LIKE 'desk%'"):  # fmt: skip
                    self.seen[f"{kind}:{event} ({state})" if kind else f"running ({state})"] += 1
            self.own_cpu_s = _cpu_s(backend)

    def shares(self) -> dict[str, float]:
        total = sum(self.seen.values()) or 1
        return {name: round(count / total, 3) for name, count in self.seen.most_common(6)}


def race(cluster: BenchCluster, folder: Path, desks: int, seconds: float) -> None:
    cluster.tool("pgbench", "-i", "-q", "-s", "1", DB)
    before = settled_cpu_s(cluster)
    out = cluster.tool("pgbench", "-b", "simple-update", "-c", str(desks), "-j", "2", "-T", str(int(seconds)), DB)
    pgbench_cpu_s = settled_cpu_s(cluster) - before
    found = re.search(r"tps = ([\d.]+) \(without initial connection time\)", out)
    transactions = re.search(r"number of transactions actually processed: (\d+)", out)
    if found is None or transactions is None:
        raise RuntimeError(f"pgbench said no tps: {out[-400:]}")
    pgbench_tps = float(found.group(1))
    alone, _ = desks_race(cluster, folder, 1, seconds)
    waits = Waits(cluster)
    before = settled_cpu_s(cluster)
    waits.start()
    ops_per_s, rates = desks_race(cluster, folder, desks, seconds)
    waits.stop.set()
    waits.join(10)
    desks_cpu_s = settled_cpu_s(cluster) - before - waits.own_cpu_s
    per_op_ms = desks_cpu_s / (ops_per_s * seconds) * 1000  # the desks' rates are measured over `seconds` each
    per_tx_ms = pgbench_cpu_s / int(transactions.group(1)) * 1000
    emit("team_race_ops_per_s", ops_per_s / pgbench_tps, "ratio", goal=0.5, desks_ops_per_s=ops_per_s,
         pgbench_tps=pgbench_tps, one_desk_ops_per_s=alone, desks=desks, seconds=seconds, fsync=cluster.fsync,
         per_desk=rates, desk_sessions=waits.shares())  # fmt: skip
    if per_tx_ms <= 0:  # no /proc (not Linux): the server's CPU time cannot be read here
        print(json.dumps({"name": "team_server_cpu_ratio", "skipped": "no /proc to read the server's CPU time"}))
        return
    emit("team_server_cpu_ratio", per_op_ms / per_tx_ms, "ratio", server_cpu_ms_per_op=round(per_op_ms, 3),
         server_cpu_ms_per_pgbench_tx=round(per_tx_ms, 3), desks_server_cpu_s=round(desks_cpu_s, 2),
         pgbench_server_cpu_s=round(pgbench_cpu_s, 2), cores=os.cpu_count())  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ops", type=int, default=200)
    parser.add_argument("--desks", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--no-fsync", action="store_true", help="as the tests run their cluster")
    args = parser.parse_args()
    if server_bin() is None:
        why = "no PostgreSQL server is installed here; scripts/bootstrap installs the distribution's one"
        print(json.dumps({"name": "bench_team", "skipped": why}), flush=True)
        return 0
    BenchCluster.fsync = not args.no_fsync
    cluster = BenchCluster.start()
    try:
        cluster.sql(f"CREATE DATABASE {DB}")
        admin.init(cluster.dsn(dbname=DB))
        for n in range(1, args.desks + 1):
            cluster.add_login(f"desk{n}", PASSWORD)
            cluster.sql(f"GRANT smartpay_operator TO desk{n}")
        with tempfile.TemporaryDirectory(prefix="smartpay-bench-team-") as tmp:
            journal_op(cluster, Path(tmp), args.ops)
            race(cluster, Path(tmp), args.desks, args.seconds)
    finally:
        cluster.remove()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
