"""`python -m smartpay_desk.sandbox`: the first line names the URL, it answers requests, SIGTERM stops it."""

from __future__ import annotations

import re
import signal
import subprocess
import sys

import httpx


def test_cli_first_line_request_and_clean_stop() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "smartpay_desk.sandbox", "--port", "0", "--latency-ms", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline().rstrip("\n")
        match = re.fullmatch(r"SmartPayments sandbox listening on (http://127\.0\.0\.1:(\d+))", first)
        assert match, first
        url = match.group(1)
        assert int(match.group(2)) > 0
        reply = httpx.post(
            url + "/withdrawal/balance/get",
            json={"account": "EUR-sandbox-payout"},
            headers={"Authorization": "Basic dGVzdDpxd2VydHk="},
        )
        assert reply.json() == {"balance": 1_000_000, "holdBalance": 0, "rollingBalance": 0}
        check = httpx.post(url + "/check", json={"order_id": "hist-0300"}, auth=("test", "qwerty"))
        assert check.status_code == 200 and check.json()["order_id"] == "hist-0300"
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "stopped" in out and "Traceback" not in err


def test_cli_ctrl_c_and_busy_port() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "smartpay_desk.sandbox", "--port", "0", "--no-history"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        port = proc.stdout.readline().rsplit(":", 1)[1].strip()
        busy = subprocess.run(
            [sys.executable, "-m", "smartpay_desk.sandbox", "--port", port],
            capture_output=True,
            text=True,
            timeout=20,
        )
        assert busy.returncode == 2 and "cannot listen" in busy.stderr and busy.stdout == ""
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0 and "Traceback" not in err
