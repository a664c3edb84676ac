"""The main window's tab widget, which does not repaint the whole tab each time something inside any page changes
size.

When a widget in any page (the one on screen or another) is shown, hidden or changes its size hint, the layout
request climbs from layout to layout up to the QTabWidget, and QTabWidget answers every one by placing its tab
bar and page again and repainting itself whole (QTabWidget::setUpLayout ends with update()): with the Reports
tab in front that is the 100,000-row table and both charts, 7-10 ms, half a frame, for a busy bar appearing
in the export section or a lookup's answer arriving on a tab that is not even shown.

SteadyTabs lets such a request through only when something QTabWidget places has changed: its own size, the size
hints of its tab bar and corner widgets, or its minimum size grown beyond its size (the page needs more room than
it has). Otherwise the request would place everything where it already is, and it is dropped. A minimum that
changed within the size (a finished export's sentence on the Reports tab widened it from 839 to 1,196 px and
back, in a 1,280 px window) is passed on upwards alone (updateGeometry: the window must not shrink below it),
without placing or repainting anything. A page's preferred size (its size hint) is not looked at: once the
window is shown it changes nothing on screen. The pages lay themselves out as before: each page's own layout
handles its own requests.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QWidget


class SteadyTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placed: tuple[object, ...] | None = None
        self._minimum = QSize()
        self.dropped_requests = 0  # layout requests that would have changed nothing (tests look at these)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            placed, minimum = self._what_is_placed(), self.minimumSizeHint()
            fits = minimum.width() <= self.width() and minimum.height() <= self.height()
            if placed == self._placed and fits:
                self.dropped_requests += 1
                if minimum != self._minimum:
                    self._minimum = minimum
                    self.updateGeometry()  # the window's own minimum follows; nothing here moves
                return True
            self._placed, self._minimum = placed, minimum
        return super().event(event)

    def _what_is_placed(self) -> tuple[object, ...]:
        # The widget's own children: the tab bar, the page stack (its sizes left out: a page's minimum is looked
        # at against the widget's size in `event`) and any corner widgets.
        children = [(w.isVisibleTo(self), None, None) if isinstance(w, QStackedWidget)
                    else (w.isVisibleTo(self), w.minimumSizeHint(), w.sizeHint())
                    for w in self.children() if isinstance(w, QWidget)]  # fmt: skip
        return (self.size(), *children)
