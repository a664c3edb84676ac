"""Activity's details pane: the selected journal entry (what it is, its facts), its history of events, and
what was sent and came back at the selected event. The tab reads the events in a worker and hands them over.

    self.details = EntryDetails(parent)
    self.details.show_entry(entry)      # the facts; the previous entry's history cleared
    self.details.show_events(events)    # the history, the newest event selected
    self.details.show_nothing(words)

A succeeded refund, payout, repeat charge or capture offers "Receipt…" (ui/receipts/offer.py) under its facts;
the desk's context is found up the parent chain (the Activity tab's `ctx`), or given as `ctx`.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..i18n import day_time, money, say, tr
from ..receipts.offer import ReceiptOffer
from ..widgets.panels import KeyValueGrid, ResultPanel
from ..widgets.status_badge import StatusBadge, state_label
from ..window_words import destination_words, environment_name
from .activity_model import kind_words, local_time, state_words

if TYPE_CHECKING:
    from ..context import DeskContext

MIN_BOX_HEIGHT = 72  # the history and the event's text: a few lines each at least


def _without_empty(value: Any) -> Any:
    """A journal payload without its null / empty fields, which only hide what was said."""
    if isinstance(value, dict):
        cleaned = {k: _without_empty(v) for k, v in value.items()}
        return {k: v for k, v in cleaned.items() if v not in (None, "", {}, [])}
    if isinstance(value, list):
        return [_without_empty(v) for v in value]
    return value


def amount_text(entry: Any) -> str:
    if entry.amount is None:
        return ""
    if not entry.currency:
        return str(entry.amount)
    return money(entry.amount, entry.currency)


class EntryDetails(ResultPanel):
    def __init__(self, parent: QWidget | None = None, ctx: DeskContext | None = None) -> None:
        super().__init__(parent)
        self.kind: str | None = None  # the entry's kind, for the words of its states
        self.events: list[Any] = []
        self.setAccessibleName(tr("Entry details"))
        head = QHBoxLayout()
        self.title_label = QLabel(tr("No entry to show yet."), self)
        self.title_label.setObjectName("resultTitle")
        self.title_label.setWordWrap(True)
        self.badge = StatusBadge(self)
        head.addWidget(self.title_label, 1)
        head.addWidget(self.badge)
        self.body.addLayout(head)
        self.grid = KeyValueGrid([("created", tr("Made")), ("operator", tr("Operator")), ("profile", tr("Profile")),
                                  ("amount", tr("Amount")), ("destination", tr("Destination")),
                                  ("parent", tr("Parent order")), ("account", tr("Account")),
                                  ("ref", tr("Reference"))], self, columns=1)  # fmt: skip
        self.body.addWidget(self.grid)
        self.receipt = ReceiptOffer(self, ctx)
        self.body.addWidget(self.receipt)
        caption = QLabel(tr("History"), self)
        caption.setStyleSheet("font-weight: 600;")
        self.body.addWidget(caption)
        self.events_table = QTableWidget(0, 3, self)
        self.events_table.setObjectName("eventsTable")
        self.events_table.setAccessibleName(tr("History of the entry"))
        self.events_table.setAccessibleDescription(tr("One row for each step: time, state, note"))
        self.events_table.setHorizontalHeaderLabels([tr("Time"), tr("State"), tr("Note")])
        self.events_table.verticalHeader().hide()
        events_header = self.events_table.horizontalHeader()
        events_header.setMinimumSectionSize(40)
        for column in (0, 1):  # a history has a handful of rows: sizing to contents is cheap
            events_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        events_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.events_table.setWordWrap(False)
        self.events_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events_table.currentCellChanged.connect(self._event_changed)
        self.body.addWidget(self.events_table, 1)
        self.event_text = QPlainTextEdit(self)
        self.event_text.setReadOnly(True)
        self.event_text.setPlaceholderText(tr("What was sent and what came back, for the selected event"))
        self.event_text.setToolTip(
            tr("Secrets and card numbers are never stored: what you see is all the journal holds")
        )
        self.event_text.setAccessibleName(tr("What was sent and what came back"))
        self.body.addWidget(self.event_text, 1)
        for box in (self.events_table, self.event_text):  # as tall as their contents ask, then what is left: the
            box.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)  # pane scrolls (never
            box.setMinimumHeight(MIN_BOX_HEIGHT)  # squashes its rows) only when it cannot fit (activity.py)

    def show_entry(self, entry: Any) -> None:
        """The entry's facts; its history is emptied until `show_events`."""
        self.title_label.setText(tr("{kind} · {order}").format(kind=kind_words(entry.kind), order=entry.order_id))
        self.badge.set_state(entry.state, entry.kind)
        self._describe(state_words(entry.state, entry.kind))
        self.kind = entry.kind
        self.receipt.offer(entry.id, entry.kind, entry.state)
        moment = local_time(entry.created_at)
        values = {
            "created": day_time(moment, clock="%H:%M:%S", zone=True) if moment else entry.created_at,
            "operator": entry.operator,
            "profile": tr("{profile} ({environment})").format(
                profile=entry.profile, environment=environment_name(entry.environment)
            ),
            "amount": amount_text(entry),
            "destination": destination_words(entry.destination) if entry.destination else "",
            "parent": entry.parent_order_id,
            "account": entry.account,
            "ref": entry.ref,
        }
        for key, value in values.items():
            self.grid.set(key, value)
        self.events_table.setRowCount(0)  # never show the previous entry's history under this one
        self.event_text.clear()

    def show_events(self, events: object) -> None:
        self.events = list(events) if isinstance(events, list) else []
        self.events_table.setRowCount(len(self.events))
        first = local_time(self.events[0].at) if self.events else None
        for row, event in enumerate(self.events):
            moment = local_time(event.at)
            full = day_time(moment, clock="%H:%M:%S") if moment else event.at
            # The same day as the first event: the time is enough (the day is in "Made").
            same_day = moment is not None and first is not None and moment.date() == first.date()
            cells = (moment.strftime("%H:%M:%S") if same_day and moment else full,
                     state_label(event.state, self.kind), say(event.note))  # fmt: skip
            tips = (full, state_words(event.state, self.kind), say(event.note))
            for column, (text, tip) in enumerate(zip(cells, tips, strict=True)):
                item = QTableWidgetItem(text or "")
                item.setToolTip(tip or "")
                self.events_table.setItem(row, column, item)
        self.event_text.clear()
        if self.events:
            self.events_table.selectRow(len(self.events) - 1)

    def show_nothing(self, words: str) -> None:
        self.kind = None
        self.title_label.setText(words)
        self.badge.clear_status()
        self._describe("")
        self.receipt.offer(None, None, None)
        self.grid.clear_values()
        self.events_table.setRowCount(0)
        self.event_text.clear()

    @Slot(int, int, int, int)
    def _event_changed(self, row: int, _column: int, _prev_row: int, _prev_column: int) -> None:
        if not 0 <= row < len(self.events):
            self.event_text.clear()
            return
        event = self.events[row]
        parts = []
        captions = (tr("Sent (empty fields left out):"), tr("Came back (empty fields left out):"))
        for caption, payload in zip(captions, (event.request, event.response), strict=True):
            shown = _without_empty(payload)
            if shown not in (None, {}):
                text = json.dumps(shown, indent=2, ensure_ascii=False, sort_keys=True)
                parts.append(f"{caption}\n{text}")
        self.event_text.setPlainText("\n\n".join(parts) or tr("Nothing was sent or received at this step."))

    def _describe(self, state: str) -> None:
        """The badge's words and the entry's title, for a screen reader (updated with each entry)."""
        self.badge.setAccessibleDescription(state)
        title = self.title_label.text()
        self.setAccessibleDescription(f"{title}: {state}" if state else title)
