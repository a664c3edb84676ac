"""What needs a person, kept up to date for the whole desk (issue 16): the Needs attention tab's list, the status
bar's count ("3 need attention") and the one tray message per start when something has waited longer than a day.

    watch = triage_watch(ctx)        # the one watch of this desk (made on first use, a child of ctx)
    watch.changed                    # signal(list[OpenItem]), on the GUI thread, after each reading
    watch.refresh()                  # read again now (a worker); otherwise it reads again by itself:
                                     # ctx.operation_changed, ctx.team_news, ctx.reconciled, ctx.profile_changed,
                                     # and, once shown in a window, every REFRESH_MS (ages grow)
    watch.show_in(window)            # the count in the window's status bar (a button that opens the tab)

Each reading runs services/recon/triage.open_items for the profile in front (its journal entries not final,
approval requests waiting on a team journal) and adds the differences nobody has explained from the
reconciliations this session holds (ui/reconciling.py), explanations read afresh from the journal (another desk
or the CLI may have explained one).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaObject, QObject, Qt, QTimer, Signal, Slot

from .i18n import tr
from .numbers import number
from .reconciling import keep
from .theme import set_tone
from .worker import Call

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPushButton, QStatusBar, QSystemTrayIcon

    from ..services.journal.interface import JournalStore
    from ..services.recon.match import Reconciliation
    from ..services.recon.triage import OpenItem
    from .context import DeskContext, ProfileSession
    from .worker import Task

REFRESH_MS = 60_000
TRAY_MS = 15_000
TAB = "triage"  # the navigate name of the Needs attention tab
NOTIFY_AFTER = timedelta(days=1)  # services/recon/triage.NOTIFY_AFTER (not imported before the first reading)


@dataclass(frozen=True)
class Reading:
    items: list[OpenItem]
    reconciliations: dict[Path, Reconciliation]  # the session's, with the journal's explanations applied


def read_open_items(journal: JournalStore, profile: str | None, held: dict[Path, Reconciliation]) -> Reading:
    """Everything that needs a person, oldest first (a worker's call): module docstring."""
    from ..services.recon.triage import difference_items, open_items

    items = open_items(journal, profile=profile)
    explanations = journal.explanations() if held else []
    fresh = {path: result.explained_by(explanations) for path, result in held.items()}
    seen: set[tuple[str, str, str]] = set()
    for path, result in fresh.items():
        wanted = [d for d in result.open if d.key not in seen]  # the same difference in two copies: listed once
        seen.update(d.key for d in wanted)
        items += difference_items(wanted, report=str(path))
    items.sort(key=lambda i: i.since)
    return Reading(items, fresh)


def count_words(count: int) -> str:
    return tr("1 needs attention") if count == 1 else tr("{count} need attention").format(count=number(count))


class TriageWatch(QObject):
    changed = Signal(object)  # list[OpenItem]

    def __init__(self, ctx: DeskContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.items: list[OpenItem] = []
        self.read_once = False  # a reading of the profile in front has come back
        self.task: Task | None = None
        self._again = False  # news came while reading: read again when it ends
        self._turn = 0
        self.button: QPushButton | None = None
        self.tray: QSystemTrayIcon | None = None
        self.told: list[str] = []  # the tray messages shown (one per start at most)
        self.notify_after = NOTIFY_AFTER
        self._queued = False  # a reading is asked for at the next turn of the event loop
        # No timer of its own: the watch lives as long as the context, which a test may let go on any thread.
        # The status bar's count reads again every REFRESH_MS (its timer is the button's: show_in).
        ctx.operation_changed.connect(self._news)
        ctx.team_news.connect(self._news)
        ctx.reconciled.connect(self._news)
        ctx.profile_changed.connect(self._profile_changed)

    @Slot(object)
    def _news(self, _what: object) -> None:
        """News come in bursts (a payment's states, a team's notices): one reading for those of one turn, and
        one more after a reading under way (refresh)."""
        if not self._queued:
            self._queued = True
            QMetaObject.invokeMethod(self, "_soon", Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _soon(self) -> None:
        self._queued = False
        self.refresh()

    @Slot(object)
    def _profile_changed(self, _profile: object) -> None:
        self._turn += 1  # a reading of the last profile is not shown under this one
        self.task = None
        self.items, self.read_once = [], False
        self._show()
        self.changed.emit(self.items)
        self.refresh()

    @Slot()
    def refresh(self) -> Task | None:
        """Read what needs a person again, in a worker (one reading at a time; news meanwhile: one more after)."""
        session, journal = self.ctx.session, self.ctx.journal
        if session is None or journal is None:
            return None
        if self.task is not None:
            self._again = True
            return self.task
        self._again = False
        turn, profile = self._turn, session.profile.name
        self.task = self.ctx.runner.start(
            Call(read_open_items, journal, profile, dict(session.reconciliations)),
            on_success=lambda reading: self._read(turn, session, reading),
            on_failure=lambda exc: self._failed(turn, exc),
        )  # fmt: skip
        return self.task

    def _read(self, turn: int, session: ProfileSession, reading: Reading) -> None:
        if turn != self._turn:
            return
        self.task = None
        for path, result in reading.reconciliations.items():  # explained elsewhere meanwhile: the session learns it
            kept = session.reconciliations.get(path)
            if kept is not None and len(result.open) < len(kept.open):
                keep(self.ctx, path, result, session)
        self.items, self.read_once = reading.items, True
        self._show()
        self.changed.emit(self.items)
        self._tell_the_tray()
        if self._again:
            self.refresh()

    def _failed(self, turn: int, _exc: BaseException) -> None:
        if turn == self._turn:
            self.task = None  # the journal's health bar says why; the next news reads again

    # ---------------------------------------------------------------- the status bar and the tray

    def show_in(self, window: object) -> None:
        """The count in `window`'s status bar (a flat button opening Needs attention), from the next reading."""
        from PySide6.QtWidgets import QPushButton

        status_bar: QStatusBar = getattr(window, "statusBar")()  # noqa: B009 - a QMainWindow, or a test's stand-in
        self.button = QPushButton("", status_bar)
        self.button.setObjectName("attentionCount")
        self.button.setFlat(True)
        self.button.setToolTip(tr("What needs a person: open Needs attention"))
        self.button.setStyleSheet("QPushButton#attentionCount { font-weight: 600; padding: 0 6px; }")
        set_tone(self.button, "error")
        self.button.clicked.connect(self._open_tab)
        self.button.hide()
        every = QTimer(self.button)  # ages grow, and "processing for an hour" becomes due without any news
        every.setInterval(REFRESH_MS)
        every.timeout.connect(self.refresh)
        every.start()
        status_bar.addPermanentWidget(self.button)
        self._show()
        if not self.read_once:
            self.refresh()

    def _show(self) -> None:
        if self.button is None:
            return
        with contextlib.suppress(RuntimeError):  # the window is being deleted
            self.button.setText(count_words(len(self.items)))
            self.button.setVisible(bool(self.items))

    @Slot()
    def _open_tab(self) -> None:
        self.ctx.navigate.emit(TAB, None)

    def _tell_the_tray(self) -> None:
        """One tray message per start, when something has waited longer than a day (where there is a tray)."""
        if self.told or self.button is None:
            return
        from ..services.recon.triage import waited_too_long

        waited = waited_too_long(self.items, self.notify_after)
        if not waited:
            return
        text = (
            tr("1 item has waited longer than a day for a person: see Needs attention.")
            if len(waited) == 1
            else tr("{count} items have waited longer than a day for a person: see Needs attention.").format(
                count=number(len(waited))
            )
        )
        self.told.append(text)
        self.tray_message(tr("SmartPay Desk: something needs attention"), text)

    def tray_message(self, title: str, text: str) -> None:
        """A system tray message, where the desktop has a tray (else nothing). Tests monkeypatch this."""
        from PySide6.QtWidgets import QSystemTrayIcon

        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        from .widgets.icons import app_icon

        self.tray = QSystemTrayIcon(app_icon(), self.button)
        self.tray.setToolTip(tr("SmartPay Desk"))
        self.tray.messageClicked.connect(self._open_tab)
        self.tray.show()
        self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, TRAY_MS)
        QTimer.singleShot(TRAY_MS + 5_000, self.tray.hide)  # the icon goes with its message


def triage_watch(ctx: DeskContext) -> TriageWatch:
    """The desk's one TriageWatch (made now if there is none yet)."""
    found = ctx.findChild(TriageWatch)
    return found if isinstance(found, TriageWatch) else TriageWatch(ctx)
