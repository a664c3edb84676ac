"""Where a sheet's table starts: its header row, and the title rows above it. No Qt here.

Many sheets open with a title ("Deaths in 2016", a company name, "Period: March") above the real header.
The header is the first row that is mostly non-empty text above rows of data: all its values text, more
than half as many as the widest of the ten rows below it, and more than any row above it (a title is
narrower than its table; a text row below rows of data is no header). If no row is, the first row is the header
when it is all text (as before), else there is none and the columns are named by their letters. Rows
above the header are the sheet's title. The operator may choose another header row by its number in the
sheet (or 0: no header row); the rows offered are the first CHOICES non-blank ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ....api.said import said
from .layout import Layout, cell_text, layout_for

HEADER_SCAN = 20  # the header is looked for among the first rows
BELOW = 10  # rows below a candidate that say how wide the table is
CHOICES = 20


def _filled(row: Sequence[Any]) -> list[Any]:
    return [v for v in row if v is not None and not (isinstance(v, str) and not v.strip())]


def find_header(rows: Sequence[Sequence[Any]]) -> int | None:
    """The index of the header among `rows` (non-blank rows, top first), or None: no header row."""
    counts = [len(_filled(r)) for r in rows[: HEADER_SCAN + BELOW]]
    for i, row in enumerate(rows[:HEADER_SCAN]):
        cells = _filled(row)
        if not cells or not all(isinstance(c, str) for c in cells):
            continue
        below = counts[i + 1 : i + 1 + BELOW]
        if below and len(cells) * 2 > max(below) and all(c < len(cells) for c in counts[:i]):
            return i
    if rows and _filled(rows[0]) and all(isinstance(c, str) for c in _filled(rows[0])):
        return 0
    return None


def _texts(row: Sequence[Any]) -> list[str]:
    texts = [cell_text(v) for v in row]
    while texts and not texts[-1]:
        texts.pop()
    return texts


def plan(
    rows: Sequence[Sequence[Any]], numbers: Sequence[int], width: int, first_column: int, chosen: int | None
) -> tuple[Layout, int, str | None]:
    """The layout of a table whose first non-blank rows are `rows` (numbered in the sheet by `numbers`, from
    0), the index of its first data row among them, and a note if the chosen header row could not be used.
    `chosen`: None to find the header, 0 for none, else the header's number in the sheet (from 1)."""
    note = None
    at: int | None
    if chosen is None:
        at = find_header(rows)
    elif chosen == 0:
        at = None
    elif chosen - 1 in numbers[: HEADER_SCAN * 10]:
        at = list(numbers).index(chosen - 1)
    else:
        at = find_header(rows)
        note = said("Row {row} cannot be the header (it is empty, or too far down); the header was found instead.",
                    row=chosen)  # fmt: skip
    layout = layout_for(rows[at] if at is not None else None, width, first_column)
    if at is not None and not layout.header_row:  # a chosen row that is not text: its cells as names anyway
        layout.headers = [cell_text(v) or h for v, h in zip(rows[at], layout.headers, strict=False)] + layout.headers[
            len(rows[at]) :
        ]
        layout.header_row = True
    if at is not None:
        layout.header_number = numbers[at] + 1
        layout.title = [_texts(r) for r in rows[:at]]
        layout.title_rows = [n + 1 for n in numbers[:at]]
    layout.choices = [(n + 1, _texts(r)) for r, n in zip(rows[:CHOICES], numbers[:CHOICES], strict=False)]
    return layout, (at + 1 if at is not None else 0), note
