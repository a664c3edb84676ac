"""Issue 13, item 9: two writers of profiles.json lose no update. Eight `smartpay profile add` processes at once,
and the desk saving profiles (the Profiles dialog's save, from a store that remembers the file as it was
before they started) all the while and once after: nine profiles, the desk's own change among them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from smartpay_desk.services.profiles.credentials import CredentialStore
from smartpay_desk.services.profiles.editing import save_profile
from smartpay_desk.services.profiles.profiles import ProfileStore
from tests.unit.services.support import MemoryKeyring

WRITERS = 8


def _profile_add(data_dir: Path, name: str) -> subprocess.Popen[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SMARTPAY_DESK_")}
    environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    base = "https://gateway.example"
    cmd = [
        sys.executable, "-m", "smartpay_desk.cli.main", "--data-dir", str(data_dir), "profile", "add", name,
        "--environment", "test", "--gateway-url", base, "--pci-url", base,
        "--reports-url", base + "/aggregation-service", "--merchant-key", f"key-{name}",
    ]  # fmt: skip
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environ)


def test_eight_cli_adds_and_a_desk_saving_meanwhile_leave_nine_profiles(tmp_path: Path) -> None:
    desk = ProfileStore(tmp_path)  # the desk opened before the CLI processes ran: it knows only Sandbox
    credentials = CredentialStore(backend=MemoryKeyring())
    sandbox = desk.get("Sandbox")
    processes = [_profile_add(tmp_path, f"cli-{n}") for n in range(WRITERS)]
    saves = 0
    while any(p.poll() is None for p in processes) or saves == 0:
        currency = "USD" if saves % 2 else "GBP"
        save_profile(desk, credentials, sandbox._replace(currency=currency), "Sandbox", "")
        desk.active = "Sandbox"
        saves += 1
        time.sleep(0.02)  # a person's pace would be slower still
    for process in processes:
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
        assert out.startswith("profile cli-") and "added (Test)" in out
    assert saves > 1  # the desk saved while they ran
    save_profile(desk, credentials, sandbox._replace(currency="CHF"), "Sandbox", "")  # once more, after them all

    on_disk = json.loads((tmp_path / "profiles.json").read_text(encoding="utf-8"))
    names = [p["name"] for p in on_disk["profiles"]]
    assert sorted(names) == sorted(["Sandbox", *(f"cli-{n}" for n in range(WRITERS))])
    assert len(names) == 9 and on_disk["active"] == "Sandbox"
    assert ProfileStore(tmp_path).get("Sandbox").currency == "CHF"  # the desk's change is kept too
    assert ProfileStore(tmp_path).get("cli-5").merchant_key == "key-cli-5"
    assert sorted(desk.names()) == sorted(names)  # and the desk now shows the CLI's profiles
