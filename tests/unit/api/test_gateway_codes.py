"""api.gateway_codes: every code a clerk can meet becomes a sentence, with the code kept for support."""

from __future__ import annotations

import re
from pathlib import Path

from smartpay_desk.api import gateway_codes
from smartpay_desk.api.gateway_codes import SENTENCES, explain, explain_cascade, is_code

DOC = Path(__file__).resolve().parents[2] / "data" / "smartpayments-api.txt"
SANDBOX = Path(__file__).resolve().parents[3] / "smartpay_desk" / "sandbox"


def test_every_code_of_the_documentation_has_a_sentence() -> None:
    documented = set(re.findall(r"PLATFORM_ERROR_[A-Z_]+", DOC.read_text(encoding="utf-8")))
    assert documented, "the documentation's failed /check example names its codes"
    assert documented <= set(SENTENCES)


def test_every_code_the_sandbox_answers_has_a_sentence() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in SANDBOX.glob("*.py"))
    answered = set(re.findall(r"\"((?:PLATFORM_ERROR_)?[A-Z][A-Z_]{5,})\"", text))
    codes = {c for c in answered if c.isupper() and "_" in c and not c.startswith(("HTTP_", "CONTENT_"))}
    missing = {c for c in codes if c.startswith("PLATFORM_ERROR_") or c.endswith(("_FOUND", "_FUNDS", "_STATE"))}
    assert missing <= set(SENTENCES)


def test_a_known_code_is_a_sentence_with_the_code_beside_it() -> None:
    said = explain("PLATFORM_ERROR_GATE_NOT_FOUND")
    assert said.endswith("(PLATFORM_ERROR_GATE_NOT_FOUND)")
    assert said[0].isupper() and "route" in said


def test_an_unknown_code_is_said_to_be_the_gateways_code() -> None:
    assert explain("PLATFORM_ERROR_MOON_PHASE") == "The gateway answered with its code PLATFORM_ERROR_MOON_PHASE."


def test_a_sentence_is_not_taken_for_a_code() -> None:
    assert not is_code("Card expired")
    assert explain("Card expired") == "Card expired"
    assert explain(None) == "" and explain("") == ""


def test_the_cascade_keeps_the_gateways_order() -> None:
    said = explain_cascade(["PLATFORM_ERROR_ANTIFRAUD_RULES", "", "X_UNKNOWN_CODE"])
    assert said == [gateway_codes.explain("PLATFORM_ERROR_ANTIFRAUD_RULES"), explain("X_UNKNOWN_CODE")]
