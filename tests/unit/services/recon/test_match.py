"""Matching a report with the journal: every class of difference, refunds by refund id and by parent and amount,
authorizations settled by their captures and cancels, what a report of one status and some days covers."""

from __future__ import annotations

from datetime import timedelta

from smartpay_desk.services.journal.explanations import Explanation
from smartpay_desk.services.recon.match import DiffClass, expected_status, match
from tests.unit.services.recon.support import NOON, entry, later, row, rows, scope


def classes(result: object) -> list[tuple[str, str]]:
    return [(str(d.cls), d.order_id) for d in result.differences]  # type: ignore[attr-defined]


def test_a_report_that_agrees_with_the_journal_has_no_difference() -> None:
    journal = [entry("a"), entry("b", amount=250), entry("c", state="failed")]  # c: not in a success report
    result = match(rows(row("a"), row("b", amount=250)), journal, scope())
    assert (result.rows, result.matched, result.differences, result.open) == (2, 2, [], [])
    assert result.to_json()["period"]["from"] == "2025-03-14"


def test_status_differs_both_ways() -> None:
    journal = [entry("ok"), entry("no", state="failed")]
    result = match(rows(row("ok", "fail"), row("no", "success")), journal, scope(statuses=("success", "fail")))
    assert classes(result) == [("status_differs", "ok"), ("status_differs", "no")]
    first = result.differences[0]
    assert first.sentence == "The journal says the card payment ok succeeded; the gateway's report says fail."
    assert first.expected == "success" and first.row is not None and first.entry is not None
    assert result.differences[1].sentence.endswith("the card payment no failed; the gateway's report says success.")


def test_amount_differs_and_a_currency_too() -> None:
    journal = [entry("a", amount=1000), entry("b", amount=500)]
    result = match(rows(row("a", amount=1200), row("b", amount=500, currency="USD")), journal, scope())
    assert classes(result) == [("amount_differs", "a"), ("amount_differs", "b")]
    assert result.differences[0].sentence == (
        "The journal has the card payment a for 10.00 EUR; the report has 12.00 EUR."
    )


def test_in_the_journal_not_in_the_report_only_for_what_the_report_covers() -> None:
    journal = [
        entry("missing"),  # succeeded on the day: a success report must list it
        entry("failed", state="failed"),  # a success report does not list failures
        entry("open", state="unknown"),  # open: the triage's, not a difference
        entry("before", at=NOON - timedelta(days=1)),  # the day before the report's
        entry("payout", kind="withdrawal"),  # another type
    ]
    result = match([], journal, scope())
    assert classes(result) == [("journal_only", "missing")]
    said = result.differences[0]
    assert said.row is None and said.report_kind == "Payment" and "should list as success" in said.sentence
    assert classes(match([], journal, scope(statuses=("success", "fail")))) == [
        ("journal_only", "missing"), ("journal_only", "failed"),
    ]  # fmt: skip


def test_in_the_report_not_in_the_journal_is_shown_not_alarming() -> None:
    result = match(rows(row("elsewhere", amount=4200)), [], scope())
    [d] = result.differences
    assert (d.cls, d.order_id, d.entry, d.report_kind) == (DiffClass.REPORT_ONLY, "elsewhere", None, "Payment")
    assert not d.cls.alarming and DiffClass.STATUS.alarming
    assert "42.00 EUR" in d.sentence and "made elsewhere" in d.sentence


def test_a_row_listed_twice_is_said_once_more() -> None:
    result = match(rows(row("a"), row("a")), [entry("a")], scope())
    assert result.matched == 1 and classes(result) == [("report_only", "a")]
    assert "lists the payment a again (row 3)" in result.differences[0].sentence


def test_still_open_in_the_journal_with_what_the_report_says() -> None:
    journal = [entry("u", state="unknown"), entry("r", state="needs_review"), entry("p", state="processing")]
    result = match(rows(row("u"), row("r", "fail"), row("p")), journal, scope(statuses=("success", "fail")))
    assert classes(result) == [("still_open", "u"), ("still_open", "r"), ("still_open", "p")]
    assert result.differences[0].sentence == (
        "The journal still has the card payment u open (outcome unknown: checking); the report says success."
    )
    assert "the report says fail" in result.differences[1].sentence


def test_one_difference_per_row_open_first_then_status_then_amount() -> None:
    journal = [entry("a", state="processing"), entry("b", state="failed")]
    result = match(rows(row("a", amount=5), row("b", amount=5)), journal, scope(statuses=("success", "fail")))
    assert classes(result) == [("still_open", "a"), ("status_differs", "b")]


def test_authorizations_are_settled_by_their_captures_and_cancels() -> None:
    held = entry("held", "authorize")
    captured, capture = entry("cap", "authorize"), entry("cap", "capture", at=later(5))
    cancelled, cancel = entry("can", "authorize"), entry("can", "cancel", at=later(5))
    at_once = entry("once", "authorize", note="authorized and already captured")
    on_its_way, pending = entry("way", "authorize"), entry("way", "capture", state="sent")
    assert expected_status(held) == "processing"
    assert expected_status(captured, [capture]) == "success"
    assert expected_status(cancelled, [cancel]) == "fail"
    assert expected_status(at_once) == "success"
    assert expected_status(on_its_way, [pending]) is None
    journal = [held, captured, capture, cancelled, cancel, at_once, on_its_way, pending]
    report = rows(row("held", "processing"), row("cap"), row("can", "fail"), row("once"), row("way"))
    result = match(report, journal, scope(statuses=("success", "fail", "processing")))
    assert classes(result) == [("still_open", "way")]
    assert result.matched == 4
    assert classes(match(rows(row("cap")), [held, captured], scope())) == [("status_differs", "cap")]
    assert "(authorized, not captured)" in match(rows(row("held")), [held], scope()).differences[0].sentence


def test_refunds_are_matched_by_refund_id_else_by_parent_and_amount() -> None:
    by_id = entry("pay-1", "refund", amount=300, note="refunded (refund id 5f1c)")
    by_parent = entry("pay-2", "refund", amount=400)  # its answer was lost: no refund id known
    other_amount = entry("pay-3", "refund", amount=100)
    report = rows(
        row("5f1c", amount=300, type="Refund"),  # the refund's own id, as the sandbox lists it
        row("r-77", amount=400, type="Refund", parent="pay-2"),  # a report with a parent column
        row("pay-3", amount=150, type="Refund"),  # listed under the payment's order id: another amount
    )
    result = match(report, [by_id, by_parent, other_amount], scope("Refund"))
    assert result.matched == 2
    assert classes(result) == [("report_only", "pay-3"), ("journal_only", other_amount.ref)]
    changed = match(rows(row("5f1c", amount=250, type="Refund")), [by_id], scope("Refund"))
    assert classes(changed) == [("amount_differs", "5f1c")]
    assert "the refund of order pay-1 for 3.00 EUR" in changed.differences[0].sentence
    missing = match([], [by_id], scope("Refund"))
    assert classes(missing) == [("journal_only", "5f1c")] and missing.differences[0].report_kind == "Refund"


def test_a_report_without_a_type_column_matches_every_kind() -> None:
    untyped = [row("po-1", type=""), row("5f1c", type="", amount=300)]
    journal = [entry("po-1", "withdrawal"), entry("pay-1", "refund", amount=300, note="refunded (refund id 5f1c)")]
    result = match(rows(*untyped), journal, scope("Payment", "Withdrawal", "Refund"))
    assert (result.matched, result.differences) == (2, [])


def test_a_report_without_dates_misses_nothing() -> None:
    empty = scope()
    undated = type(empty)(empty.types, empty.statuses, None, None)
    assert match([], [entry("a")], undated).differences == []


def test_explanations_close_differences_and_the_newest_is_shown() -> None:
    result = match(rows(row("a", amount=1)), [entry("a"), entry("b")], scope())
    assert [d.key for d in result.open] == [("Payment", "a", "amount_differs"), ("Payment", "b", "journal_only")]
    first = Explanation(1, "2025-03-15T09:00:00+00:00", "anna", "Payment", "a", "amount_differs", "fee taken")
    second = Explanation(2, "2025-03-15T10:00:00+00:00", "ben", "Payment", "a", "amount_differs", "see ticket 9")
    unrelated = Explanation(3, "2025-03-15T10:00:00+00:00", "ben", "Payment", "a", "status_differs", "no")
    explained = result.explained_by([first, second, unrelated])
    assert [d.order_id for d in explained.open] == ["b"] and len(explained.differences) == 2
    assert explained.differences[0].explanation == second
    assert explained.to_json()["differences"][0]["explained"] == {"by": "ben", "at": second.at, "note": "see ticket 9"}
    assert match(rows(row("a", amount=1)), [entry("a")], scope(), [first]).open == []


def test_summary_counts_and_money_per_class_and_the_rows_to_mark() -> None:
    journal = [entry("a", amount=1000), entry("b", amount=2000), entry("c", amount=50)]
    report = rows(row("a", amount=900), row("b", amount=2100), row("x", amount=700), row("c", amount=50))
    result = match(report, journal, scope())
    summary = {s.cls: (s.count, s.unexplained, s.money) for s in result.summary()}
    assert summary == {DiffClass.AMOUNT: (2, 2, {"EUR": 3000}), DiffClass.REPORT_ONLY: (1, 1, {"EUR": 700})}
    assert sorted(result.by_row()) == [0, 1, 2]
    assert result.summary()[0].words() == "amount differs: 2 (2 not explained), 30.00 EUR"
    shape = result.to_json()
    assert set(shape) == {"period", "rows", "matched", "open", "differences"}
    assert set(shape["differences"][0]) >= {"order_id", "kind", "class", "journal", "report"}
    assert shape["differences"][0]["report"]["row"] == 2 and shape["differences"][0]["journal"]["amount"] == 1000
