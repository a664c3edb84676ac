"""The operations journal: every money-moving intent, written before it is sent, and all that came back.

- `interface`  what callers may ask of a journal (`JournalStore`, a Protocol), whatever store holds it;
- `store`      the SQLite journal (`Journal`): record an intent, append events, claim, read, verify;
- `queries`    the SQLite journal's reads and the refusals it checks before writing an intent;
- `migrations` schema versions (`PRAGMA user_version`): older files migrated, newer refused (`JournalTooNew`);
- `chain`      the schema, its triggers and the tamper-evident hash chain;
- `model`      what the journal hands out (`JournalEntry`, `JournalEvent`);
- `states`     journal states and operation kinds, and the refusals raised before sending;
- `owner`      which process is sending an entry right now (so nobody settles it behind its back).

Import from the module you need (`from smartpay_desk.services.journal.store import Journal`): this file
imports nothing, so that importing one part never pulls in the others.
"""
