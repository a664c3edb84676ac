"""What the Profiles dialog does, without Qt: save, delete, test a connection, say where secrets go.

Every function blocks (the keyring, the disk, the gateway): the desk runs them in a worker. Each returns
the sentence to show, or raises (ProfileError with `.fields`, an api error, OSError).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...api.said import said
from .credentials import CredentialStore
from .profiles import Profile, ProfileError, ProfileStore

if TYPE_CHECKING:
    from ...api.models import Balance

NO_KEYRING = said("No system keyring is available.")


def save_profile(
    store: ProfileStore, credentials: CredentialStore, profile: Profile, old_name: str | None, secret: str
) -> str:
    """Write the profile (added when `old_name` is None, else replacing it, renamed if need be) and store or
    move its secret. Returns the sentence to show."""
    if old_name is None:
        store.add(profile)
    else:
        if old_name != profile.name:
            store.rename(old_name, profile.name)
            credentials.rename(old_name, profile.name)
        store.save(profile)
    if profile.embedded or not secret:
        return said("The profile {profile} was saved.", profile=profile.name)
    if credentials.set(profile, secret):
        return said("The profile {profile} was saved; its secret is in the system keyring.", profile=profile.name)
    problem = credentials.problem or NO_KEYRING
    return said(
        "The profile {profile} was saved. {problem} The secret is kept for this session only.",
        profile=profile.name,
        problem=problem,
    )


def delete_profile(store: ProfileStore, credentials: CredentialStore, name: str) -> str:
    store.delete(name)
    credentials.delete(name)
    return said("The profile {profile} and its stored secret were deleted.", profile=name)


def try_connection(
    profile: Profile, secret: str | None, credentials: CredentialStore, sandbox_url: Callable[[], str]
) -> Balance:
    """The payout balance, through a client on the (maybe unsaved) profile; `sandbox_url()` starts the
    embedded sandbox if the profile is that one. ProfileError when there is no secret to try."""
    from ...api.client import SmartPaymentsClient, Timeouts  # httpx: only when asked
    from ...api.redact import add_secret

    if profile.embedded:
        profile = profile.bind_sandbox(sandbox_url())
    if not secret:
        secret = credentials.get(profile)
    if not secret:
        raise ProfileError({"secret": said("Enter the secret to test the connection.")})
    add_secret(secret)  # an error text that echoes it is masked before it reaches a log
    timeouts = Timeouts(connect=5.0, read=15.0, deadline=20.0)
    with SmartPaymentsClient(profile.endpoints, profile.merchant_key, secret, timeouts=timeouts) as client:
        return client.withdrawal_balance(profile.payout_account)


def keyring_note(credentials: CredentialStore) -> str | None:
    """None when secrets survive a restart, else the sentence saying they do not."""
    if credentials.persistent:
        return None
    return said(
        "{problem} Secrets typed here are kept for this session only.", problem=credentials.problem or NO_KEYRING
    )


def keep_password(service: str, user: str, password: str, *, keyring: Any | None = None) -> str | None:
    """Keep a password that is not a profile's secret (a team journal login's: service "smartpay-desk-team",
    user = where the journal is) in the same system keyring the secrets go to, with the same refusals: never a
    plain-text file (`keyring`: another backend, for tests). None when it was stored, else the sentence saying
    why not (nothing was stored then)."""
    from .credentials import usable_keyring

    try:
        backend = keyring if keyring is not None else usable_keyring()
    except RuntimeError:
        return said("This computer has no system keyring the desk may keep a password in, so it was not stored.")
    except Exception as exc:  # a keyring that does not answer: nothing stored, and said so
        return _not_stored(exc)
    try:
        backend.set_password(service, user, password)
    except Exception as exc:
        return _not_stored(exc)
    return None


def _not_stored(exc: BaseException) -> str:
    return said("The system keyring did not answer ({name}), so the password was not stored.", name=type(exc).__name__)
