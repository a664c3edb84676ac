"""Each person's desk settings (services/profiles/desk_settings.py): saved views by name, the one in use, the time
zone; per user in one file, written atomically, a damaged file read as the defaults."""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from smartpay_desk.services.profiles.desk_settings import (
    MAX_NAME,
    DeskSettings,
    SavedView,
    clock,
    moment_words,
)


def test_views_are_kept_by_name_with_the_one_in_use(tmp_path: Path) -> None:
    mine = DeskSettings(tmp_path, user="anna")
    assert mine.read().view("activity") is None and mine.read().value("time_zone") == "local"
    failed = SavedView("  Failed   this week ", {"state": "failed", "from": "2025-03-01"}, (4, "descending"), ("Note",))
    kept = mine.save_view("activity", failed)
    assert kept.current == {"activity": "Failed this week"}
    again = DeskSettings(tmp_path, user="anna").read()  # what the next start reads
    view = again.view("activity")
    assert view == SavedView("Failed this week", {"state": "failed", "from": "2025-03-01"}, (4, "descending"),
                             ("Note",))  # fmt: skip
    mine.save_view("activity", SavedView("All", {}), use=False)
    assert sorted(mine.read().views["activity"]) == ["All", "Failed this week"]
    assert mine.read().current["activity"] == "Failed this week"
    assert mine.use_view("activity", "All").view("activity") == SavedView("All")
    assert mine.use_view("activity", None).view("activity") is None
    mine.use_view("activity", "Failed this week")
    assert mine.delete_view("activity", "Failed this week").view("activity") is None
    assert list(mine.read().views["activity"]) == ["All"]
    assert stat.S_IMODE((tmp_path / "settings.json").stat().st_mode) == 0o600


def test_each_person_keeps_their_own(tmp_path: Path) -> None:
    DeskSettings(tmp_path, user="anna").save_view("activity", SavedView("Mine"))
    DeskSettings(tmp_path, user="ben").set("time_zone", "UTC")
    anna, ben = DeskSettings(tmp_path, user="anna").read(), DeskSettings(tmp_path, user="ben").read()
    assert list(anna.views["activity"]) == ["Mine"] and anna.value("time_zone") == "local"
    assert ben.views == {} and ben.value("time_zone") == "UTC"


def test_bad_names_values_and_files_are_refused_or_read_as_defaults(tmp_path: Path) -> None:
    mine = DeskSettings(tmp_path, user="anna")
    with pytest.raises(ValueError, match="needs a name"):
        mine.save_view("activity", SavedView("   "))
    with pytest.raises(ValueError, match=f"at most {MAX_NAME}"):
        mine.save_view("activity", SavedView("x" * (MAX_NAME + 1)))
    with pytest.raises(ValueError, match="one of local, UTC"):
        mine.set("time_zone", "Mars/Olympus")
    (tmp_path / "settings.json").write_text("{not json")
    assert mine.read().views == {}
    mine.set("time_zone", "UTC")  # a damaged file is replaced whole, never half-written
    assert json.loads((tmp_path / "settings.json").read_text())["users"]["anna"]["values"] == {"time_zone": "UTC"}
    raw = {"version": 1, "users": {"anna": {"views": {"activity": [{"name": "ok", "sort": [1, "sideways"]}, {}]},
                                            "values": {"time_zone": "Mars"}}}}  # fmt: skip
    (tmp_path / "settings.json").write_text(json.dumps(raw))
    read = mine.read()
    assert read.views == {"activity": {"ok": SavedView("ok")}} and read.value("time_zone") == "local"


def test_times_say_their_zone() -> None:
    assert clock("2025-03-01T13:05:09+00:00", "UTC") == "2025-03-01 13:05:09 UTC"
    assert clock("2025-03-01T13:05:09", "UTC") == "2025-03-01 13:05:09 UTC"  # the journal writes UTC
    local = datetime(2025, 3, 1, 13, 5, 9, tzinfo=UTC).astimezone()
    assert clock("2025-03-01T13:05:09Z") == local.strftime("%Y-%m-%d %H:%M:%S ") + (local.tzname() or "")
    assert clock("not a time") == "not a time" and clock(None) == ""
    assert moment_words(datetime(2025, 7, 1, tzinfo=UTC), "UTC") == "2025-07-01 00:00:00 UTC"
