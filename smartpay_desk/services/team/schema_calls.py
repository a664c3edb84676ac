"""The team journal's two calls, each one round trip and one transaction (version 1, frozen with schema.py;
`smartpay.claim` is replaced whole by version 3, schema_batch.py, which is the text that runs today):

    smartpay.claim(…)    the order's transaction lock, the refusals, the entry, its first event and (releasing an
                         approved request) the release: what TeamJournal.record_intent asks
    smartpay.record(…)   an entry's next event, or nothing when the move changes nothing: TeamJournal.update

Both run as the caller (SECURITY INVOKER): the triggers of schema_rules.py still decide who wrote it, the chain and
four-eyes. A refusal is raised with its own SQLSTATE and the facts in DETAIL (JSON), which refusals.py turns into
the same sentences the SQLite journal says:

    SP001 the order id was used (kind, state, at, by)     SP002 a follow-up of the order is open or done (id, kind,
    SP003 a refund past what was paid (refunded, cap)           state, amount, by)
    SP409 the other final state (the entry's state)       SP404 no such entry
"""

CALLS = r"""
CREATE FUNCTION smartpay.claim(
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

CREATE FUNCTION smartpay.record(p_entry bigint, p_state text, p_note text, p_request jsonb, p_response jsonb)
RETURNS SETOF smartpay.entries LANGUAGE plpgsql AS $$
DECLARE
    cur text;
BEGIN
    SELECT state INTO cur FROM smartpay.entries WHERE id = p_entry FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no journal entry %', p_entry USING ERRCODE = 'SP404';
    END IF;
    IF NOT smartpay.may_become(cur, p_state) THEN
        IF p_state = cur OR (cur IN ('succeeded', 'failed') AND p_state NOT IN ('succeeded', 'failed')) THEN
            RETURN QUERY SELECT * FROM smartpay.entries WHERE id = p_entry;  -- settled elsewhere: no change
            RETURN;
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'SP409', MESSAGE = 'the entry was settled otherwise', DETAIL = cur;
    END IF;
    INSERT INTO smartpay.events (entry_id, state, note, request, response)
        VALUES (p_entry, p_state, p_note, p_request, p_response);
    RETURN QUERY SELECT * FROM smartpay.entries WHERE id = p_entry;
END $$;

GRANT EXECUTE ON FUNCTION smartpay.claim(text, text, text, text, text, text, bigint, text, text, text, text, text,
    text, double precision, jsonb, bigint, bigint), smartpay.record(bigint, text, text, jsonb, jsonb),
    smartpay.announce(bigint, text) TO smartpay_operator;
"""
