"""Values as they go to and come from the team journal's server (its times, its JSON)."""

from __future__ import annotations

from datetime import datetime
from typing import Any


def iso(value: Any) -> str:
    """A server time as the journal's text (ISO 8601, microseconds)."""
    return value.isoformat(timespec="microseconds") if isinstance(value, datetime) else str(value)


def jsonb(obj: dict[str, Any] | None) -> Any:
    """A payload as the server's jsonb (None stays NULL)."""
    from psycopg.types.json import Jsonb

    return None if obj is None else Jsonb(obj)
