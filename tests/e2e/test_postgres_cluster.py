"""The throwaway PostgreSQL cluster the team-journal tests stand on: a real server, roles, a crash and back."""

from __future__ import annotations

import psycopg
import pytest

from tests.postgres import Cluster


def test_a_login_role_connects_over_loopback_with_its_password(postgres: Cluster) -> None:
    uri = postgres.add_login("harness_clerk", "clerk-pw")
    with psycopg.connect(uri) as conn:
        row = conn.execute("SELECT current_user, inet_server_addr()::text").fetchone()
    assert row is not None and row[0] == "harness_clerk" and row[1].startswith("127.0.0.1")


def test_a_wrong_password_is_refused(postgres: Cluster) -> None:
    postgres.add_login("harness_other", "right-pw")
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(postgres.dsn("harness_other", "wrong-pw"), connect_timeout=5).close()


def test_a_crash_drops_connections_and_a_restart_keeps_committed_rows(postgres: Cluster) -> None:
    postgres.sql("CREATE TABLE harness_t (n int)")
    postgres.sql("INSERT INTO harness_t VALUES (1)")
    conn = psycopg.connect(postgres.dsn(), autocommit=True)
    postgres.crash()
    with pytest.raises(psycopg.OperationalError):
        conn.execute("SELECT 1")
    conn.close()
    postgres.restart()
    with psycopg.connect(postgres.dsn()) as again:
        row = again.execute("SELECT count(*) FROM harness_t").fetchone()
    assert row == (1,)
