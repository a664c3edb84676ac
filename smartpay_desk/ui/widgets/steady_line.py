"""One line of text that changes often (a progress sentence, a row count, totals) without repainting the tab.

Every QLabel.setText asks the parent's layout to lay out again, and a plain label's text is also its minimum
width: a longer count or total can widen the page's minimum, which the main window's tab widget must honour
by placing and repainting the whole tab (see steady_tabs.py; with a 100,000-row report on screen ~7 ms per
progress step). A SteadyLine has no layout and takes no width from its text: it gives its label the whole of
its own rectangle, so a request stops here. Its height is one line
of the label's font; its width comes from the layout (the text is cut at the edge: put the full line in the
tooltip if it can be long).

    line = SteadyLine(parent, name="hint")      # `name`: the label's object name, for the style sheet
    line.setText("Reading… 12,000 rows"); line.text(); line.clear(); line.label  (the QLabel itself)
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class SteadyLine(QWidget):
    def __init__(self, parent: QWidget | None = None, *, name: str = "", min_width: int = 120) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        if name:
            self.label.setObjectName(name)
        self.label.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(min_width)
        self.label.ensurePolished()  # the style sheet's font for its name, before measuring a line of it
        self.setFixedHeight(self.label.sizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self.minimumWidth(), self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.label.setGeometry(self.rect())
        super().resizeEvent(event)

    def setText(self, text: str) -> None:  # the QLabel name, so it stands in for one
        self.label.setText(text)

    def text(self) -> str:
        return self.label.text()

    def clear(self) -> None:
        self.label.clear()
