"""Lookup: one order id → everything the gateway says about it (/check), and what can be done next.

Public API (main window, screenshots, other tabs through ctx.navigate("lookup", order_id)):
    tab.lookup(order_id=None)   look the id up (the typed one when None)
    tab.prefill(order_id)       same as lookup(order_id)
    tab.focus_order_id()        Ctrl+K from anywhere
Buttons emit ctx.navigate("refund" | "capture" | "cancel" | "recurrent", order_id).

Keyboard: Enter in the order id looks it up, Esc clears it (or stops waiting while the gateway is asked);
every button has its Alt+letter (widgets/keys.py), the answer's buttons too once it is shown.

Per profile (ui/context.py): leaving a profile keeps the typed id and the last answer in
`session.views["lookup"]` (a LookupView); coming back shows them again, another profile starts empty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6 import QtCore
from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..context import DeskContext, ProfileSession
from ..i18n import tr
from ..widgets.forms import FieldForm, Section
from ..widgets.icons import icon
from ..widgets.keys import assign_mnemonics
from ..widgets.panels import MessageLine, primary
from ..worker import Call

if TYPE_CHECKING:  # the dataclasses, babel and the answer panel load with the first answer, not at start-up
    from ...api.models import TransactionInfo
    from ..widgets.busy import BusyBar
    from ..worker import Task
    from .lookup_result import LookupResult

REFRESH_MS = 2000
VIEW_KEY = "lookup"


class LookupView(NamedTuple):
    """What the tab showed for one profile: the typed id, and the last answer with the id it was asked for."""

    typed: str
    info: TransactionInfo | None
    asked: str


class LookupTab(QWidget):
    title = "Lookup"
    icon_name = "lookup"

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: TransactionInfo | None = None
        self._asked = ""  # the order id the answer on screen was asked for
        self._left = False  # a profile was left: what the tab shows belongs to one (else typed before any)
        self._task: Task | None = None
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._auto_refresh)

        outer = self._column = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(10)

        search = Section(tr("Find a transaction"), self)
        self.form = FieldForm(search)
        self.order_edit = QLineEdit(search)
        self.order_edit.setObjectName("lookupOrderId")
        self._placeholder(ctx.profile)
        ctx.session_leaving.connect(self._leaving)
        ctx.profile_changed.connect(self._arrived)
        self.order_edit.setClearButtonEnabled(True)
        self.order_edit.returnPressed.connect(self.lookup)
        self.lookup_button = primary(QPushButton(icon("lookup"), tr("Look up"), search))
        self.lookup_button.setToolTip(tr("Ask the gateway for this order's status (Enter)"))
        self.lookup_button.clicked.connect(self._lookup_clicked)
        self.form.add_field(
            "order_id",
            tr("Order id"),
            self.order_edit,
            tr("The merchant order id, exactly as it was sent (letters and case matter). Ctrl+K jumps here."),
            extra=self.lookup_button,
        )
        search.add(self.form)
        self._search = search
        self._busy: BusyBar | None = None  # under the field while the gateway is asked: made with the first question
        outer.addWidget(search)

        self.message = MessageLine(self)
        outer.addWidget(self.message)
        self.empty_note = QLabel(
            tr(
                "Type an order id and press Enter to see its status, card, errors and the gates the gateway "
                "tried. Ctrl+K jumps here from any tab."
            ),
            self,
        )
        self.empty_note.setObjectName("emptyNote")
        self.empty_note.setWordWrap(True)
        outer.addWidget(self.empty_note)

        self._panel: LookupResult | None = None  # built with the first answer (see lookup_result.py)
        outer.addStretch(1)
        if ctx.session is not None and VIEW_KEY in ctx.session.views:  # built after a profile opened
            self._restore()
        assign_mnemonics(self)

    @property
    def busy(self) -> BusyBar:
        """The busy bar, in its place at the end of the search section; made when first needed (hidden until then,
        it took no room, and its parts cost ~0.5 ms before the first paint)."""
        if self._busy is None:
            from ..widgets.busy import BusyBar

            self._busy = BusyBar(self._search)
            self._search.add(self._busy)
        return self._busy

    def _stop_waiting(self) -> None:
        if self._busy is not None:
            self._busy.stop()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc (nothing running: the busy bar takes it while it waits) clears the typed order id."""
        if event.key() == QtCore.Qt.Key.Key_Escape and self.order_edit.text():
            self.order_edit.clear()
            self.form.clear_errors()
            self.order_edit.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------ public

    @Slot(object)
    def _placeholder(self, profile: object) -> None:
        """On the sandbox, name an order that is there (its seeded history); elsewhere, say what to type."""
        sandbox = str(getattr(profile, "environment", "")) == "sandbox"
        self.order_edit.setPlaceholderText(
            tr("the merchant's order id, e.g. hist-0001 (the sandbox's history)")
            if sandbox
            else tr("the merchant's order id")
        )

    def focus_order_id(self) -> None:
        self.order_edit.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
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
            self.form.set_errors({"order_id": tr("Enter the order id to look up.")})
            return
        self._refresh.stop()
        if self._task is not None:
            self._task.cancel()
        ops = self.ctx.ops
        if ops is None:
            self.message.info(tr("Open a profile first: there is no gateway to ask."))
            return
        self._asked = text
        self._task = self.ctx.runner.start(Call(ops.check, text), on_success=self._show, on_failure=self._failed)
        if not quiet:
            asking = tr("Asking the gateway about {order}…").format(order=text)
            self.busy.track(self._task, asking, disable=[self.lookup_button], sends=False)

    def stop(self) -> None:
        """The window is closing: no more refreshing, no more waiting."""
        self._refresh.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def is_refreshing(self) -> bool:
        return self._refresh.isActive()

    # ------------------------------------------------------------ per profile

    @Slot(object)
    def _leaving(self, session: object) -> None:
        """Keep what this profile showed (the typed id, the last answer) and stop asking about it."""
        if isinstance(session, ProfileSession):
            session.views[VIEW_KEY] = LookupView(self.order_edit.text(), self.info, self._asked)
        self._left = True
        self.stop()
        self._stop_waiting()

    @Slot(object)
    def _arrived(self, profile: object) -> None:
        self._placeholder(profile)
        if self._left:  # the first profile of the run keeps what was typed while it opened
            self._restore()

    def _restore(self) -> None:
        """Show what the profile in front showed when it was left, or nothing."""
        session = self.ctx.session
        view = session.views.get(VIEW_KEY) if session is not None else None
        self.stop()
        self._stop_waiting()
        self.info = None
        self.form.clear_errors()
        self.message.clear()
        if self._panel is not None:
            self._panel.hide()
        self.empty_note.show()
        if not isinstance(view, LookupView):
            self.order_edit.setText("")
            return
        self.order_edit.setText(view.typed)
        self._asked = view.asked
        if view.info is not None:
            self._show(view.info)

    # ------------------------------------------------------------ results

    def warm_up(self) -> None:
        """Build the answer panel now (the window calls this in idle time after start-up), so the first
        answer does not wait ~10 ms for it."""
        _ = self.panel

    @property
    def panel(self) -> LookupResult:
        """The answer panel, built (hidden) the first time it is needed."""
        if self._panel is None:
            from .lookup_result import LookupResult

            self._panel = LookupResult(self)
            self._panel.hide()
            self._panel.action.connect(self._navigate)
            self._panel.refresh_requested.connect(self._refresh_clicked)
            self._column.insertWidget(self._column.count() - 1, self._panel)  # above the closing stretch
            assign_mnemonics(self)
        return self._panel

    def _show(self, info: TransactionInfo) -> None:
        from ...api.status import PROCESSING
        from .lookup_result import is_authorized

        self._task = None
        self.info = info
        self.empty_note.hide()
        panel = self.panel
        currency = (self.ctx.profile.currency if self.ctx.profile is not None else "") or "EUR"
        panel.show_info(info, self._asked, currency)
        panel.show()
        refreshing = info.status == PROCESSING and not is_authorized(info)
        panel.set_refreshing(refreshing)
        if refreshing:
            self._refresh.start()

    def _failed(self, exc: BaseException) -> None:
        from ...api import errors
        from ..messages import describe_error, error_fields

        self._task = None
        self._refresh.stop()
        if self._panel is not None:
            self._panel.set_refreshing(False)
        typed = self.order_edit.text().strip()
        if isinstance(exc, errors.OrderNotFound):
            if self._panel is not None:
                self._panel.hide()
            self.empty_note.hide()
            self.form.set_errors(
                {"order_id": tr("The gateway has no transaction with order id “{order}”. Check the id: it must "
                                "match exactly, letters and case included.").format(order=typed)}
            )  # fmt: skip
            return
        fields = error_fields(exc)
        if fields:
            unplaced = self.form.set_errors(fields)
            if not unplaced:
                return
        self.message.error(describe_error(exc, reading=True))

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

    @Slot(str)
    def _navigate(self, target: str) -> None:
        if self.info is not None and self.info.order_id:
            self.ctx.navigate.emit(target, self.info.order_id)
