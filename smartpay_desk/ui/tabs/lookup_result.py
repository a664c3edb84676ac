"""The Lookup tab's answer panel: one order's status, card, amount, errors, cascade and the next actions.

The tab builds it with the first answer, not at start-up: until then there is nothing to show, and the
window's first paint does not wait for a table, a dozen labels and five buttons nobody sees yet.

    panel.show_info(info, order_id, currency)   fill every field from a /check answer (TransactionInfo)
    panel.set_refreshing(on)                    the "refreshing every 2 s" note
    panel.action                                signal(str): "refund" | "capture" | "cancel" | "recurrent"
    panel.refresh_requested                     signal(): the Refresh button
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...api.gateway_codes import explain
from ...api.status import FAIL, PROCESSING, SUCCESS
from ..i18n import local_time, money, say, tr
from ..theme import set_tone
from ..widgets.copy_label import CopyLabel
from ..widgets.icons import icon
from ..widgets.panels import KeyValueGrid, ResultPanel
from ..widgets.status_badge import StatusBadge

if TYPE_CHECKING:
    from ...api.models import TransactionInfo


def _rows() -> list[tuple[str, str]]:
    """The answer's fields and their captions, in the desk's language (built when the panel is)."""
    return [
        ("amount", tr("Amount")),
        ("type", tr("Type")),
        ("customer", tr("Customer")),
        ("end_date", tr("Finished")),
        ("authorization", tr("Authorization")),
        ("card_bin", tr("Card BIN")),
        ("card_country", tr("Card country")),
        ("card_type", tr("Card type")),
        ("error", tr("Error message")),
    ]


def is_authorized(info: TransactionInfo) -> bool:
    """An authorization holding money, waiting for capture or cancel."""
    return info.status == PROCESSING and str(info.authorize_status or "").upper() == "AUTHORIZED"


class LookupResult(ResultPanel):
    action = Signal(str)  # which tab to open with this order: "refund" | "capture" | "cancel" | "recurrent"
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        header = QHBoxLayout()
        caption = QLabel(tr("Order"), self)
        caption.setObjectName("resultTitle")
        self.order_label = CopyLabel("", self, what=tr("order id"))
        self.order_label.label.setObjectName("resultTitle")
        self.badge = StatusBadge(self)
        self.refresh_note = QLabel("", self)
        self.refresh_note.setObjectName("hint")
        header.addWidget(caption)
        header.addWidget(self.order_label, 1)
        header.addWidget(self.refresh_note)
        header.addWidget(self.badge)
        self.body.addLayout(header)

        self.card_label = CopyLabel("", self, what=tr("masked card number"))
        card_row = QHBoxLayout()
        card_caption = QLabel(tr("Card"), self)
        set_tone(card_caption, "muted")
        card_row.addWidget(card_caption)
        card_row.addWidget(self.card_label, 1)
        self.body.addLayout(card_row)
        self.grid = KeyValueGrid(_rows(), self)
        self.body.addWidget(self.grid)

        self.cascade_caption = QLabel(tr("Gates the gateway tried (cascade)"), self)
        self.cascade_caption.setStyleSheet("font-weight: 600;")
        self.cascade = QTableWidget(0, 2, self)
        self.cascade.setObjectName("cascadeTable")
        self.cascade.setHorizontalHeaderLabels([tr("Gate priority"), tr("Reason")])
        self.cascade.verticalHeader().hide()
        self.cascade.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.cascade.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cascade.setAlternatingRowColors(True)
        self.cascade.setMaximumHeight(150)
        self.cascade.setAccessibleName(tr("Gates the gateway tried"))
        self.cascade.setToolTip(
            tr("Each payment gate the gateway tried, in order, and why it did not take the payment")
        )
        self.body.addWidget(self.cascade_caption)
        self.body.addWidget(self.cascade)

        actions = QHBoxLayout()
        self.refund_button = QPushButton(icon("refunds"), tr("Refund…"), self)
        self.refund_button.setToolTip(tr("Open Refunds with this order filled in"))
        self.capture_button = QPushButton(icon("capture"), tr("Capture…"), self)
        self.capture_button.setToolTip(tr("Open Authorize & capture to take the held money"))
        self.cancel_button = QPushButton(icon("cancel"), tr("Cancel authorization…"), self)
        self.cancel_button.setToolTip(tr("Open Authorize & capture to release the held money"))
        self.charge_button = QPushButton(icon("recurrent"), tr("Charge again…"), self)
        self.charge_button.setToolTip(tr("Open Recurrent to charge this customer's saved card again"))
        self.refresh_button = QPushButton(icon("refresh"), tr("Refresh"), self)
        self.refresh_button.setToolTip(tr("Ask the gateway again"))
        for button, target in (
            (self.refund_button, "refund"),
            (self.capture_button, "capture"),
            (self.cancel_button, "cancel"),
            (self.charge_button, "recurrent"),
        ):
            button.setProperty("navigate", target)
            button.clicked.connect(self._action_clicked)
            actions.addWidget(button)
        actions.addStretch(1)
        self.refresh_button.clicked.connect(self.refresh_requested)
        actions.addWidget(self.refresh_button)
        self.body.addLayout(actions)

    def show_info(self, info: TransactionInfo, order_id: str, currency: str) -> None:
        """Every field from one /check answer; amounts in `currency` (the profile's)."""
        self.order_label.set_text(info.order_id or order_id)
        if is_authorized(info):
            self.badge.set_text_colour(tr("Authorized: waiting for capture"), "info")
        else:
            self.badge.set_status(info.status)
        grid = self.grid
        grid.set("amount", money(info.amount, currency) if info.amount is not None else None)
        grid.set("type", info.type)
        grid.set("customer", " ".join(part for part in (info.firstName, info.lastName) if part))
        grid.set(
            "end_date", local_time(info.endDate) or (tr("not finished yet") if info.status == PROCESSING else None)
        )
        grid.set("authorization", str(info.authorize_status).capitalize() if info.authorize_status else None)
        card = info.card
        self.card_label.set_text(card.number if card else None)
        grid.set("card_bin", card.bin if card else None)
        country = card.country if card else None
        if card and card.iso:
            country = f"{country} ({card.iso})" if country else card.iso
        grid.set("card_country", country)
        grid.set("card_type", card.type if card else None)
        grid.set("error", say(explain(info.errorMessage)) or None)  # a code as a clerk's sentence, the code beside it
        set_tone(grid.values["error"], "error" if info.errorMessage else None)
        if info.status == FAIL and not info.errorMessage:
            grid.set("error", tr("failed (the gateway gave no reason)"))
        self._fill_cascade(info)
        self._enable_actions(info)
        self.set_description(f"{self.badge.text()}. {grid.words()}")

    def set_refreshing(self, on: bool) -> None:
        self.refresh_note.setText(tr("refreshing every 2 s") if on else "")

    def _fill_cascade(self, info: TransactionInfo) -> None:
        rows = info.cascadeErrors or []
        self.cascade.setRowCount(len(rows))
        for index, item in enumerate(rows):
            priority = QTableWidgetItem("" if item.gatePriority is None else str(item.gatePriority))
            priority.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.cascade.setItem(index, 0, priority)
            why = QTableWidgetItem(say(explain(item.errorCategory)))  # the code stays beside it, for support
            why.setToolTip(item.errorCategory or "")
            self.cascade.setItem(index, 1, why)
        self.cascade.resizeColumnToContents(0)
        self.cascade.setVisible(bool(rows))
        self.cascade_caption.setVisible(bool(rows))

    def _enable_actions(self, info: TransactionInfo) -> None:
        money_in = (info.type or "").lower() not in ("withdrawal", "refund")
        self.refund_button.setEnabled(info.status == SUCCESS and money_in)
        self.charge_button.setEnabled(info.status == SUCCESS and money_in)
        authorized = is_authorized(info)
        self.capture_button.setEnabled(authorized)
        self.cancel_button.setEnabled(authorized)
        self.refresh_button.setEnabled(True)

    @Slot()
    def _action_clicked(self) -> None:
        sender = self.sender()
        target = sender.property("navigate") if sender is not None else None
        if target:
            self.action.emit(str(target))
