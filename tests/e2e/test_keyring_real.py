"""The real system keyring (Secret Service via gnome-keyring), end to end, where one is running.

Runs only with SMARTPAY_REAL_KEYRING=1, inside a D-Bus session with an unlocked gnome-keyring:

    HOME=$(mktemp -d) SMARTPAY_REAL_KEYRING=1 dbus-run-session -- sh -c \
      'echo pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; pytest tests/e2e/test_keyring_real.py'

With the variable set and no usable keyring it fails loudly (that is the point of running it).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest

from smartpay_desk.services.profiles.credentials import SERVICE, CredentialStore
from smartpay_desk.services.profiles.profiles import ProfileStore
from tests.unit.services.profiles.test_profiles import prod

pytestmark = pytest.mark.skipif(
    os.environ.get("SMARTPAY_REAL_KEYRING") != "1",
    reason="needs a D-Bus session with gnome-keyring; .ci/run sets SMARTPAY_REAL_KEYRING=1 and provides one",
)


@pytest.fixture(autouse=True)
def system_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The system's own keyring for these tests (tests/conftest.py keeps every other test away from it)."""
    import keyring.core

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    keyring.core.init_backend()
    yield
    monkeypatch.undo()
    keyring.core.init_backend()


def test_a_journal_is_sealed_with_a_key_kept_in_the_system_keyring(tmp_path: Path) -> None:
    from smartpay_desk.services.journal.keys import head_name, key_name
    from smartpay_desk.services.journal.store import Journal

    with Journal.in_dir(tmp_path) as journal:
        entry = journal.record_intent(kind="withdrawal", order_id="po-real", profile="P", environment="sandbox",
                                      amount=100, currency="EUR")  # fmt: skip
        journal.update(entry.id, "sent")
        journal.update(entry.id, "succeeded", note="confirmed")
        path = journal.path
    try:
        assert keyring.get_password(SERVICE, key_name(path)), "the key lives in the system keyring"
        assert not any(b"po-real" in p.read_bytes() for p in tmp_path.glob("*head*")), "no head file beside it"
        with Journal.in_dir(tmp_path) as again:
            assert again.verify() == [] and again.health.money_allowed
    finally:
        for name in (key_name(path), head_name(path)):
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                keyring.delete_password(SERVICE, name)


def test_a_secret_survives_the_run_in_the_system_keyring(tmp_path: Path) -> None:
    store = CredentialStore()
    assert store.persistent, store.problem
    assert "SecretService" in store.backend_name or "Chainer" in store.backend_name
    assert store.set(prod("RealKeyringTest"), "real-s3cret-value") is True
    try:
        assert CredentialStore().get("RealKeyringTest") == "real-s3cret-value"
        assert keyring.get_password(SERVICE, "RealKeyringTest") == "real-s3cret-value"
        assert not any(b"real-s3cret" in p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    finally:
        store.delete("RealKeyringTest")
    assert CredentialStore().get("RealKeyringTest") is None


def test_the_cli_stores_a_secret_in_the_keyring(tmp_path: Path) -> None:
    ProfileStore(tmp_path).add(prod("CliKeyringTest"))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHON_KEYRING_BACKEND", "SMARTPAY_DESK_SECRET")}
    done = subprocess.run(
        [sys.executable, "-m", "smartpay_desk.cli.main", "--data-dir", str(tmp_path), "profile", "secret",
         "CliKeyringTest"],
        input="cli-s3cret-value\n", capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    try:
        assert done.returncode == 0, done.stderr
        assert "stored in the system keyring" in done.stdout
        assert keyring.get_password(SERVICE, "CliKeyringTest") == "cli-s3cret-value"
        assert not any(b"cli-s3cret" in p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    finally:
        CredentialStore().delete("CliKeyringTest")
