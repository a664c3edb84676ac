"""Which path does what: the three documented bases on one origin, the customer pages, and /_sandbox/*."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, unquote

from . import pages, payments, reports, rules
from .faults import Faults
from .history import reset_state
from .reply import Reply
from .reports import REPORTS_PREFIX, XLSX_TYPE
from .state import SandboxState
from .validation import ApiFailure, require_object


@dataclass
class Request:
    method: str
    path: str
    body: bytes
    base_url: str  # http://host:port as the client addressed us, for the links we hand out
    state: SandboxState
    faults: Faults
    query: dict[str, str] = field(default_factory=dict)  # the first value of each query parameter

    def json(self) -> dict[str, Any]:
        """The body as a JSON object. Refused (400 BAD_JSON): not UTF-8, not JSON (NaN and Infinity are not),
        nested too deep to read, a number too long to read, text with a lone surrogate, not an object."""
        try:
            data = json.loads(self.body.decode("utf-8"), parse_constant=_not_json)
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise ApiFailure(400, "BAD_JSON", "The request body is not valid JSON.") from None
        if _has_lone_surrogate(data):
            raise ApiFailure(400, "BAD_JSON", "The request body holds text that is not valid Unicode.")
        return require_object(data)

    def form(self) -> dict[str, str]:
        fields = parse_qs(self.body.decode("utf-8", "replace"), keep_blank_values=True)
        return {key: values[0] for key, values in fields.items()}


def _not_json(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def _has_lone_surrogate(data: Any) -> bool:
    """True when a string anywhere in `data` (keys included) holds a lone surrogate (\\ud800 written in JSON)."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


Handler = Callable[[Request], Reply]
API, PAGE, ADMIN = "api", "page", "admin"  # api: Basic auth, latency, faults; page: faults; admin: neither


@dataclass(frozen=True)
class Route:
    kind: str
    handlers: dict[str, Handler]  # method → handler


JsonRule = Callable[[SandboxState, dict[str, Any]], dict[str, Any]]
LinkRule = Callable[[SandboxState, dict[str, Any], str], dict[str, Any]]


def _json(rule: JsonRule) -> Handler:
    return lambda req: Reply.of_json(200, rule(req.state, req.json()))


def _linked(rule: LinkRule) -> Handler:
    return lambda req: Reply.of_json(200, rule(req.state, req.json(), req.base_url))


_FIXED: dict[str, Route] = {
    # gateway base
    "/initPayment": Route(API, {"POST": _linked(payments.init_payment)}),
    "/check": Route(API, {"POST": _json(rules.check)}),
    "/refund": Route(API, {"POST": _json(rules.refund)}),
    "/recurrent": Route(API, {"POST": _json(rules.recurrent)}),
    "/withdrawal/balance/get": Route(API, {"POST": _json(rules.withdrawal_balance)}),
    "/capture": Route(API, {"POST": _json(rules.capture)}),
    "/cancel": Route(API, {"POST": _json(rules.cancel)}),
    # pci base
    "/initPaymentHost2Host": Route(API, {"POST": _linked(payments.init_h2h)}),
    "/authorize": Route(API, {"POST": _linked(payments.authorize)}),
    "/withdrawal/init": Route(API, {"POST": _json(rules.withdrawal_init)}),
    # reports base
    REPORTS_PREFIX: Route(API, {"POST": _json(reports.create_task)}),
    # the sandbox's own controls (no auth)
    "/_sandbox/state": Route(ADMIN, {"GET": lambda req: Reply.of_json(200, req.state.snapshot())}),
    "/_sandbox/faults": Route(
        ADMIN,
        {
            "GET": lambda req: Reply.of_json(200, {"faults": [f.to_json() for f in req.faults.pending()]}),
            "POST": lambda req: _add_fault(req),
        },
    ),
    "/_sandbox/reset": Route(ADMIN, {"POST": lambda req: Reply.of_json(200, reset_state(req.state))}),
    "/_sandbox/faults/clear": Route(
        ADMIN, {"POST": lambda req: Reply.of_json(200, {"success": True, "cleared": req.faults.clear()})}
    ),
}


def _add_fault(req: Request) -> Reply:
    try:
        fault = req.faults.add_json(req.json())
    except ValueError as exc:
        raise ApiFailure(400, "VALIDATION_ERROR", f"The fault was not added: {exc}.") from None
    return Reply.of_json(201, {"success": True, "fault": fault.to_json()})


def _task_routes(task_id: str, result: bool) -> Route:
    if result:

        def download(req: Request) -> Reply:
            return Reply(200, reports.task_result(req.state, task_id), XLSX_TYPE, {
                "Content-Disposition": f'attachment; filename="transactions-{task_id}.xlsx"'
            })  # fmt: skip

        return Route(API, {"GET": download})
    return Route(API, {"GET": lambda req: Reply.of_json(200, reports.task_status(req.state, task_id))})


def _page_routes(prefix: str, key: str) -> Route:
    if prefix == "/pay/":
        return Route(
            PAGE,
            {
                "GET": lambda req: pages.pay_page(req.state, key, req.query),
                "POST": lambda req: pages.pay_submit(req.state, key, req.form()),
            },
        )
    return Route(
        PAGE,
        {
            "GET": lambda req: pages.challenge_page(req.state, key),
            "POST": lambda req: pages.challenge_submit(req.state, key, req.form()),
        },
    )


def find_route(path: str) -> Route | None:
    """The route for a request path (query string already removed), or None for an unknown path."""
    if path in _FIXED:
        return _FIXED[path]
    task_prefix = REPORTS_PREFIX + "/task/"
    if path.startswith(task_prefix):
        rest = path[len(task_prefix) :]
        task_id, _, tail = rest.partition("/")
        if task_id and tail in ("", "result") and (tail or not rest.endswith("/")):
            return _task_routes(unquote(task_id), tail == "result")
        return None
    for prefix in ("/pay/", "/challenge/"):
        key = path[len(prefix) :]
        if path.startswith(prefix) and key and "/" not in key:
            return _page_routes(prefix, unquote(key))
    return None
