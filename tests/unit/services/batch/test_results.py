"""The results workbook (services/batch/results.py): every row, its outcome and sentence, a summary; no full card
number anywhere in the file; written atomically."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from smartpay_desk.api.luhn import luhn_ok
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.batch import results as res
from smartpay_desk.services.batch.results import BatchOutcome, RowOutcome, write_results
from smartpay_desk.services.batch.send import send_batch
from smartpay_desk.services.reports.exports import ExportError
from tests.unit.services.batch.send_support import ops_for, payout_batch, payout_row, refused_row
from tests.unit.services.support import BAD_CARD, GOOD_CARD

DIGIT_RUN = re.compile(rb"(?<!\d)\d{13,19}(?!\d)")


def card_numbers_in(path: Path) -> list[bytes]:
    """Every Luhn-valid run of 13-19 digits in any part of the xlsx (XML as stored, after unzipping)."""
    found: list[bytes] = []
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            found += [m for m in DIGIT_RUN.findall(zf.read(name)) if luhn_ok(m.decode())]
    return found


def test_every_row_with_its_outcome_and_a_summary(sandbox: SandboxServer, tmp_path: Path) -> None:
    ops = ops_for(sandbox, tmp_path)
    try:
        checked = payout_batch(
            [payout_row("0123456789abcdef", 2, 1250), refused_row(3, f"card_number: {GOOD_CARD[:6]}… fails the check"),
             payout_row("0123456789abcdef", 4, 700, card=BAD_CARD)]
        )  # fmt: skip
        outcome = send_batch(checked, ops, results=tmp_path / "results.xlsx", wait_s=3)
    finally:
        ops.close()
    assert outcome.results_path == tmp_path / "results.xlsx" and not outcome.results_problem
    book = load_workbook(outcome.results_path, read_only=True)
    table = list(book["Rows"].iter_rows(values_only=True))
    assert table[0] == res.HEADERS
    by_row = {line[0]: line for line in table[1:]}
    assert sorted(by_row) == [2, 3, 4]
    assert by_row[2][1] == "b0123456789abr2" and by_row[2][2] == "card 401200******3010"
    assert float(by_row[2][3]) == 12.5 and by_row[2][4] == "EUR"
    assert (by_row[2][5], by_row[2][6], by_row[2][7]) == ("succeeded", "success", "succeeded")
    assert isinstance(by_row[2][9], int)
    assert by_row[3][5] == "refused at check" and "fails the check" in by_row[3][8]
    assert by_row[4][5] == "declined" and by_row[4][6] == "fail"
    summary = dict(book["Summary"].iter_rows(min_row=2, values_only=True))
    assert summary["Batch id"] == "0123456789abcdef" and summary["Rows in the file"] == 3
    assert summary["Succeeded"] == "1 row (12.50 EUR)" and summary["Declined"] == "1 row (7.00 EUR)"
    book.close()
    assert card_numbers_in(outcome.results_path) == []


def test_nothing_the_file_holds_is_a_full_card_number_even_if_a_sentence_had_one(tmp_path: Path) -> None:
    checked = payout_batch([refused_row(2, f"card {GOOD_CARD} and {BAD_CARD} are wrong")])
    outcome = BatchOutcome(checked, res.refused_rows(checked))
    outcome.rows.append(RowOutcome(3, GOOD_CARD, 100, "EUR", f"card {GOOD_CARD}", res.NOT_SENT, GOOD_CARD))
    path = write_results(tmp_path / "r.xlsx", outcome)
    assert card_numbers_in(path) == []
    rows = list(load_workbook(path, read_only=True)["Rows"].iter_rows(min_row=2, values_only=True))
    assert "401200******3010" in str(rows[0][8])


def test_written_atomically_over_an_older_file(tmp_path: Path) -> None:
    target = tmp_path / "results.xlsx"
    target.write_bytes(b"the older results")
    checked = payout_batch([refused_row(2)])
    outcome = BatchOutcome(checked, res.refused_rows(checked))
    write_results(target, outcome)
    assert zipfile.is_zipfile(target)
    assert [p.name for p in tmp_path.iterdir()] == ["results.xlsx"]  # no temporary file left


def test_a_folder_that_is_not_there_is_a_sentence_and_send_still_returns(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    checked = payout_batch([refused_row(2)])
    with pytest.raises(ExportError, match="does not exist"):
        write_results(tmp_path / "nowhere" / "r.xlsx", BatchOutcome(checked))
    ops = ops_for(sandbox, tmp_path)
    try:
        outcome = send_batch(payout_batch([payout_row("0123456789abcdef", 2, 100)]), ops,
                             results=tmp_path / "nowhere" / "r.xlsx", wait_s=0)  # fmt: skip
    finally:
        ops.close()
    assert outcome.results_path is None and "could not be written" in outcome.results_problem
    assert len(outcome.of(res.PROCESSING, res.SUCCEEDED)) == 1


def test_the_summary_says_each_class_with_its_sums() -> None:
    checked = payout_batch([refused_row(2)])
    outcome = BatchOutcome(checked, res.refused_rows(checked), stopped="the batch was cancelled")
    outcome.rows += [
        RowOutcome(3, "a", 1000, "EUR", "", res.SUCCEEDED, ""),
        RowOutcome(4, "b", 250, "EUR", "", res.SUCCEEDED, ""),
    ]
    said = "2 succeeded (12.50 EUR); 1 refused at check. The batch stopped: the batch was cancelled."
    assert outcome.summary == said
