"""Which sheet of a workbook the viewer shows: the one Excel opens on. No Qt here, no XML parser (the child
imports this before python-calamine starts, see child.py).

Excel opens a workbook on its active tab (`<workbookView activeTab="N">`, an index into `<sheets>`, chart
sheets included). The viewer shows worksheets only, and only visible ones: if the active tab is a chart
sheet, a hidden sheet or out of range, it shows the first visible worksheet instead. A workbook whose
worksheets are all hidden (Excel then opens on a chart) shows its first worksheet, with a note. The sheet
switcher lists the visible worksheets, in the workbook's order.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from typing import NamedTuple

from ....api.said import said
from .checks import ReportFileError

_ACTIVE = re.compile(rb"<(?:\w+:)?workbookView\b[^>]*?\bactiveTab\s*=\s*[\"'](\d+)[\"']")
_WORKBOOK_HEAD = 256 * 1024  # bookViews come before <sheets>: the head of workbook.xml is enough


class Entry(NamedTuple):
    name: str
    worksheet: bool  # False: a chart, dialog or macro sheet, or a sheet whose part cannot be found
    visible: bool  # False: hidden or "very hidden"


class Choice(NamedTuple):
    at: int  # the sheet's index in the entries
    listed: list[str]  # the visible worksheets' names (the sheet switcher)
    note: str | None


def listed(entries: Sequence[Entry]) -> list[str]:
    return [e.name for e in entries if e.worksheet and e.visible]


def choose(entries: Sequence[Entry], active: int, wanted: str | None, file_name: str) -> Choice:
    """The sheet to show: `wanted` (a visible worksheet's name, matched as Excel does, ignoring case) or the
    one Excel opens on. ReportFileError if `wanted` is not a visible worksheet or there is no worksheet."""
    names = listed(entries)
    if wanted is not None:
        for fold in (False, True):
            for i, e in enumerate(entries):
                if e.worksheet and e.visible and (e.name.casefold() == wanted.casefold() if fold else e.name == wanted):
                    return Choice(i, names, None)
        shown = ", ".join(f"“{n}”" for n in names) or said("none")
        raise ReportFileError(said("{name} has no visible worksheet named “{wanted}” (its worksheets: {sheets}).",
                                   name=file_name, wanted=wanted, sheets=shown))  # fmt: skip
    if 0 <= active < len(entries) and entries[active].worksheet and entries[active].visible:
        return Choice(active, names, None)
    for i, e in enumerate(entries):
        if e.worksheet and e.visible:
            return Choice(i, names, None)
    for i, e in enumerate(entries):
        if e.worksheet:
            note = said("All of this workbook's worksheets are hidden; the first, “{sheet}”, is shown.", sheet=e.name)
            return Choice(i, names, note)
    raise ReportFileError(said("{name} has no worksheet (only charts or other kinds of sheet).", name=file_name))


def workbook_part(names: Sequence[str]) -> str | None:
    """The workbook's part by its usual names (xl/workbook.xml, or workbook.xml at the package's root)."""
    if "xl/workbook.xml" in names:
        return "xl/workbook.xml"
    return next((n for n in names if n.rpartition("/")[2].lower() == "workbook.xml"), None)


def active_tab(zf: zipfile.ZipFile) -> int:
    """The workbook's active tab from the head of its workbook.xml (0 if it says none); no XML parser."""
    part = workbook_part(zf.namelist())
    if part is None:
        return 0
    with zf.open(part) as fh:
        head = fh.read(_WORKBOOK_HEAD)
    match = _ACTIVE.search(head)
    return int(match.group(1)) if match else 0
