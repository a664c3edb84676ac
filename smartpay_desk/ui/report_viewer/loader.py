"""Runs services.reports.xlsx.reader in a child process (QProcess) and hands its batches to the GUI a few at a time.

The child parses (holding its own GIL); this side only decodes JSON lines, one batch per turn of the event
loop, so a paint or a click is never kept waiting behind a 100,000-row file. Batches travel as Python
objects (`Signal(object)`): a `Signal(list)` would copy every cell into a QVariantList and back.

If the child asks for it ("retry": a sheet beyond the limits that calamine must not read) or dies before it
has finished (calamine asked for more memory than the child may have), the file is read again the slow,
streaming way, and the rows shown so far are replaced. If the slow way dies too, what arrived stays and the
operator is told. The sheet and header row asked for (start's `sheet`, `header_row`) are kept for that.
"""

from __future__ import annotations

import json
import logging
from collections import deque
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer, Signal, Slot

from ...services.reports.xlsx import child as xlsx_child
from ...services.reports.xlsx.table import said_text
from ..i18n import say, tr
from ..numbers import number

log = logging.getLogger("smartpay_desk.ui.report_viewer")
_STDERR_KEEP = 4000
SLOW_ENGINE = "openpyxl"


class ReaderProcess(QObject):
    # dict: headers, kinds, gateway, sheet, sheets, title, header_row, header_choices…; a new meta replaces the
    # rows so far (and their per-cell texts)
    meta = Signal(object)
    rows = Signal(object)  # the "rows" event (dict): "cols" column-major, and "shown" / "errors" if it has some
    total = Signal(int)  # about how many rows the sheet has (for a progress bar)
    note = Signal(str)
    finished = Signal(int)  # rows delivered; the file was read to its end (or to the limit)
    failed = Signal(str)  # one sentence; rows delivered so far (if any) stay shown

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.engine = "auto"
        self.sheet: str | None = None
        self.header_row: int | None = None
        self._process: QProcess | None = None
        self._buffer = bytearray()
        self._queue: deque[bytes] = deque()
        self._stderr = b""
        self._saw_meta = self._saw_end = False
        self._retry_engine: str | None = None
        self._delivered = 0
        self._exited = False
        self._pump = QTimer(self)
        self._pump.setSingleShot(True)
        self._pump.setInterval(0)
        self._pump.timeout.connect(self._drain)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    # ---------------------------------------------------------------- API

    def start(
        self, path: str | Path, engine: str = "auto", sheet: str | None = None, header_row: int | None = None
    ) -> None:
        """Read `path` (the worksheet `sheet`, default the one Excel opens on; the header row `header_row`,
        0 for none, default found) in a new child process."""
        self.stop()
        self.path = Path(path)
        self.engine, self.sheet, self.header_row = engine, sheet, header_row
        self._buffer, self._stderr = bytearray(), b""
        self._queue.clear()
        self._saw_meta = self._saw_end = self._exited = False
        self._retry_engine = None
        self._delivered = 0
        chosen: dict[str, Any] = {"sheet": sheet} if sheet is not None else {}  # only what was asked for
        if header_row is not None:
            chosen["header_row"] = header_row
        program, *args = xlsx_child.child_command(self.path, engine=engine, **chosen)
        process = QProcess(self)
        process.setProgram(program)
        process.setArguments(args)
        process.readyReadStandardOutput.connect(self._read_stdout)
        process.readyReadStandardError.connect(self._read_stderr)
        process.finished.connect(self._process_finished)
        process.errorOccurred.connect(self._process_error)
        self._process = process
        process.start()

    def is_running(self) -> bool:
        return self._process is not None

    @Slot()
    def stop(self) -> None:
        """Kill the child (if any) and forget whatever it had not delivered yet."""
        self._pump.stop()
        self._queue.clear()
        process, self._process = self._process, None
        if process is None:
            return
        for signal in (process.readyReadStandardOutput, process.readyReadStandardError):
            signal.disconnect()
        process.finished.disconnect(self._process_finished)
        process.errorOccurred.disconnect(self._process_error)
        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(3000)
        process.deleteLater()

    # ---------------------------------------------------------------- child → GUI

    @Slot()
    def _read_stdout(self) -> None:
        if self._process is None:
            return
        self._buffer += self._process.readAllStandardOutput().data()
        end = self._buffer.rfind(b"\n")
        if end < 0:
            return
        lines = bytes(self._buffer[:end]).split(b"\n")
        del self._buffer[: end + 1]
        self._queue.extend(line for line in lines if line.strip())
        if self._queue and not self._pump.isActive():
            self._pump.start()

    @Slot()
    def _read_stderr(self) -> None:
        if self._process is not None:
            self._stderr = (self._stderr + bytes(self._process.readAllStandardError().data()))[-_STDERR_KEEP:]

    @Slot()
    def _drain(self) -> None:
        """Handle queued lines up to and including one batch of rows, then let the event loop breathe."""
        while self._queue:
            line = self._queue.popleft()
            try:
                event: dict[str, Any] = json.loads(line)
            except ValueError:
                log.warning("xlsx reader wrote a line that is not JSON (%d bytes)", len(line))
                continue
            kind = event.get("t")
            if kind == "rows":
                cols = event.get("cols") or []
                self._delivered += len(cols[0]) if cols else 0
                self.rows.emit(event)
                break
            self._handle(kind, event)
            if kind == "meta":
                break  # laying the table out is a turn's work of its own
        if self._queue:
            self._pump.start()
        elif self._exited:
            self._conclude()

    def _handle(self, kind: object, event: dict[str, Any]) -> None:
        if kind == "meta":
            self._saw_meta = True
            self._delivered = 0
            self.meta.emit(event)
        elif kind == "total":
            self.total.emit(int(event.get("rows", 0)))
        elif kind == "note":
            self.note.emit(say(said_text(event)))  # the reader's note, in the desk's language
        elif kind == "retry":
            self._retry_engine = str(event.get("engine") or SLOW_ENGINE)
        elif kind == "error":
            self._saw_end = True
            self.failed.emit(say(said_text(event)) or tr("The file could not be read."))
        elif kind == "end":
            self._saw_end = True
            self.finished.emit(int(event.get("rows", self._delivered)))

    @Slot(int, QProcess.ExitStatus)
    def _process_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if self._process is None:
            return
        self._read_stdout()
        self._read_stderr()
        self._exited = True
        if status != QProcess.ExitStatus.NormalExit or code != 0:
            log.info("xlsx reader ended with code %s (%s): %s", code, status, self._stderr[-400:])
        if not self._queue and not self._pump.isActive():
            self._conclude()

    @Slot(QProcess.ProcessError)
    def _process_error(self, error: QProcess.ProcessError) -> None:
        if self._process is None or error != QProcess.ProcessError.FailedToStart:
            return  # a crash is handled when `finished` comes
        self._forget_process()
        self.failed.emit(tr("The spreadsheet reader could not be started; the file was not opened."))

    def _conclude(self) -> None:
        """The child is gone and everything it wrote was handled."""
        if self._process is None:
            return
        self._forget_process()
        if self._saw_end:
            return
        name = self.path.name if self.path else tr("The file")
        slow = self._retry_engine or (SLOW_ENGINE if self.engine == "auto" else None)
        if slow and self.path is not None:
            self.note.emit(tr("{name} has an unusual layout; it is being read the slow way.").format(name=name))
            self.start(self.path, engine=slow, sheet=self.sheet, header_row=self.header_row)
            return
        if self._saw_meta:
            said = tr("Only the first {count} rows could be read: the file is too large or damaged.")
            self.note.emit(said.format(count=number(self._delivered)))
            self.finished.emit(self._delivered)
        else:
            said = tr("{name} needs more memory than the viewer allows, or is damaged; it was not opened.")
            self.failed.emit(said.format(name=name))

    def _forget_process(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.deleteLater()
