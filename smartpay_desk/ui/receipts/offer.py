"""The "Receipt…" button under a succeeded refund, payout, repeat charge or capture (the tabs' result panels,
Activity's entry details): a small menu, Save as PDF… / Print…, and one line saying how it went.

    offer = ReceiptOffer(parent)             # hidden until an entry that gets a receipt is offered
    offer.offer(entry_id, kind, state)       # shown for a succeeded refund / payout / repeat charge / capture
    offer.save_pdf() / offer.print()         # what the menu's items do (each returns its Task, for tests)
    ReceiptOffer.ask_path / ask_printer      # the file and print dialogs (classmethods tests monkeypatch)

The receipt is made from the journal in a worker (services/receipts: the entry, its last event, the profile),
then rendered and written to disk in a worker, replacing the file in one step; only printing paints on the GUI
thread (the printer the operator chose in Qt's dialog belongs to it). The desk's context (the runner, the journal
and profile in front) is the `ctx` given, or the first parent widget that has one (every tab does), so a panel
needs no wiring to offer receipts. A receipt made for a profile that was left meanwhile is dropped, never shown
under another.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QSizePolicy, QWidget

from ...services.journal.states import State
from ...services.profiles.paths import atomic_write
from ...services.receipts.receipt import RECEIPT_KINDS, NoReceipt, Receipt, receipt_for
from ..i18n import tr
from ..messages import describe_error
from ..widgets.files import ask_save_path, pdf_file
from ..widgets.panels import MessageLine
from ..worker import Call
from . import render

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

    from ...services.journal.interface import JournalStore
    from ...services.profiles.profiles import Profile
    from ..context import DeskContext
    from ..worker import Task

PRINTING = importlib.util.find_spec("PySide6.QtPrintSupport") is not None  # PySide6-Essentials may lack it
FILE_MODE = 0o644  # a receipt is for handing on: readable like any document the operator saves


def gets_receipt(kind: str | None, state: str | None) -> bool:
    return kind in RECEIPT_KINDS and state == State.SUCCEEDED


def find_ctx(widget: QWidget | None) -> DeskContext | None:
    """The desk's context of the first widget up the parent chain that holds one as `ctx`."""
    from ..context import DeskContext

    while widget is not None:
        ctx = getattr(widget, "ctx", None)
        if isinstance(ctx, DeskContext):
            return ctx
        widget = widget.parentWidget()
    return None


class ReceiptOffer(QWidget):
    def __init__(self, parent: QWidget, ctx: DeskContext | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.entry_id: int | None = None
        self.task: Task | None = None
        self._session: object = None  # the session the receipt being made belongs to
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(tr("Rece&ipt…"), self)
        self.button.setAccessibleName(tr("Receipt"))
        self.button.setAccessibleDescription(tr("Save a receipt of this operation as a PDF, or print it"))
        self.button.setToolTip(tr("Save a receipt of this operation as a PDF, or print it"))
        self.menu = QMenu(self.button)
        self.menu.setAccessibleName(tr("Receipt"))
        self.pdf_action = self.menu.addAction(tr("Save as P&DF…"))
        self.pdf_action.triggered.connect(self._save_chosen)
        self.print_action = self.menu.addAction(tr("&Print…"))
        self.print_action.triggered.connect(self._print_chosen)
        self.print_action.setVisible(PRINTING)
        self.button.setMenu(self.menu)
        self.button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)  # as wide as its words
        row.addWidget(self.button)
        self.message = MessageLine(self)
        row.addWidget(self.message, 1)
        row.addStretch(0)  # the button stays at the left while the message is hidden
        self.hide()

    # ------------------------------------------------------------ public

    def offer(self, entry_id: int | None, kind: str | None, state: str | None) -> None:
        """Offer the receipt of this journal entry when it gets one; hide the offer otherwise."""
        wanted = entry_id if gets_receipt(kind, state) else None
        if wanted != self.entry_id:
            self.message.clear()
        self.entry_id = wanted
        self.setVisible(wanted is not None)

    def save_pdf(self) -> Task | None:
        return self._make(self._save_made)

    def print(self) -> Task | None:
        return self._make(self._print_made)

    @classmethod
    def ask_path(cls, parent: QWidget, suggested: Path) -> Path | None:
        """Where to save the receipt; None if the operator cancels."""
        return ask_save_path(parent, tr("Save the receipt as"), suggested, [pdf_file()])

    @classmethod
    def ask_printer(cls, parent: QWidget) -> QPagedPaintDevice | None:
        """The printer the operator chose in Qt's print dialog; None if they cancel."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(tr("Print the receipt"))
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    # ------------------------------------------------------------ making it

    def ctx(self) -> DeskContext | None:
        return self._ctx or find_ctx(self.parentWidget())

    def _make(self, then: Any) -> Task | None:
        ctx = self.ctx()
        if ctx is None or ctx.journal is None or self.entry_id is None or self.task is not None:
            return None
        self._session = ctx.session
        self.button.setEnabled(False)
        self.message.info(tr("Making the receipt…"))
        made = Call(_receipt, ctx.journal, self.entry_id, ctx.profile, ctx.data_dir)
        self.task = ctx.runner.start(made, on_success=then, on_failure=self._failed)
        return self.task

    def _current(self) -> bool:
        """Still the profile the receipt was made for (else it is dropped, and the offer is quiet)."""
        ctx = self.ctx()
        self.task = None
        self.button.setEnabled(True)
        if ctx is None or ctx.session is not self._session:
            self.message.clear()
            return False
        return True

    def _save_made(self, receipt: Receipt) -> None:
        if not self._current():
            return
        ctx = self.ctx()
        folder = (ctx.data_dir if ctx is not None and ctx.data_dir else None) or Path.home()
        path = self.ask_path(self, folder / suggested_name(receipt))
        if path is None:
            self.message.clear()
            return
        self.message.info(tr("Saving the receipt…"))
        self.button.setEnabled(False)
        assert ctx is not None
        self.task = ctx.runner.start(Call(_write, path, receipt), on_success=self._saved, on_failure=self._save_failed)

    def _print_made(self, receipt: Receipt) -> None:
        if not self._current():
            return
        printer = self.ask_printer(self)
        if printer is None:
            self.message.clear()
            return
        render.print_on(receipt, printer)
        self.message.success(tr("The receipt was sent to the printer."))

    # ------------------------------------------------------------ answers

    def _saved(self, path: Path) -> None:
        self.task = None
        self.button.setEnabled(True)
        self.message.success(tr("Receipt saved as {path}.").format(path=str(path)))

    def _save_failed(self, exc: BaseException) -> None:
        self.task = None
        self.button.setEnabled(True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else describe_error(exc)
        self.message.error(tr("The receipt could not be saved: {reason}").format(reason=reason))

    def _failed(self, exc: BaseException) -> None:
        if not self._current():
            return
        if isinstance(exc, NoReceipt) and exc.reason == "kind":
            self.message.error(tr("Only refunds, payouts, repeat charges and captures get a receipt."))
        elif isinstance(exc, NoReceipt):
            self.message.error(tr("Only an operation that succeeded gets a receipt, and this one has not."))
        elif isinstance(exc, KeyError):
            self.message.error(tr("This entry is not in the journal: there is nothing to make a receipt of."))
        else:
            self.message.error(
                tr("The receipt could not be made: {reason}").format(reason=describe_error(exc, reading=True))
            )

    @Slot()
    def _save_chosen(self) -> None:
        self.save_pdf()

    @Slot()
    def _print_chosen(self) -> None:
        self.print()


def suggested_name(receipt: Receipt) -> str:
    """receipt-refund-par-1-12.pdf: the kind, the order and the journal entry, safe as a file name."""
    order = re.sub(r"[^A-Za-z0-9._-]+", "_", receipt.order_id)[:60]
    return f"receipt-{receipt.kind}-{order}-{receipt.entry_id}.pdf"


def _receipt(journal: JournalStore, entry_id: int, profile: Profile | None, data_dir: Path | None) -> Receipt:
    """The entry's receipt (in a worker); an entry of another profile (Activity's "All profiles") gets that
    profile's merchant key from the data folder's profiles."""

    def named(name: str) -> Profile | None:
        from ...services.profiles.profiles import ProfileStore

        if data_dir is None:
            return None
        store = ProfileStore(data_dir)
        return store.get(name) if name in store else None

    return receipt_for(journal, entry_id, profile, others=named)


def _write(path: Path, receipt: Receipt) -> Path:
    """Render the PDF and write it in one step (in a worker: the first rendering loads fonts, ~0.1 s; QTextDocument
    and QPdfWriter paint off the GUI thread as QImage does)."""
    atomic_write(path, render.pdf_bytes(receipt), mode=FILE_MODE)
    return path
