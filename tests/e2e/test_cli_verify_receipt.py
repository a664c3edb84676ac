"""`smartpay verify-receipt` in its own process: a receipt the desk saved (a refund made with `smartpay refund`,
its PDF made by ui/receipts) is checked against the journal: it matches (exit 0); with its embedded amount
altered it does not (exit 1, naming the field); a PDF that is no receipt, a file that cannot be read and an entry
the journal does not have exit 2; a journal whose chain was broken exits 1."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPdfWriter, QTextDocument

from smartpay_desk.api.models import HostToHostRequest
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.journal.store import Journal
from smartpay_desk.services.profiles.profiles import ProfileStore
from smartpay_desk.services.receipts.receipt import receipt_for
from smartpay_desk.ui.receipts import render
from tests.unit.services.journal.damage import edit
from tests.unit.services.support import CUSTOMER, SITE, add_profile, card, direct_client, smartpay


@pytest.fixture
def saved(qapp: Any, sandbox: SandboxServer, tmp_path: Path) -> tuple[Path, Path, int]:
    """(the data folder, the receipt's PDF, its journal entry): a refund made by the CLI, its receipt saved."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    add_profile(data_dir, sandbox.url)
    with direct_client(sandbox.url) as client:
        client.init_payment_h2h(HostToHostRequest("EUR-sandbox", 4200, "EUR", "vr-1", SITE, CUSTOMER, "J D", card()))
    made = smartpay(data_dir, "refund", "vr-1", "--amount", "12.50", "--reason", "returned", "--json")
    assert made.returncode == 0, made.stderr
    entry_id = json.loads(made.stdout)["entry_id"]
    with Journal.in_dir(data_dir) as journal:
        receipt = receipt_for(journal, entry_id, ProfileStore(data_dir).get("local"))
    pdf = tmp_path / "receipt.pdf"
    pdf.write_bytes(render.pdf_bytes(receipt))
    return data_dir, pdf, entry_id


def _altered(pdf: bytes, **changes: object) -> bytes:
    """The PDF with its embedded receipt data changed (as someone editing the file's bytes would)."""
    found = re.search(rb"<spr:data>([A-Za-z0-9+/=]+)</spr:data>", pdf)
    assert found is not None
    data = {**json.loads(base64.b64decode(found.group(1))), **changes}
    encoded = base64.b64encode(json.dumps(data).encode())
    return pdf[: found.start(1)] + encoded + pdf[found.end(1) :]


def test_a_saved_receipt_matches_the_journal(saved: tuple[Path, Path, int]) -> None:
    data_dir, pdf, entry_id = saved
    checked = smartpay(data_dir, "verify-receipt", str(pdf))
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.strip() == (
        f"The receipt matches the journal's entry {entry_id} (order vr-1), and the journal's chain is intact."
    )
    as_json = smartpay(data_dir, "verify-receipt", str(pdf), "--json")
    shown = json.loads(as_json.stdout)
    assert as_json.returncode == 0 and shown["verdict"] == "matches" and shown["fields"] == []
    assert (shown["entry_id"], shown["order_id"], shown["kind"], shown["profile"]) == (entry_id, "vr-1", "refund",
                                                                                      "local")  # fmt: skip


def test_an_altered_amount_does_not_match(saved: tuple[Path, Path, int], tmp_path: Path) -> None:
    data_dir, pdf, entry_id = saved
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(_altered(pdf.read_bytes(), amount=125000))
    checked = smartpay(data_dir, "verify-receipt", str(forged), "--json")
    assert checked.returncode == 1, checked.stderr
    shown = json.loads(checked.stdout)
    assert shown["verdict"] == "differs" and shown["fields"] == ["amount"]
    assert (
        shown["sentence"] == f"The receipt does not match the journal's entry {entry_id} (order vr-1): amount differs."
    )


def test_what_is_not_a_receipt_or_not_in_the_journal_exits_2(
    qapp: Any, saved: tuple[Path, Path, int], tmp_path: Path
) -> None:
    data_dir, pdf, _entry_id = saved
    plain = tmp_path / "plain.pdf"
    writer = QPdfWriter(str(plain))
    document = QTextDocument()
    document.setPlainText("An ordinary PDF, made by Qt, with no receipt in it.")
    document.print_(writer)
    del writer
    for path in (plain, tmp_path / "missing.pdf", Path(__file__)):
        checked = smartpay(data_dir, "verify-receipt", str(path))
        assert checked.returncode == 2, (path, checked.stdout, checked.stderr)
    said = smartpay(data_dir, "verify-receipt", str(plain)).stdout
    assert said.strip() == "This is not a SmartPay Desk receipt: The PDF holds no SmartPay Desk receipt data."
    elsewhere = tmp_path / "elsewhere.pdf"
    elsewhere.write_bytes(_altered(pdf.read_bytes(), entry_id=999, ref="refund:vr-1:from-another-journal"))
    unknown = smartpay(data_dir, "verify-receipt", str(elsewhere))
    assert unknown.returncode == 2 and unknown.stdout.startswith("The journal has no entry 999 (order vr-1)")


def test_a_broken_chain_exits_1(saved: tuple[Path, Path, int]) -> None:
    data_dir, pdf, entry_id = saved
    edit(data_dir / "journal.sqlite3", "UPDATE entries SET amount = 1 WHERE id = ?", args=(entry_id,))
    checked = smartpay(data_dir, "verify-receipt", str(pdf))
    assert checked.returncode == 1
    assert checked.stdout.startswith("The journal's chain is broken, so the receipt cannot be checked against it: ")
