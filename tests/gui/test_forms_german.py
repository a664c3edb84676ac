"""The money forms in German: Lookup, Payments, Authorize, Refunds, Recurrent, Payouts, the batch window and the
confirmation are built twice, in English and in German (resources/translations/smartpay_desk_de.qm), and
every text a clerk sees (labels, buttons, tick boxes, placeholders, tooltips, group titles, window titles, table
headers) must differ from its English source, unless it is the same word in both languages; money is German."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QGroupBox, QLabel, QLineEdit, QWidget

from smartpay_desk.ui import i18n
from smartpay_desk.ui.batch.dialog import BatchDialog
from smartpay_desk.ui.tabs.authorize import AuthorizeTab
from smartpay_desk.ui.tabs.lookup import LookupTab
from smartpay_desk.ui.tabs.payments import PaymentsTab
from smartpay_desk.ui.tabs.payouts import PayoutsTab
from smartpay_desk.ui.tabs.recurrent import RecurrentTab
from smartpay_desk.ui.tabs.refunds import RefundsTab
from smartpay_desk.ui.widgets.confirm import ConfirmDialog, warning
from smartpay_desk.ui.widgets.keys import strip_mnemonic

# The same in both languages: data and examples (ids, addresses, numbers), codes and names.
SAME = {"CVV", "E-Mail", "IBAN", "EUR", "—", "https://", "https://merchant.example", "name@example.com", "127.0.0.1",
        "SW1A 2AA", "hist-0001", "Link", "Sandbox", "Status"}  # fmt: skip
DATA = re.compile(r"^[\W\d_]*$|^[a-z]+-\d{8}|^[A-Z]{3}\b|^\+?\d")  # no letters; an order id; a currency; a number


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything a clerk reads under `root`, in a fixed order (the widgets' creation order)."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if widget.isWindow():
            yield where + " title", widget.windowTitle()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield where + " text", widget.text()
        if isinstance(widget, QLineEdit):
            yield where + " placeholder", widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield where + " title", widget.title()
        yield where + " tooltip", widget.toolTip()
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                yield f"{where} header {column}", str(model.headerData(column, Qt.Orientation.Horizontal) or "")


def untranslated(english: list[tuple[str, str]], german: list[tuple[str, str]]) -> list[str]:
    assert [where for where, _ in english] == [where for where, _ in german]  # the same widgets, in the same order
    left = []
    for (where, en), (_, de) in zip(english, german, strict=True):
        plain = strip_mnemonic(en).strip()
        if plain and strip_mnemonic(de).strip() == plain and plain not in SAME and not DATA.match(plain):
            left.append(f"{where}: {plain!r}")
    return left


@pytest.fixture
def german(qapp: Any) -> Iterator[None]:  # a translator needs the application
    assert i18n.install("de") == "de", "the German catalogue is not built (scripts/translations build)"
    try:
        yield
    finally:
        i18n.install("en")


_BUILT: list[QWidget] = []  # alive until the test's workers are done (qtbot keeps only a weak reference)


@pytest.fixture(autouse=True)
def _let_them_go() -> Iterator[None]:
    yield
    _BUILT.clear()


def _build(qtbot: Any, make: Callable[[], QWidget]) -> list[tuple[str, str]]:
    widget = make()
    qtbot.addWidget(widget)
    _BUILT.append(widget)
    if isinstance(widget, LookupTab):
        widget.warm_up()  # the answer panel, built with the first answer
    return list(shown_texts(widget))


BUILDERS: dict[str, Callable[[Any], QWidget]] = {
    "lookup": LookupTab,
    "payments": PaymentsTab,
    "authorize": AuthorizeTab,
    "refunds": RefundsTab,
    "recurrent": RecurrentTab,
    "payouts": PayoutsTab,
    "batch": lambda ctx: BatchDialog(ctx, "refund"),
    "confirm": lambda ctx: ConfirmDialog(
        None,
        i18n.tr("Send this payout?"),
        [
            i18n.tr("Amount: {amount}").format(amount=i18n.money(500, "EUR")),
            warning(i18n.tr("Making another one gives the customer a second page to pay: they may pay twice.")),
        ],
        i18n.money(500, "EUR"),
        production=True,
        profile_name="Live",
    ),
}


@pytest.mark.parametrize("name", list(BUILDERS))
def test_every_text_of_the_form_is_german(qtbot: Any, desk_ctx: Any, name: str) -> None:
    english = _build(qtbot, lambda: BUILDERS[name](desk_ctx))
    assert i18n.install("de") == "de", "the German catalogue is not built (scripts/translations build)"
    try:
        german = _build(qtbot, lambda: BUILDERS[name](desk_ctx))
    finally:
        i18n.install("en")
    assert len([text for _, text in german if text]) > 5
    left = untranslated(english, german)
    assert left == [], "\n".join(left)
    qtbot.waitUntil(lambda: desk_ctx.runner.active_count() == 0, timeout=10_000)


def test_german_words_and_money_where_the_clerk_reads_them(qtbot: Any, desk_ctx: Any, german: None) -> None:
    tab = PayoutsTab(desk_ctx)
    qtbot.addWidget(tab)
    assert tab.send_button.text().replace("&", "") == "Auszahlung senden…"
    assert tab.details.destination.itemText(0) == "Karte"
    assert i18n.money(123450, "EUR").replace("\xa0", " ") == "1.234,50 €"
    assert tab._money(123450).replace("\xa0", " ") == "1.234,50 €"
    tab.details.set_available(tab._money(5000))
    assert tab.details.available.text().replace("\xa0", " ") == "50,00 € verfügbar"
    refunds = RefundsTab(desk_ctx)
    qtbot.addWidget(refunds)
    refunds.submit()  # nothing typed: the sentence next to the order id is German
    assert refunds.form.error("order_id") == "Geben Sie die Bestellnummer der zu erstattenden Zahlung ein."
    qtbot.waitUntil(lambda: desk_ctx.runner.active_count() == 0, timeout=10_000)


def test_a_batchs_outcome_sentence_is_german(german: None) -> None:
    from smartpay_desk.services.batch.model import CheckedBatch
    from smartpay_desk.services.batch.results import BatchOutcome, RowOutcome
    from smartpay_desk.ui.batch.sending import outcome_text

    checked = CheckedBatch("payout", "abc", "p.csv", [])
    outcome = BatchOutcome(checked, [RowOutcome(2, "o-2", 123450, "EUR", "", "succeeded", "paid"),
                                     RowOutcome(3, "o-3", 500, "EUR", "", "refused at check", "bad")])  # fmt: skip
    said = outcome_text(outcome)
    assert said == "1 erfolgreich (1.234,50\xa0€); 1 bei der Prüfung abgelehnt (5,00\xa0€).", said


def test_the_journals_destinations_and_environments_are_said_in_german(german: None) -> None:
    from smartpay_desk.services.profiles.profiles import Environment
    from smartpay_desk.ui.window_words import destination_words, environment_name

    assert destination_words("card 401200******3010") == "Karte 401200******3010"
    assert destination_words("phone +442079460612").startswith("Telefon ")
    assert destination_words("") == "" and destination_words("somewhere else") == "somewhere else"
    assert [environment_name(e) for e in Environment] == ["Sandbox", "Test", "Produktion"]
    assert environment_name("production") == "Produktion"
