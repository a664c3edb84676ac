"""The answer panel of a payment: status badge and order id; for a link the link itself with Copy, Open and
its QR code; for a card the masked card; and a Stop-following button while the status is being followed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from .copy_label import CopyLabel
from .icons import icon
from .panels import ResultPanel
from .qr import QrCodeWidget
from .status_badge import StatusBadge


class PaymentOutcome(ResultPanel):
    """Status badge, order id and (for links) the link with Copy / Open / QR; (for cards) the challenge."""

    def __init__(self, parent: QWidget, *, with_link: bool) -> None:
        super().__init__(parent)
        top = QHBoxLayout()
        self.badge = StatusBadge(self)
        self.following = QLabel("", self)
        self.following.setObjectName("hint")
        top.addWidget(self.badge)
        top.addWidget(self.following, 1)
        self.body.addLayout(top)
        self.order = CopyLabel("", self, what="order id")
        self.body.addWidget(self._row("Order", self.order))
        self.card = QLabel("", self)
        self.card_row = self._row("Card", self.card)
        self.body.addWidget(self.card_row)
        self.link = CopyLabel("", self, what="payment link")
        self.link.label.setWordWrap(True)
        self.link.set_expanding()
        self.link_row = self._row("Link", self.link)
        self.body.addWidget(self.link_row)
        self.open_button = QPushButton(icon("open"), "Open in browser", self)
        self.body.addWidget(self.open_button)
        self.qr = QrCodeWidget(self, side=172)
        self.body.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        self.note = QLabel("", self)  # the journal's words for the outcome, as under the other tabs' results
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()
        self.body.addWidget(self.note)
        self.stop_button = QPushButton("Stop following", self)
        self.stop_button.setToolTip("Stop asking the gateway for the status (Lookup can ask again later)")
        self.body.addWidget(self.stop_button)
        self.card_row.setVisible(not with_link)
        self.link_row.setVisible(with_link)
        self.qr.setVisible(with_link)
        self.open_button.setVisible(False)
        self.hide()

    def _row(self, caption: str, value: QWidget) -> QWidget:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        name = QLabel(caption, row)
        name.setStyleSheet("color: #5f6872;")
        name.setMinimumWidth(44)
        box.addWidget(name)
        box.addWidget(value, 1)
        return row
