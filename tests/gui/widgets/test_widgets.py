"""Shared widgets and sentences: FieldForm, AmountEdit, StatusBadge, BusyBar, QR, ConfirmDialog, describe_error."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from smartpay_desk.api import errors
from smartpay_desk.api.money import AmountError
from smartpay_desk.services.journal.states import DuplicateOrder, GuardRefused
from smartpay_desk.ui.context import DeskContext
from smartpay_desk.ui.messages import UNEXPECTED, describe_error
from smartpay_desk.ui.widgets.amount_edit import AmountEdit
from smartpay_desk.ui.widgets.busy import STOPPED_SENDING, BusyBar
from smartpay_desk.ui.widgets.card_form import split_expiry
from smartpay_desk.ui.widgets.confirm import ConfirmDialog, is_production
from smartpay_desk.ui.widgets.follower import StatusFollower
from smartpay_desk.ui.widgets.forms import FieldForm, spread_errors
from smartpay_desk.ui.widgets.qr import QrCodeWidget
from smartpay_desk.ui.widgets.status_badge import StatusBadge
from smartpay_desk.ui.widgets.submit_row import SubmitRow
from smartpay_desk.ui.worker import TaskRunner


def test_field_form_shows_sentences_under_fields_and_the_rest_below(qtbot: Any) -> None:
    form = FieldForm()
    qtbot.addWidget(form)
    email = form.add_field("customer_email", "Email", QLineEdit(), "tip", aliases=("email",))
    form.add_field("amount", "Amount", QLineEdit(), "tip")
    left = form.set_errors({"email": "Write a whole address.", "destination": "Choose one destination."})
    assert form.error("customer_email") == "Write a whole address."
    assert email.property("invalid") is True
    assert left == {"destination": "Choose one destination."}
    assert form.general_error() == "Choose one destination."
    assert email.toolTip() == "tip"
    form.clear_errors()
    assert not form.has_errors() and email.property("invalid") is False

    other = FieldForm()
    qtbot.addWidget(other)
    other.add_field("card_cvv", "CVV", QLineEdit())
    rest = spread_errors([form, other], {"amount": "Too much.", "card_cvv": "Three digits.", "x": "Odd."})
    assert form.error("amount") == "Too much." and other.error("card_cvv") == "Three digits."
    assert rest == {"x": "Odd."}


def test_a_field_s_sentence_goes_when_the_operator_changes_it_whatever_kind_of_field(qtbot: Any) -> None:
    """A line, a box of several lines (told by its class name, not by isinstance), a list and a tick box."""
    form = FieldForm()
    qtbot.addWidget(form)
    note, words, choice, tick = QLineEdit(), QPlainTextEdit(), QComboBox(), QCheckBox("Sure")
    choice.addItems(["one", "two"])
    for name, widget in (("note", note), ("words", words), ("choice", choice), ("tick", tick)):
        form.add_field(name, name.title(), widget)
    problems = {"note": "A.", "words": "B.", "choice": "C.", "tick": "D."}
    form.set_errors(problems)
    assert all(form.error(name) == sentence for name, sentence in problems.items())
    qtbot.keyClicks(note, "x")
    words.setPlainText("typed")
    choice.activated.emit(1)
    tick.click()
    assert [form.error(name) for name in problems] == ["", "", "", ""]
    form.set_errors({"note": "A."})
    note.setText("set by the tab itself")  # not the operator's edit: the sentence stays
    assert form.error("note") == "A."


def test_field_form_hides_and_shows_a_whole_row(qtbot: Any) -> None:
    form = FieldForm()
    qtbot.addWidget(form)
    form.add_field("amount", "Amount", QLineEdit())
    form.add_field("customer_phone", "Phone", QLineEdit(), extra=QPushButton("Paste"))
    form.set_field_visible("customer_phone", False)
    assert form.layout_form.isRowVisible(0) and not form.layout_form.isRowVisible(1)
    form.set_field_visible("customer_phone", True)
    assert form.layout_form.isRowVisible(1)


def test_amount_edit_reads_minor_units_in_its_currency(qtbot: Any) -> None:
    edit = AmountEdit("EUR")
    qtbot.addWidget(edit)
    edit.setText("1,234.50")
    assert edit.minor_units() == 123450
    edit.set_minor(990)
    assert edit.text() == "9.90"
    edit.set_currency("JPY")
    edit.setText("1,234")
    assert edit.minor_units() == 1234
    edit.setText("twelve")
    with pytest.raises(AmountError, match="not an amount"):
        edit.minor_units()


def test_status_badge_words_and_tones(qtbot: Any) -> None:
    badge = StatusBadge()
    qtbot.addWidget(badge)
    for status, words, kind in ((2, "Success", "success"), (1, "Processing", "processing"), (-1, "Failed", "fail"),
                                (0, "Unknown (0)", "unknown")):  # fmt: skip
        badge.set_status(status)
        assert (badge.text(), badge.kind) == (words, kind)
    badge.set_state("needs_review")
    assert (badge.text(), badge.kind) == ("Needs review", "fail")


class _FakeTask(QObject):
    done = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


def test_busy_bar_disables_while_running_and_cancel_says_what_it_means(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    button = QPushButton("Send", host)
    bar = BusyBar(host)
    task = _FakeTask()
    bar.track(task, "Sending…", disable=[button])
    assert bar.is_busy() and not button.isEnabled() and not bar.isHidden()
    task.done.emit()  # a task other than the current one ending changes nothing; this one hides the bar
    assert not bar.is_busy() and button.isEnabled() and bar.isHidden()
    second = _FakeTask()
    bar.track(second, "Sending…", disable=[button])
    bar.cancel_button.click()
    assert second.cancelled and button.isEnabled()
    assert bar.message() == STOPPED_SENDING


def test_escape_cancels_from_anywhere_in_the_tab_not_only_next_to_the_bar(qtbot: Any) -> None:
    tab = QWidget()  # stands for a tab: the bar sits deep inside one column, the focus is in another
    qtbot.addWidget(tab)
    column = QWidget(tab)
    other = QLineEdit(tab)
    row = SubmitRow(QPushButton("Send…"), column)
    tab.show()
    tab.activateWindow()
    qtbot.waitActive(tab)
    task = _FakeTask()
    row.busy.track(task, "Sending…", disable=[row.button])
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    qtbot.keyClick(other, Qt.Key.Key_Escape)
    assert task.cancelled and row.button.isEnabled() and row.busy.message() == STOPPED_SENDING


def test_submit_row_says_the_outcome_left_of_its_button(qtbot: Any) -> None:
    row = SubmitRow(QPushButton("Refund…"))
    qtbot.addWidget(row)
    row.resize(600, 80)
    row.show()
    qtbot.waitExposed(row)
    row.message.success("Refunded €15.00 on order o-1.")
    assert row.button.parentWidget() is row and row.busy.isHidden()
    assert row.message.geometry().right() < row.button.geometry().left()


def test_qr_code_paints_the_matrix(qtbot: Any) -> None:
    qr = QrCodeWidget(side=120)
    qtbot.addWidget(qr)
    qr.set_data("http://127.0.0.1:5000/pay/abc")
    assert qr.module_count() >= 21
    image = qr.grab().toImage()
    assert image.pixelColor(2, 2).name() == "#ffffff"  # quiet zone
    assert any(image.pixelColor(x, 12).name() == "#000000" for x in range(8, 40))


class _Ctx:
    def __init__(self, environment: str) -> None:
        self.profile = type("P", (), {"environment": environment, "name": "Shop"})()


def test_production_is_told_by_the_profile_in_front() -> None:
    assert is_production(_Ctx("production"))  # type: ignore[arg-type]  # a stand-in for DeskContext
    assert not is_production(_Ctx("sandbox"))  # type: ignore[arg-type]
    assert not is_production(DeskContext(TaskRunner()))  # no profile open yet


def test_confirm_in_production_needs_the_typed_amount(qtbot: Any) -> None:
    dialog = ConfirmDialog(None, "Send?", ["Amount: €1,234.50"], "€1,234.50", production=True)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.typed.setText("1234")
    assert not dialog.ok_button.isEnabled()
    dialog.typed.setText("12.34.5")
    assert not dialog.ok_button.isEnabled()
    dialog.typed.setText("1,234.5")
    assert dialog.ok_button.isEnabled()
    plain = ConfirmDialog(None, "Send?", ["Amount: €5.00"], "€5.00", production=False)
    qtbot.addWidget(plain)
    assert plain.ok_button.isEnabled() and plain.typed.isHidden()


def test_describe_error_gives_one_sentence_per_class(caplog: Any) -> None:
    assert describe_error(errors.OrderNotFound("x")) == "The gateway has no transaction with that order id."
    assert describe_error(errors.Declined(error_message="PLATFORM_ERROR_GATE_NOT_FOUND")) == (
        "The gateway declined the operation. No payment route at the gateway accepted this card or operation. "
        "(PLATFORM_ERROR_GATE_NOT_FOUND)"
    )
    assert "nothing was sent" in describe_error(errors.ValidationFailed({"amount": "x"}))
    assert describe_error(errors.ResponseTimeout("read")).startswith("The gateway did not answer in time")
    assert describe_error(errors.BadCredentials()).startswith("The gateway refused the merchant key")
    assert describe_error(GuardRefused("The payout is more than the balance")) == "The payout is more than the balance."
    assert "already been used" in describe_error(DuplicateOrder("order id x"))
    with caplog.at_level(logging.ERROR, logger="smartpay_desk.ui"):
        assert describe_error(KeyError("boom")) == UNEXPECTED.format("KeyError")
    assert "KeyError" in caplog.text


def test_split_expiry() -> None:
    assert split_expiry("2/27") == ("02", "27")
    assert split_expiry("02 / 2027") == ("02", "27")
    assert split_expiry("0227") == ("02", "27")


def test_a_follower_with_no_profile_open_stops_instead_of_asking(qtbot: Any) -> None:
    runner = TaskRunner()
    follower = StatusFollower(DeskContext(runner))
    follower.follow("o-1", now=True)
    assert not follower.is_following() and runner.active_count() == 0
