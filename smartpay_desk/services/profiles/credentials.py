"""Merchant secrets: in the system keyring only, never in a file.

Service "smartpay-desk", user name = the profile's name. `keyring` is imported on first use (it costs
~100 ms at start-up). Where the system has no usable keyring (keyring's `fail` backend, an empty chain,
a keyring that raises, or keyrings.alt's file backends, which are refused on purpose) the store says so
(`persistent` False, `problem` a sentence for the operator) and keeps secrets in memory for this run only.

The embedded Sandbox profile's secret is the documented "qwerty" and never touches the keyring. The CLI
reads $SMARTPAY_DESK_SECRET first (never stored): see `secret_for`.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Mapping
from typing import Any

from ...api.said import Said, said
from .profiles import Environment, Profile

SERVICE = "smartpay-desk"
SANDBOX_SECRET = "qwerty"  # noqa: S105 - the documented test secret (merchant key "test")
ENV_SECRET = "SMARTPAY_DESK_SECRET"  # noqa: S105 - a variable name

log = logging.getLogger(__name__)

_NO_KEYRING = said(
    "This computer has no system keyring the desk can use, so secrets are kept only until the desk "
    "closes and must be entered again next time."
)
_REFUSED_FILE = said(
    "The only keyring found stores passwords in a plain file, which the desk refuses; secrets are kept "
    "only until the desk closes."
)


def _broken(exc: BaseException) -> Said:
    return said(
        "The system keyring did not answer ({name}); secrets are kept only until the desk closes.",
        name=type(exc).__name__,
    )


def _backend_refusal(backend: Any) -> str | None:
    """A sentence if this keyring backend must not be used for secrets, else None."""
    module = type(backend).__module__
    name = type(backend).__name__
    if module.startswith("keyrings.alt") or "plaintext" in name.lower():
        return _REFUSED_FILE
    if module in ("keyring.backends.fail", "keyring.backends.null"):
        return _NO_KEYRING
    if module == "keyring.backends.chainer":
        return _NO_KEYRING if not list(getattr(backend, "backends", [])) else None
    return None


def _unchain(backend: Any) -> Any:
    """keyring chains every backend it finds (a Secret Service and keyrings.alt's plain file, say) and
    writes to the first that accepts. The desk uses only the best acceptable one, so a secret can never
    fall through to a plain-text file."""
    if type(backend).__module__ != "keyring.backends.chainer":
        return backend
    chained = list(getattr(backend, "backends", []))
    for inner in chained:
        if _backend_refusal(inner) is None:
            return inner
    return chained[0] if chained else backend  # nothing acceptable: refused with that backend's sentence


def usable_keyring() -> Any:
    """The system keyring backend a secret or a password may be kept in (the best one, never a plain-text file).
    Raises RuntimeError with the sentence saying why there is none."""
    import keyring

    backend = _unchain(keyring.get_keyring())
    refusal = _backend_refusal(backend)
    if refusal is not None:
        raise RuntimeError(refusal)
    return backend


def _user(profile: Profile | str) -> str:
    return profile if isinstance(profile, str) else profile.name


class CredentialStore:
    """get/set/delete the secret of a profile. Thread-safe; never raises for a missing keyring."""

    def __init__(self, backend: Any | None = None) -> None:
        self._backend = backend
        self._resolved = backend is not None
        self._memory: dict[str, str] = {}
        self._problem: str | None = None
        self._lock = threading.RLock()

    # ---------------------------------------------------------------- state
    @property
    def persistent(self) -> bool:
        """True when secrets survive a restart (a real system keyring answered)."""
        with self._lock:
            return self._usable_backend() is not None and self._problem is None

    @property
    def problem(self) -> str | None:
        """Why secrets are not kept across runs, as one sentence; None when all is well."""
        with self._lock:
            self._usable_backend()
            return self._problem

    @property
    def backend_name(self) -> str:
        with self._lock:
            backend = self._usable_backend()
            if backend is None:
                return "memory only"
            kind = type(backend)
            return f"{kind.__module__.rsplit('.', 1)[-1]}.{kind.__name__}"  # e.g. SecretService.Keyring

    # ---------------------------------------------------------------- secrets
    def get(self, profile: Profile | str) -> str | None:
        if isinstance(profile, Profile) and profile.embedded:
            return SANDBOX_SECRET
        user = _user(profile)
        with self._lock:
            backend = self._usable_backend()
            if backend is not None and user not in self._memory:
                try:
                    value = backend.get_password(SERVICE, user)
                except Exception as exc:
                    self._fail(exc)
                else:
                    return value if isinstance(value, str) else None
            return self._memory.get(user)

    def set(self, profile: Profile | str, secret: str) -> bool:
        """Store the secret; True if it was stored in the keyring, False if only for this run."""
        if isinstance(profile, Profile) and profile.embedded:
            return True
        if not secret:
            raise ValueError("An empty secret cannot be stored.")
        user = _user(profile)
        with self._lock:
            backend = self._usable_backend()
            if backend is not None:
                try:
                    backend.set_password(SERVICE, user, secret)
                except Exception as exc:
                    self._fail(exc)
                else:
                    self._memory.pop(user, None)
                    return True
            self._memory[user] = secret
            return False

    def delete(self, profile: Profile | str) -> None:
        user = _user(profile)
        with self._lock:
            self._memory.pop(user, None)
            backend = self._usable_backend()
            if backend is None:
                return
            try:
                backend.delete_password(SERVICE, user)
            except Exception as exc:
                if type(exc).__name__ != "PasswordDeleteError":
                    self._fail(exc)

    def rename(self, old: Profile | str, new: Profile | str) -> None:
        """Move a secret when its profile is renamed."""
        secret = self.get(old)
        if secret is None:
            return
        self.set(new, secret)
        self.delete(old)

    # ---------------------------------------------------------------- backend
    def _usable_backend(self) -> Any | None:
        if not self._resolved:
            self._resolved = True
            try:
                import keyring

                self._backend = _unchain(keyring.get_keyring())
            except Exception as exc:
                self._backend = None
                self._problem = _broken(exc)
                return None
        if self._backend is None:
            self._problem = self._problem or _NO_KEYRING
            return None
        refusal = _backend_refusal(self._backend)
        if refusal:
            self._problem = refusal
            self._backend = None
            return None
        return self._backend

    def _fail(self, exc: BaseException) -> None:
        """A keyring that raises is not used again in this run (the secret stays in memory)."""
        log.warning("system keyring unavailable: %s", type(exc).__name__)
        self._problem = _broken(exc)
        self._backend = None


def secret_for(
    profile: Profile, store: CredentialStore | None = None, env: Mapping[str, str] | None = None
) -> str | None:
    """The secret the CLI uses: $SMARTPAY_DESK_SECRET, else the keyring, else the documented sandbox
    secret for sandbox-environment profiles with the documented merchant key "test"."""
    environ = os.environ if env is None else env
    from_env = environ.get(ENV_SECRET)
    if from_env:
        return from_env
    if profile.embedded:
        return SANDBOX_SECRET
    if store is not None:
        stored = store.get(profile)
        if stored:
            return stored
    if profile.environment is Environment.SANDBOX and profile.merchant_key == "test":
        return SANDBOX_SECRET
    return None
