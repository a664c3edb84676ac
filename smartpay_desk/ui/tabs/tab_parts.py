"""Small pieces shared by the money-moving tabs: the profile's currency and environment in words, money in
words, the scroll areas around a form column and a column of facts, the "last operation" result box and the
journal state to show for an answer.

Words: a result panel's badge says what became of *our* operation, in the journal's words ("Succeeded",
"Failed", "Outcome unknown: checking"…), everywhere. The gateway's own status words ("Success",
"Processing", "Failed") are kept for what is read from the gateway about an existing order (Lookup, the
"Payment status" of the order being refunded or charged again), always under a caption saying so.
The sentence about the outcome is said once, next to the button that sent it; the panel holds the facts.

Receipts: a ResultBox offers "Receipt…" (ui/receipts/offer.py) while its badge shows a succeeded refund, payout,
repeat charge or capture. It learns which journal entry it shows from the tab it was built for (`parent`): the
tab's `result` (an OperationResult: entry_id, kind), read whenever the badge changes, so the tabs need no extra
call; `offer_receipt(entry_id, kind, state)` says it outright for a panel whose owner keeps no `result`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QWidget

from ...api.status import Status
from ...services.journal.states import State
from ..i18n import money as locale_money
from ..i18n import say, tr
from ..receipts.offer import ReceiptOffer
from ..theme import set_tone
from ..widgets.copy_label import CopyLabel
from ..widgets.follower import status_of
from ..widgets.panels import KeyValueGrid, ResultPanel
from ..widgets.status_badge import StatusBadge, state_label
from ..window_words import environment_name


def currency(ctx: Any) -> str:
    return str(getattr(ctx.profile, "currency", "") or "EUR")


def environment(ctx: Any) -> str:
    env = getattr(ctx.profile, "environment", None)
    return environment_name(env) if env else tr("unknown")


def money(ctx: Any, minor: int) -> str:
    """An amount in the profile's currency, as the desk's locale writes it."""
    try:
        return locale_money(minor, currency(ctx))
    except ValueError:
        return tr("{minor} minor units").format(minor=minor)


def form_scroll(content: QWidget, parent: QWidget) -> QScrollArea:
    """A frameless scroll area around a tab's form column, left out of the focus chain (Tab goes from the
    last field to the button under it)."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(content)
    return scroll


class ColumnScroll(QScrollArea):
    """A frameless scroll area that scrolls up and down only. It asks for its content's least width (a splitter
    makes room for it), so a column of words is never cut on the right; on a short screen it scrolls rather
    than squash the content's rows."""

    def __init__(self, content: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        content.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        return QSize(content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width(), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content's least width may have changed: the splitter asks again
        return super().eventFilter(watched, event)


class _Badge(StatusBadge):
    """The box's state badge: tells the box each state it shows (for its receipt and its description)."""

    def __init__(self, box: ResultBox) -> None:
        super().__init__(box)
        self._box = box

    def set_state(self, state: str, kind: str | None = None) -> None:
        super().set_state(state, kind)
        self._box._state_shown(state)

    def set_text_colour(self, words: str, tone: str) -> None:
        super().set_text_colour(words, tone)
        self._box._state_shown(None)

    def clear_status(self) -> None:
        super().clear_status()
        box = getattr(self, "_box", None)  # StatusBadge's own __init__ clears it before the box is known
        if box is not None:
            box._state_shown(None)


class ResultBox(ResultPanel):
    """Title and state badge; an id with Copy; a grid of facts; the journal's words (its audit line); and, for a
    succeeded refund, payout, repeat charge or capture, "Receipt…".

    Hidden until `show()`n: a result stays on screen until the next one replaces it.
    """

    def __init__(self, parent: QWidget, title: str, id_caption: str, rows: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.state: str | None = None  # the journal state the badge shows (None: other words, or none)
        self.result_source: Callable[[], object] = lambda: getattr(parent, "result", None)
        self.setAccessibleName(title)
        header = QHBoxLayout()
        caption = QLabel(title, self)
        caption.setObjectName("resultTitle")
        self.badge: StatusBadge = _Badge(self)
        header.addWidget(caption, 1)
        header.addWidget(self.badge)
        self.body.addLayout(header)
        id_row = QHBoxLayout()
        id_name = QLabel(id_caption, self)
        set_tone(id_name, "muted")
        self.copy = CopyLabel("", self, what=id_caption.lower())
        id_row.addWidget(id_name)
        id_row.addWidget(self.copy, 1)
        self.body.addLayout(id_row)
        self.grid = KeyValueGrid(rows, self, columns=1)
        self.body.addWidget(self.grid)
        self.note = QLabel("", self)
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.note)
        self.receipt = ReceiptOffer(self)
        self.body.addWidget(self.receipt)
        self.hide()

    def start(self, id_text: str | None, note: str) -> None:
        """A new result: its id, the journal's sentence; the grid cleared (and no receipt until its state shows)."""
        self.show()
        self.copy.set_text(id_text or "")
        self.grid.clear_values()
        self.note.setText(say(note))  # the core's sentence (api/said.py), in the desk's language
        self.state = None
        self.receipt.offer(None, None, None)
        self._describe()

    def offer_receipt(self, entry_id: int | None, kind: str | None, state: str | None) -> None:
        """Offer the receipt of this journal entry (when it is a succeeded refund, payout, charge or capture)."""
        self.receipt.offer(entry_id, kind, state)

    def _state_shown(self, state: str | None) -> None:
        self.state = state
        result = self.result_source()
        self.receipt.offer(getattr(result, "entry_id", None), getattr(result, "kind", None), state)
        self._describe()

    def _describe(self) -> None:
        """What a screen reader says of the panel: its state in words, then the journal's sentence."""
        said = state_label(self.state) if self.state else self.badge.text()
        self.badge.setAccessibleDescription(said)
        self.setAccessibleDescription(" ".join(part for part in (said + "." if said else "", self.note.text()) if part))


def outcome_state(result: object) -> State:
    """The journal state to show for an OperationResult: its own, or the gateway's final status in
    journal words when the journal has not caught up yet (a /check answered success or fail)."""
    try:
        state = State(str(getattr(result, "state", "") or "unknown"))
    except ValueError:
        state = State.UNKNOWN
    if state.is_final or state == State.NEEDS_REVIEW:
        return state
    status = Status.of(status_of(result))
    if status is Status.SUCCESS:
        return State.SUCCEEDED
    if status is Status.FAIL:
        return State.FAILED
    return state
