"""The screenshot tour in German (issue 17): the whole desk on its practice gateway, every step a clerk would take
(a card payment, a link, an authorization, a refund, a repeat charge, a payout, a report, the journal with a lost
refund under review, the same payout asked again, Needs attention, approvals, profiles, a batch checked and sent),
and on every screen the tour pictures, every text a clerk reads (labels, buttons, tabs, group titles,
placeholders, tooltips, the tables' visible cells and their tooltips, dialogs) is read: none may be English. The
core's sentences (api/said.py), the journal's notes said again (ui/said_again.py), amounts and dates included.

English is told by its small words ("the", "not", "nothing", …), which German does not use; what the tour
itself typed or made (order ids, a card's holder, an address) carries none of them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from smartpay_desk.ui import i18n, screenshots
from smartpay_desk.ui.app import Desk, parse_args
from tests.e2e.test_desk_e2e import TOUR, app  # noqa: F401 - app: the desk's look for one test
from tests.gui.test_desk_german import columns, texts_of

ENGLISH = re.compile(
    r"\b(the|and|is|are|were|not|of|to|for|with|nothing|been|this|from|has|have|will|it|its|"
    r"or|at|by|on|as|be)\b",
    re.IGNORECASE,
)  # fmt: skip ("was", "an": German words too
# Not the desk's words: httpx's own, kept in a note's detail; a country German calls by its English name.
NOT_OURS = ("Server disconnected without sending a response.", "Isle of Man")
COUNTRY_CODE = re.compile(r"\([A-Z]{2}\)")  # the country box's "Österreich (AT)": "AT" is no English word
ROWS = 40  # a table's first rows: what is on screen


def _texts(root: QWidget) -> list[str]:
    """What a clerk reads on `root` (test_desk_german.texts_of), of the widgets shown, with the text boxes' text and
    the tables' first ROWS rows (each cell and its tooltip)."""
    found: list[str] = []
    for widget in (w for w in [root, *root.findChildren(QWidget)] if w.isVisible()):
        found += texts_of(widget)
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            found.append(widget.toPlainText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, top = widget.model(), widget.rootIndex()
            for row in range(min(model.rowCount(top), ROWS)):
                for column in range(columns(widget)):
                    index = model.index(row, column, top)
                    found += [str(index.data() or ""), str(index.data(Qt.ItemDataRole.ToolTipRole) or "")]
    return found


def _english(text: str) -> bool:
    text = text.replace("&", "")  # a mnemonic: "Be&trag"
    for words in NOT_OURS:
        text = text.replace(words, "")
    text = COUNTRY_CODE.sub("", text)
    return ENGLISH.search(text) is not None


@pytest.mark.usefixtures("app")
def test_every_screen_of_the_tour_speaks_german(qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    finished: list[bool] = []
    english: dict[str, str] = {}
    read: list[str] = []
    shoot = screenshots.Tour._shoot

    def read_then_shoot(tour: screenshots.Tour) -> None:
        step = tour._steps[tour._index]
        if step.name:
            read.append(step.name)
            for root in (w for w in QApplication.topLevelWidgets() if w.isVisible()):
                for text in _texts(root):
                    if _english(text):
                        english.setdefault(" ".join(text.split())[:300], step.name)
        shoot(tour)

    monkeypatch.setattr(screenshots.Tour, "_shoot", read_then_shoot)

    class TourDesk(Desk):
        def _tour_done(self, ok: bool) -> None:  # the real one quits the application
            finished.append(ok)
            self.window.close()

    desk = TourDesk(parse_args(["--screenshots", str(tmp_path / "shots"), "--language", "de"]), QApplication.instance())
    try:
        assert i18n.language() == "de"
        qtbot.addWidget(desk.window)
        desk.start()
        qtbot.waitUntil(lambda: bool(finished), timeout=90_000)
        desk.shutdown()
    finally:
        i18n.install("en")
    assert finished == [True] and read == TOUR
    assert english == {}, "\n".join(f"{step}: {text}" for text, step in sorted(english.items(), key=lambda i: i[1]))
