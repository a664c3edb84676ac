"""What every tab is given: the active profile's services, the task runner, and live signals.

Tabs are built as `SomeTab(ctx)` and never touch httpx: they call `ctx.ops` (services.money.operations) through
`ctx.runner.start(...)`, and listen to `ctx.operation_changed` / `ctx.profile_changed`.
The main window owns one DeskContext and swaps its profile; tabs re-read `ctx.profile` on `profile_changed`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from .worker import TaskRunner


class DeskContext(QObject):
    # a services.journal entry (or OperationResult) changed; emitted on the GUI thread
    operation_changed = Signal(object)
    # the active profile changed (after the services were rebuilt)
    profile_changed = Signal(object)
    # the payout balance was read: services.api Balance
    balance_changed = Signal(object)
    # a request from one tab to another: ("lookup", order_id), ("refund", order_id), ("open_report", path)…
    navigate = Signal(str, object)

    _from_worker = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.profile: Any = None  # services.profiles.Profile
        self.ops: Any = None  # services.operations.OperationsService
        self.journal: Any = None  # services.journal.Journal
        self.data_dir: Any = None  # pathlib.Path
        self._from_worker.connect(self._relay)

    def service_listener(self, entry: object) -> None:
        """Register with OperationsService.add_listener: safe to call from any thread."""
        self._from_worker.emit(entry)

    @Slot(object)
    def _relay(self, entry: object) -> None:
        self.operation_changed.emit(entry)
