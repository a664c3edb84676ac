"""An amount typed as a decimal in the account's currency, read as integer minor units.

edit = AmountEdit(currency="EUR")
edit.setText("12.50")
edit.minor_units()      # 1250; raises api.money.AmountError (a ValueError) with a sentence
edit.set_minor(990)     # shows "9.90" ("9,90" in German: the desk's decimal mark; both are read back)
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ...api.money import AmountError, format_plain, parse_amount
from ..theme import set_tone


def local_plain(minor: int, currency: str) -> str:
    """format_plain in the desk's decimal mark: "1234.50", or "1234,50" in German (parse_amount reads both)."""
    plain = format_plain(minor, currency)
    return plain.replace(".", QLocale().decimalPoint()) if QLocale().decimalPoint() != "." else plain


class AmountEdit(QLineEdit):
    """QLineEdit with the currency code shown inside, at its right edge."""

    def __init__(self, currency: str = "EUR", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._currency = ""
        self._suffix = QLabel(self)
        self._suffix.setObjectName("currencySuffix")
        set_tone(self._suffix, "muted")
        self._suffix.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._suffix.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaxLength(64)
        self.setPlaceholderText("0.00")
        self.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.set_currency(currency)

    @property
    def currency(self) -> str:
        return self._currency

    def set_currency(self, code: str) -> None:
        """Show amounts in `code`; the typed text is kept as it is."""
        self._currency = (code or "").upper()
        self._suffix.setText(self._currency)
        self._suffix.adjustSize()
        try:
            self.setPlaceholderText(local_plain(0, self._currency))
        except ValueError:
            self.setPlaceholderText("0.00")
        self._place_suffix()

    def minor_units(self) -> int:
        """The typed amount in minor units; AmountError (a ValueError) with a sentence if unreadable."""
        return parse_amount(self.text(), self._currency)

    def minor_units_or_none(self) -> int | None:
        try:
            return self.minor_units()
        except AmountError:
            return None

    def set_minor(self, minor: int | None) -> None:
        """Show `minor` units in the current currency (None clears the field)."""
        if minor is None:
            self.clear()
            return
        self.setText(local_plain(minor, self._currency))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_suffix()

    def _place_suffix(self) -> None:
        width = self._suffix.sizeHint().width() + 10
        self.setTextMargins(0, 0, width, 0)
        self._suffix.setGeometry(self.width() - width, 0, width - 4, self.height())
