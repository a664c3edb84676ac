"""Words the journal's sentences share: a kind and a state by the journal's own names ("payment h2h",
"needs_review"), and sentences joined without losing what the desk says again (api/said.py).

    said("The {kind} of order {order_id} …", kind=kind_name(entry.kind), …)
    joined([first, second], "; ")        # the English is "; ".join(…); each part is said again by the desk
    continued(problem)                   # 'The refund …' as 'the refund …' after a colon (English only)

No imports beyond api/said.py: a screen can hold these without loading the journal.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...api.said import Said, said

KIND_NAMES = {
    "payment_link": said("payment link"), "payment_h2h": said("payment h2h"), "authorize": said("authorize"),
    "capture": said("capture"), "cancel": said("cancel"), "refund": said("refund"), "recurrent": said("recurrent"),
    "withdrawal": said("withdrawal"),
}  # fmt: skip
STATE_NAMES = {
    "pending": said("pending"), "sent": said("sent"), "succeeded": said("succeeded"), "failed": said("failed"),
    "processing": said("processing"), "unknown": said("unknown"), "needs_review": said("needs_review"),
}  # fmt: skip


def kind_name(kind: str) -> str:
    """'payment h2h', 'refund': an entry's kind as the journal's sentences name it."""
    return KIND_NAMES.get(kind, kind.replace("_", " "))


def state_name(state: str) -> str:
    """'succeeded', 'needs_review': an entry's state as the journal's sentences name it."""
    return STATE_NAMES.get(state, state)


def state_words(state: str) -> str:
    """'needs review', 'succeeded': an entry's state with its underscores as spaces."""
    return said("needs review") if state == "needs_review" else STATE_NAMES.get(state, state.replace("_", " "))


def joined(parts: Sequence[str], separator: str = " ") -> str:
    """`separator`.join(parts) (", ", "; " or " "), each part kept for the desk to say again."""
    if not parts:
        return ""
    out = parts[0]
    for part in parts[1:]:
        if separator == ", ":
            out = said("{first}, {then}", first=out, then=part)
        elif separator == "; ":
            out = said("{first}; {then}", first=out, then=part)
        elif separator == " ":
            out = said("{first} {then}", first=out, then=part)
        else:
            raise ValueError(f"no template joins with {separator!r}")
    return out


def continued(sentence: str) -> str:
    """A sentence continued after a colon, its last full stop left out: 'The refund … changed.' → 'the refund
    … changed' in English; the desk says the sentence itself again (its own language's capitals)."""
    english = _continued(sentence)
    if isinstance(sentence, Said) and english != sentence:
        return _Continued(sentence)
    return sentence if isinstance(sentence, Said) else english


def _continued(sentence: str) -> str:
    lowered = sentence[:1].lower() + sentence[1:] if sentence[:4] in ("The ", "Ever", "Even", "Hist") else sentence
    return lowered.rstrip(".")


class _Continued(Said):
    """English: a sentence continued after a colon; said again: the sentence itself."""

    def __new__(cls, sentence: Said) -> _Continued:
        self = str.__new__(cls, _continued(sentence))
        self.template = "{sentence}"
        self.values = {"sentence": sentence}
        return self

    def __reduce__(self) -> tuple[object, ...]:
        return (_Continued, (self.values["sentence"],))
