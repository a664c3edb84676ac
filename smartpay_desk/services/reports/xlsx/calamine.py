"""python-calamine parsing a workbook's shown sheet, on a thread of its own if asked (it releases the GIL).

Shared by the reader (reader.py) and the child process's first steps (child.py). The sheet is the one named,
or the one Excel opens on (sheets.py: the active tab if it is a visible worksheet, else the first visible
worksheet), chosen here from calamine's own list of sheets and the workbook's active tab, so the parse can
start before the reader has read the workbook itself; the reader checks the choice against its own. No Qt.
"""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path
from typing import Any

from .sheets import Entry, active_tab, choose


class CalamineParse:
    """python-calamine parsing the sheet `sheet` (or Excel's) of `path`, on a thread of its own if `background`."""

    def __init__(self, path: Path, *, background: bool, sheet: str | None = None) -> None:
        self.path = path
        self.wanted = sheet
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
            from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

            self._book = CalamineWorkbook.from_path(str(self.path))
            entries = [
                Entry(m.name, m.typ == SheetTypeEnum.WorkSheet, m.visible == SheetVisibleEnum.Visible)
                for m in self._book.sheets_metadata
            ]
            with zipfile.ZipFile(self.path) as zf:
                active = active_tab(zf)
            choice = choose(entries, active, self.wanted, self.path.name)
            self._sheet = self._book.get_sheet_by_index(choice.at)
        except Exception as exc:  # handed to the reading thread by result()
            self._error = exc

    def result(self) -> tuple[Any, Any]:
        """(workbook, its chosen sheet) once parsed; the parse's exception, if it failed."""
        if self._thread is not None:
            self._thread.join()
        if self._error is not None:
            raise self._error
        return self._book, self._sheet
