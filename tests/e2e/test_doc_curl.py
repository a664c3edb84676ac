"""Every curl example of the gateway's documentation, run with the real curl as written.

The documentation is vendored in tests/data (the contract, as saved). Each example is run against a fresh
sandbox with only the host replaced, plus the two things the saved page cannot give: a real e-mail address in
place of the page's "[email protected]" placeholder, and a card expiry in the future (the examples' 02/25 has
passed). What each example needs to exist first (the payment a refund names, the authorization a capture
names, the report task) is made through the client. The answer must have the documented example's keys.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from smartpay_desk.api.client import Endpoints, SmartPaymentsClient
from smartpay_desk.api.models import AuthorizeRequest, Card, Customer, HostToHostRequest, ReportRequest
from smartpay_desk.sandbox import SandboxServer

DOC = Path(__file__).resolve().parents[1] / "data" / "smartpayments-api.txt"
HOSTS = ("https://api-gateway.smartcore.pro", "https://chd-api.smartcore.pro", "https://service.magua-pay.com")
DOC_TASK = "641def1d70836759e8af7dd4"


def examples() -> list[tuple[list[str], dict[str, Any] | None]]:
    """(curl argv, the documented answer or None for the xlsx) for every example, in the doc's order."""
    text = DOC.read_text(encoding="utf-8")
    found = []
    for match in re.finditer(r"curl --location .*?(?=\n\n)", text, re.S):
        argv = shlex.split(match.group(0).replace("\\\n", " "))
        rest = text[match.end() :]
        answer = None
        shape = re.match(r"\s*The above command returns JSON structured like this:\s*(\{.*?\n\})", rest, re.S)
        if shape:
            answer = json.loads(shape.group(1))
        found.append((argv, answer))
    return found


EXAMPLES = examples()
CUSTOMER = Customer("John", "Doe", "10 Downing Street", "London", "121165", "GB", "+442079460612",
                    "john.doe@example.com", "127.0.0.1")  # fmt: skip
CARD = Card(holder="John Doe", number="4012000000003010", exp_month="02", exp_year="35", cvv="123")


def prepare(srv: SandboxServer, path: str) -> str | None:
    """Make what the example names; returns a report task id to use in place of the doc's."""
    client = SmartPaymentsClient(Endpoints(srv.url, srv.url, srv.reports_url), "test", "qwerty")
    try:
        if path.endswith(("/check", "/refund", "/recurrent")):
            client.init_payment_h2h(
                HostToHostRequest(
                    "EUR-sandbox", 1000, "EUR", "sandboxId_1015", "https://merchant.site", CUSTOMER, "John Doe", CARD
                )
            )
        if path.endswith(("/capture", "/cancel")):
            client.authorize(
                AuthorizeRequest("EUR-sandbox", 1000, "EUR", "sandboxId_1016", "https://merchant.site", CUSTOMER, CARD)
            )
        if "/task/" in path:
            task = client.create_report_task(ReportRequest("Payment", 2, 0, 4_102_444_800_000))
            assert task.id
            deadline = time.monotonic() + 10
            while client.report_task_status(task.id).status != 2:
                assert time.monotonic() < deadline
                time.sleep(0.05)
            return task.id
        return None
    finally:
        client.close()


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is installed by scripts/bootstrap")
@pytest.mark.parametrize(("argv", "answer"), EXAMPLES, ids=[a[2].split("/", 3)[-1] for a, _ in EXAMPLES])
def test_curl_example_as_written(argv: list[str], answer: dict[str, Any] | None, tmp_path: Path) -> None:
    assert len(EXAMPLES) == 13  # one per documented endpoint
    with SandboxServer(port=0, settle_delay_s=0.2, report_delay_s=0.2) as srv:
        url = argv[2]
        host = next(h for h in HOSTS if url.startswith(h))
        task = prepare(srv, url[len(host) :])
        command = []
        for arg in argv:
            arg = arg.replace(host, srv.url)
            arg = re.sub(r"\[email\s+protected\]", "john.doe@example.com", arg)  # a no-break space in the page
            arg = arg.replace('"card_exp_year": "25"', '"card_exp_year": "35"')
            if task:
                arg = arg.replace(DOC_TASK, task)
            command.append(arg)
        out = tmp_path / "answer"
        extra = ["--silent", "--show-error", "--output", str(out), "--write-out", "%{http_code} %{content_type}"]
        done = subprocess.run([*command, *extra], capture_output=True, text=True, timeout=30, check=False)
        assert done.returncode == 0, done.stderr
        status, content_type = done.stdout.split(" ", 1)
        assert status == "200", out.read_text(errors="replace")
        if answer is None:  # the report result: a real xlsx
            assert "spreadsheetml" in content_type and out.read_bytes()[:2] == b"PK"
        else:
            body = json.loads(out.read_bytes())
            assert set(answer) <= set(body), f"missing documented keys: {set(answer) - set(body)}"
