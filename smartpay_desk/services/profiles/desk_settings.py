"""Each person's desk settings, in the data folder (settings.json, beside profiles.json): the named views of each
table (Activity's, the report viewer's: filters, sort and columns) with the one in use, and the time zone times are
shown and exported in. No Qt; blocking (the desk reads and writes it in a worker). The desk's bars that show them:
ui/saved_views.py.

    settings = DeskSettings(data_dir)                  # this OS user's section of the file
    mine = settings.read()                             # UserSettings: .views["activity"], .current, .value(key)
    settings.save_view("activity", SavedView("Failed this week", {...}, sort=(0, "descending")))
    settings.use_view("activity", "Failed this week")  # restored at the next start
    settings.set("time_zone", "UTC")                   # one of SETTINGS["time_zone"].choices

Each setting is declared once (SETTINGS: key, default, choices, label); a value the file holds that is not one
of its choices reads as the default. Per user: two people sharing a data folder keep their own views. Every
change is a read-modify-write under a lock (paths.locked), written atomically (paths.atomic_write), so two desks
of the same person never lose each other's views.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from ...api.said import said
from .paths import atomic_write, locked
from .user_values import SETTINGS_FILE, current_operator

LOCK_FILE = "settings.lock"
MAX_NAME = 60  # a view's name, in characters
ORDERS = ("ascending", "descending")


@dataclass(frozen=True)
class Setting:
    key: str
    default: str
    choices: tuple[str, ...]
    label: str


SETTINGS = {
    "time_zone": Setting("time_zone", "local", ("local", "UTC"), "Times shown and exported in"),
    "language": Setting("language", "", ("", "en", "de"), "Language (at the next start; empty: the system's)"),
    "theme": Setting("theme", "", ("", "light", "dark", "high-contrast"), "Look (empty: the system's)"),
}


@dataclass(frozen=True)
class SavedView:
    """A table as a person arranged it: its filters (the table's own words), its sort, its hidden columns."""

    name: str
    filters: dict[str, Any] = field(default_factory=dict)
    # (column, "ascending" | "descending"): the column by number, or by title (a table whose columns differ from
    # file to file: the report viewer's); None: unsorted, as the table comes
    sort: tuple[int | str, str] | None = None
    hidden: tuple[str, ...] = ()  # column titles

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "filters": self.filters, "sort": list(self.sort) if self.sort else None,
                "hidden": list(self.hidden)}  # fmt: skip

    @classmethod
    def from_json(cls, raw: Any) -> SavedView | None:
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or not raw["name"].strip():
            return None
        filters = raw.get("filters") if isinstance(raw.get("filters"), dict) else {}
        sort = raw.get("sort")
        kept: tuple[int | str, str] | None = None
        if isinstance(sort, list) and len(sort) == 2 and isinstance(sort[0], int | str) and sort[1] in ORDERS:
            kept = (sort[0], sort[1])
        hidden = raw.get("hidden") if isinstance(raw.get("hidden"), list) else []
        return cls(raw["name"].strip(), dict(filters or {}), kept, tuple(h for h in hidden or [] if isinstance(h, str)))


@dataclass(frozen=True)
class UserSettings:
    views: dict[str, dict[str, SavedView]] = field(default_factory=dict)  # table → name → view
    current: dict[str, str] = field(default_factory=dict)  # table → the view in use
    values: dict[str, str] = field(default_factory=dict)

    def value(self, key: str) -> str:
        setting = SETTINGS[key]
        found = self.values.get(key)
        return found if found in setting.choices else setting.default

    def view(self, table: str, name: str | None = None) -> SavedView | None:
        """The view `name` of `table` (default the one in use)."""
        wanted = name if name is not None else self.current.get(table)
        return self.views.get(table, {}).get(wanted) if wanted else None

    def to_json(self) -> dict[str, Any]:
        return {"views": {t: [v.to_json() for v in views.values()] for t, views in self.views.items()},
                "current": dict(self.current), "values": dict(self.values)}  # fmt: skip

    @classmethod
    def from_json(cls, raw: Any) -> UserSettings:
        if not isinstance(raw, dict):
            return cls()
        views: dict[str, dict[str, SavedView]] = {}
        for table, items in (raw.get("views") or {}).items() if isinstance(raw.get("views"), dict) else ():
            found = [v for v in map(SavedView.from_json, items if isinstance(items, list) else []) if v is not None]
            views[str(table)] = {v.name: v for v in found}
        current = {str(k): v for k, v in (raw.get("current") or {}).items() if isinstance(v, str)}
        values = {str(k): v for k, v in (raw.get("values") or {}).items() if isinstance(v, str)}
        return cls(views, current, values)


def check_name(name: str) -> str:
    """The view's name as kept; ValueError (a sentence) for an empty or too long one."""
    text = " ".join(name.split())
    if not text:
        raise ValueError(said("A view needs a name."))
    if len(text) > MAX_NAME:
        raise ValueError(said("A view's name is at most {count} characters.", count=MAX_NAME))
    return text


class DeskSettings:
    def __init__(self, data_dir: str | os.PathLike[str], user: str | None = None) -> None:

        self.path = Path(data_dir) / SETTINGS_FILE
        self.lock_path = self.path.with_name(LOCK_FILE)
        self.user = user or current_operator()
        self._mutex = threading.Lock()

    def read(self) -> UserSettings:
        """This user's settings (the defaults when the file or the user's section is missing or unreadable)."""
        return UserSettings.from_json(self._document().get("users", {}).get(self.user))

    def save_view(self, table: str, view: SavedView, *, use: bool = True) -> UserSettings:
        """Add or replace `view` (by name) for `table`; `use`: it is the view in use from now on."""
        named = replace(view, name=check_name(view.name))

        def put(mine: UserSettings) -> UserSettings:
            views = {**mine.views, table: {**mine.views.get(table, {}), named.name: named}}
            current = {**mine.current, table: named.name} if use else mine.current
            return replace(mine, views=views, current=current)

        return self._change(put)

    def delete_view(self, table: str, name: str) -> UserSettings:
        def drop(mine: UserSettings) -> UserSettings:
            views = {**mine.views, table: {k: v for k, v in mine.views.get(table, {}).items() if k != name}}
            current = {k: v for k, v in mine.current.items() if not (k == table and v == name)}
            return replace(mine, views=views, current=current)

        return self._change(drop)

    def use_view(self, table: str, name: str | None) -> UserSettings:
        """The view in use for `table` (None: none, the table as it comes)."""

        def use(mine: UserSettings) -> UserSettings:
            current = {k: v for k, v in mine.current.items() if k != table}
            return replace(mine, current={**current, table: name} if name else current)

        return self._change(use)

    def set(self, key: str, value: str) -> UserSettings:
        setting = SETTINGS[key]
        if value not in setting.choices:
            raise ValueError(f"{setting.label}: one of {', '.join(setting.choices)}.")
        return self._change(lambda mine: replace(mine, values={**mine.values, key: value}))

    def _document(self) -> dict[str, Any]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return raw if isinstance(raw, dict) and isinstance(raw.get("users", {}), dict) else {}

    def _change(self, apply: Any) -> UserSettings:
        with self._mutex, locked(self.lock_path):
            document = self._document()
            users = dict(document.get("users", {}))
            mine: UserSettings = apply(UserSettings.from_json(users.get(self.user)))
            users[self.user] = mine.to_json()
            atomic_write(self.path, json.dumps({"version": 1, "users": users}, indent=2, ensure_ascii=False) + "\n")
            return mine


def zone_of(name: str) -> tzinfo | None:
    """The tzinfo of a time_zone choice: UTC, or None for this computer's local time."""
    return UTC if name == "UTC" else None


def clock(iso: str | None, zone: str = "local", day: str = "%Y-%m-%d") -> str:
    """A journal time (ISO 8601) as '2025-03-01 14:05:09 CET' in the chosen zone, its zone said (`day`: how the date
    is written, '%d.%m.%Y' for a German desk: ui/i18n.DAY_FORMATS); the text itself when it is not a time."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return moment_words(moment, zone, day)


def offset_words(moment: datetime) -> str:
    """An aware datetime's offset from UTC as 'UTC+01:00' ('UTC' for none)."""
    offset = moment.utcoffset()
    if not offset:
        return "UTC"
    minutes = int(offset.total_seconds()) // 60
    sign, minutes = ("+" if minutes >= 0 else "-"), abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def zone_words(zone: str, moments: Iterable[datetime] = ()) -> str:
    """What a header says of the zone its times are in: 'UTC', or 'local, UTC+01:00' with this computer's offset at
    `moments` (aware datetimes; now when none), each offset once: 'local, UTC+01:00 / UTC+02:00' across a change
    to summer time."""
    if zone == "UTC":
        return "UTC"
    local = sorted(
        {m.astimezone() for m in moments} or {datetime.now().astimezone()}, key=lambda m: m.utcoffset() or timedelta(0)
    )
    return said("local, {offsets}", offsets=" / ".join(dict.fromkeys(offset_words(m) for m in local)))


def moment_words(moment: datetime, zone: str = "local", day: str = "%Y-%m-%d") -> str:
    """An aware datetime as '2025-03-01 14:05:09 CET' in the chosen zone (`day`: as clock's)."""
    shown = moment.astimezone(zone_of(zone))
    return shown.strftime(f"{day} %H:%M:%S ") + (shown.tzname() or "")
