"""The main window: assembles the ten tabs, the environment banner, the profile switcher and the status bar.

Navigation between tabs goes through ctx.navigate(name, value):
    "lookup"                 → LookupTab.prefill(order_id)   (looks it up)
    "refund"                 → RefundsTab.prefill(order_id)
    "capture" / "cancel"     → AuthorizeTab.prefill(order_id)
    "recurrent"              → RecurrentTab.prefill(order_id)
    "open_report"            → switch to Reports (ReportsTab listens to ctx.navigate and opens the file)
    "activity"               → ActivityTab.show_entry(entry_id)  (selects a journal entry, e.g. to settle it)
A tab may define stop(): called when the window is closed (nothing new starts; calls running end on their own).
Shortcuts and menus (window_menus.py): Ctrl+1…9 and Ctrl+0 switch tabs, Ctrl+K goes to the Lookup field from
anywhere (added with the first paint).
The title, the banner and the status bar's "operator · environment · account" follow the session in front
(ctx.profile_changed), and show the profile being opened before its services exist (show_opening). Switching
profiles is profile_switch.py, the status bar's journal news journal_news.py and the bar under the banner that
says what the journal's check found journal_health.py, all made with the first paint.

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
(`setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")`). Likewise each PySide type is built the first
time a module names it (QAccessible ~2 ms, QKeySequence, QThread, the dialogs'): a type only a later action needs
is imported in the function that uses it. tests/e2e/test_start_up.py checks both at the first paint.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from .i18n import tr
from .tab_registry import NAVIGATION, TAB_INDEX, TABS
from .widgets.banner import EnvironmentBanner
from .widgets.icons import app_icon, icon
from .widgets.steady_tabs import SteadyTabs
from .window_words import profile_words, where_words, window_title

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QShortcut, QShowEvent
    from PySide6.QtWidgets import QComboBox, QToolBar

    from ..services.profiles.profiles import Profile
    from .closing import Closing
    from .context import DeskContext
    from .journal_health import JournalHealthBar
    from .journal_news import JournalNews
    from .profile_switch import ProfileSwitcher
    from .session import SessionManager
    from .window_menus import WindowMenus

log = logging.getLogger("smartpay_desk.ui")

TabT = TypeVar("TabT", bound=QWidget)

FIRST_PAINT_FALLBACK_MS = 1000  # a window never exposed (minimised at start): go on anyway


class MainWindow(QMainWindow):
    first_painted = Signal()  # the first painting pass of the window is over (emitted once)
    settled = Signal()  # every tab built and warmed up after the first paint (emitted once)
    # built by window_menus.py
    profile_box: QComboBox
    profiles_action: QAction
    reset_practice_action: QAction
    about_action: QAction
    toolbar: QToolBar
    menus: WindowMenus

    def __init__(self, ctx: DeskContext, sessions: SessionManager, parent: QWidget | None = None) -> None:
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
        self._column = column
        self._journal_health: JournalHealthBar | None = None  # under the banner, made with the first paint
        self.tabs = SteadyTabs(central)
        self.tabs.setDocumentMode(False)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setAccessibleName(tr("Tabs"))
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self._built: dict[int, QWidget] = {}
        self._closing = False
        self._leave_now = False  # "Close now": the window closes without waiting for the calls still running
        self.closer: Closing | None = None  # closing.py, from the first close
        from .window_menus import tab_keys

        keys = tab_keys(len(TABS))
        for number, spec in enumerate(TABS, start=1):
            if number == 1:  # the tab in front: built now
                page = self._built[0] = spec.build(ctx, self.tabs)
            else:
                page = QWidget(self.tabs)  # a placeholder until the tab is first needed
            index = self.tabs.addTab(page, icon(spec.icon_name), spec.shown_title.replace("&", "&&"))
            self.tabs.setTabToolTip(
                index,
                tr("{title} ({key})").format(title=spec.shown_title, key=keys[number - 1])
                if number <= len(keys)
                else spec.shown_title,
            )
        self.tabs.currentChanged.connect(self._tab_shown)
        self.lookup_shortcut: QShortcut | None = None  # Ctrl+K; with the first paint (_add_shortcuts)

        self._build_toolbar()
        self.where_label = QLabel("", self)  # "Operator: … · Sandbox · Account: …"
        self.statusBar().addPermanentWidget(self.where_label)
        self.statusBar().setSizeGripEnabled(False)
        self._switcher: ProfileSwitcher | None = None  # profile_switch.py, on the first switch
        self.news: JournalNews | None = None  # journal_news.py, with the first paint
        ctx.navigate.connect(self.navigate)
        ctx.profile_changed.connect(self._profile_changed)
        self._show(ctx.profile, ctx.ops.operator if ctx.ops is not None else "")

        self._painted = False  # the first Paint was seen
        self._announced = False  # first_painted was emitted
        self._idle = QTimer(self)  # builds the remaining tabs, then warms them up, one per event-loop turn
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._build_next)
        self._warming: list[Callable[[], None]] | None = None  # the built tabs' warm_up(), once all are built
        self._settled = False
        self._paint_fallback = QTimer(self)
        self._paint_fallback.setSingleShot(True)
        self._paint_fallback.setInterval(FIRST_PAINT_FALLBACK_MS)
        self._paint_fallback.timeout.connect(self._after_first_paint)
        self.tabs.tabBar().installEventFilter(self)  # always painted with the window

    # ------------------------------------------------------------ the profile toolbar

    def _build_toolbar(self) -> None:
        from .window_menus import WindowMenus, build_toolbar

        self.toolbar = build_toolbar(self)
        self.menus = WindowMenus(self)

    def show_opening(self, profile: Profile) -> None:
        """The profile being opened, before its services exist (at start-up): its banner, title and account."""
        self._show(profile, "")

    def _show(self, profile: Profile | None, operator: str) -> None:
        self.setWindowTitle(window_title(profile))
        if profile is not None:
            self.banner.set_environment(profile.environment, profile.name)
            self.where_label.setText(where_words(profile, operator))
        else:
            self.where_label.setText("")
        self.refill_profiles(profile.name if profile is not None else None)

    @Slot(object)
    def _profile_changed(self, _profile: object) -> None:
        ops = self.ctx.ops
        self.statusBar().clearMessage()  # a passing message may speak of the last profile's money
        self._show(self.ctx.profile, ops.operator if ops is not None else "")

    def refill_profiles(self, current: str | None = None) -> None:
        """The profiles in the box, the one in front (or `current`) chosen."""
        if current is None and self.ctx.profile is not None:
            current = self.ctx.profile.name
        self.profile_box.blockSignals(True)
        self.profile_box.clear()
        for profile in self.sessions.store.list():
            self.profile_box.addItem(profile_words(profile), profile.name)
        index = self.profile_box.findData(current)
        if index >= 0:
            self.profile_box.setCurrentIndex(index)
        self.profile_box.blockSignals(False)

    @property
    def switcher(self) -> ProfileSwitcher:
        if self._switcher is None:
            from .profile_switch import ProfileSwitcher

            self._switcher = ProfileSwitcher(self)
        return self._switcher

    @Slot(int)
    def _profile_chosen(self, index: int) -> None:
        name = self.profile_box.itemData(index)
        front = self.ctx.profile
        if name and (front is None or name != front.name):
            self.switch_profile(str(name))

    def switch_profile(self, name: str, secret: str | None = None) -> None:
        """Open `name` in a worker; the profile in front stays until the new one is ready."""
        self.switcher.switch_profile(name, secret)

    @Slot()
    def edit_profiles(self) -> None:
        self.switcher.edit_profiles()

    # ------------------------------------------------------------ tabs

    @property
    def pages(self) -> dict[type[QWidget], QWidget]:
        """The tabs built so far, by class."""
        return {type(page): page for page in self._built.values()}

    def page(self, cls: type[TabT]) -> TabT:
        """The tab of that class (built now if it was not yet)."""
        for index, spec in enumerate(TABS):
            if spec.class_name == cls.__name__ and cls.__module__.endswith(f".tabs.{spec.module}"):
                page = self._build(index)
                assert isinstance(page, cls)
                return page
        raise KeyError(cls)

    def page_named(self, module: str) -> QWidget:
        """The tab of ui/tabs/<module>.py (built now if it was not yet)."""
        return self._build(TAB_INDEX[module])

    def _build(self, index: int) -> QWidget:
        """Build the tab at `index` in place of its placeholder (no-op if built); the current tab stays."""
        page = self._built.get(index)
        if page is not None:
            return page
        spec = TABS[index]
        page = spec.build(self.ctx, self.tabs)  # hidden until it takes its placeholder's place
        self._built[index] = page
        placeholder = self.tabs.widget(index)
        was_current = self.tabs.currentIndex() == index
        self.tabs.blockSignals(True)  # nobody sees the placeholder leave
        try:  # in before the placeholder, which then goes: no other tab is shown or hidden meanwhile
            self.tabs.insertTab(index, page, icon(spec.icon_name), spec.shown_title.replace("&", "&&"))
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
            found = [getattr(page, "warm_up", None) for page in self._built.values()]
            self._warming = [warm_up for warm_up in found if callable(warm_up)]
        elif self._warming:
            self._warming.pop(0)()
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

    def showEvent(self, event: QShowEvent) -> None:
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
        self.menus.fill_view()
        self._add_shortcuts()
        from .journal_news import JournalNews  # nothing to tell before a profile opens, after this paint

        self.news = JournalNews(self, self.ctx, self.sessions, self)
        self.journal_health.refresh()  # made now, hidden while no journal is open
        self.first_painted.emit()

    @property
    def journal_health(self) -> JournalHealthBar:
        """The bar under the banner (what the journal's check found, when worth telling): made when first asked."""
        if self._journal_health is None:
            from .journal_health import JournalHealthBar

            self._journal_health = JournalHealthBar(self.ctx, self.centralWidget())
            self._column.insertWidget(1, self._journal_health)
        return self._journal_health

    def _add_shortcuts(self) -> None:
        """Ctrl+1…9, Ctrl+0 and Ctrl+K: no key reaches a window before it is on screen, so they wait for it."""
        from .window_menus import add_tab_shortcuts

        add_tab_shortcuts(self)

    def build_remaining_tabs(self) -> None:
        """Build the tabs not built yet, one per event-loop turn (the window answers in between)."""
        if not self._closing:
            self._idle.start()

    @Slot()
    def _switch_tab(self) -> None:
        sender = self.sender()
        if sender is not None:
            from .window_menus import focus_page

            self.tabs.setCurrentIndex(int(sender.property("tab_index")))
            focus_page(self.tabs.currentWidget())

    @Slot()
    def focus_lookup(self) -> None:
        from .tabs.lookup import LookupTab  # built before the first paint: imported already

        lookup = self.page(LookupTab)
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

    def tell(self, title: str, text: str) -> None:
        """An information box (tests monkeypatch this)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self)
        box.open()

    # ------------------------------------------------------------ closing (closing.py)

    def open_pages(self) -> list[tuple[str, QWidget]]:
        """(title, tab) of each tab built so far."""
        return [(TABS[index].shown_title, page) for index, page in sorted(self._built.items())]

    def close_now(self) -> None:
        """Close without waiting for the calls still running: they end on their own (the journal has them)."""
        self._leave_now = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Never blocks: while calls run the close waits in the event loop, the window answering all along, and
        happens when they end, or at once with "Close now" (closing.py)."""
        from .closing import Closing

        if self.closer is None:
            self.closer = Closing(self, self.ctx.runner, self)
        if not self.closer.may_close(self._leave_now):
            event.ignore()  # waiting: the panel says for what
            return
        self._closing = True  # no tab is built any more
        self.ctx.blockSignals(True)  # no tab reacts to news any more: nothing new starts while closing
        self.ctx.team.stop()  # the other desks' news (never waited for)
        self.closer.finish(self.sessions)
        event.accept()
