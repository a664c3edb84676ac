"""A payout destination's fingerprint: how the desk tells "the same card (phone, account) again" without keeping
the number.

Why not the masked destination the journal already keeps: a card is kept as its first six and last four digits,
and two cards can share both; comparing those alone would call two different cards the same (it is what the desk
falls back on, saying that it cannot tell, for entries written without a fingerprint). Why not a plain hash of
the number: with its first six and last four known, the few million numbers left are hashed in a second, so a
plain hash would give the number away. So the fingerprint is an HMAC-SHA256 of the normalised destination under
a key derived from the profile's secret (`key_from_secret`; the secret and the key are never written anywhere):
the same destination under the same merchant credentials gives the same fingerprint on every desk and in the
CLI, and without the secret it tells nothing. (A new secret starts new fingerprints: a payout made under the
old one is then compared by its masked destination.)

It is written into the intent's journalled request under `FIELD`, in letters only, so that nothing reads it as
a card number (the journal masks digit runs that pass Luhn).
"""

from __future__ import annotations

import hashlib
import hmac

from ...api.models import WithdrawalRequest

FIELD = "desk_destination_fingerprint"
_LABEL = b"smartpay-desk payout destination fingerprint v1"
_LETTERS = str.maketrans("0123456789", "ghijklmnop")


def key_from_secret(secret: str) -> bytes:
    """The fingerprint key of a profile: derived from its secret, so every desk of the merchant has it."""
    return hmac.new(secret.encode("utf-8"), _LABEL, hashlib.sha256).digest()


def normalised(req: WithdrawalRequest) -> str | None:
    """The destination the gateway pays to, written one way: 'card:4012…', 'account:DE89…', 'phone:+44…'."""
    if req.customer_card_number:
        return "card:" + "".join(ch for ch in req.customer_card_number if ch.isdigit())
    if req.account_withdrawal:
        return "account:" + "".join(ch for ch in req.account_withdrawal.upper() if ch.isalnum())
    if req.customer_phone:
        return "phone:+" + "".join(ch for ch in req.customer_phone if ch.isdigit())
    return None


def fingerprint(key: bytes | None, req: WithdrawalRequest) -> str | None:
    """'fp-' and 32 letters; None without a key or a destination."""
    text = normalised(req)
    if not key or text is None:
        return None
    digest = hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()[:32]
    return "fp-" + digest.translate(_LETTERS)


def same_masked(a: str | None, b: str | None) -> bool:
    """Do two destinations as the journal keeps them ('card 401200******3010', 'phone +44…') read the same?"""
    if not a or not b:
        return False
    return "".join(a.split()).casefold() == "".join(b.split()).casefold()
