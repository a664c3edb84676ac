"""About SmartPay Desk: the version (from the package metadata), where its files are, and the licences of
everything it runs on, with how the bundle honours Qt for Python's LGPL."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartpay_desk import __version__
from smartpay_desk.bundled_licenses import LGPL_NOTICE, bundled_licenses

from .widgets.icons import app_icon


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About SmartPay Desk")
        self.setWindowIcon(app_icon())
        self.resize(640, 520)
        layout = QVBoxLayout(self)

        heading = QLabel(f"<h3>SmartPay Desk {__version__}</h3>")
        heading.setObjectName("aboutHeading")
        layout.addWidget(heading)
        intro = QLabel(
            "The back-office desk for SmartPayments merchants: look up, refund, capture, charge again, pay out, "
            "create payment links and export reports. Every money-moving action is journalled before it is sent."
            f"<br><br>Files (journal, profiles, downloads): <tt>{data_dir}</tt>"
            "<br>Secrets are kept in the system keyring only."
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(intro.textInteractionFlags() | intro.textInteractionFlags().TextSelectableByMouse)
        layout.addWidget(intro)

        layout.addWidget(QLabel("<b>Built with</b>"))
        rows = bundled_licenses()
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels(["Package", "Version", "Licence"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        notice = QLabel(LGPL_NOTICE)
        notice.setWordWrap(True)
        notice.setObjectName("hint")
        layout.addWidget(notice)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
