"""What the journal's check at start (or on demand) found, for the operator: `Health`, with one plain sentence.

    INTACT        nothing wrong: money may move
    ACKNOWLEDGED  damage a person has acknowledged, nothing new since: money may move
    DAMAGED       changed or damaged, not acknowledged: money-moving actions are refused (the store refuses
                  them itself), lookups and reports work
    UNREADABLE    the file cannot be used at all (missing, emptied, cut short, not a journal): nothing moves
    UNAVAILABLE   it could not be looked at now (locked, read-only, disk full): nothing moves

No imports beyond the standard library, the journal's own findings and its words (phrases.py), so a screen can
hold a Health without loading SQLite.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ...api.said import said
from .phrases import continued, joined

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
        head, tail = self._said()
        return joined([part for part in (head, tail, joined(self.notices)) if part])

    def _said(self) -> tuple[str, str]:
        """The sentence in two parts: what is wrong, and what it means for money (what `refusal` leaves out)."""
        if self.standing is Standing.INTACT:
            how = (
                said("every event re-checked")
                if self.full
                else said("new events re-checked, the rest by its sealed tally")
            )
            return said("The journal is intact ({entries} entries, {events} events; {how}).", entries=self.entries,
                        events=self.events, how=how), ""  # fmt: skip
        if self.standing is Standing.ACKNOWLEDGED:
            return said(
                "The journal has known damage ({count} problem(s)); {ack}. Nothing new was found since, so money may "
                "move.", count=len(self.acknowledged), ack=self.last_ack or said("a person acknowledged it"),
            ), ""  # fmt: skip
        if self.standing is Standing.DAMAGED:
            problem = continued(self.problems[0])
            if len(self.problems) > 1:
                head = said(
                    "The journal was changed or damaged: {problem} (and {count} more problem(s): `smartpay "
                    "journal --verify` lists them).",
                    problem=problem,
                    count=len(self.problems) - 1,
                )
            else:
                head = said("The journal was changed or damaged: {problem}.", problem=problem)
            return head, said("Money-moving actions are refused until a person acknowledges it ({command}); lookups "
                              "and reports still work.", command=ACKNOWLEDGE)  # fmt: skip
        if self.standing is Standing.UNREADABLE:
            return self.problems[0] if self.problems else said("The journal cannot be read."), said(
                "Money-moving actions are refused and the file is left as it is; {command} moves it aside (kept, "
                "with a time stamp) and starts a new journal.", command=START_NEW)  # fmt: skip
        return self.problems[0] if self.problems else said("The journal could not be checked now."), ""

    def refusal(self) -> str:
        """Why a money-moving action is refused now (the store's JournalDamaged says this)."""
        head, tail = self._said()
        before = head if tail else joined([head, joined(self.notices)] if self.notices else [head])
        return said("{sentence} Nothing was sent: money-moving actions wait until a person acknowledges the damage "
                    "({command}).", sentence=before, command=ACKNOWLEDGE)  # fmt: skip
