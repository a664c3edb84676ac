"""The desk's look: light, dark or high contrast, chosen by the person or following the system.

    theme.install(app, theme.choose(args.theme, setting))   # once, before any window (ui/app.py)
    theme.apply("dark")                                      # live: the palette, the style sheet, the icons' ink
    menu = theme_menu(window)                                # View → Theme: System, Light, Dark, High contrast

A mode is "system" (the default), "light", "dark" or "high-contrast"; it is, in this order, `smartpay-desk
--theme MODE`, $SMARTPAY_DESK_THEME, the user's setting "theme" (settings.json: "" for the system's), the system.
"system" is the look the system asks for: high contrast when its accessibility settings prefer more contrast
(QStyleHints.accessibility().contrastPreference(), Qt 6.10 and later), else dark when its colour scheme is dark
(QStyleHints.colorScheme()), else light; and it follows both while the desk runs (their change signals).
Asking those builds PySide's `Qt` namespace (~25 ms), which nothing before the first paint may do (ui/main_window.py,
"Start-up"): until then "system" is a free guess, dark when the platform's own palette is, and `settle()` (called
after the first paint) asks precisely, follows the changes and tells the platform the scheme the desk shows.

A look is one table of colour tokens (ui/theme_tokens.py) made into the application's palette and into the style
sheet (resources/style.qss, a template), so a widget the style sheet does not reach (a menu, a scroll bar, a
check box's box) is drawn in the same colours. Widgets that need a colour of the look use the style sheet too (an
object name, a property: the banner's environment, a badge's colour, `set_tone`), so a switch repaints them
without anyone having to listen; `colour(token)` gives a painted colour (a table's pill) at paint time.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from .i18n import tr
from .theme_tokens import TOKENS
from .widgets import icons

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from .context import DeskContext

log = logging.getLogger("smartpay_desk.ui")

MODES = ("system", "light", "dark", "high-contrast")
LOOKS = ("light", "dark", "high-contrast")  # what "system" resolves to
SETTING = "theme"  # the user's setting (services/profiles/desk_settings.py): "" is "system"
ENV_THEME = "SMARTPAY_DESK_THEME"
DARK_EXTRAS = "style-dark.qss"  # resources/, after style.qss in the dark and high-contrast looks
TONES = ("muted", "error", "good", "warning", "neutral")  # set_tone's (resources/style.qss, *[tone=…])


def choose(asked: str | None = None, setting: str | None = None) -> str:
    """The mode to start in: the first of `asked` (--theme), $SMARTPAY_DESK_THEME, `setting` that is a mode;
    "system" otherwise."""
    for wanted in (asked, os.environ.get(ENV_THEME), setting):
        mode = (wanted or "").strip().lower().replace("_", "-")
        if mode in MODES:
            return mode
    return "system"


def system_look(scheme: Qt.ColorScheme | None = None, contrast: Qt.ContrastPreference | None = None) -> str:
    """The look the system asks for (its current preferences when not given). Builds PySide's Qt namespace:
    after the first paint only."""
    hints = QGuiApplication.styleHints()
    if contrast is None:
        accessibility = getattr(hints, "accessibility", None)  # Qt 6.10
        contrast = accessibility().contrastPreference() if accessibility is not None else None
    if contrast == QtCore.Qt.ContrastPreference.HighContrast:
        return "high-contrast"
    if scheme is None:
        scheme = hints.colorScheme()
    return "dark" if scheme == QtCore.Qt.ColorScheme.Dark else "light"


def palette_look(palette: QPalette) -> str:
    """A guess at the system's look that costs nothing: dark when the platform's own palette (the application's
    before the desk sets its own) has a dark window."""
    return "dark" if palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5 else "light"


def resolve(mode: str, scheme: Qt.ColorScheme | None = None, contrast: Qt.ContrastPreference | None = None) -> str:
    """The look of `mode`: itself, or the system's for "system" (and anything unknown)."""
    return mode if mode in LOOKS else system_look(scheme, contrast)


def tokens(look: str) -> Mapping[str, str]:
    return TOKENS.get(look, TOKENS["light"])


def style_sheet(look: str) -> str:
    """The application style sheet of a look: resources/style.qss with its tokens, and for the dark looks
    resources/style-dark.qss too (what Fusion draws too dark on a dark window)."""
    extras = () if look == "light" else (DARK_EXTRAS,)
    return icons.style_sheet(tokens(look), extras)


def palette(look: str) -> QPalette:
    """The application palette of a look. Light starts from Qt's own palette, as the desk always did; dark and
    high contrast from their window and button colours, so the shades Qt derives (bevels, a menu's separator, a
    scroll bar's groove) are dark too."""
    table = tokens(look)
    result = QPalette() if look == "light" else QPalette(QColor(table["surface"]), QColor(table["window"]))
    roles = {
        QPalette.ColorRole.Window: "window",
        QPalette.ColorRole.WindowText: "text",
        QPalette.ColorRole.Base: "surface",
        QPalette.ColorRole.AlternateBase: "alt-row",
        QPalette.ColorRole.ToolTipBase: "tooltip-bg",
        QPalette.ColorRole.ToolTipText: "tooltip-text",
        QPalette.ColorRole.Text: "text",
        QPalette.ColorRole.Button: "surface",
        QPalette.ColorRole.ButtonText: "text",
        QPalette.ColorRole.Highlight: "highlight",
        QPalette.ColorRole.HighlightedText: "highlight-text",
        QPalette.ColorRole.Link: "link",
        QPalette.ColorRole.PlaceholderText: "placeholder",
    }
    for role, token in roles.items():
        result.setColor(role, QColor(table[token]))
    if look != "light":
        result.setColor(QPalette.ColorRole.LinkVisited, QColor(table["link"]))
        result.setColor(QPalette.ColorRole.BrightText, QColor(table["text-strong"]))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(table["disabled-text"]))
    return result


class Theme(QObject):
    """The mode chosen and the look in force, for the whole application; follows the system in "system"."""

    changed = Signal(str)  # the look now in force, after a switch

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.mode = "system"
        self.look = ""  # nothing applied yet
        self.guess = palette_look(app.palette())  # the platform's palette, before the desk sets its own
        self.settled = False  # the system asked precisely and followed (settle)

    def apply(self, mode: str) -> str:
        """Run in `mode` from now on (a mode of MODES; anything else is "system"). Returns the look in force."""
        self.mode = mode if mode in MODES else "system"
        if not self.settled:
            return self._show(self.mode if self.mode in LOOKS else self.guess)
        self._ask_system()
        return self._show(resolve(self.mode))

    def settle(self) -> None:
        """After the first paint: ask the system its preferences (the look of "system" may change now), follow
        their changes, and tell the platform the scheme the desk shows."""
        if self.settled:
            return
        self.settled = True
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self.system_changed)
        accessibility = getattr(hints, "accessibility", None)  # Qt 6.10
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(self.system_changed)
        self.apply(self.mode)

    def system_changed(self, *_changed: object) -> None:
        """The system's colour scheme or contrast preference changed: "system" follows it at once."""
        if self.mode == "system":
            self._show(system_look())

    def follow(self, scheme: Qt.ColorScheme | None = None, contrast: Qt.ContrastPreference | None = None) -> str:
        """What system_changed does, with the system's preferences given (a test plays the system with it)."""
        if self.mode == "system":
            self._show(resolve("system", scheme, contrast))
        return self.look

    def _ask_system(self) -> None:
        """Tell the platform which scheme the desk shows (Qt 6.8: native dialogs and window frames follow), or
        that it follows the system's."""
        hints = QGuiApplication.styleHints()
        if not hasattr(hints, "setColorScheme"):
            return
        if self.mode == "system":
            hints.unsetColorScheme()
        else:
            scheme = QtCore.Qt.ColorScheme.Light if self.mode == "light" else QtCore.Qt.ColorScheme.Dark
            hints.setColorScheme(scheme)

    def _show(self, look: str) -> str:
        if look == self.look:
            return look
        table = tokens(look)
        icons.set_ink(table)
        self.app.setPalette(palette(look))
        self.app.setStyleSheet(style_sheet(look))
        self.look = look
        log.info("the desk's look: %s (mode %s)", look, self.mode)
        self.changed.emit(look)
        return look


_theme: dict[str, Theme] = {}


def install(app: QApplication, mode: str = "system") -> Theme:
    """The application's Theme (made once per application), in `mode`: its palette and style sheet set again
    even when the look is the same (whoever calls this may have set others since)."""
    theme = _theme.get("app")
    if theme is None or theme.app is not app:
        theme = _theme["app"] = Theme(app)
    theme.look = ""
    theme.apply(mode)
    return theme


def uninstall() -> None:
    """Forget the application's Theme and draw icons in their own ink again (a test's application, which goes
    back to its own palette and style sheet afterwards)."""
    theme = _theme.pop("app", None)
    if theme is not None:
        hints = QGuiApplication.styleHints()
        if theme.settled:
            hints.colorSchemeChanged.disconnect(theme.system_changed)
            accessibility = getattr(hints, "accessibility", None)
            if accessibility is not None:
                accessibility().contrastPreferenceChanged.disconnect(theme.system_changed)
            if hasattr(hints, "unsetColorScheme"):
                hints.unsetColorScheme()
        theme.setParent(None)
        theme.deleteLater()
    icons.set_ink(tokens("light"))


def settle() -> None:
    """After the first paint (ui/app.py): the application's Theme asks the system precisely and follows it."""
    theme = current()
    if theme is not None:
        theme.settle()


def current() -> Theme | None:
    """The application's Theme, None before `install`."""
    return _theme.get("app")


def apply(mode: str) -> str:
    """Switch the running application to `mode` (installing the Theme if need be); the look in force."""
    theme = current()
    app = QApplication.instance()
    if theme is None and isinstance(app, QApplication):
        theme = install(app, mode)
    return theme.apply(mode) if theme is not None else "light"


def mode() -> str:
    theme = current()
    return theme.mode if theme is not None else "system"


def look() -> str:
    """The look in force: "light" before any is applied."""
    theme = current()
    return theme.look if theme is not None and theme.look else "light"


def colour(token: str) -> str:
    """A token's colour in the look in force (for what is painted, not styled: read it at paint time)."""
    return tokens(look())[token]


REPOLISH = "/* its rules: the application's style sheet */"


def repolish(widget: QWidget) -> None:
    """Have the style sheet look at `widget` and its children again (a property its rules select on changed).
    Setting the widget's own sheet again does it in Qt alone; widget.style().polish() would make PySide build
    its Qt namespace, ~25 ms before the first paint (ui/main_window.py, "Start-up")."""
    widget.setStyleSheet(widget.styleSheet() or REPOLISH)


def set_tone(widget: QWidget, tone: str | None) -> None:
    """Colour `widget`'s text by meaning (one of TONES; None: the ordinary colour), in every look: the style
    sheet's *[tone=…] rules, instead of a colour of its own that would stay light-mode on dark. The same tone again
    does nothing: each repolish lays the widget out again (a reconciliation sets every line's tone each time)."""
    if (widget.property("tone") or "") == (tone or ""):
        return
    widget.setProperty("tone", tone or "")
    repolish(widget)


def mode_words() -> list[tuple[str, str]]:
    """Each mode with its words in the menu (with its mnemonic)."""
    return [
        ("system", tr("&System")),
        ("light", tr("&Light")),
        ("dark", tr("&Dark")),
        ("high-contrast", tr("&High contrast")),
    ]


def theme_menu(parent: QWidget, ctx: DeskContext | None = None) -> QMenu:
    """View → Theme: System, Light, Dark, High contrast. The current mode is checked; choosing one applies it at
    once and keeps it as the user's setting (in a worker: `ctx`, else the parent window's)."""
    from PySide6.QtGui import QActionGroup  # the View menu is filled after the first paint (ui/window_menus.py)

    menu = QMenu(tr("&Theme"), parent)
    menu.setObjectName("themeMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    for key, words in mode_words():
        action = menu.addAction(words)
        action.setCheckable(True)
        action.setData(key)
        group.addAction(action)

    def check_current() -> None:
        for action in group.actions():
            action.setChecked(action.data() == mode())

    def chosen(action: QAction) -> None:
        key = action.data()
        if isinstance(key, str):
            apply(key)
            save_choice(parent, key, ctx)

    check_current()
    menu.aboutToShow.connect(check_current)
    group.triggered.connect(chosen)
    return menu


def save_choice(parent: QWidget, key: str, ctx: DeskContext | None = None) -> None:
    """Keep `key` as the user's setting "theme" ("" for the system's), in a worker; a failure is said in the
    window's status bar."""
    window = parent.window()
    found = ctx if ctx is not None else getattr(window, "ctx", None)
    data_dir = getattr(found, "data_dir", None)
    if found is None or data_dir is None:  # a window without a data folder (some tests): applied, not kept
        return
    from ..services.profiles.desk_settings import DeskSettings
    from .worker import Call

    def failed(error: BaseException) -> None:
        bar = getattr(window, "statusBar", None)
        if bar is not None:
            bar().showMessage(tr("The theme could not be saved: {error}").format(error=error), 8000)

    settings = DeskSettings(data_dir)
    found.runner.start(Call(settings.set, SETTING, "" if key == "system" else key), on_failure=failed)
