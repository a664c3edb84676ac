"""Payments' status following: one StatusFollower for the two result panels (payment link, card by phone),
one panel followed at a time. It says, in the panel, what it is doing, and once the status is final says
next to the button that sent the payment whether it was paid.

    self.following = PaymentFollowing(ctx, self, challenge_button)
    self.following.add(self.link_result, self.link_message)     # its Stop button stops following
    self.following.follow(self.link_result, order_id)
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QPushButton

from ...services.journal.states import State
from ..i18n import say, tr
from ..messages import describe_error
from ..widgets.follower import StatusFollower
from ..widgets.outcome import PaymentOutcome
from ..widgets.panels import MessageLine
from .tab_parts import outcome_state


class PaymentFollowing(QObject):
    def __init__(self, ctx: Any, parent: QObject, challenge_button: QPushButton) -> None:
        super().__init__(parent)
        self.follower = StatusFollower(ctx, parent)
        self.follower.updated.connect(self._followed)
        self.follower.failed.connect(self._follow_failed)
        self.follower.gave_up.connect(self._gave_up)
        self.challenge_button = challenge_button
        self.panel: PaymentOutcome | None = None  # the one followed (or last followed)
        self._messages: list[tuple[PaymentOutcome, MessageLine]] = []

    def add(self, panel: PaymentOutcome, message: MessageLine) -> None:
        """A result panel that may be followed; `message` is the line next to the button that sends it."""
        self._messages.append((panel, message))
        panel.stop_button.clicked.connect(self.stop)

    def follow(self, panel: PaymentOutcome, order_id: str) -> None:
        self.panel = panel
        panel.following.setText(tr("following the status every 2 s"))
        panel.stop_button.show()
        panel.describe()
        self.follower.follow(order_id)

    @Slot()
    def stop(self) -> None:
        self.follower.stop()
        if self.panel is not None:
            self.panel.following.setText(tr("not following; Lookup can check it later"))
            self.panel.stop_button.hide()
            self.panel.describe()

    @Slot(object)
    def _followed(self, result: Any) -> None:
        panel = self.panel
        if panel is None:
            return
        state = outcome_state(result)
        panel.badge.set_state(state, getattr(result, "kind", None))
        panel.describe()
        if state in (State.SUCCEEDED, State.FAILED, State.NEEDS_REVIEW):
            panel.following.setText("")
            panel.stop_button.hide()
            self.challenge_button.hide()
            message = next(line for shown, line in self._messages if shown is panel)
            panel.note.setText(say(result.message or ""))
            panel.note.setVisible(bool(result.message))
            panel.describe()
            if state == State.SUCCEEDED:
                message.success(tr("Paid: the gateway confirmed the payment."))
            else:
                message.error(tr("The payment failed: the reason is in the result below."))

    @Slot(object)
    def _follow_failed(self, exc: object) -> None:
        panel = self.panel
        if panel is not None:
            panel.following.setText(tr("stopped following: {reason}").format(reason=describe_error(exc)))  # type: ignore[arg-type]
            panel.stop_button.hide()
            panel.describe()

    @Slot()
    def _gave_up(self) -> None:
        if self.panel is not None:
            self.panel.following.setText(tr("stopped following after 30 minutes; Lookup can check it later"))
            self.panel.stop_button.hide()
