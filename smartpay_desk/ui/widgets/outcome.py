"""The answer panel of a payment: status badge and order id; for a link the link itself with Copy, Open and
its QR code; for a card the masked card; and a Stop-following button while the status is being followed.
For a screen reader the panel's accessible description says it all in one sentence (`describe`), kept up to
date by whoever changes what it shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..i18n import tr
from ..theme import set_tone
from .copy_label import CopyLabel
from .icons import icon
from .keys import describe, set_name
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
        self.order = CopyLabel("", self, what=tr("order id"))
        self.body.addWidget(self._row(tr("Order"), self.order))
        self.card = QLabel("", self)
        self.card_row = self._row(tr("Card"), self.card)
        self.body.addWidget(self.card_row)
        self.link = CopyLabel("", self, what=tr("payment link"))
        self.link.label.setWordWrap(True)
        self.link.set_expanding()
        self.link_row = self._row(tr("Link"), self.link)
        self.body.addWidget(self.link_row)
        self.open_button = QPushButton(icon("open"), tr("Open in browser"), self)
        self.body.addWidget(self.open_button)
        self.qr = QrCodeWidget(self, side=172)
        set_name(self.qr, tr("QR code of the payment link"))
        self.body.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        self.note = QLabel("", self)  # the journal's words for the outcome, as under the other tabs' results
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setAccessibleName(tr("What the journal says"))
        self.note.hide()
        self.body.addWidget(self.note)
        self.stop_button = QPushButton(tr("Stop following"), self)
        self.stop_button.setToolTip(tr("Stop asking the gateway for the status (Lookup can ask again later)"))
        self.body.addWidget(self.stop_button)
        self.card_row.setVisible(not with_link)
        self.link_row.setVisible(with_link)
        self.qr.setVisible(with_link)
        self.open_button.setVisible(False)
        set_name(self, tr("Payment link result") if with_link else tr("Card payment result"))
        self.hide()

    def describe(self) -> None:
        """The panel's accessible description: status, order, card or link, and the journal's words."""
        parts = [self.badge.text(), tr("Order {order}").format(order=self.order.text()) if self.order.text() else ""]
        if self.card_row.isVisibleTo(self) and self.card.text():
            parts.append(tr("Card {card}").format(card=self.card.text()))
        if self.link_row.isVisibleTo(self) and self.link.text():
            parts.append(tr("Link {link}").format(link=self.link.text()))
        parts += [self.following.text(), self.note.text() if not self.note.isHidden() else ""]
        describe(self, ". ".join(part for part in parts if part))

    def _row(self, caption: str, value: QWidget) -> QWidget:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        name = QLabel(caption, row)
        set_tone(name, "muted")
        name.setMinimumWidth(44)
        box.addWidget(name)
        box.addWidget(value, 1)
        return row
