"""The whole desk in German (issue 17): the main window with every tab built, walked as a reader would see it,
once in English and once in German. Every text a person reads (labels, buttons, tab titles, menus, group titles,
placeholders, tooltips, table headers, combo box items) that is the same in both runs is English left over, unless
it is data (a profile's name, an account, an amount, an order id) or a word both languages write alike; the test
lists every such text.

Sentences the core makes (a guard's refusal, an operation's outcome) are not on these screens: the tabs are fresh,
nothing was sent. tests/gui/test_said_german.py shows them in German (api/said.py, ui/i18n.say)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from smartpay_desk.ui import i18n
from smartpay_desk.ui.main_window import MainWindow

# Written alike in English and German, or names: not a sign of a missing translation.
SAME_IN_BOTH = {
    "SmartPay Desk", "IBAN", "CVV", "OK", "E-Mail", "Status", "Sandbox", "Journal", "Name", "Details", "Filter",
    "Export", "ID", "URL", "Test", "Team", "PDF", "CSV", "xlsx", "UTC", "Info", "Version", "Start", "Code", "Login",
    "Link", "Token", "Hash", "Minimum", "Maximum",
    "English", "Deutsch",  # the language menu names each language in its own words
    "Profile", "System",  # German words too: the toolbar's "Profile…" (plural), the theme "System"
}  # fmt: skip
DATA = re.compile(r"^[\W\d_]*$|^[A-Z]{3}\b|@|^https?://|^[a-z0-9_.-]+$|EUR-|\d{2}:\d{2}|^[+\-]?[€$£]")


def texts_of(widget: QWidget) -> list[str]:
    found: list[str] = []
    if isinstance(widget, QLabel):
        found.append(re.sub(r"<[^>]+>", " ", widget.text()))
    if isinstance(widget, QAbstractButton):
        found.append(widget.text())
    if isinstance(widget, QLineEdit):
        found.append(widget.placeholderText())
    if isinstance(widget, QGroupBox):
        found.append(widget.title())
    if isinstance(widget, QComboBox):
        found += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabWidget):
        found += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QMenu):
        found.append(widget.title())
        found += [a.text() for a in widget.actions()]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        found += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns(widget))]
    found.append(widget.toolTip())
    return found


def columns(view: QAbstractItemView) -> int:
    """How many columns `view` shows (a list model, a completer's, keeps columnCount private: one)."""
    try:
        return int(view.model().columnCount(view.rootIndex()))
    except TypeError:
        return 1


def _words(text: str) -> str:
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def _read(window: MainWindow) -> set[str]:
    """Every text of the window, each of its tabs (built) and its menus."""
    window.build_remaining_tabs()
    seen: set[str] = set()
    for widget in [window, *window.findChildren(QWidget)]:
        seen.update(_words(t) for t in texts_of(widget))
    for action in window.menuBar().actions():
        seen.add(_words(action.text()))
        menu = action.menu()
        if isinstance(menu, QMenu):
            seen.update(_words(a.text()) for a in menu.actions())
    return {t for t in seen if t}


def _english_left(english: set[str], german: set[str]) -> list[str]:
    left = []
    for text in sorted(english & german):
        if text in SAME_IN_BOTH or DATA.search(text) or not re.search(r"[a-z]{2}", text):
            continue
        left.append(text)
    return left


@pytest.fixture
def in_german() -> Iterator[None]:
    yield
    i18n.install("en")


def _window(qtbot: Any, desk_session: Any) -> MainWindow:
    window = MainWindow(desk_session.ctx, desk_session)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    return window


def test_every_text_of_every_tab_is_german_when_the_desk_runs_in_german(
    qtbot: Any, desk_session: Any, in_german: None
) -> None:
    assert i18n.install("en") == "en"
    english = _read(_window(qtbot, desk_session))
    assert "Lookup" in english and "Payouts" in english
    assert i18n.install("de") == "de", "the German catalogues are not built (scripts/translations build)"
    window = _window(qtbot, desk_session)
    german = _read(window)
    assert "Auszahlungen" in german
    left = _english_left(english, german)
    assert left == [], "\n".join(left)
    assert i18n.money(123450, "EUR") == "1.234,50\xa0€"
