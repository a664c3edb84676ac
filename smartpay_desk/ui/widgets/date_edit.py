"""A day filter: a date edit whose lowest date reads "any" (no limit), shared by Activity and the report viewer."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from ..i18n import tr

NO_DATE = QDate(2000, 1, 1)  # the edits' minimum, shown as tr("any")


def day_filter_edit(parent: QWidget, tip: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(tr("any"))
    edit.setDate(NO_DATE)
    edit.setToolTip(tip)
    return edit


def chosen_day(edit: QDateEdit) -> date | None:
    """The day picked, or None for "any"."""
    value = edit.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())
