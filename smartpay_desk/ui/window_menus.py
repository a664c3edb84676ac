"""The main window's menus, profile toolbar and keyboard shortcuts, so every task is reachable without a mouse.

File: Profiles… (Ctrl+Shift+P), Reset practice gateway…, Quit (Ctrl+Q). View: Language (English, Deutsch, the
system's: saved as the user's setting "language", in a worker, in force at the next start: i18n.install runs
once, before any window) and Theme (`add_view_menu_items`: System, Light, Dark, High contrast, at once); its
items come with the first paint (`fill_view`). Help: About… (F1). The toolbar shows the same actions beside the
profile box (Alt+P, its caption's mnemonic).

Tabs: Ctrl+1…9 switch to the first nine and Ctrl+0 to the tenth (QTabWidget adds Ctrl+Tab, Ctrl+PgDown). They
are added with the first paint: no key reaches a window before it is on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QToolBar, QWidget

from .i18n import LANGUAGES, SETTING, language, tr
from .widgets.icons import icon
from .worker import Call

if TYPE_CHECKING:
    from PySide6.QtGui import QActionGroup
    from PySide6.QtWidgets import QMenu

    from .main_window import MainWindow


def tab_keys(count: int) -> list[str]:
    """The shortcut of each tab, in order: Ctrl+1…Ctrl+9, then Ctrl+0 for the tenth; none after it."""
    keys = [f"Ctrl+{number}" for number in range(1, 10)] + ["Ctrl+0"]
    return keys[:count]


def build_toolbar(window: MainWindow) -> QToolBar:
    """The profile box and the actions of the File and Help menus, always in sight."""
    bar = QToolBar(tr("Profile"), window)
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")  # by name: see main_window's "Start-up"
    window.addToolBar(bar)  # at the top
    caption = QLabel(tr("&Profile "), bar)
    bar.addWidget(caption)
    box = window.profile_box = QComboBox(bar)
    box.setMinimumWidth(200)
    box.setToolTip(tr("Which gateway account you are working on; switching reconnects the desk"))
    box.setAccessibleName(tr("Profile"))
    box.activated.connect(window._profile_chosen)
    caption.setBuddy(box)
    bar.addWidget(box)
    window.profiles_action = QAction(icon("profiles"), tr("P&rofiles…"), window)
    window.profiles_action.setToolTip(tr("Add, edit or delete profiles and their credentials (Ctrl+Shift+P)"))
    window.profiles_action.triggered.connect(window.edit_profiles)
    bar.addAction(window.profiles_action)
    window.reset_practice_action = QAction(tr("Reset practice &gateway…"), window)
    window.reset_practice_action.setToolTip(tr("Back to a first start: the Sandbox profile's payments and payouts go"))
    window.reset_practice_action.triggered.connect(lambda: window.switcher.reset_practice_gateway())
    bar.addAction(window.reset_practice_action)
    spacer = QWidget(bar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    window.about_action = QAction(icon("info"), tr("&About…"), window)
    window.about_action.setToolTip(tr("Version and where the desk keeps its files (F1)"))
    window.about_action.triggered.connect(lambda: show_about(window))
    bar.addAction(window.about_action)
    return bar


def show_about(window: MainWindow) -> None:
    from PySide6 import QtCore

    from .about_dialog import AboutDialog  # reads package metadata: only when asked for

    dialog = AboutDialog(window.ctx.data_dir or "", window)
    dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


class WindowMenus:
    """The menu bar of `window`: File, View (with Language and Theme) and Help.

    The View menu's items (`fill_view`) come with the first paint, like the shortcuts: before it only the menu
    bar's titles are seen, and nobody can open a menu (~1 ms of start-up, QActionGroup's type among it)."""

    language_menu: QMenu  # the View menu's, from fill_view
    language_group: QActionGroup
    language_actions: dict[str, QAction]
    theme_menu: QMenu

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        bar = window.menuBar()
        self.file_menu = bar.addMenu(tr("&File"))
        self.file_menu.addAction(window.profiles_action)
        self.file_menu.addAction(window.reset_practice_action)
        self.file_menu.addSeparator()
        self.quit_action = self.file_menu.addAction(tr("&Quit"))
        self.quit_action.triggered.connect(window.close)
        self.view_menu = bar.addMenu(tr("&View"))
        self.view_menu.aboutToShow.connect(self.fill_view)  # opened on a window never painted (a test): filled then
        self._view_filled = False
        self.help_menu = bar.addMenu(tr("&Help"))
        self.help_menu.addAction(window.about_action)

    def fill_view(self) -> None:
        """View → Language (English, Deutsch, the system's) and Theme; once (the window calls it with the first
        paint)."""
        if self._view_filled:
            return
        self._view_filled = True
        from PySide6.QtGui import QActionGroup

        window = self.window
        self.language_menu = self.view_menu.addMenu(tr("&Language"))
        self.language_group = QActionGroup(window)
        self.language_actions = {}
        for code, words in (("en", "&English"), ("de", "&Deutsch"), ("", tr("&System language"))):
            action = self.language_menu.addAction(words)  # each language in its own words
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.language_actions[language() if language() in LANGUAGES else "en"].setChecked(True)
        self.add_view_menu_items(self.view_menu)

    def add_view_menu_items(self, menu: QMenu) -> None:
        """After Language: the theme (System, Light, Dark, High contrast; applied at once and kept as the user's
        setting: ui/theme.py)."""
        from .theme import theme_menu

        self.theme_menu = theme_menu(self.window, self.window.ctx)
        menu.addMenu(self.theme_menu)

    def choose_language(self, code: str) -> None:
        """Keep `code` ("de", "en", "": the system's) as the user's setting, in a worker; it applies at the next
        start (the window's texts were translated when it was built)."""
        window = self.window
        data_dir = window.ctx.data_dir
        if data_dir is None:  # a window without a data folder (some tests): nothing to keep it in
            window.statusBar().showMessage(tr("The language could not be saved: no data folder."), 8000)
            return
        from ..services.profiles.desk_settings import DeskSettings

        settings = DeskSettings(data_dir)
        window.ctx.runner.start(
            Call(settings.set, SETTING, code),
            on_success=lambda _mine: window.statusBar().showMessage(
                tr("Language saved: it applies at the next start of the desk."), 8000
            ),
            on_failure=lambda error: window.statusBar().showMessage(
                tr("The language could not be saved: {error}").format(error=error), 8000
            ),
        )


def add_tab_shortcuts(window: MainWindow) -> None:
    """Ctrl+1…9 and Ctrl+0 switch tabs (Ctrl+PgDown / Ctrl+PgUp: the next / the last one), Ctrl+K goes to the
    Lookup field; and the menus' keys (Profiles… Ctrl+Shift+P, Quit Ctrl+Q, About… F1). With the first paint: a
    QKeySequence made before it would build PySide's Qt namespace first (~25 ms, ui/main_window.py, "Start-up"),
    and its types and QShortcut's are built here, not at import (~1 ms)."""
    from PySide6.QtGui import QKeySequence, QShortcut

    window.profiles_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
    window.menus.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    window.about_action.setShortcut(QKeySequence("F1"))
    for index, key in enumerate(tab_keys(window.tabs.count())):
        shortcut = QShortcut(QKeySequence(key), window)
        shortcut.setProperty("tab_index", index)
        shortcut.activated.connect(window._switch_tab)
    for key, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):  # QTabWidget's own keys, from anywhere in it
        turn = QShortcut(QKeySequence(key), window)
        turn.activated.connect(lambda step=step: window.tabs.setCurrentIndex((window.tabs.currentIndex() + step)
                                                                             % window.tabs.count()))  # fmt: skip
    window.lookup_shortcut = QShortcut(QKeySequence("Ctrl+K"), window)
    window.lookup_shortcut.activated.connect(window.focus_lookup)


def focus_page(page: QWidget) -> None:
    """Put the keyboard focus on the first control of `page` (a tab just switched to by its shortcut), so typing
    goes on there at once: the first widget after it in the window's focus chain that takes Tab focus."""
    from PySide6 import QtCore

    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        policy = widget.focusPolicy()
        if (
            page.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and (policy.value & QtCore.Qt.FocusPolicy.TabFocus.value)
        ):
            widget.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
            return
        widget = widget.nextInFocusChain()
