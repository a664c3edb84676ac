"""Keyboard and screen-reader helpers shared by the money forms: mnemonics, tab order, accessible names, and
the announcements a screen reader makes of an error next to a field.

    assign_mnemonics(tab)            every button and buddied label of `tab` gets its own Alt+letter
    tab_chain(a, b, c)               Tab goes a → b → c (setTabOrder along the visual order)
    FormKeys(form, submit, escape)   Enter on a combo, tick, spin or date box sends the form; Esc calls `escape`
    clear_on_escape(line_edit)       Esc clears a half-typed search or note (an empty one lets Esc go on)
    announce(field, sentence)        the field's accessible description is the error; a screen reader says it
    set_name(widget, tr("Amount"))   the accessible name of a control whose text does not say what it is

Mnemonics are given at run time, after the texts are translated, so they are unique within one tab or dialog in
any language: a text that already carries one ("&Send payout…", written by hand) keeps it, and the others take
the first letter of theirs that is still free (word starts first). A widget whose text is compared by name
elsewhere (a toggling Pause / Resume) is marked with `no_mnemonic(widget, "P")` and gets a QShortcut instead.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenuBar, QTabBar, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QShortcut
    from PySide6.QtWidgets import QLineEdit

# The types of what is told a screen reader (_tell), of the shortcuts and of a form's keys are imported where they
# are used: each PySide type is built the first time it is named (QAccessible alone ~2 ms), and none of them is
# needed before the first paint (ui/main_window.py, "Start-up").

_EXPLICIT = re.compile(r"(?<!&)&([^&\s])")
NO_MNEMONIC = "noMnemonic"  # property: leave this widget's text alone
RESERVED = "mnemonicKey"  # property: the letter this widget's own QShortcut uses
AUTO = "mnemonicFrom"  # property: a widget's text before a letter was given to it
WATCHED = "mnemonicsWatched"  # property: a root given its letters again when shown in another window


def strip_mnemonic(text: str) -> str:
    """'&Amount' → 'Amount' ('&&' stays one '&')."""
    return _EXPLICIT.sub(r"\1", text).replace("&&", "&")


def mnemonic_of(text: str) -> str:
    """The letter after a single '&' (lower case), '' if none."""
    found = _EXPLICIT.search(text)
    return found.group(1).lower() if found else ""


def set_name(widget: QWidget, name: str, description: str = "") -> None:
    """The accessible name (and description) a screen reader says for `widget`."""
    widget.setAccessibleName(strip_mnemonic(name))
    if description:
        widget.setAccessibleDescription(description)


def describe(widget: QWidget, description: str) -> None:
    """Change `widget`'s accessible description and tell a screen reader it changed."""
    if widget.accessibleDescription() == description:
        return
    widget.setAccessibleDescription(description)
    _tell(widget, alert=False)


def announce(field: QWidget, sentence: str, said_by: QWidget | None = None) -> None:
    """An error next to `field` ('' when it went): its accessible description, and an alert on the label
    that shows it, so a screen reader says it at once."""
    describe(field, sentence)
    if sentence and said_by is not None:
        alert(said_by)


def alert(widget: QWidget) -> None:
    """Ask a screen reader to say `widget` now (an error line that appeared)."""
    _tell(widget, alert=True)


def _tell(widget: QWidget, *, alert: bool) -> None:
    """Tell a screen reader that `widget` changed (or ask it to say it now), if the widget is on screen: a hidden
    one (built, or named before the window's first paint; on a tab not in front) has nobody to tell, and what it
    says is read when it is shown. QAccessible's types (~2 ms) are built with the first thing told."""
    if not widget.isVisible():
        return
    from PySide6.QtGui import QAccessible, QAccessibleEvent

    kind = QAccessible.Event.Alert if alert else QAccessible.Event.DescriptionChanged
    QAccessible.updateAccessibility(QAccessibleEvent(widget, kind))


def tab_chain(*widgets: QWidget) -> None:
    """Tab moves through `widgets` in this order (the visual order of a form)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def no_mnemonic(widget: QWidget, key: str, slot: object | None = None) -> QShortcut | None:
    """Keep `widget`'s text as it is and reserve Alt+`key` for it: a QShortcut (within its window) clicks it."""
    widget.setProperty(NO_MNEMONIC, True)
    widget.setProperty(RESERVED, key.lower())
    if not isinstance(widget, QAbstractButton) and slot is None:
        return None
    from PySide6.QtGui import QKeySequence, QShortcut

    shortcut = QShortcut(QKeySequence(f"Alt+{key.upper()}"), widget)  # within its window: QShortcut's default
    shortcut.activated.connect(slot if callable(slot) else _clicker(widget))
    return shortcut


def _clicker(widget: QWidget) -> object:
    def click() -> None:
        if isinstance(widget, QAbstractButton) and widget.isVisible() and widget.isEnabled():
            widget.animateClick()

    return click


def _candidates(root: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if widget.window() is not root.window():  # another window (a dialog the tab opened) has its own
            continue
        if isinstance(widget.parentWidget(), QTabBar):
            continue
        if (isinstance(widget, QAbstractButton) and widget.text()) or (
            isinstance(widget, QLabel) and widget.buddy() is not None and widget.text()
        ):
            found.append(widget)
    return found


def assign_mnemonics(root: QWidget, taken: Iterable[str] = ()) -> None:
    """Give every button and buddied label under `root` an Alt+letter of its own (see the module), leaving out the
    letters the window around `root` already uses (its menu bar, tab bar, tool bar); given again, with those letters
    known, when `root` is put in a window (a tab is built before it is put in one)."""
    found = _candidates(root)  # buttons first: they act, while Tab reaches every field anyway
    widgets: list[QAbstractButton | QLabel] = [w for w in found if isinstance(w, QAbstractButton)]
    widgets += [w for w in found if isinstance(w, QLabel)]
    for widget in widgets:  # what an earlier run gave is given again
        original = widget.property(AUTO)
        if isinstance(original, str) and original and strip_mnemonic(widget.text()) == original:
            widget.setText(original)  # (a text changed since by the tab is left as it is)
    used = {key.lower() for key in taken} | _around(root)
    for widget in widgets:
        reserved = widget.property(RESERVED)
        if reserved:
            used.add(str(reserved))
        elif not widget.property(NO_MNEMONIC):
            used.add(mnemonic_of(widget.text()))
    used.discard("")
    for widget in widgets:
        text = widget.text()
        if widget.property(NO_MNEMONIC) or mnemonic_of(text):
            continue
        at = _free_letter(text, used)
        if at < 0:
            continue
        used.add(text[at].lower())
        widget.setProperty(AUTO, text)
        widget.setText(text[:at] + "&" + text[at:])  # a screen reader still says the text without it
    if root.property(WATCHED) is None:
        root.setProperty(WATCHED, True)
        _Again(root)


def _around(root: QWidget) -> set[str]:
    """The letters the window around `root` uses outside it (menus, tab bars, tool bars, other buttons)."""
    window = root.window()
    if window is root:
        return set()
    used: set[str] = set()
    for bar in window.findChildren(QMenuBar):
        used |= {mnemonic_of(action.text()) for action in bar.actions()}
    for tabs in window.findChildren(QTabBar):
        used |= {mnemonic_of(tabs.tabText(index)) for index in range(tabs.count())}
    for widget in window.findChildren(QWidget):
        if root.isAncestorOf(widget) or widget is root or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            used.add(mnemonic_of(widget.text()))
    return used


class _Again(QObject):
    """Gives `root` its letters again when it is put in another window (a tab into the main window's tab widget)."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self.window: QWidget | None = root.window()
        root.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange and isinstance(watched, QWidget):
            window = watched.window()
            if window is not getattr(self, "window", window):
                self.window = window
                assign_mnemonics(watched)
        return False


def _free_letter(text: str, used: set[str]) -> int:
    if "&" in text:  # a literal '&' ("Authorize & capture"): left alone rather than doubled
        return -1
    starts = [i for i, ch in enumerate(text) if ch.isalnum() and (i == 0 or not text[i - 1].isalnum())]
    others = [i for i, ch in enumerate(text) if ch.isalnum() and i not in starts]
    for index in (*starts, *others):
        if text[index].lower() not in used:
            return index
    return -1


class FormKeys(QObject):
    """Enter and Esc for a form that is not a dialog (a tab, Reports' export form): Enter on a combo box, a tick
    box, a radio button or a spin or date box of the form sends it as Enter in its line edits does (their
    returnPressed is the tab's own), and Esc calls `escape`, which returns whether it did something (then the key
    is taken). Installed on the form: it sees the keys its children leave (a busy bar's Esc shortcut comes first,
    so Esc stops waiting while a call runs)."""

    def __init__(self, root: QWidget, submit: Callable[[], object], escape: Callable[[], bool] = lambda: False) -> None:
        super().__init__(root)
        self.root, self.submit, self.escape = root, submit, escape
        root.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        root: QWidget | None = getattr(self, "root", None)  # None while being built or dropped
        if root is None or watched is not root or event.type() != QEvent.Type.KeyPress:
            return False
        from PySide6.QtCore import Qt  # a key pressed: after the first paint (ui/main_window.py, "Start-up")
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QRadioButton

        if not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        if focus is None or not root.isAncestorOf(focus):
            return False

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(
            focus, (QComboBox, QCheckBox, QRadioButton, QAbstractSpinBox)
        ):
            self.submit()
            return True
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            return bool(self.escape())
        return False


def clear_on_escape(edit: QLineEdit) -> QShortcut:
    """Esc in `edit` clears what is half-typed in it (a search, a note); an empty one lets Esc go on (a dialog
    closes)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence, QShortcut

    shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), edit)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(edit.clear)
    return shortcut
