"""One HTTP answer, built by the rules and pages and written (or sabotaged by a fault) by the server."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

JSON_TYPE = "application/json"
HTML_TYPE = "text/html; charset=utf-8"


@dataclass
class Reply:
    status: int
    body: bytes
    content_type: str
    headers: dict[str, str] = field(default_factory=dict)
    data: dict[str, Any] | None = None  # the JSON object behind `body`, when it is JSON

    @classmethod
    def of_json(cls, status: int, data: dict[str, Any], headers: dict[str, str] | None = None) -> Reply:
        # backslashreplace: a lone surrogate (never let in, but never a crash either) goes out as its \\uXXXX escape
        body = json.dumps(data, ensure_ascii=False, allow_nan=False).encode("utf-8", "backslashreplace")
        return cls(status, body, JSON_TYPE, dict(headers or {}), data)

    @classmethod
    def html(cls, status: int, text: str) -> Reply:
        return cls(status, text.encode(), HTML_TYPE)

    def with_status_field(self, value: int) -> Reply:
        """The same JSON answer with "status" replaced (or added): the unknown_status fault."""
        if self.data is None:
            return self
        return Reply.of_json(self.status, {**self.data, "status": value}, self.headers)
