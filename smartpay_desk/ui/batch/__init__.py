"""The desk's batch window (Payouts → Batch…): open a spreadsheet, see every row checked and what it does to the
balance, send the good rows with a progress bar, pause, resume, cancel, and open the results.

- `rows`    the table of rows: their check, then their outcome;
- `dialog`  the window: the file, its check and the sending (services/batch does the work, in workers).
"""
