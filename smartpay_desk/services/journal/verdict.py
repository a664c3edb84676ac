"""What the journal's check at start (or on demand) found, for the operator: `Health`, with one plain sentence.

    INTACT        nothing wrong: money may move
    ACKNOWLEDGED  damage a person has acknowledged, nothing new since: money may move
    DAMAGED       changed or damaged, not acknowledged: money-moving actions are refused (the store refuses
                  them itself), lookups and reports work
    UNREADABLE    the file cannot be used at all (missing, emptied, cut short, not a journal): nothing moves
    UNAVAILABLE   it could not be looked at now (locked, read-only, disk full): nothing moves

No imports beyond the standard library and the journal's own findings, so a screen can hold a Health
without loading SQLite.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

ACKNOWLEDGE = "smartpay journal acknowledge --note …"
START_NEW = "smartpay journal acknowledge --note … --start-new"


class Standing(StrEnum):
    INTACT = "intact"
    ACKNOWLEDGED = "acknowledged"
    DAMAGED = "damaged"
    UNREADABLE = "unreadable"
    UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class Health:
    """The journal as last checked. `problems` are not acknowledged; `acknowledged` are; `notices` are news
    that is not damage (answers settled from the fallback file, a retired key); `unkeyed` says why the chain
    has no key, when it has none."""

    path: Path
    standing: Standing
    problems: tuple[str, ...] = ()
    acknowledged: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()
    last_ack: str | None = None  # Ack.words of the latest acknowledgement
    unkeyed: str | None = None
    full: bool = False  # every event was re-sealed (else: those after the last verified point)
    checked: int = 0
    events: int = 0
    entries: int = 0
    seconds: float = 0.0

    @property
    def money_allowed(self) -> bool:
        return self.standing in (Standing.INTACT, Standing.ACKNOWLEDGED)

    @property
    def worth_telling(self) -> bool:
        """Something to say at start (an intact journal with nothing new needs no words)."""
        return self.standing is not Standing.INTACT or bool(self.notices)

    @property
    def sentence(self) -> str:
        """One plain paragraph for the operator."""
        news = " ".join(self.notices)
        if self.standing is Standing.INTACT:
            how = "every event re-checked" if self.full else "new events re-checked, the rest by its sealed tally"
            said = f"The journal is intact ({self.entries} entries, {self.events} events; {how})."
        elif self.standing is Standing.ACKNOWLEDGED:
            said = (
                f"The journal has known damage ({len(self.acknowledged)} problem(s)); "
                f"{self.last_ack or 'a person acknowledged it'}. Nothing new was found since, so money may move."
            )
        elif self.standing is Standing.DAMAGED:
            more = f" (and {len(self.problems) - 1} more problem(s): `smartpay journal --verify` lists them)"
            said = (
                f"The journal was changed or damaged: {_lower(self.problems[0]).rstrip('.')}"
                f"{more if len(self.problems) > 1 else ''}. Money-moving actions are refused until a person "
                f"acknowledges it ({ACKNOWLEDGE}); lookups and reports still work."
            )
        elif self.standing is Standing.UNREADABLE:
            said = (
                f"{self.problems[0] if self.problems else 'The journal cannot be read.'} Money-moving actions are "
                f"refused and the file is left as it is; {START_NEW} moves it aside (kept, with a time stamp) "
                "and starts a new journal."
            )
        else:
            said = self.problems[0] if self.problems else "The journal could not be checked now."
        return f"{said} {news}".strip()

    def refusal(self) -> str:
        """Why a money-moving action is refused now (the store's JournalDamaged says this)."""
        return (
            f"{self.sentence.split(' Money-moving actions')[0]} Nothing was sent: money-moving actions wait until "
            f"a person acknowledges the damage ({ACKNOWLEDGE})."
        )


def _lower(sentence: str) -> str:
    """A sentence continued after a colon: 'The refund …' → 'the refund …'."""
    return sentence[:1].lower() + sentence[1:] if sentence[:4] in ("The ", "Ever", "Even", "Hist") else sentence
