"""A session per profile (ui/session.py, ui/context.py): what the tabs are told and in which order, what they
kept coming back with the profile (unless it was changed meanwhile), and the services of a profile left
behind closed once no call runs on them. The Sandbox profile on the practice gateway kept in the data folder:
a restarted desk finds what it did there, another program's practice gateway is used and left running, and
when that program goes away the desk has the practice gateway again and reopens the profile on it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from smartpay_desk.api.models import WithdrawalRequest
from smartpay_desk.api.redact import discard_secret, redact_text
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.journal.states import State
from smartpay_desk.services.profiles.credentials import CredentialStore
from smartpay_desk.services.profiles.session import practice_still_there
from smartpay_desk.ui import session as session_module
from smartpay_desk.ui.context import DeskContext, ProfileSession
from smartpay_desk.ui.session import SessionManager
from smartpay_desk.ui.worker import Call, TaskRunner
from tests.unit.services.support import MemoryKeyring


def test_the_tabs_save_into_the_session_left_then_hear_of_the_new_one(
    desk_session: Any, desk_ctx: Any, training: str
) -> None:
    sandbox_session = desk_ctx.session
    heard: list[tuple[str, object, object]] = []
    desk_ctx.session_leaving.connect(lambda left: heard.append(("leaving", left, desk_ctx.session)))
    desk_ctx.profile_changed.connect(lambda profile: heard.append(("changed", profile, desk_ctx.session)))

    desk_session.open_now(training)
    front = desk_ctx.session
    assert isinstance(front, ProfileSession) and front is not sandbox_session
    assert heard == [("leaving", sandbox_session, sandbox_session), ("changed", front.profile, front)]
    assert (desk_ctx.profile, desk_ctx.ops, desk_ctx.journal) == (front.profile, front.ops, front.ops.journal)
    assert desk_ctx.profile.name == "Training" and desk_ctx.ops.profile.account == "EUR-training"


def test_what_a_profile_showed_comes_back_with_it_unless_the_profile_changed(
    desk_session: Any, desk_ctx: Any, training: str
) -> None:
    desk_ctx.session_leaving.connect(lambda left: left.views.setdefault("probe", f"shown on {left.profile.name}"))
    desk_session.open_now(training)
    assert desk_ctx.session.views == {}  # a profile opened for the first time starts empty
    desk_session.open_now("Sandbox")
    assert desk_ctx.session.views == {"probe": "shown on Sandbox"}
    desk_session.open_now(training)
    assert desk_ctx.session.views == {"probe": "shown on Training"}

    store = desk_session.store
    store.save(store.get(training)._replace(account="EUR-training-2"))  # edited in Profiles… meanwhile
    desk_session.open_now("Sandbox")
    desk_session.open_now(training)
    assert desk_ctx.session.views == {}  # another account: nothing of the old one comes back
    desk_session.forget("Sandbox")  # deleted, say
    desk_session.open_now("Sandbox")
    assert desk_ctx.session.views == {}


def test_the_services_left_behind_close_once_no_call_runs(
    qtbot: Any, desk_session: Any, desk_ctx: Any, sandbox: Any, training: str, monkeypatch: Any
) -> None:
    sandbox_ops = desk_ctx.ops
    closed: list[int] = []
    close = sandbox_ops.close
    monkeypatch.setattr(sandbox_ops, "close", lambda: closed.append(desk_ctx.runner.active_count()) or close())
    sandbox.latency_ms = 500
    desk_ctx.runner.start(Call(sandbox_ops.balance))  # still running when the profile changes
    desk_session.open_now(training)
    assert closed == []  # never under a call
    qtbot.waitUntil(lambda: closed == [0], timeout=5000)
    sandbox.latency_ms = 0
    assert desk_ctx.ops.balance().available > 0  # the new profile's services work on


def test_a_profiles_secret_is_masked_in_logs_once_its_session_opens(desk_session: Any, training: str) -> None:
    desk_session.credentials.set(training, "training-secret-8d2")
    assert redact_text("sent training-secret-8d2") == "sent training-secret-8d2"
    try:
        desk_session.open_now(training)
        assert redact_text("sent training-secret-8d2") == "sent ***"
    finally:
        discard_secret("training-secret-8d2")


# ---------------------------------------------------------------- the practice gateway (issue 13, item 8)


@pytest.fixture
def practice_desk(qtbot: Any, tmp_path: Path) -> Iterator[Callable[[], SessionManager]]:
    """Build SessionManagers on tmp_path as the desk does (no sandbox passed in: the practice gateway of the
    folder); each is shut down and closed after the test if the test did not."""
    made: list[SessionManager] = []

    def make() -> SessionManager:
        manager = SessionManager(
            DeskContext(TaskRunner()), tmp_path, credentials=CredentialStore(backend=MemoryKeyring())
        )
        made.append(manager)
        return manager

    yield make
    for manager in made:
        close(manager)
    discard_secret("qwerty")


def close(manager: SessionManager) -> None:
    manager.ctx.runner.shutdown()
    manager.close()


def payout(order_id: str, amount: int) -> WithdrawalRequest:
    return WithdrawalRequest(account="", amount=amount, order_id=order_id, customer_card_number="4012000000003010")


def test_a_restarted_desk_finds_its_payouts_and_balance_at_the_practice_gateway(
    qtbot: Any, practice_desk: Callable[[], SessionManager], tmp_path: Path
) -> None:
    first = practice_desk()
    first.open_now("Sandbox")
    ops = first.ctx.ops
    assert ops is not None and first.sandbox_url is not None
    start = ops.balance().available
    ops.payout(payout("po-kept", 12_50))
    assert ops.wait_final("po-kept", 5.0).state == State.SUCCEEDED
    ops.payout(payout("po-open", 7_00))  # still processing when the desk closes: open in the journal
    close(first)
    assert not practice_still_there(tmp_path, first.sandbox_url)  # the practice gateway it started is stopped
    assert not (tmp_path / "sandbox.url").exists()

    again = practice_desk()
    again.open_now("Sandbox")
    ops = again.ctx.ops
    assert ops is not None
    assert ops.check("po-kept").status == 2  # still there, not "not found"
    assert ops.balance().available == start - 12_50 - 7_00  # unchanged, not back to 10,000.00
    qtbot.waitUntil(lambda: ops.check("po-open").status == 2, timeout=5000)  # settles there as it would have
    outcomes = ops.reconcile(deadline_s=10.0)
    assert [(o.entry.order_id, o.after) for o in outcomes] == [("po-open", State.SUCCEEDED)]
    assert ops.reconcile(deadline_s=1.0) == []  # nothing left in flight
    assert {e.order_id: e.state for e in ops.journal.entries()} == {"po-kept": "succeeded", "po-open": "succeeded"}


def test_the_desk_works_on_another_programs_practice_gateway_and_leaves_it_running(
    practice_desk: Callable[[], SessionManager], tmp_path: Path
) -> None:
    with SandboxServer(state_file=tmp_path / "sandbox.json") as elsewhere:  # the CLI's, say
        manager = practice_desk()
        profile = manager.open_now("Sandbox")
        assert profile.gateway_url == elsewhere.url and manager.sandbox_server().url == elsewhere.url
        assert manager.ctx.ops is not None and manager.ctx.ops.balance().available > 0
        close(manager)
        assert elsewhere.running and practice_still_there(tmp_path, elsewhere.url)  # not the desk's to stop


def test_when_the_program_serving_it_goes_away_the_desk_has_it_again_and_reopens(
    qtbot: Any, practice_desk: Callable[[], SessionManager], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(session_module, "WATCH_MS", 100)
    elsewhere = SandboxServer(state_file=tmp_path / "sandbox.json").start()
    gone = elsewhere.url
    manager = practice_desk()
    try:
        manager.open_now("Sandbox")
        assert manager.ctx.ops is not None
        manager.ctx.ops.payout(payout("po-before", 3_00))
        assert manager.ctx.ops.wait_final("po-before", 5.0).state == State.SUCCEEDED
    finally:
        elsewhere.stop()  # its program closes: the address stops answering
    with qtbot.waitSignal(manager.practice_moved, timeout=5000) as moved:
        pass  # the watch notices on its own
    qtbot.waitUntil(lambda: manager.ctx.profile is not None and manager.ctx.profile.gateway_url == moved.args[0])
    assert moved.args[0] != gone and practice_still_there(tmp_path, moved.args[0])  # served again (started here)
    ops = manager.ctx.ops
    assert ops is not None and ops.check("po-before").status == 2  # the same state, kept in the folder
    close(manager)
    assert not practice_still_there(tmp_path, moved.args[0])  # the one it started is stopped on close
