"""Issue 13, items 3 and 4 (DESIGN.md "A second press"): a repeat charge of the same parent and amount, or a
payout of the same amount to the same destination, within 24 hours, and a repeat charge above its parent, are
sent only once confirmed; what was confirmed is journalled; a parent made without the recurrent flag is warned
of. Seen across every service on one journal (the desk and the CLI share it)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from smartpay_desk.api.models import HostToHostRequest, WithdrawalRequest
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.journal.states import State
from smartpay_desk.services.money import fingerprint as fp
from smartpay_desk.services.money import guards as g
from smartpay_desk.services.money import history
from smartpay_desk.services.money.guards import NeedsConfirmation
from smartpay_desk.services.money.operations import OperationsService
from tests.unit.services.support import CUSTOMER, SITE, card, direct_client, make_ops

KEY = fp.key_from_secret("qwerty")
CARD = "4012000000003010"
TWIN = "4012000000183010"  # another (Luhn-valid) card with the same first six and last four


@pytest.fixture
def ops(sandbox: SandboxServer, tmp_path: Path) -> Iterator[OperationsService]:
    service = make_ops(sandbox, tmp_path, fingerprint_key=KEY)
    yield service
    service.close()


def paid(sandbox: SandboxServer, order_id: str, amount: int) -> None:
    with direct_client(sandbox.url) as client:
        client.init_payment_h2h(
            HostToHostRequest("EUR-sandbox", amount, "EUR", order_id, SITE, CUSTOMER, "J D", card())
        )


def payout(order_id: str, amount: int = 1250, number: str | None = CARD, phone: str | None = None) -> WithdrawalRequest:
    method = "phone" if phone else None
    return WithdrawalRequest(account="", amount=amount, order_id=order_id, customer_card_number=number,
                             customer_phone=phone, payment_method=method)  # fmt: skip


def test_questions_are_asked_until_confirmed_all_at_once() -> None:
    above = g.above_parent(1001, 1000, "p-1", "EUR")
    assert above == (
        "above_parent",
        "amount",
        "The repeat charge of 10.01 EUR is more than the 10.00 EUR of its parent order p-1: charge more than the "
        "original payment only if that is meant.",
    )
    assert g.above_parent(1000, 1000, "p-1", "EUR") is None and g.above_parent(5, None, "p-1", "EUR") is None
    twice = ("duplicate", "amount", "twice")
    with pytest.raises(NeedsConfirmation) as caught:
        g.ask(set(), None, above, twice)
    assert (caught.value.kind, caught.value.field, caught.value.questions) == ("above_parent", "amount", (above, twice))
    assert isinstance(caught.value, g.GuardRefused) and caught.value.fields == {"amount": above[2]}  # type: ignore[index]
    with pytest.raises(NeedsConfirmation) as caught:
        g.ask({"above_parent"}, above, twice)
    assert caught.value.questions == (twice,)
    g.ask({"above_parent", "duplicate"}, above, twice)  # all confirmed: nothing raised
    assert g.not_recurrent("p-1", True) is None and g.not_recurrent("p-1", None) is None
    assert "made without the recurrent flag" in (g.not_recurrent("p-1", False) or "")


def test_fingerprints_tell_cards_apart_and_never_show_a_number() -> None:
    one, spaced, twin = payout("a"), payout("b", number="4012 0000 0000 3010"), payout("c", number=TWIN)
    assert one.destination == twin.destination  # what the journal keeps cannot tell them apart
    print_ = fp.fingerprint(KEY, one)
    assert print_ is not None and print_ == fp.fingerprint(KEY, spaced) and print_ != fp.fingerprint(KEY, twin)
    assert print_.startswith("fp-") and not any(ch.isdigit() for ch in print_[3:]) and len(print_) == 35
    assert print_ != fp.fingerprint(fp.key_from_secret("another secret"), one)  # keyed: useless without it
    assert fp.fingerprint(None, one) is None
    assert fp.normalised(payout("d", number=None, phone="+44 20 7946 0612")) == "phone:+442079460612"


def test_a_repeat_charge_twice_or_above_its_parent_needs_a_confirmation(
    ops: OperationsService, sandbox: SandboxServer, tmp_path: Path
) -> None:
    paid(sandbox, "sub-1", 2486)
    first = ops.recurrent("sub-1", 999, "monthly", order_id="rec-a")
    assert first.state == State.SUCCEEDED and first.details["warnings"] == []  # not in this journal: no warning
    review = ops.recurrent_review("sub-1", 999, "rec-b")
    assert review.kinds == {"duplicate"}
    (sentence,) = review.sentences
    assert sentence.startswith("A repeat charge of 9.99 EUR on the card of order sub-1 was already made ")
    assert f"order rec-a, journal entry {first.entry_id}, succeeded" in sentence
    before = len(ops.journal.entries())
    with pytest.raises(NeedsConfirmation) as caught:
        ops.recurrent("sub-1", 999, "monthly", order_id="rec-b")
    assert caught.value.kind == "duplicate" and caught.value.detail == sentence
    assert len(ops.journal.entries()) == before  # nothing written, nothing sent
    assert ops.recurrent_review("sub-1", 998).questions == ()  # another amount
    with closing(make_ops(sandbox, tmp_path, fingerprint_key=KEY)) as other:  # another desk (or the CLI)
        assert other.recurrent_review("sub-1", 999).kinds == {"duplicate"}
        with pytest.raises(NeedsConfirmation, match=r"is more than the 24\.86 EUR of its parent order sub-1"):
            other.recurrent("sub-1", 2487, "upgrade", confirmed={"duplicate"})
    meant = ops.recurrent("sub-1", 999, "monthly", order_id="rec-b", confirmed={"duplicate"})
    assert meant.state == State.SUCCEEDED
    note = ops.journal.events(meant.entry_id)[0].note
    assert note.startswith("confirmed by tester — a duplicate within 24 hours: A repeat charge of 9.99 EUR")
    later = datetime.now(UTC) + timedelta(hours=24, seconds=5)
    assert history.recent_charge(ops.journal, ops.profile.name, "sub-1", 999, None, now=later) is None


def test_a_failed_charge_is_no_duplicate_and_the_same_order_id_is_the_journals_refusal(
    ops: OperationsService, sandbox: SandboxServer
) -> None:
    paid(sandbox, "sub-2", 500)
    entry = ops.journal.record_intent(
        kind="recurrent", order_id="rec-f", profile=ops.profile.name, environment="sandbox", amount=500,
        currency="EUR", parent_order_id="sub-2",
    )  # fmt: skip
    ops.journal.update(entry.id, State.FAILED, note="declined")
    assert ops.recurrent_review("sub-2", 500).questions == ()
    assert ops.recurrent("sub-2", 500, "monthly", order_id="rec-g").state == State.SUCCEEDED
    assert history.recent_charge(ops.journal, ops.profile.name, "sub-2", 500, "rec-g") is None


def test_a_parent_made_here_without_the_recurrent_flag_is_warned_of(ops: OperationsService) -> None:
    for order_id, flag in (("once-1", None), ("subs-1", True)):
        made = ops.pay_by_card(amount=1000, currency="EUR", order_id=order_id, customer=CUSTOMER, card=card(),
                               merchant_site=SITE, recurrent=flag)  # fmt: skip
        assert made.state == State.SUCCEEDED
    assert history.recurrent_flag(ops.journal, ops.profile.name, "once-1") is False
    assert history.recurrent_flag(ops.journal, ops.profile.name, "subs-1") is True
    assert history.recurrent_flag(ops.journal, ops.profile.name, "never-here") is None
    warned = ops.recurrent("once-1", 300, "monthly")
    assert warned.state == State.SUCCEEDED
    assert warned.details["warnings"] == [g.not_recurrent("once-1", False)]
    assert ops.recurrent("subs-1", 300, "monthly").details["warnings"] == []


def test_a_payout_twice_to_the_same_destination_needs_a_confirmation(
    ops: OperationsService, sandbox: SandboxServer, tmp_path: Path
) -> None:
    first = ops.payout(payout("po-1"))
    assert first.state in (State.PROCESSING, State.SUCCEEDED)
    request = ops.journal.events(first.entry_id)[0].request
    assert request[fp.FIELD] == fp.fingerprint(KEY, payout("x")) and CARD not in str(request)
    with pytest.raises(NeedsConfirmation) as caught:
        ops.payout(payout("po-2"))
    said = caught.value.detail
    assert said.startswith("A payout of 12.50 EUR to card 401200******3010 was already made ")
    assert f"order po-1, journal entry {first.entry_id}" in said and "cannot tell" not in said
    assert ops.payout_review(payout("po-2", number=TWIN)).questions == ()  # same mask, another card
    assert ops.payout_review(payout("po-2", amount=1251)).questions == ()
    with closing(make_ops(sandbox, tmp_path)) as keyless:  # a service without the key compares masked destinations
        (question,) = keyless.payout_review(payout("po-2", number=TWIN)).questions
        assert "cannot tell whether it is the same card" in question[2]
    assert ops.payout(payout("po-2"), confirmed={"duplicate"}).state in (State.PROCESSING, State.SUCCEEDED)
    phone = ops.payout(payout("po-3", number=None, phone="+442079460612"))
    assert phone.state in (State.PROCESSING, State.SUCCEEDED)
    with pytest.raises(NeedsConfirmation, match="to phone \\+442079460612 was already made"):
        ops.payout(payout("po-4", number=None, phone="+442079460612"))
