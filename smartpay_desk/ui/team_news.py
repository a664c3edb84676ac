"""News from the other desks of a team, as a Qt signal on the GUI thread (services/team/listen.py does the
listening).

    ctx.team                           # this bridge (ui/context.py makes it): it follows the profile in front
    ctx.team_news.connect(slot)        # slot(news: dict), on the GUI thread: {"what": "entry"|"approval"|…}
    ctx.team.stop()                    # the window closes: the listening thread ends on its own, soon

When the profile in front keeps a team journal (services.team.store.TeamJournal: it says `four_eyes`), a
TeamNews thread LISTENs on its channel with the same login; each notice is re-emitted through a queued signal
(the listening thread never touches a widget) and then, on the GUI thread, as `ctx.team_news`. A profile of
its own journal (SQLite) starts nothing: the file watch of Activity covers it.

Stopping never waits on the GUI thread: the thread is told to stop and ends within half a second by itself
(its last notices are dropped: each carries the number of the listener that heard it, and only the one in
front is passed on).
"""

from __future__ import annotations

import itertools
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from ..services.team.listen import TeamNews
    from .context import DeskContext

log = logging.getLogger("smartpay_desk.ui")


def is_team_journal(journal: object) -> bool:
    """Whether `journal` is a team journal (without importing psycopg for a desk that has none)."""
    return bool(getattr(journal, "four_eyes", False)) and bool(getattr(journal, "info", ""))


class TeamNewsBridge(QObject):
    _heard = Signal(int, object)  # (listener number, news): emitted from the listening thread

    def __init__(self, ctx: DeskContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self._numbers = itertools.count(1)
        self._number = 0  # the listener in front; news of any other is dropped
        self._news: TeamNews | None = None
        self._stopped = False
        self._heard.connect(self._relay)  # queued: the emitter is another thread
        ctx.profile_changed.connect(self._profile_changed)

    @property
    def active(self) -> bool:
        """A listener runs for the profile in front."""
        return self._news is not None

    def listening(self) -> bool:
        """LISTEN is in place on the server (tests wait for it before another desk writes)."""
        news = self._news
        return news is not None and news.listening.is_set()

    @Slot(object)
    def _profile_changed(self, _profile: object) -> None:
        self.restart()

    def restart(self) -> None:
        """Stop the listener of the last profile; start one for the profile in front if it keeps a team journal."""
        self._let_go()
        journal = self.ctx.journal
        if self._stopped or not is_team_journal(journal):
            return
        from ..services.team.listen import TeamNews

        number = self._number = next(self._numbers)

        def on_news(news: dict[str, Any]) -> None:  # the listening thread
            self._heard.emit(number, news)

        # the same login as the journal: its password (given for this run) or its keyring
        self._news = TeamNews(str(getattr(journal, "info", "")), on_news, password=getattr(journal, "_password", None),
                              keyring=getattr(journal, "_keyring", None))  # fmt: skip
        self._news.start()

    def stop(self) -> None:
        """No more news (the window closes): the thread ends on its own, never waited for here."""
        self._stopped = True
        self._let_go()

    def _let_go(self) -> None:
        news, self._news = self._news, None
        self._number = 0
        if news is not None:
            news.stop(timeout_s=0)  # told to stop; it ends by itself within half a second

    @Slot(int, object)
    def _relay(self, number: int, news: object) -> None:
        if number == self._number and isinstance(news, dict):
            self.ctx.team_news.emit(news)
