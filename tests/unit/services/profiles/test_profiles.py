"""Profiles and the data directory: first start, persistence, validation, and never a secret on disk."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from smartpay_desk.services.profiles import paths
from smartpay_desk.services.profiles.profiles import (
    Environment,
    Profile,
    ProfileError,
    ProfileStore,
    url_problem,
)


def prod(name: str = "Live") -> Profile:
    return Profile(
        name=name,
        environment=Environment.PRODUCTION,
        gateway_url="https://api-gateway.smartcore.pro",
        pci_url="https://chd-api.smartcore.pro",
        reports_url="https://service.magua-pay.com/aggregation-service",
        merchant_key="merchant-42",
        account="EUR-live",
        payout_account="EUR-live-payout",
    )


def test_first_start_has_one_embedded_sandbox_profile(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    assert store.names() == ["Sandbox"] and store.active == "Sandbox"
    sandbox = store.get("Sandbox")
    assert sandbox.embedded and sandbox.environment is Environment.SANDBOX and sandbox.merchant_key == "test"
    assert (sandbox.account, sandbox.payout_account, sandbox.currency) == ("EUR-sandbox", "EUR-sandbox-payout", "EUR")
    bound = sandbox.bind_sandbox("http://127.0.0.1:5123/")
    assert bound.endpoints.gateway == bound.endpoints.pci == "http://127.0.0.1:5123"
    assert bound.endpoints.reports == "http://127.0.0.1:5123/aggregation-service"
    store.save(bound)  # the port of this run is never stored
    assert ProfileStore(tmp_path).get("Sandbox").gateway_url == ""


def test_profiles_persist_with_the_active_one(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    store.add(prod())
    store.active = "Live"
    again = ProfileStore(tmp_path)
    assert again.names() == ["Sandbox", "Live"] and again.active == "Live" and again.get("Live") == prod()
    again.rename("Live", "Production EU")
    assert ProfileStore(tmp_path).active == "Production EU"
    again.delete("Production EU")
    after = ProfileStore(tmp_path)
    assert after.names() == ["Sandbox"] and after.active == "Sandbox"
    with pytest.raises(KeyError):
        after.get("Production EU")
    with pytest.raises(ProfileError, match="already exists"):
        after.add(prod()._replace(name="Sandbox"))


def test_a_secret_never_reaches_profiles_json(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    store.add(prod())
    raw = json.loads((tmp_path / "profiles.json").read_text())
    raw["profiles"][1]["secret"] = "hunter2-secret"  # someone edits the file by hand
    (tmp_path / "profiles.json").write_text(json.dumps(raw))
    store = ProfileStore(tmp_path)
    store.active = "Live"  # rewrites the file
    assert "hunter2" not in (tmp_path / "profiles.json").read_text()
    assert "secret" not in Profile._fields
    assert oct((tmp_path / "profiles.json").stat().st_mode & 0o777) == "0o600"


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://api-gateway.smartcore.pro", True),
        ("http://127.0.0.1:8780", True),
        ("http://localhost:8780", True),
        ("http://[::1]:8780", True),
        ("http://api-gateway.smartcore.pro", False),
        ("ftp://example.com", False),
        ("https://user:pw@example.com", False),
        ("example.com", False),
        ("", False),
    ],
)
def test_urls_are_https_or_loopback_http(url: str, ok: bool) -> None:
    assert (url_problem(url) is None) == ok


def test_an_invalid_profile_is_refused_field_by_field(tmp_path: Path) -> None:
    bad = prod()._replace(
        name=" ", gateway_url="http://evil.example", reports_url="https://x.example/reports",
        merchant_key="", currency="eur",
    )  # fmt: skip
    with pytest.raises(ProfileError) as info:
        ProfileStore(tmp_path).save(bad)
    assert set(info.value.fields) == {"name", "gateway_url", "reports_url", "merchant_key", "currency"}
    assert "aggregation-service" in info.value.fields["reports_url"]


def test_environments_have_labels_and_only_production_confirms_by_typing() -> None:
    assert [e.label for e in Environment] == ["Sandbox", "Test", "Production"]
    assert Environment.PRODUCTION.confirm_money and not Environment.SANDBOX.confirm_money


def test_data_dir_comes_from_the_flag_then_the_environment_then_the_platform(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "env"))
    assert paths.data_dir(tmp_path / "flag") == tmp_path / "flag" and (tmp_path / "flag").is_dir()
    assert paths.data_dir() == tmp_path / "env"
    monkeypatch.delenv(paths.ENV_DATA_DIR)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.data_dir(create=False) == tmp_path / "xdg" / "smartpay-desk"


def test_atomic_write_replaces_whole_files_and_leaves_no_temporaries(tmp_path: Path) -> None:
    target = tmp_path / "f.json"
    paths.atomic_write(target, "first")
    paths.atomic_write(target, b"second")
    assert target.read_bytes() == b"second"
    assert os.listdir(tmp_path) == ["f.json"]
    with pytest.raises(TypeError):
        paths.atomic_write(target, 42)  # type: ignore[arg-type]
    assert target.read_bytes() == b"second" and os.listdir(tmp_path) == ["f.json"]
