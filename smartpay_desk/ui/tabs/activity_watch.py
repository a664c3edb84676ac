"""Activity's eye on the journal's files: another desk window or the `smartpay` CLI writes the same journal, and
no listener of this process hears it. While the tab is on screen the files are looked at every 2 s (a stat, in
a worker); `changed` is emitted when they differ from what the last read saw (`mark`, set by the tab).
A team journal has no files here: the server tells of every desk's entries (ctx.team_news, ui/team_news.py),
and `changed` is emitted for each entry news (and after the news connection came back: news may be missed).

    self.watch = JournalWatch(ctx, tab)
    self.watch.changed.connect(tab._refresh_soon)
    self.watch.mark = found.mark        # after each read (activity_search.read_entries)
    self.watch.start() / stop()         # from the tab's showEvent / hideEvent
    self.watch.forget()                 # another profile: nothing known of its journal yet
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ..worker import Call
from .activity_search import Mark, journal_mark

if TYPE_CHECKING:
    from ..context import DeskContext
    from ..worker import Task

LOOK_MS = 2000


class JournalWatch(QObject):
    changed = Signal()

    def __init__(self, ctx: DeskContext, parent: QObject) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mark: Mark | None = None  # the journal's files as the last read saw them
        self._task: Task | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(LOOK_MS)
        self._timer.timeout.connect(self.look)
        ctx.team_news.connect(self._news)

    def start(self) -> None:
        self._timer.start()
        self.look()

    def stop(self) -> None:
        self._timer.stop()

    def forget(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._task, self.mark = None, None

    @Slot()
    def look(self) -> None:
        journal = self.ctx.journal
        if journal is None or self.mark is None or self._task is not None:
            return
        self._task = self.ctx.runner.start(Call(journal_mark, journal), on_success=self._looked,
                                           on_failure=self._failed)  # fmt: skip

    @Slot(object)
    def _news(self, news: object) -> None:
        what = news.get("what") if isinstance(news, dict) else None
        if what in ("entry", "reconnected"):
            self.changed.emit()

    def _looked(self, mark: Mark | None) -> None:
        self._task = None
        if mark is not None and self.mark is not None and mark != self.mark:
            self.mark = mark  # said once; the read it causes sets it again
            self.changed.emit()

    def _failed(self, _exc: BaseException) -> None:
        self._task = None  # the next read of the journal says what is wrong with it
