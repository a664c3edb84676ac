"""What the main window's status bar says about the journal: each change of an operation in the operator's
words, what the check of entries left in flight found (reconciliation, after a profile opens), and how many
things need a person (triage_watch.py: "3 need attention", and the tray message when one waited over a day).

Only news of the profile in front reaches the status bar: an answer about the last profile's money that
arrives after a switch is not shown under the new one. What a reconciliation of an earlier profile found is
still told, in a box that names that profile (nothing was sent again, but the operator must know).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Slot

from .i18n import say, tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from .context import DeskContext
    from .session import SessionManager

NEWS_MS = 10000
LONG_MS = 15000
SHOWN = 12  # outcomes listed in the box; the rest are counted


class Teller(Protocol):
    def statusBar(self) -> QStatusBar: ...

    def tell(self, title: str, text: str) -> None: ...


def operation_news(entry: object) -> str:
    """'Refund of €15.00, order tour-…: succeeded': a journal entry in the operator's words."""
    from ..services.journal.states import Kind, State
    from .i18n import money  # babel: not needed before the first paint
    from .tabs.activity_model import kind_words

    kind = str(getattr(entry, "kind", ""))
    state = str(getattr(entry, "state", ""))
    known_kind = kind in Kind.__members__.values()
    what = kind_words(kind) if known_kind else kind.replace("_", " ").capitalize()
    amount, currency = getattr(entry, "amount", None), getattr(entry, "currency", None)
    if isinstance(amount, int) and currency:
        with contextlib.suppress(ValueError):  # a currency code babel does not know: no amount, no crash
            what = tr("{what} of {amount}").format(what=what, amount=money(amount, currency))
    done = say(State(state).words) if state in State.__members__.values() else state.replace("_", " ")
    return tr("{what}, order {order_id}: {done}").format(what=what, order_id=getattr(entry, "order_id", ""), done=done)


class JournalNews(QObject):
    def __init__(self, window: Teller, ctx: DeskContext, sessions: SessionManager, parent: QObject) -> None:
        super().__init__(parent)
        self.window = window
        self.ctx = ctx
        ctx.operation_changed.connect(self._operation_changed)
        sessions.reconciled.connect(self._reconciled)
        sessions.reconcile_failed.connect(self._reconcile_failed)
        from .triage_watch import triage_watch

        self.triage = triage_watch(ctx)
        self.triage.show_in(window)

    def _in_front(self, profile_name: object) -> bool:
        front = self.ctx.profile
        return front is not None and profile_name == front.name

    @Slot(object)
    def _operation_changed(self, entry: object) -> None:
        state = str(getattr(entry, "state", "") or "")
        kind = str(getattr(entry, "kind", "") or "")
        profile = getattr(entry, "profile", None)
        if state and kind and (profile is None or self._in_front(profile)):
            self.window.statusBar().showMessage(operation_news(entry), NEWS_MS)

    @Slot(str, object)
    def _reconciled(self, profile_name: str, outcomes: object) -> None:
        items = list(outcomes) if isinstance(outcomes, list | tuple) else []
        in_front = self._in_front(profile_name)
        if not items:
            if in_front:
                self.window.statusBar().showMessage(tr("Journal checked: nothing was left in flight."), NEWS_MS)
            return
        from ..services.journal.states import State

        review = [o for o in items if getattr(o, "after", "") == State.NEEDS_REVIEW]
        lines = "\n".join(f"• {say(getattr(o, 'sentence', o))}" for o in items[:SHOWN])  # each in the desk's words
        more = tr("\n…and {count} more (see Activity).").format(count=len(items) - SHOWN) if len(items) > SHOWN else ""
        text = tr(
            "{count} operation(s) of the profile {profile_name} were left in flight when the desk last "
            "stopped. Each was checked with the gateway; nothing was sent again.\n\n{lines}{more}"
        ).format(count=len(items), profile_name=profile_name, lines=lines, more=more)
        if review:
            text += tr("\n\nSome need you to verify them by hand: see Activity.")
        if in_front:
            self.window.statusBar().showMessage(
                tr("Journal checked: {count} operation(s) settled.").format(count=len(items)), LONG_MS
            )
        self.window.tell(tr("Operations left in flight ({profile_name})").format(profile_name=profile_name), text)

    @Slot(str, object)
    def _reconcile_failed(self, profile_name: str, exc: object) -> None:
        from .messages import describe_error

        if not self._in_front(profile_name):
            return
        words = describe_error(exc, reading=True) if isinstance(exc, BaseException) else str(exc)
        self.window.statusBar().showMessage(
            tr("The journal could not be checked with the gateway: {words}").format(words=words), LONG_MS
        )
