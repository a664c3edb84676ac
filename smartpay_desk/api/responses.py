"""Typed responses of every SmartPayments endpoint.

Built with `from_payload()`, which never fails on an unknown extra field: it keeps it in `extra`. A status the
documentation does not list is kept as it came and shows as "unknown (N)". Amounts are integers of minor units.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from .status import status_label


class _Response:
    """Mixin: build from a JSON object, keeping unknown fields in `extra`."""

    _renames: ClassVar[dict[str, str]] = {}

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> Self:
        names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        kwargs: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in data.items():
            attr = cls._renames.get(key, key)
            if attr in names and attr != "extra":
                kwargs[attr] = value
            else:
                extra[key] = value
        obj = cls(**kwargs)
        obj.extra = extra  # type: ignore[attr-defined]
        obj._coerce()
        return obj

    def _coerce(self) -> None:
        """Subclasses turn nested dicts into typed objects; a wrong type raises TypeError/ValueError."""


# ---------------------------------------------------------------- responses


@dataclass
class CardInfo(_Response):
    number: str | None = None  # already masked by the gateway: "401200******3010"
    bin: str | None = None
    country: str | None = None
    iso: str | None = None
    type: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class CascadeError(_Response):
    gatePriority: int | None = None
    errorCategory: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class PaymentResult(_Response):
    """Answer of initPayment, initPaymentHost2Host and authorize."""

    order_id: str | None = None
    status: int | None = None
    form_url: str | None = None
    responseType: str | None = None
    description: str | None = None
    stage: str | None = None
    endDate: str | None = None
    threeDSMethodData: Any = None
    err: str | None = None
    msg: str | None = None
    paReq: str | None = None
    creq: str | None = None
    md: str | None = None
    termUrl: str | None = None
    acsurl: str | None = None
    ACSUrl: str | None = None
    MD: str | None = None
    TermUrl: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def status_text(self) -> str:
        return status_label(self.status)


@dataclass
class TransactionInfo(_Response):
    """Answer of /check, /capture and /cancel."""

    order_id: str | None = None
    status: int | None = None
    amount: int | None = None
    card: CardInfo | None = None
    errorMessage: str | None = None
    cascadeErrors: list[CascadeError] | None = None
    endDate: str | None = None
    authorize_status: Any = None
    type: str | None = None
    firstName: str | None = None
    lastName: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def _coerce(self) -> None:
        if isinstance(self.card, dict):
            self.card = CardInfo.from_payload(self.card)
        elif self.card is not None and not isinstance(self.card, CardInfo):
            raise TypeError("card is not an object")
        if self.cascadeErrors is not None:
            if not isinstance(self.cascadeErrors, list):
                raise TypeError("cascadeErrors is not a list")
            self.cascadeErrors = [
                CascadeError.from_payload(e) if isinstance(e, dict) else CascadeError(errorCategory=str(e))
                for e in self.cascadeErrors
            ]
        if self.amount is not None and (isinstance(self.amount, bool) or not isinstance(self.amount, int)):
            raise TypeError("amount is not an integer")

    @property
    def status_text(self) -> str:
        return status_label(self.status)


@dataclass
class RefundResult(_Response):
    success: bool | None = None
    message: str | None = None
    refund_id: str | None = None
    parentTransaction: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class RecurrentResult(_Response):
    success: bool | None = None
    message: str | None = None
    payment_id: str | None = None
    err: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class WithdrawalResult(_Response):
    order_id: str | None = None
    status: int | None = None
    card: CardInfo | None = None
    err: str | None = None
    msg: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def _coerce(self) -> None:
        if isinstance(self.card, dict):
            self.card = CardInfo.from_payload(self.card)

    @property
    def status_text(self) -> str:
        return status_label(self.status)


@dataclass
class Balance(_Response):
    balance: int = 0
    holdBalance: int = 0
    rollingBalance: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def _coerce(self) -> None:
        for name in ("balance", "holdBalance", "rollingBalance"):
            value = getattr(self, name)
            if value is None:
                setattr(self, name, 0)
            elif isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"{name} is not an integer")

    @property
    def available(self) -> int:
        """What a payout may use. The doc calls this endpoint "available withdrawal balance", so `balance`
        is taken as already net of hold and rolling reserve (those are shown, not subtracted again)."""
        return self.balance


@dataclass
class ReportTask(_Response):
    id: str | None = None
    status: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def status_text(self) -> str:
        return status_label(self.status)
