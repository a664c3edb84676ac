"""The team journal's schema version 3: batch approvals (issue 15) and keyed follow-ups (journal keys).

What it adds to versions 1 and 2 (which stay as they were shipped; the functions it changes are replaced here):

- **a batch request**: one row of `smartpay.approvals` for a whole batch file (one per currency), its `amount` the
  batch's total, its `batch_id` set, and its rows in `smartpay.approval_lines` (row, order id, amount, destination
  fingerprint, masked destination). Both are written only by `smartpay.ask_batch` (SECURITY DEFINER: a clerk has
  no grant on the lines and cannot set `batch_id`), which computes the total, the count and the largest row itself
  and returns the request still waiting for the same batch and currency instead of asking twice;
- **its release, row for row**: once approved (four-eyes as any request), each row's claim names the request; the
  server finds the row by the claim's order id (a payout's later attempt "<order id>-<n>" is the same row) and
  refuses anything else: a request not approved or past its time (SP430, SP431), an order that is not a row of it
  (SP432), another amount, destination, kind, currency or account (SP433), a row whose earlier release is not
  'failed' (SP434). The row is locked while it is claimed, so two desks releasing one row at once release it once.
  A batch request stays 'approved' while its rows are sent (it ends when it expires); each release is an
  `approval_events` row naming its `line_row` and the entry it wrote, which satisfies the per-entry four-eyes rule;
- **keyed follow-ups**: `smartpay.claim` refuses a follow-up whose ref (f"{kind}:{order id}:{key}") was used
  before with SP005 and the entry's facts (the UNIQUE ref stays the last word).
"""

V3 = r"""
ALTER TABLE smartpay.approvals ADD COLUMN batch_id text;
CREATE INDEX approvals_batch ON smartpay.approvals (batch_id) WHERE batch_id IS NOT NULL;
ALTER TABLE smartpay.approval_events ADD COLUMN line_row integer;
CREATE INDEX approval_events_entry ON smartpay.approval_events (entry_id) WHERE entry_id IS NOT NULL;
CREATE INDEX approval_events_line ON smartpay.approval_events (approval_id, line_row) WHERE line_row IS NOT NULL;

CREATE TABLE smartpay.approval_lines (
    approval_id bigint NOT NULL REFERENCES smartpay.approvals (id),
    line_row integer NOT NULL CHECK (line_row > 0),
    order_id text NOT NULL CHECK (order_id <> ''),
    amount bigint NOT NULL CHECK (amount > 0),
    fingerprint text NOT NULL DEFAULT '',
    destination text NOT NULL DEFAULT '',
    PRIMARY KEY (approval_id, line_row)
);
CREATE INDEX approval_lines_order ON smartpay.approval_lines (approval_id, order_id);
CREATE TRIGGER approval_lines_append_only BEFORE UPDATE OR DELETE ON smartpay.approval_lines
    FOR EACH ROW EXECUTE FUNCTION smartpay.refuse_change();
CREATE TRIGGER approval_lines_no_truncate BEFORE TRUNCATE ON smartpay.approval_lines
    FOR EACH STATEMENT EXECUTE FUNCTION smartpay.refuse_change();
GRANT SELECT ON smartpay.approval_lines TO smartpay_operator, smartpay_approver;

-- a request's batch is set only by ask_batch (as the owner, after the insert)
CREATE OR REPLACE FUNCTION smartpay.who_before_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'acknowledgements' THEN NEW.operator := session_user; NEW.at := clock_timestamp();
    ELSIF TG_TABLE_NAME = 'policy' THEN NEW.set_by := session_user; NEW.at := clock_timestamp();
    ELSIF TG_TABLE_NAME = 'approvals' THEN
        NEW.requested_by := session_user; NEW.created_at := clock_timestamp(); NEW.state := 'requested';
        NEW.decided_by := NULL; NEW.decided_at := NULL; NEW.decision_note := NULL; NEW.entry_id := NULL;
        NEW.batch_id := NULL;
        IF NEW.expires_at <= NEW.created_at THEN
            RAISE EXCEPTION 'a request must expire in the future' USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION smartpay.ask_batch(
    p_batch text, p_kind text, p_profile text, p_environment text, p_currency text, p_account text, p_file text,
    p_reason text, p_lines jsonb, p_expires interval
) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, smartpay AS $$
DECLARE
    made bigint;
    n integer;
    total bigint;
    big record;
BEGIN
    IF NOT pg_has_role(session_user, 'smartpay_operator', 'MEMBER') THEN
        RAISE EXCEPTION 'only a clerk of the team may ask for an approval' USING ERRCODE = 'SP403';
    END IF;
    IF coalesce(p_batch, '') = '' THEN
        RAISE EXCEPTION 'a batch request needs the batch''s id' USING ERRCODE = 'check_violation';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended('batch:' || p_batch || ':' || p_kind || ':' || p_currency, 7203));
    SELECT id INTO made FROM smartpay.approvals
        WHERE batch_id = p_batch AND kind = p_kind AND currency = p_currency AND state IN ('requested', 'approved')
          AND expires_at > clock_timestamp()
        ORDER BY id DESC LIMIT 1;
    IF FOUND THEN
        RETURN made;  -- asked already (another desk, or this one before): the same request
    END IF;
    SELECT count(*), sum(x.amount) INTO n, total
        FROM jsonb_to_recordset(p_lines) AS x(line_row integer, order_id text, amount bigint);
    IF n = 0 THEN
        RAISE EXCEPTION 'a batch request needs at least one row' USING ERRCODE = 'check_violation';
    END IF;
    SELECT x.line_row, x.order_id, x.amount, coalesce(x.destination, '') AS destination INTO big
        FROM jsonb_to_recordset(p_lines) AS x(line_row integer, order_id text, amount bigint, destination text)
        ORDER BY x.amount DESC, x.line_row LIMIT 1;
    INSERT INTO smartpay.approvals (profile, environment, kind, order_id, amount, currency, account, destination,
                                    fingerprint, reason, request, expires_at)
        VALUES (p_profile, p_environment, p_kind, 'batch:' || p_batch, total, p_currency,
                CASE WHEN p_kind = 'refund' THEN '' ELSE coalesce(p_account, '') END,
                CASE WHEN n = 1 THEN '1 row' ELSE n || ' rows' END || ' of ' || coalesce(nullif(p_file, ''), 'a file'),
                '', coalesce(p_reason, ''),
                jsonb_build_object('batch', jsonb_build_object('id', p_batch, 'file_name', coalesce(p_file, ''),
                    'count', n, 'total', total, 'largest', jsonb_build_object('row', big.line_row,
                    'order_id', big.order_id, 'amount', big.amount, 'destination', big.destination))),
                clock_timestamp() + p_expires)
        RETURNING id INTO made;
    UPDATE smartpay.approvals SET batch_id = p_batch WHERE id = made;
    INSERT INTO smartpay.approval_lines (approval_id, line_row, order_id, amount, fingerprint, destination)
        SELECT made, x.line_row, x.order_id, x.amount, coalesce(x.fingerprint, ''), coalesce(x.destination, '')
        FROM jsonb_to_recordset(p_lines)
             AS x(line_row integer, order_id text, amount bigint, fingerprint text, destination text);
    RETURN made;
END $$;

-- The row of an approved batch request a release claims (or the refusal, with the facts in DETAIL).
CREATE FUNCTION smartpay.batch_line_for(ev smartpay.approval_events) RETURNS integer LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, smartpay AS $$
DECLARE
    req smartpay.approvals%ROWTYPE;
    l smartpay.approval_lines%ROWTYPE;
    e smartpay.entries%ROWTYPE;
    base text := regexp_replace(ev.order_id, '-[0-9]+$', '');
    taken record;
    taken_row integer;
    differs smartpay.approval_lines%ROWTYPE;
    what text;
BEGIN
    SELECT * INTO req FROM smartpay.approvals WHERE id = ev.approval_id FOR SHARE;
    IF req.state <> 'approved' THEN
        RAISE EXCEPTION 'batch request % is %, not approved', req.id, req.state USING ERRCODE = 'SP430',
            DETAIL = json_build_object('id', req.id, 'state', req.state, 'by', req.decided_by,
                                       'note', req.decision_note)::text;
    END IF;
    IF req.expires_at <= clock_timestamp() THEN
        RAISE EXCEPTION 'batch request % expired at %', req.id, req.expires_at USING ERRCODE = 'SP431',
            DETAIL = json_build_object('id', req.id, 'at', req.expires_at)::text;
    END IF;
    what := CASE WHEN ev.kind IS DISTINCT FROM req.kind THEN 'kind'
                 WHEN ev.currency IS DISTINCT FROM req.currency THEN 'currency'
                 WHEN coalesce(ev.account, '') <> req.account THEN 'account' END;
    IF what IS NOT NULL THEN
        RAISE EXCEPTION 'what is sent must be what was approved in batch request %', req.id USING ERRCODE = 'SP433',
            DETAIL = json_build_object('id', req.id, 'what', what)::text;
    END IF;
    -- the release names the intent written with it: that intent, still pending, released by nothing else
    SELECT * INTO e FROM smartpay.entries WHERE id = ev.entry_id;
    IF NOT FOUND OR e.state <> 'pending'
       OR (e.kind, e.order_id, e.amount, e.currency, coalesce(e.account, ''), coalesce(e.fingerprint, ''))
          IS DISTINCT FROM (ev.kind, ev.order_id, ev.amount, ev.currency, coalesce(ev.account, ''),
                            coalesce(ev.fingerprint, ''))
       OR EXISTS (SELECT 1 FROM smartpay.approval_events x WHERE x.entry_id = ev.entry_id AND x.action = 'released')
    THEN
        RAISE EXCEPTION 'a release names the intent written with it' USING ERRCODE = 'SP433',
            DETAIL = json_build_object('id', req.id, 'what', 'entry')::text;
    END IF;
    FOR l IN SELECT * FROM smartpay.approval_lines
             WHERE approval_id = req.id
               AND (order_id = ev.order_id
                    OR (req.kind = 'withdrawal' AND order_id = base AND base <> ev.order_id
                        AND NOT EXISTS (SELECT 1 FROM smartpay.approval_lines z  -- a row's own id is that row
                                        WHERE z.approval_id = req.id AND z.order_id = ev.order_id)))
             ORDER BY line_row FOR UPDATE LOOP
        IF l.amount <> ev.amount OR l.fingerprint <> coalesce(ev.fingerprint, '') THEN
            differs := l;
            CONTINUE;
        END IF;
        SELECT x.entry_id, en.state INTO taken FROM smartpay.approval_events x
            LEFT JOIN smartpay.entries en ON en.id = x.entry_id
            WHERE x.approval_id = req.id AND x.action = 'released' AND x.line_row = l.line_row
              AND en.state IS DISTINCT FROM 'failed'
            ORDER BY x.id DESC LIMIT 1;
        IF FOUND THEN
            taken_row := l.line_row;
            CONTINUE;
        END IF;
        RETURN l.line_row;
    END LOOP;
    IF taken_row IS NOT NULL THEN
        RAISE EXCEPTION 'row % of batch request % was released already', taken_row, req.id USING ERRCODE = 'SP434',
            DETAIL = json_build_object('id', req.id, 'row', taken_row, 'entry', taken.entry_id,
                                       'state', taken.state)::text;
    END IF;
    IF differs.line_row IS NOT NULL THEN
        RAISE EXCEPTION 'what is sent must be what was approved in batch request %', req.id USING ERRCODE = 'SP433',
            DETAIL = json_build_object('id', req.id, 'row', differs.line_row, 'amount', differs.amount,
                'asked', ev.amount, 'currency', req.currency, 'destination', differs.destination,
                'what', CASE WHEN differs.amount <> ev.amount THEN 'amount' ELSE 'destination' END)::text;
    END IF;
    RAISE EXCEPTION 'order % is not a row of batch request %', ev.order_id, req.id USING ERRCODE = 'SP432',
        DETAIL = json_build_object('id', req.id, 'order_id', ev.order_id)::text;
END $$;
REVOKE EXECUTE ON FUNCTION smartpay.batch_line_for(smartpay.approval_events) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION smartpay.ask_batch(text, text, text, text, text, text, text, text, jsonb, interval)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smartpay.ask_batch(text, text, text, text, text, text, text, text, jsonb, interval)
    TO smartpay_operator;

CREATE OR REPLACE FUNCTION smartpay.decision_before_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, smartpay AS $$
DECLARE
    req smartpay.approvals%ROWTYPE;
BEGIN
    NEW.operator := session_user;
    NEW.at := clock_timestamp();
    NEW.line_row := NULL;
    IF NEW.action = 'released'
       AND (SELECT batch_id FROM smartpay.approvals WHERE id = NEW.approval_id) IS NOT NULL THEN
        NEW.line_row := smartpay.batch_line_for(NEW);  -- a row of an approved batch (the request stays approved)
        RETURN NEW;
    END IF;
    SELECT * INTO req FROM smartpay.approvals WHERE id = NEW.approval_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no request %', NEW.approval_id USING ERRCODE = 'SP404';
    END IF;
    IF NEW.action IN ('approved', 'rejected') THEN
        IF NOT pg_has_role(session_user, 'smartpay_approver', 'MEMBER') THEN
            RAISE EXCEPTION 'only an approver may approve or reject a request' USING ERRCODE = 'SP403';
        END IF;
        IF req.requested_by = session_user THEN
            RAISE EXCEPTION 'request % was asked by %: another person must decide it', req.id, req.requested_by
                USING ERRCODE = 'SP403';
        END IF;
        IF req.state <> 'requested' THEN
            RAISE EXCEPTION 'request % is already %', req.id, req.state USING ERRCODE = 'SP409';
        END IF;
        IF req.expires_at <= NEW.at THEN
            RAISE EXCEPTION 'request % expired at %', req.id, req.expires_at USING ERRCODE = 'SP410';
        END IF;
        IF NEW.action = 'rejected' AND btrim(NEW.note) = '' THEN
            RAISE EXCEPTION 'a rejection needs a reason' USING ERRCODE = 'check_violation';
        END IF;
    ELSIF NEW.action = 'expired' THEN
        IF req.state NOT IN ('requested', 'approved') OR req.expires_at > NEW.at THEN
            RAISE EXCEPTION 'request % is not due to expire', req.id USING ERRCODE = 'SP409';
        END IF;
    ELSE  -- released: exactly what was approved, once
        IF req.state <> 'approved' THEN
            RAISE EXCEPTION 'request % is %, not approved and waiting to be sent', req.id, req.state
                USING ERRCODE = 'SP409';
        END IF;
        IF req.expires_at <= NEW.at THEN
            RAISE EXCEPTION 'request % expired at %', req.id, req.expires_at USING ERRCODE = 'SP410';
        END IF;
        IF (NEW.kind, NEW.order_id, NEW.amount, NEW.currency, coalesce(NEW.account, ''),
            coalesce(NEW.fingerprint, '')) IS DISTINCT FROM
           (req.kind, req.order_id, req.amount, req.currency, req.account, req.fingerprint) THEN
            RAISE EXCEPTION 'what is sent must be what was approved in request %; a change needs a new request',
                req.id USING ERRCODE = 'SP422';
        END IF;
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION smartpay.decision_after_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, smartpay AS $$
BEGIN
    IF NEW.line_row IS NOT NULL THEN
        RETURN NULL;  -- a batch row released: the request stays approved for its other rows; the entry is announced
    END IF;
    UPDATE smartpay.approvals SET state = NEW.action,
        decided_by = CASE WHEN NEW.action IN ('approved', 'rejected') THEN NEW.operator ELSE decided_by END,
        decided_at = CASE WHEN NEW.action IN ('approved', 'rejected') THEN NEW.at ELSE decided_at END,
        decision_note = CASE WHEN NEW.action IN ('approved', 'rejected') THEN NEW.note ELSE decision_note END,
        entry_id = coalesce(NEW.entry_id, entry_id)
        WHERE id = NEW.approval_id;
    PERFORM pg_notify('smartpay', json_build_object('what', 'approval', 'id', NEW.approval_id,
                                                    'state', NEW.action, 'by', NEW.operator)::text);
    RETURN NULL;
END $$;
-- version 1's claim, and a follow-up's ref used before (a keyed claim: a batch row's refund) refused first
CREATE OR REPLACE FUNCTION smartpay.claim(
    p_kind text, p_order_id text, p_ref text, p_profile text, p_environment text, p_parent text, p_amount bigint,
    p_currency text, p_account text, p_destination text, p_fingerprint text, p_note text, p_owner text,
    p_lease double precision, p_request jsonb, p_refund_cap bigint, p_approval bigint
) RETURNS SETOF smartpay.entries LANGUAGE plpgsql AS $$
DECLARE
    r record;
    refunded bigint := 0;
    made bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended(p_order_id, 7201));
    IF p_kind IN ('payment_link', 'payment_h2h', 'authorize', 'recurrent', 'withdrawal') THEN
        SELECT kind, state, created_at, operator INTO r FROM smartpay.entries WHERE ref = p_order_id;
        IF FOUND THEN
            RAISE EXCEPTION USING ERRCODE = 'SP001', MESSAGE = 'the order id was used',
                DETAIL = json_build_object('kind', r.kind, 'state', r.state, 'at', r.created_at, 'by', r.operator);
        END IF;
    ELSE
        SELECT id, kind, state, created_at, operator INTO r FROM smartpay.entries WHERE ref = p_ref;
        IF FOUND THEN
            RAISE EXCEPTION USING ERRCODE = 'SP005', MESSAGE = 'the key was used',
                DETAIL = json_build_object('id', r.id, 'kind', r.kind, 'state', r.state, 'at', r.created_at,
                                           'by', r.operator);
        END IF;
        FOR r IN SELECT id, kind, state, amount, operator FROM smartpay.entries
                 WHERE order_id = p_order_id
                   AND kind = ANY (CASE WHEN p_kind IN ('capture', 'cancel') THEN ARRAY['capture', 'cancel']
                                        ELSE ARRAY['refund'] END)
                   AND state IN ('pending', 'sent', 'processing', 'unknown', 'needs_review', 'succeeded')
                 ORDER BY id LOOP
            IF p_kind = 'refund' AND r.state = 'succeeded' THEN
                refunded := refunded + coalesce(r.amount, 0);
            ELSE
                RAISE EXCEPTION USING ERRCODE = 'SP002', MESSAGE = 'a follow-up of the order stands',
                    DETAIL = json_build_object('id', r.id, 'kind', r.kind, 'state', r.state, 'amount', r.amount,
                                               'by', r.operator);
            END IF;
        END LOOP;
        IF p_kind = 'refund' AND p_refund_cap IS NOT NULL AND p_amount IS NOT NULL
           AND refunded + p_amount > p_refund_cap THEN
            RAISE EXCEPTION USING ERRCODE = 'SP003', MESSAGE = 'a refund past what was paid',
                DETAIL = json_build_object('refunded', refunded, 'cap', p_refund_cap);
        END IF;
    END IF;
    INSERT INTO smartpay.entries (profile, environment, kind, order_id, ref, parent_order_id, amount, currency,
                                  account, destination, fingerprint, note, owner, lease_until)
        VALUES (p_profile, p_environment, p_kind, p_order_id, p_ref, p_parent, p_amount, p_currency, p_account,
                p_destination, p_fingerprint, p_note, p_owner, p_lease)
        RETURNING id INTO made;
    INSERT INTO smartpay.events (entry_id, state, note, request) VALUES (made, 'pending', p_note, p_request);
    IF p_approval IS NOT NULL THEN
        INSERT INTO smartpay.approval_events (approval_id, action, kind, order_id, amount, currency, account,
                                              fingerprint, entry_id)
            VALUES (p_approval, 'released', p_kind, p_order_id, p_amount, p_currency, coalesce(p_account, ''),
                    coalesce(p_fingerprint, ''), made);
    END IF;
    RETURN QUERY SELECT * FROM smartpay.entries WHERE id = made;
END $$;
"""
