"""What every tab is given: the session in front (one profile's services and what its screens showed), the
task runner, and live signals.

Tabs are built as `SomeTab(ctx)` and never touch httpx: they call `ctx.ops` (services.money.operations)
through `ctx.runner.start(...)`, and listen to `ctx.operation_changed` / `ctx.profile_changed`, and, on a
team journal, to `ctx.team_news` (what the other desks did: team_news.py); `ctx.reconciled` says a report was
reconciled or a difference explained (the session keeps this run's reconciliations: reconciling.py).

A session per profile (`ProfileSession`): the main window owns one DeskContext and puts one profile's
session in front at a time. When the profile changes:
  1. `session_leaving(old_session)`: each built tab stores what it shows in `old_session.views[KEY]`
     (its own key, a plain object of its own making) so that coming back restores it;
  2. `ctx.session` / `ctx.profile` / `ctx.ops` / `ctx.journal` are the new profile's;
  3. `profile_changed(profile)`: each tab shows `ctx.session.views.get(KEY)` or, when there is none,
     starts empty. Nothing one profile learnt (a balance, a last result, a filled form) is ever shown
     under another. A tab built later reads `ctx.session.views.get(KEY)` when it is built.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from .team_news import TeamNewsBridge
from .worker import TaskRunner

if TYPE_CHECKING:
    from ..api.models import Balance
    from ..services.journal.interface import JournalStore
    from ..services.money.operations import OperationsService
    from ..services.profiles.profiles import Profile
    from ..services.recon.match import Reconciliation


class ProfileSession:
    """One profile's desk: its services, the last balance read, and each tab's saved screen state."""

    def __init__(self, profile: Profile, ops: OperationsService) -> None:
        self.profile = profile
        self.ops = ops
        self.balance: Balance | None = None  # the last payout balance read for this profile, if any
        self.views: dict[str, object] = {}  # tab key → what that tab showed for this profile
        # report file → its reconciliation with this profile's journal, made in this run (ui/reconciling.py)
        self.reconciliations: dict[Path, Reconciliation] = {}

    @property
    def journal(self) -> JournalStore:
        return self.ops.journal


class DeskContext(QObject):
    # a journal entry (or OperationResult) changed; emitted on the GUI thread
    operation_changed = Signal(object)
    # the session in front is about to be replaced: ProfileSession (tabs save their state into it)
    session_leaving = Signal(object)
    # the active profile changed (after the services were rebuilt): Profile
    profile_changed = Signal(object)
    # the payout balance was read: api.models.Balance
    balance_changed = Signal(object)
    # a request from one tab to another: ("lookup", order_id), ("refund", order_id), ("open_report", path)…
    navigate = Signal(str, object)
    # news from the other desks of a team journal (team_news.py), on the GUI thread: {"what", "id", "state", "by"}
    team_news = Signal(object)
    # a reconciliation of this session was made or changed (an explanation): the report's Path (reconciling.py)
    reconciled = Signal(object)
    # the time zone times are shown and exported in changed: "local" or "UTC" (Activity's views bar sets it)
    zone_changed = Signal(str)

    _from_worker = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session: ProfileSession | None = None
        self.data_dir: Path | None = None
        self.time_zone = "local"  # services/profiles/desk_settings.SETTINGS["time_zone"]
        self._from_worker.connect(self._relay)
        self.team = TeamNewsBridge(self)  # news of the other desks when the profile keeps a team journal

    @property
    def profile(self) -> Profile | None:
        return self.session.profile if self.session is not None else None

    @property
    def ops(self) -> OperationsService | None:
        return self.session.ops if self.session is not None else None

    @property
    def journal(self) -> JournalStore | None:
        return self.session.journal if self.session is not None else None

    def service_listener(self, entry: object) -> None:
        """Register with OperationsService.add_listener: safe to call from any thread."""
        self._from_worker.emit(entry)

    @Slot(object)
    def _relay(self, entry: object) -> None:
        self.operation_changed.emit(entry)
