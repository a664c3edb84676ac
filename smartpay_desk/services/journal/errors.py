"""What goes wrong with the journal itself, as sentences: one error class for every SQLite failure, the refusal
while the journal is damaged, and a settled entry told to settle otherwise.

    JournalUnavailable(ApiError)        the journal could not be read or written; `.reason` says why:
    ├── JournalLocked                   "locked"     another program held it longer than the journal waits
    ├── JournalFull                     "full"       the disk (or the file's size limit) is full
    ├── JournalReadOnly                 "read-only"  the data folder or the file cannot be written
    ├── JournalUnreadable               "unreadable" missing, emptied, cut short or not a journal at all
    └── JournalKeyUnreachable           "no-key"     sealed with a key in a keyring this session cannot reach
    JournalDamaged(GuardRefused)        money waits: the journal was changed or damaged and nobody acknowledged it
    JournalConflict(ApiError, ValueError) an entry settled one way cannot be settled another way

The journal itself never sends anything, so `sent` is False on all of them; the sending engine, which knows
whether a request had gone out, says "unknown" when an answer could not be journalled (fallback.py).
`translate(exc, path)` turns any sqlite3.Error into the right JournalUnavailable; for a lock it names the
programs holding the file when this system tells (Linux: /proc/locks), never their arguments.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from typing import Any

from ...api.errors import ApiError, OutcomeUnknown
from ...api.said import said
from ..money.guards import GuardRefused
from .model import JournalEntry
from .phrases import kind_name, state_name


class JournalUnavailable(ApiError):
    """The journal could not be read or written; nothing was sent because of it."""

    sentence = said("The journal could not be used, so nothing was sent.")
    sent = False
    # set by the sending engine when a write after sending failed: (state, note, extra fields) it meant to write
    unrecorded: tuple[str, str, dict[str, Any]] | None = None
    reason = "unavailable"
    state_words = said("The journal cannot be used now")  # what it is, said at start (when nothing was tried yet)

    def __init__(self, detail: str = "", *, path: str | os.PathLike[str] = "", holders: tuple[str, ...] = ()) -> None:
        super().__init__(detail)
        self.path = Path(path) if path else None
        self.holders = holders

    def user_message(self) -> str:
        if not self.detail:
            return self.sentence
        return said("{sentence} ({detail})", sentence=self.sentence, detail=self.detail)


class JournalLocked(JournalUnavailable):
    sentence = said("The journal is in use by another program and stayed locked too long, so nothing was sent.")
    reason = "locked"
    state_words = said("The journal is locked by another program")


class JournalFull(JournalUnavailable):
    sentence = said("The disk that holds the journal is full, so nothing could be written and nothing was sent.")
    reason = "full"
    state_words = said("The disk that holds the journal is full")


class JournalReadOnly(JournalUnavailable):
    sentence = said("The journal's folder cannot be written (it is read-only), so nothing was sent.")
    reason = "read-only"
    state_words = said("The journal's folder cannot be written")


class JournalUnreadable(JournalUnavailable):
    sentence = said("The journal file cannot be read: it is missing, damaged or not a journal, so nothing was sent.")
    reason = "unreadable"
    state_words = said("The journal file cannot be read")


class JournalKeyUnreachable(JournalUnavailable):
    sentence = said(
        "The journal is sealed with a key kept in the system keyring, which this session cannot reach, so nothing "
        "can be written to it and nothing was sent. Use SmartPay Desk where that keyring is unlocked."
    )
    reason = "no-key"
    state_words = said("The journal's key is in a keyring this session cannot reach")


class NotJournalled(OutcomeUnknown):
    """The call was sent, but what came back could not be written to the journal (full disk, lock, read-only).

    Never "nothing was sent": the outcome is unknown to the journal. What came back was kept beside it
    (services/journal/fallback.py) or, if even that failed, is in this error's detail for the operator to note;
    the next start writes it into the journal and settles the rest by /check.
    """

    sentence = said(
        "The operation was sent, but its answer could not be written to the journal: its outcome is unknown "
        "here until the journal can be written again and it is checked."
    )
    sent = True

    def user_message(self) -> str:
        if self.detail and self.detail != self.sentence:
            return said("{sentence} ({detail})", sentence=self.sentence, detail=self.detail)
        return self.sentence


class JournalDamaged(GuardRefused):
    """Money-moving actions wait while the journal is damaged and no person has acknowledged it."""

    sentence = said("The journal was changed or damaged; money-moving actions wait until a person acknowledges it.")

    def user_message(self) -> str:
        return self.detail or self.sentence


class JournalConflict(ApiError, ValueError):
    """A state an entry cannot take from where it is (another process settled it the other way)."""

    sentence = said("This operation was already settled differently elsewhere; nothing was changed in the journal.")
    sent = False

    def __init__(self, detail: str, *, words: str = "") -> None:
        super().__init__(detail)
        self.words = words

    def user_message(self) -> str:
        if self.words:
            return self.words
        if self.detail and self.detail != self.sentence:
            return said("{sentence} ({detail})", sentence=self.sentence, detail=self.detail)
        return self.sentence


def conflict(entry: JournalEntry, state: str) -> JournalConflict:
    """The error for an entry asked to become `state` from where it stands (another process settled it)."""
    when = entry.updated_at[:19].replace("T", " ")
    return JournalConflict(
        f"journal entry {entry.id} cannot go from {entry.state} to {state}",
        words=said(
            "The {kind} of order {order_id} was already recorded as {state} (at {when} UTC) and cannot be recorded "
            "as {new_state}; nothing was changed in the journal. Check the order at the gateway.",
            kind=kind_name(entry.kind),
            order_id=entry.order_id,
            state=state_name(entry.state),
            when=when,
            new_state=state_name(state),
        ),
    )


# ---------------------------------------------------------------- sqlite3 errors as sentences

_LOCKED = {"SQLITE_BUSY", "SQLITE_LOCKED"}
_FULL = {"SQLITE_FULL"}
_READ_ONLY = {"SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH"}


def _base_name(exc: sqlite3.Error) -> str:
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    for base in (*_LOCKED, *_FULL, *_READ_ONLY, "SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_CORRUPT", "SQLITE_NOTADB"):
        if name == base or name.startswith(base + "_"):
            return base
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return "SQLITE_BUSY"
    if "disk is full" in text or "database or disk is full" in text:
        return "SQLITE_FULL"
    if "readonly" in text or "read-only" in text:
        return "SQLITE_READONLY"
    if "unable to open" in text:
        return "SQLITE_CANTOPEN"
    return name or "SQLITE_ERROR"


def _no_space(folder: Path) -> bool:
    try:
        st = os.statvfs(folder)
    except (OSError, AttributeError):
        return False
    return st.f_bavail * st.f_frsize < 64 * 1024


def _writable(folder: Path) -> bool:
    if not folder.is_dir():
        return False
    try:
        fd = os.open(folder / f".smartpay-write-test-{os.getpid()}", os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except OSError as exc:
        return exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM)
    os.close(fd)
    os.unlink(folder / f".smartpay-write-test-{os.getpid()}")
    return True


def translate(exc: sqlite3.Error, path: str | os.PathLike[str], *, waited_s: float = 0.0) -> JournalUnavailable:
    """The JournalUnavailable (with a sentence's detail) for a sqlite3 error raised on the journal at `path`."""
    where = Path(path)
    base = _base_name(exc)
    sqlite_said, folder, file = str(exc), str(where.parent), str(where)
    if base in _LOCKED:
        holders = tuple(lock_holders(where))
        named = holders[0] if len(holders) == 1 else ", ".join(holders)  # one: its Said kept
        who = said("held by {holders}", holders=named) if holders else said("the program holding it could not be told")
        if waited_s:
            detail = said("waited {seconds:g} s; {who}; try again when it has finished", seconds=waited_s, who=who)
        else:
            detail = said("{who}; try again when it has finished", who=who)
        return JournalLocked(detail, path=where, holders=holders)
    if base in _FULL or (base == "SQLITE_IOERR" and _no_space(where.parent)):
        return JournalFull(said("free some space in {folder} and try again (SQLite: {error})", folder=folder,
                                error=sqlite_said), path=where)  # fmt: skip
    if base in _READ_ONLY or (base in ("SQLITE_CANTOPEN", "SQLITE_IOERR") and not _writable(where.parent)):
        if not where.parent.is_dir():
            return JournalUnreadable(said("The journal's folder {folder} does not exist.", folder=folder), path=where)
        return JournalReadOnly(said("{folder} cannot be written (SQLite: {error})", folder=folder, error=sqlite_said),
                               path=where)  # fmt: skip
    if base == "SQLITE_NOTADB":
        return JournalUnreadable(said("The journal file {path} is not a SQLite journal (SQLite: {error}).",
                                      path=file, error=sqlite_said), path=where)  # fmt: skip
    return JournalUnreadable(said("The journal file {path} is damaged inside and cannot be read (SQLite: {error}).",
                                  path=file, error=sqlite_said), path=where)  # fmt: skip


# ---------------------------------------------------------------- who holds the file


def _program(pid: int) -> str:
    """A program's name for a sentence: argv[0]'s name, or for Python the module or script it runs. Nothing
    more of its command line (which may hold a card number)."""
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return said("process {pid}", pid=pid)
    words = [a.decode(errors="replace") for a in argv if a]
    if not words:
        return said("process {pid}", pid=pid)
    name = Path(words[0]).name
    if name.startswith("python") and len(words) > 1:
        rest = words[1:]
        if rest[0] == "-m" and len(rest) > 1:
            name = {"smartpay_desk.cli.main": "smartpay", "smartpay_desk.ui.app": "smartpay-desk"}.get(rest[1], rest[1])
        elif not rest[0].startswith("-"):
            name = Path(rest[0]).name
    if sum(c.isdigit() for c in name) >= 12:
        return said("a program (pid {pid})", pid=pid)
    return f"{name} (pid {pid})"


def lock_holders(path: str | os.PathLike[str]) -> list[str]:
    """Programs other than this one that hold a write lock on the journal or its -wal/-shm files (Linux)."""
    inodes: set[int] = set()
    for suffix in ("", "-wal", "-shm"):
        try:
            inodes.add(os.stat(f"{os.fspath(path)}{suffix}").st_ino)
        except OSError:
            continue
    try:
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return []
    found: list[str] = []
    for line in lines:
        fields = line.split()
        if "->" in fields:  # a waiter, not a holder
            continue
        try:
            kind_at = fields.index("ADVISORY") if "ADVISORY" in fields else fields.index("MANDATORY")
            access, pid, where = fields[kind_at + 1], int(fields[kind_at + 2]), fields[kind_at + 3]
            inode = int(where.rsplit(":", 1)[1])
        except (ValueError, IndexError):
            continue
        if access == "WRITE" and inode in inodes and pid != os.getpid():
            name = _program(pid)
            if name not in found:
                found.append(name)
    return found
