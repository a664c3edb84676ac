"""Small pieces shared by the money-moving tabs: the profile's currency and environment in words, money in
words, the scroll areas around a form column and a column of facts, the "last operation" result box and the
journal state to show for an answer.

Words: a result panel's badge says what became of *our* operation, in the journal's words ("Succeeded",
"Failed", "Outcome unknown: checking"…), everywhere. The gateway's own status words ("Success",
"Processing", "Failed") are kept for what is read from the gateway about an existing order (Lookup, the
"Payment status" of the order being refunded or charged again), always under a caption saying so.
The sentence about the outcome is said once, next to the button that sent it; the panel holds the facts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QWidget

from ...api.money import format_amount
from ...api.status import Status
from ...services.journal.states import State
from ..widgets.copy_label import CopyLabel
from ..widgets.follower import status_of
from ..widgets.panels import KeyValueGrid, ResultPanel
from ..widgets.status_badge import StatusBadge


def currency(ctx: Any) -> str:
    return str(getattr(ctx.profile, "currency", "") or "EUR")


def environment(ctx: Any) -> str:
    env = getattr(ctx.profile, "environment", None)
    return str(getattr(env, "label", env) or "unknown")


def money(ctx: Any, minor: int) -> str:
    try:
        return format_amount(minor, currency(ctx))
    except ValueError:
        return f"{minor} minor units"


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


class ResultBox(ResultPanel):
    """Title and state badge; an id with Copy; a grid of facts; the journal's words (its audit line).

    Hidden until `show()`n: a result stays on screen until the next one replaces it.
    """

    def __init__(self, parent: QWidget, title: str, id_caption: str, rows: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        header = QHBoxLayout()
        caption = QLabel(title, self)
        caption.setObjectName("resultTitle")
        self.badge = StatusBadge(self)
        header.addWidget(caption, 1)
        header.addWidget(self.badge)
        self.body.addLayout(header)
        id_row = QHBoxLayout()
        id_name = QLabel(id_caption, self)
        id_name.setStyleSheet("color: #5f6872;")
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
        self.hide()

    def start(self, id_text: str | None, note: str) -> None:
        """A new result: its id, the journal's sentence; the grid cleared."""
        self.show()
        self.copy.set_text(id_text or "")
        self.grid.clear_values()
        self.note.setText(note)


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
