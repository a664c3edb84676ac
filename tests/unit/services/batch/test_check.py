"""services.batch.check: every payout or refund row gets its verdict and sentence (the form's and the guards' words,
after the column), duplicates in the file and in the journal are named, this batch's own rows are resumed, the
totals meet the balance (read once), and the journal is read in bulk. On a sandbox with a journal in tmp_path."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartpay_desk.api.errors import Declined
from smartpay_desk.api.models import HostToHostRequest, WithdrawalRequest
from smartpay_desk.api.validation import validate_withdrawal
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.batch.check import check_rows
from smartpay_desk.services.batch.files import FileRow
from smartpay_desk.services.batch.model import REFUSED, derived_order_id, refund_key, row_note
from smartpay_desk.services.batch.plain import Plain
from smartpay_desk.services.journal.states import State
from smartpay_desk.services.money import fingerprint as fp
from smartpay_desk.services.money.operations import OperationsService
from tests.unit.services.support import BAD_CARD, CUSTOMER, GOOD_CARD, SITE, card, direct_client, make_ops

BATCH = "0123456789abcdef"
KEY = fp.key_from_secret("qwerty")
TODAY = dt.date(2026, 12, 3)


@pytest.fixture
def ops(sandbox: SandboxServer, tmp_path: Path) -> Iterator[OperationsService]:
    service = make_ops(sandbox, tmp_path, fingerprint_key=KEY)
    yield service
    service.close()


def rows(*values: dict[str, Any], start: int = 2) -> list[FileRow]:
    return [FileRow(start + i, v) for i, v in enumerate(values)]


def good(**more: Any) -> dict[str, Any]:
    return {"amount": "12.50", "card_number": GOOD_CARD, "card_expiry": "12/30", **more}


def check(ops: OperationsService, *values: dict[str, Any], kind: str = "payout") -> Any:
    return check_rows(rows(*values), kind, ops, batch_id=BATCH, today=TODAY)  # type: ignore[arg-type]


# ---------------------------------------------------------------- payouts: each row's own problems


@pytest.mark.parametrize(
    ("cells", "field", "words"),
    [
        ({"amount": "abc"}, "amount", "“abc” is not an amount"),
        ({"amount": 0}, "amount", "The amount must be more than zero."),
        ({"amount": 12.345}, "amount", "EUR has 2 decimal places"),
        ({"card_number": "4012000000003011"}, "card_number", "This card number is not valid"),
        ({"card_expiry": "01/20"}, "card_expiry", "This card expired at the end of 01/2020."),
        ({"card_expiry": "2026-12-30"}, "card_expiry", "turned this expiry into the date"),
        ({"card_number": None, "card_expiry": None, "phone": "+4412"}, "phone", "phone"),
        ({"card_number": None, "card_expiry": None, "phone": 442079460612}, "phone", "drops a leading + or 0"),
        ({"card_number": None}, None, "No destination: fill in one of card_number, phone or bank_account."),
        ({"phone": "+442079460612"}, "card_number, phone", "this one names a card and a phone"),
        ({"card_number": None, "bank_account": "DE89370400440532013000"}, "account_holder", "account holder"),
        ({"currency": "usd"}, "currency", "The account EUR-sandbox-payout works in EUR, not USD."),
        ({"purpose": "refund 4012 0000 0000 3010"}, "purpose", "card numbers never go in a description"),
        ({"order_id": "inv 1"}, "order_id", "An order id may contain only letters"),
    ],
)
def test_a_bad_row_is_refused_with_the_forms_sentence_under_its_column(
    ops: OperationsService, cells: dict[str, Any], field: str | None, words: str
) -> None:
    checked = check(ops, good(**cells), good(order_id="fine"))
    bad, fine = checked.rows
    assert bad.verdict == REFUSED and bad.field == field and words in bad.sentence, bad.sentence
    assert bad.sentence.startswith(f"{field}: " if field else words) and bad.payout is None
    given = [c for c in ("card_number", "phone", "bank_account") if good(**cells).get(c) is not None]
    if len(given) == 1 and "stored as a number" not in bad.sentence and "drops a leading" not in bad.sentence:
        assert bad.destination.startswith({"card_number": "card ", "phone": "phone ", "bank_account": "account "}[
            given[0]]), bad.destination  # fmt: skip
        assert "0000000030" not in bad.destination  # a card only masked: BIN and last four
    else:
        assert bad.destination == "", bad.destination  # none named, or two: the sentence says which
    assert fine.ok and fine.sentence == "Pay 12.50 EUR to card 401200******3010." and fine.payout is not None
    assert fine.fingerprint == fp.fingerprint(KEY, fine.payout) and fine.destination == "card 401200******3010"
    assert checked.refusal is None and not checked.all_ok and checked.totals == {"EUR": 1250}


def test_a_refused_row_names_its_destination_with_any_card_number_masked(ops: OperationsService) -> None:
    checked = check(ops, good(card_number=None, card_expiry=None, phone="4111111111111111"),
                    good(card_number="4111 1111 1111 1111 x"), good(phone=GOOD_CARD))  # fmt: skip
    assert [r.verdict for r in checked.rows] == [REFUSED] * 3
    assert [r.destination for r in checked.rows] == ["phone 411111******1111", "card 411111******1111", ""]


def test_a_good_row_with_a_card_number_as_its_bank_account_names_it_masked(ops: OperationsService) -> None:
    """Accepted as an account (the gateway decides), but the card number is never shown, journalled or written into
    the results in full."""
    checked = check(ops, {"amount": 5, "bank_account": GOOD_CARD, "account_holder": "JANE DOE"})
    assert checked.all_ok, [r.sentence for r in checked.rows]
    assert checked.rows[0].destination == f"account {GOOD_CARD[:6]}******{GOOD_CARD[-4:]} (JANE DOE)"


def test_good_rows_of_every_destination(ops: OperationsService) -> None:
    checked = check(
        ops, good(purpose="March"), {"amount": 7, "phone": "+44 20 7946 0612", "first_name": "Jane"},
        {"amount": "1 234,50", "bank_account": "DE89370400440532013000", "account_holder": "JANE DOE"},
    )  # fmt: skip
    assert checked.all_ok, [r.sentence for r in checked.rows]
    phone, bank = checked.rows[1].payout, checked.rows[2].payout
    assert phone is not None and phone.payment_method == "phone" and phone.customer_phone == "+442079460612"
    assert bank is not None and bank.account_withdrawal_holder == "JANE DOE" and bank.customer_card_number is None
    assert [r.order_id for r in checked.rows] == [derived_order_id(BATCH, n) for n in (2, 3, 4)]
    assert all(r.derived for r in checked.rows) and checked.totals == {"EUR": 1250 + 700 + 123450}
    assert checked.available == {"EUR": 1_000_000} and checked.largest is checked.rows[2]


def test_the_same_order_id_or_the_same_payout_twice_in_the_file(ops: OperationsService) -> None:
    checked = check(ops, good(order_id="a"), good(order_id="a", amount=3), good(order_id="b"), good(amount="12.5"))
    first, same_id, same_payout, again = checked.rows
    assert first.ok
    assert same_id.field == "order_id" and "Order id a is on row 2 too" in same_id.sentence
    assert same_payout.verdict == REFUSED and same_payout.sentence.startswith(
        "Row 2 already pays 12.50 EUR to card 401200******3010: the same payout twice in one file is refused."
    )
    assert again.verdict == REFUSED and "Row 2 already pays" in again.sentence


def test_an_order_id_in_the_journal_is_refused_unless_this_batch_wrote_it(ops: OperationsService) -> None:
    taken = ops.payout(WithdrawalRequest("", 100, "taken-1", customer_card_number=GOOD_CARD))
    mine = ops.payout(WithdrawalRequest("", 200, "inv-7", customer_card_number=BAD_CARD), note=row_note(BATCH, 3))
    derived = ops.payout(WithdrawalRequest("", 300, derived_order_id(BATCH, 4), customer_phone="+442079460612",
                                           payment_method="phone"))  # fmt: skip
    checked = check(
        ops, good(order_id="taken-1", amount=1), {"order_id": "inv-7", "amount": 2, "card_number": BAD_CARD},
        {"amount": 3, "phone": "+442079460612"}, good(amount=4),
    )  # fmt: skip
    assert checked.rows[0].field == "order_id" and (
        f"Order id taken-1 is already in this desk's journal (journal entry {taken.entry_id}"
        in checked.rows[0].sentence
    )
    for row, result in ((checked.rows[1], mine), (checked.rows[2], derived)):
        entry = ops.journal.entry_by_id(result.entry_id)
        assert row.ok and row.sentence == f"already sent by this batch: {State(entry.state).words}"
    assert checked.totals == {"EUR": 200 + 300 + 400}
    assert any("2 rows were already sent by this batch" in n and "4.00 EUR still to send" in n for n in checked.notes)


def test_a_row_this_batch_sent_stays_good_when_its_card_has_expired_since(ops: OperationsService) -> None:
    req = WithdrawalRequest("", 500, "inv-9", customer_card_number=GOOD_CARD, customer_card_exp_month="12",
                            customer_card_exp_year="26")  # fmt: skip
    ops.payout(req, note=row_note(BATCH, 2))
    later = check_rows(rows(good(order_id="inv-9", amount=5, card_expiry="12/26")), "payout", ops, batch_id=BATCH,
                       today=dt.date(2027, 2, 1))  # fmt: skip
    assert later.rows[0].ok and later.rows[0].sentence.startswith("already sent by this batch: ")
    other = check_rows(rows(good(order_id="inv-9", amount=5, card_expiry="12/26")), "payout", ops,
                       batch_id="fedcba9876543210", today=dt.date(2027, 2, 1))  # fmt: skip
    assert other.rows[0].verdict == REFUSED and "card_expiry: This card expired" in other.rows[0].sentence
    assert "is already in this desk's journal" in other.rows[0].sentence  # another batch's: both said


def test_the_same_destination_and_amount_paid_in_the_last_24_hours(ops: OperationsService) -> None:
    earlier = ops.payout(WithdrawalRequest("", 1250, "earlier-1", customer_card_number=GOOD_CARD))
    twin = "4012000000183010"  # the same first six and last four: only the fingerprint tells them apart
    checked = check(ops, good(), good(amount=13), good(card_number=twin))
    paid, other_amount, other_card = checked.rows
    assert paid.verdict == REFUSED and paid.field == "amount"
    assert "A payout of 12.50 EUR to card 401200******3010 was already made" in paid.sentence
    assert f"journal entry {earlier.entry_id}" in paid.sentence and "--confirm-duplicate" in paid.sentence
    assert other_amount.ok and other_card.ok
    later = check_rows(rows(good()), "payout", ops, batch_id=BATCH, now=dt.datetime.now(dt.UTC) + dt.timedelta(days=2))
    assert later.rows[0].ok  # outside the 24 hours


def test_an_older_entry_without_a_fingerprint_is_compared_by_its_masked_destination(ops: OperationsService) -> None:
    entry = ops.journal.record_intent(kind="withdrawal", order_id="old-1", profile=ops.profile.name,
                                      environment="sandbox", amount=700, currency="EUR",
                                      destination="phone +442079460612", request={"amount": 700})  # fmt: skip
    checked = check(ops, {"amount": 7, "phone": "+442079460612"})
    assert checked.rows[0].verdict == REFUSED and f"journal entry {entry.id}" in checked.rows[0].sentence


def test_a_batch_that_does_not_fit_the_balance_is_refused_by_how_much(
    ops: OperationsService, sandbox: SandboxServer
) -> None:
    sandbox.received.clear()
    checked = check(ops, *[good(amount="2000", card_number=None, phone=f"+4420794606{i:02d}") for i in range(6)])
    assert [r.ok for r in checked.rows] == [True] * 6
    assert checked.refusal == (
        "The batch pays out 12000.00 EUR but the payout balance of EUR-sandbox-payout is 10000.00 EUR: 2000.00 EUR "
        "short. Remove rows or wait for the balance to grow, then check the file again."
    )
    assert [r.path for r in sandbox.received.of()] == ["/withdrawal/balance/get"]  # one read for the whole file
    nothing = check(ops, good(amount="x"))
    assert nothing.refusal is not None and nothing.refusal.startswith("No row can be sent")


def test_the_journal_and_the_gateway_are_asked_in_bulk(
    ops: OperationsService, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    ops.payout(WithdrawalRequest("", 100, "history-1", customer_card_number=GOOD_CARD))
    calls: dict[str, int] = {}
    for name in ("entries_for", "entries", "first_requests", "events", "entry"):
        real = getattr(ops.journal, name)

        def counted(*a: Any, _real: Any = real, _name: str = name, **k: Any) -> Any:
            calls[_name] = calls.get(_name, 0) + 1
            return _real(*a, **k)

        monkeypatch.setattr(ops.journal, name, counted)
    sandbox.received.clear()
    values = [good(order_id=f"bulk-{i}", amount=1, card_number=None, phone=f"+44207946{i:04d}") for i in range(300)]
    checked = check(ops, *values)
    assert len(checked.good) == 300
    assert calls == {"entries_for": 1, "entries": 1, "first_requests": 1}
    assert [r.path for r in sandbox.received.of()] == ["/withdrawal/balance/get"]


def test_derived_order_ids_are_stable() -> None:
    assert derived_order_id(BATCH, 12) == "b0123456789abr12"


# ---------------------------------------------------------------- the fast path never says yes wrongly

PARTS = {
    "order_id": st.sampled_from(["inv-1", "", " ", "a b", "x" * 65, GOOD_CARD, "o\ud800"]),
    "amount": st.sampled_from([1, 0, -5, 10**15, 1250]),
    "customer_card_number": st.sampled_from([None, GOOD_CARD, "4012000000003011", "", "40120000", "4012 0000"]),
    "customer_card_exp_month": st.sampled_from([None, "12", "1", "13", ""]),
    "customer_card_exp_year": st.sampled_from([None, "30", "2030", "19", "x"]),
    "payment_method": st.sampled_from([None, "phone", "", "sms"]),
    "customer_phone": st.sampled_from([None, "+442079460612", "+4412", "442079460612", ""]),
    "account_withdrawal": st.sampled_from([None, "DE89370400440532013000", "", "x" * 65]),
    "account_withdrawal_holder": st.sampled_from([None, "JANE DOE", "", GOOD_CARD]),
    "customer_first_name": st.sampled_from([None, "Jane", "", "x" * 300, "\ud800"]),
    "customer_last_name": st.sampled_from([None, "Doe", GOOD_CARD]),
    "purpose": st.sampled_from([None, "March", " ", f"card {GOOD_CARD}"]),
    "customer_zip_code": st.sampled_from([None, "121165", "!"]),
}


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.fixed_dictionaries(PARTS))
def test_the_fast_path_says_yes_only_where_validate_withdrawal_does(parts: dict[str, Any]) -> None:
    req = WithdrawalRequest(account="EUR-sandbox-payout", **parts)
    if Plain(TODAY).valid(req):
        assert validate_withdrawal(req, TODAY) == {}


def test_the_fast_path_says_yes_to_the_usual_rows() -> None:
    plain = Plain(TODAY)
    for req in (
        WithdrawalRequest("EUR-sandbox-payout", 1250, "inv-1", purpose="March", customer_card_number=GOOD_CARD,
                          customer_card_exp_month="12", customer_card_exp_year="30", customer_first_name="Jane"),
        WithdrawalRequest("EUR-sandbox-payout", 1, "b0123r2", payment_method="phone", customer_phone="+442079460612"),
        WithdrawalRequest("EUR-sandbox-payout", 9, "x.1", account_withdrawal="DE89", account_withdrawal_holder="J D"),
    ):  # fmt: skip
        assert plain.valid(req) and validate_withdrawal(req, TODAY) == {}


# ---------------------------------------------------------------- refunds


def paid(sandbox: SandboxServer, order_id: str, amount: int, number: str = GOOD_CARD) -> None:
    with direct_client(sandbox.url) as client, contextlib.suppress(Declined):  # a declined card: a failed payment
        client.init_payment_h2h(
            HostToHostRequest("EUR-sandbox", amount, "EUR", order_id, SITE, CUSTOMER, "J D", card(number))
        )


def test_refund_rows_get_the_guards_sentences(ops: OperationsService, sandbox: SandboxServer) -> None:
    for order_id in ("r-1", "r-2", "r-3", "r-4", "r-5"):
        paid(sandbox, order_id, 1000)
    paid(sandbox, "r-failed", 1000, BAD_CARD)
    sandbox.faults.add(path="/refund", kind="drop_after_commit")
    held = ops.refund("r-3", 100, "lost answer")
    assert held.state == State.NEEDS_REVIEW
    mine = ops.refund("r-5", 400, "sent before", key=refund_key(BATCH, 8))
    checked = check(
        ops,
        {"order_id": "r-1", "amount": "10.01", "reason": "too much"},
        {"order_id": "r-2", "reason": "all of it"},
        {"order_id": "r-3", "amount": 1, "reason": "held"},
        {"order_id": "r-2", "amount": 1, "reason": "again"},
        {"order_id": "nope-1", "amount": 1, "reason": "unknown"},
        {"order_id": "r-failed", "amount": 1, "reason": "never paid"},
        {"order_id": "r-5", "amount": 4, "reason": "sent before"},
        {"order_id": "r-4", "amount": "2.50", "reason": ""},
        {"amount": 1, "reason": "no order"},
        kind="refund",
    )  # fmt: skip
    over, whole, review, twice, unknown, failed, resumed, no_reason, no_order = checked.rows
    assert (
        over.field == "amount" and "The refund of 10.01 EUR is more than the 10.00 EUR left to refund" in over.sentence
    )
    assert whole.ok and whole.amount == 1000 and "all that is left to refund" in whole.sentence
    assert review.field == "order_id" and f"needs review (journal entry {held.entry_id})" in review.sentence
    assert twice.verdict == REFUSED and "Order r-2 is refunded on row 3 already" in twice.sentence
    assert "The gateway has no order nope-1" in unknown.sentence
    assert "Only successful payments can be refunded; order r-failed failed." in failed.sentence
    assert resumed.ok and resumed.sentence.startswith("already sent by this batch: ") and mine.entry_id
    assert no_reason.field == "reason" and "Enter the reason for the refund." in no_reason.sentence
    assert no_order.field == "order_id" and "Enter the order id of the payment to refund." in no_order.sentence
    assert checked.totals == {"EUR": 1000 + 400} and checked.available == {} and checked.refusal is None
    assert all(r.currency == "EUR" for r in checked.rows) and not any(r.payout for r in checked.rows)
