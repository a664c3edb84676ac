"""What a repeat charge or a payout asks before it is sent (DESIGN.md, "A second press"), from the journal only.

    review = recurrent_review(journal, profile, currency, parent_order_id, amount, order_id, parent_info)
    review.questions   each needs an explicit confirmation of its kind (guards.NeedsConfirmation otherwise)
    review.warnings    said, not asked (a parent made without the recurrent flag)

The service asks the same review again just before sending (`review.ask(confirmed)`), so the desk's dialog and
the CLI's --confirm-… flags answer exactly the questions the service would raise, and what was confirmed is
written into the intent's journal note (who confirmed what).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from ...api.models import TransactionInfo, WithdrawalRequest
from ...api.said import said
from ..journal.interface import JournalStore
from . import guards as g
from . import history

KIND_WORDS = {g.DUPLICATE: said("a duplicate within 24 hours"), g.ABOVE_PARENT: said("above its parent's amount")}


@dataclass(frozen=True)
class Review:
    questions: tuple[g.Question, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def kinds(self) -> frozenset[str]:
        """What the caller confirms by saying yes to every question."""
        return frozenset(kind for kind, _, _ in self.questions)

    @property
    def sentences(self) -> list[str]:
        """The questions' sentences, then the warnings: what a confirmation dialog says."""
        return [sentence for _, _, sentence in self.questions] + list(self.warnings)

    def ask(self, confirmed: Collection[str]) -> None:
        """Raise NeedsConfirmation for the first question not confirmed."""
        g.ask(confirmed, *self.questions)

    def note(self, operator: str) -> str:
        """The intent's journal note: who confirmed what (empty when nothing was asked)."""
        if not self.questions:
            return ""
        what = "; ".join(f"{KIND_WORDS.get(kind, kind)}: {sentence}" for kind, _, sentence in self.questions)
        return said("confirmed by {operator} — {what}", operator=operator, what=what)


def recurrent_review(
    journal: JournalStore, profile: str, currency: str, parent_order_id: str, amount: int, order_id: str | None,
    parent: TransactionInfo,
) -> Review:  # fmt: skip
    """A repeat charge above its parent's amount, or of the same parent and amount within 24 hours, needs a
    confirmation; a parent made without the recurrent flag gets a warning."""
    earlier = history.recent_charge(journal, profile, parent_order_id, amount, order_id)
    questions = (
        g.above_parent(amount, parent.amount, parent_order_id, currency),
        history.charged_before(earlier, amount, currency) if earlier is not None else None,
    )
    flagged = parent.extra.get("recurrent") if isinstance(parent.extra.get("recurrent"), bool) else None
    if flagged is None:
        flagged = history.recurrent_flag(journal, profile, parent_order_id)
    warning = g.not_recurrent(parent_order_id, flagged)
    return Review(tuple(q for q in questions if q is not None), (warning,) if warning else ())


def payout_review(
    journal: JournalStore, profile: str, currency: str, req: WithdrawalRequest, fingerprint: str | None
) -> Review:
    """A payout of the same amount to the same destination within 24 hours needs a confirmation."""
    found = history.recent_payout(journal, profile, req, fingerprint)
    if found is None:
        return Review()
    entry, certain = found
    return Review((history.paid_out_before(entry, certain, req.amount, currency),))
