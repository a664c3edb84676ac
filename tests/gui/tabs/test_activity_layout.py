"""Activity on a laptop-sized window (issue 13's screenshot tour showed it): with the review box over an entry's
details, the details scroll rather than squash their rows into one another, and nothing is cut on the right."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QLabel

from smartpay_desk.ui.tabs.activity import ActivityTab
from smartpay_desk.ui.tabs.tab_parts import ColumnScroll

LOST = (
    "The refund of 10.00 EUR for order rev-1 may or may not have been made (its answer was lost). Look for it in a "
    "Refund report or the gateway's back office before refunding again, then mark this entry as succeeded or failed."
)


def test_the_review_box_over_the_details_scrolls_and_squashes_nothing(qtbot: Any, desk_ctx: Any) -> None:
    tab = ActivityTab(desk_ctx)
    qtbot.addWidget(tab)
    tab.resize(1256, 560)  # what an 800-pixel-high window leaves the tab
    tab.show()
    journal = desk_ctx.journal
    entry = journal.record_intent(
        kind="refund", order_id="tour-20261202T173125-cb1f", profile="Sandbox", environment="sandbox", amount=1000,
        currency="EUR", request={"order_id": "tour-20261202T173125-cb1f"}, operator="night",
    )  # fmt: skip
    journal.update(entry.id, "sent", note="")
    journal.update(entry.id, "needs_review", note=LOST)  # as the sending engine words a lost refund
    tab.show_entry(entry.id)
    qtbot.waitUntil(lambda: tab.review.isVisibleTo(tab) and "cb1f" in tab.details_title.text(), timeout=10_000)
    QApplication.processEvents()
    squashed = [
        label.text()
        for label in tab.grid.findChildren(QLabel)
        if label.isVisible() and label.height() < label.fontMetrics().height()
    ]
    assert squashed == []
    (scroll,) = [w for w in tab.findChildren(ColumnScroll)]
    assert scroll.verticalScrollBar().maximum() > 0  # it scrolls instead
    assert scroll.widget().width() <= scroll.viewport().width()  # nothing cut on the right
    said = tab.review.explain.text()  # the note's reason in the box's own sentence, not the whole note again
    assert "happened: its answer was lost. Look for it in a Refund report" in said, said
    assert "may or may not" not in said and said.count("Refund report") == 1
    assert ".." not in tab.review.explain.text()
