"""Opening the xlsx corpus (tests/data/xlsx, its README.md) in a shown ReportViewer, and what the viewer shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox

from smartpay_desk.ui.report_viewer.viewer import ReportViewer

CORPUS = Path(__file__).resolve().parents[2] / "data" / "xlsx"
REFUSED = ("unreadable.xlsx",)  # neither reader can read it (the README says so)
READABLE = sorted(p.name for p in CORPUS.glob("*.xlsx") if p.name not in REFUSED)
LOAD_MS = 30_000


def corpus(name: str) -> Path:
    path = CORPUS / name
    assert path.is_file(), f"{name}: run tests/data/xlsx/make_corpus.py"
    return path


def shown_viewer(qtbot: Any) -> ReportViewer:
    viewer = ReportViewer()
    qtbot.addWidget(viewer)
    viewer.resize(1100, 640)
    viewer.show()
    qtbot.waitExposed(viewer)
    return viewer


def read_by(qtbot: Any, viewer: ReportViewer) -> None:
    """Wait for the reader's child process to be gone (a viewer dropped with its child running would say so)."""
    qtbot.waitUntil(lambda: not viewer.reader.is_running(), timeout=LOAD_MS)
    viewer.model.settle()


def opened(qtbot: Any, name: str, **choice: Any) -> ReportViewer:
    """A shown viewer that has read the corpus file `name` (`choice`: sheet, header_row)."""
    viewer = shown_viewer(qtbot)
    with qtbot.waitSignal(viewer.loaded, timeout=LOAD_MS):
        viewer.open(corpus(name), **choice)
    read_by(qtbot, viewer)
    return viewer


def choose(qtbot: Any, viewer: ReportViewer, combo: QComboBox, data: object) -> None:
    """Pick the item with `data` as the operator does (activated), and wait for the file to be read again."""
    at = combo.findData(data)
    assert at >= 0, f"{data!r} is not offered"
    with qtbot.waitSignal(viewer.loaded, timeout=LOAD_MS):
        combo.setCurrentIndex(at)
        combo.activated.emit(at)
    read_by(qtbot, viewer)


def texts(viewer: ReportViewer) -> list[list[str]]:
    """Every row the viewer's model shows, as it shows them."""
    m = viewer.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def items(combo: QComboBox) -> list[Any]:
    return [combo.itemData(i) for i in range(combo.count())]
