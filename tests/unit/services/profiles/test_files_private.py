"""Item 12 of issue 13: what the desk writes in its data folder is its owner's only, from the first write,
whatever the umask: the folder 0700 (tightened when found looser), the log and its rotations 0600,
profiles.json and its lock 0600, the Reports folder 0700."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from smartpay_desk.services.profiles import paths
from smartpay_desk.services.profiles.logfile import private_log_handler
from smartpay_desk.services.reports.tasks import reports_dir


@pytest.fixture(autouse=True)
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)  # the usual one: files 0644 and folders 0755 unless the desk says otherwise
    yield
    os.umask(old)


def mode(path: Path) -> str:
    return oct(path.stat().st_mode & 0o777)


def test_the_data_folder_is_made_0700_and_tightened_when_found_looser(tmp_path: Path) -> None:
    made = paths.data_dir(tmp_path / "new" / "desk")
    assert mode(made) == "0o700"
    loose = tmp_path / "loose"
    loose.mkdir(mode=0o755)
    assert mode(paths.data_dir(loose)) == "0o700"
    assert mode(reports_dir(made)) == "0o700"
    (made / "Reports").chmod(0o755)
    assert mode(reports_dir(made)) == "0o700"


def test_the_log_and_each_of_its_rotations_are_0600_from_creation(tmp_path: Path) -> None:
    (tmp_path / "desk.log.2").write_text("from an older version\n")  # 0644 under this umask
    handler = private_log_handler(tmp_path / "desk.log", max_bytes=300, backups=3)
    assert mode(tmp_path / "desk.log") == "0o600" and mode(tmp_path / "desk.log.2") == "0o600"
    record = logging.LogRecord("smartpay_desk", logging.INFO, __file__, 1, "x" * 120, None, None)
    try:
        for _ in range(12):
            handler.emit(record)
    finally:
        handler.close()
    logs = sorted(tmp_path.glob("desk.log*"))
    assert [p.name for p in logs] == ["desk.log", "desk.log.1", "desk.log.2", "desk.log.3"]
    assert {mode(p) for p in logs} == {"0o600"}


def test_an_existing_log_written_open_to_others_is_tightened_before_the_next_line(tmp_path: Path) -> None:
    log = tmp_path / "desk.log"
    log.write_text("an old line\n")
    assert mode(log) == "0o644"
    handler = private_log_handler(log)
    handler.close()
    assert mode(log) == "0o600" and log.read_text() == "an old line\n"  # appended to, never emptied


def test_open_private_and_atomic_write_make_0600_files(tmp_path: Path) -> None:
    with paths.open_private(tmp_path / "a.txt", "w") as fh:
        fh.write("x")
    paths.atomic_write(tmp_path / "b.json", "{}")
    assert mode(tmp_path / "a.txt") == mode(tmp_path / "b.json") == "0o600"
