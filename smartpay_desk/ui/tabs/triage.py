"""Needs attention: everything that needs a person, in one list, oldest first (issue 16), each with how long it
has waited and the one action that moves it on, as a button in its row:

    Check again          ops.follow(order_id) in a worker (the gateway asked; the journal updated)
    Settle the review…   Activity, the entry selected: its review box (ctx.navigate("activity", entry_id))
    Explain…             the explain dialog (ui/reconciling.py), then the journal keeps the note
    Approve…             Approvals, the request selected (ctx.navigate("approvals", request_id))

The list is the desk's TriageWatch (ui/triage_watch.py): it reads again on news (an operation changed, another
desk of the team, a reconciliation made or explained, another profile) and every minute. Public API:
tab.refresh(), tab.show_items(_value) (ctx.navigate("triage", None)), tab.buttons (row → its button).

A reconciled 100,000-row report can put thousands of rows here at once, so nothing is done for every row on the
GUI thread: the rows have one height (two lines of the sentence; the whole of it in its tooltip), the columns are
sized to the rows on screen, and the buttons are made for the rows on screen (and a screenful below) as they
come into view (bench_recon.py's reconcile_gui_stall_ms: a button and a measured row for each of 10,000 items
held the window 8-20 s).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..i18n import say, tr
from ..messages import describe_error
from ..numbers import number
from ..reconciling import explain_difference
from ..triage_watch import triage_watch
from ..widgets.icons import icon
from ..widgets.keys import describe
from ..widgets.panels import MessageLine
from ..worker import Call
from .triage_model import ACTION_COLUMN, SENTENCE_COLUMN, TriageModel, action_words

FIRST_BUTTONS = 40  # rows given a button before the list is laid out (then: those on screen, and a screenful)

if TYPE_CHECKING:
    from ...services.journal.explanations import Explanation
    from ...services.money.sending import OperationResult
    from ...services.recon.triage import OpenItem
    from ..context import DeskContext
    from ..worker import Task


class TriageTab(QWidget):
    title = "Needs attention"
    icon_name = "attention"

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.watch = triage_watch(ctx)
        self.buttons: dict[int, QPushButton] = {}
        self.checking: dict[str, Task] = {}  # order id → its check running
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(8)
        head = QHBoxLayout()
        self.count_label = QLabel(tr("Reading the journal…"), self)
        self.count_label.setObjectName("resultTitle")
        self.count_label.setStyleSheet("font-size: 11pt; font-weight: 600;")
        self.refresh_button = QPushButton(icon("refresh"), tr("&Refresh"), self)
        self.refresh_button.setToolTip(tr("Read the journal again"))
        self.refresh_button.clicked.connect(self.refresh)
        head.addWidget(self.count_label, 1)
        head.addWidget(self.refresh_button)
        outer.addLayout(head)
        self.hint = QLabel(
            tr(
                "Journal entries not settled, requests waiting for another person's approval, and the differences "
                "nobody has explained in the reports reconciled since the desk started. Each row's button moves it on."
            ),
            self,
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        outer.addWidget(self.hint)
        self.message = MessageLine(self)
        outer.addWidget(self.message)
        self.model = TriageModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("triageTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setAccessibleName(tr("What needs attention"))
        self.view.activated.connect(self._row_activated)  # Enter on a row: its button's action
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SENTENCE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(0)  # the rows on screen: never every row of a long list
        header.setSectionResizeMode(ACTION_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(ACTION_COLUMN, self._action_width())
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.view.fontMetrics().lineSpacing() + 10)  # two lines of a sentence
        outer.addWidget(self.view, 1)
        self._placing = QTimer(self)  # the buttons of rows scrolled into view, once the scrolling pauses
        self._placing.setSingleShot(True)
        self._placing.setInterval(0)
        self._placing.timeout.connect(self._place_buttons)
        bar = self.view.verticalScrollBar()
        bar.valueChanged.connect(self._placing.start)
        bar.rangeChanged.connect(self._placing.start)  # the list grew, or the window did
        self.model.zone = ctx.time_zone
        ctx.zone_changed.connect(self._zone_changed)
        self.watch.changed.connect(self._show)
        if self.watch.read_once:
            self._show(self.watch.items)
        else:
            self.watch.refresh()

    def _action_width(self) -> int:
        """The Action column as wide as its widest button (every action's words, and "Checking…"): sized to the
        cells' words, as the other columns are, it cut the ends off a button's ("‹plain" for "Explain…")."""
        from ...services.recon.triage import Action

        probe = QPushButton(self.view)
        probe.hide()
        widths = [self.view.horizontalHeader().sectionSizeHint(ACTION_COLUMN)]
        for words in [*(action_words(action) for action in Action), tr("Checking…")]:
            probe.setText(words)
            widths.append(probe.sizeHint().width())
        probe.deleteLater()
        return max(widths)

    # ---------------------------------------------------------------- public

    @Slot()
    def refresh(self) -> Task | None:
        return self.watch.refresh()

    def show_items(self, _value: object = None) -> None:
        """ctx.navigate("triage", …): read again (the tab is in front)."""
        self.refresh()

    # ---------------------------------------------------------------- the list

    @Slot(str)
    def _zone_changed(self, zone: str) -> None:
        self.model.zone = zone
        self._show(self.model.items)

    @Slot(object)
    def _show(self, items: object) -> None:
        listed: list[OpenItem] = list(items) if isinstance(items, list) else []
        self.model.set_items(listed)
        self.buttons = {}
        self._place_buttons()
        count = len(listed)
        if not count:
            self.count_label.setText(tr("Nothing needs attention."))
        else:
            waiting = say(listed[0].age_words)
            said = (
                tr("1 thing needs a person; the oldest has waited {waiting}.")
                if count == 1
                else tr("{count} things need a person; the oldest has waited {waiting}.")
            )
            self.count_label.setText(said.format(count=number(count), waiting=waiting))
        describe(self.view, self.count_label.text())  # the list's description: how much waits, since when

    @Slot()
    def _place_buttons(self) -> None:
        """A button in the Action column of each row on screen and of a screenful below it (FIRST_BUTTONS rows
        before the list has been laid out), those that have none yet; none while the tab is not shown."""
        if not self.isVisible():
            return  # showEvent places them
        count = self.model.rowCount()
        top = max(self.view.rowAt(0), 0)
        bottom = self.view.rowAt(self.view.viewport().height() - 1)
        last = bottom + (bottom - top + 1) if bottom >= 0 else top + FIRST_BUTTONS
        for row in range(top, min(last + 1, count)):
            if row in self.buttons:
                continue
            item = self.model.items[row]
            button = QPushButton(action_words(item.action), self.view)
            button.setToolTip(say(item.sentence))
            button.setProperty("row", row)
            button.setEnabled(item.order_id not in self.checking)
            if item.order_id in self.checking:
                button.setText(tr("Checking…"))
            button.clicked.connect(self._act)
            self.view.setIndexWidget(self.model.index(row, ACTION_COLUMN), button)
            self.buttons[row] = button

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._place_buttons()

    @Slot(QModelIndex)
    def _row_activated(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        if item is not None and item.order_id not in self.checking:
            self.act(item)

    @Slot()
    def _act(self) -> None:
        button = self.sender()
        row = int(button.property("row")) if isinstance(button, QPushButton) else -1
        item = self.model.item(row)
        if item is not None:
            self.act(item)

    def act(self, item: OpenItem) -> Task | None:
        """The one action that moves `item` on (its button's)."""
        from ...services.recon.triage import Action

        self.message.clear()
        if item.action is Action.CHECK:
            return self._check(item)
        if item.action is Action.REVIEW and item.entry_id is not None:
            self.ctx.navigate.emit("activity", item.entry_id)
        elif item.action is Action.APPROVE and item.approval_id is not None:
            self.ctx.navigate.emit("approvals", item.approval_id)
        elif item.action is Action.EXPLAIN and item.difference is not None:
            return explain_difference(self.ctx, self, item.difference, on_done=self._explained,
                                      on_failure=self.message.error)  # fmt: skip
        return None

    def _check(self, item: OpenItem) -> Task | None:
        ops = self.ctx.ops
        if ops is None or item.order_id in self.checking:
            return None
        order_id = item.order_id
        self.checking[order_id] = task = self.ctx.runner.start(
            Call(ops.follow, order_id), on_success=functools.partial(self._checked, order_id),
            on_failure=functools.partial(self._check_failed, order_id),
        )  # fmt: skip
        self._enable(order_id, False)
        self.message.info(tr("Asking the gateway about order {order_id}…").format(order_id=order_id))
        return task

    def _checked(self, order_id: str, result: OperationResult) -> None:
        self.checking.pop(order_id, None)
        self._enable(order_id, True)
        self.message.success(tr("Order {order_id}: {message}").format(order_id=order_id, message=result.message))
        self.watch.refresh()

    def _check_failed(self, order_id: str, exc: BaseException) -> None:
        self.checking.pop(order_id, None)
        self._enable(order_id, True)
        self.message.error(
            tr("Order {order_id}: {words}").format(order_id=order_id, words=describe_error(exc, reading=True))
        )

    def _explained(self, made: Explanation) -> None:
        self.message.success(tr("Explained: {order_id} ({note}).").format(order_id=made.order_id, note=made.note))

    def _enable(self, order_id: str, enabled: bool) -> None:
        for row, button in self.buttons.items():
            item = self.model.item(row)
            if item is not None and item.order_id == order_id:
                button.setEnabled(enabled)
                button.setText(action_words(item.action) if enabled else tr("Checking…"))

    def stop(self) -> None:
        """The window closes: checks running end on their own (the journal has them)."""
        for task in self.checking.values():
            task.cancel()
        self.checking.clear()
