"""The report viewer's reconciliation panel: what reconciling the report with the journal found, a line per class
of difference (a swatch of the colour its rows are marked with, its words, how many, how many nobody explained,
the money concerned in each currency), and the buttons that act on it (Explain…, Export reconciliation…).

    panel.show_busy(); panel.show_refused(sentence); panel.show_result(result); panel.clear()

Colour is never the only sign: the marked rows also say their class in the table's "Difference" column, and
the panel says each class in words. Money is written at the edge, with its currency (services/money/words.money).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...api.said import said
from ..i18n import say, tr
from ..numbers import number
from ..theme import set_tone
from ..widgets.icons import icon
from ..widgets.keys import describe
from ..widgets.panels import MessageLine

if TYPE_CHECKING:
    from ...services.recon.match import ClassSummary, DiffClass, Difference, Reconciliation

# the rows' backgrounds (light, so the status colours stay readable on them) and the swatches in the panel
ALARMING = "#fbe3e0"  # status or amount differs, in the journal and not in the report
STILL_OPEN = "#fdf0d5"  # the journal has not settled it yet
ELSEWHERE = "#e3edfb"  # in the report, not in the journal: made elsewhere, shown, not alarming
EXPLAINED = "#e4f2e7"  # someone explained it
EDGES = {ALARMING: "#c5221f", STILL_OPEN: "#b06000", ELSEWHERE: "#1a73e8", EXPLAINED: "#188038"}  # the chips' edges
HEADER = "Difference"
SWATCH = (22, 12)  # px: the colour chip before each line of the summary (its rows' background in the table)


def colour_of(difference: Difference) -> str:
    return class_colour(difference.cls, difference.is_open)


def class_colour(cls: DiffClass, unexplained: bool) -> str:
    """The colour of a difference of `cls` (its row's background, its line's chip): explained, green."""
    if not unexplained:
        return EXPLAINED
    if cls == "still_open":  # DiffClass.STILL_OPEN (a StrEnum): no import per row of thousands
        return STILL_OPEN
    return ALARMING if cls.alarming else ELSEWHERE


def mark_words(difference: Difference) -> str:
    """What the "Difference" column says of a row, in the desk's language."""
    words = say(difference.cls.words)
    return words if difference.is_open else tr("{words} (explained)").format(words=words)


def mark_sentence(difference: Difference) -> str:
    """The marked row's tooltip: the difference's sentence, and who explained it. A Said (api/said.py), said in the
    desk's language when the tooltip is shown (model.ReportModel.data): thousands are made, a few are read."""
    sentence = said("{words}: {sentence}", words=difference.cls.heading, sentence=difference.sentence)
    if difference.explanation is None:
        return sentence
    explained = said("{words}.", words=difference.explanation.words)
    return said("{sentence}\n{explained}", sentence=sentence, explained=explained)


def marks_of(result: Reconciliation, rows: int) -> tuple[list[str | None], dict[int, tuple[QColor, str]]]:
    """The "Difference" column's values (one per source row of a table of `rows`) and the marks. One QColor per colour
    for all of them: thousands of differences are marked in a few milliseconds."""
    values: list[str | None] = [None] * rows
    marks: dict[int, tuple[QColor, str]] = {}
    colours: dict[str, QColor] = {}
    words: dict[tuple[str, bool], str] = {}  # each class's words said once
    for index, difference in result.by_row().items():
        if 0 <= index < rows:
            key = (difference.cls, difference.is_open)
            values[index] = words.get(key) or words.setdefault(key, mark_words(difference))
            colour = colour_of(difference)
            marks[index] = (
                colours.get(colour) or colours.setdefault(colour, QColor(colour)),
                mark_sentence(difference),
            )
    return values, marks


@dataclass(frozen=True)
class Marked:
    """A reconciliation with what the viewer shows of it made already (in the worker, off the GUI thread): the
    "Difference" column's values, the marks, the differences by row, the summary per class."""

    result: Reconciliation
    values: list[str | None]
    marks: dict[int, tuple[QColor, str]]
    by_row: dict[int, Difference]
    summary: list[ClassSummary]


def marked(result: Reconciliation, rows: int) -> Marked:
    """`result` made ready to show in a table of `rows` rows (QColor is a value: any thread may make one)."""
    values, marks = marks_of(result, rows)
    return Marked(result, values, marks, result.by_row(), result.summary())


def money_words(line: ClassSummary) -> str:
    """ "10.02 EUR, 3.00 USD": as the reconciliation's sentences write it (in English the core's spelling)."""
    return say(line.amounts())


class ReconPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconPanel")  # its look: resources/style.qss, the look's surface and border
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 8, 10, 8)
        box.setSpacing(6)
        self.title = QLabel("", self)
        self.title.setStyleSheet("font-weight: 600;")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setAccessibleName(tr("Reconciliation"))  # what it found: its description (_say)
        box.addWidget(self.title)
        self.lines = QWidget(self)
        self.grid = QGridLayout(self.lines)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(3)
        self._lines: dict[DiffClass, list[QLabel]] = {}  # each class's line, made once (_line)
        box.addWidget(self.lines)
        self.hint = QLabel("", self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        box.addWidget(self.hint)
        self.action_row = QWidget(self)
        actions = QHBoxLayout(self.action_row)
        actions.setContentsMargins(0, 0, 0, 0)
        self.explain_button = QPushButton(icon("edit"), tr("Explain…"), self)
        self.explain_button.setToolTip(
            tr("Write why the selected row's difference is all right (the journal keeps it)")
        )
        self.export_button = QPushButton(icon("download"), tr("Export reconciliation…"), self)
        self.export_button.setToolTip(
            tr("Save every difference, its sentence and its explanation as an Excel workbook")
        )
        self.message = MessageLine(self)
        actions.addWidget(self.explain_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.message, 1)
        actions.addStretch(0)  # the buttons keep their size when no message is shown
        box.addWidget(self.action_row)
        self.clear()

    def clear(self) -> None:
        self._clear_lines()
        self.title.clear()
        self.hint.hide()
        self.message.clear()
        self.hide()

    def show_busy(self) -> bool:
        """Say the report is being reconciled; True when that moved the table (the panel was not shown). A result
        shown stays where it is, greyed, and no text changes nor anything is shown or hidden: the viewer is not
        laid out again, which would paint the table again (while the worker computes, such a paint takes many
        times as long: they share the GIL). The Reconcile button, disabled, says the work goes on."""
        if self.isVisible() and self.action_row.isVisible():
            self.message.clear()  # hiding it does not move the table; showing it does
            for widget in (self.title, self.lines, self.hint, self.explain_button, self.export_button):
                widget.setEnabled(False)
            return False
        moved = not self.isVisible()
        self.title.setEnabled(True)
        set_tone(self.title, None)
        self.message.clear()
        self._clear_lines()
        self._say(tr("Reconciling the report with the journal…"))
        self.hint.hide()
        self._actions(False)
        self.show()
        return moved

    def show_refused(self, sentence: str) -> None:
        """One sentence, nothing else (the file is no gateway report, or the journal could not be read)."""
        self._clear_lines()
        self.title.setEnabled(True)
        set_tone(self.title, "error")
        self._say(sentence)
        self.hint.hide()
        self.message.clear()
        self._actions(False)
        self.show()

    def show_result(self, result: Reconciliation, summary: list[ClassSummary] | None = None) -> None:
        """`summary`: result.summary(), if it was made already (a worker's: Marked)."""
        from ...services.recon.match import DiffClass

        lines = result.summary() if summary is None else summary
        self._clear_lines(keep={line.cls for line in lines})
        set_tone(self.title, None)
        found, still = len(result.differences), sum(line.unexplained for line in lines)
        if not found:
            outcome = tr("nothing differs.")
        else:
            outcome = (
                tr("1 difference, {still} not explained.")
                if found == 1
                else tr("{found} differences, {still} not explained.")
            )
            outcome = outcome.format(found=number(found), still=number(still))
        said = tr("Reconciled with the journal: {rows} rows, {matched} agree; {outcome}")
        self._say(said.format(rows=number(result.rows), matched=number(result.matched), outcome=outcome))
        scope = say(result.scope.words)
        self.title.setToolTip(tr("What the report covers: {words}").format(words=scope))
        for line in lines:
            self._show_line(line)
        unlisted = sum(line.unexplained for line in lines if line.cls is DiffClass.JOURNAL_ONLY)
        covers = tr("What the report covers: {words}.").format(words=scope)
        if unlisted:
            covers += " " + tr("{count} of the journal's operations have no row in the report: explain them in "
                               "Needs attention.").format(count=number(unlisted))  # fmt: skip
        self.hint.setText(covers)
        self.hint.show()
        self.message.clear()
        for widget in (self.title, self.hint, self.lines):
            widget.setEnabled(True)
        self.lines.setVisible(bool(found))
        self.lines.setEnabled(True)
        self.action_row.show()
        self.export_button.setEnabled(True)
        self.show()

    def _say(self, text: str) -> None:
        """The panel's title, also its accessible description, and a screen reader told it changed."""
        self.title.setText(text)
        describe(self.title, text)

    def _line(self, cls: DiffClass) -> list[QLabel]:
        """The labels of `cls`'s line (swatch, words, count, not explained, money) at its own row of the grid, made
        the first time it is shown. A reconciliation made again sets their texts: new labels would be laid out
        before the style sheet polished them and again after, moving the table twice, and each move repaints
        the whole window (bench_recon.py's reconcile_gui_stall_ms)."""
        from ...services.recon.match import DiffClass

        labels = self._lines.get(cls)
        if labels is None:
            labels = self._lines[cls] = [QLabel(self.lines) for _ in range(5)]
            labels[0].setFixedSize(*SWATCH)
            labels[4].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            right, fill = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, Qt.AlignmentFlag(0)
            row = list(DiffClass).index(cls)  # the summary's order (Reconciliation.summary)
            for column, align in enumerate((Qt.AlignmentFlag.AlignVCenter, fill, right, fill, right)):
                self.grid.addWidget(labels[column], row, column, align)
            self.grid.setColumnStretch(5, 1)
        return labels

    def _show_line(self, line: ClassSummary) -> None:
        from ...services.recon.match import DiffClass

        swatch, words, count, waiting, money = self._line(line.cls)
        # A wide chip edged in a strong shade of its colour: a grey-edged square read as a box to tick (beside
        # "Only differences"), a circle as a radio button.
        fill = class_colour(line.cls, bool(line.unexplained))
        style = f"background: {fill}; border: 1px solid {EDGES[fill]}; border-radius: 3px;"
        if swatch.styleSheet() != style:
            swatch.setStyleSheet(style)
        kind = say(line.cls.heading)
        words.setText(kind if line.cls.alarming else tr("{kind} (made elsewhere)").format(kind=kind))
        if line.cls is DiffClass.JOURNAL_ONLY:
            said = tr("1 operation") if line.count == 1 else tr("{count} operations")
        else:
            said = tr("1 row") if line.count == 1 else tr("{count} rows")
        count.setText(said.format(count=number(line.count)))
        waiting.setText(
            tr("{count} not explained").format(count=number(line.unexplained)) if line.unexplained
            else tr("all explained")
        )  # fmt: skip
        set_tone(waiting, "error" if line.unexplained and line.cls.alarming else None)
        money.setText(money_words(line))
        money.setAccessibleName(tr("Money concerned: {amount}.").format(amount=money.text()))
        for label in (swatch, words, count, waiting, money):
            label.show()

    def _clear_lines(self, keep: Collection[DiffClass] = ()) -> None:
        """Hide the lines of every class but those in `keep` (and the lines' box when none is kept)."""
        for cls, labels in self._lines.items():
            if cls not in keep:
                for label in labels:
                    label.hide()
        if not keep:
            self.lines.hide()

    def _actions(self, enabled: bool) -> None:
        self.explain_button.setEnabled(enabled)
        self.export_button.setEnabled(enabled)
        self.action_row.setVisible(enabled)
