"""Shared fixtures. QT_QPA_PLATFORM is set before anything imports Qt (no screen on test machines)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The sandbox posts callbacks to loopback hosts only while the tests run (sandbox/callbacks.py): the
# documentation's examples name https://site.com/callback, and no test may send traffic off this machine.
os.environ["SMARTPAY_SANDBOX_CALLBACKS"] = "loopback"
# No test reaches the system keyring by chance: the journal keys itself with a real keyring when it finds one
# (CI runs a gnome-keyring), while the CLI subprocesses of the tests run with the fail backend, as on a machine
# without one. Tests that want a keyring pass one (MemoryKeyring); tests/e2e/test_keyring_real.py lifts this.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from collections.abc import Iterator

import pytest

from smartpay_desk.sandbox import SandboxServer


@pytest.fixture(scope="session", autouse=True)
def _event_types_built_as_the_desk_builds_them() -> None:
    """The desk builds PySide's event types before any event filter of its own sees an event (ui/app.py,
    build_event_types: PySide 6.11 may crash building them inside a filter); the widgets the tests build
    without the desk's make_application run in the same process state."""
    from smartpay_desk.ui.app import build_event_types

    build_event_types()


@pytest.fixture(autouse=True)
def _secrets_registered_by_a_test_end_with_it() -> Iterator[None]:
    """The process-wide secret registry (api/scrub.py) is the desk's for its whole run; in the tests each test
    starts with the registry it found, so a secret one test registered (hypothesis makes short ones) never
    masks another test's text."""
    from smartpay_desk.api import scrub

    before = set(scrub.registered())
    yield
    for secret in set(scrub.registered()) - before:
        scrub.discard_secret(secret)


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    """A fresh sandbox (with history) on a free loopback port, for tests that change state.

    Payouts settle and reports finish after 0.3 s. Stopped, with all its threads joined, after the test.
    """
    with SandboxServer(host="127.0.0.1", port=0, settle_delay_s=0.3, report_delay_s=0.3) as srv:
        yield srv


@pytest.fixture(scope="session")
def sandbox_session() -> Iterator[SandboxServer]:
    """One sandbox for the whole session: only for tests that read (check history, balances, reports)."""
    with SandboxServer(host="127.0.0.1", port=0, settle_delay_s=0.3, report_delay_s=0.3) as srv:
        yield srv


@pytest.fixture(scope="session")
def postgres() -> Iterator[object]:
    """A real PostgreSQL cluster of the distribution's server (tests/postgres.py), one for the session.

    scripts/bootstrap installs the server; where none is installed the team tests cannot run and say so.
    """
    from tests.postgres import Cluster, server_bin

    if server_bin() is None:
        pytest.skip("no PostgreSQL server is installed here; scripts/bootstrap installs the distribution's one")
    cluster = Cluster.start()
    try:
        yield cluster
    finally:
        cluster.remove()


@pytest.fixture
def team(postgres: object) -> object:
    """A fresh team journal for this test on the session's cluster (tests/team.py): clerk1…clerk4, boss, boss2."""
    from tests.team import make_team

    return make_team(postgres)  # type: ignore[arg-type]
