"""Whether a batch workbook may be parsed in this process: its cells' reach, read before any parser runs.

python-calamine builds a dense grid from A1 to the farthest cell with a value: a workbook of two cells, one at
IV1048576, asks it for 8 GB, and a failed allocation aborts the whole process (it is no MemoryError). The
report viewer's child process caps its own memory for that (services/reports/xlsx/child.py); a batch file is
read in the caller's process (the desk's worker, the CLI) for speed, so it is read here only when every cell
is known to lie within BATCH_COLUMNS × BATCH_ROWS (at most about 120 MB of grid); anything else goes to the
child (files.py). A cell with a value beyond those bounds is no batch file and is refused.

The worksheets are decompressed once through zipfile (declared sizes and CRC checked) and looked at with
byte counts and one regular expression, so this costs a few milliseconds for a 10,000-row file. A sheet is
"known" only when every cell tag is written `<c r="…"` (as Excel, LibreOffice and openpyxl write them): a
cell without a reference, a namespace prefix or an odd reference leaves the reach unknown.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

BATCH_COLUMNS = 64  # A…BL
BATCH_ROWS = 59_999
MAX_SHEET_BYTES = 256 * 1024 * 1024  # the workbook's XML, unpacked
_CHUNK = 4 * 1024 * 1024
_OVERLAP = 64
_NEAR = rb"(?:[A-Z]|A[A-Z]|B[A-L])(?:[1-9][0-9]{0,3}|[1-5][0-9]{4})[\"']"
# A cell tag that is not written <c r="A1"> with a reference within the bounds: beyond them, or odd.
_OTHER_CELL = re.compile(rb"<c(?![A-Za-z0-9_.:-])(?! r=[\"']" + _NEAR + rb")")
_PREFIXED_CELL = re.compile(rb"<[A-Za-z0-9_.-]+:c(?![A-Za-z0-9_.:-])")
_REFERENCE = re.compile(rb" r=[\"']([A-Z]{1,3}[0-9]{1,7})[\"']")


@dataclass
class Reach:
    """What the scan found: whether the parse may run here, and the farthest cell with a value beyond the bounds."""

    known: bool = True  # every cell is referenced and within the bounds
    far: str | None = None  # a cell with a value beyond them ("IV1048576")
    too_big: bool = False  # the XML parts unpack to more than MAX_SHEET_BYTES


def scan(path: str | Path) -> Reach:
    """Look at every XML part of `path` (a zip the reader's check_zip has passed): a worksheet may be stored
    anywhere in the package (root-workbook.xlsx of the reader's corpus keeps it at the root)."""
    reach = Reach()
    with zipfile.ZipFile(path) as zf:
        parts = [i for i in zf.infolist() if i.filename.lower().endswith(".xml")]  # sheets may sit anywhere
        if sum(i.file_size for i in parts) > MAX_SHEET_BYTES:
            reach.too_big = reach.known = False
            return reach
        for info in parts:
            _scan(zf, info, reach)
            if reach.far is not None:
                break
    return reach


def _scan(zf: zipfile.ZipFile, info: zipfile.ZipInfo, reach: Reach) -> None:
    """One worksheet, in chunks; a cell tag is judged in the chunk where it starts (the last _OVERLAP bytes of a
    chunk are looked at again, at the start of the next)."""
    data = b""
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(_CHUNK)
            if not data and chunk[:1] != b"<" and chunk[:4] != b"\xef\xbb\xbf<":
                reach.known = False  # UTF-16, or not XML: this byte scan cannot read it
                return
            data += chunk
            limit = len(data) - _OVERLAP if chunk else len(data)
            if b":c" in data and _PREFIXED_CELL.search(data):
                reach.known = False
            for match in _OTHER_CELL.finditer(data):
                if match.start() >= limit:
                    break
                _judge(data, match.start(), reach)
                if reach.far is not None:
                    return
            if not chunk:
                return
            data = data[limit:]


def _judge(data: bytes, start: int, reach: Reach) -> None:
    """A cell tag at `start` not written <c r="near">: beyond the bounds with a value (far), or unknown."""
    ref = _REFERENCE.match(data, start + 2)
    value = _has_value(data, start)
    if ref is None or value is None:
        reach.known = False  # no reference, one this scan cannot read ($A$1), or a cell cut off here
    elif value:
        reach.far = ref.group(1).decode("ascii")
        reach.known = False


def _has_value(data: bytes, start: int) -> bool | None:
    """Whether the cell tag at `start` holds a value (a formatted empty cell is no data); None: cut off here."""
    end = data.find(b">", start)
    if end < 0:
        return None
    if data[end - 1 : end] == b"/":
        return False
    close = data.find(b"</c>", end)
    if close < 0:
        return None
    body = data[end + 1 : close]
    return b"<v" in body or b"<is" in body
