"""The desk's command line: the no-argument fast path says exactly what the parser would; and the start-up
shortcut past PySide's source scans."""

from __future__ import annotations

import gc
import logging
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

from smartpay_desk.api.redact import add_secret, discard_secret
from smartpay_desk.ui.app import (
    JSON_PARTS,
    collect_after_the_first_paint,
    freeze_start_up_objects,
    parse_args,
    parser,
    setup_logging,
    spare_feature_scans,
    teardown_logging,
)


def test_no_arguments_match_the_parsers_defaults() -> None:
    assert parse_args([]) == parser().parse_args([])


def test_arguments_go_through_the_parser() -> None:
    args = parse_args(["--data-dir", "/tmp/desk", "--profile", "Live", "--open", "month.xlsx"])
    assert (args.data_dir, args.profile, args.open, args.screenshots) == ("/tmp/desk", "Live", "month.xlsx", None)


def test_an_unknown_option_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        parse_args(["--colour", "red"])
    assert stop.value.code == 2
    assert "unrecognized arguments: --colour red" in capsys.readouterr().err


def test_standard_modules_are_spared_pysides_source_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    table: dict[str, int] = {"logging": 0}  # a name PySide has already decided keeps its decision
    monkeypatch.setitem(sys.modules, "PySide6.support.feature", SimpleNamespace(pyside_feature_dict=table))
    spare_feature_scans()
    assert table["logging"] == 0 and table["json"] == -1 and table["threading"] == -1
    assert all(table[name] == -1 for name in JSON_PARTS)  # marked before json is imported: no scan of its parts
    assert not [name for name in table if name.partition(".")[0] in ("smartpay_desk", "PySide6", "shiboken6")]


def test_the_desks_own_modules_are_answered_without_reading_them(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []

    def scan(module: object) -> bool:  # PySide's: reads the module's source for "PySide6"
        read.append(str(getattr(module, "__name__", "")))
        return False

    feature = SimpleNamespace(pyside_feature_dict={}, _mod_uses_pyside=scan)
    monkeypatch.setitem(sys.modules, "PySide6.support.feature", feature)
    spare_feature_scans()
    spare_feature_scans()  # a second call does not wrap the scan again
    assert feature._mod_uses_pyside(ModuleType("smartpay_desk.ui.tabs.reports")) is True
    assert feature._mod_uses_pyside(ModuleType("smartpay_desk")) is True
    assert read == []
    assert feature._mod_uses_pyside(ModuleType("smartpay_deskish")) is False  # another package: read as before
    assert feature._mod_uses_pyside(ModuleType("openpyxl")) is False
    assert read == ["smartpay_deskish", "openpyxl"]


def test_pysides_scan_is_where_the_desk_expects_it() -> None:
    """The shortcut leans on PySide's internals (its feature module's table and scan): when an upgrade moves
    them, start-up is only slower, and this test says so."""
    import PySide6.QtCore  # noqa: F401  (PySide's import hook and feature module come with it)

    feature = sys.modules["PySide6.support.feature"]
    assert isinstance(feature.pyside_feature_dict, dict)
    assert callable(feature._mod_uses_pyside)


def test_json_parts_are_what_importing_json_brings() -> None:
    code = "import sys; before = set(sys.modules); import json; print(' '.join(sorted(set(sys.modules) - before)))"
    brought = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert {name for name in brought if "json" in name} == set(JSON_PARTS)


def test_no_garbage_collection_until_the_first_paint_then_the_start_up_is_frozen() -> None:
    was_enabled = gc.isenabled()
    try:
        collect_after_the_first_paint()
        assert not gc.isenabled()
        freeze_start_up_objects()  # with the first paint (and again when every tab is built)
        assert gc.isenabled() and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        (gc.enable if was_enabled else gc.disable)()


def test_without_pysides_internals_nothing_happens(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.support.feature", SimpleNamespace())
    spare_feature_scans()  # no table: no error
    monkeypatch.delitem(sys.modules, "PySide6.support.feature")
    spare_feature_scans()


def test_the_desks_log_is_redacted_like_the_clis(tmp_path: Path) -> None:
    """Secrets registered when a session opens, Basic-auth values, card numbers and CVVs never reach desk.log,
    whichever of the desk's loggers wrote the line (a child logger's records pass the handler's filter)."""
    handlers = setup_logging(tmp_path)
    try:
        assert handlers and setup_logging(tmp_path) == []  # once per process
        add_secret("desk-log-secret-31")
        logging.getLogger("smartpay_desk.services.money.sending").warning(
            "the gateway said: bad secret desk-log-secret-31 for card 4012 0000 0000 3010, cvv=737, "
            "Authorization: Basic dGVzdDpxd2VydHk="
        )
        for handler in handlers:
            handler.flush()
        text = (tmp_path / "desk.log").read_text(encoding="utf-8")
        assert "the gateway said: bad secret *** for card 401200******3010, cvv=***" in text
        # each line's time stamp taken off first: its milliseconds may be ",737" by chance
        said = re.sub(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ", "", text, flags=re.M)
        assert "desk-log-secret-31" not in said and "dGVzdDpxd2VydHk=" not in said and "737" not in said
    finally:
        teardown_logging(handlers)
        discard_secret("desk-log-secret-31")
    assert not [h for h in logging.getLogger("smartpay_desk").handlers if h in handlers]


def test_the_desks_log_is_its_owners_only_from_the_first_line(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        handlers = setup_logging(tmp_path)
    finally:
        os.umask(old)
    try:
        assert oct((tmp_path / "desk.log").stat().st_mode & 0o777) == "0o600"
    finally:
        teardown_logging(handlers)
