"""Profiles: which gateway (environment, three base URLs, merchant key, accounts) the desk talks to.

Stored in `profiles.json` in the data directory, written atomically. A profile never holds the secret:
that lives in the system keyring (credentials.py). On first start there is one profile, "Sandbox", which
runs the embedded simulator; its URLs are filled in at run time from the server's loopback address.
"""

from __future__ import annotations

import builtins
import json
import os
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .paths import atomic_write

if TYPE_CHECKING:
    from ...api.client import Endpoints

PROFILES_FILE = "profiles.json"
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
        return "Enter the address."
    try:
        parts = urlsplit(url)
        host = parts.hostname
        _ = parts.port
    except ValueError:
        return "This is not a valid web address."
    if parts.scheme not in ("http", "https") or not host:
        return "Enter a full address starting with https://."
    if parts.query or parts.fragment or parts.username or parts.password:
        return "Enter the base address only, without a query, fragment or user name."
    if parts.scheme == "http" and not _is_loopback(host):
        return "Use https:// (plain http is allowed only to this computer)."
    return None


def _is_loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def validate_profile(profile: Profile) -> dict[str, str]:
    """Field name → sentence for everything wrong with `profile` (empty when it can be saved)."""
    problems: dict[str, str] = {}
    name = profile.name
    if not name.strip():
        problems["name"] = "Give the profile a name."
    elif name != name.strip() or len(name) > _MAX_NAME or any(ord(ch) < 32 for ch in name):
        problems["name"] = f"Use up to {_MAX_NAME} characters, without leading or trailing spaces."
    if not profile.embedded:
        for field in ("gateway_url", "pci_url", "reports_url"):
            problem = url_problem(getattr(profile, field))
            if problem:
                problems[field] = problem
        if "reports_url" not in problems and not profile.reports_url.rstrip("/").endswith(REPORTS_SUFFIX):
            problems["reports_url"] = f"The reports address is the base that ends in {REPORTS_SUFFIX}."
    if not profile.merchant_key.strip():
        problems["merchant_key"] = "Enter the merchant key."
    if not profile.account.strip():
        problems["account"] = "Enter the payments account."
    if not profile.payout_account.strip():
        problems["payout_account"] = "Enter the payout account."
    if len(profile.currency) != 3 or not profile.currency.isalpha() or not profile.currency.isupper():
        problems["currency"] = "Use the three-letter currency code, for example EUR."
    return problems


class ProfileStore:
    """profiles.json: the list of profiles and the name of the active one."""

    def __init__(self, data_dir: str | os.PathLike[str]) -> None:
        self.path = Path(data_dir) / PROFILES_FILE
        self._profiles: dict[str, Profile] = {}
        self._active: str | None = None
        self._load()

    # ---------------------------------------------------------------- reading
    def list(self) -> builtins.list[Profile]:
        return list(self._profiles.values())

    def names(self) -> builtins.list[str]:
        return list(self._profiles)

    def get(self, name: str) -> Profile:
        try:
            return self._profiles[name]
        except KeyError:
            raise KeyError(f"There is no profile named {name!r}.") from None

    def __contains__(self, name: object) -> bool:
        return name in self._profiles

    @property
    def active(self) -> str | None:
        if self._active in self._profiles:
            return self._active
        return next(iter(self._profiles), None)

    @active.setter
    def active(self, name: str) -> None:
        self.get(name)
        self._active = name
        self._save()

    def active_profile(self) -> Profile | None:
        name = self.active
        return self._profiles[name] if name else None

    # ---------------------------------------------------------------- writing
    def save(self, profile: Profile) -> Profile:
        """Add or replace the profile of that name; ProfileError if it is not valid."""
        problems = validate_profile(profile)
        if problems:
            raise ProfileError(problems)
        self._profiles[profile.name] = profile
        self._save()
        return profile

    def add(self, profile: Profile) -> Profile:
        """Like save, but refuses a name already in use."""
        if profile.name in self._profiles:
            raise ProfileError({"name": f"A profile named {profile.name!r} already exists."})
        return self.save(profile)

    def delete(self, name: str) -> None:
        self.get(name)
        del self._profiles[name]
        if self._active == name:
            self._active = None
        self._save()

    def rename(self, old: str, new: str) -> Profile:
        profile = self.get(old)
        if new == old:
            return profile
        if new in self._profiles:
            raise ProfileError({"name": f"A profile named {new!r} already exists."})
        renamed = profile._replace(name=new)
        problems = validate_profile(renamed)
        if problems:
            raise ProfileError(problems)
        self._profiles = {(new if k == old else k): (renamed if k == old else v) for k, v in self._profiles.items()}
        if self._active == old:
            self._active = new
        self._save()
        return renamed

    # ---------------------------------------------------------------- file
    def _load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            self._profiles = {SANDBOX_PROFILE: default_sandbox_profile()}
            self._active = SANDBOX_PROFILE
            self._save()
            return
        profiles = raw.get("profiles", []) if isinstance(raw, dict) else []
        self._profiles = {}
        for item in profiles:
            if isinstance(item, dict):
                profile = Profile.from_dict(item)
                self._profiles[profile.name] = profile
        active = raw.get("active") if isinstance(raw, dict) else None
        self._active = active if isinstance(active, str) else None

    def _save(self) -> None:
        body = {"version": 1, "active": self._active, "profiles": [p.to_dict() for p in self._profiles.values()]}
        atomic_write(self.path, json.dumps(body, indent=2, ensure_ascii=False) + "\n")
