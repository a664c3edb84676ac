"""Explanations in the SQLite journal (version 3): who and when, append-only, sealed with the journal's key, kept
out of nothing the journal's own check looks at; and a reconciliation they close."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from smartpay_desk.services.journal.errors import JournalKeyUnreachable
from smartpay_desk.services.journal.explanations import MAX_NOTE_CHARS
from smartpay_desk.services.journal.migrations import latest
from smartpay_desk.services.journal.store import Journal
from smartpay_desk.services.recon.explain import NoSuchDifference, explain, explain_order
from smartpay_desk.services.recon.match import match
from tests.unit.services.journal.damage import write_version_1
from tests.unit.services.recon.support import entry, row, rows, scope
from tests.unit.services.support import MemoryKeyring


def _explain(j: Journal, order_id: str = "a", note: str = "fee taken by the bank") -> object:
    return j.explain(report_kind="Payment", order_id=order_id, difference="amount_differs", note=note)


@pytest.mark.parametrize("keyed", [True, False])
def test_an_explanation_is_journaled_with_who_and_when(tmp_path: Path, keyed: bool) -> None:
    keyring = MemoryKeyring() if keyed else None
    with Journal(tmp_path / "j.sqlite3", keyring=keyring) as j:
        made = j.explain(report_kind="Payment", order_id="a", difference="amount_differs", note="  fee taken  ",
                         operator="anna")  # fmt: skip
        second = _explain(j, "b")
        assert (made.operator, made.note, made.key) == ("anna", "fee taken", ("Payment", "a", "amount_differs"))
        assert made.at.endswith("+00:00") and made.words.startswith("anna explained it on ")
        assert j.explanations() == [made, second]
        assert j.verify() == [] and j.health.money_allowed  # the journal's check is not disturbed
    with Journal(tmp_path / "j.sqlite3", keyring=keyring) as j:
        assert [x.order_id for x in j.explanations()] == ["a", "b"]
        assert j.verify() == []


def test_explanations_are_append_only(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as j:
        _explain(j)
    db = sqlite3.connect(tmp_path / "j.sqlite3")
    for statement in ("UPDATE explanations SET note = 'nothing'", "DELETE FROM explanations"):
        with pytest.raises(sqlite3.IntegrityError, match="explanations are append-only"):
            db.execute(statement)
    db.close()


def test_a_dropped_protection_is_told_at_the_next_start(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as j:
        _explain(j)
    db = sqlite3.connect(tmp_path / "j.sqlite3")
    db.execute("DROP TRIGGER explanations_append_only_d")
    db.execute("DELETE FROM explanations")
    db.commit()
    db.close()
    with Journal(tmp_path / "j.sqlite3") as j:
        assert any("explanations_append_only_d removed or altered" in p for p in j.health.problems)


def test_an_explanation_written_behind_the_desks_back_does_not_count(tmp_path: Path) -> None:
    keyring = MemoryKeyring()
    with Journal(tmp_path / "j.sqlite3", keyring=keyring) as j:
        made = _explain(j)
    db = sqlite3.connect(tmp_path / "j.sqlite3")
    db.execute(
        "INSERT INTO explanations (at, operator, report_kind, order_id, difference, note, key_id, seal)"
        " SELECT at, 'mallory', report_kind, 'b', difference, note, key_id, seal FROM explanations"
    )
    db.commit()
    db.close()
    with Journal(tmp_path / "j.sqlite3", keyring=keyring) as j:
        assert j.explanations() == [made]
    with Journal(tmp_path / "j.sqlite3") as j:  # its key out of reach: nothing can be trusted, nothing written
        assert j.explanations() == []
        with pytest.raises(JournalKeyUnreachable):
            _explain(j)


def test_a_note_is_needed_kept_short_and_never_holds_a_card_number(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as j:
        for note in ("", "   "):
            with pytest.raises(ValueError, match="needs a note"):
                _explain(j, note=note)
        with pytest.raises(ValueError, match="at most"):
            _explain(j, note="x" * (MAX_NOTE_CHARS + 1))
        with pytest.raises(ValueError, match="names the report kind"):
            j.explain(report_kind="", order_id="a", difference="amount_differs", note="why")
        said = _explain(j, note="customer paid with 4012000000003010 instead")
        assert "4012000000003010" not in said.note and "4012000000003010" not in (tmp_path / "j.sqlite3").read_text(
            encoding="latin-1"
        )
        assert j.explanations() == [said]


def test_an_older_journal_is_migrated_to_hold_explanations(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    write_version_1(path, user_version=0)
    with Journal(path, keyring=MemoryKeyring()) as j:
        assert j.verify() == []
        _explain(j)
        assert len(j.explanations()) == 1
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == latest() == 3
    db.close()


def test_explaining_a_difference_of_a_reconciliation(tmp_path: Path) -> None:
    result = match(rows(row("a", amount=1), row("x")), [entry("a")], scope())
    with Journal(tmp_path / "j.sqlite3") as j:
        made, after = explain_order(j, result, "a", "amount_differs", "the bank's fee", operator="ben")
        assert [d.order_id for d in after.open] == ["x"] and after.differences[0].explanation == made
        with pytest.raises(NoSuchDifference, match=r"no difference “status differs” for order a \(it has: amount_d"):
            explain_order(j, result, "a", "status_differs", "why")
        with pytest.raises(NoSuchDifference, match="no difference"):
            explain_order(j, result, "zzz", "report_only", "why")
        explain(j, result.differences[1], "made on the website")
        again = match(rows(row("a", amount=1), row("x")), [entry("a")], scope(), j.explanations())
        assert again.open == [] and len(again.differences) == 2
