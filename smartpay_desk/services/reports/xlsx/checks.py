"""What the report viewer checks in an xlsx before and while it is parsed. No Qt here.

`check_zip` looks at the file and the zip's central directory only (milliseconds): not a zip / truncated /
an old .xls or encrypted workbook, too many members, declared uncompressed sizes too large or compressed
too well (a zip bomb). `scan_sheets` then decompresses the shown worksheet once through zipfile (which
stops at the declared size and checks the CRC) looking for cells with a value that calamine must not see:
beyond column MAX_COLUMNS or row SHEET_ROWS (calamine builds a dense grid from the farthest cell and would ask
for terabytes). A far cell without a value (a whole row or column formatted, as LibreOffice and others
write it) is no data: calamine skips it, and no "rows or columns cut" note is due. The scan hands what it
decompresses to marks.py too (error cells and number formats), so the sheet is decompressed once. Each refusal is a
ReportFileError whose text is one sentence for a finance user.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ....api.said import said

MAX_COLUMNS = 256
SHEET_ROWS = 1_048_576  # what Excel itself holds: a reference beyond it is never a real report
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_MEMBERS = 4_000
MAX_UNCOMPRESSED = 1536 * 1024 * 1024  # 1.5 GiB of XML: a full 1,048,576-row report is about 700 MB
MAX_RATIO = 100  # real sheets compress 10–30×; a zip bomb 1,000×
RATIO_FLOOR = 4 * 1024 * 1024  # the ratio is judged on members larger than this

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CHUNK = 4 * 1024 * 1024
_OVERLAP = 32
# A column past IV (256), or a row number of seven digits or more (checked against SHEET_ROWS).
_FAR = re.compile(rb"r=[\"'](?:(?:[A-Z]{3}|I[W-Z]|[J-Z][A-Z])[0-9]|[A-Z]{0,3}([0-9]{7,})[\"'])")


class ReportFileError(Exception):
    """A file the viewer will not open; its sentence (api/said.sentence_of) is one sentence for a finance user."""


def _mb(size: int) -> str:
    return said("{size:,.0f} MB", size=size / 1024 / 1024)


def check_zip(path: str | Path) -> None:
    """Refuse, from the file's head and the zip's directory alone, what must not be parsed."""
    p = Path(path)
    try:
        size = p.stat().st_size
        with p.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise ReportFileError(said("{name} does not exist (was it moved or deleted?).", name=p.name)) from None
    except IsADirectoryError:
        raise ReportFileError(said("{name} is a folder, not a spreadsheet.", name=p.name)) from None
    except OSError as exc:
        raise ReportFileError(said("{name} could not be opened ({reason}).", name=p.name,
                                   reason=exc.strerror or str(exc))) from None  # fmt: skip
    if size == 0:
        raise ReportFileError(said("{name} is empty: it is not a spreadsheet.", name=p.name))
    if size > MAX_FILE_BYTES:
        raise ReportFileError(said("{name} is {size}; the viewer opens files up to {most}.", name=p.name,
                                   size=_mb(size), most=_mb(MAX_FILE_BYTES)))  # fmt: skip
    if head == _OLE_MAGIC:
        raise ReportFileError(
            said("{name} is an old-style .xls file or a password-protected workbook; save it as an unprotected .xlsx "
                 "in a spreadsheet application and open that.", name=p.name)
        )  # fmt: skip
    if not head.startswith(b"PK"):
        raise ReportFileError(said("{name} is not an Excel workbook (.xlsx); it may be a renamed file of another kind.",
                                   name=p.name))  # fmt: skip
    with _opened(p) as zf:
        _check_directory(zf, p.name)


class _opened:  # lower case: used like open()
    """zipfile.ZipFile(path) with its failures turned into sentences."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zf: zipfile.ZipFile | None = None

    def __enter__(self) -> zipfile.ZipFile:
        try:
            self.zf = zipfile.ZipFile(self.path)
        except Exception as exc:
            raise (_sentence(exc, self.path.name) or exc) from None
        return self.zf

    def __exit__(self, kind: object, exc: BaseException | None, tb: object) -> None:
        if self.zf is not None:
            self.zf.close()
        sentence = _sentence(exc, self.path.name) if exc is not None else None
        if sentence is not None:
            raise sentence from None


def _sentence(exc: BaseException, name: str) -> ReportFileError | None:
    if isinstance(exc, zipfile.BadZipFile | EOFError):
        return ReportFileError(damaged(name))
    if isinstance(exc, zipfile.LargeZipFile | NotImplementedError | RuntimeError | ValueError):
        return ReportFileError(said("{name} uses a kind of compression or encryption the viewer does not read.",
                                    name=name))  # fmt: skip
    return None


def damaged(name: str) -> str:
    return said("{name} is damaged or incomplete (was the download interrupted?); download it again.", name=name)


def _check_directory(zf: zipfile.ZipFile, name: str) -> None:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ReportFileError(said("{name} holds {count:,} parts, far more than any spreadsheet; it was not opened.",
                                   name=name, count=len(infos)))  # fmt: skip
    names = {i.filename.replace("\\", "/") for i in infos}  # some Windows tools write xl\\workbook.xml
    if "xl/workbook.xml" not in names and not any(n.rpartition("/")[2].lower() == "workbook.xml" for n in names):
        raise ReportFileError(said("{name} is a zip file but not an Excel workbook (.xlsx).", name=name))
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise ReportFileError(
                said(
                    "{name} unpacks to {ratio:,.0f} times its size (a “zip bomb”); it was not opened for safety.",
                    name=name,
                    ratio=ratio,
                )
            )
    if total > MAX_UNCOMPRESSED:
        raise ReportFileError(
            said(
                "{name} unpacks to {size}, more than the viewer's limit of {most}; export a shorter period.",
                name=name,
                size=_mb(total),
                most=_mb(MAX_UNCOMPRESSED),
            )
        )


@dataclass
class Scan:
    """What scan_sheets found in the sheets it read."""

    oversized: bool = False  # a cell with a value beyond the limits: calamine must not read the sheet


def scan_sheets(path: str | Path, parts: list[str] | None = None, feed: Callable[[bytes], None] | None = None) -> Scan:
    """Read the worksheets `parts` (default: every member under a worksheets/ folder) for cells with a value
    beyond MAX_COLUMNS or SHEET_ROWS; hand each chunk read to `feed` too (marks.py).
    A member whose data does not match its declared size or CRC is refused as damaged."""
    p = Path(path)
    found = Scan()
    with _opened(p) as zf:
        if parts is None:
            parts = [i.filename for i in zf.infolist() if _worksheet(i.filename.replace("\\", "/"))]
        for part in parts:
            if part in zf.NameToInfo:
                _scan(zf, zf.NameToInfo[part], found, feed)
    return found


def _worksheet(name: str) -> bool:
    return "worksheets/" in name and name.endswith(".xml")


def _scan(zf: zipfile.ZipFile, info: zipfile.ZipInfo, found: Scan, feed: Callable[[bytes], None] | None) -> None:
    tail = b""
    with zf.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            if feed is not None:
                feed(chunk)
            data = tail + chunk
            if not found.oversized:
                found.oversized = any(_far_data(data, m) for m in _FAR.finditer(data))
            tail = data[-_OVERLAP:]


def _far_data(data: bytes, match: re.Match[bytes]) -> bool:
    """Whether a far reference is a cell with a value (a row, or a cell without one, is no data)."""
    if match.group(1) is not None and int(match.group(1)) <= SHEET_ROWS:
        return False
    start = data.rfind(b"<", 0, match.start())
    words = data[start + 1 : match.start()].split()
    if start < 0 or not words:
        return True  # the chunk begins inside the tag: assume the worst
    if words[0].split(b":")[-1] != b"c":
        return False
    end = data.find(b">", match.end())
    if end < 0:
        return True  # the chunk ends inside the tag: assume the worst
    if data[end - 1 : end] == b"/":
        return False
    close = data.find(b"c>", end)
    body = data[end + 1 : close] if close >= 0 else data[end + 1 :]
    return close < 0 or b"<v" in body or b"<is" in body or b":v" in body or b":is" in body


def check_file(path: str | Path) -> bool:
    """check_zip, then scan_sheets: True if a sheet has data beyond the limits (read it streaming)."""
    check_zip(path)
    return scan_sheets(path).oversized
