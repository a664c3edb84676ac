"""The main window: assembles the eight tabs, the environment banner, the profile switcher and the status bar.

Navigation between tabs goes through ctx.navigate(name, value):
    "lookup"                 → LookupTab.prefill(order_id)   (looks it up)
    "refund"                 → RefundsTab.prefill(order_id)
    "capture" / "cancel"     → AuthorizeTab.prefill(order_id)
    "recurrent"              → RecurrentTab.prefill(order_id)
    "open_report"            → switch to Reports (ReportsTab listens to ctx.navigate and opens the file)
A tab may define stop(): called when the window closes, before the running calls are waited for.
Shortcuts: Ctrl+1…8 switch tabs, Ctrl+K goes to the Lookup field from anywhere.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..api.money import format_amount
from ..services.states import KIND_WORDS, STATE_WORDS
from .messages import describe_error
from .session import MissingSecret, SessionManager, wait_for_calls
from .tabs.activity import ActivityTab
from .tabs.authorize import AuthorizeTab
from .tabs.lookup import LookupTab
from .tabs.payments import PaymentsTab
from .tabs.payouts import PayoutsTab
from .tabs.recurrent import RecurrentTab
from .tabs.refunds import RefundsTab
from .tabs.reports import ReportsTab
from .widgets.banner import EnvironmentBanner
from .widgets.icons import app_icon, icon

log = logging.getLogger("smartpay_desk.ui")

TAB_CLASSES: tuple[type[QWidget], ...] = (
    LookupTab,
    PaymentsTab,
    AuthorizeTab,
    RefundsTab,
    RecurrentTab,
    PayoutsTab,
    ReportsTab,
    ActivityTab,
)
# navigate name → (tab class, method to call with the value; None: the tab handles the signal itself)
NAVIGATION: dict[str, tuple[type[QWidget], str | None]] = {
    "lookup": (LookupTab, "prefill"),
    "refund": (RefundsTab, "prefill"),
    "capture": (AuthorizeTab, "prefill"),
    "cancel": (AuthorizeTab, "prefill"),
    "recurrent": (RecurrentTab, "prefill"),
    "open_report": (ReportsTab, None),
}


def window_title(profile: Any) -> str:
    if profile is None:
        return "SmartPay Desk"
    env = getattr(profile.environment, "label", str(profile.environment))
    return f"SmartPay Desk — {profile.name} ({env})"


def operation_news(entry: Any) -> str:
    """'Refund of €15.00, order tour-…: succeeded': a journal entry in the operator's words."""
    kind = str(getattr(entry, "kind", ""))
    state = str(getattr(entry, "state", ""))
    what = KIND_WORDS.get(kind, kind.replace("_", " ")).capitalize()
    amount, currency = getattr(entry, "amount", None), getattr(entry, "currency", None)
    if isinstance(amount, int) and currency:
        with contextlib.suppress(ValueError):  # a currency code babel does not know: no amount, no crash
            what += f" of {format_amount(amount, currency)}"
    done = STATE_WORDS.get(state, state.replace("_", " "))
    return f"{what}, order {getattr(entry, 'order_id', '')}: {done}"


class MainWindow(QMainWindow):
    def __init__(self, ctx: Any, sessions: SessionManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sessions = sessions
        self.setWindowIcon(app_icon())
        self.resize(1240, 780)

        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.banner = EnvironmentBanner(central)
        column.addWidget(self.banner)
        self.tabs = QTabWidget(central)
        self.tabs.setDocumentMode(False)
        self.tabs.setObjectName("mainTabs")
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.pages: dict[type[QWidget], QWidget] = {}
        for number, cls in enumerate(TAB_CLASSES, start=1):
            page = cls(ctx)  # type: ignore[call-arg]
            self.pages[cls] = page
            title = str(getattr(cls, "title", cls.__name__))
            index = self.tabs.addTab(page, icon(getattr(cls, "icon_name", "")), title.replace("&", "&&"))
            self.tabs.setTabToolTip(index, f"{title} (Ctrl+{number})")
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.setProperty("tab_index", index)
            shortcut.activated.connect(self._switch_tab)
        self.lookup_shortcut = QShortcut(QKeySequence("Ctrl+K"), self)
        self.lookup_shortcut.activated.connect(self.focus_lookup)

        self._build_toolbar()
        self.operator_label = QLabel("", self)
        self.statusBar().addPermanentWidget(self.operator_label)
        self.statusBar().setSizeGripEnabled(False)

        ctx.navigate.connect(self.navigate)
        ctx.profile_changed.connect(self._profile_changed)
        ctx.operation_changed.connect(self._operation_changed)
        sessions.reconciled.connect(self._reconciled)
        sessions.reconcile_failed.connect(self._reconcile_failed)
        self._profile_changed(ctx.profile)

    # ------------------------------------------------------------ building

    def _build_toolbar(self) -> None:
        bar = QToolBar("Profile", self)
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        caption = QLabel("Profile ", bar)
        bar.addWidget(caption)
        self.profile_box = QComboBox(bar)
        self.profile_box.setMinimumWidth(200)
        self.profile_box.setToolTip("Which gateway account you are working on; switching reconnects the desk")
        self.profile_box.setAccessibleName("Profile")
        self.profile_box.activated.connect(self._profile_chosen)
        caption.setBuddy(self.profile_box)
        bar.addWidget(self.profile_box)
        self.profiles_action = QAction(icon("profiles"), "Profiles…", self)
        self.profiles_action.setToolTip("Add, edit or delete profiles and their credentials")
        self.profiles_action.triggered.connect(self.edit_profiles)
        bar.addAction(self.profiles_action)
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.about_action = QAction(icon("info"), "About", self)
        self.about_action.setToolTip("Version and where the desk keeps its files")
        self.about_action.triggered.connect(self.show_about)
        bar.addAction(self.about_action)
        self.toolbar = bar
        self.refill_profiles()

    def refill_profiles(self) -> None:
        self.profile_box.blockSignals(True)
        self.profile_box.clear()
        for profile in self.sessions.store.list():
            label = f"{profile.name}  ({profile.environment.label})"
            self.profile_box.addItem(label, profile.name)
        current = getattr(self.ctx.profile, "name", None)
        index = self.profile_box.findData(current)
        if index >= 0:
            self.profile_box.setCurrentIndex(index)
        self.profile_box.blockSignals(False)

    # ------------------------------------------------------------ tabs

    def page(self, cls: type[QWidget]) -> Any:
        return self.pages[cls]

    @Slot()
    def _switch_tab(self) -> None:
        sender = self.sender()
        if sender is not None:
            self.tabs.setCurrentIndex(int(sender.property("tab_index")))

    @Slot()
    def focus_lookup(self) -> None:
        lookup = self.pages[LookupTab]
        self.tabs.setCurrentWidget(lookup)
        lookup.focus_order_id()  # type: ignore[attr-defined]

    @Slot(str, object)
    def navigate(self, name: str, value: object) -> None:
        target = NAVIGATION.get(name)
        if target is None:
            log.warning("no tab answers to %r", name)
            return
        cls, method = target
        page = self.pages[cls]
        self.tabs.setCurrentWidget(page)
        if method is not None:
            getattr(page, method)(value)

    # ------------------------------------------------------------ profiles

    @Slot(int)
    def _profile_chosen(self, index: int) -> None:
        name = self.profile_box.itemData(index)
        if not name or name == getattr(self.ctx.profile, "name", None):
            return
        self.switch_profile(str(name))

    def switch_profile(self, name: str, secret: str | None = None) -> None:
        self.profile_box.setEnabled(False)
        self.statusBar().showMessage(f"Opening the profile {name}…")
        self.sessions.open(name, secret=secret, on_opened=self._opened, on_failed=self._open_failed)

    def _opened(self, profile: Any) -> None:
        self.profile_box.setEnabled(True)
        self.refill_profiles()
        self.statusBar().showMessage(f"Now working on {profile.name} ({profile.environment.label}).", 8000)
        self.sessions.reconcile()

    def _open_failed(self, exc: BaseException) -> None:
        self.profile_box.setEnabled(True)
        self.refill_profiles()
        if isinstance(exc, MissingSecret):
            from .profile_dialog import SecretDialog

            secret = SecretDialog.ask(self, exc.profile.name)
            if secret:
                self.switch_profile(exc.profile.name, secret)
                self.ctx.runner.start(self.sessions.credentials.set, exc.profile, secret)
            else:
                self.statusBar().showMessage("The profile was not opened: it needs its secret.", 8000)
            return
        words = describe_error(exc)
        self.statusBar().showMessage(f"The profile could not be opened: {words}", 15000)

    @Slot()
    def edit_profiles(self) -> None:
        from .profile_dialog import ProfileDialog

        ProfileDialog.ask(self, self.ctx, self.sessions)
        self.refill_profiles()
        current = getattr(self.ctx.profile, "name", None)
        if current is not None and current in self.sessions.store:
            updated = self.sessions.store.get(current)
            if updated != self.ctx.profile and not (updated.embedded and self.ctx.profile.embedded):
                self.switch_profile(current)
        elif self.sessions.store.names():
            self.switch_profile(self.sessions.store.names()[0])

    @Slot(object)
    def _profile_changed(self, profile: Any) -> None:
        self.setWindowTitle(window_title(profile))
        if profile is not None:
            self.banner.set_environment(profile.environment, profile.name)
            operator = getattr(self.ctx.ops, "operator", "")
            self.operator_label.setText(f"Operator: {operator}  ·  Account: {profile.account}  ")
        self.refill_profiles()

    # ------------------------------------------------------------ journal news

    @Slot(object)
    def _operation_changed(self, entry: object) -> None:
        state = str(getattr(entry, "state", "") or "")
        kind = str(getattr(entry, "kind", "") or "")
        if state and kind:
            self.statusBar().showMessage(operation_news(entry), 10000)

    @Slot(object)
    def _reconciled(self, outcomes: object) -> None:
        items = list(outcomes or [])  # type: ignore[call-overload]
        if not items:
            self.statusBar().showMessage("Journal checked: nothing was left in flight.", 10000)
            return
        review = [o for o in items if getattr(o, "after", "") == "needs_review"]
        lines = "\n".join(f"• {o}" for o in items[:12])
        more = f"\n…and {len(items) - 12} more (see Activity)." if len(items) > 12 else ""
        text = (
            f"{len(items)} operation(s) were left in flight when the desk last stopped. "
            f"Each was checked with the gateway; nothing was sent again.\n\n{lines}{more}"
        )
        if review:
            text += "\n\nSome need you to verify them by hand: see Activity."
        self.statusBar().showMessage(f"Journal checked: {len(items)} operation(s) settled.", 15000)
        self.tell("Operations left in flight", text)

    @Slot(object)
    def _reconcile_failed(self, exc: object) -> None:
        words = describe_error(exc) if isinstance(exc, BaseException) else str(exc)
        self.statusBar().showMessage(f"The journal could not be checked with the gateway: {words}", 15000)

    def tell(self, title: str, text: str) -> None:
        """An information box (tests monkeypatch this)."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self)
        box.open()

    @Slot()
    def show_about(self) -> None:
        from .about_dialog import AboutDialog  # reads package metadata: only when asked for

        dialog = AboutDialog(getattr(self.ctx, "data_dir", ""), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # ------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:
        running = self.ctx.runner.active_count()
        if running:
            self.statusBar().showMessage(f"Waiting for {running} call(s) to end before closing…")
        self.ctx.blockSignals(True)  # no tab reacts to news any more: nothing new starts while closing
        for timer in self.findChildren(QTimer):  # nor on a timer (refreshes, followers, debounces)
            timer.stop()
        for page in self.pages.values():
            stop = getattr(page, "stop", None)
            if callable(stop):
                stop()
        wait_for_calls(self.ctx.runner)
        self.sessions.close()
        event.accept()
