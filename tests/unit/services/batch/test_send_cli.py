"""`smartpay batch send`'s exit status and progress line (cli/batch_send.py), from outcomes made by hand."""

from __future__ import annotations

import re

import pytest

from smartpay_desk.cli import batch_send
from smartpay_desk.cli.batch_send import exit_status
from smartpay_desk.cli.common import FAILED_EXIT, OK, REFUSED, UNKNOWN_EXIT, WAITING
from smartpay_desk.services.batch import results as res
from smartpay_desk.services.batch.results import BatchOutcome, RowOutcome
from tests.unit.services.batch.send_support import payout_batch, payout_row, refused_row


def outcome(*classes: str, refusal: str | None = None, **kw: object) -> BatchOutcome:
    checked = payout_batch([payout_row("0123456789abcdef", n, 100 + n) for n in range(2, 2 + len(classes))])
    checked.refusal = refusal
    made = BatchOutcome(checked, **kw)  # type: ignore[arg-type]
    made.rows = [RowOutcome(n, "o", 100, "EUR", "", c, "") for n, c in enumerate(classes, start=2)]
    return made


@pytest.mark.parametrize(
    ("classes", "expected"),
    [
        ((res.SUCCEEDED, res.SUCCEEDED), OK),
        ((res.SUCCEEDED, res.DECLINED), FAILED_EXIT),
        ((res.SUCCEEDED, res.REFUSED), REFUSED),
        ((res.SUCCEEDED, res.NOT_SENT), REFUSED),
        ((res.DECLINED, res.REFUSED), FAILED_EXIT),
        ((res.DECLINED, res.UNKNOWN), UNKNOWN_EXIT),
        ((res.SUCCEEDED, res.PROCESSING), UNKNOWN_EXIT),
        ((res.SUCCEEDED, res.REVIEW), UNKNOWN_EXIT),
        ((res.SUCCEEDED, res.BUSY), UNKNOWN_EXIT),
        ((res.SUCCEEDED, res.WAITING), WAITING),
    ],
)
def test_the_worst_row_decides_the_exit_status(classes: tuple[str, ...], expected: int) -> None:
    assert exit_status(outcome(*classes)) == expected


def test_a_batch_refused_as_a_whole_exits_2_and_one_waiting_for_approval_4() -> None:
    assert exit_status(outcome(res.REFUSED, refusal="It does not fit the balance by 12.00 EUR.")) == REFUSED
    assert exit_status(outcome(res.WAITING, res.WAITING, approval_id=7)) == WAITING


def test_ctrl_c_exits_3_even_when_every_row_sent_succeeded() -> None:
    assert exit_status(outcome(res.SUCCEEDED, res.NOT_SENT, stopped="interrupted")) == UNKNOWN_EXIT


def test_progress_is_said_now_and_then_never_per_row(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [100.0]
    monkeypatch.setattr(batch_send.time, "monotonic", lambda: now[0])
    progress = batch_send._Progress(1000)
    row = RowOutcome(2, "o", 1, "EUR", "", res.SUCCEEDED, "")
    for done in range(1, 1001):
        now[0] += 0.01  # 100 rows a second: ten seconds in all
        progress(done, 1000, row)
    lines = capsys.readouterr().err.splitlines()  # every 5 seconds, and nothing once the last row is done
    assert len(lines) == 1 and re.fullmatch(r"sending: 50[01] of 1000 rows done", lines[0])


def test_refused_rows_come_first_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    made = outcome(res.SUCCEEDED, res.DECLINED)
    made.checked.rows.append(refused_row(9, "amount: write an amount"))
    made.rows[1] = RowOutcome(3, "o", 100, "EUR", "", res.DECLINED, "The payout was declined.")
    batch_send._say(made, shown=res.REFUSED)
    captured = capsys.readouterr()
    assert "row 3: declined: The payout was declined." in captured.err
    assert "  succeeded: 1 (1.00 EUR)" in captured.out and "  declined: 1 (1.00 EUR)" in captured.out
