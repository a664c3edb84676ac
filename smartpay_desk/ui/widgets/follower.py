"""Follow an order's status until it is final, by asking the gateway every few seconds in a worker.

    self.follower = StatusFollower(ctx, self)          # ctx: ui.context.DeskContext
    self.follower.updated.connect(self._on_status)     # object: services OperationResult (or TransactionInfo)
    self.follower.failed.connect(self._on_error)       # object: the exception
    self.follower.follow(order_id)                     # uses ctx.ops.follow (journal updated), every 2 s
    self.follower.stop()

It stops by itself at a final status (2 / -1, or a settled journal entry), on an error, or after
`give_up_s`. A desktop application cannot receive callbacks, so polling /check is how it learns what the
customer did.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ...api.models import TransactionInfo, is_final


def status_of(result: Any) -> int | None:
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


def is_settled(result: Any) -> bool:
    """Final: a final gateway status, or a journal entry that is no longer open."""
    if is_final(status_of(result)):
        return True
    return getattr(result, "state", None) in FINAL_STATES


class StatusFollower(QObject):
    updated = Signal(object)
    failed = Signal(object)
    finished = Signal(object)  # the last result, at a final status
    gave_up = Signal()

    def __init__(self, ctx: Any, parent: QObject | None = None, *, interval_ms: int = 2000) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order_id: str | None = None
        self.give_up_s = 30 * 60.0
        self._started = 0.0
        self._task: Any = None
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
        self._task = self.ctx.runner.start(
            self.ctx.ops.follow, self.order_id, on_success=self._answered, on_failure=self._error
        )

    def _answered(self, result: Any) -> None:
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
