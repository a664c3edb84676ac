"""A team journal for a test: a fresh database on the session's PostgreSQL cluster, its schema made by
`team init` as the owner, and the same clerks on every one (roles are the cluster's):

    clerk1 … clerk4   smartpay_operator
    boss, boss2       smartpay_approver (an approver is an operator too)

    team.uri("clerk1")   # a libpq URI with that clerk's password, to this test's database
    team.sql("…")        # as the owner (the cluster's superuser), on this database
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from tests.postgres import Cluster

OPERATORS = ("clerk1", "clerk2", "clerk3", "clerk4")
APPROVERS = ("boss", "boss2")
PASSWORD = "team-test-pw"
_numbers = itertools.count(1)
_roles_made: set[int] = set()


@dataclass
class Team:
    cluster: Cluster
    dbname: str

    def uri(self, role: str = "postgres") -> str:
        return self.cluster.dsn(role, None if role == "postgres" else PASSWORD, dbname=self.dbname)

    def sql(self, statement: str) -> None:
        self.cluster.sql(statement, dbname=self.dbname)


def make_team(cluster: Cluster) -> Team:
    from smartpay_desk.services.team import admin

    dbname = f"team_{next(_numbers)}"
    cluster.sql(f"CREATE DATABASE {dbname}")
    team = Team(cluster, dbname)
    admin.init(team.uri())
    if id(cluster) not in _roles_made:
        for role in (*OPERATORS, *APPROVERS):
            cluster.sql(
                f"DO $$"  # noqa: S608 - the tests' own role names
                f" BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN "
                f"CREATE ROLE {role} LOGIN PASSWORD '{PASSWORD}'; END IF; END $$"
            )
        for role in OPERATORS:
            cluster.sql(f"GRANT smartpay_operator TO {role}")
        for role in APPROVERS:
            cluster.sql(f"GRANT smartpay_approver TO {role}")
        _roles_made.add(id(cluster))
    return team


@contextlib.contextmanager
def own_cluster(logins: tuple[str, ...], dbname: str = "postgres") -> Iterator[Cluster]:
    """A cluster of the test's own (for a test that crashes it): the schema in `dbname`, `logins` as operators with
    PASSWORD; removed afterwards. Skips where no server is installed."""
    import pytest

    from smartpay_desk.services.team import admin
    from tests.postgres import server_bin

    if server_bin() is None:
        pytest.skip("no PostgreSQL server is installed here; scripts/bootstrap installs the distribution's one")
    made = Cluster.start()
    try:
        if dbname != "postgres":
            made.sql(f"CREATE DATABASE {dbname}")
        admin.init(made.dsn(dbname=dbname))
        for role in logins:
            made.add_login(role, PASSWORD)
            made.sql(f"GRANT smartpay_operator TO {role}")
        yield made
    finally:
        made.remove()
