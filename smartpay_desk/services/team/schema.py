"""The team journal's schema on PostgreSQL, its versions, and the two roles a clerk is granted.

Everything lives in the schema `smartpay`, owned by the role that ran `smartpay team init` (the database owner).
The rules a clerk with psql could otherwise break are the server's, not the desk's:

- **who**: `operator` / `requested_by` / `by` / `set_by` are forced to `session_user` (the login; a `SET ROLE`
  does not change it) by BEFORE INSERT triggers, so no desk can write another person's name;
- **append-only**: `smartpay_operator` may SELECT and INSERT, never UPDATE or DELETE history (no grant), and
  triggers refuse UPDATE/DELETE/TRUNCATE even for a role that was granted them by mistake. The one column a
  clerk may change is an entry's `lease_until` (the claim of the desk sending it; column grant). An entry's
  state, note and time follow its newest event, set by a SECURITY DEFINER trigger when the event is written;
- **the chain**: each entry's history is a chain of its own, computed by the server: its first event's hash
  covers the entry's intent (who, what, how much, where to), each next one the event before. An edit made by the
  owner behind the triggers (an intent's amount, an event's note or state, an event taken out of the middle or the
  end) shows in `smartpay.broken_events()`. A chain per entry, not one for the whole journal: a write waits only
  for the entry it concerns, so desks never queue behind each other's commits (one global chain held every
  desk's write until the commit before it was on disk: eight desks did no more than one). What a per-entry chain
  does not show is a whole entry removed with its history by the database owner; the clerks cannot do that (no
  grant, and triggers refuse it), and the owner's own trail is the server's (its logs, its backups);
- **four-eyes**: an entry of a payout or refund at or above the policy's amount for its currency commits only
  with a release of an approved request bound to exactly that intent (a deferred constraint trigger); a
  request is approved or rejected only by a member of `smartpay_approver` who is not the requester; a
  release must name the same kind, order id, amount, currency, account and destination fingerprint; a request
  is released once (row lock); the policy is changed only by an approver;
- **live**: every entry, event, request and decision is announced on the channel `smartpay` (NOTIFY), so every
  desk sees it within a second.

Versions: `smartpay.meta('schema_version')`. `init(conn)` applies every version not yet applied, each in one
transaction under an advisory lock, so two `team init` at once migrate once. To add version N, append it to
VERSIONS (a change of a shipped version is a new version). A desk refuses a journal of a version it does not
know (newer: JournalTooNew) and one not yet brought up to its own (older: the owner runs `smartpay team init`).
"""

from __future__ import annotations

from collections.abc import Sequence

from .explanations import V2
from .schema_batch import V3
from .schema_calls import CALLS
from .schema_rules import RULES

OPERATOR = "smartpay_operator"
APPROVER = "smartpay_approver"
CHANNEL = "smartpay"
INIT_LOCK = 7_201_014  # pg_advisory_xact_lock key of `team init`

V1 = r"""
CREATE SCHEMA IF NOT EXISTS smartpay;
CREATE TABLE smartpay.meta (key text PRIMARY KEY, value text NOT NULL);

CREATE TABLE smartpay.entries (
    id bigserial PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    operator text NOT NULL DEFAULT session_user,
    profile text NOT NULL,
    environment text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('payment_link','payment_h2h','authorize','capture','cancel','refund',
                                       'recurrent','withdrawal')),
    order_id text NOT NULL,
    ref text NOT NULL UNIQUE,
    parent_order_id text,
    amount bigint,
    currency text,
    account text,
    destination text,
    fingerprint text,
    state text NOT NULL DEFAULT 'pending',
    note text NOT NULL DEFAULT '',
    updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    owner text NOT NULL DEFAULT '',
    lease_until double precision
);
CREATE INDEX entries_order ON smartpay.entries (order_id);
CREATE INDEX entries_created ON smartpay.entries (created_at);
CREATE INDEX entries_open ON smartpay.entries (state) WHERE state IN ('pending','sent','processing','unknown');

CREATE TABLE smartpay.events (
    id bigserial PRIMARY KEY,
    entry_id bigint NOT NULL REFERENCES smartpay.entries (id),
    seq integer NOT NULL DEFAULT 0,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    operator text NOT NULL DEFAULT session_user,
    state text NOT NULL CHECK (state IN ('pending','sent','succeeded','failed','processing','unknown',
                                         'needs_review')),
    note text NOT NULL DEFAULT '',
    request jsonb,
    response jsonb,
    prev_hash text NOT NULL DEFAULT '',
    hash text NOT NULL DEFAULT '',
    UNIQUE (entry_id, seq)
);

CREATE TABLE smartpay.acknowledgements (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    operator text NOT NULL DEFAULT session_user,
    note text NOT NULL CHECK (note <> ''),
    problems text NOT NULL
);

CREATE TABLE smartpay.policy (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    set_by text NOT NULL DEFAULT session_user,
    currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    approval_above bigint CHECK (approval_above IS NULL OR approval_above > 0)
);

CREATE TABLE smartpay.approvals (
    id bigserial PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    requested_by text NOT NULL DEFAULT session_user,
    profile text NOT NULL,
    environment text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('refund','withdrawal')),
    order_id text NOT NULL,
    amount bigint NOT NULL CHECK (amount > 0),
    currency text NOT NULL,
    account text NOT NULL DEFAULT '',
    destination text NOT NULL DEFAULT '',
    fingerprint text NOT NULL DEFAULT '',
    reason text NOT NULL DEFAULT '',
    request jsonb,
    expires_at timestamptz NOT NULL,
    state text NOT NULL DEFAULT 'requested',
    decided_by text,
    decided_at timestamptz,
    decision_note text,
    entry_id bigint
);
CREATE INDEX approvals_state ON smartpay.approvals (state);

CREATE TABLE smartpay.approval_events (
    id bigserial PRIMARY KEY,
    approval_id bigint NOT NULL REFERENCES smartpay.approvals (id),
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    operator text NOT NULL DEFAULT session_user,
    action text NOT NULL CHECK (action IN ('approved','rejected','expired','released')),
    note text NOT NULL DEFAULT '',
    kind text, order_id text, amount bigint, currency text, account text, fingerprint text,
    entry_id bigint REFERENCES smartpay.entries (id)
);

"""

# Append-only for every table but entries (whose allowed changes entry_before_update polices) and approvals
# (changed only by decision_after_insert, as the owner): UPDATE and DELETE refused, TRUNCATE too.
_APPEND_ONLY = ("events", "acknowledgements", "policy", "approval_events")
APPEND_ONLY_TRIGGERS = "\n".join(
    f"CREATE TRIGGER {t}_append_only BEFORE UPDATE OR DELETE ON smartpay.{t} "
    f"FOR EACH ROW EXECUTE FUNCTION smartpay.refuse_change();\n"
    f"CREATE TRIGGER {t}_no_truncate BEFORE TRUNCATE ON smartpay.{t} "
    f"FOR EACH STATEMENT EXECUTE FUNCTION smartpay.refuse_change();"
    for t in _APPEND_ONLY
) + (
    "\nCREATE TRIGGER entries_no_delete BEFORE DELETE ON smartpay.entries "
    "FOR EACH ROW EXECUTE FUNCTION smartpay.refuse_change();"
    "\nCREATE TRIGGER entries_no_truncate BEFORE TRUNCATE ON smartpay.entries "
    "FOR EACH STATEMENT EXECUTE FUNCTION smartpay.refuse_change();"
    "\nCREATE TRIGGER approvals_no_delete BEFORE DELETE ON smartpay.approvals "
    "FOR EACH ROW EXECUTE FUNCTION smartpay.refuse_change();"
    "\nCREATE TRIGGER approvals_no_truncate BEFORE TRUNCATE ON smartpay.approvals "
    "FOR EACH STATEMENT EXECUTE FUNCTION smartpay.refuse_change();"
)

GRANTS = f"""
GRANT USAGE ON SCHEMA smartpay TO {OPERATOR}, {APPROVER};
GRANT SELECT ON ALL TABLES IN SCHEMA smartpay TO {OPERATOR}, {APPROVER};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA smartpay TO {OPERATOR}, {APPROVER};
GRANT INSERT ON smartpay.entries, smartpay.events, smartpay.acknowledgements, smartpay.approvals,
    smartpay.approval_events TO {OPERATOR};
GRANT UPDATE (lease_until, owner) ON smartpay.entries TO {OPERATOR};
GRANT INSERT ON smartpay.approval_events, smartpay.policy TO {APPROVER};
REVOKE ALL ON SCHEMA smartpay FROM PUBLIC;
"""

# (version, statements), oldest first.
VERSIONS: Sequence[tuple[int, str]] = (
    (1, V1 + RULES + CALLS + APPEND_ONLY_TRIGGERS + GRANTS),
    (2, V2),  # explanations of reconciliation differences (explanations.py)
    (3, V3),  # batch approvals released row for row; keyed follow-ups (schema_batch.py)
)


def latest() -> int:
    return VERSIONS[-1][0]


ROLES = f"""
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{OPERATOR}') THEN CREATE ROLE {OPERATOR} NOLOGIN; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{APPROVER}') THEN CREATE ROLE {APPROVER} NOLOGIN; END IF;
END $$;
"""
