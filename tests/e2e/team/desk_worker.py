"""One desk in a process of its own, for the team races and faults (test_team_races.py, test_team_faults.py).

A desk is an OperationsService on a TeamJournal with its own data folder and its own login, talking to the
test's sandbox over loopback, as a clerk's desk does. Started with the `spawn` context (a fresh interpreter,
nothing inherited but the arguments and the environment); what each call returned or raised is written as
JSON to `out` when the desk is done (and what broke the desk itself, if anything did, as {"crash": ...}).

    race(out, url, uri, folder, plan, barrier)   every step of `plan` after all desks reach the barrier
    payouts(out, url, uri, folder, orders)       phone payouts one after another, whatever the journal says
    outs = run_desks(race, [args of desk 1, ...], tmp_path, timeout_s=80); lines = results(outs)  # the test's side
"""

from __future__ import annotations

import json
import multiprocessing
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from smartpay_desk.api.client import SmartPaymentsClient, Timeouts
from smartpay_desk.api.errors import ApiError
from smartpay_desk.api.models import WithdrawalRequest
from smartpay_desk.services.money.guards import DUPLICATE
from smartpay_desk.services.money.operations import OperationsService
from smartpay_desk.services.profiles.profiles import default_sandbox_profile
from smartpay_desk.services.team.store import TeamJournal

KEY = b"k" * 32  # the destinations' fingerprint key (fingerprint.py), the same on every desk of the team
PHONE = "+442079460612"
# Generous: two cores run four desks, the sandbox and the server; a lost answer would change what is counted.
TIMEOUTS = Timeouts(connect=5.0, read=10.0, write=5.0, deadline=15.0)


def build(url: str, uri: str, folder: str) -> OperationsService:
    Path(folder).mkdir(parents=True, exist_ok=True)
    profile = default_sandbox_profile().bind_sandbox(url)
    client = SmartPaymentsClient(profile.endpoints, "test", "qwerty", timeouts=TIMEOUTS)
    try:
        journal = TeamJournal(uri, folder)
    except BaseException:
        client.close()
        raise
    return OperationsService(client, journal, profile, None, settle_deadline_s=4.0, settle_first_delay_s=0.05,
                             owns_journal=True, fingerprint_key=KEY, not_found_grace_s=0.5)  # fmt: skip


def payout_request(order_id: str, amount: int) -> WithdrawalRequest:
    return WithdrawalRequest(account="", amount=amount, order_id=order_id, customer_phone=PHONE, payment_method="phone")


def attempt(ops: OperationsService, step: str, order_id: str, amount: int) -> dict[str, Any]:
    """One money move; what came back (the state) or what was raised (its class and sentence)."""
    started = time.time()
    line: dict[str, Any] = {"step": step, "order_id": order_id, "amount": amount, "at": started}
    try:
        if step in ("full", "part"):
            result = ops.refund(order_id, amount, f"race {step}")
        elif step == "payout":
            result = ops.payout(payout_request(order_id, amount), confirmed={DUPLICATE})
        elif step == "capture":
            result = ops.capture(order_id)
        else:
            raise ValueError(f"no step {step!r}")
    except ApiError as exc:
        line.update(outcome=type(exc).__name__, message=exc.user_message(), sent=bool(getattr(exc, "sent", False)))
    else:
        line.update(outcome=str(result.state), message=result.message, entry_id=result.entry_id,
                    error=type(result.error).__name__ if result.error else None)  # fmt: skip
    line["took_s"] = time.time() - started
    return line


def _write(out: str, data: dict[str, Any]) -> None:
    Path(out).write_text(json.dumps(data, default=str), encoding="utf-8")


def race(out: str, url: str, uri: str, folder: str, plan: list[tuple[str, str, int]], barrier: Any) -> None:
    """Every (step, order id, amount) of `plan`, each started when every desk has reached the barrier."""
    lines: list[dict[str, Any]] = []
    try:
        ops = build(url, uri, folder)
        try:
            login = ops.journal.login  # type: ignore[attr-defined]
            for step, order_id, amount in plan:
                barrier.wait(timeout=60)
                lines.append(attempt(ops, step, order_id, amount) | {"desk": login})
            barrier.wait(timeout=60)
        finally:
            ops.close()
        _write(out, {"lines": lines})
    except BaseException:
        barrier.abort()  # the other desks stop waiting for this one
        _write(out, {"lines": lines, "crash": traceback.format_exc()})
        raise


def payouts(
    out: str, url: str, uri: str, folder: str, orders: list[tuple[str, int]], pause_s: float = 0.05,
    refused_pause_s: float = 0.3,
) -> None:  # fmt: skip
    """Phone payouts one after another; a refusal (the journal away) is noted, and after a longer pause (a clerk
    reading the sentence) the next one is tried."""
    lines: list[dict[str, Any]] = []
    try:
        ops = build(url, uri, folder)
        try:
            for order_id, amount in orders:
                lines.append(attempt(ops, "payout", order_id, amount))
                time.sleep(refused_pause_s if lines[-1]["outcome"] == "TeamJournalUnavailable" else pause_s)
        finally:
            ops.close()
        _write(out, {"lines": lines})
    except BaseException:
        _write(out, {"lines": lines, "crash": traceback.format_exc()})
        raise


# ---------------------------------------------------------------- the test's side


def run_desks(
    target: Callable[..., None], desks: Sequence[tuple[Any, ...]], folder: Path, timeout_s: float
) -> list[Path]:
    """Start one spawned process per desk (`target(out, *args)`), wait for all of them (killing any still running
    after `timeout_s`), and return where each wrote what it did."""
    context = multiprocessing.get_context("spawn")
    outs = [folder / f"desk-{n}.json" for n in range(len(desks))]
    procs = [
        context.Process(target=target, args=(str(out), *args), daemon=True)
        for out, args in zip(outs, desks, strict=True)
    ]
    for proc in procs:
        proc.start()
    deadline = time.monotonic() + timeout_s
    for proc in procs:
        proc.join(max(0.1, deadline - time.monotonic()))
    for proc in procs:
        if proc.is_alive():
            proc.kill()
            proc.join(5)
    return outs


def results(outs: Sequence[Path]) -> list[dict[str, Any]]:
    """Every desk's lines; a desk that broke or never finished fails the test with what it said."""
    lines: list[dict[str, Any]] = []
    for out in outs:
        assert out.exists(), f"{out.name}: the desk did not finish in time"
        data = json.loads(out.read_text(encoding="utf-8"))
        assert "crash" not in data, data["crash"]
        lines += data["lines"]
    return lines
