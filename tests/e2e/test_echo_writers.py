"""Every writer of the desk, fed by a gateway that echoes the request into its error messages (sandbox/echo.py):
the journal (entries.note, events.note, events.response), the log, the Activity export (CSV and xlsx), the
CLI's standard output and error (`journal --json` too) and the outcome the desk shows. None of them may keep
the secret, its Basic-auth form, a full card number, or the CVV and expiry just sent (DESIGN.md, "What the
gateway says back"; api/scrub.py). Each test also checks that the echo did arrive, masked, so none passes
because nothing was echoed."""

from __future__ import annotations

import base64
import contextlib
import io
import logging
import re
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from smartpay_desk.api.errors import Declined, RequestRejected
from smartpay_desk.api.models import HostToHostRequest, WithdrawalRequest
from smartpay_desk.api.redact import discard_secret, install_log_redaction
from smartpay_desk.api.scrub import Sent, scrubbing
from smartpay_desk.api.scrub_output import scrubbed_output
from smartpay_desk.cli.main import main as smartpay_main
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.journal.states import Kind, State
from smartpay_desk.services.money.operations import OperationsService
from smartpay_desk.services.money.sending import Intent, payment_answer
from smartpay_desk.services.profiles.profiles import ProfileStore
from smartpay_desk.services.profiles.session import open_profile
from smartpay_desk.services.reports.exports import write_table
from tests.unit.services.support import (
    BAD_CARD,
    CUSTOMER,
    CVV,
    CVV_AS_VALUE,
    FAST,
    GOOD_CARD,
    SITE,
    card,
    direct_client,
)

SECRET = "qwerty"  # the sandbox's secret for merchant key "test"
WRONG = "not-the-secret-9"
CARDS = (GOOD_CARD, BAD_CARD, "5555555555554444")
FORBIDDEN = [
    *(s.encode() for s in (SECRET, WRONG)),
    *(base64.b64encode(f"test:{s}".encode()) for s in (SECRET, WRONG)),
    *(n.encode() for n in CARDS),
    *(f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:]}".encode() for n in CARDS),
]
EXPIRY = re.compile(rb"(?<![0-9/.-])12 ?/ ?(?:20)?30(?![0-9/])")


def leaks(data: bytes, where: str) -> list[str]:
    found = [f"{where}: {needle!r}" for needle in FORBIDDEN if needle in data]
    found += [f"{where}: CVV {p.pattern!r}" for p in CVV_AS_VALUE if p.search(data)]
    found += [f"{where}: expiry" for _ in [EXPIRY.search(data)] if _]
    return found


def files_leaks(folder: Path) -> list[str]:
    found: list[str] = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        found += leaks(path.read_bytes(), path.name)
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as book:
                for member in book.namelist():
                    found += leaks(book.read(member), f"{path.name}:{member}")
    return found


@pytest.fixture
def echoing(sandbox: SandboxServer) -> Iterator[SandboxServer]:
    sandbox.echo_requests = True
    try:
        yield sandbox
    finally:
        for secret in (SECRET, WRONG):
            discard_secret(secret)


def _ops(srv: SandboxServer, data_dir: Path, secret: str = SECRET) -> OperationsService:
    """The services opened the desk's and the CLI's way (open_profile registers the secret with scrub)."""
    _, ops = open_profile(ProfileStore(data_dir), "Sandbox", None, data_dir, sandbox_url=srv.url, secret=secret,
                          timeouts=FAST, settle_deadline_s=2.0)  # fmt: skip
    return ops


def _echo_day(srv: SandboxServer, data_dir: Path) -> list[str]:
    """Money moves whose refusals and failures echo the request; returns what the desk said of each."""
    said: list[str] = []
    with direct_client(srv.url) as client:  # an order the gateway has and this journal does not
        paid = client.init_payment_h2h(
            HostToHostRequest(account="EUR-sandbox", amount=100, currency="EUR", order_id="echo-taken",
                              merchant_site=SITE, customer=CUSTOMER, card_holder="John Doe", card=card(GOOD_CARD))
        )  # fmt: skip
    assert paid.status == 2
    ops = _ops(srv, data_dir)
    try:
        for order_id, number in (("echo-taken", GOOD_CARD), ("echo-declined", BAD_CARD)):  # 409 refusal; decline
            result = ops.pay_by_card(amount=1500, currency="EUR", order_id=order_id, customer=CUSTOMER,
                                     card=card(number), merchant_site=SITE)  # fmt: skip
            assert result.state == State.FAILED and result.error is not None
            said += [result.message, str(result.error), result.error.user_message()]
        result = ops.payout(WithdrawalRequest(account="", amount=100, order_id="echo-payout",
                                              customer_card_number=BAD_CARD, customer_card_exp_month="12",
                                              customer_card_exp_year="30"))  # fmt: skip
        assert result.state == State.FAILED
        said.append(result.message)
    finally:
        ops.close()
    wrong = _ops(srv, data_dir, WRONG)  # 401: the echo carries the wrong secret and its Basic form
    try:
        result = wrong.pay_by_card(amount=700, currency="EUR", order_id="echo-401", customer=CUSTOMER,
                                   card=card(GOOD_CARD), merchant_site=SITE)  # fmt: skip
        assert result.state == State.FAILED and result.error is not None
        said += [result.message, result.error.user_message()]
    finally:
        wrong.close()
    return said


def _journal_texts(data_dir: Path) -> str:
    with sqlite3.connect(data_dir / "journal.sqlite3") as db:
        rows = db.execute("SELECT note FROM entries UNION ALL SELECT coalesce(note, '') || coalesce(response, '') "
                          "FROM events").fetchall()  # fmt: skip
    return "\n".join(str(row[0]) for row in rows)


def test_the_journal_keeps_the_echo_masked(echoing: SandboxServer, tmp_path: Path) -> None:
    said = _echo_day(echoing, tmp_path)
    assert files_leaks(tmp_path) == []
    texts = _journal_texts(tmp_path)
    assert "[request: POST /initPaymentHost2Host; Authorization: Basic ***; credentials test:***" in texts
    assert '"card_number": "401200******3010", "card_exp_month": "**", "card_exp_year": "**", "card_cvv": "***"' in (
        texts.replace('\\"', '"')
    )
    assert "[request: POST /withdrawal/init" in texts  # the payout's decline, in events.response
    # What the desk shows: the outcome sentence and the error it carries (the Payments tab's describe_error)
    from smartpay_desk.ui.messages import describe_error

    assert any("credentials test:***" in s for s in said)
    assert leaks("\n".join(said).encode(), "outcome") == []
    with sqlite3.connect(tmp_path / "journal.sqlite3") as db:
        refused = db.execute("SELECT note FROM entries WHERE order_id = 'echo-taken'").fetchone()[0]
    assert refused.startswith("refused by the gateway, nothing was changed:") and "test:***" in refused
    shown = describe_error(RequestRejected(refused))
    assert leaks(shown.encode(), "describe_error") == []


def test_the_engine_masks_the_cvv_and_expiry_just_sent_by_value(echoing: SandboxServer, tmp_path: Path) -> None:
    """A gateway that echoes the values bare (not under their keys): only the call's own values find them."""
    ops = _ops(echoing, tmp_path)
    payload = {"order_id": "bare-1", "card_number": BAD_CARD, "card_cvv": CVV, "card_exp_month": "12",
               "card_exp_year": "30"}  # fmt: skip
    echo = f"declined: card 4111-1111-1111-1111 cvv {CVV} exp 12/30, holder John; amount 1737 at 7.37"
    try:

        def refused() -> None:
            raise RequestRejected(echo, status_code=400, fields={"card_cvv": f"{CVV} is wrong"})

        def declined() -> None:
            raise Declined(echo, error_message=echo, response={"msg": echo, "expiry": "12/2030"})

        first = ops.send(Intent(Kind.PAYMENT_H2H, "bare-1", payload, 100, "EUR"), refused, payment_answer)
        second = ops.send(Intent(Kind.PAYMENT_H2H, "bare-2", {**payload, "order_id": "bare-2"}, 100, "EUR"),
                          declined, payment_answer)  # fmt: skip
    finally:
        ops.close()
    for result in (first, second):
        assert result.state == State.FAILED and result.error is not None
        shown = [
            result.message,
            str(result.error),
            result.error.user_message(),
            repr(getattr(result.error, "fields", "")),
        ]
        assert leaks("\n".join(shown).encode(), result.order_id) == [], shown
        assert "cvv *** exp **/**, holder John; amount 1737 at 7.37" in result.message  # the rest is kept
    assert files_leaks(tmp_path) == []
    assert "card 411111******1111 cvv *** exp **/**" in _journal_texts(tmp_path)


def test_log_lines_are_scrubbed(echoing: SandboxServer, tmp_path: Path) -> None:
    path = tmp_path / "logs" / "desk.log"
    path.parent.mkdir()
    handler = logging.FileHandler(path, encoding="utf-8")
    logger = logging.getLogger("smartpay_desk.test_echo")
    logger.addHandler(handler)
    install_log_redaction()
    ops = _ops(echoing, tmp_path)
    try:
        with pytest.raises(RequestRejected) as refused:  # 404: the /check request, echoed
            ops.check("echo-nowhere")
        logger.warning("the gateway said: %s", refused.value.user_message())
        with scrubbing(Sent.of_request({"card_number": GOOD_CARD, "card_cvv": CVV, "card_exp_month": "12",
                                        "card_exp_year": "2030"})):  # fmt: skip
            try:
                raise ValueError(f"proxy said: {GOOD_CARD} {CVV} 12/2030 Basic dGVzdDpxd2VydHk=")
            except ValueError:
                logger.exception("while sending")
    finally:
        ops.close()
        logger.removeHandler(handler)
        handler.close()
    text = path.read_text(encoding="utf-8")
    assert "[request: POST /check; Authorization: Basic ***; credentials test:***" in text
    assert "ValueError: proxy said: 401200******3010 *** **/** Basic ***" in text
    assert files_leaks(path.parent) == []


def test_the_activity_export_scrubs_every_cell(echoing: SandboxServer, tmp_path: Path) -> None:
    from smartpay_desk.services.journal.store import Journal
    from smartpay_desk.ui.tabs.activity_model import EXPORT_HEADERS, export_row

    data = tmp_path / "data"
    data.mkdir()
    _echo_day(echoing, data)
    with Journal.in_dir(data) as journal:
        rows = [export_row(entry) for entry in journal.entries()]
    assert any("test:***" in str(cell) for row in rows for cell in row)  # the echo is in the notes, masked
    echoed = f"[request: Authorization: Basic dGVzdDpxd2VydHk=; credentials test:{SECRET}; card {BAD_CARD}]"
    rows.append([None, "failed", "card payment", "5555555555554444", None, 1, "EUR", None, None, "x", "p", "e", echoed])
    rows.append([4111111111111111, 5555555555554444, 1234567890123, "refund"])  # numbers that pass Luhn, and not
    out = tmp_path / "exports"
    out.mkdir()
    add = [write_table(out / f"activity.{suffix}", list(EXPORT_HEADERS), rows) for suffix in ("csv", "xlsx")]
    assert files_leaks(out) == []  # secret registered by the session; cards by Luhn, wherever they are
    csv_text = add[0].read_text(encoding="utf-8-sig")
    assert "credentials test:***; card 411111******1111]" in csv_text
    assert "411111******1111,555555******4444,1234567890123,refund" in csv_text


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = smartpay_main(list(argv))
    return code, out.getvalue(), err.getvalue()


def test_the_cli_prints_nothing_echoed(echoing: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMARTPAY_DESK_SECRET", SECRET)
    base = echoing.url.rstrip("/")
    d = ("--data-dir", str(tmp_path), "--settle", "1", "--timeout", "2")
    assert _cli(*d, "profile", "add", "echo", "--environment", "sandbox", "--gateway-url", base, "--pci-url", base,
                "--reports-url", base + "/aggregation-service", "--merchant-key", "test")[0] == 0  # fmt: skip
    assert _cli(*d, "profile", "use", "echo")[0] == 0
    runs = {
        "payout": (1, ["payout", "--amount", "1", "--card", BAD_CARD, "--exp", "12/30", "--order-id", "cli-echo-1"]),
        "check": (1, ["check", "cli-nowhere"]),
        "journal": (0, ["journal"]),
        "journal --json": (0, ["journal", "--json"]),
    }
    printed = []
    for name, (expected, argv) in runs.items():
        code, out, err = _cli(*d, *argv)
        assert code == expected, (name, out, err)
        printed.append(out + err)
        assert leaks((out + err).encode(), name) == []
    assert "credentials test:***" in printed[1]  # the 404's echo reached the screen, masked
    assert '"order_id": "cli-echo-1"' in printed[3]
    # the last line of defence: a card number or a registered secret printed by any code path is masked
    discard_secret(SECRET)
    screen = io.StringIO()
    with contextlib.redirect_stdout(screen):
        scrubbed_output(print)(f"note: {GOOD_CARD} / {BAD_CARD[:8]}", f"{BAD_CARD[8:]} \x1b[2J \udcff")
    assert screen.getvalue() == "note: 401200******3010 / 411111******1111 \ufffd[2J \ufffd\n"


def test_a_batch_keeps_nothing_echoed(echoing: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`smartpay batch send` with a row the gateway declines, echoing the payout it was sent (the card number among
    it): its output, its results workbook, the journal and every file of the data folder hold the echo masked."""
    monkeypatch.setenv("SMARTPAY_DESK_SECRET", SECRET)
    base = echoing.url.rstrip("/")
    data = tmp_path / "data"
    d = ("--data-dir", str(data), "--settle", "1", "--timeout", "2")
    assert _cli(*d, "profile", "add", "echo", "--environment", "sandbox", "--gateway-url", base, "--pci-url", base,
                "--reports-url", base + "/aggregation-service", "--merchant-key", "test")[0] == 0  # fmt: skip
    assert _cli(*d, "profile", "use", "echo")[0] == 0
    file = tmp_path / "payouts.csv"  # the clerk's own file holds the numbers; nothing the desk writes may
    file.write_text(f"amount,card_number,card_expiry\n1.10,{GOOD_CARD},12/30\n1.20,{BAD_CARD},12/30\n", "utf-8")
    results = data / "results.xlsx"
    code, out, err = _cli(*d, "batch", "send", str(file), "--kind", "payout", "--results", str(results))
    assert code == 1, out + err  # one paid, one declined
    assert "declined: 1" in out and "row 3: declined:" in err
    assert leaks((out + err).encode(), "batch send") == []
    assert results.is_file() and files_leaks(data) == []
    texts = _journal_texts(data).replace('\\"', '"')
    assert "[request: POST /withdrawal/init" in texts and "411111******1111" in texts  # the echo arrived, masked
