"""The journal behind one small interface: the SQLite `Journal` is a `JournalStore` (at run time and for mypy),
and the protocol is exactly what the services, the CLI and the desk call on a journal."""

from __future__ import annotations

import ast
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from mypy import api as mypy_api

from smartpay_desk.services.journal.interface import JournalStore
from smartpay_desk.services.journal.store import Journal

ROOT = Path(__file__).resolve().parents[4]
PACKAGE = ROOT / "smartpay_desk"
# Where journals are used (the journal package itself is their maker, not a caller).
CALLERS = ("services/money", "services/recon", "services/batch", "cli", "ui")
MEMBERS = {name for name in vars(JournalStore) if not name.startswith("_")}


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal.in_dir(tmp_path) as j:
        yield j


def test_the_sqlite_journal_is_a_journal_store_at_run_time(journal: Journal) -> None:
    assert isinstance(journal, JournalStore)

    class Partial:  # everything but verify()
        pass

    for name in MEMBERS - {"verify"}:
        setattr(Partial, name, getattr(Journal, name, None) or property(lambda self: Path()))
    assert not isinstance(Partial(), JournalStore)
    assert not isinstance(object(), JournalStore)


def test_the_sqlite_journal_is_a_journal_store_for_mypy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "sqlite_store.py").write_text(
        textwrap.dedent("""
            from pathlib import Path

            from smartpay_desk.services.journal.interface import JournalStore
            from smartpay_desk.services.journal.store import Journal

            store: JournalStore = Journal(Path("journal.sqlite3"))
            """)
    )
    (tmp_path / "not_a_store.py").write_text(  # the control: mypy does tell what is not a store
        textwrap.dedent("""
            from smartpay_desk.services.journal.interface import JournalStore


            class OnlyCloses:
                def close(self) -> None:
                    return None


            store: JournalStore = OnlyCloses()
            """)
    )
    monkeypatch.chdir(ROOT)  # where mypy finds the package and its configuration
    out, err, status = mypy_api.run(
        ["--strict", "--follow-imports=silent", f"--cache-dir={tmp_path / 'cache'}", "--no-error-summary",
         str(tmp_path / "sqlite_store.py"), str(tmp_path / "not_a_store.py")]
    )  # fmt: skip
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert status == 1 and err == "", out + err
    assert errors and all(line.startswith(str(tmp_path / "not_a_store.py")) for line in errors), out
    assert any('"JournalStore"' in line for line in errors), out


def _journal_calls(path: Path) -> set[str]:
    """Names read off a journal in this module: `journal.x`, `self.journal.x`, `ops.journal.x`."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute):
            owner = node.value
            named = owner.id if isinstance(owner, ast.Name) else owner.attr if isinstance(owner, ast.Attribute) else ""
            if named == "journal":
                found.add(node.attr)
    return found


def test_the_store_protocol_is_exactly_what_callers_use() -> None:
    used: dict[str, set[str]] = {}
    for folder in CALLERS:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            for name in _journal_calls(path):
                used.setdefault(name, set()).add(str(path.relative_to(ROOT)))
    assert set(used) - MEMBERS == set(), f"callers use more than JournalStore offers: {used}"
    assert MEMBERS - set(used) == set(), "JournalStore offers what no caller uses"
