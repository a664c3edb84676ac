"""What the report viewer checks in an xlsx before and while it is parsed. No Qt here.

`check_zip` looks at the file and the zip's central directory only (milliseconds): not a zip / truncated /
an old .xls or encrypted workbook, too many members, declared uncompressed sizes too large or compressed
too well (a zip bomb). `scan_sheets` then decompresses each worksheet once through zipfile (which stops at
the declared size and checks the CRC) looking for cell references calamine must not see: beyond column
MAX_COLUMNS or row SHEET_ROWS (calamine builds a dense grid from the farthest cell and would ask for
terabytes). Each refusal is a ReportFileError whose text is one sentence for a finance user.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

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
    """A file the viewer will not open; str(error) is one sentence for a finance user."""


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:,.0f} MB"


def check_zip(path: str | Path) -> None:
    """Refuse, from the file's head and the zip's directory alone, what must not be parsed."""
    p = Path(path)
    try:
        size = p.stat().st_size
        with p.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise ReportFileError(f"{p.name} does not exist (was it moved or deleted?).") from None
    except IsADirectoryError:
        raise ReportFileError(f"{p.name} is a folder, not a spreadsheet.") from None
    except OSError as exc:
        raise ReportFileError(f"{p.name} could not be opened ({exc.strerror or exc}).") from None
    if size == 0:
        raise ReportFileError(f"{p.name} is empty: it is not a spreadsheet.")
    if size > MAX_FILE_BYTES:
        raise ReportFileError(f"{p.name} is {_mb(size)}; the viewer opens files up to {_mb(MAX_FILE_BYTES)}.")
    if head == _OLE_MAGIC:
        raise ReportFileError(
            f"{p.name} is an old-style .xls file or a password-protected workbook; "
            "save it as an unprotected .xlsx in a spreadsheet application and open that."
        )
    if not head.startswith(b"PK"):
        raise ReportFileError(f"{p.name} is not an Excel workbook (.xlsx); it may be a renamed file of another kind.")
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
        return ReportFileError(f"{name} is damaged or incomplete (was the download interrupted?); download it again.")
    if isinstance(exc, zipfile.LargeZipFile | NotImplementedError | RuntimeError | ValueError):
        return ReportFileError(f"{name} uses a kind of compression or encryption the viewer does not read.")
    return None


def _check_directory(zf: zipfile.ZipFile, name: str) -> None:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ReportFileError(f"{name} holds {len(infos):,} parts, far more than any spreadsheet; it was not opened.")
    if "xl/workbook.xml" not in {i.filename for i in infos}:
        raise ReportFileError(f"{name} is a zip file but not an Excel workbook (.xlsx).")
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise ReportFileError(
                f"{name} unpacks to {ratio:,.0f} times its size (a “zip bomb”); it was not opened for safety."
            )
    if total > MAX_UNCOMPRESSED:
        raise ReportFileError(
            f"{name} unpacks to {_mb(total)}, more than the viewer's limit of {_mb(MAX_UNCOMPRESSED)}; "
            "export a shorter period."
        )


def scan_sheets(path: str | Path) -> bool:
    """Whether any worksheet names a cell beyond MAX_COLUMNS or SHEET_ROWS (then calamine must not read it).
    A member whose data does not match its declared size or CRC is refused as damaged."""
    p = Path(path)
    with _opened(p) as zf:
        sheets = [i for i in zf.infolist() if i.filename.startswith("xl/worksheets/") and i.filename.endswith(".xml")]
        return any([_scan(zf, info) for info in sheets])  # every sheet, so each one's CRC is checked


def _scan(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    tail = b""
    oversized = False
    with zf.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            data = tail + chunk
            if not oversized:
                oversized = any(m.group(1) is None or int(m.group(1)) > SHEET_ROWS for m in _FAR.finditer(data))
            tail = data[-_OVERLAP:]
    return oversized


def check_file(path: str | Path) -> bool:
    """check_zip, then scan_sheets: True if the sheet reaches beyond the limits (read it streaming)."""
    check_zip(path)
    return scan_sheets(path)
