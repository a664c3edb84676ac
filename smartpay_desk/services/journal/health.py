"""The journal's check at start, for the desk and the CLI alike (no Qt), and a new journal when the operator
says so.

    health = check(journal_path)              # never raises: a Health with one plain sentence
    if health.worth_telling: show(health.sentence)
    health = check(journal_path, full=True)   # every event and every page (smartpay journal --verify)
    health = start_new(journal_path, "restored from last night's backup instead")
    health = unusable(journal_path, exc)      # what `check` says, from the JournalUnavailable opening it raised

A journal that opens is checked by opening it (store.Journal keeps the verdict in `journal.health`, and
refuses money-moving intents itself while it is damaged and unacknowledged); `check` only opens, reads the
verdict and closes. One that cannot be opened is reported as UNREADABLE (or UNAVAILABLE when it is locked,
read-only or on a full disk), with the reason in a sentence, and is left exactly as it is.
`start_new` moves a damaged journal aside (with a UTC time stamp; nothing is deleted or overwritten) and
starts a new one whose first record is the operator's acknowledgement naming the old file.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from ...api.said import said
from ..profiles.user_values import current_operator
from . import files
from .errors import JournalUnavailable, JournalUnreadable
from .keys import JournalKeys
from .store import Journal
from .verdict import Health, Standing


def check(journal_path: str | os.PathLike[str], keyring: Any | None = None, *, full: bool = False) -> Health:
    """The journal's health now (incremental unless `full`). Never raises for a journal that cannot be used."""
    path = Path(journal_path)
    try:
        with Journal(path, keyring=keyring) as journal:
            if full:
                journal.verify()
            return journal.health
    except JournalUnavailable as exc:
        return unusable(path, exc)


def unusable(path: str | os.PathLike[str], exc: JournalUnavailable) -> Health:
    """What `check` says of a journal that could not be opened (`exc`, as opening it raised it), without opening
    it again: the desk shows this when a profile's session could not open its journal."""
    where = Path(path)
    if isinstance(exc, JournalUnreadable):
        why = (
            exc.detail
            if exc.detail.startswith("The journal")
            else said("{state}: {detail}.", state=exc.state_words, detail=exc.detail or str(where))
        )
        return Health(where, Standing.UNREADABLE, (why,))
    if exc.detail:
        why = said("{state} ({detail}); nothing can be sent until it can.", state=exc.state_words, detail=exc.detail)
    else:
        why = said("{state}; nothing can be sent until it can.", state=exc.state_words)
    return Health(where, Standing.UNAVAILABLE, (why,))


def start_new(
    journal_path: str | os.PathLike[str],
    note: str,
    keyring: Any | None = None,
    *,
    operator: str | None = None,
) -> Health:
    """Move a damaged or unreadable journal aside and start a new one, recording the operator's word in it.
    Raises ValueError for an empty note or an intact journal (which is never moved aside); a journal whose damage
    was acknowledged may still be replaced."""
    if not note.strip():
        raise ValueError(said("Starting a new journal needs a note saying why."))
    path = Path(journal_path)
    before = check(path, keyring, full=True) if path.exists() or JournalKeys(path, keyring).anchor() else None
    if before is not None and before.standing is Standing.INTACT:
        raise ValueError(said("The journal is intact; it is not moved aside."))
    if before is not None and before.standing is Standing.UNAVAILABLE:
        raise ValueError(said("The journal cannot be moved aside now: {sentence}", sentence=before.sentence))
    moved = files.move_aside(path)  # with its -wal and -shm as they are: SQLite finds them under the new name
    aside = next((to for frm, to in moved if frm == path), None)
    JournalKeys(path, keyring).hand_over(aside or files.aside_name(path, files.stamp()))
    why = before.problems[0] if before is not None and before.problems else "it could not be used"
    kept = f"kept as {aside.name}" if aside else "its file was missing"
    record = f"A new journal was started; the previous one ({kept}) was damaged: {why}"  # the journal's data
    with Journal(path, keyring=keyring) as journal:
        journal.record_start(record, note.strip(), operator=operator or current_operator())
        health = journal.health
    told = said("The damaged journal was kept as {name} beside the new one, in {folder}; nothing in it was changed.",
                name=aside.name, folder=str(path.parent)) if aside else ""  # fmt: skip
    return replace(health, notices=tuple(n for n in (told, *health.notices) if n))
