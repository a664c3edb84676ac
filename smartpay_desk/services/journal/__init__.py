"""The operations journal: every money-moving intent, written before it is sent, and all that came back.

- `store`      the SQLite journal (`Journal`): record an intent, append events, claim, read, verify;
- `chain`      the schema, its triggers and the tamper-evident hash chain;
- `model`      what the journal hands out (`JournalEntry`, `JournalEvent`);
- `states`     journal states and operation kinds, and the refusals raised before sending;
- `owner`      which process is sending an entry right now (so nobody settles it behind its back).

Import from the module you need (`from smartpay_desk.services.journal.store import Journal`): this file
imports nothing, so that importing one part never pulls in the others.
"""
