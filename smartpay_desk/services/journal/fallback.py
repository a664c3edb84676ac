"""Answers that could not be journalled after sending: kept beside the journal, settled into it on next opening.

When the gateway has answered and the journal cannot take the answer (disk full, locked too long, read-only),
the sending engine calls `record_unjournalled(...)`: one JSON line of what was asked and what came back
(redacted again here: card numbers masked, CVVs and secrets dropped) is appended to `<journal>-unjournalled`
(0600, fsync'd, under an advisory lock). If even that fails for lack of space, a small file reserved ahead of
time (`<journal>-unjournalled.reserve`, made when the journal opens) is given up to make room, and the line
is tried once more. Either way the result says, in a sentence, where the answer is (or that it is nowhere and
must be written down); the outcome stays *unknown* to the operator until it is in the journal, never
"nothing was sent".

`settle(journal)` (run by the store on opening) appends each kept answer to its entry as an event, through
the store's own rules (the same final state twice is no change), then empties the file. A line the journal
cannot place is kept in a time-stamped copy, and said.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ...api.redact import redact_payload, redact_text
from ...api.said import said
from . import files
from .errors import JournalConflict
from .model import JournalEntry, now_iso
from .phrases import kind_name, state_name

if TYPE_CHECKING:
    from .interface import JournalStore as Journal

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory lock, one writer at a time is assumed
    fcntl = None  # type: ignore[assignment]

SUFFIX = "-unjournalled"
RESERVE_SUFFIX = "-unjournalled.reserve"
RESERVE_BYTES = 256 * 1024


@dataclass(frozen=True)
class Unjournalled:
    """What became of an answer the journal could not take: `written` beside it at `path`, or not at all."""

    written: bool
    path: Path
    sentence: str


def fallback_path(journal_path: str | os.PathLike[str]) -> Path:
    return Path(f"{os.fspath(journal_path)}{SUFFIX}")


def record_unjournalled(
    journal_path: str | os.PathLike[str],
    entry: JournalEntry,
    state: str,
    *,
    note: str = "",
    request: dict[str, Any] | None = None,
    response: dict[str, Any] | None = None,
    error: BaseException | None = None,
) -> Unjournalled:
    """Keep what the journal could not take about `entry` after sending: the state it was to be given, the note,
    the request and answer. Never raises; the sentence is for the operator."""
    path = fallback_path(journal_path)
    given = getattr(error, "detail", "") or str(error or "")
    cleaned = redact_text(given)
    why = (given if cleaned == given else cleaned) or said("the journal could not be written")  # a Said kept
    at = now_iso()
    line: dict[str, Any] = {
        "v": 1, "at": at, "entry_id": entry.id, "ref": entry.ref, "kind": entry.kind,
        "order_id": entry.order_id, "profile": entry.profile, "amount": entry.amount, "currency": entry.currency,
        "state": state, "note": note, "request": None if request is None else redact_payload(request),
        "response": None if response is None else redact_payload(response), "why": why,
    }  # fmt: skip
    data = (json.dumps(line, ensure_ascii=False, sort_keys=True, default=str) + "\n").encode("utf-8")
    what = said("the {kind} of order {order_id} ({state})", kind=kind_name(entry.kind), order_id=entry.order_id,
                state=state_name(state))  # fmt: skip
    try:
        _append(path, data)
    except OSError as exc:
        if exc.errno == errno.ENOSPC and _give_up_reserve(journal_path):
            with contextlib.suppress(OSError):
                _append(path, data)
                return Unjournalled(True, path, _kept(what, why, path))
        return Unjournalled(
            False,
            path,
            said(
                "What came back for {what} could not be written to the journal ({why}) nor kept beside it "
                "({error}). Write it down now: {what}, at {at} UTC. Do not send it again.",
                what=what,
                why=why,
                error=exc.strerror or str(exc),
                at=at[:19],
            ),
        )
    return Unjournalled(True, path, _kept(what, why, path))


def _kept(what: str, why: str, path: Path) -> str:
    return said(
        "What came back for {what} could not be written to the journal ({why}); it was kept in {path} and goes "
        "into the journal when SmartPay Desk next opens it. Do not send it again.",
        what=what,
        why=why,
        path=str(path),
    )


@contextlib.contextmanager
def _locked(path: Path, flags: int) -> Iterator[IO[bytes]]:
    fd = os.open(path, flags, files.PRIVATE)
    with os.fdopen(fd, "r+b" if flags & os.O_RDWR else "ab") as fh:
        with contextlib.suppress(OSError):
            os.fchmod(fh.fileno(), files.PRIVATE)
        if fcntl is not None:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        yield fh


def _append(path: Path, data: bytes) -> None:
    created = not path.exists()
    with _locked(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT) as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    if created:
        files.fsync_dir(path.parent)


def reserve(journal_path: str | os.PathLike[str]) -> None:
    """Set some disk space aside for the fallback file (best effort: nothing is said if there is none)."""
    target = Path(f"{os.fspath(journal_path)}{RESERVE_SUFFIX}")
    if target.exists():
        return
    try:
        fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, files.PRIVATE)
    except OSError:
        return
    try:
        if hasattr(os, "posix_fallocate"):
            os.posix_fallocate(fd, 0, RESERVE_BYTES)
        else:  # pragma: no cover - not Linux
            os.write(fd, b"\0" * RESERVE_BYTES)
    except OSError:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(target)
        return
    os.close(fd)


def _give_up_reserve(journal_path: str | os.PathLike[str]) -> bool:
    try:
        os.unlink(f"{os.fspath(journal_path)}{RESERVE_SUFFIX}")
    except OSError:
        return False
    return True


def settle(journal: Journal) -> list[str]:
    """Append every kept answer to its entry; empty the file. Sentences saying what was done (none if nothing
    was kept). A JournalUnavailable (the journal still cannot be written) leaves the file as it is."""
    path = fallback_path(journal.path)
    if not path.exists() or path.stat().st_size == 0:
        return []
    told: list[str] = []
    with _locked(path, os.O_RDWR) as fh:
        text = fh.read().decode("utf-8", errors="replace")
        left: list[str] = []
        for raw in text.splitlines():
            line = raw.strip("\0 ").strip()
            if line:
                problem = _apply(journal, line)
                if problem:
                    told.append(problem)
                    left.append(line)
        if left:
            files.write_private(Path(f"{path}.kept-{files.stamp()}"), "\n".join(left) + "\n", durable=True)
        fh.seek(0)
        fh.truncate()
        fh.flush()
        os.fsync(fh.fileno())
    settled = len(text.strip("\0 \n").splitlines()) - len(left)
    if settled:
        told.insert(0, said("{count} answer(s) that could not be written to the journal earlier were added to it now.",
                            count=settled))  # fmt: skip
    return told


def _apply(journal: Journal, line: str) -> str | None:
    try:
        data = json.loads(line)
        entry_id, ref, state = int(data["entry_id"]), str(data["ref"]), str(data["state"])
    except (ValueError, KeyError, TypeError):
        return said("A line kept beside the journal could not be read and was kept aside: {line}",
                    line=redact_text(line[:80]))  # fmt: skip
    try:
        entry = journal.entry_by_id(entry_id)
    except KeyError:
        entry = None
    if entry is None or entry.ref != ref:
        return said(
            "An answer kept for journal entry {entry_id} ({ref}) matches none of the journal; it was kept aside.",
            entry_id=entry_id,
            ref=ref,
        )
    late = f"written late ({str(data.get('at', ''))[:19]} UTC the journal could not be written: {data.get('why', '')})"
    note = f"{data.get('note') or ''} — {late}".strip(" —")
    try:
        journal.update(entry_id, state, note=note, response=data.get("response"))
    except JournalConflict as exc:
        return said("{message} (an answer kept beside the journal)", message=exc.user_message())
    return None
