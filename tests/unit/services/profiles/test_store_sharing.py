"""profiles.json shared by several writers (the desk and `smartpay` processes): every change is applied to the
file as it is now, under a lock, so nobody's profile is lost; the lock is owner-only and waits for its holder."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from smartpay_desk.services.profiles import paths
from smartpay_desk.services.profiles.profiles import ProfileError, ProfileStore

from .test_profiles import prod


def test_a_store_that_remembers_an_older_file_keeps_what_another_writer_added(tmp_path: Path) -> None:
    desk, cli = ProfileStore(tmp_path), ProfileStore(tmp_path)
    cli.add(prod("Added by the CLI"))
    desk.save(desk.get("Sandbox")._replace(currency="USD"))  # the desk still remembers only Sandbox
    assert ProfileStore(tmp_path).names() == ["Sandbox", "Added by the CLI"]
    assert desk.names() == ["Sandbox", "Added by the CLI"]  # a change brings the memory up to date
    assert ProfileStore(tmp_path).get("Sandbox").currency == "USD"

    cli.add(prod("Second"))
    desk.active = "Second"  # a profile this store has not seen yet: the file has it
    desk.delete("Added by the CLI")
    desk.rename("Second", "Renamed")
    assert ProfileStore(tmp_path).names() == ["Sandbox", "Renamed"] and ProfileStore(tmp_path).active == "Renamed"
    with pytest.raises(ProfileError, match="already exists"):
        cli.add(prod("Renamed"))  # judged against the file, not against what `cli` remembers
    with pytest.raises(KeyError, match="no profile named 'Second'"):
        cli.delete("Second")


def test_refresh_reads_what_another_writer_changed_and_only_then(tmp_path: Path) -> None:
    desk, cli = ProfileStore(tmp_path), ProfileStore(tmp_path)
    cli.add(prod())
    assert desk.names() == ["Sandbox"]  # reading is from memory: no disk on the GUI thread
    assert desk.refresh() and desk.names() == ["Sandbox", "Live"]
    seen = desk.list()
    assert desk.refresh() and desk.list() == seen


def test_threads_adding_at_once_all_land(tmp_path: Path) -> None:
    stores = [ProfileStore(tmp_path) for _ in range(6)]
    threads = [threading.Thread(target=s.add, args=(prod(f"P{i}"),)) for i, s in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(ProfileStore(tmp_path).names()) == sorted(["Sandbox", *(f"P{i}" for i in range(6))])


def test_the_lock_is_private_and_waits_for_its_holder(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    assert oct(store.lock_path.stat().st_mode & 0o777) == "0o600"
    assert oct(store.path.stat().st_mode & 0o777) == "0o600"
    with paths.locked(store.lock_path):
        refused = pytest.raises(paths.LockTimeout, match=r"profiles\.lock stayed locked by another program")
        with refused, paths.locked(store.lock_path, wait_s=0.1):
            pass
        waiter = threading.Thread(target=store.add, args=(prod(),))
        waiter.start()
        time.sleep(0.3)
        assert waiter.is_alive() and "Live" not in ProfileStore(tmp_path)  # waiting, not writing
    waiter.join(5)
    assert not waiter.is_alive() and "Live" in ProfileStore(tmp_path)
