"""Keys the lists' filters need: Tab out of a date box that shows its special value ("any",
widgets/date_edit.day_filter_edit), and Esc that clears a half-typed search or note.

QDateTimeEdit takes Tab to move from one section of the date to the next, and leaves at the last; showing its
special value text it finds no section and keeps the focus for ever: a keyboard user could never get past the
"From" filter. This filter lets Tab and Shift+Tab leave such a box as they leave any other control.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QDateEdit, QLineEdit, QWidget


class LeaveOnTab(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QDateEdit):
            return False
        if not isinstance(event, QKeyEvent) or event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        if not watched.specialValueText() or watched.date() != watched.minimumDate():
            return False  # a date shown: Tab goes through its sections, then on (Qt's own way)
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        forward = event.key() == Qt.Key.Key_Tab and not shift
        watched.window().focusNextPrevChild(forward)
        return True


def leave_on_tab(*edits: QDateEdit) -> None:
    """Install the filter on `edits` (it is owned by the first)."""
    if not edits:
        return
    keys = LeaveOnTab(edits[0])
    for edit in edits:
        edit.installEventFilter(keys)


def clear_on_escape(edit: QLineEdit) -> QShortcut:
    """Esc in `edit` clears what is half-typed in it (a search, a note); an empty one lets Esc go on (a dialog
    closes)."""
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), edit)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(edit.clear)
    return shortcut


class EnterSends(QObject):
    """Enter on a box or date of a form that is not a dialog (Reports' export) does the form's action, as Enter
    in a dialog presses its default button. Installed on the form: it sees the keys its children leave."""

    def __init__(self, root: QWidget, submit: Callable[[], object]) -> None:
        super().__init__(root)
        self.root, self.submit = root, submit
        root.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.root or event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or focus is None:
            return False
        if isinstance(focus, QComboBox | QAbstractSpinBox) and self.root.isAncestorOf(focus):
            self.submit()
            return True
        return False
