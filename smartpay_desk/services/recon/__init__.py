"""Reconciliation and triage (issue 16): the gateway's report against the journal, and everything that needs a
person in one list. No Qt here; every call that reads a file or a journal blocks (the desk runs it in a worker).

- `report`     a gateway report read for reconciliation (`read_report`, `report_from_table`: `GatewayReport`,
               `ReportRow`), and what it covers (`scope_of`: `Scope`, its types, statuses and days);
- `match`      matching rows with journal entries, pure and fast (`match`), the classes of difference
               (`DiffClass`), each `Difference` with a sentence, and the result (`Reconciliation`: `open`,
               `summary()`, `by_row()` for the viewer's marks, `to_json()` for `--json`);
- `reconcile`  a report against a journal (`reconcile`, `reconcile_file`, `load_entries`): any `JournalStore`;
- `explain`    a person's note on a difference, journaled with who and when (`explain`, `explain_order`);
- `triage`     everything that needs a person (`open_items`: `OpenItem`, with its age and its one `Action`);
- `export`     the reconciliation, with its explanations, as xlsx (`export_reconciliation`);
- `collector`  the garbage collector paused while thousands of rows and entries are made (`collector_paused`).

Imports go one way: (reconcile, explain, triage, export) → match → report; collector imports none of them.
Import from the module you need: this file imports nothing.
"""
