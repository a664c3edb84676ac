"""Hostile input to every `smartpay` command (issue 12): amounts, reasons, names, ids, paths and numbers that are
huge, negative, NaN, fractional, 1 MB long, undecodable bytes (lone surrogates), control characters or card
numbers. Each run ends with exit status 0, 1, 2 or 3 and, unless it succeeded, a sentence on stderr; never a
traceback; and a refusal (2) leaves nothing at the gateway.

The runs are in-process (`smartpay_desk.cli.main.main(argv)`) against one sandbox on loopback and one data
folder, for speed; a few run in a process of their own, for what only a real process shows: an undecodable
byte in argv, an ASCII-only standard output. Bounded for CI: under a minute on two shared cores.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyring.backends import fail

from smartpay_desk.api.models import AuthorizeRequest, HostToHostRequest
from smartpay_desk.cli import main as cli
from smartpay_desk.sandbox import SandboxServer
from smartpay_desk.services.profiles.credentials import CredentialStore
from tests.unit.services.support import BAD_CARD, CUSTOMER, GOOD_CARD, SITE, card, direct_client

SECRET = "qwerty"
BIG = "9" * 1_000_000
FIXED = [
    "", " ", "0", "-1", "-0", "1.5", "0.001", "12.345", "1e3", "1e308", "-1e308", "nan", "NaN", "inf", "-inf",
    "99999999999999999999999999", "9" * 4301, "0x10", "1_000", "١٢", "²", "--", "-", "-h", "é", "€ 12",
    "\udcff", "a\udcffb", "\ud800", "\x00", "a\x00b", "\x1b[2J", "\r\n", "\t", "'; DROP TABLE entries; --",
    "5555555555554444", "4111 1111 1111 1111", GOOD_CARD, BAD_CARD, "12/30", "+442079460612", "x" * 1_000_000, BIG,
]  # fmt: skip
VALUES = st.one_of(
    st.sampled_from(FIXED),
    st.text(max_size=30),
    st.binary(max_size=12).map(lambda b: b.decode("utf-8", "surrogateescape")),
    st.integers().map(str),
    st.floats().map(str),
    st.text(st.characters(codec="utf-8", categories=["Cc", "Zs", "Nd", "Sm"]), max_size=20),
)
AMOUNTS = st.one_of(st.sampled_from(["1", "0.50", "12.50", "100"]), VALUES)  # often good: the next argument counts
PAID, AUTHORIZED = "hostile-paid", "hostile-auth"
ORDERS = st.one_of(st.sampled_from([PAID, AUTHORIZED, "o-1"]), VALUES)
TEXTS = st.one_of(st.sampled_from(["damaged", "monthly", "Jane Doe"]), VALUES)
SECONDS = st.one_of(st.sampled_from(["nan", "inf", "-1", "1e308", "0", "x", "", "1e-9"]), st.floats(0.05, 0.5).map(str))


@dataclass
class Scene:
    srv: SandboxServer
    data: Path
    base: str


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scene]:
    data = tmp_path_factory.mktemp("hostile")
    with pytest.MonkeyPatch.context() as mp, SandboxServer(host="127.0.0.1", port=0, settle_delay_s=0.05) as srv:
        mp.setenv("SMARTPAY_DESK_SECRET", SECRET)
        no_keyring = fail.Keyring()  # type: ignore[no-untyped-call]  # never the real keyring
        mp.setattr(cli, "CredentialStore", lambda: CredentialStore(backend=no_keyring))
        scene = Scene(srv, data, srv.url.rstrip("/"))
        assert run(scene, "profile", *_profile_add("p", scene.base))[0] == 0
        assert run(scene, "profile", "use", "p")[0] == 0
        with direct_client(srv.url) as client:  # a payment to refund and charge again, an authorization to capture
            client.init_payment_h2h(HostToHostRequest(account="EUR-sandbox", amount=100_000, currency="EUR",
                                                      order_id=PAID, merchant_site=SITE, customer=CUSTOMER,
                                                      card_holder="John Doe", card=card(GOOD_CARD)))  # fmt: skip
            client.authorize(AuthorizeRequest(account="EUR-sandbox", amount=5_000, currency="EUR",
                                              order_id=AUTHORIZED, merchant_site=SITE, customer=CUSTOMER,
                                              card=card(GOOD_CARD)))  # fmt: skip
        yield scene


def _profile_add(name: str, base: str, key: str = "test") -> list[str]:
    return ["add", name, "--environment", "sandbox", "--gateway-url", base, "--pci-url", base, "--reports-url",
            base + "/aggregation-service", "--merchant-key", key]  # fmt: skip


def run(scene: Scene, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    """One in-process run: (exit status, stdout, stderr); argparse's SystemExit is its exit status."""
    out, err = io.StringIO(), io.StringIO()
    chosen = () if "--profile" in argv else ("--profile", "p")  # a hostile `profile use` changes nothing here
    argv = ("--data-dir", str(scene.data), "--settle", "0.3", "--timeout", "2", *chosen, *argv)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), _stdin(stdin):
        try:
            code = cli.main(list(argv))
        except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
            code = exc.code if isinstance(exc.code, int) else 2
    return code, out.getvalue(), err.getvalue()


@contextlib.contextmanager
def _stdin(text: str) -> Iterator[None]:
    before = sys.stdin
    sys.stdin = io.StringIO(text)
    try:
        yield
    finally:
        sys.stdin = before


def check(scene: Scene, *argv: str) -> None:
    """The promise for any run: a known status, a sentence when it did not succeed, never a traceback, and
    nothing at the gateway after a refusal."""
    before = len(scene.srv.state.all_transactions())
    code, out, err = run(scene, *argv)
    shown = f"{[a[:40] for a in argv]} → {code}\n{err[-600:]}"
    assert code in (0, 1, 2, 3), shown
    assert "Traceback" not in out + err, shown
    if code != 0:
        assert err.strip().splitlines()[-1].strip(), shown
    if code == 2:
        assert len(scene.srv.state.all_transactions()) == before, shown


FAST = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])  # fmt: skip


@FAST
@given(order_id=ORDERS, amount=AMOUNTS, reason=TEXTS)
def test_refund(scene: Scene, order_id: str, amount: str, reason: str) -> None:
    check(scene, "refund", order_id, "--amount", amount, "--reason", reason)


@FAST
@given(parent=ORDERS, amount=AMOUNTS, reason=TEXTS, order_id=VALUES)
def test_recurrent(scene: Scene, parent: str, amount: str, reason: str, order_id: str) -> None:
    check(scene, "recurrent", parent, "--amount", amount, "--reason", reason, "--order-id", order_id)


@FAST
@given(command=st.sampled_from(["check", "capture", "cancel"]), order_id=ORDERS)
def test_check_capture_cancel(scene: Scene, command: str, order_id: str) -> None:
    check(scene, command, order_id)


@FAST
@given(
    amount=AMOUNTS,
    destination=st.sampled_from([["--card"], ["--phone"], ["--bank-account", "GB33BUKB", "--holder"]]),
    value=st.one_of(st.sampled_from([GOOD_CARD, "+442079460612"]), VALUES),
    extra=st.sampled_from(
        [
            "--exp",
            "--order-id",
            "--purpose",
            "--first-name",
            "--birthdate",
            "--zip",
            "--ip",
            "--account",
            "--method",
            "--iin",
            "--provider-id",
            "--merchant-site",
        ]
    ),
    other=TEXTS,
    wait=SECONDS,
)
def test_payout(
    scene: Scene, amount: str, destination: list[str], value: str, extra: str, other: str, wait: str
) -> None:
    check(scene, "payout", "--amount", amount, *destination, value, extra, other, "--wait", wait)


@FAST
@given(flag=st.sampled_from(["--timeout", "--settle", "--not-found-grace"]), seconds=SECONDS, account=VALUES)
def test_balance_and_the_global_numbers(scene: Scene, flag: str, seconds: str, account: str) -> None:
    check(scene, flag, seconds, "balance", "--account", account)


@FAST
@given(
    options=st.lists(st.sampled_from([["--limit"], ["--state"], ["--kind"], ["--json"], ["--verify"]]), max_size=3),
    values=st.lists(VALUES, min_size=3, max_size=3),
    profile=VALUES,
)
def test_journal(scene: Scene, options: list[list[str]], values: list[str], profile: str) -> None:
    argv: list[str] = []
    for option, value in zip(options, values, strict=False):
        argv += [*option, value] if option[0] in ("--limit", "--state", "--kind") else option
    check(scene, "--profile", profile, "journal", *argv)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    note=VALUES, entry=st.one_of(VALUES, st.integers().map(str)), verdict=st.sampled_from(["--succeeded", "--failed"])
)
def test_resolve_acknowledge_and_reconcile(scene: Scene, note: str, entry: str, verdict: str) -> None:
    check(scene, "resolve", entry, verdict, "--note", note)
    check(scene, "journal", "acknowledge", "--note", note)
    check(scene, "reconcile", "--deadline", note)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(action=st.sampled_from(["add", "remove", "use", "secret", "list"]), name=VALUES, field=st.integers(0, 5),
       value=VALUES)  # fmt: skip
def test_profile(scene: Scene, action: str, name: str, field: int, value: str) -> None:
    if action == "add":
        argv = _profile_add(name, scene.base, key="k")
        argv[2 * field + 1] = value  # the name, or the value of one of its options
        check(scene, "profile", *argv)
    elif action == "list":
        check(scene, "profile", "list")
    else:
        check(scene, "profile", action, name if name != "p" else "p-not")


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=VALUES, sheet=VALUES, row=VALUES)
def test_sheet(scene: Scene, path: str, sheet: str, row: str) -> None:
    check(scene, "sheet", path, "--sheet", sheet, "--header-row", row)


def test_known_crashes_are_sentences(scene: Scene) -> None:
    """The 23 tracebacks of the issue, by kind: each is now one sentence and exit 2."""
    for argv, said in [
        (["refund", "o-1", "--amount", "1", "--reason", "damaged \udcff"], "cannot be read"),
        (["journal", "--limit", "99999999999999999999999999"], "--limit: give a whole number from 0"),
        (["journal", "--limit", "-5"], "--limit: give a whole number from 0"),
        (["resolve", "99999", "--succeeded"], "there is no journal entry 99999"),
        (["resolve", "99999999999999999999999999", "--failed"], "ENTRY_ID: give an entry id"),
        (["--timeout", "nan", "balance"], "--timeout: give a number of seconds"),
        (["--timeout", "-1", "balance"], "--timeout: give a number of seconds"),
        (["payout", "--amount", "1", "--phone", "+442079460612", "--wait", "inf"], "--wait: give a number"),
        (["profile", *_profile_add("\udcff", scene.base)], "cannot be read"),
        (["balance", "--account", "\udcff"], "cannot be read"),
        (["refund", "5555555555554444", "--amount", "1", "--reason", "r"], "card numbers never go in an order id"),
        (["refund", "o-1", "--amount", "1", "--reason", "card 5555 5555 5555 4444"], "never go in a reason"),
        (["sheet", "a\x00b"], "NUL character"),
        (["sheet", "x" * 1_000_000], "longer than any file system allows"),
    ]:
        before = len(scene.srv.state.all_transactions())
        code, _out, err = run(scene, *argv)
        assert (code, "Traceback" in err) == (2, False), (argv[:3], err)
        assert said in err, (argv[:3], err)
        assert len(scene.srv.state.all_transactions()) == before


def _process(data: Path, *argv: str | bytes, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SMARTPAY_DESK_")}
    environ.update({"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "SMARTPAY_DESK_SECRET": SECRET})
    environ.update(env or {})
    cmd = [sys.executable, "-m", "smartpay_desk.cli.main", "--data-dir", str(data), *argv]
    return subprocess.run(cmd, capture_output=True, env=environ, timeout=60, check=False)


def test_undecodable_bytes_and_an_ascii_terminal_in_a_real_process(scene: Scene, tmp_path: Path) -> None:
    base = scene.base
    made = _process(tmp_path, "profile", *_profile_add("Zürich €", base), env={"PYTHONIOENCODING": "ascii"})
    assert made.returncode == 0 and b"Z?rich ?" in made.stdout and not made.stderr, made  # "?" for what ASCII lacks
    listed = _process(tmp_path, "profile", "list", env={"PYTHONIOENCODING": "ascii", "LC_ALL": "C"})
    assert listed.returncode == 0 and b"Z?rich ?" in listed.stdout and b"Traceback" not in listed.stderr, listed
    for argv in (
        [b"--profile", "Zürich €".encode(), b"refund", b"o-1", b"--amount", b"1", b"--reason", b"damaged \xff\xfe"],
        [b"--profile", b"\xff", b"balance"],
        [b"journal", b"--state", b"\xffdone"],
    ):
        done = _process(tmp_path, *argv, env={"LC_ALL": "C"})
        assert done.returncode == 2 and b"Traceback" not in done.stderr, done
        assert done.stderr.strip().splitlines()[-1].startswith((b"smartpay", b"usage")), done
