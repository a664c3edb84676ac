from __future__ import annotations

import base64
import dataclasses
import io
import json
import logging
import re
import urllib.parse
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartpay_desk.api import redact
from smartpay_desk.api.errors import Declined, RequestRejected
from smartpay_desk.api.redact import RedactingFilter, install_log_redaction, redact_payload, redact_text
from smartpay_desk.api.scrub import Sent, current, guarded, scrub, scrub_error, scrub_payload, scrubbing
from smartpay_desk.api.scrub_output import ScrubbingStream, plain_values, printable
from smartpay_desk.api.validation import luhn_ok

PAN = "4012000000003010"
MASKED = "401200******3010"


@pytest.fixture
def secret() -> Iterator[str]:
    value = "qwerty-secret-42"
    RedactingFilter.add_secret(value)
    yield value
    RedactingFilter.discard_secret(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"card {PAN} declined", f"card {MASKED} declined"),
        ("card 4012 0000 0000 3010.", f"card {MASKED}."),
        ("4003-8301-7187-4018", "400383******4018"),
        (f"x{PAN}y", f"x{MASKED}y"),
        (f"{PAN} 2 items", f"{MASKED} 2 items"),
        ("6011000990139424 and 378282246310005", "601100******9424 and 378282*****0005"),
        ("4012000000003011 is not a card", "4012000000003011 is not a card"),  # Luhn fails
        ("order 12345 amount 1000", "order 12345 amount 1000"),
        ('{"card_cvv": "123", "x": 1}', '{"card_cvv": "***", "x": 1}'),
        ("cvv=123&cvc2=9876", "cvv=***&cvc2=***"),
        ("{'card_cvv': '123'}", "{'card_cvv': '***'}"),
        ('"card_exp_month": "02", "card_exp_year": "29"', '"card_exp_month": "**", "card_exp_year": "**"'),
        ('"apple_pay_dpan": "eyJhcHBs"', '"apple_pay_dpan": "***"'),
        ("password=hunter2", "password=***"),
        ("Authorization: Basic dGVzdDpxd2VydHk=", "Authorization: Basic ***"),
        ("(b'authorization', b'Basic dGVzdDpxd2VydHk=')", "(b'authorization', b'Basic ***')"),
        ("sent Basic dGVzdDpxd2VydHk= to the gateway", "sent Basic *** to the gateway"),
        ("basic settings are fine", "basic settings are fine"),
    ],
)
def test_redact_text(text: str, expected: str) -> None:
    assert redact_text(text) == expected


def test_redact_text_replaces_given_and_registered_secrets(secret: str) -> None:
    assert redact_text("key test secret qwerty here", ["qwerty"]) == "key test secret *** here"
    assert redact_text(f"the secret is {secret}.") == "the secret is ***."
    assert redact_text("a b c", ["a"]) == "a b c"  # too short to search for


def test_redact_payload() -> None:
    card = {"number": MASKED, "bin": "401200"}
    payload: dict[str, object] = {
        "account": "EUR-sandbox",
        "amount": 1000,
        "order_id": PAN,  # an identifier is kept even when it looks like a card
        "card_holder": "John Doe",
        "card_number": PAN,
        "card_exp_month": "02",
        "card_exp_year": "25",
        "card_cvv": "123",
        "apple_pay_dpan": "eyJhcHBs",
        "merchant_secret": "qwerty",
        "Authorization": "Basic dGVzdDpxd2VydHk=",
        "purpose": f"refund to {PAN}",
        "card": card,
        "history": [{"customer_card_number": "4123540003981114", "cvv": "999"}, "x"],
        "customer_card_number": None,
    }
    original = json.loads(json.dumps(payload))
    out = redact_payload(payload)
    assert out == {
        "account": "EUR-sandbox",
        "amount": 1000,
        "order_id": PAN,
        "card_holder": "John Doe",
        "card_number": MASKED,
        "card_exp_month": "**",
        "card_exp_year": "**",
        "apple_pay_dpan": "***",
        "merchant_secret": "***",
        "Authorization": "***",
        "purpose": f"refund to {MASKED}",
        "card": {"number": MASKED, "bin": "401200"},
        "history": [{"customer_card_number": "412354******1114"}, "x"],
        "customer_card_number": None,
    }
    assert payload == original  # a copy: the input is untouched
    out["card"]["bin"] = "changed"
    assert card["bin"] == "401200"


def _pans(text: str) -> list[str]:
    """Every 13–19 digit run (single spaces or dashes allowed) whose digits pass Luhn."""
    found = []
    for match in re.finditer(r"(?<![0-9])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])", text):
        digits = re.sub(r"[^0-9]", "", match.group())
        if luhn_ok(digits):
            found.append(digits)
    return found


def _luhn_complete(prefix: str) -> str:
    for last in "0123456789":
        if luhn_ok(prefix + last):
            return prefix + last
    raise AssertionError("unreachable")


_PAN16 = st.from_regex(r"[1-9][0-9]{14}", fullmatch=True).map(_luhn_complete)
_NOISE = st.text(st.sampled_from(list("0123456789 -abc:=\"'{},.\n")), max_size=30)


@settings(max_examples=150, deadline=None)
@given(before=_NOISE, pan=_PAN16, after=_NOISE, sep=st.sampled_from(["", " ", "-"]))
def test_redact_text_never_leaves_a_luhn_valid_card_number(before: str, pan: str, after: str, sep: str) -> None:
    written = sep.join(pan[i : i + 4] for i in range(0, 16, 4))
    out = redact_text(f"{before} {written} {after}")
    assert pan not in re.sub(r"[ -]", "", out)
    assert not [p for p in _pans(out) if len(p) == 16]


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=80))
def test_redact_text_is_total_and_idempotent(text: str) -> None:
    once = redact_text(text)
    assert redact_text(once) == once
    assert not [p for p in _pans(once) if len(p) == 16]


@settings(max_examples=150, deadline=None)
@given(text=st.text(st.sampled_from(list("0123456789 -x*")), max_size=120))
def test_no_luhn_valid_run_survives_in_digit_heavy_text(text: str) -> None:
    out = redact_text(text)
    assert _pans(out) == []
    assert redact_text(out) == out


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        for h in [handler, *root.handlers]:
            h.removeFilter(redact._FILTER)
        for name in ("smartpay_desk", "httpx", "httpcore", "httpcore.http11"):
            logging.getLogger(name).removeFilter(redact._FILTER)


def test_log_records_are_redacted(captured: io.StringIO, secret: str) -> None:
    logging.getLogger("httpcore.http11")  # exists before install: gets the filter itself
    flt = install_log_redaction()
    assert install_log_redaction() is flt
    assert logging.getLogger("httpcore.http11").filters.count(flt) == 1
    for name in ("smartpay_desk", "httpx", "httpcore"):
        assert flt in logging.getLogger(name).filters
    log = logging.getLogger("smartpay_desk.test")
    log.error("card %s with %s, headers %r", PAN, secret, {"authorization": "Basic dGVzdDpxd2VydHk="})
    try:
        raise ValueError(f"cannot charge {PAN} cvv=123")
    except ValueError:
        log.exception("failed")
    log.error("broken format %s %s", PAN)
    text = captured.getvalue()
    assert PAN not in text
    assert secret not in text
    assert "dGVzdDpxd2VydHk=" not in text
    assert "cvv=123" not in text
    assert f"card {MASKED} with ***" in text
    assert f"ValueError: cannot charge {MASKED} cvv=***" in text
    assert "broken format" in text


# ---------------------------------------------------------------- scrub: known values wherever they appear (issue 12)

SENT = Sent.of_request(
    {"card_number": "4111111111111111", "card_cvv": "737", "card_exp_month": "09", "card_exp_year": "30"},
    credentials=("test", "qwerty"),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the CVV just sent, as a whole token only
        ("cvv 737, [737] (737) '737' 737", "cvv ***, [***] (***) '***' ***"),
        ("1737 7370 7.37 737.50 12.737 a737 737b 737_1", "1737 7370 7.37 737.50 12.737 a737 737b 737_1"),
        # the expiry just sent, in its usual forms, never inside a longer date or number
        (
            "exp 09/30, 09/2030, 9/30, 09-30, 09.30, 2030-09, 2030/09, 09 / 30",
            "exp **/**, **/**, **/**, **/**, **/**, **/**, **/**, **/**",
        ),
        ("2030-09-01 09/30/2024 19/30 09/31 1209/30 09/301", "2030-09-01 09/30/2024 19/30 09/31 1209/30 09/301"),
        # the card number just sent, however it is cut
        ("4111.1111.1111.1111 / 4111/1111/1111/1111", "411111******1111 / 411111******1111"),
        # the secret, its Basic form (alone too), URL- and JSON-escaped; the merchant key stays
        ("credentials test:qwerty; dGVzdDpxd2VydHk=; key=dGVzdDpxd2VydHk", "credentials test:***; ***; key=***"),
        ("a masked card 411111******1111 keeps its digits", "a masked card 411111******1111 keeps its digits"),
    ],
)
def test_scrub_masks_the_values_just_sent(text: str, expected: str) -> None:
    assert scrub(text, SENT) == expected
    assert scrub(expected, SENT) == expected


def test_scrub_uses_the_call_in_progress_and_registered_secrets_always(secret: str) -> None:
    assert scrub("cvv 737 exp 09/30") == "cvv 737 exp 09/30"  # outside a call, a 737 is a 737
    with scrubbing(SENT):
        assert scrub("cvv 737 exp 09/30") == "cvv *** exp **/**"
        assert redact_text("737") == "***"  # the log filter and the old names go through scrub too
        with scrubbing(Sent(cvv="1234")):
            assert scrub("737 1234") == "737 ***"
    assert current() is None
    b64 = base64.b64encode(f"merchant:{secret}".encode()).decode()
    escaped = urllib.parse.quote(secret, safe="")
    assert scrub(f"{b64} {secret} {escaped}") == "*** *** ***"
    apple = Sent.of_request({"apple_pay_dpan": "eyJhcHBsZSI6InBheSJ9"})
    assert scrub("token eyJhcHBsZSI6InBheSJ9 echoed", apple) == "token *** echoed"


def test_scrub_payload_masks_by_key_and_by_value() -> None:
    body = {"msg": "declined 737 09/30 for test:qwerty", "order_id": "o-737", "card_cvv": "737", "amount": 737,
            "nested": [{"text": "4111 1111 1111 1111"}], "card_exp_year": "30"}  # fmt: skip
    assert scrub_payload(body, SENT) == {
        "msg": "declined *** **/** for test:***",
        "order_id": "o-737",
        "amount": 737,
        "nested": [{"text": "411111******1111"}],
        "card_exp_year": "**",
    }


def test_scrub_error_masks_what_the_desk_and_the_cli_show_later() -> None:
    @dataclasses.dataclass(frozen=True)
    class Answer:
        msg: str
        status: int

    echo = "Basic dGVzdDpxd2VydHk= card 4111111111111111 cvv 737"
    declined = Declined(echo, response=Answer(echo, -1), error_message=echo)
    rejected = RequestRejected(echo, status_code=400, fields={"card_cvv": "737 is wrong"})

    def call() -> None:
        raise rejected

    with pytest.raises(RequestRejected):
        guarded(call, SENT)()
    scrub_error(declined, SENT)
    for exc in (declined, rejected):
        for text in (str(exc), exc.user_message(), exc.detail, repr(getattr(exc, "fields", None))):
            assert "qwerty" not in text and "4111111111111111" not in text and "737" not in text, text
    assert declined.response == Answer("Basic *** card 411111******1111 cvv ***", -1)
    assert declined.error_message == "Basic *** card 411111******1111 cvv ***"


@settings(max_examples=120, deadline=None)
@given(text=st.text(st.sampled_from(list("0123456789 /.-:*x")), max_size=80))
def test_scrub_with_a_call_is_total_and_idempotent(text: str) -> None:
    once = scrub(text, SENT)
    assert scrub(once, SENT) == once
    assert "4111111111111111" not in once.replace(" ", "").replace("-", "").replace(".", "").replace("/", "")
    assert _pans(once) == []


def test_printed_output_is_scrubbed_and_always_printable() -> None:
    raw = io.StringIO()
    stream = ScrubbingStream(raw)
    stream.write("card 4111 1111 ")  # one line, cut over several writes
    stream.write("1111 1111 \x1b[31m\udcff\t|")
    assert raw.getvalue() == ""
    stream.write("\nnext")
    assert raw.getvalue() == "card 411111******1111 \ufffd[31m\ufffd\t|\n"
    stream.flush()
    assert raw.getvalue().endswith("\nnext")
    assert printable("naïve — ok", "ascii") == "na?ve ? ok"
    with plain_values():
        assert ScrubbingStream(raw).write("x") == 1


def test_a_uuid_whose_digits_pass_luhn_is_kept_whole_and_a_card_beside_it_is_not() -> None:
    from smartpay_desk.api.luhn import has_card_number, mask_cards

    refund_id = "4d5017c5-325f-4029-8802-00000002af3f"  # "4029-8802-00000002" passes Luhn across the dashes
    assert mask_cards(refund_id) == refund_id and not has_card_number(refund_id)
    said = f"refund {refund_id} for card 4012888888881881, {refund_id.upper()}"
    assert scrub(said) == f"refund {refund_id} for card 401288******1881, {refund_id.upper()}"
    assert scrub(scrub(said)) == scrub(said)
    assert scrub("4029-8802-0000-0002") != "4029-8802-0000-0002"  # the same digits, not in a UUID: masked
    assert mask_cards("x4d5017c5-325f-4029-8802-00000002af3f") != "x4d5017c5-325f-4029-8802-00000002af3f"
