"""Which profile the desk works on: one ProfileSession per profile, the embedded sandbox, switching, closing.

    manager = SessionManager(ctx, data_dir)                     # ctx: ui.context.DeskContext
    manager.open(name, on_opened=..., on_failed=...)            # in a worker; then the session is in front
    manager.open_now(name)                                      # blocking (tests, benchmarks)
    manager.reconcile()                                         # settle open journal entries → reconciled
    ctx.runner.shutdown(); manager.close()                      # on closing

Putting a session in front (ui/context.py says what the tabs do): `ctx.session_leaving(old session)`, then
`ctx.session` is the new one, then `ctx.profile_changed(profile)`. What each tab kept for a profile
(`session.views`) outlives its services: coming back to a profile restores its screens, unless the profile
itself was changed meanwhile (Profiles…), in which case its tabs start empty.

The services of a profile left behind are closed only once no call is running (a journal must never be
closed under a money-moving call). Opening itself (store → profile → secret → services) is
services/profiles/session.py, shared with the CLI; each open first reads profiles.json again (in the worker),
so profiles another program added meanwhile are there.

The practice gateway (the first-start "Sandbox" profile): the sandbox kept in the data folder
(sandbox/practice.py), so it and the journal agree across restarts. Opening the Sandbox profile connects to
the practice gateway another program (the CLI, a second desk) serves on this folder, or starts it here on the
folder's state file; close() stops one started here. While the Sandbox profile works on another program's
practice gateway, every WATCH_MS a worker looks whether that program still serves it; once it has gone, the
practice gateway is had again (started here, or another program's) and the profile reopened on it
(`practice_moved`). `reset_practice()` brings it back to its first start (blocking; the Reset practice
gateway… action asks first and runs it in a worker). A server passed in (tests) is used as it is, never
stopped.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from .context import DeskContext, ProfileSession
from .worker import Call

if TYPE_CHECKING:
    from ..sandbox import SandboxServer
    from ..services.money.operations import OperationsService
    from ..services.profiles.credentials import CredentialStore
    from ..services.profiles.profiles import Profile, ProfileStore
    from .worker import Task

log = logging.getLogger("smartpay_desk.ui")

RETRY_CLOSE_MS = 1000  # how often services left behind are offered to close while calls still run
WATCH_MS = 3000  # how often the practice gateway another program serves is looked after


class PracticeAddress(NamedTuple):
    """Where the practice gateway answers (what the Profiles dialog's Test connection needs of it)."""

    url: str


class SessionManager(QObject):
    opened = Signal(object)  # Profile
    open_failed = Signal(object)  # exception
    reconciled = Signal(str, object)  # profile name, list of services.money.reconcile.ReconcileOutcome
    reconcile_failed = Signal(str, object)  # profile name, exception
    practice_moved = Signal(str)  # the practice gateway's new address, after its program went away

    def __init__(
        self,
        ctx: DeskContext,
        data_dir: str | Path,
        *,
        store: ProfileStore | None = None,
        credentials: CredentialStore | None = None,
        sandbox: SandboxServer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        from ..services.profiles.profiles import ProfileStore

        self.ctx = ctx
        self.data_dir = Path(data_dir)
        if ctx.data_dir is None:
            ctx.data_dir = self.data_dir
        self.store = store if store is not None else ProfileStore(self.data_dir)
        self._credentials = credentials
        self._sandbox = sandbox  # passed in (tests): used as it is, never stopped
        self._practice_url: str | None = None  # the practice gateway of this data folder, once had
        self._practice_server: SandboxServer | None = None  # started here: stopped by close()
        self._practice_lock = threading.Lock()  # opening and Test connection may ask from two workers at once
        self._watching: Task | None = None
        self._retired: list[OperationsService] = []
        self._kept: dict[str, ProfileSession] = {}  # profile name → its last session (what its tabs showed)
        self.opening: str | None = None
        self._on_opened: Callable[[Profile], None] | None = None
        self._on_failed: Callable[[BaseException], None] | None = None
        self._closed = False
        self._retry_close = QTimer(self)
        self._retry_close.setSingleShot(True)
        self._retry_close.setInterval(RETRY_CLOSE_MS)
        self._retry_close.timeout.connect(self.close_retired)
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self.look_after_practice)

    # ------------------------------------------------------------ credentials / sandbox

    @property
    def credentials(self) -> CredentialStore:
        """The CredentialStore (built on first use: keyring is imported lazily by it)."""
        if self._credentials is None:
            from ..services.profiles.credentials import CredentialStore

            self._credentials = CredentialStore()
        return self._credentials

    def practice_url(self, profile: Profile | None = None) -> str:
        """The practice gateway's address: connected to, or started here on first use (blocking: a worker's
        job). Raises PracticeUnavailable (services/profiles/session.py) with a sentence."""
        if self._sandbox is not None:
            return self._sandbox.url
        from ..services.profiles.profiles import default_sandbox_profile
        from ..services.profiles.session import practice_for, practice_still_there

        with self._practice_lock:
            if self._practice_server is not None and self._practice_server.running:
                return self._practice_server.url
            url = self._practice_url
            if url is not None and practice_still_there(self.data_dir, url):
                return url
            url, server = practice_for(profile or default_sandbox_profile(), self.data_dir)
            assert url is not None  # the Sandbox profile always gets one (or PracticeUnavailable)
            self._practice_url, self._practice_server = url, server
            log.info("practice gateway on %s (%s)", url, "started here" if server is not None else "another program's")
            return url

    def sandbox_server(self) -> PracticeAddress:
        """The practice gateway's address (blocking), as the Profiles dialog's Test connection asks for it."""
        return PracticeAddress(self.practice_url())

    @property
    def sandbox_url(self) -> str | None:
        """The practice gateway's address once had (never blocks); None before."""
        return self._sandbox.url if self._sandbox is not None else self._practice_url

    def reset_practice(self) -> str:
        """Blocking: the practice gateway back to its first start; the sentence saying what went, and what it
        means for the journal. Raises PracticeUnavailable, OSError (it did not answer)."""
        from ..services.profiles.session import reset_practice

        return reset_practice(self.practice_url())

    # ------------------------------------------------------------ the practice gateway's program going away

    @Slot()
    def look_after_practice(self) -> Task | None:
        """In a worker: is the practice gateway another program served still there? If not, have it again and
        reopen the Sandbox profile on it (`practice_moved`). Runs every WATCH_MS while that is the case."""
        front = self.ctx.profile
        if self._watching is not None or self._closed or front is None or not front.embedded:
            return None
        self._watching = self.ctx.runner.start(
            Call(self._practice_again, front.gateway_url), on_success=self._practice_had, on_failure=self._watch_failed
        )
        return self._watching

    def _practice_again(self, url: str) -> str | None:
        """Worker: None while `url` is still served; else the practice gateway's address now."""
        from ..services.profiles.session import practice_still_there

        if practice_still_there(self.data_dir, url):
            return None
        with self._practice_lock:
            if self._practice_url == url:
                self._practice_url = None
        return self.practice_url()

    def _practice_had(self, url: str | None) -> None:
        self._watching = None
        front = self.ctx.profile
        if url is None or front is None or not front.embedded or url == front.gateway_url.rstrip("/"):
            return
        if self.opening is None and not self._closed:
            log.warning("the practice gateway's program went away; working on %s now", url)
            self.open(front.name)
            self.practice_moved.emit(url)

    def _watch_failed(self, exc: BaseException) -> None:
        self._watching = None
        log.warning("the practice gateway could not be had again: %s", exc)

    def _watch_if_elsewhere(self, profile: Profile) -> None:
        """Watch while the profile in front is the Sandbox one on a practice gateway another program serves."""
        elsewhere = profile.embedded and self._sandbox is None and self._practice_server is None
        if elsewhere and not self._closed:
            self._watch.start()
        else:
            self._watch.stop()

    # ------------------------------------------------------------ opening

    def prepare(self, name: str, secret: str | None = None) -> tuple[Profile, OperationsService]:
        """Blocking: (profile bound to its URLs, its OperationsService). Raises MissingSecret (services)."""
        from ..services.profiles.session import open_profile

        self.store.refresh()  # what other programs (the CLI) changed meanwhile
        chosen = self.store.get(name)
        url = self.practice_url(chosen) if chosen.embedded else None
        profile, ops = open_profile(self.store, name, self.credentials, self.data_dir, sandbox_url=url, secret=secret)
        try:
            self.store.active = profile.name  # remembered for the next start
        except OSError as exc:
            log.warning("could not remember the active profile: %s", type(exc).__name__)
        return profile, ops

    def open_now(self, name: str, secret: str | None = None) -> Profile:
        """Blocking open, then the session in front; returns the profile."""
        profile, ops = self.prepare(name, secret)
        self._install(profile, ops)
        return profile

    def open(
        self,
        name: str,
        *,
        secret: str | None = None,
        on_opened: Callable[[Profile], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> Task:
        """Open a profile in a worker; `opened` (and on_opened) once its session is in front."""
        self.opening = name
        self._on_opened = on_opened
        self._on_failed = on_failed
        call = Call(self.prepare, name, secret)
        return self.ctx.runner.start(call, on_success=self._prepared, on_failure=self._failed)

    def _prepared(self, pair: tuple[Profile, OperationsService]) -> None:
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

    def _install(self, profile: Profile, ops: OperationsService) -> None:
        """Put the profile's session in front (GUI thread): the tabs save what they show, then restore."""
        ctx = self.ctx
        old = ctx.session
        if old is not None:
            ctx.session_leaving.emit(old)
            old.ops.remove_listener(ctx.service_listener)
            if old.ops is not ops:
                self._retired.append(old.ops)
        session = ProfileSession(profile, ops)
        kept = self._kept.get(profile.name)
        if kept is not None and _settings(kept.profile) == _settings(profile):  # unchanged: its screens come back
            session.views = kept.views
            session.balance = kept.balance
        self._kept[profile.name] = session
        ctx.session = session
        ops.add_listener(ctx.service_listener)
        ctx.profile_changed.emit(profile)
        self._watch_if_elsewhere(profile)
        self.close_retired()
        self.opened.emit(profile)

    def forget(self, name: str) -> None:
        """Drop what the tabs kept for a profile (deleted or renamed): it never comes back."""
        if self.ctx.profile is None or self.ctx.profile.name != name:
            self._kept.pop(name, None)

    @Slot()
    def close_retired(self) -> None:
        """Close left-behind services once no call is running; until then, offer again every second."""
        if not self._retired:
            return
        if self.ctx.runner.active_count() == 0:
            while self._retired:
                self._retired.pop().close()
        elif not self._closed:
            self._retry_close.start()

    # ------------------------------------------------------------ journal

    def reconcile(self) -> Task | None:
        """Settle this profile's open journal entries in a worker → `reconciled(profile name, outcomes)`."""
        session = self.ctx.session
        if session is None:
            return None
        name = session.profile.name

        def done(outcomes: object) -> None:
            self.reconciled.emit(name, outcomes)

        def failed(exc: BaseException) -> None:
            self.reconcile_failed.emit(name, exc)

        return self.ctx.runner.start(Call(session.ops.reconcile), on_success=done, on_failure=failed)

    # ------------------------------------------------------------ closing

    @Slot()
    def close(self) -> None:
        """Close every session and stop the practice gateway if it was started here (its state is saved).
        Call after ctx.runner.shutdown(). Idempotent."""
        if self._closed:
            return
        self._closed = True
        self._retry_close.stop()
        self._watch.stop()
        front = self.ctx.session
        for ops in [*self._retired, *([front.ops] if front is not None else [])]:
            try:
                ops.close()
            except Exception:  # closing must go on for the others
                log.exception("closing a session failed")
        self._retired = []
        with self._practice_lock:
            server, self._practice_server = self._practice_server, None
        if server is not None:
            server.stop()
            log.info("practice gateway stopped; its state is kept in %s", self.data_dir)


def _settings(profile: Profile) -> Profile:
    """The profile as stored: the Sandbox profile's URLs are its practice gateway's of the moment."""
    return profile._replace(gateway_url="", pci_url="", reports_url="") if profile.embedded else profile
