"""The operations journal: every money-moving intent, written before it is sent, and all that came back.

- `interface`  what callers may ask of a journal (`JournalStore`, a Protocol), whatever store holds it;
- `store`      the SQLite journal (`Journal`): record an intent, append events, claim, verify, acknowledge;
- `reading`    its reads (a mixin of `Journal`), and `queries` the SQL behind them and the refusals before writing;
- `migrations` schema versions (`PRAGMA user_version`): older files migrated, newer refused (`JournalTooNew`);
- `chain`      the schema of version 1, its triggers and the hash chain (keyed with the journal's key);
- `keys`       the journal's key and where it last ended, kept in the system keyring (not in the file);
- `tally`      keyed counts and sums over every entry, compared at start without re-hashing old events;
- `integrity`  the check itself (at start, before each intent, in full for --verify), `sealing` its writes;
- `acks`       a person's acknowledgement of damage, sealed; `verdict` the result for the operator (`Health`);
- `explanations` a person's note on a reconciliation difference, sealed (`Explanation`; services/recon);
- `health`     the start-up check for the desk and the CLI (`check`), and a new journal in place of a damaged one;
- `errors`     every SQLite failure as one error with a sentence (`JournalUnavailable`), `JournalDamaged`,
               `JournalConflict`; `files` the journal's files (0600, looked at before SQLite, moved aside);
- `fallback`   answers that could not be journalled after sending, kept beside it until it can take them;
- `model`      what the journal hands out (`JournalEntry`, `JournalEvent`);
- `states`     journal states and operation kinds, and the refusals raised before sending;
- `owner`      which process is sending an entry right now (so nobody settles it behind its back).

Import from the module you need (`from smartpay_desk.services.journal.store import Journal`): this file
imports nothing, so that importing one part never pulls in the others.
"""
