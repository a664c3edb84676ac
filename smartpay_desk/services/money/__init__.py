"""Money-moving operations, each journalled before it is sent and settled after.

- `operations` `OperationsService`: one method per operation (refund, capture, payout…), the desk's and
               the CLI's only way to move money;
- `sending`    the engine under it: journal the intent → send → record the answer → settle;
- `reconcile`  settling open entries by /check, never by sending again;
- `crashhook`  a test hook that kills the process at a chosen point of a call (crash-recovery proofs).

Import from the module you need; this file imports nothing (the desk loads httpx only when a profile opens).
"""
