"""Closing the window while calls are still running, without ever blocking the GUI thread.

The main window's closeEvent ignores the close while the task runner has calls running, stops what would start
new ones (followers, polls), and shows this small non-modal panel after a moment (a call that ends within it
closes the window without a word):

    Waiting for 1 call to end before closing:
      • Charging €12.50… (Payments)
    [Close now]  [Keep waiting]

A QTimer looks at `runner.active_count()` four times a second, updates the list and closes the window when it
is 0. "Close now" closes the window at once: the calls are left to end on their own (what was sent stays sent;
the journal holds the intent, and the next start settles whatever is still open). "Keep waiting" hides the
panel; the window still closes by itself when the calls end. Closing the window again shows the panel again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QStatusBar, QVBoxLayout, QWidget

from .i18n import tr
from .widgets.busy import BusyBar

if TYPE_CHECKING:
    from .session import SessionManager
    from .worker import TaskRunner

TICK_MS = 250
QUIET_MS = 400  # calls that end within this close the window without showing the panel


class Closable(Protocol):
    """What the panel needs of the main window."""

    def close_now(self) -> None: ...

    def close(self) -> bool: ...

    def open_pages(self) -> list[tuple[str, QWidget]]: ...

    def statusBar(self) -> QStatusBar: ...


def waiting_for(pages: list[tuple[str, QWidget]], running: int) -> list[str]:
    """One line per running call: what a tab's busy bar says of it (and the tab), the rest counted."""
    lines: list[str] = []
    for title, page in pages:
        for bar in page.findChildren(BusyBar):
            if bar.is_busy() and bar.message():
                lines.append(tr("{message} ({title})").format(message=bar.message(), title=title))
    others = running - len(lines)
    if others > 0:
        lines.append(
            tr("1 other call: reading the journal or asking the gateway")
            if others == 1
            else tr("{count} other calls: reading the journal or asking the gateway").format(count=others)
        )
    return lines


class ClosingPanel(QDialog):
    def __init__(self, window: Closable, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.main = window
        self.runner = runner
        self.setWindowTitle(tr("Closing SmartPay Desk"))
        self.setModal(False)
        column = QVBoxLayout(self)
        self.text = QLabel("", self)
        self.text.setObjectName("closingText")
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(380)
        column.addWidget(self.text)
        note = QLabel(
            tr(
                "What was sent stays sent: the journal knows about it. If you close now, the calls end on their "
                "own, and the desk checks whatever is still open with the gateway when it next starts."
            ),
            self,
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        column.addWidget(note)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_now_button = QPushButton(tr("Close now"), self)
        self.close_now_button.setToolTip(tr("Close without waiting; the calls end on their own"))
        self.close_now_button.clicked.connect(self.close_now)
        self.keep_button = QPushButton(tr("Keep waiting"), self)
        self.keep_button.setToolTip(tr("The window closes by itself when the calls end"))
        self.keep_button.setDefault(True)
        self.keep_button.clicked.connect(self.keep_waiting)
        row.addWidget(self.close_now_button)
        row.addWidget(self.keep_button)
        column.addLayout(row)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self._ticks = 0
        self._dismissed = False  # "Keep waiting" was chosen: the panel stays hidden until the next close

    def waiting(self) -> bool:
        return self.timer.isActive()

    def wait(self) -> None:
        """Start (or go on) waiting; the panel shows after QUIET_MS, or at once on a second close."""
        again = self.timer.isActive()
        self._dismissed = False
        if not again:
            self._ticks = 0
            self.timer.start()
        self._update()
        if again:
            self._present()

    def lines(self) -> list[str]:
        return waiting_for(self.main.open_pages(), self.runner.active_count())

    @Slot()
    def _tick(self) -> None:
        self._ticks += 1
        if self.runner.active_count() == 0:
            self.timer.stop()
            self.hide()
            self.main.close()
            return
        self._update()
        if not self._dismissed and self._ticks * TICK_MS >= QUIET_MS:
            self._present()

    def _present(self) -> None:
        if not self.isVisible():
            self.show()  # a dialog of the window: shown over it

    def _update(self) -> None:
        running = self.runner.active_count()
        items = "\n".join(f"  • {line}" for line in self.lines())
        self.text.setText(
            tr("Waiting for 1 call to end before closing:\n{items}").format(items=items)
            if running == 1
            else tr("Waiting for {count} calls to end before closing:\n{items}").format(count=running, items=items)
        )

    @Slot()
    def close_now(self) -> None:
        self.timer.stop()
        self.hide()
        self.main.close_now()

    @Slot()
    def keep_waiting(self) -> None:
        self._dismissed = True
        self.hide()

    def reject(self) -> None:  # Esc or the panel's own close button: keep waiting
        self.keep_waiting()


class Closing(QObject):
    """The main window's closing: wait (the panel) while calls run, then finish without waiting for any."""

    def __init__(self, window: Closable, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.main = window
        self.runner = runner
        self.parent_widget = parent
        self.panel: ClosingPanel | None = None

    def may_close(self, now: bool) -> bool:
        """True when the window may close now (no call running, or "&Close now"); else wait for them."""
        if now or self.runner.active_count() == 0:
            return True
        self.stop_starting_calls()
        if self.panel is None:
            self.panel = ClosingPanel(self.main, self.runner, self.parent_widget)
        self.panel.wait()
        self.main.statusBar().showMessage(tr("Closing when the calls still running end…"))
        return False

    def stop_starting_calls(self) -> None:
        """No tab starts anything new: its timers (refreshes, followers, polls) stopped, and its stop() called."""
        panel_timer = self.panel.timer if self.panel is not None else None
        for timer in self.parent_widget.findChildren(QTimer):
            if timer is not panel_timer:
                timer.stop()
        for _title, page in self.main.open_pages():
            stop = getattr(page, "stop", None)
            if callable(stop):
                stop()

    def finish(self, sessions: SessionManager) -> None:
        """The window goes: no call is waited for (their callbacks are dropped); the profiles' services are
        closed unless a call still uses them (ui/app.py then closes them when the calls have ended)."""
        if self.panel is not None:
            self.panel.timer.stop()
            self.panel.hide()
        self.stop_starting_calls()
        self.runner.shutdown(timeout_ms=0)
        if self.runner.active_count() == 0:
            sessions.close()
