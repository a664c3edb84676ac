"""user_values.read_values: the plain settings the desk reads before its first paint, from a file that may be
missing, damaged, another person's only, or hand-edited into other shapes: never an exception, only what is a text."""

from __future__ import annotations

import json
from pathlib import Path

from smartpay_desk.services.profiles.desk_settings import DeskSettings
from smartpay_desk.services.profiles.user_values import SETTINGS_FILE, current_operator, read_values


def test_what_desk_settings_wrote_is_read_back_for_this_person(tmp_path: Path) -> None:
    DeskSettings(tmp_path).set("language", "de")
    DeskSettings(tmp_path).set("theme", "dark")
    DeskSettings(tmp_path, user="someone else").set("language", "en")
    assert read_values(tmp_path) == {"language": "de", "theme": "dark"}
    assert read_values(tmp_path, "someone else") == {"language": "en"}
    assert current_operator()


def test_a_missing_damaged_or_odd_file_reads_as_nothing(tmp_path: Path) -> None:
    path = tmp_path / SETTINGS_FILE
    assert read_values(tmp_path) == {}
    odd = json.dumps({"users": {current_operator(): 3}})
    for text in ("{not json", "[]", '{"users": []}', odd, "\0\0", ""):
        path.write_text(text, encoding="utf-8")
        assert read_values(tmp_path) == {}, text
    path.write_bytes(b"\xff\xfe\x00bad")
    assert read_values(tmp_path) == {}
    path.write_text(json.dumps({"users": {current_operator(): {"values": {"language": "de", "theme": 7, "x": None}}}}))
    assert read_values(tmp_path) == {"language": "de"}
    path.unlink()
    path.mkdir()  # a folder where the file should be
    assert read_values(tmp_path) == {}
