"""Opening a profile's session: the profile from the store, the practice gateway's address, the secret, the
services. One way for the desk (ui/session.py, in a worker) and the CLI (cli/main.py).

    url, server = practice_for(profile, data_dir)   # the Sandbox profile: the practice gateway of the folder
    profile, ops = open_profile(store, name, credentials, data_dir, sandbox_url=url)
    ...
    ops.close()
    if server is not None:
        server.stop()                               # it was started here: stopped here (its state is saved)

The Sandbox profile works on the practice gateway kept in the data folder (sandbox/practice.py): the desk and
the CLI connect to the one that runs, or start it on the folder's state file, so the practice gateway and the
journal agree across restarts and either program can settle the other's entries.

The secret comes from $SMARTPAY_DESK_SECRET, else the system keyring (credentials.secret_for), unless one is
given (typed by the operator for this run). It is registered with the log redaction (api/redact.py) before
anything that could log it runs, so no log line, error text or exported file can carry it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from ...api.redact import add_secret
from ...api.said import Said, said, sentence_of
from ..money.opening import open_session
from ..money.reconcile import NOT_FOUND_GRACE_S
from .credentials import ENV_SECRET, CredentialStore, secret_for
from .profiles import Profile, ProfileStore

if TYPE_CHECKING:
    from ...api.client import Timeouts
    from ...sandbox.server import SandboxServer
    from ..money.operations import OperationsService


class MissingSecret(Exception):
    """No secret for the profile: not in the keyring, not in $SMARTPAY_DESK_SECRET, none typed."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        super().__init__(
            said(
                "No secret is stored for the profile {profile}: type it in Profiles… (it goes to the system "
                "keyring), or set {variable} for this run.",
                profile=profile.name,
                variable=ENV_SECRET,
            )
        )


class EmbeddedOnly(Exception):
    """The profile is the embedded Sandbox, and no practice gateway was given (or could be had) to bind it to."""

    def __init__(self, profile: Profile, sentence: str | None = None) -> None:
        self.profile = profile
        super().__init__(
            sentence
            or said(
                "The profile {profile} works on the practice gateway, and no address of it was given.",
                profile=profile.name,
            )
        )


class PracticeUnavailable(EmbeddedOnly):
    """The practice gateway of this data folder could neither be reached nor started; the sentence says why
    (in use by a program that does not answer, its saved state refused and moved aside, no port free)."""


def practice_for(profile: Profile, data_dir: str | os.PathLike[str]) -> tuple[str | None, SandboxServer | None]:
    """Blocking: for the embedded Sandbox profile, (the practice gateway's URL, the server started here or None
    when another program serves it; the caller stops a server it got); for any other profile (None, None).
    Raises PracticeUnavailable."""
    if not profile.embedded:
        return None, None
    from ...sandbox.practice import practice_gateway
    from ...sandbox.statefile import PracticeGatewayInUse, StateFileRefused

    try:
        return practice_gateway(Path(data_dir))
    except (PracticeGatewayInUse, StateFileRefused) as exc:
        raise PracticeUnavailable(profile, sentence_of(exc)) from None
    except OSError as exc:
        why = exc.strerror or type(exc).__name__
        raise PracticeUnavailable(
            profile, said("The practice gateway could not be started ({why}).", why=why)
        ) from None


RESET_QUESTION = said(
    "Reset the practice gateway? It goes back to its first start: every payment, payout and refund made on it "
    "since is dropped, its sample history comes back and the payout balance is 10,000.00 EUR again. The journal "
    "keeps its history: its entries still say what happened then, and an entry still open (in flight or "
    "unknown) will be settled by the next reconcile as not found at the gateway. Real gateways are not touched."
)
JOURNAL_AFTER_RESET = said(
    "The journal keeps its history; entries still open will be settled by the reconcile as not found at the gateway."
)


def practice_still_there(data_dir: str | os.PathLike[str], url: str) -> bool:
    """True while another program serves the practice gateway of this data folder at `url` (its lock held,
    its address the same). Cheap: a lock probe and a small file, no request."""
    from ...sandbox.practice import state_file
    from ...sandbox.statefile import read_url, served_elsewhere

    path = state_file(Path(data_dir))
    return served_elsewhere(path) and (read_url(path) or "").rstrip("/") == url.rstrip("/")


def reset_practice(url: str) -> Said:
    """Blocking: the practice gateway at `url` back to its first start. Returns what went, and what that means
    for the journal, as sentences. Raises OSError when it does not answer."""
    from ...sandbox.practice import reset_practice_gateway

    summary = reset_practice_gateway(url)
    what = summary.get("msg")
    if isinstance(what, str) and what:  # the practice gateway's own words
        return said(
            "{summary} The journal keeps its history; entries still open will be settled by the reconcile as not "
            "found at the gateway.",
            summary=what,
        )
    return said(
        "The practice gateway is back to its first start. The journal keeps its history; entries still open will be "
        "settled by the reconcile as not found at the gateway."
    )


def open_profile(
    store: ProfileStore,
    name: str,
    credentials: CredentialStore | None,
    data_dir: str | os.PathLike[str],
    *,
    sandbox_url: str | None = None,
    secret: str | None = None,
    env: Mapping[str, str] | None = None,
    timeouts: Timeouts | None = None,
    settle_deadline_s: float = 20.0,
    not_found_grace_s: float = NOT_FOUND_GRACE_S,
) -> tuple[Profile, OperationsService]:
    """Blocking: (the profile, bound to the embedded sandbox at `sandbox_url` if it is that one, its services).

    Raises KeyError (no such profile), EmbeddedOnly (the embedded profile without `sandbox_url`), MissingSecret.
    """
    profile = store.get(name)
    if profile.embedded:
        if not sandbox_url:
            raise EmbeddedOnly(profile)
        profile = profile.bind_sandbox(sandbox_url)
    if not secret:
        secret = secret_for(profile, credentials, env)
    if not secret:
        raise MissingSecret(profile)
    add_secret(secret)
    ops = open_session(
        profile, secret, data_dir, timeouts=timeouts, settle_deadline_s=settle_deadline_s,
        not_found_grace_s=not_found_grace_s,
    )  # fmt: skip
    return profile, ops
