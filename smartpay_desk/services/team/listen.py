"""News from the other desks: a thread that LISTENs on the team journal's channel (schema.CHANNEL).

    news = TeamNews(journal.info, on_news)   # on_news(dict) from the listening thread, never the GUI's
    news.start() … news.stop()

Each notice is a small JSON object the server's triggers send: {"what": "entry"|"approval", "id", "state",
"by"}. When the server goes away the thread waits (1 s, then up to 10 s) and connects again, and then says
{"what": "reconnected"} so a reader reloads what it may have missed. The desk re-emits the news as a Qt
signal (ui/); nothing here waits on the GUI thread, and nothing polls the journal.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from typing import Any

from . import connect as c
from .schema import CHANNEL

log = logging.getLogger(__name__)
News = dict[str, Any]


class TeamNews:
    def __init__(
        self, info: str, on_news: Callable[[News], None], *, password: str | None = None, keyring: Any | None = None
    ) -> None:
        self._info = info
        self._on_news = on_news
        self._password = password
        self._keyring = keyring
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._conn: Any = None
        self.listening = threading.Event()  # set while LISTEN is in place (tests wait for it)

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="team-news", daemon=True)
            self._thread.start()

    def stop(self, timeout_s: float = 3.0) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout_s)

    def _run(self) -> None:
        wait = 1.0
        first = True
        while not self._stop.is_set():
            try:
                conn = c.connect(self._info, password=self._password, keyring=self._keyring)
            except Exception as exc:  # the server is away: try again later
                log.info("team news: %s", c._first_line(exc))
                self._stop.wait(wait)
                wait = min(wait * 2, 10.0)
                continue
            wait = 1.0
            try:
                conn.execute(f"LISTEN {CHANNEL}")
                self.listening.set()
                if not first:
                    self._tell({"what": "reconnected"})
                first = False
                while not self._stop.is_set():
                    for notice in conn.notifies(timeout=0.5):
                        self._tell(_parse(notice.payload))
            except Exception as exc:  # the connection broke: connect again
                log.info("team news interrupted: %s", c._first_line(exc))
            finally:
                self.listening.clear()
                try:
                    conn.close()
                except Exception:  # already broken
                    log.debug("team news: closing a broken connection")

    def _tell(self, news: News) -> None:
        try:
            self._on_news(news)
        except Exception:  # a reader's fault must not stop the news
            log.exception("team news reader failed")


def _parse(payload: str) -> News:
    try:
        data = json.loads(payload)
    except ValueError:
        return {"what": "unknown"}
    return data if isinstance(data, dict) else {"what": "unknown"}
