"""Opening a profile's session, the one way the desk and the CLI share: the profile, the embedded sandbox's
address, the secret (environment, keyring, or typed), its registration with the log redaction, the services."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from smartpay_desk.api.redact import discard_secret, redact_text
from smartpay_desk.services.profiles.credentials import ENV_SECRET, SANDBOX_SECRET, CredentialStore
from smartpay_desk.services.profiles.profiles import ProfileStore
from smartpay_desk.services.profiles.session import (
    EmbeddedOnly,
    MissingSecret,
    PracticeUnavailable,
    open_profile,
    practice_for,
    practice_still_there,
    reset_practice,
)
from tests.unit.services.support import MemoryKeyring

from .test_profiles import prod

KEPT = "kept-in-the-keyring-7f3a"
FROM_ENV = "from-the-environment-9c1d"
TYPED = "typed-by-the-operator-2b8e"


@pytest.fixture
def store(tmp_path: Path) -> ProfileStore:
    store = ProfileStore(tmp_path)
    store.add(prod())
    return store


@pytest.fixture
def credentials() -> CredentialStore:
    return CredentialStore(backend=MemoryKeyring())


@pytest.fixture(autouse=True)
def forget_secrets() -> Iterator[None]:
    yield
    for secret in (KEPT, FROM_ENV, TYPED):
        discard_secret(secret)


def test_the_keyrings_secret_opens_the_services_and_is_masked_in_logs_from_then_on(
    store: ProfileStore, credentials: CredentialStore, tmp_path: Path
) -> None:
    credentials.set("Live", KEPT)
    assert redact_text(f"echo {KEPT}") == f"echo {KEPT}"  # not known to the redaction before opening
    profile, ops = open_profile(store, "Live", credentials, tmp_path, env={})
    try:
        assert profile == prod() and ops.profile == profile
        assert ops.journal.path.parent == tmp_path
        assert redact_text(f"echo {KEPT}") == "echo ***"
    finally:
        ops.close()


def test_the_environment_wins_over_the_keyring_and_a_typed_secret_over_both(
    store: ProfileStore, credentials: CredentialStore, tmp_path: Path
) -> None:
    credentials.set("Live", KEPT)
    _, ops = open_profile(store, "Live", credentials, tmp_path, env={ENV_SECRET: FROM_ENV})
    ops.close()
    assert redact_text(FROM_ENV) == "***" and redact_text(KEPT) == KEPT
    _, ops = open_profile(store, "Live", credentials, tmp_path, secret=TYPED, env={ENV_SECRET: FROM_ENV})
    ops.close()
    assert redact_text(TYPED) == "***"


def test_no_secret_anywhere_is_a_sentence_naming_the_profile(
    store: ProfileStore, credentials: CredentialStore, tmp_path: Path
) -> None:
    with pytest.raises(MissingSecret) as refused:
        open_profile(store, "Live", credentials, tmp_path, env={})
    assert refused.value.profile.name == "Live"
    assert str(refused.value).startswith("No secret is stored for the profile Live")
    assert ENV_SECRET in str(refused.value)
    assert not list(tmp_path.glob("*.sqlite3"))  # no journal opened for nothing


def test_the_embedded_sandbox_is_bound_to_its_address_or_refused_without_one(
    store: ProfileStore, credentials: CredentialStore, tmp_path: Path
) -> None:
    with pytest.raises(EmbeddedOnly, match="works on the practice gateway, and no address of it was given"):
        open_profile(store, "Sandbox", credentials, tmp_path, env={})
    profile, ops = open_profile(store, "Sandbox", credentials, tmp_path, sandbox_url="http://127.0.0.1:5123/", env={})
    try:
        assert profile.gateway_url == profile.pci_url == "http://127.0.0.1:5123"
        assert profile.reports_url == "http://127.0.0.1:5123/aggregation-service"
        assert redact_text(SANDBOX_SECRET) == "***"  # the documented secret too: it is still a secret
    finally:
        ops.close()
        discard_secret(SANDBOX_SECRET)


def test_an_unknown_profile_says_so(store: ProfileStore, credentials: CredentialStore, tmp_path: Path) -> None:
    with pytest.raises(KeyError, match="no profile named 'Nowhere'"):
        open_profile(store, "Nowhere", credentials, tmp_path, env={})


def test_the_sandbox_profile_gets_the_practice_gateway_of_its_data_folder(store: ProfileStore, tmp_path: Path) -> None:
    """Started on the folder's state file by the first asker (who stops it), connected to by the next one."""
    assert practice_for(store.get("Live"), tmp_path) == (None, None)  # any other profile: none
    url, server = practice_for(store.get("Sandbox"), tmp_path)
    assert server is not None and url == server.url and (tmp_path / "sandbox.json").is_file()
    try:
        assert practice_for(store.get("Sandbox"), tmp_path) == (url, None)  # a second program connects to it
        assert practice_still_there(tmp_path, url) and practice_still_there(tmp_path, url + "/")
        assert not practice_still_there(tmp_path, "http://127.0.0.1:1")
        said = reset_practice(url)
        assert said.startswith("The practice gateway is back to its first start: no transaction had been made")
        assert said.endswith("entries still open will be settled by the reconcile as not found at the gateway.")
    finally:
        server.stop()
    assert not practice_still_there(tmp_path, url)  # its program went away


def test_a_practice_gateway_that_cannot_be_had_is_a_sentence(store: ProfileStore, tmp_path: Path) -> None:
    (tmp_path / "sandbox.json").write_text("{ not json")
    with pytest.raises(PracticeUnavailable) as refused:
        practice_for(store.get("Sandbox"), tmp_path)
    assert isinstance(refused.value, EmbeddedOnly) and refused.value.profile.name == "Sandbox"
    assert str(refused.value).startswith(f"The practice gateway's saved state {tmp_path / 'sandbox.json'} cannot")
    assert "moved aside, unchanged" in str(refused.value)
    _, server = practice_for(store.get("Sandbox"), tmp_path)  # the next start begins afresh
    assert server is not None
    server.stop()
