"""Screen readers on the money forms: every focusable control of Lookup, Payments, Authorize, Refunds, Recurrent,
Payouts, the batch window and the confirmation dialog has an accessible name (read through Qt's accessibility
interface, as a screen reader does); an error next to a field becomes the field's accessible description, and
goes with it; outcome panels and message lines describe what they show."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from smartpay_desk.ui.batch.dialog import BatchDialog
from smartpay_desk.ui.tabs.authorize import AuthorizeTab
from smartpay_desk.ui.tabs.lookup import LookupTab
from smartpay_desk.ui.tabs.payments import PaymentsTab
from smartpay_desk.ui.tabs.payouts import PayoutsTab
from smartpay_desk.ui.tabs.recurrent import RecurrentTab
from smartpay_desk.ui.tabs.refunds import RefundsTab
from smartpay_desk.ui.widgets.confirm import ConfirmDialog, warning
from smartpay_desk.ui.widgets.forms import FieldForm
from smartpay_desk.ui.widgets.panels import MessageLine

TABS = [LookupTab, PaymentsTab, AuthorizeTab, RefundsTab, RecurrentTab, PayoutsTab]


def accessible_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name) if face is not None else ""


def nameless(root: QWidget) -> list[str]:
    """Every focusable control under `root` (shown or not) that a screen reader could not name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if not accessible_name(widget).strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parentWidget()).__name__}")
    return found


@pytest.mark.parametrize("tab_class", TABS, ids=lambda cls: cls.__name__)
def test_every_focusable_control_of_the_tab_has_a_name(qtbot: Any, desk_ctx: Any, tab_class: type[QWidget]) -> None:
    tab = tab_class(desk_ctx)  # type: ignore[call-arg]
    qtbot.addWidget(tab)
    if isinstance(tab, LookupTab):
        tab.warm_up()  # the answer panel too (built with the first answer)
    focusable = [w for w in tab.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert len(focusable) > 3  # the walk found the form's controls
    assert nameless(tab) == []
    qtbot.waitUntil(lambda: desk_ctx.runner.active_count() == 0, timeout=10_000)


def test_the_batch_window_and_the_confirmation_name_every_control(qtbot: Any, desk_ctx: Any) -> None:
    dialog = BatchDialog(desk_ctx, "payout")
    qtbot.addWidget(dialog)
    assert accessible_name(dialog.table) == "Rows of the batch" and nameless(dialog) == []
    confirm = ConfirmDialog(None, "Send this payout?", ["Amount: €5.00", warning("Sent twice?")], "€5.00",
                            production=True, profile_name="Live")  # fmt: skip
    qtbot.addWidget(confirm)
    assert nameless(confirm) == []
    assert accessible_name(confirm.typed) == "Amount to confirm"
    assert confirm.anyway is not None and "&" in confirm.anyway.text()  # Alt+letter ticks it
    qtbot.waitUntil(lambda: desk_ctx.runner.active_count() == 0, timeout=10_000)


def test_icon_only_buttons_and_copy_labels_are_named(qtbot: Any, desk_ctx: Any) -> None:
    tab = PaymentsTab(desk_ctx)
    qtbot.addWidget(tab)
    assert accessible_name(tab.details.new_id_button) == "New order id"
    assert accessible_name(tab.link_result.order.button) == "Copy the order id"
    assert accessible_name(tab.link_result.link.button) == "Copy the payment link"
    assert accessible_name(tab.link_result.qr) == "QR code of the payment link"
    assert accessible_name(tab.details.amount) == "Amount"  # the field's caption, without its '&'
    # A combo box's accessible name on Linux is its current text (its label is a relation): the name is kept too.
    assert tab.customer_form.country.accessibleName() == "Country" and accessible_name(tab.customer_form.country)
    qtbot.waitUntil(lambda: desk_ctx.runner.active_count() == 0, timeout=10_000)


def test_an_error_next_to_a_field_is_its_accessible_description_until_it_goes(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLineEdit

    form = FieldForm()
    qtbot.addWidget(form)
    edit = form.add_field("amount", "&Amount", QLineEdit(form))
    face = QAccessible.queryAccessibleInterface(edit)
    assert face.text(QAccessible.Text.Name) == "Amount" and face.text(QAccessible.Text.Description) == ""
    form.set_errors({"amount": "Enter an amount above zero."}, focus=False)
    assert face.text(QAccessible.Text.Description) == "Enter an amount above zero."
    qtbot.keyClicks(edit, "5")  # the operator edits it: the sentence goes, and so does the description
    assert form.error("amount") == "" and face.text(QAccessible.Text.Description) == ""
    form.set_error("amount", "Too much.")
    assert face.text(QAccessible.Text.Description) == "Too much."
    form.clear_errors()
    assert face.text(QAccessible.Text.Description) == ""


def test_a_message_line_and_an_outcome_panel_describe_what_they_show(qtbot: Any, desk_ctx: Any) -> None:
    line = MessageLine()
    qtbot.addWidget(line)
    line.error("Not paid out. The card was declined.")
    face = QAccessible.queryAccessibleInterface(line)
    assert face.text(QAccessible.Text.Name) == "Message"
    assert face.text(QAccessible.Text.Description) == "Not paid out. The card was declined."
    line.clear()
    assert face.text(QAccessible.Text.Description) == ""
    tab = PaymentsTab(desk_ctx)
    qtbot.addWidget(tab)
    panel = tab.link_result
    panel.order.set_text("desk-1")
    panel.link.set_text("https://pay.example/desk-1")
    panel.describe()
    said = QAccessible.queryAccessibleInterface(panel).text(QAccessible.Text.Description)
    assert "Order desk-1" in said and "Link https://pay.example/desk-1" in said
    qtbot.waitUntil(lambda: desk_ctx.runner.active_count() == 0, timeout=10_000)
