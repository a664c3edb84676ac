"""Echo mode's text and where it goes (echo.py); the server's side is in tests/e2e/test_sandbox_echo.py."""

from __future__ import annotations

from smartpay_desk.sandbox.echo import echoed, request_text
from smartpay_desk.sandbox.reply import Reply


def test_the_request_text_carries_the_header_the_credentials_and_the_raw_body() -> None:
    text = request_text("POST", "/refund", "Basic dGVzdDpxd2VydHk=", b'{"card_cvv":"987","x":"\xff"}')
    assert text == (
        "[request: POST /refund; Authorization: Basic dGVzdDpxd2VydHk=; credentials test:qwerty; "
        'body: {"card_cvv":"987","x":"\ufffd"}]'
    )
    assert (
        request_text("GET", "/x", "Bearer t0ken", None)
        == "[request: GET /x; Authorization: Bearer t0ken; body: (not read)]"
    )
    assert "credentials" not in request_text("GET", "/x", "Basic !!!", b"")
    assert "Authorization" not in request_text("GET", "/x", None, b"")


def test_only_refusals_and_failures_are_echoed() -> None:
    refusal = Reply.of_json(400, {"success": False, "err": "VALIDATION_ERROR", "msg": "Some fields.", "fields": {}})
    assert echoed(refusal, "[request: R]").data == {
        "success": False, "err": "VALIDATION_ERROR", "msg": "Some fields. [request: R]", "fields": {},
    }  # fmt: skip
    failed = Reply.of_json(200, {"status": -1, "errorMessage": "PLATFORM_ERROR_GATE_NOT_FOUND", "err": None})
    data = echoed(failed, "[request: R]").data
    assert data is not None and data["errorMessage"] == "PLATFORM_ERROR_GATE_NOT_FOUND [request: R]"
    assert data["err"] is None
    refused = echoed(Reply.of_json(200, {"success": False, "message": ""}), "[request: R]").data
    assert refused == {"success": False, "message": "[request: R]"}
    fine = Reply.of_json(200, {"status": 2, "msg": None})
    assert echoed(fine, "[request: R]") is fine
    page = Reply.html(404, "<p>Not found</p>")
    assert echoed(page, "[request: R]") is page
