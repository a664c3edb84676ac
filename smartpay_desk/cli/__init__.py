"""`smartpay`: the desk's money operations from a terminal or a script, an entry point like the desk.

- `main`   the commands (`smartpay refund …`, `payout …`, `reconcile`, `journal …`);
- `args`   the argument parser.
"""
