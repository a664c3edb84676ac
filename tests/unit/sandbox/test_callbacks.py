"""The callback worker against a merchant's site on loopback: delivery, the retry rule, order, time-outs,
redirects never followed, a bounded queue, and a prompt stop."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator

import pytest

from smartpay_desk.sandbox.callbacks import USER_AGENT, CallbackWorker

from .merchant import Hit, MerchantSite

FAST = (0.05, 0.05, 0.05)


@pytest.fixture
def site() -> Iterator[MerchantSite]:
    with MerchantSite() as merchant:
        yield merchant


@pytest.fixture
def worker() -> Iterator[CallbackWorker]:
    callbacks = CallbackWorker(timeout_s=1.0, retry_delays_s=FAST)
    callbacks.start()
    yield callbacks
    callbacks.stop()


def _bodies(hits: list[Hit]) -> list[dict[str, object]]:
    return [json.loads(hit.body) for hit in hits]


def _idle(worker: CallbackWorker, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while worker.pending() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert worker.pending() == 0


def test_a_callback_is_posted_as_json(site: MerchantSite, worker: CallbackWorker) -> None:
    assert worker.submit(site.url("/callback", shop="7"), {"order_id": "o-1", "status": 2})
    (hit,) = site.wait_for(lambda hits: len(hits) == 1)
    assert (hit.method, hit.path) == ("POST", "/callback?shop=7")
    assert hit.headers["content-type"] == "application/json" and hit.headers["user-agent"] == USER_AGENT
    assert json.loads(hit.body) == {"order_id": "o-1", "status": 2}
    _idle(worker)


def test_failures_are_retried_until_a_2xx(site: MerchantSite, worker: CallbackWorker) -> None:
    site.callback_statuses.extend([500, 404, 302])
    worker.submit(site.url("/callback"), {"order_id": "o-2", "status": -1})
    hits = site.wait_for(lambda hits: len(hits) == 4)
    _idle(worker)
    time.sleep(0.2)
    assert len(site.hits()) == 4 == len(hits)  # the fourth answer was 200: no fifth attempt


def test_after_four_attempts_it_gives_up(
    site: MerchantSite, worker: CallbackWorker, caplog: pytest.LogCaptureFixture
) -> None:
    site.callback_statuses.extend([503] * 10)
    with caplog.at_level(logging.INFO, logger="smartpay_desk.sandbox.callbacks"):
        worker.submit(site.url("/callback", key="private"), {"order_id": "o-3", "status": 2})
        site.wait_for(lambda hits: len(hits) == 4)
        _idle(worker)
    time.sleep(0.2)
    assert len(site.hits()) == 4
    assert any("given up after 4 attempts: HTTP 503" in r.getMessage() for r in caplog.records)
    assert not any("private" in r.getMessage() for r in caplog.records)  # the query stays out of the log


def test_a_redirect_is_never_followed(site: MerchantSite, worker: CallbackWorker) -> None:
    worker.submit(site.url("/redirect"), {"order_id": "o-4", "status": 2})
    site.wait_for(lambda hits: len(hits) == 4)
    _idle(worker)
    assert {hit.route for hit in site.hits()} == {"/redirect"}


def test_callbacks_of_one_transaction_keep_their_order(site: MerchantSite, worker: CallbackWorker) -> None:
    site.callback_statuses.extend([500, 500])
    url = site.url("/callback")
    worker.submit(url, {"order_id": "o-5", "status": 1, "authorize_status": "AUTHORIZED"})
    worker.submit(url, {"order_id": "o-5", "status": 2, "authorize_status": "CAPTURED"})
    hits = site.wait_for(lambda hits: len(hits) == 4)
    assert [body["status"] for body in _bodies(hits)] == [1, 1, 1, 2]


def test_a_hanging_site_costs_one_timeout_per_attempt(site: MerchantSite) -> None:
    worker = CallbackWorker(timeout_s=0.3, retry_delays_s=(0.05,))
    worker.start()
    try:
        started = time.monotonic()
        worker.submit(site.url("/hang"), {"order_id": "slow", "status": 2})
        worker.submit(site.url("/callback"), {"order_id": "other", "status": 2})
        site.wait_for(lambda hits: any(hit.route == "/callback" for hit in hits))
        _idle(worker)
        assert time.monotonic() - started < 3
        assert len(site.hits("/hang")) == 2  # one attempt and one retry, each cut after 0.3 s
    finally:
        worker.stop()


def test_stop_cuts_the_attempt_in_progress(site: MerchantSite) -> None:
    worker = CallbackWorker(timeout_s=8.0)
    worker.start()
    worker.submit(site.url("/hang"), {"order_id": "h", "status": 2})
    worker.submit(site.url("/callback"), {"order_id": "later", "status": 2})
    site.wait_for(lambda hits: len(hits) == 1)
    started = time.monotonic()
    thread = worker._thread  # this worker's own thread (another sandbox of the session may run one too)
    worker.stop()
    assert time.monotonic() - started < 1
    assert thread is not None and not thread.is_alive()
    assert worker.pending() == 0 and not worker.submit(site.url("/callback"), {"order_id": "x"})


def test_only_web_addresses_and_a_bounded_queue(site: MerchantSite) -> None:
    worker = CallbackWorker(max_pending=2)
    assert not worker.submit(site.url("/callback"), {"order_id": "not started"})
    worker.start()
    try:
        for url in ("ftp://127.0.0.1/x", "file:///etc/passwd", "javascript:alert(1)", "/callback"):
            assert not worker.submit(url, {"order_id": "o"})
        hang = site.url("/hang")
        assert worker.submit(hang, {"order_id": "a"}) and worker.submit(hang, {"order_id": "b"})
        assert not worker.submit(hang, {"order_id": "c"})  # two waiting already
    finally:
        worker.stop()
    assert site.hits("/callback") == []


def test_under_the_tests_no_callback_leaves_this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    from smartpay_desk.sandbox.callbacks import CallbackWorker

    monkeypatch.setenv("SMARTPAY_SANDBOX_CALLBACKS", "loopback")
    worker = CallbackWorker()
    worker.start()
    try:
        assert worker.submit("https://site.com/callback", {"order_id": "o-1", "status": 2}) is False
        assert worker.pending() == 0
    finally:
        worker.stop()
