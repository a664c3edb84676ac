"""A QR code painted with QPainter from the `qrcode` library's module matrix (no image library needed)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..i18n import tr


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of `text`'s QR code, quiet zone (2 modules) included; True is dark."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=2)
    code.add_data(text)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


class QrCodeWidget(QWidget):
    """Square, scales with its size; empty (nothing painted) until `set_data`."""

    def __init__(self, parent: QWidget | None = None, *, side: int = 180) -> None:
        super().__init__(parent)
        self.setObjectName("qrCode")
        self._matrix: list[list[bool]] = []
        self._data = ""
        self._side = side
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(side, side)
        self.setToolTip(tr("Scan with a phone camera to open the payment page."))

    def set_data(self, text: str) -> None:
        self._data = text
        self._matrix = qr_matrix(text) if text else []
        self.update()

    def data(self) -> str:
        return self._data

    def module_count(self) -> int:
        return len(self._matrix)

    def sizeHint(self) -> QSize:
        return QSize(self._side, self._side)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        try:
            n = len(self._matrix)
            side = min(self.width(), self.height())
            module = side / n
            painter.fillRect(QRectF(0, 0, side, side), QColor("white"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("black"))
            for y, row in enumerate(self._matrix):
                for x, dark in enumerate(row):
                    if dark:
                        # a hair larger than a module so no seams show between neighbours
                        painter.drawRect(QRectF(x * module, y * module, module + 0.5, module + 0.5))
        finally:
            painter.end()
