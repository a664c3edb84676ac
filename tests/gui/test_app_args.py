"""The desk's command line: the no-argument fast path says exactly what the parser would; and the start-up
shortcut past PySide's source scans."""

from __future__ import annotations

import sys
from types import SimpleNamespace

import pytest

from smartpay_desk.ui.app import parse_args, parser, spare_feature_scans


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
    assert not [name for name in table if name.partition(".")[0] in ("smartpay_desk", "PySide6", "shiboken6")]


def test_without_pysides_internals_nothing_happens(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.support.feature", SimpleNamespace())
    spare_feature_scans()  # no table: no error
    monkeypatch.delitem(sys.modules, "PySide6.support.feature")
    spare_feature_scans()
