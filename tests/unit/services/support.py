"""Shared helpers for the services tests (unit and e2e): data, a memory keyring, a service on a sandbox."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from smartpay_desk.api.client import Endpoints, SmartPaymentsClient, Timeouts
from smartpay_desk.api.models import Card
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.journal.store import Journal
from smartpay_desk.services.money.operations import OperationsService
from smartpay_desk.services.profiles.profiles import Profile, default_sandbox_profile
from tests.support import CHALLENGE_CARD as CHALLENGE_CARD  # re-exported for the services tests
from tests.support import CUSTOMER as CUSTOMER
from tests.support import DECLINED_CARD, FRICTIONLESS_CARD

GOOD_CARD = FRICTIONLESS_CARD
BAD_CARD = DECLINED_CARD
CVV = "737"  # unusual on purpose: the secrets scan looks for it


# The CVV as a value: quoted (also JSON-escaped, as in a journalled answer), after "=", or between the spaces and
# punctuation of a text. Never three digits inside a longer run: about 1 sha256 hex digest in 70 holds "737", and
# so may an id or a binary page.
_CV = re.escape(CVV).encode()
CVV_AS_VALUE = [
    re.compile(rb"[\"']" + _CV + rb"\\?[\"']"),
    re.compile(rb"=\s*" + _CV + rb"\b"),
    re.compile(rb"(?<=[ \"':=\[(,;])" + _CV + rb"(?=[ \"'\],;)}\\])"),
]


def shows_cvv(text: str | bytes) -> bool:
    """Whether the CVV stands in `text` as a value (CVV_AS_VALUE)."""
    data = text.encode() if isinstance(text, str) else text
    return any(pattern.search(data) for pattern in CVV_AS_VALUE)


SITE = "https://merchant.example"
FAST = Timeouts(connect=1.0, read=0.6, write=1.0, deadline=2.0)


def card(number: str = GOOD_CARD) -> Card:
    return Card(holder="John Doe", number=number, exp_month="12", exp_year="30", cvv=CVV)


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps passwords in a dict (tests only)."""

    # 0: never chosen or chained by keyring's own discovery (every subclass of KeyringBackend is seen by it),
    # so a test double can't leak into a test of the real Secret Service; tests install it with set_keyring.
    priority = 0  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.passwords[(service, username)]
        except KeyError:
            raise PasswordDeleteError("not found") from None


def sandbox_profile(srv: SandboxServer) -> Profile:
    return default_sandbox_profile().bind_sandbox(srv.url)


def make_ops(
    srv: SandboxServer,
    data_dir: Path,
    *,
    timeouts: Timeouts = FAST,
    transport: httpx.BaseTransport | None = None,
    settle_deadline_s: float = 4.0,
    **kw: Any,
) -> OperationsService:
    profile = sandbox_profile(srv)
    client = SmartPaymentsClient(profile.endpoints, "test", "qwerty", timeouts=timeouts, transport=transport)
    return OperationsService(
        client,
        Journal.in_dir(data_dir),
        profile,
        "tester",
        settle_deadline_s=settle_deadline_s,
        settle_first_delay_s=0.1,
        owns_journal=True,
        **kw,
    )


def direct_client(url: str) -> SmartPaymentsClient:
    """A plain client (no journal) for setting the scene: paid parents, authorizations."""
    base = url.rstrip("/")
    return SmartPaymentsClient(Endpoints(base, base, base + "/aggregation-service"), "test", "qwerty")


def smartpay(
    data_dir: Path, *args: str, env: dict[str, str] | None = None, stdin: str | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run the `smartpay` CLI in its own process (no system keyring: the fail backend, as on CI)."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SMARTPAY_DESK_")}
    environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    environ.update(env or {})
    cmd = [sys.executable, "-m", "smartpay_desk.cli.main", "--data-dir", str(data_dir), *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=environ, input=stdin, timeout=timeout, check=False)


def add_profile(data_dir: Path, url: str, name: str = "local") -> None:
    """A CLI profile on a running sandbox, made the active one."""
    base = url.rstrip("/")
    made = smartpay(
        data_dir, "profile", "add", name, "--environment", "sandbox", "--gateway-url", base, "--pci-url", base,
        "--reports-url", base + "/aggregation-service", "--merchant-key", "test",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert smartpay(data_dir, "profile", "use", name).returncode == 0
