"""Which profile the desk works on: opening its services, the embedded sandbox, switching, closing.

    manager = SessionManager(ctx, data_dir)                     # ctx: ui.context.DeskContext
    manager.open(name, on_opened=..., on_failed=...)            # in a worker; then ctx.profile_changed
    manager.open_now(name)                                      # blocking (tests, the screenshot tour)
    manager.reconcile()                                         # settle open journal entries → reconciled
    ctx.runner.shutdown(); manager.close()                      # on closing

The services of a profile left behind are closed only once no call is running (a journal must never be
closed under a money-moving call). The embedded sandbox (the first-start "Sandbox" profile) runs inside
the application on loopback and is stopped by close(); a server passed in (tests) is left running.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger("smartpay_desk.ui")


class MissingSecret(Exception):
    """The profile has no secret in the keyring (or for this session)."""

    def __init__(self, profile: Any) -> None:
        self.profile = profile
        super().__init__(f"No secret is stored for the profile {profile.name}.")


def activate(ctx: Any, profile: Any, ops: Any, data_dir: Path) -> None:
    """Point `ctx` at a profile's services and tell the tabs (GUI thread)."""
    old = ctx.ops
    if old is not None and old is not ops:
        old.remove_listener(ctx.service_listener)
    ctx.profile = profile
    ctx.ops = ops
    ctx.journal = getattr(ops, "journal", None)
    ctx.data_dir = Path(data_dir)
    ops.add_listener(ctx.service_listener)
    ctx.profile_changed.emit(profile)


class SessionManager(QObject):
    opened = Signal(object)  # Profile
    open_failed = Signal(object)  # exception
    reconciled = Signal(object)  # list of services.money.reconcile.ReconcileOutcome
    reconcile_failed = Signal(object)

    def __init__(
        self,
        ctx: Any,
        data_dir: str | Path,
        *,
        store: Any = None,
        credentials: Any = None,
        sandbox: Any = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        from ..services.profiles.profiles import ProfileStore

        self.ctx = ctx
        self.data_dir = Path(data_dir)
        self.store = store if store is not None else ProfileStore(self.data_dir)
        self._credentials = credentials
        self._sandbox = sandbox
        self._own_sandbox = sandbox is None
        self._retired: list[Any] = []
        self.opening: str | None = None
        self._closed = False

    # ------------------------------------------------------------ credentials / sandbox

    @property
    def credentials(self) -> Any:
        """The CredentialStore (built on first use: keyring is imported lazily by it)."""
        if self._credentials is None:
            from ..services.profiles.credentials import CredentialStore

            self._credentials = CredentialStore()
        return self._credentials

    def sandbox_server(self) -> Any:
        """The embedded sandbox, started on first use (blocking: call from a worker)."""
        if self._sandbox is None:
            from ..sandbox import SandboxServer

            self._sandbox = SandboxServer(host="127.0.0.1", port=0).start()
            log.info("embedded sandbox on %s", self._sandbox.url)
        return self._sandbox

    @property
    def sandbox_url(self) -> str | None:
        return self._sandbox.url if self._sandbox is not None and self._sandbox._httpd is not None else None

    # ------------------------------------------------------------ opening

    def prepare(self, name: str, secret: str | None = None) -> tuple[Any, Any]:
        """Blocking: (profile bound to its URLs, its OperationsService). Raises MissingSecret."""
        from ..services.money.operations import open_session

        profile = self.store.get(name)
        if profile.embedded:
            profile = profile.bind_sandbox(self.sandbox_server().url)
        if secret is None:
            secret = self.credentials.get(profile)
        if not secret:
            raise MissingSecret(profile)
        ops = open_session(profile, secret, self.data_dir)
        try:
            self.store.active = profile.name  # remembered for the next start
        except OSError as exc:
            log.warning("could not remember the active profile: %s", type(exc).__name__)
        return profile, ops

    def open_now(self, name: str, secret: str | None = None) -> Any:
        """Blocking open + activate; returns the profile."""
        profile, ops = self.prepare(name, secret)
        self._install(profile, ops)
        return profile

    def open(
        self,
        name: str,
        *,
        secret: str | None = None,
        on_opened: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> Any:
        """Open a profile in a worker; `opened` (and on_opened) once the tabs are switched over."""
        self.opening = name
        self._on_opened = on_opened
        self._on_failed = on_failed
        return self.ctx.runner.start(self.prepare, name, secret, on_success=self._prepared, on_failure=self._failed)

    def _prepared(self, pair: tuple[Any, Any]) -> None:
        profile, ops = pair
        self.opening = None
        self._install(profile, ops)
        if self._on_opened is not None:
            self._on_opened(profile)

    def _failed(self, exc: BaseException) -> None:
        self.opening = None
        self.open_failed.emit(exc)
        if self._on_failed is not None:
            self._on_failed(exc)

    def _install(self, profile: Any, ops: Any) -> None:
        old = self.ctx.ops
        activate(self.ctx, profile, ops, self.data_dir)
        if old is not None and old is not ops:
            self._retired.append(old)
            self.close_retired()
        self.opened.emit(profile)

    def close_retired(self) -> None:
        """Close left-behind services once no call is running (else at the next chance / on close)."""
        if self.ctx.runner.active_count() == 0:
            while self._retired:
                self._retired.pop().close()

    # ------------------------------------------------------------ journal

    def reconcile(self) -> Any:
        """Settle this profile's open journal entries in a worker → `reconciled(outcomes)`."""
        ops = self.ctx.ops
        if ops is None:
            return None
        return self.ctx.runner.start(ops.reconcile, on_success=self._reconciled, on_failure=self._reconcile_error)

    def _reconciled(self, outcomes: object) -> None:
        self.reconciled.emit(outcomes)

    def _reconcile_error(self, exc: BaseException) -> None:
        self.reconcile_failed.emit(exc)

    # ------------------------------------------------------------ closing

    @Slot()
    def close(self) -> None:
        """Close every session and stop the embedded sandbox. Call after ctx.runner.shutdown(). Idempotent."""
        if self._closed:
            return
        self._closed = True
        for ops in [*self._retired, self.ctx.ops]:
            if ops is not None:
                try:
                    ops.close()
                except Exception:  # closing must go on for the others
                    log.exception("closing a session failed")
        self._retired = []
        if self._own_sandbox and self._sandbox is not None:
            self._sandbox.stop()
            self._sandbox = None
