"""A day filter: a date edit whose lowest date reads "any" (no limit), shared by Activity and the report viewer.

QDateTimeEdit takes Tab to move from one section of the date to the next, and leaves at the last; showing its
special value text it finds no section and keeps the focus for ever: a keyboard user could never get past the
"From" filter. Every day filter lets Tab and Shift+Tab leave it while it says "any" (LeaveOnTab).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from ..i18n import tr

NO_DATE = QDate(2000, 1, 1)  # the edits' minimum, shown as tr("any")


class LeaveOnTab(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QDateEdit):
            return False
        from PySide6.QtCore import Qt  # a key pressed: after the first paint (ui/main_window.py, "Start-up")

        if not isinstance(event, QKeyEvent) or event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        if not watched.specialValueText() or watched.date() != watched.minimumDate():
            return False  # a date shown: Tab goes through its sections, then on (Qt's own way)
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        watched.window().focusNextPrevChild(event.key() == Qt.Key.Key_Tab and not shift)
        return True


def day_filter_edit(parent: QWidget, tip: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(tr("any"))
    edit.setDate(NO_DATE)
    edit.setToolTip(tip)
    edit.installEventFilter(LeaveOnTab(edit))
    return edit


def chosen_day(edit: QDateEdit) -> date | None:
    """The day picked, or None for "any"."""
    value = edit.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())
