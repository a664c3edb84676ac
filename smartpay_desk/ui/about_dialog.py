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

from .i18n import tr
from .widgets.icons import app_icon


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About SmartPay Desk"))
        self.setWindowIcon(app_icon())
        self.resize(640, 520)
        layout = QVBoxLayout(self)

        heading = QLabel(tr("<h3>SmartPay Desk {version}</h3>").format(version=__version__))
        heading.setObjectName("aboutHeading")
        layout.addWidget(heading)
        intro = QLabel(
            tr(
                "The back-office desk for SmartPayments merchants: look up, refund, capture, charge again, "
                "pay out, create payment links and export reports. Every money-moving action is journalled "
                "before it is sent.<br><br>Files (journal, profiles, downloads): "
                "<tt>{data_dir}</tt><br>Secrets are kept in the system keyring only."
            ).format(data_dir=data_dir)
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(intro.textInteractionFlags() | intro.textInteractionFlags().TextSelectableByMouse)
        layout.addWidget(intro)

        layout.addWidget(QLabel(tr("<b>Built with</b>")))
        rows = bundled_licenses()
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([tr("Package"), tr("Version"), tr("Licence")])
        self.table.setAccessibleName(tr("Built with"))
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
