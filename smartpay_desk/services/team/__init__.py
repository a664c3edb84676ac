"""The team journal: one PostgreSQL journal for every desk of a merchant, with four-eyes approval.

    schema.py / schema_rules.py   the tables, roles and the rules the server keeps (versions)
    admin.py                      `smartpay team init`: create or migrate the schema and the roles
    connect.py                    the libpq address, TLS, the password from the keyring, failures in sentences
    store.py / refusals.py        TeamJournal: the JournalStore the money services use (claims under a lock)
    approvals.py / release.py     the policy, requests, decisions, expiry; sending an approved request once
    batch_approvals.py            a batch file as one request (schema_batch.py, version 3), released row for row
    listen.py                     the other desks' news (LISTEN/NOTIFY) in a thread of its own
    explanations.py               notes on reconciliation differences (schema version 2; services/recon)

Nothing here is imported unless a profile names a team journal (psycopg is loaded then).
"""
