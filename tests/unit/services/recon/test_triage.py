"""Triage: everything that needs a person, oldest first, with its age and the one action that moves it on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from openpyxl import load_workbook

from smartpay_desk.services.journal.explanations import Explanation
from smartpay_desk.services.journal.store import Journal
from smartpay_desk.services.recon.export import HEADERS, export_reconciliation
from smartpay_desk.services.recon.match import match
from smartpay_desk.services.recon.triage import Action, age_words, difference_items, open_items, waited_too_long
from tests.unit.services.recon.support import entry, row, rows, scope


def _journal(path: Path) -> Journal:
    j = Journal(path)
    for n, state in enumerate(("succeeded", "processing", "unknown", "sent", "failed")):
        made = j.record_intent(kind="payment_h2h", order_id=f"o-{n}", profile="P", environment="sandbox",
                               amount=1000 + n, currency="EUR")  # fmt: skip
        j.update(made.id, "sent")
        if state != "sent":
            j.update(made.id, state)
        j.release(made.id)
    refund = j.record_intent(kind="refund", order_id="o-0", profile="P", environment="sandbox", amount=300,
                             currency="EUR")  # fmt: skip
    j.update(refund.id, "sent")
    j.update(refund.id, "needs_review", note="its answer was lost")
    j.release(refund.id)
    j.record_intent(kind="payment_h2h", order_id="other-profile", profile="Q", environment="sandbox", amount=1)
    return j


def test_what_needs_a_person_oldest_first_with_its_action(tmp_path: Path) -> None:
    with _journal(tmp_path / "j.sqlite3") as j:
        soon = open_items(j, profile="P")  # just written: only what is unknown or waiting for review
        assert [(i.order_id, i.action) for i in soon] == [("o-2", Action.CHECK), ("o-0", Action.REVIEW)]
        later = datetime.now(UTC) + timedelta(hours=2)
        items = open_items(j, profile="P", now=later)
        assert [(i.order_id, i.action) for i in items] == [
            ("o-1", Action.CHECK), ("o-2", Action.CHECK), ("o-3", Action.CHECK), ("o-0", Action.REVIEW),
        ]  # fmt: skip
        assert [i.since for i in items] == sorted(i.since for i in items)
        review = items[-1]
        assert review.command.startswith(f"smartpay resolve {review.entry_id} ") and review.action.words == (
            "settle the review"
        )
        assert "refund of 3.00 EUR for order o-0 needs your verdict" in review.sentence
        assert items[0].sentence == f"The card payment of 10.01 EUR for order o-1 is processing at the gateway " \
                                    f"(journal entry {items[0].entry_id})."  # fmt: skip
        assert items[0].age_words in ("1 h 59 min", "2 h") and items[0].to_json()["action"] == "check_again"
        assert open_items(j, profile="P", older_than=timedelta(hours=3), now=later) == soon[:0] + [
            i for i in items if i.action is Action.REVIEW or i.order_id == "o-2"
        ]  # fmt: skip
        assert waited_too_long(items) == [] and len(waited_too_long(open_items(j, now=later + timedelta(days=1)))) == 5


def test_unexplained_differences_wait_for_an_explanation(tmp_path: Path) -> None:
    result = match(rows(row("a", amount=1), row("x")), [entry("a")], scope())
    items = difference_items(result.differences, report="r.xlsx", now=datetime(2025, 3, 15, 12, 0, tzinfo=UTC))
    assert [(i.order_id, i.action, i.age_words) for i in items] == [("a", Action.EXPLAIN, "1 day"),
                                                                  ("x", Action.EXPLAIN, "23 h 59 min")]  # fmt: skip
    assert items[0].command == "smartpay reconcile-report r.xlsx --explain a --class amount_differs --note TEXT"
    assert items[0].sentence.startswith("Amount differs: The journal has") and items[0].difference is not None
    explained = result.explained_by([Explanation(1, "2025-03-15T09:00:00+00:00", "anna", "Payment", "a",
                                                 "amount_differs", "fee")])  # fmt: skip
    with Journal(tmp_path / "j.sqlite3") as j:
        assert [i.order_id for i in open_items(j, differences=explained.differences)] == ["x"]


def test_age_words() -> None:
    assert [age_words(timedelta(seconds=s)) for s in (-5, 45, 600, 3600, 3900, 86_400, 90_000, 200_000)] == [
        "0 s", "45 s", "10 min", "1 h", "1 h 5 min", "1 day", "1 day 1 h", "2 days 7 h",
    ]  # fmt: skip


def test_the_reconciliation_exported_with_its_explanations(tmp_path: Path) -> None:
    result = match(rows(row("a", amount=1), row("=HYPERLINK(1)", amount=2)), [entry("a")], scope())
    result = result.explained_by([Explanation(1, "2025-03-15T09:00:00+00:00", "anna", "Payment", "a",
                                              "amount_differs", "=fee, 4012000000003010")])  # fmt: skip
    path = export_reconciliation(tmp_path / "reconciliation.xlsx", result)
    sheet = load_workbook(path).active
    table = [[c.value for c in r] for r in sheet.iter_rows()]
    assert tuple(table[0]) == HEADERS and sheet.title == "Reconciliation"
    first = dict(zip(HEADERS, table[1], strict=True))
    assert (first["Class"], first["Order ID"], first["Journal amount"], first["Report amount"]) == (
        "amount differs", "a", 10, 0.01,
    )  # fmt: skip
    assert (first["Explained by"], first["Explained at"]) == ("anna", "2025-03-15 09:00:00 UTC")
    assert first["Explanation"].startswith("'=fee") and "4012000000003010" not in first["Explanation"]
    assert table[2][2] == "'=HYPERLINK(1)"  # an order id from outside is never a formula
    assert any(r[0] == "Summary" and r[3].startswith("amount differs: 1 (0 not explained)") for r in table)
    assert table[-1][0] == "Reconciled" and "2 report rows, 0 agree" in table[-1][3]
