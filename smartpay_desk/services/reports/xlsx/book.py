"""A workbook's structure, read with defusedxml (no DTD, no entities) through a byte budget. No Qt here.

- where its parts are: the workbook by the package's relationships (xl/workbook.xml, or workbook.xml at
  the root as some exporters write it), each sheet's part and kind by the workbook's relationships;
- its sheets in order with their kind and visibility, the active tab, the 1904 date system;
- its cell styles' number formats (styles.xml: numFmts and cellXfs), for numfmt.py;
- the shared strings' part.
A sheet whose relationship id is empty or names no part is not a worksheet here (openpyxl drops it too).
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator
from typing import IO, Any

from defusedxml.ElementTree import iterparse

from .numfmt import BUILTIN, is_plain
from .sheets import Choice, Entry, choose, workbook_part

PART_BUDGET_BYTES = 16 * 1024 * 1024  # of decompressed XML per part


class _Budget:
    """A read-only file that ends after `limit` bytes (the XML then looks truncated)."""

    def __init__(self, raw: IO[bytes], limit: int) -> None:
        self.raw, self.left = raw, limit

    def read(self, size: int = -1) -> bytes:
        if self.left <= 0:
            return b""
        chunk = self.raw.read(min(self.left, size if size > 0 else 64 * 1024))
        self.left -= len(chunk)
        return chunk


def local(tag: str) -> str:
    return tag.rpartition("}")[2]


def elements(zf: zipfile.ZipFile, name: str, events: tuple[str, ...] = ("end",)) -> Iterator[tuple[str, Any]]:
    with zf.open(name) as raw:
        yield from iterparse(_Budget(raw, PART_BUDGET_BYTES), events=events, forbid_dtd=True)


def _relationships(zf: zipfile.ZipFile, source: str) -> dict[str, tuple[str, str]]:
    """id → (type's last word, member path) of the part `source` ("" for the package)."""
    folder, _, base = source.rpartition("/")
    rels_part = posixpath.join(folder, "_rels", base + ".rels")
    if rels_part not in zf.NameToInfo:
        return {}
    out = {}
    for _, el in elements(zf, rels_part):
        if local(el.tag) == "Relationship":
            target = el.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            out[el.get("Id", "")] = (el.get("Type", "").rpartition("/")[2], path)
    return out


class Styles:
    """The number format id of each cell style (cellXfs), and the workbook's own format codes."""

    def __init__(self, ids: list[int], custom: dict[int, str]) -> None:
        self.ids, self.custom = ids, custom

    def format_id(self, style: int) -> int:
        return self.ids[style] if 0 <= style < len(self.ids) else 0

    def code(self, style: int) -> str:
        fmt = self.format_id(style)
        return self.custom.get(fmt) or BUILTIN.get(fmt, "General")

    def display_codes(self) -> dict[int, str]:
        """style → format code, for the styles whose format shows a number differently from plain."""
        codes = {style: self.code(style) for style in range(len(self.ids))}
        return {style: code for style, code in codes.items() if not is_plain(code)}


class Book:
    """Parts, sheets, active tab and date system of the workbook in `zf`; its styles on demand."""

    def __init__(self, zf: zipfile.ZipFile) -> None:
        self.zf = zf
        rels = _relationships(zf, "")
        office = next((path for kind, path in rels.values() if kind == "officeDocument"), None)
        part = office if office in zf.NameToInfo else workbook_part(zf.namelist())
        if part is None:
            raise ValueError("no workbook part")
        self.part: str = part
        book_rels = _relationships(zf, part)
        self.entries: list[Entry] = []
        self.parts: list[str] = []
        self.active = 0
        self.date1904 = False
        for _, el in elements(zf, part):
            name = local(el.tag)
            if name == "workbookPr":
                self.date1904 = el.get("date1904", "").strip().lower() in ("1", "true")
            elif name == "workbookView" and el.get("activeTab", "").strip().isdigit():
                self.active = int(el.get("activeTab", "0"))
            elif name == "sheet":
                rid = next((v for k, v in el.attrib.items() if local(k) == "id"), "")
                kind, path = book_rels.get(rid, ("", "")) if rid else ("", "")
                worksheet = kind == "worksheet" and path in zf.NameToInfo
                state = el.get("state", "visible")
                self.entries.append(Entry(el.get("name", ""), worksheet, state == "visible"))
                self.parts.append(path if worksheet else "")
            el.clear()
        by_kind = {kind: path for kind, path in book_rels.values()}
        self.styles_part = by_kind.get("styles")
        self.strings_part = by_kind.get("sharedStrings")
        self._styles: Styles | None = None

    def choose(self, wanted: str | None, file_name: str) -> Choice:
        return choose(self.entries, self.active, wanted, file_name)

    def worksheet_parts(self) -> list[str]:
        return [p for p in self.parts if p]

    def styles(self) -> Styles:
        if self._styles is None:
            self._styles = self._read_styles()
        return self._styles

    def _read_styles(self) -> Styles:
        part = self.styles_part
        if part is None or part not in self.zf.NameToInfo:
            return Styles([], {})
        custom: dict[int, str] = {}
        ids: list[int] = []
        inside_xfs = False
        for event, el in elements(self.zf, part, ("start", "end")):
            name = local(el.tag)
            if name == "cellXfs":
                inside_xfs = event == "start"
            elif event == "end" and name == "numFmt":
                custom[_int(el.get("numFmtId"))] = el.get("formatCode", "")
            elif event == "end" and name == "xf" and inside_xfs:
                ids.append(_int(el.get("numFmtId")))
        return Styles(ids, custom)


def _int(text: str | None) -> int:
    try:
        return int(text or "0")
    except ValueError:
        return 0
