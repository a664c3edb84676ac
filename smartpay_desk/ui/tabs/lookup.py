"""Lookup: one order id → everything the gateway says about it (/check), and what can be done next.

Public API (main window, screenshots, other tabs through ctx.navigate("lookup", order_id)):
    tab.lookup(order_id=None)   look the id up (the typed one when None)
    tab.prefill(order_id)       same as lookup(order_id)
    tab.focus_order_id()        Ctrl+K from anywhere
Buttons emit ctx.navigate("refund" | "capture" | "cancel" | "recurrent", order_id).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...api import errors
from ...api.models import FAIL, PROCESSING, SUCCESS, TransactionInfo
from ...api.money import format_amount
from ..messages import describe_error, error_fields
from ..widgets.busy import BusyBar
from ..widgets.copy_label import CopyLabel
from ..widgets.forms import FieldForm, Section
from ..widgets.icons import icon
from ..widgets.panels import KeyValueGrid, MessageLine, ResultPanel, local_time, primary
from ..widgets.status_badge import StatusBadge

REFRESH_MS = 2000
_ROWS = [
    ("amount", "Amount"),
    ("type", "Type"),
    ("customer", "Customer"),
    ("end_date", "Finished"),
    ("authorization", "Authorization"),
    ("card_bin", "Card BIN"),
    ("card_country", "Card country"),
    ("card_type", "Card type"),
    ("error", "Error message"),
]


def is_authorized(info: TransactionInfo) -> bool:
    """An authorization holding money, waiting for capture or cancel."""
    return info.status == PROCESSING and str(info.authorize_status or "").upper() == "AUTHORIZED"


class LookupTab(QWidget):
    title = "Lookup"
    icon_name = "lookup"

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: TransactionInfo | None = None
        self._task: Any = None
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._auto_refresh)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(10)

        search = Section("Find a transaction", self)
        self.form = FieldForm(search)
        self.order_edit = QLineEdit(search)
        self.order_edit.setObjectName("lookupOrderId")
        self._placeholder(ctx.profile)
        ctx.profile_changed.connect(self._placeholder)
        self.order_edit.setClearButtonEnabled(True)
        self.order_edit.returnPressed.connect(self.lookup)
        self.lookup_button = primary(QPushButton(icon("lookup"), "Look up", search))
        self.lookup_button.setToolTip("Ask the gateway for this order's status (Enter)")
        self.lookup_button.clicked.connect(self._lookup_clicked)
        self.form.add_field(
            "order_id",
            "Order id",
            self.order_edit,
            "The merchant order id, exactly as it was sent (letters and case matter). Ctrl+K jumps here.",
            extra=self.lookup_button,
        )
        search.add(self.form)
        self.busy = BusyBar(search)
        search.add(self.busy)
        outer.addWidget(search)

        self.message = MessageLine(self)
        outer.addWidget(self.message)
        self.empty_note = QLabel(
            "Type an order id and press Enter to see its status, card, errors and the gates the gateway "
            "tried. Ctrl+K jumps here from any tab.",
            self,
        )
        self.empty_note.setObjectName("emptyNote")
        self.empty_note.setWordWrap(True)
        outer.addWidget(self.empty_note)

        self.panel = ResultPanel(self)
        header = QHBoxLayout()
        caption = QLabel("Order", self.panel)
        caption.setObjectName("resultTitle")
        self.order_label = CopyLabel("", self.panel, what="order id")
        self.order_label.label.setObjectName("resultTitle")
        self.badge = StatusBadge(self.panel)
        self.refresh_note = QLabel("", self.panel)
        self.refresh_note.setObjectName("hint")
        header.addWidget(caption)
        header.addWidget(self.order_label, 1)
        header.addWidget(self.refresh_note)
        header.addWidget(self.badge)
        self.panel.body.addLayout(header)

        self.card_label = CopyLabel("", self.panel, what="masked card number")
        card_row = QHBoxLayout()
        card_caption = QLabel("Card", self.panel)
        card_caption.setStyleSheet("color: #5f6872;")
        card_row.addWidget(card_caption)
        card_row.addWidget(self.card_label, 1)
        self.panel.body.addLayout(card_row)
        self.grid = KeyValueGrid(_ROWS, self.panel)
        self.panel.body.addWidget(self.grid)

        self.cascade_caption = QLabel("Gates the gateway tried (cascade)", self.panel)
        self.cascade_caption.setStyleSheet("font-weight: 600;")
        self.cascade = QTableWidget(0, 2, self.panel)
        self.cascade.setObjectName("cascadeTable")
        self.cascade.setHorizontalHeaderLabels(["Gate priority", "Error category"])
        self.cascade.verticalHeader().hide()
        self.cascade.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.cascade.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cascade.setAlternatingRowColors(True)
        self.cascade.setMaximumHeight(150)
        self.cascade.setToolTip("Each payment gate the gateway tried, in order, and why it did not take the payment")
        self.panel.body.addWidget(self.cascade_caption)
        self.panel.body.addWidget(self.cascade)

        actions = QHBoxLayout()
        self.refund_button = QPushButton(icon("refunds"), "Refund…", self.panel)
        self.refund_button.setToolTip("Open Refunds with this order filled in")
        self.capture_button = QPushButton(icon("capture"), "Capture…", self.panel)
        self.capture_button.setToolTip("Open Authorize & capture to take the held money")
        self.cancel_button = QPushButton(icon("cancel"), "Cancel authorization…", self.panel)
        self.cancel_button.setToolTip("Open Authorize & capture to release the held money")
        self.charge_button = QPushButton(icon("recurrent"), "Charge again…", self.panel)
        self.charge_button.setToolTip("Open Recurrent to charge this customer's saved card again")
        self.refresh_button = QPushButton(icon("refresh"), "Refresh", self.panel)
        self.refresh_button.setToolTip("Ask the gateway again")
        for button, target in (
            (self.refund_button, "refund"),
            (self.capture_button, "capture"),
            (self.cancel_button, "cancel"),
            (self.charge_button, "recurrent"),
        ):
            button.setProperty("navigate", target)
            button.clicked.connect(self._navigate)
            actions.addWidget(button)
        actions.addStretch(1)
        self.refresh_button.clicked.connect(self._refresh_clicked)
        actions.addWidget(self.refresh_button)
        self.panel.body.addLayout(actions)
        outer.addWidget(self.panel)
        outer.addStretch(1)
        self.panel.hide()

    # ------------------------------------------------------------ public

    @Slot(object)
    def _placeholder(self, profile: object) -> None:
        """On the sandbox, name an order that is there (its seeded history); elsewhere, say what to type."""
        sandbox = str(getattr(profile, "environment", "")) == "sandbox"
        self.order_edit.setPlaceholderText(
            "the merchant's order id, e.g. hist-0001 (the sandbox's history)" if sandbox else "the merchant's order id"
        )

    def focus_order_id(self) -> None:
        self.order_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.order_edit.selectAll()

    def prefill(self, order_id: str) -> None:
        self.lookup(order_id)

    def lookup(self, order_id: str | None = None, *, quiet: bool = False) -> None:
        """Ask /check for `order_id` (or the typed id) in a worker."""
        if order_id is not None:
            self.order_edit.setText(order_id)
        text = self.order_edit.text().strip()
        self.form.clear_errors()
        if not quiet:
            self.message.clear()
        if not text:
            self.form.set_errors({"order_id": "Enter the order id to look up."})
            return
        self._refresh.stop()
        if self._task is not None:
            self._task.cancel()
        self._task = self.ctx.runner.start(self.ctx.ops.check, text, on_success=self._show, on_failure=self._failed)
        if not quiet:
            self.busy.track(self._task, f"Asking the gateway about {text}…", disable=[self.lookup_button], sends=False)

    def stop(self) -> None:
        """The window is closing: no more refreshing, no more waiting."""
        self._refresh.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def is_refreshing(self) -> bool:
        return self._refresh.isActive()

    # ------------------------------------------------------------ results

    def _show(self, info: TransactionInfo) -> None:
        self._task = None
        self.info = info
        self.empty_note.hide()
        self.panel.show()
        self.order_label.set_text(info.order_id or self.order_edit.text().strip())
        if is_authorized(info):
            self.badge.set_text_colour("Authorized: waiting for capture", "info")
        else:
            self.badge.set_status(info.status)
        currency = getattr(self.ctx.profile, "currency", "EUR") or "EUR"
        self.grid.set("amount", format_amount(info.amount, currency) if info.amount is not None else None)
        self.grid.set("type", info.type)
        name = " ".join(part for part in (info.firstName, info.lastName) if part)
        self.grid.set("customer", name)
        self.grid.set("end_date", local_time(info.endDate) or ("not finished yet" if info.status == 1 else None))
        self.grid.set("authorization", str(info.authorize_status).capitalize() if info.authorize_status else None)
        card = info.card
        self.card_label.set_text(card.number if card else None)
        self.grid.set("card_bin", card.bin if card else None)
        country = card.country if card else None
        if card and card.iso:
            country = f"{country} ({card.iso})" if country else card.iso
        self.grid.set("card_country", country)
        self.grid.set("card_type", card.type if card else None)
        self.grid.set("error", info.errorMessage)
        self.grid.values["error"].setStyleSheet("color: #b3261e;" if info.errorMessage else "")
        self._fill_cascade(info)
        self._enable_actions(info)
        if info.status == PROCESSING and not is_authorized(info):
            self.refresh_note.setText("refreshing every 2 s")
            self._refresh.start()
        else:
            self.refresh_note.setText("")

    def _fill_cascade(self, info: TransactionInfo) -> None:
        rows = info.cascadeErrors or []
        self.cascade.setRowCount(len(rows))
        for index, item in enumerate(rows):
            priority = QTableWidgetItem("" if item.gatePriority is None else str(item.gatePriority))
            priority.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.cascade.setItem(index, 0, priority)
            self.cascade.setItem(index, 1, QTableWidgetItem(item.errorCategory or ""))
        self.cascade.resizeColumnToContents(0)
        self.cascade.setVisible(bool(rows))
        self.cascade_caption.setVisible(bool(rows))

    def _enable_actions(self, info: TransactionInfo) -> None:
        kind = (info.type or "").lower()
        money_in = kind not in ("withdrawal", "refund")
        self.refund_button.setEnabled(info.status == SUCCESS and money_in)
        self.charge_button.setEnabled(info.status == SUCCESS and money_in)
        authorized = is_authorized(info)
        self.capture_button.setEnabled(authorized)
        self.cancel_button.setEnabled(authorized)
        self.refresh_button.setEnabled(True)
        if info.status == FAIL and not info.errorMessage:
            self.grid.set("error", "failed (the gateway gave no reason)")

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self._refresh.stop()
        self.refresh_note.setText("")
        typed = self.order_edit.text().strip()
        if isinstance(exc, errors.OrderNotFound):
            self.panel.hide()
            self.empty_note.hide()
            self.form.set_errors(
                {"order_id": f"The gateway has no transaction with order id “{typed}”. "
                 "Check the id: it must match exactly, letters and case included."}
            )  # fmt: skip
            return
        fields = error_fields(exc)
        if fields:
            unplaced = self.form.set_errors(fields)
            if not unplaced:
                return
        self.message.error(describe_error(exc))

    # ------------------------------------------------------------ slots

    @Slot()
    def _lookup_clicked(self) -> None:
        self.lookup()

    @Slot()
    def _refresh_clicked(self) -> None:
        if self.info is not None and self.info.order_id:
            self.lookup(self.info.order_id)

    @Slot()
    def _auto_refresh(self) -> None:
        if self.info is not None and self.info.order_id and self.isVisible():
            self.lookup(self.info.order_id, quiet=True)
        elif self.info is not None and self.info.order_id:
            self._refresh.start()  # hidden tab: try again later, without asking the gateway

    @Slot()
    def _navigate(self) -> None:
        sender = self.sender()
        target = sender.property("navigate") if sender is not None else None
        if self.info is not None and self.info.order_id and target:
            self.ctx.navigate.emit(str(target), self.info.order_id)
