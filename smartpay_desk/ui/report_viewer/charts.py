"""Two small charts painted with QPainter (no QtCharts): the status mix and the daily volume.

Both take plain data (`set_data`) and repaint; hovering a bar shows its figures in a tooltip. A paint only
draws: the words of a tooltip are made when it is shown (a year of days formatted as money on every paint
cost ~9 ms, half a frame, while a report streams in and the chart follows it).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..i18n import money, tr
from ..numbers import number
from ..theme import colour

MIN_BARS = 4  # success, processing, fail and one more
STATUS_FILL = {"success": "#4caf72", "processing": "#f0a73a", "fail": "#d9534f"}
OTHER_FILL = "#9aa4ae"
BAR_FILL = "#3b78d8"
# The background, the words and the axis are the look's (ui/theme.py colour(), read at paint time: a switch of
# look repaints every widget); the fills are the same in every look, on a light or a dark surface.


class _Chart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._hits: list[tuple[QRectF, str]] = []  # area → its tooltip's words

    def sizeHint(self) -> QSize:
        return QSize(300, 170)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 120)

    def _begin(self) -> tuple[QPainter, QRectF]:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)  # not fillRect: its overloads make PySide build QGradient's five enums,
        painter.setBrush(QColor(colour("surface")))  # ~3 ms of the first report's first frame with charts
        painter.drawRect(self.rect())
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(QColor(colour("text")))
        height = QFontMetrics(title_font).height()
        painter.drawText(QRectF(8, 6, self.width() - 16, height), Qt.AlignmentFlag.AlignLeft, self.title)
        painter.setFont(self.font())
        return painter, QRectF(8, 12 + height, self.width() - 16, self.height() - 20 - height)

    def _empty(self, painter: QPainter, area: QRectF, text: str) -> None:
        painter.setPen(QColor(colour("text-muted")))
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, text)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        words = self._words_at(event.position())
        if words:
            QToolTip.showText(event.globalPosition().toPoint(), words, self)
        else:
            QToolTip.hideText()

    def _words_at(self, point: QPointF) -> str | None:
        return next((words for rect, words in self._hits if rect.contains(point)), None)

    def hit_texts(self) -> list[str]:
        """What the tooltips of the painted bars say (for tests and screen readers)."""
        return [words for _, words in self._hits]


class StatusMixChart(_Chart):
    """Horizontal bars: how many visible rows have each status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Status mix"), parent)
        self.counts: dict[str, int] = {}
        self.set_data({})

    def set_data(self, counts: dict[str, int]) -> None:
        order = {"success": 0, "processing": 1, "fail": 2}
        self.counts = dict(sorted(counts.items(), key=lambda kv: (order.get(kv[0], 9), kv[0])))
        # Room for the usual statuses from the start: a chart that grows while a file streams in would lay
        # out and repaint the whole tab.
        self.setFixedHeight(QFontMetrics(self.font()).height() + 24 + 28 * max(len(self.counts), MIN_BARS))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter, area = self._begin()
        self._hits = []
        total = sum(self.counts.values())
        if not total:
            self._empty(painter, area, tr("No rows to chart"))
            painter.end()
            return
        metrics = QFontMetrics(self.font())
        label_w = max(metrics.horizontalAdvance(s) for s in self.counts) + 10
        count_w = metrics.horizontalAdvance(f"{max(self.counts.values()):,} (100%)") + 8
        rows = len(self.counts)
        bar_h = min(24.0, (area.height() - 4 * (rows - 1)) / rows)
        peak = max(self.counts.values())
        y = area.top()
        for word, count in self.counts.items():
            painter.setPen(QColor(colour("text")))
            painter.drawText(QRectF(area.left(), y, label_w, bar_h), Qt.AlignmentFlag.AlignVCenter, word)
            width = max(2.0, (area.width() - label_w - count_w) * count / peak)
            bar = QRectF(area.left() + label_w, y + 2, width, bar_h - 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(STATUS_FILL.get(word, OTHER_FILL)))
            painter.drawRoundedRect(bar, 3, 3)
            share = f"{count:,} ({count * 100 / total:.0f}%)"
            painter.setPen(QColor(colour("text-muted")))
            painter.drawText(QRectF(bar.right() + 6, y, count_w, bar_h), Qt.AlignmentFlag.AlignVCenter, share)
            said = tr("{word}: {share} of {total} rows").format(word=word, share=share, total=number(total))
            self._hits.append((QRectF(area.left(), y, area.width(), bar_h), said))
            y += bar_h + 4
        painter.end()


class DailyVolumeChart(_Chart):
    """Vertical bars: the amount per day, in one currency (the one with the largest total). The days are those of
    the zone chosen (the summary counts them so), which the title says when the viewer is in the desk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Daily volume"), parent)
        self.setMaximumHeight(320)
        self.currency: str | None = None
        self.days: list[tuple[date, int, int]] = []  # day, minor units, rows
        self.zone = ""
        self._plot: tuple[float, float, float, float] | None = None  # left, top, bottom, width of a day

    def set_data(
        self, daily: dict[str, dict[date, int]], counts: dict[date, int], totals: dict[str, int], zone: str = ""
    ) -> None:
        """`zone`: what the days are ("UTC", "local, UTC+01:00"; "" outside the desk: this computer's, unsaid)."""
        self.currency = max(totals, key=lambda c: abs(totals[c])) if totals else None
        per_day = daily.get(self.currency, {}) if self.currency else {}
        self.days = sorted((day, amount, counts.get(day, 0)) for day, amount in per_day.items())
        said = [self.currency] if self.currency else []
        if zone:
            said.append(tr("UTC days") if zone == "UTC" else tr("local days"))
        self.title = tr("Daily volume ({said})").format(said=", ".join(said)) if said else tr("Daily volume")
        if len(totals) > 1:
            self.title = tr("{title}: largest of {count} currencies").format(title=self.title, count=len(totals))
        self.zone = zone
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter, area = self._begin()
        self._plot = None
        if not self.days or self.currency is None:
            self._empty(painter, area, tr("No dated amounts to chart"))
            painter.end()
            return
        metrics = QFontMetrics(self.font())
        axis_h = metrics.height() + 4
        peak = max(max(amount for _, amount, _ in self.days), 1)
        peak_label = money(peak, self.currency)
        plot = QRectF(
            area.left(), area.top() + metrics.height(), area.width(), area.height() - axis_h - metrics.height()
        )
        painter.setPen(QColor(colour("text-muted")))
        painter.drawText(QRectF(area.left(), area.top(), area.width(), metrics.height()), Qt.AlignmentFlag.AlignLeft,
                         tr("max {amount} a day").format(amount=peak_label))  # fmt: skip
        painter.setPen(QPen(QColor(colour("border")), 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        first, last = self.days[0][0], self.days[-1][0]
        span = (last - first).days + 1
        slot = plot.width() / span
        left, bottom, scale, width = plot.left(), plot.bottom(), plot.height() / peak, max(slot * 0.8, 1.0)
        # One drawRects call: ~1 ms for a year of days. A QPainterPath of the same rectangles took 5 ms for 90
        # days and 28 ms for 365 (the path is filled as one polygon with its winding worked out), a whole frame.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BAR_FILL))
        painter.drawRects([_bar(left + (day - first).days * slot + slot * 0.1, bottom, width, max(amount, 0) * scale)
                           for day, amount, _ in self.days])  # fmt: skip
        self._plot = (left, plot.top(), bottom, slot)
        painter.setPen(QColor(colour("text-muted")))
        labels = QRectF(plot.left(), plot.bottom() + 2, plot.width(), axis_h)
        painter.drawText(labels, Qt.AlignmentFlag.AlignLeft, _day(first))
        if last != first:
            painter.drawText(labels, Qt.AlignmentFlag.AlignRight, _day(last))
        painter.end()

    def _words_at(self, point: QPointF) -> str | None:
        """The bar under `point` is found by arithmetic on the last paint's plot (no rectangle per bar)."""
        if self._plot is None or not self.days:
            return None
        left, top, bottom, slot = self._plot
        if not (top <= point.y() <= bottom) or slot <= 0:
            return None
        first = self.days[0][0]
        wanted = first + timedelta(days=int((point.x() - left) // slot))
        for day, amount, rows in self.days:
            if day == wanted:
                return self._words(day, amount, rows)
        return None

    def hit_texts(self) -> list[str]:
        return [self._words(day, amount, rows) for day, amount, rows in self.days] if self._plot else []

    def _words(self, day: date, amount: int, rows: int) -> str:
        zone = f" ({self.zone})" if self.zone else ""
        said = tr("{day}{zone}: {amount} in {rows} rows")
        return said.format(day=day.isoformat(), zone=zone, amount=money(amount, self.currency or ""), rows=number(rows))


def _bar(left: float, bottom: float, width: float, height: float) -> QRectF:
    height = max(1.0, height)
    return QRectF(left, bottom - height, width, height)


def _day(day: date) -> str:
    """ "03 Dec 2026", the month in the desk's language ("03 Dez. 2026"): QLocale's names."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dd MMM yyyy")
