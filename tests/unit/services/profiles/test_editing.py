"""What the Profiles dialog does, without a dialog: save (and rename) with the secret in the keyring, delete,
say where secrets go, and test a connection against a real sandbox."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import fail

from smartpay_desk.api.errors import BadCredentials
from smartpay_desk.api.redact import discard_secret, redact_text
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.profiles.credentials import SERVICE, CredentialStore
from smartpay_desk.services.profiles.editing import delete_profile, keyring_note, save_profile, try_connection
from smartpay_desk.services.profiles.profiles import Environment, Profile, ProfileError, ProfileStore
from tests.unit.services.support import MemoryKeyring

from .test_profiles import prod


def _no_sandbox() -> str:
    raise AssertionError("only the embedded profile starts the sandbox")


def test_save_rename_and_delete_move_the_secret_with_the_profile(tmp_path: Path) -> None:
    store, keyring = ProfileStore(tmp_path), MemoryKeyring()
    credentials = CredentialStore(backend=keyring)
    said = save_profile(store, credentials, prod(), None, "s3cret-live")
    assert said == "The profile Live was saved; its secret is in the system keyring."
    assert keyring.passwords == {(SERVICE, "Live"): "s3cret-live"}
    assert "s3cret-live" not in store.path.read_text()

    renamed = prod("Live EU")._replace(account="EUR-live-2")
    assert save_profile(store, credentials, renamed, "Live", "") == "The profile Live EU was saved."
    assert "Live" not in store and store.get("Live EU").account == "EUR-live-2"
    assert keyring.passwords == {(SERVICE, "Live EU"): "s3cret-live"}

    with pytest.raises(ProfileError) as refused:
        save_profile(store, credentials, prod("Live EU"), None, "x")  # a second one of that name
    assert "already exists" in refused.value.fields["name"]

    assert delete_profile(store, credentials, "Live EU") == "The profile Live EU and its stored secret were deleted."
    assert store.names() == ["Sandbox"] and keyring.passwords == {}


def test_without_a_keyring_the_secret_is_kept_for_this_run_and_the_note_says_so(tmp_path: Path) -> None:
    store, credentials = ProfileStore(tmp_path), CredentialStore(backend=fail.Keyring())
    said = save_profile(store, credentials, prod(), None, "s3cret-live")
    assert said.endswith("The secret is kept for this session only.")
    assert credentials.get("Live") == "s3cret-live"
    note = keyring_note(credentials)
    assert note is not None and note.endswith("Secrets typed here are kept for this session only.")
    assert keyring_note(CredentialStore(backend=MemoryKeyring())) is None


def test_a_connection_is_tried_with_the_typed_or_the_stored_secret(sandbox: SandboxServer) -> None:
    profile = Profile(
        name="Local", environment=Environment.TEST, gateway_url=sandbox.url, pci_url=sandbox.url,
        reports_url=sandbox.reports_url, merchant_key="test",
    )  # fmt: skip
    credentials = CredentialStore(backend=MemoryKeyring())
    with pytest.raises(ProfileError) as refused:
        try_connection(profile, None, credentials, _no_sandbox)
    assert refused.value.fields == {"secret": "Enter the secret to test the connection."}
    try:
        balance = try_connection(profile, "qwerty", credentials, _no_sandbox)
        assert balance.available > 0
        credentials.set(profile, "wrong-secret-5e")
        with pytest.raises(BadCredentials):
            try_connection(profile, None, credentials, _no_sandbox)
        assert redact_text("wrong-secret-5e") == "***"  # a tried secret is masked in logs like an open one
    finally:
        discard_secret("qwerty")
        discard_secret("wrong-secret-5e")


def test_the_embedded_profile_starts_the_sandbox_to_try_it(sandbox: SandboxServer, tmp_path: Path) -> None:
    started: list[str] = []

    def sandbox_url() -> str:
        started.append(sandbox.url)
        return sandbox.url

    embedded = ProfileStore(tmp_path).get("Sandbox")
    try:
        balance = try_connection(embedded, None, CredentialStore(backend=MemoryKeyring()), sandbox_url)
    finally:
        discard_secret("qwerty")
    assert started == [sandbox.url] and balance.available > 0
