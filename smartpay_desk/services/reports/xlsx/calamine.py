"""python-calamine parsing a workbook's first sheet, on a thread of its own if asked (it releases the GIL).

Shared by the reader (reader.py) and the child process's first steps (child.py). No Qt here.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any


class CalamineParse:
    """python-calamine parsing the first sheet of `path`, on a thread of its own if `background`."""

    def __init__(self, path: Path, *, background: bool) -> None:
        self.path = path
        self._book: Any = None
        self._sheet: Any = None
        self._error: Exception | None = None
        self._thread: threading.Thread | None = None
        if background:
            self._thread = threading.Thread(target=self._parse, name="calamine", daemon=True)
            self._thread.start()
        else:
            self._parse()

    def _parse(self) -> None:
        try:
            from python_calamine import CalamineWorkbook

            self._book = CalamineWorkbook.from_path(str(self.path))
            if self._book.sheet_names:
                self._sheet = self._book.get_sheet_by_index(0)
        except Exception as exc:  # handed to the reading thread by result()
            self._error = exc

    def result(self) -> tuple[Any, Any]:
        """(workbook, its first sheet or None) once parsed; the parse's exception, if it failed."""
        if self._thread is not None:
            self._thread.join()
        if self._error is not None:
            raise self._error
        return self._book, self._sheet
