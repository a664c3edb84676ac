"""A throwaway PostgreSQL cluster for the team-journal tests: the distribution's server, started by the tests.

    cluster = Cluster.start()          # initdb in a temporary folder, a free loopback port, scram-sha-256
    cluster.dsn("postgres")            # a libpq URI for a role (the superuser's password is in the cluster)
    cluster.add_login("clerk1", "pw")  # a login role
    cluster.crash(); cluster.restart() # pg_ctl stop -m immediate, then start again on the same port
    cluster.remove()

The server refuses to run as root, so as root everything runs as the `postgres` user the package creates
(`runuser`); as anyone else, as that user. No mock: every team test talks to this server over loopback.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def server_bin() -> Path | None:
    """The newest installed server's bin folder (initdb, pg_ctl), or None when no server is installed."""
    for folder in BIN_DIRS:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    def __init__(self, root: Path, bin_dir: Path, port: int, password: str, as_user: str | None) -> None:
        self.root = root
        self.bin = bin_dir
        self.port = port
        self.password = password
        self._as = as_user
        self.data = root / "data"
        self.sockets = root / "sockets"
        self.log = root / "server.log"

    # ------------------------------------------------------------ life

    @classmethod
    def start(cls) -> Cluster:
        bin_dir = server_bin()
        if bin_dir is None:
            raise RuntimeError("no PostgreSQL server is installed (scripts/bootstrap installs one)")
        as_user = "postgres" if os.geteuid() == 0 else None
        root = Path(tempfile.mkdtemp(prefix="smartpay-pg-"))
        password = secrets.token_urlsafe(18)
        cluster = cls(root, bin_dir, _free_port(), password, as_user)
        cluster.sockets.mkdir()
        pwfile = root / "pwfile"
        pwfile.write_text(password + "\n", encoding="utf-8")
        if as_user is not None:
            shutil.chown(root, as_user)
            shutil.chown(cluster.sockets, as_user)
            shutil.chown(pwfile, as_user)
        os.chmod(pwfile, 0o600)
        cluster._run(
            "initdb", "-D", str(cluster.data), "-U", "postgres", "--pwfile", str(pwfile),
            "-A", "scram-sha-256", "--no-sync", "-E", "UTF8", "--locale", "C",
        )  # fmt: skip
        pwfile.unlink()
        cluster.restart()
        return cluster

    def restart(self) -> None:
        options = f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60"
        self._run("pg_ctl", "-D", str(self.data), "-w", "-t", "60", "-l", str(self.log), "-o", options, "start")

    def crash(self) -> None:
        """What a power cut does to the server: no checkpoint, every connection dropped."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def remove(self) -> None:
        if (self.data / "postmaster.pid").exists():
            with contextlib.suppress(subprocess.CalledProcessError):  # already down
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def _run(self, tool: str, *args: str) -> None:
        cmd = [str(self.bin / tool), *args]
        if self._as is not None:
            cmd = ["runuser", "-u", self._as, "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120, cwd=self.root)

    # ------------------------------------------------------------ roles and addresses

    def dsn(self, role: str = "postgres", password: str | None = None, dbname: str = "postgres") -> str:
        secret = self.password if role == "postgres" and password is None else (password or "")
        auth = f"{role}:{secret}" if secret else role
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{dbname}"

    def sql(self, statement: str, *, dbname: str = "postgres") -> None:
        """Run one statement as the superuser (autocommit)."""
        import psycopg

        with psycopg.connect(self.dsn(dbname=dbname), autocommit=True) as conn:
            conn.execute(statement)  # type: ignore[arg-type]  # tests' own fixed SQL

    def add_login(self, role: str, password: str) -> str:
        """A login role with a password; returns its URI."""
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(role), sql.Literal(password))
            )
        return self.dsn(role, password)
