"""The sandbox over real HTTP: one server for every base, Basic auth, latency and faults (handler.py).

    with SandboxServer(port=0) as srv:          # started; srv.url == "http://127.0.0.1:PORT"
        srv.faults.add(path="/refund", kind="drop_after_commit")
        srv.state.transactions["hist-0001"]
        srv.received.of("/refund")              # the API requests that arrived (received.py)

Stopping releases every connection still open (keep-alive, hanging or dripping faults) and joins every
thread the server started. With `callbacks=True` (the default) each change of a transaction's status is
posted to its callback_url by one background thread (callbacks.py); `callbacks=False` posts nothing.

`state_file=Path` keeps the state on disk (statefile.py, stored.py): loaded on start (or seeded and saved on
the first one), saved atomically after every request that changed something and before its answer goes out,
served by one server at a time (a second gets PracticeGatewayInUse), its URL written beside it while it
serves. `reset()` (or POST /_sandbox/reset) brings it back to a first start. `echo_requests=True` makes every
refusal and failure carry the request back (echo.py; tests only).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

from .callbacks import CallbackWorker
from .faults import Faults
from .handler import MERCHANT_KEY, SECRET, SandboxHTTPServer
from .history import reset_state
from .history import seed_history as _seed_history
from .received import RequestLog
from .reports import REPORTS_PREFIX
from .state import SandboxState
from .statefile import StateFile
from .stored import dump, restore

__all__ = ["MERCHANT_KEY", "SECRET", "SandboxServer"]
_log = logging.getLogger(__name__)


class SandboxServer:
    """The SmartPayments sandbox on a loopback port. See the package docstring for the whole API."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        latency_ms: int = 0,
        settle_delay_s: float = 1.0,
        report_delay_s: float = 1.0,
        seed_history: bool = True,
        callbacks: bool = True,
        *,
        state_file: Path | str | None = None,
        echo_requests: bool = False,
    ) -> None:
        self.host = host
        self._requested_port = port
        self.latency_ms = latency_ms
        self.echo_requests = echo_requests  # tests only: refusals and failures carry the request (echo.py)
        self.seed_history = seed_history
        self.state = SandboxState(settle_delay_s=settle_delay_s, report_delay_s=report_delay_s)
        self.state.seeds_history = seed_history
        self.faults = Faults()
        self.received = RequestLog()  # the API requests that arrived (received.py; tests count them)
        self.callbacks = CallbackWorker()
        if callbacks:
            self.state.on_change = self.callbacks.submit
        self.stopping = threading.Event()
        self.state_file = StateFile(Path(state_file)) if state_file is not None else None
        self._httpd: SandboxHTTPServer | None = None
        self._threads: list[threading.Thread] = []
        self._save_lock = threading.Lock()
        self._saved_revision = -1
        self._seeded = False
        if seed_history and self.state_file is None:
            self._seed()

    def _seed(self) -> None:
        if self.seed_history:
            _seed_history(self.state)
        self._seeded = True

    # ------------------------------------------------------------------ addresses

    @property
    def running(self) -> bool:
        """True between start() and stop()."""
        return self._httpd is not None

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("the sandbox is not started")
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def gateway_url(self) -> str:
        return self.url

    @property
    def pci_url(self) -> str:
        return self.url

    @property
    def reports_url(self) -> str:
        """The reports base: the documented paths (/public/transaction/excel…) go after it."""
        return self.url + REPORTS_PREFIX.removesuffix("/public/transaction/excel")

    # ------------------------------------------------------------------ life

    def start(self) -> SandboxServer:
        """Bind, listen and serve on background threads; returns once connections are accepted.

        With a state file: raises PracticeGatewayInUse when another server serves it, StateFileRefused when
        it cannot be used (statefile.py); an OSError when the port cannot be bound. Nothing runs then."""
        if self._httpd is not None:
            return self
        if self.state_file is not None:
            self._open_state(self.state_file)
        try:
            httpd = SandboxHTTPServer((self.host, self._requested_port), self)
        except BaseException:
            if self.state_file is not None:
                self.state_file.release()
            raise
        self.stopping.clear()
        self._httpd = httpd
        if self.state_file is not None:
            self.state_file.publish_url(self.url)
        serve = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="sandbox-http", daemon=True
        )
        settle = threading.Thread(target=self._settle_loop, name="sandbox-settle", daemon=True)
        self._threads = [serve, settle]
        for thread in self._threads:
            thread.start()
        if self.state.on_change is not None:
            self.callbacks.start()
        return self

    def _open_state(self, state_file: StateFile) -> None:
        state_file.acquire()
        try:
            document = state_file.load()
            if document is not None:
                try:
                    restore(self.state, document)
                except ValueError as exc:
                    raise state_file.refuse(f"it is damaged ({exc})") from None
                self._seeded = True
            elif not self._seeded:
                self._seed()
            self._saved_revision = -1
            self.save_state(strict=True)
        except BaseException:
            state_file.release()
            raise

    def stop(self) -> None:
        """Stop serving, release open connections, join every thread, save the state and release its file.
        Safe to call twice."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self.stopping.set()
        self.state.changed.set()
        httpd.shutdown()
        httpd.release_connections()
        httpd.server_close()
        for thread in self._threads:
            thread.join()
        self._threads = []
        self.callbacks.stop()
        if self.state_file is not None:
            self.save_state()
            self.state_file.withdraw_url()
            self.state_file.release()

    def save_state(self, *, strict: bool = False) -> None:
        """Write the state file if anything changed since it was last written (no-op without one). A failure
        is logged and tried again on the next change (strict: raised, as on start)."""
        state_file = self.state_file
        if state_file is None or not state_file.held:
            return
        with self._save_lock:
            with self.state.lock:
                revision = self.state.revision
                if revision == self._saved_revision:
                    return
                document = dump(self.state)
            try:
                state_file.save(document)
            except OSError as exc:
                if strict:
                    raise
                _log.warning("the practice gateway's state could not be saved to %s: %s", state_file.path, exc)
                return
            self._saved_revision = revision

    def reset(self) -> dict[str, Any]:
        """Back to a first start (history seeded anew, payout balance 10,000.00 EUR), saved at once. Returns
        what was dropped: {"success", "dropped": {...counts}, "order_ids", "payout_balance", "msg"}."""
        summary = reset_state(self.state)
        self.save_state()
        return summary

    def _settle_loop(self) -> None:
        while not self.stopping.is_set():
            self.state.changed.wait(self.state.next_due_in())
            self.state.changed.clear()
            self.state.settle_due()
            self.save_state()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
