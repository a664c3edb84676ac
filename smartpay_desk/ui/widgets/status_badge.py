"""A coloured pill with words for a gateway status (api.status.Status, or anything else) or a journal state
(services.journal.states.State). Both enums are import-free modules: cheap on the first screen's path.

A badge's colours come from the style sheet (QLabel#statusBadge[badgeColour=…], resources/style.qss) in the look
in force, so a switch to dark or high contrast repaints every badge by itself. What is painted rather than styled
(the pills of the tables, widgets/rows.py) asks `tone_colours(name)` at paint time. GREEN, AMBER… are the light
look's colours, kept for what still reads them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ...api.status import Status
from ...services.journal.states import Kind, State
from ..i18n import tr
from ..theme import repolish
from ..theme_tokens import LIGHT, TOKENS
from .keys import describe

COLOURS = ("green", "amber", "red", "grey", "blue")


def _light(name: str) -> tuple[str, str, str]:
    return (LIGHT[f"badge-{name}-bg"], LIGHT[f"badge-{name}-fg"], LIGHT[f"badge-{name}-border"])


GREEN = _light("green")
AMBER = _light("amber")
RED = _light("red")
GREY = _light("grey")
BLUE = _light("blue")

# Gateway status → (colour, tone).
_STATUS = {
    Status.SUCCESS: ("green", "success"),
    Status.PROCESSING: ("amber", "processing"),
    Status.FAIL: ("red", "fail"),
}

# Journal state → (colour, tone); keyed by str too, as a StrEnum member is its string.
_STATES: dict[str, tuple[str, str]] = {
    State.PENDING: ("grey", "unknown"),
    State.SENT: ("blue", "processing"),
    State.SUCCEEDED: ("green", "success"),
    State.FAILED: ("red", "fail"),
    State.PROCESSING: ("amber", "processing"),
    State.UNKNOWN: ("amber", "processing"),
    State.NEEDS_REVIEW: ("red", "fail"),
}
_TONE_COLOURS = {"success": "green", "processing": "amber", "fail": "red", "info": "blue"}
# A payment link still processing is waiting for its customer (the Payments tab says the same).
WAITING_FOR_CUSTOMER = "Waiting for the customer to pay"
_KIND_STATES: dict[tuple[str, str], str] = {(Kind.PAYMENT_LINK, State.PROCESSING): WAITING_FOR_CUSTOMER}


def tone_colours(name: str, look: str | None = None) -> tuple[str, str, str]:
    """(background, text, border) of a badge colour ("green", "amber", "red", "grey", "blue"; another: grey) in
    `look` (default: the look in force). rows.py's pills call it when they paint."""
    if look is None:
        from ..theme import look as current_look

        look = current_look()
    table = TOKENS.get(look, LIGHT)
    name = name if name in COLOURS else "grey"
    return (table[f"badge-{name}-bg"], table[f"badge-{name}-fg"], table[f"badge-{name}-border"])


def state_colours(state: str, look: str | None = None) -> tuple[str, str, str]:
    """The pill's (background, text, border) of a journal state, in `look` (default: the look in force)."""
    return tone_colours(_STATES.get(state, ("grey", "unknown"))[0], look)


def _state_words() -> dict[str, str]:
    """Each state's words in the desk's language (built when asked: tr() before the catalogue is loaded would
    be English for good)."""
    return {
        State.PENDING: tr("Written, not yet sent"),
        State.SENT: tr("Sent, waiting"),
        State.SUCCEEDED: tr("Succeeded"),
        State.FAILED: tr("Failed"),
        State.PROCESSING: tr("Processing"),
        State.UNKNOWN: tr("Outcome unknown: checking"),
        State.NEEDS_REVIEW: tr("Needs review"),
    }


def _special_words(words: str) -> str:
    return tr("Waiting for the customer to pay") if words == WAITING_FOR_CUSTOMER else words


def state_label(state: str, kind: str | None = None) -> str:
    """Short words for a journal state, as on every badge and pill; `kind` refines a few."""
    special = _KIND_STATES.get((kind or "", state))
    if special:
        return _special_words(special)
    words = _state_words()
    return words[state] if state in words else (state.replace("_", " ").capitalize() or tr("Unknown"))


def all_state_labels() -> list[str]:
    """Every word state_label can give for a known state (to size a column once)."""
    return list(_state_words().values()) + [_special_words(words) for words in _KIND_STATES.values()]


def status_words(status: int | None) -> str:
    """Words for a gateway status: "Success", "Processing", "Failed", or "Unknown (N)"."""
    known = Status.of(status)
    if known == Status.SUCCESS:
        return tr("Success")
    if known == Status.PROCESSING:
        return tr("Processing")
    if known == Status.FAIL:
        return tr("Failed")
    return tr("Not known yet") if status is None else tr("Unknown ({status})").format(status=status)


class StatusBadge(QLabel):
    """`kind` is the tone shown: "success", "processing", "fail", "unknown", "info" or "none" (hidden)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBadge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.kind = "none"
        self.colour = "grey"
        self.clear_status()

    def set_status(self, status: int | None) -> None:
        """A gateway status: 2 success (green), 1 processing (amber), -1 failed (red), other grey."""
        known = Status.of(status)
        colour, tone = _STATUS[known] if known is not None else ("grey", "unknown")
        self.kind = tone
        self._paint(status_words(status), colour)

    def set_state(self, state: str, kind: str | None = None) -> None:
        """A journal state (pending, sent, succeeded, failed, processing, unknown, needs_review);
        `kind` (an operation kind) refines the words, e.g. a payment link waiting for its customer."""
        colour, tone = _STATES.get(state, ("grey", "unknown"))
        self.kind = tone
        self._paint(state_label(state, kind), colour)

    def set_text_colour(self, words: str, tone: str) -> None:
        """Free words with a tone: "success", "processing", "fail" or anything else (grey)."""
        self.kind = tone
        self._paint(words, _TONE_COLOURS.get(tone, "grey"))

    def clear_status(self) -> None:
        self.kind = "none"
        self.setText("")
        self.setAccessibleDescription("")
        self.hide()

    def _paint(self, words: str, colour: str) -> None:
        self.setText(words)
        said = tr("Status: {words}").format(words=words)
        self.setToolTip(said)
        if colour != self.property("badgeColour"):  # the style sheet's colours for it, polished again
            self.colour = colour
            self.setProperty("badgeColour", colour)
            repolish(self)
        self.adjustSize()
        self.show()
        describe(self, said)
