"""Reports: the gateway's export tasks, tables written out, and spreadsheets read back.

- `tasks`      ask the gateway for an export, wait for it, stream the xlsx to disk;
- `exports`    write a table (headers + rows) to xlsx or CSV, atomically;
- `xlsx/`      the safe reader of xlsx files (hostile files refused, memory bounded), run in a child process.
"""
