"""The main window: assembles the eight tabs, the environment banner, the profile switcher and the status bar.

Navigation between tabs goes through ctx.navigate(name, value):
    "lookup"                 → LookupTab.prefill(order_id)   (looks it up)
    "refund"                 → RefundsTab.prefill(order_id)
    "capture" / "cancel"     → AuthorizeTab.prefill(order_id)
    "recurrent"              → RecurrentTab.prefill(order_id)
    "open_report"            → switch to Reports (ReportsTab listens to ctx.navigate and opens the file)
A tab may define stop(): called when the window closes, before the running calls are waited for.
Shortcuts: Ctrl+1…8 switch tabs, Ctrl+K goes to the Lookup field from anywhere (added with the first paint).

Start-up: only the tab in front is built before the window is shown; the others sit as empty placeholders
(their titles and icons come from TABS, so their modules are not even imported) and are built, each
replacing its placeholder, when first shown or asked for (page(), navigate), or by build_remaining_tabs()
(the application calls it after the first paint) in idle time, one per event-loop turn; then each built tab
that has a warm_up() (what it would build on first use) gets it called, one a turn, and `settled` is emitted.
`first_painted` is emitted once the window's first painting pass is over.

What runs before the first paint (this module, ui/app.py, context, session, worker, the Lookup tab and the
widgets it uses) keeps off PySide6's `Qt` namespace: its first use builds ~100 Python enum types, ~25 ms.
Those modules import `QtCore` and write `QtCore.Qt.X` inside the functions that run later; the few enum
properties the first screen sets go by name through Qt's property system, as a .ui file does
(`setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")`). benchmarks/bench_startup.py checks it.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .session import MissingSecret, SessionManager
from .tab_registry import NAVIGATION, TAB_INDEX, TABS
from .widgets.banner import EnvironmentBanner
from .widgets.icons import app_icon, icon
from .widgets.steady_tabs import SteadyTabs

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

log = logging.getLogger("smartpay_desk.ui")


FIRST_PAINT_FALLBACK_MS = 1000  # a window never exposed (minimised at start): go on anyway


def window_title(profile: Any) -> str:
    if profile is None:
        return "SmartPay Desk"
    env = getattr(profile.environment, "label", str(profile.environment))
    return f"SmartPay Desk — {profile.name} ({env})"


def operation_news(entry: Any) -> str:
    """'Refund of €15.00, order tour-…: succeeded': a journal entry in the operator's words."""
    from ..api.money import format_amount  # babel: not needed before the first paint
    from ..services.journal.states import KIND_WORDS, STATE_WORDS

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
    first_painted = Signal()  # the first painting pass of the window is over (emitted once)
    settled = Signal()  # every tab built and warmed up after the first paint (emitted once)

    def __init__(self, ctx: Any, sessions: SessionManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sessions = sessions
        self.setWindowIcon(app_icon())
        # 1240 × 780, or less on a smaller screen (a 1366 × 768 laptop less its panel): never taller than it
        screen = self.screen().availableGeometry()
        self.resize(min(1240, screen.width()), min(780, screen.height()))

        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.banner = EnvironmentBanner(central)
        column.addWidget(self.banner)
        self.tabs = SteadyTabs(central)
        self.tabs.setDocumentMode(False)
        self.tabs.setObjectName("mainTabs")
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self._built: dict[int, QWidget] = {}
        self._closing = False
        for number, spec in enumerate(TABS, start=1):
            if number == 1:  # the tab in front: built now
                page = self._built[0] = spec.load()(ctx)
            else:
                page = QWidget(self.tabs)  # a placeholder until the tab is first needed
            index = self.tabs.addTab(page, icon(spec.icon_name), spec.title.replace("&", "&&"))
            self.tabs.setTabToolTip(index, f"{spec.title} (Ctrl+{number})")
        self.tabs.currentChanged.connect(self._tab_shown)
        self.lookup_shortcut: Any = None  # Ctrl+K; the shortcuts come with the first paint (_add_shortcuts)

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

        self._painted = False  # the first Paint was seen
        self._announced = False  # first_painted was emitted
        self._idle = QTimer(self)  # builds the remaining tabs, then warms them up, one per event-loop turn
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._build_next)
        self._warming: list[Any] | None = None  # built tabs with a warm_up(), once every tab is built
        self._settled = False
        self._paint_fallback = QTimer(self)
        self._paint_fallback.setSingleShot(True)
        self._paint_fallback.setInterval(FIRST_PAINT_FALLBACK_MS)
        self._paint_fallback.timeout.connect(self._after_first_paint)
        self.tabs.tabBar().installEventFilter(self)  # always painted with the window

    # ------------------------------------------------------------ building

    def _build_toolbar(self) -> None:
        bar = QToolBar("Profile", self)
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")  # by name: see "Start-up" above
        self.addToolBar(bar)  # at the top
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

    @property
    def pages(self) -> dict[type[QWidget], QWidget]:
        """The tabs built so far, by class."""
        return {type(page): page for page in self._built.values()}

    def page(self, cls: type[QWidget]) -> Any:
        """The tab of that class (built now if it was not yet)."""
        for index, spec in enumerate(TABS):
            if spec.class_name == cls.__name__ and cls.__module__.endswith(f".tabs.{spec.module}"):
                return self._build(index)
        raise KeyError(cls)

    def page_named(self, module: str) -> Any:
        """The tab of ui/tabs/<module>.py (built now if it was not yet)."""
        return self._build(TAB_INDEX[module])

    def _build(self, index: int) -> QWidget:
        """Build the tab at `index` in place of its placeholder (no-op if built); the current tab stays."""
        page = self._built.get(index)
        if page is not None:
            return page
        spec = TABS[index]
        page = spec.load()(self.ctx)
        self._built[index] = page
        placeholder = self.tabs.widget(index)
        was_current = self.tabs.currentIndex() == index
        self.tabs.blockSignals(True)  # nobody sees the placeholder leave
        try:  # in before the placeholder, which then goes: no other tab is shown or hidden meanwhile
            self.tabs.insertTab(index, page, icon(spec.icon_name), spec.title.replace("&", "&&"))
            self.tabs.setTabToolTip(index, self.tabs.tabToolTip(index + 1))
            if was_current:
                self.tabs.setCurrentIndex(index)
            self.tabs.removeTab(index + 1)
        finally:
            self.tabs.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()
        return page

    @Slot(int)
    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(TABS) and not self._closing:
            self._build(index)

    @Slot()
    def _build_next(self) -> None:
        """One step of the idle work after the first paint: build a tab, else warm one up (the parts a tab
        builds on first use), else stop and say `settled`."""
        remaining = [index for index in range(len(TABS)) if index not in self._built]
        if self._closing:
            self._idle.stop()
        elif remaining:
            self._build(remaining[0])
        elif self._warming is None:
            self._warming = [page for page in self._built.values() if callable(getattr(page, "warm_up", None))]
        elif self._warming:
            self._warming.pop(0).warm_up()
        else:
            self._idle.stop()
            if not self._settled:
                self._settled = True
                self.settled.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._after_first_paint)  # after the rest of this painting pass
        return False

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._painted:
            self._paint_fallback.start()

    @Slot()
    def _after_first_paint(self) -> None:
        self._painted = True
        self._paint_fallback.stop()
        self.tabs.tabBar().removeEventFilter(self)
        if self._announced or self._closing:
            return
        self._announced = True
        self._add_shortcuts()
        self.first_painted.emit()

    def _add_shortcuts(self) -> None:
        """Ctrl+1…8 and Ctrl+K: no key reaches a window before it is on screen, so they wait for it."""
        from PySide6.QtGui import QKeySequence, QShortcut

        for index in range(len(TABS)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.setProperty("tab_index", index)
            shortcut.activated.connect(self._switch_tab)
        self.lookup_shortcut = QShortcut(QKeySequence("Ctrl+K"), self)
        self.lookup_shortcut.activated.connect(self.focus_lookup)

    def build_remaining_tabs(self) -> None:
        """Build the tabs not built yet, one per event-loop turn (the window answers in between)."""
        if not self._closing:
            self._idle.start()

    @Slot()
    def _switch_tab(self) -> None:
        sender = self.sender()
        if sender is not None:
            self.tabs.setCurrentIndex(int(sender.property("tab_index")))

    @Slot()
    def focus_lookup(self) -> None:
        lookup = self.page_named("lookup")
        self.tabs.setCurrentWidget(lookup)
        lookup.focus_order_id()

    @Slot(str, object)
    def navigate(self, name: str, value: object) -> None:
        target = NAVIGATION.get(name)
        if target is None:
            log.warning("no tab answers to %r", name)
            return
        module, method = target
        index = TAB_INDEX[module]
        fresh = index not in self._built
        page = self._build(index)
        self.tabs.setCurrentWidget(page)
        if method is not None:
            getattr(page, method)(value)
        elif fresh:  # built by this very signal, too late to hear it: hand it the request
            getattr(page, "_navigate")(name, value)  # noqa: B009

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
        from .messages import describe_error

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
        from .messages import describe_error

        words = describe_error(exc) if isinstance(exc, BaseException) else str(exc)
        self.statusBar().showMessage(f"The journal could not be checked with the gateway: {words}", 15000)

    def tell(self, title: str, text: str) -> None:
        """An information box (tests monkeypatch this)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self)
        box.open()

    @Slot()
    def show_about(self) -> None:
        from .about_dialog import AboutDialog  # reads package metadata: only when asked for

        dialog = AboutDialog(getattr(self.ctx, "data_dir", ""), self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # ------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:
        running = self.ctx.runner.active_count()
        if running:
            self.statusBar().showMessage(f"Waiting for {running} call(s) to end before closing…")
        self._closing = True  # no tab is built any more
        self.ctx.blockSignals(True)  # no tab reacts to news any more: nothing new starts while closing
        for timer in self.findChildren(QTimer):  # nor on a timer (refreshes, followers, debounces)
            timer.stop()
        for page in self._built.values():
            stop = getattr(page, "stop", None)
            if callable(stop):
                stop()
        self.ctx.runner.shutdown()
        self.sessions.close()
        event.accept()
