"""The desk's services, one package per concern, shared by the desk (ui/) and the CLI (cli/). No Qt here.

- `journal/`   the operations journal: store (SQLite), hash chain, entries and events, states and kinds,
               who is sending an entry right now, schema migrations;
- `money/`     money-moving operations: the guards, the engine that journals, sends and records, settling
               what is unknown by /check;
- `profiles/`  profiles, credentials in the system keyring, the data folder, opening a profile's session;
- `reports/`   the gateway's report tasks, exports of tables to xlsx/CSV, and `xlsx/` (the safe reader);
- `recon/`     a gateway report reconciled with the journal, explanations of differences, and the triage.
"""
