"""The core's sentences in German (issue 17, api/said.py and ui/i18n.say): a guard's refusal next to its field, the
gateway's "no such order", a batch row's verdict, an error's sentence, amounts and moments inside them, all in the
clerk's language once the desk runs in German; and in English the core's own words, its amounts as the desk
writes them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from smartpay_desk.api import errors
from smartpay_desk.api.said import Said, said
from smartpay_desk.api.validation import check_order_id
from smartpay_desk.services.money.words import moment, money
from smartpay_desk.ui import i18n
from smartpay_desk.ui.messages import describe_error
from tests.gui.tabs.test_batch_dialog import _dialog, _open, _payouts, _texts
from tests.gui.tabs.test_refunds import _loaded, _payments, _tab

Horizontal = Qt.Orientation.Horizontal
ENGLISH_WORDS = (" the ", " is ", " was ", " not ", " and ", " of ", "nothing", "refund ", "order id")


@pytest.fixture
def german(qapp: Any) -> Iterator[None]:
    assert i18n.install("de") == "de", "no German catalogue: run scripts/translations build"
    yield
    i18n.install("en")


def english_left(text: str) -> list[str]:
    padded = f" {text.lower()} "
    return [w for w in ENGLISH_WORDS if w in padded]


def test_a_sentence_its_amounts_and_its_moment_are_said_in_german(german: None) -> None:
    ago = moment("2025-06-01T12:00:03+00:00", now=datetime(2025, 6, 1, 12, 4, 30, tzinfo=UTC))
    assert i18n.say(ago).startswith("vor 4 Minuten (01")
    assert i18n.say(money(123450, "EUR")) == "1.234,50\xa0€"
    assert i18n.day_time(datetime(2025, 6, 1, 14, 5, 9)) == "01.06.2025 14:05"  # not ISO: a German clerk's date
    assert i18n.day_time(datetime(2025, 6, 1, 14, 5, 9, tzinfo=UTC), clock="%H:%M:%S", zone=True) == (
        "01.06.2025 14:05:09 UTC"
    )
    refusal = check_order_id("4111 1111 1111 1111")  # a card number typed as an order id
    assert isinstance(refusal, Said) and i18n.say(refusal) != refusal and not english_left(i18n.say(refusal))
    from smartpay_desk.api.money import AmountError, parse_amount
    from smartpay_desk.api.said import sentence_of

    with pytest.raises(AmountError) as ambiguous:
        parse_amount("1.234", "EUR")
    assert "mehrdeutig" in i18n.say(sentence_of(ambiguous.value))  # what every amount field shows under it
    long_note = said("An explanation is at most {count:,} characters.", count=12345)  # the locale's separators
    assert "12.345" in i18n.say(long_note) and "12,345" not in i18n.say(long_note)
    assert (
        "{size:.1f}" not in i18n.say(said("{size:.1f} MB", size=4.75))
        and i18n.say(said("{size:.1f} MB", size=4.75)) == "4,8 MB"
    )
    assert i18n.say(said("Request {id} was sent already; nothing was sent.", id=12345)).count("12345") == 1  # a code
    nested = said("{ago} ({at})", ago=said("just now"), at="x")
    assert i18n.say(nested) == "gerade eben (x)"
    assert describe_error(errors.ConnectionFailed("down")) != str(errors.ConnectionFailed.sentence)
    assert not english_left(describe_error(errors.ConnectionFailed("down")))


def test_in_english_the_desk_says_the_cores_own_words_with_its_amounts_as_the_desk_writes_them(qapp: Any) -> None:
    """The core writes "1234.50 EUR" (the CLI and the journal keep it); the desk writes amounts "€1,234.50" in its
    fields, and so in the core's sentences too, nested ones included. Words without an amount or a time are left
    exactly as the core said them."""
    assert i18n.language() == "en"
    text = said("Refund of {amount} refused.", amount=money(123450, "EUR"))
    assert text == "Refund of 1234.50 EUR refused." and i18n.say(text) == "Refund of €1,234.50 refused."
    nested = said("The {what} needs your verdict.", what=said("refund of {amount}", amount=money(1000, "EUR")))
    assert i18n.say(nested) == "The refund of €10.00 needs your verdict."
    plain = said("{count:,} rows of {file}", count=12345, file="march.xlsx")
    assert i18n.say(plain) == "12,345 rows of march.xlsx" == plain
    assert i18n.say("A note the journal kept: 10.00 EUR.") == "A note the journal kept: 10.00 EUR."
    for code in ("ZZZ", "<b>x</b>", "", "E" * 300):  # a hostile report's currency: the core's words, nothing raised
        odd = said("Refund of {amount} refused.", amount=money(500, code))
        assert i18n.say(odd) == odd
    assert i18n.day_time(datetime(2025, 6, 1, 14, 5, 9)) == "2025-06-01 14:05"


def test_a_refund_over_what_is_left_is_refused_in_german(
    qtbot: Any, desk_ctx: Any, sandbox: Any, confirms: list[Any], german: None
) -> None:
    (tx,) = _payments(sandbox, 1)
    tab = _tab(qtbot, desk_ctx)
    tab.prefill("no-such-order-7")
    qtbot.waitUntil(lambda: bool(tab.form.error("order_id")), timeout=5000)
    unknown = tab.form.error("order_id")
    assert unknown != "The gateway has no payment with this order id." and not english_left(unknown), unknown

    _loaded(qtbot, tab, tx.order_id)
    tab.amount.set_minor(tx.amount + 100)  # more than was paid
    tab.reason.setText("zu viel")
    qtbot.waitUntil(tab.refund_button.isEnabled, timeout=5000)
    tab.refund_button.click()
    qtbot.waitUntil(lambda: bool(tab.form.error("amount")), timeout=5000)
    refused = tab.form.error("amount")
    paid = i18n.money(tx.amount, "EUR")
    assert paid in refused and not english_left(refused), refused  # "1.145,50 €", not "1145.50 EUR"
    assert not english_left(tab.message.text()), tab.message.text()
    assert not confirms and sandbox.state.get(tx.order_id).refunded == 0


def test_a_batch_rows_verdict_is_german(qtbot: Any, desk_ctx: Any, german: None, tmp_path: Path) -> None:
    file = tmp_path / "payouts.csv"
    _payouts(file, 3, bad={3})
    dialog = _dialog(qtbot, desk_ctx)
    _open(qtbot, dialog, file)
    said_column = next(
        c for c in range(dialog.model.columnCount()) if dialog.model.headerData(c, Horizontal) == "Meldung"
    )
    verdicts = _texts(dialog, said_column)
    assert len(verdicts) == 3 and all(v and not english_left(v) for v in verdicts), verdicts
    dialog.close()


def test_a_note_the_journal_kept_in_english_is_said_again_in_german(german: None) -> None:
    """The journal keeps a note's words (ui/said_again.py): shown, they read as the sentence itself would."""
    from smartpay_desk.services.journal.model import JournalEntry
    from smartpay_desk.services.money.reconcile import refund_review_note

    at = "2026-12-03T10:15:00+00:00"
    entry = JournalEntry(8, at, "root", "Sandbox", "sandbox", "refund", "tour-1", "r:1", "tour-1", 1000, "EUR",
                         "EUR-sandbox", None, "needs_review", "", at)  # fmt: skip
    notes = [refund_review_note(entry), refund_review_note(entry, said("the connection dropped")),
             said("refunded (refund id {refund_id})", refund_id="5a7c2e4e-1111-2222-3333-444455556666")]  # fmt: skip
    for note in notes:
        kept = str(note)  # what the journal holds and gives back
        assert not isinstance(kept, Said)
        assert i18n.say(kept) == i18n.say(note) != kept, kept
        assert "10,00\xa0€" in i18n.say(kept) or "refund id" in kept  # the amount in the German locale
    made_up = "The refund of 10.00 EUR for order tour-1 may or may not have been made. Look, then mark it here."
    assert i18n.say(made_up) == made_up  # no template made it: shown as written, never half translated
    assert i18n.say("hist-0001") == "hist-0001"


def test_a_missing_or_damaged_catalogue_leaves_the_words_as_the_core_said_them(
    german: None, tmp_path: Path, monkeypatch: Any
) -> None:
    """A hostile or half-built resources folder: no translation is invented, nothing breaks, the English shows."""
    from smartpay_desk.ui import said_again

    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "smartpay_desk_de.places.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(said_again, "resources_root", lambda: tmp_path)
    said_again.templates.cache_clear()
    said_again.said_again.cache_clear()
    try:
        note = "The refund for order o-1 may or may not have been made (its answer was lost). Look for it."
        assert i18n.say(note) == note
    finally:
        said_again.templates.cache_clear()
        said_again.said_again.cache_clear()
    lost_place = said("Refund of {amount} refused.", amount=money(500, "EUR"))
    monkeypatch.setattr(i18n, "tr", lambda text: "Erstattung abgelehnt: {betrag}." if "{amount}" in text else text)
    assert i18n.say(lost_place) == "Refund of 5.00 EUR refused."  # a translation that lost its place: the English


def test_a_hostile_note_is_shown_as_written(german: None) -> None:
    """A damaged or hostile journal (or another desk's) note: huge, or built so that many templates' places match it
    in many ways, or nested without end. It is looked into only so far (ui/said_again.MAX_TEXT, MAX_DEPTH), so it
    can neither hold the GUI thread nor overflow the stack; what cannot be said again shows as written."""
    huge = "The refund of 10.00 EUR for order o-1 may or may not have been made (" * 2_000
    assert i18n.say(huge) == huge
    nested = "The journal has " + "the refund of order (x), " * 120 + " which"
    assert i18n.say(nested) == nested
    glue = ("a: b; " * 100)[:600]
    assert i18n.say(glue) == glue


def test_the_review_box_says_the_notes_reason_in_german(qtbot: Any, desk_ctx: Any, german: None) -> None:
    """A refund waiting for review: the box's own sentence with the reason the journal's note gives, all German."""
    from smartpay_desk.services.money.reconcile import refund_review_note
    from smartpay_desk.ui.tabs.activity import ActivityTab

    tab = ActivityTab(desk_ctx)
    qtbot.addWidget(tab)
    journal = desk_ctx.journal
    entry = journal.record_intent(kind="refund", order_id="rev-de-1", profile="Sandbox", environment="sandbox",
                                  amount=1000, currency="EUR", request={"order_id": "rev-de-1"})  # fmt: skip
    journal.update(entry.id, "sent", note="")
    journal.update(entry.id, "needs_review", note=str(refund_review_note(entry)))
    tab.show_entry(entry.id)
    qtbot.waitUntil(lambda: "rev-de-1" in tab.review.explain.text(), timeout=10_000)
    text = tab.review.explain.text()
    assert "ihre Antwort ging verloren" in text and "Erstattungsbericht" in text, text
    assert not any(w in text for w in ("happened", "answer", "Look for", "may or may not")), text
