"""The desk's command line: the no-argument fast path says exactly what the parser would."""

from __future__ import annotations

import pytest

from smartpay_desk.ui.app import parse_args, parser


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
