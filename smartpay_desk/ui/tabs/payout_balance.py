"""The live payout balance of the Payouts tab: available, on hold, rolling reserve, when it was read.

Read in a worker every 5 s, never two reads at once (the next is planned only when the last answered),
while `keep_reading()` says so (the tab: visible, or a payout being followed); Pause stops it. Each read
is announced on ctx.balance_changed and on `read`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from ...api.models import Balance
from ...api.money import format_amount
from ..messages import describe_error
from ..widgets.forms import Section
from ..widgets.panels import MessageLine

REFRESH_MS = 5000
_FIGURES = (
    ("balance", "Available", "What a payout may use now (the gateway's balance)."),
    ("hold", "On hold", "Money the gateway holds back for now; not available for payouts."),
    ("rolling", "Rolling reserve", "Kept back as a reserve for a period; not available for payouts."),
)


class BalancePanel(Section):
    read = Signal(object)  # Balance

    def __init__(self, ctx: Any, parent: QWidget, keep_reading: Callable[[], bool]) -> None:
        super().__init__("Payout balance", parent)
        self.ctx = ctx
        self.balance: Balance | None = None
        self.paused = False
        self.read_at: datetime | None = None
        self._keep_reading = keep_reading
        self._task: Any = None

        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(0)
        self.values: dict[str, QLabel] = {}
        bottom_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        for column, (key, caption, tip) in enumerate(_FIGURES):
            name = QLabel(caption, self)
            name.setObjectName("hint")
            value = QLabel("—", self)
            value.setObjectName(f"balance_{key}")
            value.setStyleSheet("font-size: 18pt; font-weight: 600;" if key == "balance" else "font-size: 13pt;")
            value.setToolTip(tip)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, 0, column, bottom_left)
            grid.addWidget(value, 1, column, bottom_left)
            self.values[key] = value
        grid.setColumnStretch(len(_FIGURES), 1)
        self.updated = QLabel("Not read yet", self)
        self.updated.setObjectName("hint")
        self.pause_button = QPushButton("Pause", self)
        self.pause_button.setCheckable(True)
        self.pause_button.setToolTip("Stop or restart reading the balance every 5 seconds")
        self.pause_button.toggled.connect(self.set_paused)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        grid.addWidget(self.updated, 0, len(_FIGURES) + 1, right)
        grid.addWidget(self.pause_button, 1, len(_FIGURES) + 1, right)
        self.add(grid)
        self.problem = MessageLine(self)
        self.add(self.problem)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    # ------------------------------------------------------------ public

    @Slot()
    def refresh(self) -> None:
        """Read now, unless a read is running (never two at once)."""
        if self._task is not None or self.ctx.ops is None:
            return
        self.timer.stop()
        self._task = self.ctx.runner.start(self.ctx.ops.balance, on_success=self._read, on_failure=self._failed)

    @Slot(bool)
    def set_paused(self, paused: bool) -> None:
        self.paused = paused
        self.pause_button.blockSignals(True)
        self.pause_button.setChecked(paused)
        self.pause_button.blockSignals(False)
        self.pause_button.setText("Resume" if paused else "Pause")
        if paused:
            self.timer.stop()
        else:
            self.refresh()
        self._say_when()

    def is_refreshing(self) -> bool:
        """Whether the balance is read again by itself (timer armed or a read running)."""
        return self.timer.isActive() or self._task is not None

    def schedule(self) -> None:
        """Plan the next read in 5 s, if not paused and still wanted; else stop."""
        if self.paused or self._task is not None:
            return
        if self._keep_reading():
            self.timer.start()
        else:
            self.timer.stop()

    def forget(self) -> None:
        """A new profile: drop the old figures and any read on its way."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.balance = None
        for label in self.values.values():
            label.setText("—")

    def money(self, minor: int) -> str:
        try:
            return format_amount(minor, str(getattr(self.ctx.profile, "currency", "") or "EUR"))
        except ValueError:
            return f"{minor} minor units"

    # ------------------------------------------------------------ answers

    def _read(self, balance: Balance) -> None:
        self._task = None
        self.balance = balance
        self.problem.clear()
        self.values["balance"].setText(self.money(balance.available))
        self.values["hold"].setText(self.money(balance.holdBalance))
        self.values["rolling"].setText(self.money(balance.rollingBalance))
        self.read_at = datetime.now()
        self._say_when()
        self.ctx.balance_changed.emit(balance)
        self.read.emit(balance)
        self.schedule()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.problem.error("The balance could not be read: " + describe_error(exc))
        self.schedule()

    def _say_when(self) -> None:
        words = f"Updated {self.read_at:%H:%M:%S}" if self.read_at else "Not read yet"
        self.updated.setText(words + (" · paused" if self.paused else ""))
