"""Card numbers in text: find and mask every run of digits that could be one.

What counts as a card number in text: 13 to 19 digits, optionally split by single spaces or dashes, that pass
the Luhn check. Such a run becomes BIN + last four (401200******3010). A long number that is not a card (a
13-digit timestamp, say) is masked too when its checksum happens to pass: losing a number is better than
keeping a card. Used by scrub.py (masking) and validation.py (refusing a card number where none belongs).
"""

from __future__ import annotations

import itertools
import re


def mask_pan(number: str | None) -> str | None:
    """BIN (first six) + last four, the rest starred: the most of a card number we ever keep."""
    if not number:
        return number
    digits = "".join(ch for ch in number if ch.isdigit())
    if len(digits) < 12:
        return "*" * len(digits)
    return digits[:6] + "*" * (len(digits) - 10) + digits[-4:]


_LONG_RUN = re.compile(r"[0-9](?:[ -]?[0-9]){12}")  # 13 digits at least: a fast test first
_EDGE_BEFORE, _EDGE_AFTER = "(?<![0-9A-Za-z])", "(?![0-9A-Za-z])"
_TYPED_CARDS = tuple(
    re.compile(_EDGE_BEFORE + form + _EDGE_AFTER)
    for form in (
        "[0-9]{13,19}",  # whole
        "[0-9]{4}([ -])[0-9]{4}\\1[0-9]{4}\\1[0-9]{4}",  # 4 4 4 4
        "[0-9]{4}([ -])[0-9]{4}\\1[0-9]{4}\\1[0-9]{4}\\1[0-9]{1,3}",  # 4 4 4 4 1–3
        "[0-9]{4}([ -])[0-9]{6}\\1[0-9]{4,5}",  # 4 6 5 (American Express), 4 6 4 (Diners)
    )
)
_DIGIT_RUN = re.compile(r"[0-9]+(?:[ -][0-9]+)*")
_CHUNK = re.compile(r"[0-9]+")
_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)  # Luhn: a doubled digit's contribution


def luhn_ok(number: str) -> bool:
    """The Luhn checksum of a digit string (False for anything that is not one)."""
    if not isinstance(number, str) or not number.isascii() or not number.isdigit() or len(number) < 2:
        return False
    total = 0
    for i, ch in enumerate(reversed(number)):
        digit = int(ch)
        if i % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


# A UUID (8-4-4-4-12 hex), such as the gateway's refund and payment ids: its digit groups can pass Luhn across
# the dashes ("…-4029-8802-00000002af3f"), and masking them would change an id the journal must keep whole. A card
# number is never written in that shape, so a UUID is left as it is and only the text around it is looked at.
_UUID = re.compile(r"(?<![0-9A-Za-z-])[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}(?![0-9A-Za-z-])")


def mask_cards(text: str) -> str:
    """Mask card numbers until none is left: a mask's own BIN or last four digits, next to other digits,
    can form a new Luhn-valid run, and that is masked too (so masking twice changes nothing). UUIDs are kept."""
    if not _LONG_RUN.search(text):
        return text
    if "-" in text and _UUID.search(text):
        pieces, pos = [], 0
        for uuid in _UUID.finditer(text):
            pieces += [_mask_all(text[pos : uuid.start()]), uuid.group()]
            pos = uuid.end()
        return "".join([*pieces, _mask_all(text[pos:])])
    return _mask_all(text)


def _mask_all(text: str) -> str:
    while True:
        masked = _mask_pass(text)
        if masked == text:
            return text
        text = masked


def has_card_number(text: str) -> bool:
    """Does `text` hold a run of 13–19 digits (single spaces or dashes between groups) that passes Luhn?
    (What mask_cards would mask: broad on purpose; a UUID's digits are not a card number.)"""
    return isinstance(text, str) and _LONG_RUN.search(text) is not None and mask_cards(text) != text


def looks_like_card(text: str) -> bool:
    """Does `text` hold a card number as a person types or pastes one: 13–19 digits passing Luhn, written
    whole or in the usual groups (4 4 4 4 [1–3], 4 6 5, 4 6 4; one kind of separator, a space or a dash), with
    no letter or digit glued to either end? Narrower than has_card_number, so that an identifier the desk
    makes ("rec-20261124-123456", "po-3f20…" hex) is not taken for one."""
    if not isinstance(text, str) or _LONG_RUN.search(text) is None:
        return False
    found = (m.group() for pattern in _TYPED_CARDS for m in pattern.finditer(text))
    return any(luhn_ok(number.replace(" ", "").replace("-", "")) for number in found)


def _mask_pass(text: str) -> str:
    """Mask every span of digit chunks (13–19 digits in all) that passes Luhn, longest span first.

    Luhn sums come from two prefix sums over the run's digits (one per parity of the last digit), so each
    candidate span costs O(1) even in a long run of short chunks."""
    pieces: list[str] = []
    pos = 0
    for run in _DIGIT_RUN.finditer(text):
        digits = run.group().replace(" ", "").replace("-", "")
        if len(digits) < 13:
            continue
        chunks = [(m.start() + run.start(), m.end() + run.start()) for m in _CHUNK.finditer(run.group())]
        ends = list(itertools.accumulate(end - start for start, end in chunks))
        starts = [0, *ends[:-1]]
        sums: tuple[list[int], list[int]] = ([0], [0])  # sums[p][k]: digits before k, plain where k % 2 == p
        for k, ch in enumerate(digits):
            d = ord(ch) - 48
            sums[0].append(sums[0][-1] + (d if k % 2 == 0 else _DOUBLED[d]))
            sums[1].append(sums[1][-1] + (_DOUBLED[d] if k % 2 == 0 else d))
        i = 0
        while i < len(chunks):
            best = -1
            for j in range(i, len(chunks)):
                length = ends[j] - starts[i]
                if length > 19:
                    break
                parity = (ends[j] - 1) % 2  # the last digit is never doubled
                if length >= 13 and (sums[parity][ends[j]] - sums[parity][starts[i]]) % 10 == 0:
                    best = j
            if best < 0:
                i += 1
                continue
            pieces.append(text[pos : chunks[i][0]])
            pieces.append(mask_pan(digits[starts[i] : ends[best]]) or "")
            pos = chunks[best][1]
            i = best + 1
    pieces.append(text[pos:])
    return "".join(pieces)
