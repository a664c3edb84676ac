"""The live payout balance of the Payouts tab: available, on hold, rolling reserve, when it was read.

Read in a worker every 5 s, never two reads at once (the next is planned only when the last answered),
while `keep_reading()` says so (the tab: visible, or a payout being followed); Pause stops it. Each read
is announced on ctx.balance_changed and on `read`, and kept as the profile's `session.balance`. A balance
that could not be read shows no figure (not the last one as if it still held), and a read started under
one profile is never shown under another.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from ..i18n import money, tr
from ..messages import describe_error
from ..widgets.forms import Section
from ..widgets.keys import describe, no_mnemonic
from ..widgets.panels import MessageLine
from ..worker import Call

if TYPE_CHECKING:
    from ...api.models import Balance
    from ..context import DeskContext, ProfileSession
    from ..worker import Task

REFRESH_MS = 5000


def _figures() -> tuple[tuple[str, str, str], ...]:
    """(key, caption, tooltip) of each figure, in the desk's language."""
    return (
        ("balance", tr("Available"), tr("What a payout may use now (the gateway's balance).")),
        ("hold", tr("On hold"), tr("Money the gateway holds back for now; not available for payouts.")),
        ("rolling", tr("Rolling reserve"), tr("Kept back as a reserve for a period; not available for payouts.")),
    )


class BalancePanel(Section):
    read = Signal(object)  # Balance, or None when it could not be read

    def __init__(self, ctx: DeskContext, parent: QWidget, keep_reading: Callable[[], bool]) -> None:
        super().__init__(tr("Payout balance"), parent)
        self.ctx = ctx
        self.balance: Balance | None = None
        self.paused = False
        self.read_at: datetime | None = None
        self._keep_reading = keep_reading
        self._task: Task | None = None

        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(0)
        self.values: dict[str, QLabel] = {}
        bottom_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        figures = _figures()
        for column, (key, caption, tip) in enumerate(figures):
            name = QLabel(caption, self)
            name.setObjectName("hint")
            value = QLabel("—", self)
            value.setObjectName(f"balance_{key}")
            value.setStyleSheet("font-size: 18pt; font-weight: 600;" if key == "balance" else "font-size: 13pt;")
            value.setToolTip(tip)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(caption)
            grid.addWidget(name, 0, column, bottom_left)
            grid.addWidget(value, 1, column, bottom_left)
            self.values[key] = value
        grid.setColumnStretch(len(figures), 1)
        self.updated = QLabel(tr("Not read yet"), self)
        self.updated.setObjectName("hint")
        self.pause_button = QPushButton(tr("Pause"), self)
        self.pause_button.setCheckable(True)
        self.pause_button.setToolTip(tr("Stop or restart reading the balance every 5 seconds"))
        self.pause_button.toggled.connect(self.set_paused)
        no_mnemonic(self.pause_button, "U")  # Pause / Resume: its words change, Alt+U stays
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        grid.addWidget(self.updated, 0, len(figures) + 1, right)
        grid.addWidget(self.pause_button, 1, len(figures) + 1, right)
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
        session = self.ctx.session
        if self._task is not None or session is None:
            return
        self.timer.stop()
        self._task = self.ctx.runner.start(
            Call(session.ops.balance),
            on_success=functools.partial(self._read, session),
            on_failure=functools.partial(self._failed, session),
        )

    @Slot(bool)
    def set_paused(self, paused: bool) -> None:
        self.paused = paused
        self.pause_button.blockSignals(True)
        self.pause_button.setChecked(paused)
        self.pause_button.blockSignals(False)
        self.pause_button.setText(tr("Resume") if paused else tr("Pause"))
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
        """A new profile: drop the old figures and stop any read on its way."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.timer.stop()
        self.problem.clear()
        self.show_balance(None, None)

    def show_balance(self, balance: Balance | None, read_at: datetime | None) -> None:
        """Show `balance` as read at `read_at`; None shows no figure at all."""
        self.balance, self.read_at = balance, read_at
        figures = (balance.available, balance.holdBalance, balance.rollingBalance) if balance is not None else None
        for index, key in enumerate(("balance", "hold", "rolling")):
            self.values[key].setText(self.money(figures[index]) if figures is not None else "—")
        self._say_when()

    def money(self, minor: int) -> str:
        profile = self.ctx.profile
        return money(minor, profile.currency if profile is not None else "EUR")

    # ------------------------------------------------------------ answers

    def _read(self, session: ProfileSession, balance: Balance) -> None:
        self._task = None
        session.balance = balance  # the profile's own, whichever is in front now
        if session is not self.ctx.session:
            return
        self.problem.clear()
        self.show_balance(balance, datetime.now())
        self.ctx.balance_changed.emit(balance)
        self.read.emit(balance)
        self.schedule()

    def _failed(self, session: ProfileSession, exc: BaseException) -> None:
        self._task = None
        if session is not self.ctx.session:
            return
        self.show_balance(None, None)  # what cannot be read now is not shown as if it still held
        reason = describe_error(exc, reading=True)
        self.problem.error(tr("The balance could not be read: {reason}").format(reason=reason))
        self.read.emit(None)
        self.schedule()

    def _say_when(self) -> None:
        words = tr("Updated {time}").format(time=f"{self.read_at:%H:%M:%S}") if self.read_at else tr("Not read yet")
        self.updated.setText(words + (" · " + tr("paused") if self.paused else ""))
        shown = [f"{label.accessibleName()} {label.text()}" for label in self.values.values()]
        describe(self, ", ".join([*shown, self.updated.text()]))  # the figures, said at once by a screen reader
