"""A quick yes for a batch row that api.validation.validate_withdrawal would pass: the check's fast path.

validate_withdrawal is the judge of every payout (the form's sentences are its sentences), but it costs about
20 µs a request, and 180 µs for a payout to a phone (its number is parsed twice by phonenumbers): most of a
10,000-row check. A batch's rows share most of their values (the account, the purpose, the names, the
expiry…), so `Plain.valid(req)` asks the same field checks validate_withdrawal asks (api.validation's and
api.checks' public ones: check_order_id, check_card_number, expiry_problem, check_phone, check_text,
check_words, check_amount), each value once, and says True only when every one of them passes for a request
shaped as a batch builds it (any other field set: False). Anything else, and every row with a problem, goes
to validate_withdrawal itself, which says what is wrong: this module never writes a sentence.

tests/unit/services/batch/test_check.py holds it to that: for any batch row, valid(req) ⇒
validate_withdrawal(req) == {}.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from ...api import validation as v
from ...api.checks import expiry_problem
from ...api.models import WithdrawalRequest

# validate_withdrawal's words for the texts a batch fills in: purpose, first name, last name (what, where)
_WORDS = (("description", "a description"), ("first name", "a name"), ("last name", "a name"))
_NONE = (None,) * 8
_SURROGATE = re.compile("[\ud800-\udfff]")  # a character that cannot be sent (validation._sendable)


class Plain:
    """Remembers each value's verdict for one check (today fixed)."""

    def __init__(self, today: dt.date | None = None) -> None:
        self.today = today or dt.date.today()
        self._seen: dict[tuple[Any, ...], bool] = {}

    def _ok(self, check: Callable[..., str | None], *args: Any) -> bool:
        """check(*args) finds nothing (asked once per distinct arguments)."""
        key = (check, *args)
        known = self._seen.get(key)
        if known is None:
            known = self._seen[key] = check(*args) is None
        return known

    def valid(self, req: WithdrawalRequest) -> bool:
        """True only if validate_withdrawal(req, today) finds nothing (False: ask it)."""
        if (
            req.customer_middle_name,
            req.customer_birthdate,
            req.customer_zip_code,
            req.callback_url,
            req.merchant_site,
            req.account_withdrawal_iin,
            req.provider_id,
            req.customer_ip_address,
        ) != _NONE:
            return False  # fmt: skip
        card, phone, bank = req.customer_card_number, req.customer_phone, req.account_withdrawal
        method = req.payment_method
        if (card is not None) + (method is not None) + (bank is not None) != 1:
            return False
        month, year, holder = req.customer_card_exp_month, req.customer_card_exp_year, req.account_withdrawal_holder
        if (card is None and (month is not None or year is not None)) or (bank is None and holder is not None):
            return False  # fields of another destination: only validate_withdrawal knows what it makes of them
        if not self._ok(v.check_text, req.account, "payout account") or v.check_amount(req.amount) is not None:
            return False
        if v.check_order_id(req.order_id) is not None:
            return False
        texts = [req.account, req.order_id]
        if card is not None:
            texts += [card, month or "", year or ""]
            if phone is not None or not card.strip() or v.check_card_number(card) is not None:
                return False
            if (month is not None or year is not None) and not self._ok(_expiry, month, year, self.today):
                return False
        elif bank is not None:
            texts += [bank, holder or ""]
            if phone is not None or v.check_text(bank, "payout account number", 64) is not None:
                return False
            if not self._ok(v.check_words, holder, "account holder", "a name"):
                return False
        else:
            texts += [method or "", phone or ""]
            if method != "phone" or not phone or not self._ok(v.check_phone, phone):
                return False
        for value, (what, where) in zip((req.purpose, req.customer_first_name, req.customer_last_name), _WORDS,
                                        strict=True):  # fmt: skip
            if value is not None:
                texts.append(value)
                if not self._ok(v.check_words, value, what, where):
                    return False
        return _SURROGATE.search("".join(texts)) is None


def _expiry(month: str | None, year: str | None, today: dt.date) -> str | None:
    problem = expiry_problem(month, year, today)
    return problem[1] if problem else None
