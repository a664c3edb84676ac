from __future__ import annotations

import pytest

from smartpay_desk.sandbox.faults import KINDS, Faults


def test_take_counts_down_in_order() -> None:
    faults = Faults()
    first = faults.add(path="/check", kind="latency", times=2, delay_ms=5)
    second = faults.add(path="/check", kind="drip")
    assert faults.take("/refund") is None
    assert [faults.take("/check"), faults.take("/check"), faults.take("/check")] == [first, first, second]
    assert faults.take("/check") is None
    assert first.param("delay_ms") == 5 and second.param("interval_ms") == 1000


def test_every_kind_is_accepted_with_its_parameters() -> None:
    faults = Faults()
    for kind, params in KINDS.items():
        assert faults.add(path="/x", kind=kind, **params).kind == kind
    assert len(faults.pending()) == len(KINDS)
    assert faults.clear() == len(KINDS) and faults.pending() == []


@pytest.mark.parametrize(
    "body",
    [
        {"path": "check", "kind": "latency"},
        {"path": "/check", "kind": "boom"},
        {"path": "/check", "kind": "latency", "times": 0},
        {"path": "/check", "kind": "latency", "times": True},
        {"path": "/check", "kind": "latency", "delay_ms": -1},
        {"path": "/check", "kind": "latency", "seconds": 1},
        {"path": "/check", "kind": "http_500", "status": 404},
        {"path": "/check", "kind": "http_500", "commit": "no"},
    ],
)
def test_bad_faults_are_refused(body: dict[str, object]) -> None:
    faults = Faults()
    with pytest.raises(ValueError):
        faults.add_json(body)
    assert faults.pending() == []


def test_add_json_and_to_json() -> None:
    fault = Faults().add_json({"path": "/refund", "kind": "http_500", "status": 502, "commit": False})
    assert fault.to_json() == {
        "id": 1,
        "path": "/refund",
        "kind": "http_500",
        "times": 1,
        "status": 502,
        "commit": False,
    }
