"""What the journal file alone cannot rewrite: the key that seals its events, and where it last ended.

Both live in the system keyring (service "smartpay-desk", the same as the merchant secrets), under names made
from the journal's full path, so each data folder has its own:

    "journal key <path>"   {"key": 64 hex, "since": the first event sealed with it, "retired": [key ids]}
    "journal head <path>"  {"last_event": id, "head": that event's hash, "events": how many there were}

The key is 32 random bytes made on first use; events carry only its id (a keyed digest of nothing, 16 hex),
never the key. The head is rewritten after every write, so removing the latest events (or the whole file)
shows at the next start. The keyring is reached through CredentialStore, with its rules: a keyring that
stores passwords in a plain file is refused, and `keyring` is imported only when first needed.

Where no keyring can be used, there is no key (never a key file beside the journal): new events are chained
with plain sha256 as before, which shows damage and careless edits but not a rewrite made with the file in
hand, and the head is kept in a second file beside the journal (`<journal>-head`, 0600): it catches a journal
cut short or replaced by an older copy of itself alone, not a rewrite of both files. `problem` says so.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..profiles.credentials import CredentialStore
from . import files

log = logging.getLogger(__name__)
KEY_BYTES = 32


def key_name(path: Path) -> str:
    return f"journal key {path}"


def head_name(path: Path) -> str:
    return f"journal head {path}"


def key_id_of(secret: bytes) -> str:
    """The name events give their key: a keyed digest of a constant (says nothing about the key)."""
    return hmac.new(secret, b"smartpay-desk journal key id", hashlib.sha256).hexdigest()[:16]


@dataclass(frozen=True)
class SealKey:
    """The journal's key: `since` is the first event id sealed with it (events before it were sealed with an
    older key, or with plain sha256 by a version that had no key); `retired` names keys a person let go."""

    secret: bytes = field(repr=False)
    since: int
    retired: tuple[str, ...] = ()
    acks_before: int = 0  # acknowledgements written before the key existed (sealed without it)

    @property
    def key_id(self) -> str:
        return key_id_of(self.secret)

    def to_json(self) -> str:
        return json.dumps({"v": 1, "key": self.secret.hex(), "since": self.since, "retired": list(self.retired),
                           "acks_before": self.acks_before})  # fmt: skip

    @classmethod
    def from_json(cls, text: str) -> SealKey | None:
        try:
            data = json.loads(text)
            secret = bytes.fromhex(data["key"])
            since = int(data["since"])
            retired = tuple(str(k) for k in data.get("retired", ()))
            acks_before = int(data.get("acks_before", 0))
        except (ValueError, KeyError, TypeError):
            return None
        return cls(secret, since, retired, acks_before) if len(secret) == KEY_BYTES else None


@dataclass(frozen=True)
class Anchor:
    """Where this computer last saw the journal end."""

    last_event: int
    head: str
    events: int

    def to_json(self) -> str:
        return json.dumps({"v": 1, "last_event": self.last_event, "head": self.head, "events": self.events})

    @classmethod
    def from_json(cls, text: str | None) -> Anchor | None:
        if not text:
            return None
        try:
            data: dict[str, Any] = json.loads(text)
            return cls(int(data["last_event"]), str(data["head"]), int(data["events"]))
        except (ValueError, KeyError, TypeError):
            return None


def system_keyring() -> Any:
    """The keyring `keyring` finds, if it is one to keep a journal's key in: a real one (priority 1 or more, as
    keyring itself recommends; a chain of them gives its best member), or whichever the person configured
    (PYTHON_KEYRING_BACKEND, keyringrc). Test doubles and fallbacks (priority 0 or less) are never picked up by
    discovery alone; CredentialStore then refuses plain-text files and the fail backend as for secrets."""
    import keyring
    from keyring.backends import fail
    from keyring.core import load_config

    chosen = keyring.get_keyring()
    if os.environ.get("PYTHON_KEYRING_BACKEND") or load_config() is not None:
        return chosen
    members = list(getattr(chosen, "backends", None) or [chosen])
    real = [m for m in members if (getattr(m, "priority", 0) or 0) >= 1]
    return real[0] if real else fail.Keyring()  # type: ignore[no-untyped-call]


class JournalKeys:
    """The key and the head of one journal file, in the keyring (or, for the head alone, a second file).
    `keyring`: a keyring backend; None for the system's (`system_keyring`, resolved on first use)."""

    def __init__(self, journal_path: Path, keyring: Any | None = None) -> None:
        self.path = Path(journal_path).resolve()
        self._given = keyring
        self._resolved: CredentialStore | None = None

    @property
    def _store(self) -> CredentialStore:
        if self._resolved is None:
            try:
                backend = self._given if self._given is not None else system_keyring()
            except Exception as exc:  # keyring itself could not start: no keyring, said by CredentialStore
                log.warning("system keyring unavailable: %s", type(exc).__name__)
                from keyring.backends import fail

                backend = fail.Keyring()  # type: ignore[no-untyped-call]
            self._resolved = CredentialStore(backend)
        return self._resolved

    @property
    def usable(self) -> bool:
        """A keyring that keeps what it is given across runs answered."""
        return self._store.persistent

    @property
    def problem(self) -> str | None:
        """Why there is no key, as a sentence; None when the keyring works."""
        if self.usable:
            return None
        why = self._store.problem or "This computer has no system keyring the desk can use."
        return (
            f"{why.split(',')[0].split(';')[0].rstrip('.')}: the journal's history is chained but not sealed with "
            "a key, so damage and careless edits show, but a deliberate rewrite of the whole file would not."
        )

    @property
    def head_file(self) -> Path:
        return Path(f"{self.path}-head")

    # ---------------------------------------------------------------- the key
    def load(self) -> SealKey | None:
        if not self.usable:
            return None
        text = self._store.get(key_name(self.path))
        return SealKey.from_json(text) if text else None

    def create(self, since: int, retired: tuple[str, ...] = (), acks_before: int = 0) -> SealKey | None:
        """A new random key, stored in the keyring; None when the keyring did not keep it."""
        if not self.usable:
            return None
        made = SealKey(secrets.token_bytes(KEY_BYTES), since, retired, acks_before)
        return made if self._store.set(key_name(self.path), made.to_json()) else None

    # ---------------------------------------------------------------- the head
    def anchor(self) -> Anchor | None:
        if self.usable:
            found = Anchor.from_json(self._store.get(head_name(self.path)))
            if found is not None:
                return found
        try:
            return Anchor.from_json(self.head_file.read_text(encoding="utf-8"))
        except OSError:
            return None

    def save_anchor(self, anchor: Anchor) -> None:
        """Best effort: a head that could not be saved is merely behind (the next start checks from it)."""
        if self.usable and self._store.set(head_name(self.path), anchor.to_json()):
            return
        try:
            files.write_private(self.head_file, anchor.to_json())
        except OSError as exc:
            log.warning("the journal's head could not be kept beside it: %s", exc.strerror or exc)

    # ---------------------------------------------------------------- a journal moved aside
    def hand_over(self, new_path: Path) -> None:
        """The key and head now belong to the journal moved to `new_path` (so it can still be verified there);
        this path starts afresh."""
        target = Path(new_path).resolve()
        if not self.usable:
            return
        for name in (key_name, head_name):
            value = self._store.get(name(self.path))
            if value:
                self._store.set(name(target), value)
            self._store.delete(name(self.path))
