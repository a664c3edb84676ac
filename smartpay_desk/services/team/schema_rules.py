"""The team journal's rules as the server keeps them (version 1): who wrote it, nothing rewritten, the chain,
four-eyes, the news on the channel `smartpay`. Frozen with version 1 of schema.py (a change is a new version);
schema.py says what each rule is for. Replaced whole since (the text that runs today is there):
`who_before_insert`, `decision_before_insert` and `decision_after_insert` by version 3 (schema_batch.py)."""

RULES = r"""
-- ------------------------------------------------------------------ who, and nothing rewritten
CREATE FUNCTION smartpay.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the team journal is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE FUNCTION smartpay.entry_before_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.operator := session_user;
    NEW.created_at := clock_timestamp();
    NEW.updated_at := NEW.created_at;
    NEW.state := 'pending';
    RETURN NEW;
END $$;

CREATE FUNCTION smartpay.entry_before_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.id, NEW.created_at, NEW.operator, NEW.profile, NEW.environment, NEW.kind, NEW.order_id, NEW.ref,
        NEW.parent_order_id, NEW.amount, NEW.currency, NEW.account, NEW.destination, NEW.fingerprint)
       IS DISTINCT FROM
       (OLD.id, OLD.created_at, OLD.operator, OLD.profile, OLD.environment, OLD.kind, OLD.order_id, OLD.ref,
        OLD.parent_order_id, OLD.amount, OLD.currency, OLD.account, OLD.destination, OLD.fingerprint) THEN
        RAISE EXCEPTION 'a team journal entry''s intent never changes' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF (NEW.state, NEW.note) IS DISTINCT FROM (OLD.state, OLD.note) AND NOT EXISTS (
        SELECT 1 FROM smartpay.events e WHERE e.entry_id = NEW.id AND e.state = NEW.state AND e.note = NEW.note
           AND e.seq = (SELECT max(seq) FROM smartpay.events WHERE entry_id = NEW.id)) THEN
        RAISE EXCEPTION 'a journal entry changes only with an event of its history'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION smartpay.event_hash(prev text, pos bigint, entry bigint, seq integer, at timestamptz, who text,
                                    state text, note text, request jsonb, response jsonb) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to(concat_ws(E'\x1f', prev, pos::text, entry::text, seq::text,
        to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), who, state, note,
        coalesce(request::text, ''), coalesce(response::text, '')), 'UTF8')), 'hex')
$$;

CREATE FUNCTION smartpay.may_become(now text, next text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT (now = 'pending' AND next IN ('sent','succeeded','failed','processing','unknown','needs_review'))
        OR (now = 'sent' AND next IN ('succeeded','failed','processing','unknown','needs_review'))
        OR (now IN ('processing','unknown') AND next IN ('processing','unknown','succeeded','failed','needs_review'))
        OR (now = 'needs_review' AND next IN ('succeeded','failed'))
$$;

CREATE FUNCTION smartpay.intent_hash(e smartpay.entries) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to(concat_ws(E'\x1f', e.id::text,
        to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), e.operator, e.profile, e.environment,
        e.kind, e.order_id, e.ref, coalesce(e.parent_order_id, ''), coalesce(e.amount::text, ''),
        coalesce(e.currency, ''), coalesce(e.account, ''), coalesce(e.destination, ''), coalesce(e.fingerprint, '')),
        'UTF8')), 'hex')
$$;

-- Each entry's history is a chain of its own: its first event follows the entry's intent (intent_hash), each next
-- event the one before. Writes wait only for the entry they concern (its row lock), never for another desk's.
CREATE FUNCTION smartpay.event_before_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, smartpay AS $$
DECLARE
    made smartpay.entries%ROWTYPE; last_seq integer; last_hash text;
BEGIN
    SELECT * INTO made FROM smartpay.entries WHERE id = NEW.entry_id FOR NO KEY UPDATE;
    SELECT seq, hash INTO last_seq, last_hash FROM smartpay.events WHERE entry_id = NEW.entry_id
        ORDER BY seq DESC LIMIT 1;
    IF last_seq IS NULL AND NEW.state <> 'pending' THEN
        RAISE EXCEPTION 'an entry''s history starts with its intent' USING ERRCODE = 'check_violation';
    ELSIF last_seq IS NOT NULL AND NOT smartpay.may_become(made.state, NEW.state) THEN
        RAISE EXCEPTION 'entry % is % and cannot become %', NEW.entry_id, made.state, NEW.state
            USING ERRCODE = 'SP409';
    END IF;
    NEW.operator := session_user;
    NEW.at := clock_timestamp();
    NEW.seq := coalesce(last_seq, 0) + 1;
    NEW.prev_hash := coalesce(last_hash, smartpay.intent_hash(made));
    NEW.hash := smartpay.event_hash(NEW.prev_hash, NEW.id, NEW.entry_id, NEW.seq, NEW.at, NEW.operator,
                                    NEW.state, NEW.note, NEW.request, NEW.response);
    RETURN NEW;
END $$;

CREATE FUNCTION smartpay.event_after_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, smartpay AS $$
BEGIN
    UPDATE smartpay.entries SET state = NEW.state, note = NEW.note, updated_at = NEW.at WHERE id = NEW.entry_id;
    RETURN NULL;
END $$;

CREATE FUNCTION smartpay.who_before_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'acknowledgements' THEN NEW.operator := session_user; NEW.at := clock_timestamp();
    ELSIF TG_TABLE_NAME = 'policy' THEN NEW.set_by := session_user; NEW.at := clock_timestamp();
    ELSIF TG_TABLE_NAME = 'approvals' THEN
        NEW.requested_by := session_user; NEW.created_at := clock_timestamp(); NEW.state := 'requested';
        NEW.decided_by := NULL; NEW.decided_at := NULL; NEW.decision_note := NULL; NEW.entry_id := NULL;
        IF NEW.expires_at <= NEW.created_at THEN
            RAISE EXCEPTION 'a request must expire in the future' USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END $$;

-- ------------------------------------------------------------------ four-eyes
CREATE FUNCTION smartpay.threshold(cur text) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT approval_above FROM smartpay.policy WHERE currency = cur ORDER BY id DESC LIMIT 1
$$;

CREATE FUNCTION smartpay.decision_before_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, smartpay AS $$
DECLARE
    req smartpay.approvals%ROWTYPE;
BEGIN
    NEW.operator := session_user;
    NEW.at := clock_timestamp();
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

CREATE FUNCTION smartpay.decision_after_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, smartpay AS $$
BEGIN
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

CREATE FUNCTION smartpay.approval_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('smartpay', json_build_object('what', 'approval', 'id', NEW.id, 'state', 'requested',
                                                    'by', NEW.requested_by)::text);
    RETURN NULL;
END $$;

-- An entry's news is told by the desk right after its transaction (smartpay.announce, its own statement): a NOTIFY
-- inside the money transaction would hold the server's one notification lock through that commit's flush to disk,
-- and every desk's commits would queue behind each other's. Who is told is the server's (session_user).
CREATE FUNCTION smartpay.announce(p_entry bigint, p_state text) RETURNS void LANGUAGE sql AS $$
    SELECT pg_notify('smartpay', json_build_object('what', 'entry', 'id', p_entry, 'state', p_state,
                                                   'by', session_user)::text)
$$;

CREATE FUNCTION smartpay.entry_needs_release() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, smartpay AS $$
DECLARE
    above bigint;
BEGIN
    IF NEW.kind NOT IN ('refund', 'withdrawal') OR NEW.amount IS NULL OR NEW.currency IS NULL THEN
        RETURN NULL;
    END IF;
    above := smartpay.threshold(NEW.currency);
    IF above IS NOT NULL AND NEW.amount >= above AND NOT EXISTS (
        SELECT 1 FROM smartpay.approval_events WHERE entry_id = NEW.id AND action = 'released') THEN
        RAISE EXCEPTION 'a % of % % needs another person''s approval first (the team''s policy: from % %)',
            NEW.kind, NEW.amount, NEW.currency, above, NEW.currency
            USING ERRCODE = 'SP428', DETAIL = json_build_object('above', above)::text;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION smartpay.broken_events() RETURNS TABLE (pos bigint, entry bigint, why text)
LANGUAGE sql STABLE AS $$
    SELECT v.id, v.entry_id, CASE
        WHEN v.seq <> v.rn THEN 'an event of its entry is missing before it'
        WHEN v.prev_hash <> coalesce(v.before, smartpay.intent_hash(e)) THEN
            'it does not follow what comes before it (the event before, or its entry''s intent, was changed)'
        ELSE 'it was changed after it was written' END
    FROM (SELECT ev.*, row_number() OVER w AS rn, lag(ev.hash) OVER w AS before
          FROM smartpay.events ev WINDOW w AS (PARTITION BY ev.entry_id ORDER BY ev.seq)) AS v
    JOIN smartpay.entries e ON e.id = v.entry_id
    WHERE v.seq <> v.rn OR v.prev_hash <> coalesce(v.before, smartpay.intent_hash(e))
       OR v.hash <> smartpay.event_hash(v.prev_hash, v.id, v.entry_id, v.seq, v.at, v.operator, v.state, v.note,
                                       v.request, v.response)
    UNION ALL
    SELECT NULL, e.id, 'its state is not what its history ends in' FROM smartpay.entries e
    WHERE NOT EXISTS (SELECT 1 FROM smartpay.events ev WHERE ev.entry_id = e.id AND ev.state = e.state
                         AND ev.note = e.note AND ev.seq = (SELECT max(seq) FROM smartpay.events
                                                            WHERE entry_id = e.id))
    ORDER BY 2, 1
$$;

CREATE TRIGGER entries_who BEFORE INSERT ON smartpay.entries
    FOR EACH ROW EXECUTE FUNCTION smartpay.entry_before_insert();
CREATE TRIGGER entries_intent_fixed BEFORE UPDATE ON smartpay.entries
    FOR EACH ROW EXECUTE FUNCTION smartpay.entry_before_update();
CREATE CONSTRAINT TRIGGER entries_four_eyes AFTER INSERT ON smartpay.entries
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION smartpay.entry_needs_release();
CREATE TRIGGER events_chain BEFORE INSERT ON smartpay.events
    FOR EACH ROW EXECUTE FUNCTION smartpay.event_before_insert();
CREATE TRIGGER events_settle_entry AFTER INSERT ON smartpay.events
    FOR EACH ROW EXECUTE FUNCTION smartpay.event_after_insert();
CREATE TRIGGER acknowledgements_who BEFORE INSERT ON smartpay.acknowledgements
    FOR EACH ROW EXECUTE FUNCTION smartpay.who_before_insert();
CREATE TRIGGER policy_who BEFORE INSERT ON smartpay.policy
    FOR EACH ROW EXECUTE FUNCTION smartpay.who_before_insert();
CREATE TRIGGER approvals_who BEFORE INSERT ON smartpay.approvals
    FOR EACH ROW EXECUTE FUNCTION smartpay.who_before_insert();
CREATE TRIGGER approvals_announce AFTER INSERT ON smartpay.approvals
    FOR EACH ROW EXECUTE FUNCTION smartpay.approval_after_insert();
CREATE TRIGGER decisions_rules BEFORE INSERT ON smartpay.approval_events
    FOR EACH ROW EXECUTE FUNCTION smartpay.decision_before_insert();
CREATE TRIGGER decisions_apply AFTER INSERT ON smartpay.approval_events
    FOR EACH ROW EXECUTE FUNCTION smartpay.decision_after_insert();
"""
