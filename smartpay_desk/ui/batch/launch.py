"""The "Batch…" button of the Payouts and Refunds tabs: opens the batch window (one per tab, kept while the desk
runs, so a batch on its way is never lost behind a second window)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton, QWidget

from ...services.batch.model import PAYOUT, BatchKind
from ..i18n import tr
from .dialog import BatchDialog

if TYPE_CHECKING:
    from ..context import DeskContext


class BatchButton(QPushButton):
    def __init__(self, ctx: DeskContext, kind: BatchKind, parent: QWidget) -> None:
        what = "payouts" if kind == PAYOUT else "refunds"
        super().__init__(tr("Batch payouts…") if kind == PAYOUT else tr("Batch refunds…"), parent)
        self.setObjectName(f"batch{what.capitalize()}Button")
        if kind == PAYOUT:
            self.setToolTip(tr("Check and send many payouts from a spreadsheet (xlsx or CSV); save the template there"))
        else:
            self.setToolTip(tr("Check and send many refunds from a spreadsheet (xlsx or CSV); save the template there"))
        self.ctx, self.kind = ctx, kind
        self.dialog: BatchDialog | None = None
        self.clicked.connect(self.open_dialog)

    def open_dialog(self) -> BatchDialog:
        if self.dialog is None:
            self.dialog = BatchDialog(self.ctx, self.kind, self.window())
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog
