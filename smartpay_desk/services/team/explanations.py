"""Explanations on the team journal (schema version 2): a person's note on a reconciliation difference, as the
SQLite journal keeps them (journal/explanations.py), with the server's rules: who is the login (a BEFORE INSERT
trigger forces `operator` to session_user and `at` to the server's clock), and append-only (no UPDATE or
DELETE grant, and triggers refusing them and TRUNCATE). `TeamJournal.explain` / `explanations` call these."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..journal.explanations import Explanation, check_key, clean_note

if TYPE_CHECKING:
    from .store import TeamJournal

COLUMNS = "id, at, operator, report_kind, order_id, difference, note"

V2 = r"""
CREATE TABLE smartpay.explanations (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    operator text NOT NULL DEFAULT session_user,
    report_kind text NOT NULL CHECK (report_kind <> ''),
    order_id text NOT NULL CHECK (order_id <> ''),
    difference text NOT NULL CHECK (difference <> ''),
    note text NOT NULL CHECK (btrim(note) <> '')
);
CREATE FUNCTION smartpay.explanation_before_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.operator := session_user;
    NEW.at := clock_timestamp();
    RETURN NEW;
END $$;
CREATE TRIGGER explanations_who BEFORE INSERT ON smartpay.explanations
    FOR EACH ROW EXECUTE FUNCTION smartpay.explanation_before_insert();
CREATE TRIGGER explanations_append_only BEFORE UPDATE OR DELETE ON smartpay.explanations
    FOR EACH ROW EXECUTE FUNCTION smartpay.refuse_change();
CREATE TRIGGER explanations_no_truncate BEFORE TRUNCATE ON smartpay.explanations
    FOR EACH STATEMENT EXECUTE FUNCTION smartpay.refuse_change();
GRANT SELECT, INSERT ON smartpay.explanations TO smartpay_operator;
GRANT SELECT ON smartpay.explanations TO smartpay_approver;
GRANT USAGE ON SEQUENCE smartpay.explanations_id_seq TO smartpay_operator, smartpay_approver;
"""


def explain(journal: TeamJournal, report_kind: str, order_id: str, difference: str, note: str) -> Explanation:
    """Write one explanation; the server records who and when."""
    check_key(report_kind, order_id, difference)
    text = clean_note(note)
    with journal._tx() as conn:
        row = conn.execute(
            f"INSERT INTO smartpay.explanations (report_kind, order_id, difference, note) VALUES (%s, %s, %s, %s)"
            f" RETURNING {COLUMNS}",
            (report_kind, order_id, difference, text),
        ).fetchone()
    return _explanation(row)


def explanations(journal: TeamJournal) -> list[Explanation]:
    """Every desk's explanations, oldest first."""
    rows = journal._read(
        lambda conn: conn.execute(f"SELECT {COLUMNS} FROM smartpay.explanations ORDER BY id").fetchall()
    )
    return [_explanation(r) for r in rows]


def _explanation(row: Any) -> Explanation:
    at = row[1].isoformat(timespec="microseconds") if isinstance(row[1], datetime) else str(row[1])
    return Explanation(int(row[0]), at, str(row[2]), str(row[3]), str(row[4]), str(row[5]), str(row[6]))
