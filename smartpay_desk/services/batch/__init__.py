"""Batch payouts and refunds from a spreadsheet: check, approve, send once, resume after a crash. No Qt here.

- `model`     the shared types: a checked row (`BatchRow`), a checked file (`CheckedBatch`), the batch id and the
              order ids and journal keys derived from it;
- `files`     reading the clerk's xlsx (the report viewer's safe reader) or CSV into rows by header name,
              with `bounds` (an xlsx's size read before it is opened), `cells` (a cell's text, number, date)
              and `plain` (CSV);
- `template`  the template the desk hands out;
- `check`     the dry run: every row's verdict and sentence, totals against the live balance; the rows of
              each kind in `check_payouts` and `check_refunds`, duplicates within the file and against the
              journal in `seen`;
- `resume`    what the journal already says of each row (the batch's progress is the journal's);
- `send`      the engine: good rows only, a bounded number at once, pause and cancel, never twice; its
              `pacing` (pause, cancel, a stop for all, the balance gate) and `approval` (a team's policy);
- `results`   the results workbook (card numbers masked).

A team journal asks one approval for a batch above its policy (services/team/batch_approvals.py).
"""
