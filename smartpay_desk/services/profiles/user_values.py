"""Who works at this desk, and the plain values of their settings (language, theme, time zone) read without the
rest of desk_settings.py: the desk reads them before its first paint, when every import counts (ui/app.py).

    current_operator()                 the login of the person at this computer (the journal's "operator")
    read_values(data_dir)              {"language": "de", "theme": "dark", …} of settings.json for that person

desk_settings.py owns the file (its format, its choices, its writing under a lock); a value read here is checked
by whoever uses it (i18n.choose and theme.choose take only what they know).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

SETTINGS_FILE = "settings.json"


def current_operator() -> str:
    import getpass  # here: it loads termios, and most starts need no operator before the first paint

    try:
        return getpass.getuser()
    except Exception:
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"


def read_values(data_dir: str | os.PathLike[str], user: str | None = None) -> dict[str, str]:
    """The user's plain settings; {} when the file, the user or the values are missing or unreadable."""
    try:
        raw = json.loads((Path(data_dir) / SETTINGS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    users = raw.get("users") if isinstance(raw, dict) else None
    mine = users.get(user or current_operator()) if isinstance(users, dict) else None
    values = mine.get("values") if isinstance(mine, dict) else None
    return {str(k): v for k, v in values.items() if isinstance(v, str)} if isinstance(values, dict) else {}
