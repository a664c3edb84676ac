"""The words the money services say about money, statuses and moments: one place, so the desk, the CLI and
the journal's notes say "12.50 EUR", "succeeded" and "4 minutes ago (2025-06-01 12:00 UTC)" the same way."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ...api.money import format_plain
from ...api.status import Status

if TYPE_CHECKING:
    from ...api.models import TransactionInfo


def money(amount: int, currency: str) -> str:
    """12.50 EUR (the same words in the desk, the CLI and the journal's notes)."""
    try:
        return f"{format_plain(amount, currency)} {currency}"
    except ValueError:
        return f"{amount} minor units of {currency}"


def status_phrase(status: int | None) -> str:
    """What a payment did, to end a sentence: 'succeeded', 'failed', 'is still processing'…"""
    known = Status.of(status)
    if known is Status.SUCCESS:
        return "succeeded"
    if known is Status.FAIL:
        return "failed"
    if known is Status.PROCESSING:
        return "is still processing"
    return f"has status {Status.label(status)}"


def what_it_is(info: TransactionInfo) -> str:
    """'captured', 'a completed payment', … for a sentence saying why an order cannot be captured."""
    if info.authorize_status:
        return str(info.authorize_status).lower()
    known = Status.of(info.status)
    if known is Status.SUCCESS:
        return "a completed payment"
    if known is Status.FAIL:
        return "a failed payment"
    if known is Status.PROCESSING:
        return "still processing"
    return f"in status {Status.label(info.status)}"


def moment(iso: str, now: datetime | None = None) -> str:
    """A journal time (ISO 8601, UTC) as '4 minutes ago (2025-06-01 12:00:03 UTC)'; the text itself if it
    is not a time."""
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    seconds = max(0, int(((now or datetime.now(UTC)) - when).total_seconds()))
    if seconds < 60:
        ago = "just now" if seconds < 5 else f"{seconds} seconds ago"
    elif seconds < 3600:
        minutes = seconds // 60
        ago = f"{minutes} minute{'s' if minutes != 1 else ''} ago"
    elif seconds < 2 * 86400:
        hours = seconds // 3600
        ago = f"{hours} hour{'s' if hours != 1 else ''} ago"
    else:
        ago = f"{seconds // 86400} days ago"
    return f"{ago} ({when.astimezone(UTC):%Y-%m-%d %H:%M:%S} UTC)"
