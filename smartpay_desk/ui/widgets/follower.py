"""Follow an order's status until it is final, by asking the gateway every few seconds in a worker.

    self.follower = StatusFollower(ctx, self)          # ctx: ui.context.DeskContext
    self.follower.updated.connect(self._on_status)     # object: services OperationResult (or TransactionInfo)
    self.follower.failed.connect(self._on_error)       # object: the exception
    self.follower.follow(order_id)                     # uses ctx.ops.follow (journal updated), every 2 s
    self.follower.stop()

    self.follow = FollowNote(self.follower, note_label, stop_button)   # what the operator sees of it
    self.follow.follow(order_id)                       # "Following the status every 2 s…", Stop shown

It stops by itself at a final status (2 / -1, or a settled journal entry), on an error, or after
`give_up_s`. A desktop application cannot receive callbacks, so polling /check is how it learns what the
customer did.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QPushButton

from ...api.models import TransactionInfo, is_final
from ..i18n import tr
from ..messages import describe_error
from ..worker import Call

if TYPE_CHECKING:
    from ...services.money.sending import OperationResult
    from ..context import DeskContext
    from ..worker import Task


def status_of(result: object) -> int | None:
    """The gateway status inside an OperationResult / TransactionInfo / PaymentResult (None if none)."""
    if isinstance(result, TransactionInfo):
        return result.status
    response = getattr(result, "response", None)
    if response is not None and hasattr(response, "status"):
        status = response.status
        return status if isinstance(status, int) else None
    status = getattr(result, "status", None)
    return status if isinstance(status, int) else None


FINAL_STATES = ("succeeded", "failed", "needs_review")


def is_settled(result: object) -> bool:
    """Final: a final gateway status, or a journal entry that is no longer open."""
    if is_final(status_of(result)):
        return True
    return getattr(result, "state", None) in FINAL_STATES


class StatusFollower(QObject):
    updated = Signal(object)
    failed = Signal(object)
    finished = Signal(object)  # the last result, at a final status
    gave_up = Signal()

    def __init__(self, ctx: DeskContext, parent: QObject | None = None, *, interval_ms: int = 2000) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.interval_ms = interval_ms
        self.order_id: str | None = None
        self.give_up_s = 30 * 60.0
        self._started = 0.0
        self._task: Task | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def follow(self, order_id: str, *, now: bool = False) -> None:
        """Start following `order_id` (the first question after one interval, or at once with now=True)."""
        self.stop()
        self.order_id = order_id
        self._started = time.monotonic()
        if now:
            self._tick()
        else:
            self._timer.start()

    def is_following(self) -> bool:
        return self.order_id is not None

    def stop(self) -> None:
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.order_id = None

    @Slot()
    def _tick(self) -> None:
        if self.order_id is None:
            return
        if time.monotonic() - self._started > self.give_up_s:
            self.stop()
            self.gave_up.emit()
            return
        ops = self.ctx.ops
        if ops is None:  # no profile open any more: nothing to ask
            self.stop()
            return
        self._task = self.ctx.runner.start(
            Call(ops.follow, self.order_id), on_success=self._answered, on_failure=self._error
        )

    def _answered(self, result: OperationResult) -> None:
        self._task = None
        if self.order_id is None:
            return
        self.updated.emit(result)
        if is_settled(result):
            self.order_id = None
            self.finished.emit(result)
        else:
            self._timer.start()

    def _error(self, exc: BaseException) -> None:
        self._task = None
        self.order_id = None
        self.failed.emit(exc)


class FollowNote(QObject):
    """What a tab shows of its StatusFollower: a hint line and, when given, a "Stop following" button.

    The line says when following started, and why it stopped by itself (an error, 30 minutes). The button
    stops it by hand; `stopped` is emitted after that.
    """

    stopped = Signal()

    def __init__(self, follower: StatusFollower, note: QLabel, stop_button: QPushButton | None = None) -> None:
        super().__init__(follower)
        self.follower = follower
        self.note = note
        self.stop_button = stop_button
        follower.failed.connect(self._failed)
        follower.gave_up.connect(self._gave_up)
        if stop_button is not None:
            stop_button.clicked.connect(self.stop)

    def follow(self, order_id: str, *, now: bool = False) -> None:
        """Follow order_id (asking at once with now=True), saying so."""
        if now:
            self.note.setText(tr("Checking the status with the gateway…"))
        else:
            self.following()
        self._show_stop(True)
        self.follower.follow(order_id, now=now)

    def following(self) -> None:
        seconds = QLocale().toString(self.follower.interval_ms / 1000, "g", 3)
        self.note.setText(tr("Following the status every {seconds} s…").format(seconds=seconds))

    def clear(self) -> None:
        """Nothing followed (a final status, or a new result that needs no following)."""
        self.note.setText("")
        self._show_stop(False)

    @Slot()
    def stop(self) -> None:
        self.follower.stop()
        self._show_stop(False)
        self.note.setText(tr("Not following; Lookup can check it later."))
        self.stopped.emit()

    def _show_stop(self, shown: bool) -> None:
        if self.stop_button is not None:
            self.stop_button.setVisible(shown)

    @Slot(object)
    def _failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self._show_stop(False)
        self.note.setText(tr("Stopped following: {reason}").format(reason=describe_error(exc)))

    @Slot()
    def _gave_up(self) -> None:
        self._show_stop(False)
        self.note.setText(tr("Stopped following after 30 minutes; Lookup can check it later."))
