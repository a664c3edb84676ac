"""What a tab's form holds, read out and put back: a tab keeps it per profile (ctx.session.views, see
ui/context.py) so that coming back to a profile shows the form as it was left.

    fields = form_fields(self.details, self.customer_form)     # the input widgets, in a fixed order
    fresh = read_fields(fields)                                # e.g. as built: "start empty" is putting it back
    write_fields(fields, saved)                                # quiet=True: without their change signals
    say_again(message_line, tone, text)                        # a MessageLine's sentence, put back

A value is a line edit's text, a check box's state, a combo box's index or a date edit's day (Julian). Card
forms are never read: card data is cleared from the screen when the profile changes, never kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QDateEdit, QLineEdit, QWidget

if TYPE_CHECKING:
    from ..widgets.panels import MessageLine

FieldValue = str | bool | int
Fields = tuple[FieldValue, ...]


def _is_field(widget: QWidget) -> bool:
    if isinstance(widget, QDateEdit | QComboBox):
        return True
    if isinstance(widget, QAbstractButton):
        return widget.isCheckable()
    # a date edit's or an editable combo box's own line edit goes with its owner
    return isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QAbstractSpinBox | QComboBox)


def form_fields(*roots: QWidget) -> list[QWidget]:
    """The input widgets of `roots` (each root itself, or those under it), in the same order every time."""
    found: list[QWidget] = []
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            if _is_field(widget) and widget not in found:
                found.append(widget)
    return found


def _read(widget: QWidget) -> FieldValue:
    if isinstance(widget, QDateEdit):
        return widget.date().toJulianDay()
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    assert isinstance(widget, QLineEdit)
    return widget.text()


def _write(widget: QWidget, value: FieldValue) -> None:
    if isinstance(widget, QDateEdit) and isinstance(value, int):
        widget.setDate(QDate.fromJulianDay(value))
    elif isinstance(widget, QComboBox) and isinstance(value, int):
        widget.setCurrentIndex(value)
    elif isinstance(widget, QAbstractButton) and isinstance(value, bool):
        widget.setChecked(value)
    elif isinstance(widget, QLineEdit) and isinstance(value, str):
        widget.setText(value)  # setText, not insert: the undo history goes too


def read_fields(fields: Sequence[QWidget]) -> Fields:
    return tuple(_read(widget) for widget in fields)


def write_fields(fields: Sequence[QWidget], values: Fields, *, quiet: bool = False) -> None:
    """Put `values` (read from the same fields) back; `quiet` keeps their change signals from firing."""
    for widget, value in zip(fields, values, strict=True):
        blocked = widget.blockSignals(quiet) if quiet else False
        _write(widget, value)
        if quiet:
            widget.blockSignals(blocked)


def say_again(line: MessageLine, tone: str, text: str) -> None:
    """Put back a sentence read as (line.tone, line.text()); an empty tone clears the line."""
    if tone == "error":
        line.error(text)
    elif tone == "success":
        line.success(text)
    elif tone == "info":
        line.info(text)
    else:
        line.clear()
