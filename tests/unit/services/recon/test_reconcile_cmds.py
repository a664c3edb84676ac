"""The CLI's own parts of `reconcile-report` and `open`: times as typed, and paths printed as typed (the desk's
report names can read as card numbers to the output's scrubber, which keeps masking the rest)."""

from __future__ import annotations

import argparse
import io
import sys
from datetime import timedelta

import pytest

from smartpay_desk.api.scrub_output import ScrubbingStream
from smartpay_desk.cli.reconcile_cmds import duration, said

LUHN_LIKE = "smartpay-payment-successful-2026-12-02-2026-12-02.xlsx"  # its 16 digits pass the Luhn check


@pytest.mark.parametrize(("text", "seconds"), [("90", 90), ("90s", 90), ("30m", 1800), ("30 min", 1800),
                                               ("1h", 3600), ("1.5h", 5400), ("2d", 172_800), ("0s", 0)])  # fmt: skip
def test_times_as_typed(text: str, seconds: int) -> None:
    assert duration(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["", "soon", "-1h", "1w", "nan", "9" * 30 + "d"])
def test_what_is_not_a_time_is_refused_with_a_sentence(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        duration(text)


def test_a_typed_path_is_printed_as_typed_and_the_rest_still_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = io.StringIO()
    monkeypatch.setattr(sys, "stdout", ScrubbingStream(raw))
    masked = io.StringIO()
    ScrubbingStream(masked).write(f"{LUHN_LIKE}\n")
    assert "2026-12-02-2026-12-02" not in masked.getvalue()  # what happens to it without care
    said(f"smartpay reconcile-report /tmp/{LUHN_LIKE} --explain 4012000000003010 --note TEXT", [f"/tmp/{LUHN_LIKE}"])
    sys.stdout.flush()
    line = raw.getvalue()
    assert f"/tmp/{LUHN_LIKE} --explain" in line and "4012000000003010" not in line
    said("4012000000003010", [])  # masking is back on after the line
    sys.stdout.flush()
    assert raw.getvalue().count("4012000000003010") == 0
