"""Secrets: in the system keyring only; without one, memory for this run and a sentence saying so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from smartpay_desk.services.profiles.credentials import SANDBOX_SECRET, SERVICE, CredentialStore, secret_for
from smartpay_desk.services.profiles.profiles import Environment, ProfileStore, default_sandbox_profile
from tests.unit.services.support import MemoryKeyring

from .test_profiles import prod


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def test_secrets_live_in_the_keyring_under_the_profile_name(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    store = CredentialStore()
    assert store.persistent and store.problem is None and store.backend_name == "support.MemoryKeyring"
    assert store.set(prod(), "s3cr3t-value") is True
    assert memory_keyring.passwords == {(SERVICE, "Live"): "s3cr3t-value"}
    assert CredentialStore().get("Live") == "s3cr3t-value"  # another run reads it back
    store.rename("Live", "Live EU")
    assert memory_keyring.passwords == {(SERVICE, "Live EU"): "s3cr3t-value"}
    store.delete("Live EU")
    store.delete("Live EU")  # nothing there: fine
    assert store.get("Live EU") is None and memory_keyring.passwords == {}
    assert list(tmp_path.iterdir()) == []


def test_the_embedded_sandbox_uses_the_documented_secret_without_the_keyring(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore()
    assert store.get(default_sandbox_profile()) == SANDBOX_SECRET == "qwerty"
    store.set(default_sandbox_profile(), "other")
    assert memory_keyring.passwords == {}


def test_without_a_keyring_secrets_stay_in_memory_and_the_store_says_so(tmp_path: Path) -> None:
    store = CredentialStore(backend=fail.Keyring())
    assert store.set(prod(), "s3cr3t-value") is False
    assert not store.persistent and "no system keyring" in (store.problem or "")
    assert store.get(prod()) == "s3cr3t-value"
    assert CredentialStore(backend=fail.Keyring()).get(prod()) is None  # gone with the run
    ProfileStore(tmp_path).add(prod())
    assert b"s3cr3t" not in b"".join(p.read_bytes() for p in tmp_path.iterdir())


class PlaintextKeyring(MemoryKeyring):
    """Stands for keyrings.alt.file.PlaintextKeyring: must be refused even though it 'works'."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


def test_a_plain_text_file_keyring_is_refused() -> None:
    backend = PlaintextKeyring()
    store = CredentialStore(backend=backend)
    store.set(prod(), "s3cr3t-value")
    assert backend.passwords == {} and not store.persistent and "plain file" in (store.problem or "")
    assert store.get(prod()) == "s3cr3t-value"


class BrokenKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


def test_a_keyring_that_fails_is_reported_and_the_secret_kept_for_this_run() -> None:
    store = CredentialStore(backend=BrokenKeyring())
    assert store.persistent
    assert store.set(prod(), "s3cr3t-value") is False
    assert not store.persistent and "KeyringLocked" in (store.problem or "")
    assert store.get(prod()) == "s3cr3t-value"


def test_the_cli_secret_comes_from_the_environment_first(memory_keyring: MemoryKeyring) -> None:
    store = CredentialStore()
    store.set(prod(), "from-keyring")
    assert secret_for(prod(), store, {"SMARTPAY_DESK_SECRET": "from-env"}) == "from-env"
    assert secret_for(prod(), store, {}) == "from-keyring"
    assert secret_for(prod("Other"), store, {}) is None
    local = prod("Local")._replace(environment=Environment.SANDBOX, merchant_key="test")
    assert secret_for(local, store, {}) == "qwerty"  # a stand-alone sandbox: the documented secret
    assert memory_keyring.passwords == {(SERVICE, "Live"): "from-keyring"}


def test_a_chain_of_keyrings_uses_the_best_acceptable_one_never_the_plain_file(monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends import chainer

    good, plain = MemoryKeyring(), PlaintextKeyring()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plain, good])
    previous = keyring.get_keyring()
    keyring.set_keyring(chainer.ChainerBackend())
    try:
        store = CredentialStore()
        assert store.set(prod(), "s3cr3t-value") is True and store.persistent
        assert good.passwords == {(SERVICE, "Live"): "s3cr3t-value"} and plain.passwords == {}

        monkeypatch.setattr(chainer.ChainerBackend, "backends", [plain, fail.Keyring()])
        refused = CredentialStore()
        assert refused.set(prod(), "s3cr3t-value") is False and "plain file" in (refused.problem or "")
        assert plain.passwords == {}
    finally:
        keyring.set_keyring(previous)
