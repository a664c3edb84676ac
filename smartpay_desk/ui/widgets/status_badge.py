"""A coloured pill with words for a gateway status (api.status.Status, or anything else) or a journal state
(services.journal.states.State). Both enums are import-free modules: cheap on the first screen's path."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ...api.status import Status
from ...services.journal.states import Kind, State

GREEN = ("#e6f4ea", "#1e6b34", "#a8d5b5")
AMBER = ("#fff4e0", "#8a5300", "#f3cf8f")
RED = ("#fdecea", "#a4231b", "#f1b5ae")
GREY = ("#eef0f2", "#4a4f55", "#cfd4da")
BLUE = ("#e8f0fe", "#1a4fa3", "#b3cbf5")

# Gateway status → (words, colours, tone).
_STATUS = {
    Status.SUCCESS: ("Success", GREEN, "success"),
    Status.PROCESSING: ("Processing", AMBER, "processing"),
    Status.FAIL: ("Failed", RED, "fail"),
}

# Journal state → (words, colours, tone); keyed by str too, as a StrEnum member is its string.
_STATES: dict[str, tuple[str, tuple[str, str, str], str]] = {
    State.PENDING: ("Written, not yet sent", GREY, "unknown"),
    State.SENT: ("Sent, waiting", BLUE, "processing"),
    State.SUCCEEDED: ("Succeeded", GREEN, "success"),
    State.FAILED: ("Failed", RED, "fail"),
    State.PROCESSING: ("Processing", AMBER, "processing"),
    State.UNKNOWN: ("Outcome unknown: checking", AMBER, "processing"),
    State.NEEDS_REVIEW: ("Needs review", RED, "fail"),
}
# A payment link still processing is waiting for its customer (the Payments tab says the same).
WAITING_FOR_CUSTOMER = "Waiting for the customer to pay"
_KIND_STATES: dict[tuple[str, str], str] = {(Kind.PAYMENT_LINK, State.PROCESSING): WAITING_FOR_CUSTOMER}


def state_label(state: str, kind: str | None = None) -> str:
    """Short words for a journal state, as on every badge and pill; `kind` refines a few."""
    special = _KIND_STATES.get((kind or "", state))
    if special:
        return special
    return _STATES[state][0] if state in _STATES else (state.replace("_", " ").capitalize() or "Unknown")


def all_state_labels() -> list[str]:
    """Every word state_label can give for a known state (to size a column once)."""
    return [words for words, _colours, _tone in _STATES.values()] + list(_KIND_STATES.values())


def status_words(status: int | None) -> str:
    """Words for a gateway status: "Success", "Processing", "Failed", or "Unknown (N)"."""
    known = Status.of(status)
    if known is not None:
        return _STATUS[known][0]
    return "Not known yet" if status is None else f"Unknown ({status})"


class StatusBadge(QLabel):
    """`kind` is the tone shown: "success", "processing", "fail", "unknown", "info" or "none" (hidden)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBadge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.kind = "none"
        self.clear_status()

    def set_status(self, status: int | None) -> None:
        """A gateway status: 2 success (green), 1 processing (amber), -1 failed (red), other grey."""
        known = Status.of(status)
        _words, colours, tone = _STATUS[known] if known is not None else ("", GREY, "unknown")
        self.kind = tone
        self._paint(status_words(status), colours)

    def set_state(self, state: str, kind: str | None = None) -> None:
        """A journal state (pending, sent, succeeded, failed, processing, unknown, needs_review);
        `kind` (an operation kind) refines the words, e.g. a payment link waiting for its customer."""
        _words, colours, tone = _STATES.get(state, ("", GREY, "unknown"))
        self.kind = tone
        self._paint(state_label(state, kind), colours)

    def set_text_colour(self, words: str, tone: str) -> None:
        """Free words with a tone: "success", "processing", "fail" or anything else (grey)."""
        colours = {"success": GREEN, "processing": AMBER, "fail": RED, "info": BLUE}.get(tone, GREY)
        self.kind = tone
        self._paint(words, colours)

    def clear_status(self) -> None:
        self.kind = "none"
        self.setText("")
        self.hide()

    def _paint(self, words: str, colours: tuple[str, str, str]) -> None:
        background, foreground, border = colours
        self.setText(words)
        self.setToolTip(f"Status: {words}")
        self.setStyleSheet(
            f"QLabel#statusBadge {{ background: {background}; color: {foreground};"
            f" border: 1px solid {border}; border-radius: 9px; padding: 2px 10px; font-weight: 600; }}"
        )
        self.adjustSize()
        self.show()
