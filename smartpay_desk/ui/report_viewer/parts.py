"""Small pieces of the report viewer: its styles, date edits, and warming babel up."""

from __future__ import annotations

import threading

from ...services.reports.xlsx.table import money_text

ANY = "All"
NOTES_STYLE = (
    "QLabel#viewerNotes { background: #fff8e1; color: #5d4300; border: 1px solid #f3dfa0;"
    " border-radius: 4px; padding: 4px 8px; }"
)
REFUSED_STYLE = (
    "QLabel#viewerNotes { background: #fdecea; color: #a4231b; border: 1px solid #f1b5ae;"
    " border-radius: 4px; padding: 6px 8px; font-weight: 600; }"
)


_warmed = threading.Event()


def warm_money_formats() -> None:
    """Load babel's locale data on a thread of its own, once: the first amount it formats costs ~50 ms
    (imports and CLDR files), which would otherwise land in the first paint of a gateway report."""
    if _warmed.is_set():
        return
    _warmed.set()
    threading.Thread(target=money_text, args=(0, "EUR"), name="warm-babel", daemon=True).start()
