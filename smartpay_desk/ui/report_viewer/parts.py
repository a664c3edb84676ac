"""Small pieces of the report viewer: its styles, the inks of its cells in each look, and warming babel up."""

from __future__ import annotations

import threading

from PySide6.QtGui import QColor

from ...services.reports.xlsx.table import money_text
from ..theme_tokens import LIGHT

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


STATUS_COLOURS = {"success": "#1e6b34", "fail": "#a4231b", "processing": "#8a5300"}
ERROR_COLOUR = "#c62828"  # an error cell's text (#N/A, #DIV/0!…)
_STATUS_TOKENS = {"success": "good", "fail": "error", "processing": "warning"}  # the same in the other looks
_INKS: dict[str, dict[str, QColor]] = {}


def inks(look: str) -> dict[str, QColor]:
    """The text colours of status words and error cells in `look` (ui/theme.py), made once per look: light keeps
    the viewer's own, dark and high contrast take the theme's tones, readable on their dark rows."""
    found = _INKS.get(look)
    if found is None:
        if look == "light":
            found = {word: QColor(colour) for word, colour in STATUS_COLOURS.items()}
            found |= {"": QColor(ERROR_COLOUR), "text": QColor(LIGHT["text"])}
        else:
            from ..theme import tokens

            table = tokens(look)
            found = {word: QColor(table[token]) for word, token in _STATUS_TOKENS.items()}
            found |= {"": QColor(table["error"]), "text": QColor(table["text"])}
        found = _INKS.setdefault(look, found)
    return found
