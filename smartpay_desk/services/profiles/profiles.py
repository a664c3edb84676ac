"""Profiles: which gateway (environment, three base URLs, merchant key, accounts) the desk talks to.

Stored in `profiles.json` in the data directory: each change is a read-modify-write under a lock, written
atomically (0600), so the desk and any number of `smartpay` processes can change it at once (ProfileStore).
A profile never holds the secret: that lives in the system keyring (credentials.py). On first start there is
one profile, "Sandbox", on the practice gateway kept in the data folder (sandbox/practice.py); its URLs are
filled in at run time from that server's loopback address.
"""

from __future__ import annotations

import builtins
import json
import os
import threading
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ...api.said import said
from .paths import atomic_write, locked

if TYPE_CHECKING:
    from ...api.client import Endpoints

PROFILES_FILE = "profiles.json"
LOCK_FILE = "profiles.lock"  # beside it: held for each read-modify-write
SANDBOX_PROFILE = "Sandbox"
SANDBOX_MERCHANT_KEY = "test"
SANDBOX_ACCOUNT = "EUR-sandbox"
SANDBOX_PAYOUT_ACCOUNT = "EUR-sandbox-payout"
REPORTS_SUFFIX = "/aggregation-service"
_MAX_NAME = 64


class Environment(StrEnum):
    SANDBOX = "sandbox"
    TEST = "test"
    PRODUCTION = "production"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def confirm_money(self) -> bool:
        """Production asks for an explicit confirmation on every money-moving action."""
        return self is Environment.PRODUCTION


class ProfileError(ValueError):
    """A profile that cannot be saved. `fields` maps field name → sentence."""

    def __init__(self, fields: dict[str, str]) -> None:
        self.fields = dict(fields)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.fields.items()))


class Profile(NamedTuple):
    """Immutable, compared by value; `_replace`, `_asdict`, `_fields`. A NamedTuple rather than a dataclass:
    this module is read before the first paint, and the dataclasses module costs ~3 ms of start-up."""

    name: str
    environment: Environment
    gateway_url: str
    pci_url: str
    reports_url: str  # the base that ends in /aggregation-service
    merchant_key: str
    account: str = SANDBOX_ACCOUNT  # payments
    payout_account: str = SANDBOX_PAYOUT_ACCOUNT
    currency: str = "EUR"
    embedded: bool = False  # the in-process sandbox; URLs are filled in by bind_sandbox()
    journal: str = ""  # a team journal's libpq URI (never with its password); "" = this folder's SQLite journal

    @property
    def endpoints(self) -> Endpoints:
        from ...api.client import Endpoints  # httpx: only when a session opens

        return Endpoints(
            gateway=self.gateway_url.rstrip("/"),
            pci=self.pci_url.rstrip("/"),
            reports=self.reports_url.rstrip("/"),
        )

    def bind_sandbox(self, url: str) -> Profile:
        """The embedded profile pointed at a running sandbox (url = its origin, e.g. http://127.0.0.1:5123)."""
        base = url.rstrip("/")
        return self._replace(gateway_url=base, pci_url=base, reports_url=base + REPORTS_SUFFIX)

    def to_dict(self) -> dict[str, Any]:
        data = self._asdict()
        data["environment"] = self.environment.value
        if self.embedded:  # the port changes every run: never stored
            data.update(gateway_url="", pci_url="", reports_url="")
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Profile:
        kwargs = {k: v for k, v in data.items() if k in cls._fields}  # anything else (a "secret"!) is dropped
        kwargs["environment"] = Environment(kwargs.get("environment", "sandbox"))
        kwargs["embedded"] = bool(kwargs.get("embedded", False))
        return cls(**kwargs)


def default_sandbox_profile() -> Profile:
    return Profile(
        name=SANDBOX_PROFILE,
        environment=Environment.SANDBOX,
        gateway_url="",
        pci_url="",
        reports_url="",
        merchant_key=SANDBOX_MERCHANT_KEY,
        embedded=True,
    )


def url_problem(url: str) -> str | None:
    """None if `url` is usable as a base URL: https, or plain http to this machine (loopback) only."""
    from urllib.parse import urlsplit

    if not url:
        return said("Enter the address.")
    try:
        parts = urlsplit(url)
        host = parts.hostname
        _ = parts.port
    except ValueError:
        return said("This is not a valid web address.")
    if parts.scheme not in ("http", "https") or not host:
        return said("Enter a full address starting with https://.")
    if parts.query or parts.fragment or parts.username or parts.password:
        return said("Enter the base address only, without a query, fragment or user name.")
    from ...api.hosts import is_loopback  # ipaddress: not on the start-up path

    if parts.scheme == "http" and not is_loopback(host):
        return said("Use https:// (plain http is allowed only to this computer).")
    return None


def validate_profile(profile: Profile) -> dict[str, str]:
    """Field name → sentence for everything wrong with `profile` (empty when it can be saved)."""
    problems: dict[str, str] = {}
    name = profile.name
    if not name.strip():
        problems["name"] = said("Give the profile a name.")
    elif name != name.strip() or len(name) > _MAX_NAME or any(ord(ch) < 32 for ch in name):
        problems["name"] = said("Use up to {count} characters, without leading or trailing spaces.", count=_MAX_NAME)
    if not profile.embedded:
        for field in ("gateway_url", "pci_url", "reports_url"):
            problem = url_problem(getattr(profile, field))
            if problem:
                problems[field] = problem
        if "reports_url" not in problems and not profile.reports_url.rstrip("/").endswith(REPORTS_SUFFIX):
            problems["reports_url"] = said(
                "The reports address is the base that ends in {suffix}.", suffix=REPORTS_SUFFIX
            )
    if not profile.merchant_key.strip():
        problems["merchant_key"] = said("Enter the merchant key.")
    if not profile.account.strip():
        problems["account"] = said("Enter the payments account.")
    if not profile.payout_account.strip():
        problems["payout_account"] = said("Enter the payout account.")
    if profile.journal and not profile.journal.startswith(("postgresql://", "postgres://")):
        problems["journal"] = said("A team journal is a PostgreSQL address: postgresql://login@host:5432/database.")
    if len(profile.currency) != 3 or not profile.currency.isalpha() or not profile.currency.isupper():
        problems["currency"] = said("Use the three-letter currency code, for example EUR.")
    return problems


class _Document(NamedTuple):
    """What profiles.json holds: the profiles by name (in file order) and the active one's name."""

    profiles: dict[str, Profile]
    active: str | None


class ProfileStore:
    """profiles.json: the list of profiles and the name of the active one.

    Shared by every desk and `smartpay` process on the data folder, so each change is a read-modify-write
    under an exclusive lock (`profiles.lock` beside it, paths.locked): the file is read afresh, the one
    change is applied to what it holds now, and the result replaces it atomically. A profile another
    program added meanwhile is kept, never overwritten by what this one remembered. Reading is from memory
    (no disk on the GUI thread); every change and `refresh()` bring the memory up to date with the file.
    """

    def __init__(self, data_dir: str | os.PathLike[str]) -> None:
        self.path = Path(data_dir) / PROFILES_FILE
        self.lock_path = self.path.with_name(LOCK_FILE)
        self._doc = _Document({}, None)
        self._seen: tuple[int, int, int] | None = None  # (inode, mtime ns, size) of the file last read
        self._mutex = threading.Lock()
        if not self.refresh():  # first start: the Sandbox profile, written unless another program just did
            self._change(lambda doc: None)

    # ---------------------------------------------------------------- reading
    def list(self) -> builtins.list[Profile]:
        return list(self._doc.profiles.values())

    def names(self) -> builtins.list[str]:
        return list(self._doc.profiles)

    def get(self, name: str) -> Profile:
        try:
            return self._doc.profiles[name]
        except KeyError:
            raise KeyError(said("There is no profile named {name}.", name=repr(name))) from None

    def __contains__(self, name: object) -> bool:
        return name in self._doc.profiles

    @property
    def active(self) -> str | None:
        doc = self._doc
        if doc.active in doc.profiles:
            return doc.active
        return next(iter(doc.profiles), None)

    @active.setter
    def active(self, name: str) -> None:
        def use(doc: _Document) -> _Document:
            _existing(doc, name)
            return doc._replace(active=name)

        self._change(use)

    def active_profile(self) -> Profile | None:
        name = self.active
        return self._doc.profiles[name] if name else None

    def refresh(self) -> bool:
        """Read the file again if another program changed it since (blocking: a worker's job in the desk).
        False when there is no file yet."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return False
        with self._mutex:
            if (stat.st_ino, stat.st_mtime_ns, stat.st_size) != self._seen:
                self._adopt(self._read())
        return True

    # ---------------------------------------------------------------- writing
    def save(self, profile: Profile) -> Profile:
        """Add or replace the profile of that name; ProfileError if it is not valid."""
        _valid(profile)

        def put(doc: _Document) -> _Document:
            return doc._replace(profiles={**doc.profiles, profile.name: profile})

        self._change(put)
        return profile

    def add(self, profile: Profile) -> Profile:
        """Like save, but refuses a name already in use (in the file as it is now)."""
        _valid(profile)

        def put(doc: _Document) -> _Document:
            if profile.name in doc.profiles:
                raise ProfileError({"name": said("A profile named {name} already exists.", name=repr(profile.name))})
            return doc._replace(profiles={**doc.profiles, profile.name: profile})

        self._change(put)
        return profile

    def delete(self, name: str) -> None:
        def drop(doc: _Document) -> _Document:
            _existing(doc, name)
            profiles = {k: v for k, v in doc.profiles.items() if k != name}
            return _Document(profiles, None if doc.active == name else doc.active)

        self._change(drop)

    def rename(self, old: str, new: str) -> Profile:
        renamed = self.get(old)

        def move(doc: _Document) -> _Document:
            nonlocal renamed
            renamed = _existing(doc, old)._replace(name=new)  # as the file has it now
            _valid(renamed)
            if new == old:
                return doc
            if new in doc.profiles:
                raise ProfileError({"name": said("A profile named {name} already exists.", name=repr(new))})
            profiles = {(new if k == old else k): (renamed if k == old else v) for k, v in doc.profiles.items()}
            return _Document(profiles, new if doc.active == old else doc.active)

        self._change(move)
        return renamed

    # ---------------------------------------------------------------- file
    def _change(self, apply: Callable[[_Document], _Document | None]) -> None:
        """Under the lock: read the file as it is now, apply the change, write it back (when it changed, or
        when there was no file), and remember the result. Raises what `apply` raises; nothing is written then."""
        with self._mutex, locked(self.lock_path):
            current = self._read()
            changed = apply(current[0] if current is not None else _first_start())
            if changed is None and current is not None:
                self._adopt(current)
                return
            doc = changed if changed is not None else _first_start()
            body = {"version": 1, "active": doc.active, "profiles": [p.to_dict() for p in doc.profiles.values()]}
            atomic_write(self.path, json.dumps(body, indent=2, ensure_ascii=False) + "\n")
            self._adopt((doc, self._stamp()))

    def _read(self) -> tuple[_Document, tuple[int, int, int] | None] | None:
        """The file's document and its stamp; None when there is no file."""
        try:
            with open(self.path, encoding="utf-8") as fh:
                stat = os.fstat(fh.fileno())
                raw = json.loads(fh.read())
        except FileNotFoundError:
            return None
        profiles: dict[str, Profile] = {}
        items = raw.get("profiles", []) if isinstance(raw, dict) else []
        for item in items if isinstance(items, builtins.list) else []:
            if isinstance(item, dict):
                profile = Profile.from_dict(item)
                profiles[profile.name] = profile
        active = raw.get("active") if isinstance(raw, dict) else None
        doc = _Document(profiles, active if isinstance(active, str) else None)
        return doc, (stat.st_ino, stat.st_mtime_ns, stat.st_size)

    def _stamp(self) -> tuple[int, int, int] | None:
        try:
            stat = self.path.stat()
        except OSError:
            return None
        return (stat.st_ino, stat.st_mtime_ns, stat.st_size)

    def _adopt(self, read: tuple[_Document, tuple[int, int, int] | None] | None) -> None:
        if read is not None:
            self._doc, self._seen = read


def _first_start() -> _Document:
    return _Document({SANDBOX_PROFILE: default_sandbox_profile()}, SANDBOX_PROFILE)


def _valid(profile: Profile) -> None:
    problems = validate_profile(profile)
    if problems:
        raise ProfileError(problems)


def _existing(doc: _Document, name: str) -> Profile:
    try:
        return doc.profiles[name]
    except KeyError:
        raise KeyError(said("There is no profile named {name}.", name=repr(name))) from None
