"""The reconciliation panel's lines (recon_panel.ReconPanel): one line per class found, made once and said again,
so that a new result with other classes shows exactly its own lines, their counts and their tone."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from PySide6.QtWidgets import QLabel

from smartpay_desk.services.recon.match import ClassSummary, DiffClass
from smartpay_desk.ui.report_viewer.recon_panel import ReconPanel


def result(*lines: ClassSummary) -> Any:
    """What show_result reads of a Reconciliation, with its summary given."""
    differences = [None] * sum(line.count for line in lines)
    return SimpleNamespace(differences=differences, rows=100, matched=100 - len(differences),
                           scope=SimpleNamespace(words="payments, 1-30 November"))  # fmt: skip


def shown(panel: ReconPanel) -> list[str]:
    return [w.text() for w in panel.lines.findChildren(QLabel) if w.isVisibleTo(panel) and w.text()]


def test_each_result_shows_its_own_classes_and_only_those(qtbot: Any) -> None:
    panel = ReconPanel()
    qtbot.addWidget(panel)
    panel.show()
    first = [ClassSummary(DiffClass.AMOUNT, 2, 2, {"EUR": 1250}), ClassSummary(DiffClass.JOURNAL_ONLY, 1, 1, {})]
    panel.show_result(result(*first), first)
    assert shown(panel) == ["Amount differs", "2 rows", "2 not explained", "€12.50", "In the journal, not in the "
                            "report", "1 operation", "1 not explained", "no amount"]  # fmt: skip
    amount_labels = panel._lines[DiffClass.AMOUNT]
    assert amount_labels[3].property("tone") == "error"

    second = [ClassSummary(DiffClass.AMOUNT, 2, 0, {"EUR": 1250}), ClassSummary(DiffClass.REPORT_ONLY, 3, 3, {})]
    panel.show_result(result(*second), second)  # the journal-only line goes, made-elsewhere comes, amount explained
    assert shown(panel) == ["Amount differs", "2 rows", "all explained", "€12.50",
                            "In the report, not in the journal (made elsewhere)", "3 rows", "3 not explained",
                            "no amount"]  # fmt: skip
    assert panel._lines[DiffClass.AMOUNT] is amount_labels and not amount_labels[3].property("tone")
    assert not panel._lines[DiffClass.REPORT_ONLY][3].property("tone")  # made elsewhere: shown, not alarming

    panel.show_result(result(), [])  # nothing differs: no line, the box of lines hidden
    assert shown(panel) == [] and not panel.lines.isVisibleTo(panel) and "nothing differs" in panel.title.text()
    panel.show_busy()
    panel.show_result(result(*first), first)  # and back
    assert shown(panel)[:1] == ["Amount differs"] and panel.lines.isVisibleTo(panel)


def test_the_panel_takes_the_looks_surface_so_its_words_stay_readable_in_the_dark(qtbot: Any, qapp: Any) -> None:
    """It had a light background of its own: in the dark look its light words sat on near-white."""
    from smartpay_desk.ui import theme
    from smartpay_desk.ui.theme_tokens import TOKENS

    panel = ReconPanel()
    qtbot.addWidget(panel)
    panel.resize(600, 120)
    panel.show()
    panel.show_result(result(ClassSummary(DiffClass.AMOUNT, 1, 1, {"EUR": 100})),
                      [ClassSummary(DiffClass.AMOUNT, 1, 1, {"EUR": 100})])  # fmt: skip
    installed = theme.current() is None
    if installed:
        theme.install(qapp, "light")
    try:
        for look in ("dark", "light"):
            theme.apply(look)
            picture = panel.grab().toImage()
            inside = picture.pixelColor(picture.width() - 20, picture.height() // 2).name()
            assert inside == TOKENS[look]["surface"].lower(), look
            assert panel.title.palette().color(panel.title.foregroundRole()).name() == TOKENS[look]["text"].lower()
    finally:
        theme.apply("light")
        if installed:
            theme.uninstall()


def test_each_lines_colour_is_a_chip_not_a_box_to_tick(qtbot: Any) -> None:
    """A square swatch with a grey border, beside the viewer's "Only differences" check box, read as one more box
    to tick (and a round one would read as a radio button): it is a wide chip in its rows' colour (explained:
    green), edged in a strong shade of it."""
    from PySide6.QtGui import QColor

    from smartpay_desk.ui.report_viewer.recon_panel import ELSEWHERE, EXPLAINED, SWATCH

    panel = ReconPanel()
    qtbot.addWidget(panel)
    panel.show()
    lines = [ClassSummary(DiffClass.REPORT_ONLY, 3, 3, {}), ClassSummary(DiffClass.AMOUNT, 2, 0, {"EUR": 1250})]
    panel.show_result(result(*lines), lines)
    qtbot.waitExposed(panel)
    width, height = SWATCH
    assert width > 1.5 * height
    for cls, fill in ((DiffClass.REPORT_ONLY, ELSEWHERE), (DiffClass.AMOUNT, EXPLAINED)):
        chip = panel._lines[cls][0]
        assert (chip.width(), chip.height()) == SWATCH
        image = chip.grab().toImage()
        assert image.pixelColor(width // 2, height // 2) == QColor(fill)
        edge = image.pixelColor(width // 2, 0)
        assert abs(edge.hue() - QColor(fill).hue()) < 12 and edge.saturation() > 2 * QColor(fill).saturation()
