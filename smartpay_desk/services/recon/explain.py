"""Explaining a difference: a person's note, journaled with who and when (journal/explanations.py on SQLite,
team/explanations.py on PostgreSQL). An explained difference stays in the reconciliation (and its export), no
longer open: it leaves the triage and no longer makes `reconcile-report` exit 1.

    explanation = explain(journal, difference, "paid by bank transfer, see ticket 4411")
    explanation, result = explain_order(journal, result, "order-17", "amount_differs", "…")
"""

from __future__ import annotations

from ...api.said import said
from ..journal.explanations import Explanation
from ..journal.interface import JournalStore
from .match import DiffClass, Difference, Reconciliation


class NoSuchDifference(KeyError):
    """The reconciliation has no difference of that order id and class; str() is a sentence."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else said("There is no such difference.")


def explain(journal: JournalStore, difference: Difference, note: str, *, operator: str | None = None) -> Explanation:
    """Journal `note` for `difference`. ValueError (a sentence) for an empty note; the journal's own errors
    (JournalUnavailable…) when it cannot be written."""
    return journal.explain(report_kind=difference.report_kind, order_id=difference.order_id,
                           difference=str(difference.cls), note=note, operator=operator)  # fmt: skip


def explain_order(
    journal: JournalStore, result: Reconciliation, order_id: str, cls: str, note: str, *, operator: str | None = None
) -> tuple[Explanation, Reconciliation]:
    """Explain the difference of `order_id` and class `cls` in `result`; (the explanation, the reconciliation
    with it applied). NoSuchDifference when `result` has no such difference."""
    difference = result.find(order_id, cls)
    if difference is None:
        classes = ", ".join(str(d.cls) for d in result.differences if d.order_id == order_id)
        words = DiffClass(cls).words if cls in set(DiffClass) else cls
        if classes:
            raise NoSuchDifference(said("This report has no difference “{words}” for order {order_id} (it has: "
                                        "{classes}).", words=words, order_id=order_id, classes=classes))  # fmt: skip
        raise NoSuchDifference(said("This report has no difference “{words}” for order {order_id}.", words=words,
                                    order_id=order_id))  # fmt: skip
    made = explain(journal, difference, note, operator=operator)
    return made, result.explained_by([made])
