"""`smartpay`: the desk's money operations from a terminal or a script, an entry point like the desk.

- `main`            the commands (`smartpay refund …`, `payout …`, `reconcile`, …) and how errors exit;
- `args`            the argument parser; `common` the exit statuses, `Stop` and how an outcome is printed;
- `profile_cmds`    `profile add|list|remove|use|secret` (`--journal URI`: a team journal);
- `journal_cmds`    `journal` (this folder's or the team's), `journal_import` `journal import --to URI`;
- `team_cmds`       `team init|password|policy` and `approvals list|approve|reject|release` (issue 14).
"""
