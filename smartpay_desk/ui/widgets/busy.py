"""The bar a tab shows while a call runs: an indeterminate progress, what is happening, and Cancel.

    task = ctx.runner.start(Call(ctx.ops.refund, ...), on_success=..., on_failure=...)
    self.busy.track(task, "Sending the refund…", disable=[self.send_button])

Cancel (or Esc inside the tab) calls `task.cancel()`: the tab stops waiting, the call itself runs to its
own deadline and what was sent stays sent, which the bar says in so many words. When the task ends the
bar hides and the disabled widgets are enabled again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from ..i18n import tr
from .keys import NO_MNEMONIC
from .steady_line import SteadyLine

if TYPE_CHECKING:
    from PySide6.QtGui import QShortcut

    from ..worker import Task

STOPPED_SENDING = "Stopped waiting: what was sent stays sent and may still complete (see Activity)."  # English
STOPPED_READING = "Stopped waiting; nothing was changed."  # English; said in the desk's language by _stopped()


def _stopped(sends: bool) -> str:
    if sends:
        return tr("Stopped waiting: what was sent stays sent and may still complete (see Activity).")
    return tr("Stopped waiting; nothing was changed.")


class BusyBar(QWidget):
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.setSpacing(8)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(120)
        self.progress.setMaximumHeight(10)
        # One line whatever the text: a progress sentence that changes many times a second must not re-lay out
        # and repaint the whole tab each time (the full text is in the tooltip).
        self.label = SteadyLine(self, min_width=0)
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setToolTip(tr("Stop waiting (Esc). What was already sent is not undone."))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setProperty(NO_MNEMONIC, True)  # Esc is its key (a letter is kept for the forms)
        row.addWidget(self.progress)
        row.addWidget(self.label, 1)
        row.addWidget(self.cancel_button)
        self._task: Task | None = None
        self._disabled: list[QWidget] = []
        self._cancel_note = _stopped(True)
        self._shortcut: QShortcut | None = None
        # The same height with or without the progress and Cancel, so showing a step never moves the tab.
        self.setFixedHeight(max(self.cancel_button.sizeHint().height(), self.label.sizeHint().height()) + 8)
        self.hide()

    # ------------------------------------------------------------ API

    def track(self, task: Task, text: str, *, disable: Iterable[QWidget] = (), sends: bool = True) -> Task:
        """Show `text` while `task` runs; `sends=False` for reads (another Cancel note)."""
        self._release()
        self._task = task
        self._cancel_note = _stopped(sends)
        self._disabled = [w for w in disable if w.isEnabled()]
        for widget in self._disabled:
            widget.setEnabled(False)
        task.done.connect(self._task_done)
        self.set_text(text)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self._ensure_shortcut()
        if self._shortcut is not None:
            self._shortcut.setEnabled(True)
        self.show()
        return task

    def is_busy(self) -> bool:
        return self._task is not None

    def message(self) -> str:
        return self.label.text() if self.isVisible() or not self.isHidden() else ""

    def set_text(self, text: str) -> None:
        if text != self.label.text():
            self.label.setText(text)
            self.setToolTip(text)

    @Slot()
    def cancel(self) -> None:
        """Stop waiting for the current task (its callbacks are dropped)."""
        if self._task is None:
            return
        self._task.cancel()
        self._release()
        self.progress.hide()
        self.cancel_button.hide()
        self.set_text(self._cancel_note)
        self.show()
        self.cancelled.emit()

    def stop(self) -> None:
        """Hide the bar (the task, if any, is left to end on its own)."""
        self._release()
        self.hide()

    # ------------------------------------------------------------ internals

    @Slot()
    def _task_done(self) -> None:
        sender = self.sender()
        if self._task is None or sender is not self._task:
            return
        self._release()
        self.hide()

    def _release(self) -> None:
        for widget in self._disabled:
            widget.setEnabled(True)
        self._disabled = []
        self._task = None
        if self._shortcut is not None:
            self._shortcut.setEnabled(False)

    def _scope(self) -> QWidget | None:
        """The whole tab (or the dialog's page) this bar is in: Esc works wherever the focus is in it."""
        widget = self.parentWidget()
        while widget is not None and not widget.isWindow():
            up = widget.parentWidget()
            if isinstance(up, QStackedWidget) and isinstance(up.parent(), QTabWidget):
                return widget  # a page of a QTabWidget: one tab
            widget = up
        return widget

    def _ensure_shortcut(self) -> None:
        from PySide6.QtGui import QKeySequence, QShortcut  # with the first call, not at start-up

        owner = self._scope()
        if self._shortcut is not None or owner is None:
            return
        # Only an enabled shortcut counts, so two bars in one tab clash only if both are busy at once.
        self._shortcut = QShortcut(QKeySequence(QtCore.Qt.Key.Key_Escape), owner)
        self._shortcut.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._shortcut.activated.connect(self.cancel)
        self._shortcut.activatedAmbiguously.connect(self.cancel)
