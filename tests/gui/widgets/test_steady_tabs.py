"""SteadyTabs: a size change inside a page no longer repaints the whole tab; what the tab widget places still
follows (a longer tab title, a page that needs more room, a resize)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from smartpay_desk.ui.widgets.steady_tabs import SteadyTabs
from tests.gui.support import PaintCounter


@pytest.fixture
def tabs(qtbot: Any) -> Any:
    widget = SteadyTabs()
    qtbot.addWidget(widget)
    front = QWidget()
    column = QVBoxLayout(front)
    widget.note = QLabel("short", front)  # type: ignore[attr-defined]
    widget.big = QPushButton("the rest of the page", front)  # type: ignore[attr-defined]
    column.addWidget(widget.note)  # type: ignore[attr-defined]
    column.addWidget(widget.big, 1)  # type: ignore[attr-defined]
    widget.other = QLabel("another tab")  # type: ignore[attr-defined]
    for label in (widget.note, widget.other):  # type: ignore[attr-defined]
        label.setWordWrap(True)  # as a message under a form: its text does not set the page's minimum width
    widget.addTab(front, "Front")
    widget.addTab(widget.other, "Other")  # type: ignore[attr-defined]
    widget.resize(700, 400)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(50)
    return widget


def test_text_changes_inside_pages_do_not_repaint_the_whole_tab(qtbot: Any, tabs: Any) -> None:
    paints = PaintCounter(tabs.big, tabs.tabBar())
    minimum = tabs.minimumSizeHint()
    for words in ("a longer sentence than before", "and an even longer one, on the tab in front", "x"):
        tabs.note.setText(words)
        tabs.other.setText(words + "; on a page that is not even shown")
        qtbot.wait(20)
    assert tabs.minimumSizeHint() == minimum
    assert paints.paints == 0, "neither the rest of the page nor the tab bar was painted again"
    assert tabs.dropped_requests >= 3
    assert tabs.note.text() == "x" and tabs.note.isVisible()


def test_what_the_tab_widget_places_still_follows(qtbot: Any, tabs: Any) -> None:
    width = tabs.tabBar().tabRect(0).width()
    tabs.setTabText(0, "Front, with a much longer title")
    qtbot.waitUntil(lambda: tabs.tabBar().tabRect(0).width() > width)
    tabs.big.setMinimumHeight(600)  # the page needs more room than the window has
    qtbot.waitUntil(lambda: tabs.minimumSizeHint().height() > 600)
    tabs.resize(900, 700)
    qtbot.waitUntil(lambda: tabs.currentWidget().width() > 850)
    assert tabs.tabBar().isVisible() and tabs.big.isVisible()


def test_a_wider_minimum_that_fits_moves_nothing_and_still_reaches_the_window(qtbot: Any) -> None:
    """A sentence that widens a page's minimum within the window (a finished export's, on the Reports tab): the tab
    is not placed or repainted again, and the window still learns its new minimum, and the old one after."""
    window = QWidget()
    qtbot.addWidget(window)
    tabs = SteadyTabs(window)
    QVBoxLayout(window).addWidget(tabs)
    page = QWidget()
    column = QVBoxLayout(page)
    note = QLabel("short", page)  # no word wrap: its text is its minimum width
    big = QPushButton("the rest of the page", page)
    column.addWidget(note)
    column.addWidget(big, 1)
    tabs.addTab(page, "Front")
    window.resize(900, 400)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    narrow = window.minimumSize().width()
    paints, dropped = PaintCounter(big, tabs.tabBar()), tabs.dropped_requests
    note.setText("a sentence long enough to widen the page's minimum well past where it was")
    qtbot.waitUntil(lambda: window.minimumSize().width() > narrow + 100)
    assert window.minimumSize().width() <= window.width(), "it fits: the window keeps its size"
    note.setText("short")
    qtbot.waitUntil(lambda: window.minimumSize().width() == narrow)
    assert paints.paints == 0, "neither the rest of the page nor the tab bar was painted again"
    assert tabs.dropped_requests >= dropped + 2
    assert big.isVisible() and big.width() > 700
