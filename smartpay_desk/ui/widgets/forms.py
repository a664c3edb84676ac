"""A form that shows a red sentence under each field, and a titled section to group forms.

    form = FieldForm()
    form.add_field("amount", "Amount", AmountEdit(), "What the customer pays, in EUR.")
    form.set_errors({"amount": "Enter an amount above zero."})   # red sentence under the field
    form.clear_errors()

Error keys are the names the services and the gateway use (``amount``, ``customer_email``…); a field can
answer to more names with ``aliases``. Errors that match no field are shown at the bottom of the form and
returned by ``set_errors`` so the tab can say more if it wants.

A field's red sentence goes as soon as the operator edits that field (it spoke of what was there before); a
tab clears them all after a success (``clear_errors``). A text field with a length limit says so under the
field when typed or pasted text went beyond it (what went beyond is not taken, never silently).

For a screen reader: each field's accessible name is its caption (unless the tab gave it one), and a red
sentence under a field is also the field's accessible description, announced when it appears (keys.announce).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, cast

from PySide6 import QtCore
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..i18n import say, tr
from ..theme import set_tone
from .keys import alert, announce, strip_mnemonic

if TYPE_CHECKING:  # asked of Qt by class name (`inherits`): no Python type built before the first paint
    from PySide6.QtWidgets import QPlainTextEdit

NO_LIMIT = 32767  # QLineEdit's own maximum length: no limit set


def limit_sentence(limit: int) -> str:
    """What a field with a length limit says when text went beyond it."""
    from PySide6.QtCore import QLocale

    return tr("At most {limit} characters: what went beyond was not taken. Shorten it, or check it.").format(
        limit=QLocale().toString(limit)
    )


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setAccessibleName(tr("Field error"))  # its sentence is also the field's accessible description
    label.setWordWrap(True)
    set_tone(label, "error")
    label.setProperty("textInteractionFlags", "TextSelectableByMouse")  # by name: ui/main_window.py, "Start-up"
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    label.hide()
    return label


def _mark(widget: QWidget, invalid: bool) -> None:
    """Set the `invalid` property the style sheet paints a red border from."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


class FieldForm(QWidget):
    """QFormLayout-based form; each field's column holds the input and, under it, its error sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self.layout_form = QFormLayout()
        self.layout_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_form.setProperty("labelAlignment", "AlignRight|AlignVCenter")  # by name, as above
        self.layout_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.layout_form.setVerticalSpacing(6)
        outer.addLayout(self.layout_form)
        self._general = _error_label(self)
        outer.addWidget(self._general)
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        self._rows: dict[str, QWidget] = {}  # field name → its row's widget (the input and its error line)
        self._names: dict[str, str] = {}  # alias → field name
        self._row_captions: list[QLabel] = []

    def captions(self) -> list[QLabel]:
        """Every caption in the label column (fields and plain rows)."""
        return [*self._labels.values(), *self._row_captions]

    # ------------------------------------------------------------ building

    def add_field(
        self,
        name: str,
        label: str,
        widget: QWidget,
        tooltip: str = "",
        *,
        aliases: Iterable[str] = (),
        extra: QWidget | QLayout | None = None,
    ) -> QWidget:
        """Add one labelled input. `extra` (a widget or layout) sits to the right of the input."""
        column = QWidget(self)
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if extra is None:
            box.addWidget(widget)
        else:
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(widget, 1)
            if isinstance(extra, QLayout):
                row.addLayout(extra)
            else:
                row.addWidget(extra)
            box.addLayout(row)
        error = _error_label(column)
        box.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        if label and not widget.accessibleName() and not isinstance(widget, QAbstractButton):
            widget.setAccessibleName(strip_mnemonic(label))
            if isinstance(widget, QComboBox):  # its popup list, a child of its own
                widget.view().setAccessibleName(strip_mnemonic(label))
        if tooltip:
            widget.setToolTip(tooltip)
            caption.setToolTip(tooltip)
        self.layout_form.addRow(caption, column)
        self._fields[name] = widget
        self._errors[name] = error
        self._labels[name] = caption
        self._rows[name] = column
        self._names[name] = name
        for alias in aliases:
            self._names[alias] = name
        self._watch(name, widget)
        return widget

    def _watch(self, name: str, widget: QWidget) -> None:
        """The field's red sentence goes when the operator edits it; a length limit is said, not applied silently."""
        edits = [widget] if isinstance(widget, QLineEdit) else widget.findChildren(QLineEdit)
        # The operator's own edits only: a tab that puts a value there itself (a figure read again) may be
        # about to say something of it.
        if isinstance(widget, QComboBox) and not widget.isEditable():
            widget.activated.connect(lambda _index, n=name: self.clear_error(n))
        elif isinstance(widget, QAbstractButton):
            widget.clicked.connect(lambda _on=False, n=name: self.clear_error(n))
        elif widget.inherits("QPlainTextEdit"):
            cast("QPlainTextEdit", widget).textChanged.connect(lambda n=name: self.clear_error(n))
        for edit in edits:
            edit.textEdited.connect(lambda _text, n=name, e=edit: self._edited(n, e))
            edit.inputRejected.connect(lambda n=name, e=edit: self._over_limit(n, e))

    def _edited(self, name: str, edit: QLineEdit) -> None:
        at_limit = edit.maxLength() < NO_LIMIT and len(edit.text()) >= edit.maxLength()
        if at_limit and self.error(name) == limit_sentence(edit.maxLength()):
            return  # the paste that went beyond the limit: its sentence stays until the text is changed
        self.clear_error(name)

    def _over_limit(self, name: str, edit: QLineEdit) -> None:
        if edit.maxLength() < NO_LIMIT and len(edit.text()) >= edit.maxLength():  # cut at the limit (not a validator)
            self.set_error(name, limit_sentence(edit.maxLength()))

    def add_row(self, label: str, widget: QWidget | QLayout, tooltip: str = "") -> None:
        """A row that is not an input (a note, buttons, a check box without errors)."""
        caption = QLabel(label, self) if label else None
        if caption is not None:
            self._row_captions.append(caption)
        if tooltip and isinstance(widget, QWidget):
            widget.setToolTip(tooltip)
        if caption is None:
            self.layout_form.addRow(widget)
        else:
            if tooltip:
                caption.setToolTip(tooltip)
            self.layout_form.addRow(caption, widget)

    def field(self, name: str) -> QWidget:
        return self._fields[self._names.get(name, name)]

    def names(self) -> list[str]:
        return list(self._fields)

    def set_field_visible(self, name: str, visible: bool) -> None:
        self.layout_form.setRowVisible(self._rows[name], visible)

    # ------------------------------------------------------------ errors

    def set_errors(self, errors: Mapping[str, str], *, focus: bool = True) -> dict[str, str]:
        """Show each sentence under its field; return (and show below the form) those matching no field."""
        self.clear_errors()
        unplaced: dict[str, str] = {}
        first: QWidget | None = None
        for key, sentence in ((k, say(v)) for k, v in errors.items()):  # the core's sentences, said (api/said.py)
            name = self._names.get(key)
            if name is None:
                unplaced[key] = sentence
                continue
            label = self._errors[name]
            label.setText(sentence if not label.text() else f"{label.text()} {sentence}")
            label.show()
            _mark(self._fields[name], True)
            announce(self._fields[name], label.text(), label)
            if first is None:
                first = self._fields[name]
        if unplaced:
            self._general.setText(" ".join(unplaced.values()))
            self._general.show()
            alert(self._general)
        if focus and first is not None:
            first.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        return unplaced

    def set_error(self, name: str, sentence: str) -> None:
        """One field's sentence, the others left as they are (no focus change)."""
        field = self._names.get(name, name)
        label = self._errors[field]
        sentence = say(sentence)
        label.setText(sentence)
        label.show()
        _mark(self._fields[field], True)
        announce(self._fields[field], sentence, label)

    def clear_error(self, name: str) -> None:
        """One field's sentence gone (the operator edited it)."""
        field = self._names.get(name, name)
        label = self._errors[field]
        if label.isHidden() and not label.text():
            return
        label.clear()
        label.hide()
        _mark(self._fields[field], False)
        announce(self._fields[field], "")

    def error(self, name: str) -> str:
        """The sentence shown under a field ('' if none)."""
        label = self._errors[self._names.get(name, name)]
        return label.text() if not label.isHidden() else ""

    def general_error(self) -> str:
        return self._general.text() if not self._general.isHidden() else ""

    def clear_errors(self) -> None:
        for name, label in self._errors.items():
            if label.text():
                announce(self._fields[name], "")
            label.clear()
            label.hide()
            _mark(self._fields[name], False)
        self._general.clear()
        self._general.hide()

    def knows(self, key: str) -> bool:
        return key in self._names

    def has_errors(self) -> bool:
        return any(not label.isHidden() for label in self._errors.values()) or not self._general.isHidden()


class Section(QGroupBox):
    """A titled group box with a vertical layout; `add()` appends widgets or layouts."""

    def __init__(self, title: str, parent: QWidget | None = None, *, description: str = "") -> None:
        super().__init__(title, parent)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 16, 12, 12)
        self.body.setSpacing(8)
        if description:
            note = QLabel(description, self)
            note.setObjectName("sectionNote")
            note.setWordWrap(True)
            self.body.addWidget(note)

    def add(self, item: QWidget | QLayout, stretch: int = 0) -> None:
        if isinstance(item, QLayout):
            self.body.addLayout(item, stretch)
        else:
            self.body.addWidget(item, stretch)

    def add_stretch(self) -> None:
        self.body.addStretch(1)


def align_labels(forms: Iterable[FieldForm]) -> None:
    """Give the label columns of forms stacked in one column the same width, so their fields line up."""
    forms = list(forms)
    captions = [caption for form in forms for caption in form.captions()]
    width = max((caption.sizeHint().width() for caption in captions), default=0)
    for caption in captions:
        caption.setMinimumWidth(width)
        caption.setAlignment(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter)


def clear_all(forms: Iterable[FieldForm]) -> bool:
    """Esc: take every red note of `forms` away; True when there was one."""
    shown = [form for form in forms if form.has_errors()]
    for form in shown:
        form.clear_errors()
    return bool(shown)


def spread_errors(forms: Iterable[FieldForm], errors: Mapping[str, str]) -> dict[str, str]:
    """Clear every form, then show each sentence under the field (in whichever form) it names.
    Returns the sentences no form has a field for."""
    forms = list(forms)
    left = dict(errors)
    focused = False
    for form in forms:
        mine = {k: v for k, v in left.items() if form.knows(k)}
        form.set_errors(mine, focus=not focused and bool(mine))
        focused = focused or bool(mine)
        for key in mine:
            left.pop(key)
    return left
