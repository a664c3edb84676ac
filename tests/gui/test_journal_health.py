"""The desk tells what the journal's check at start found, keeps money waiting while damage is not
acknowledged, and records the operator's acknowledgement in a worker (issue 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from smartpay_desk.services.journal.errors import JournalDamaged
from smartpay_desk.services.journal.store import Journal
from smartpay_desk.ui.context import DeskContext, ProfileSession
from smartpay_desk.ui.journal_health import JournalHealthBar
from smartpay_desk.ui.worker import TaskRunner
from tests.unit.services.journal.damage import state_edited
from tests.unit.services.journal.test_health import build
from tests.unit.services.support import MemoryKeyring


class _Ops:
    """What a ProfileSession needs of its services here: the journal."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal


@pytest.fixture
def runner() -> Any:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def _bar(qtbot: Any, runner: TaskRunner, journal: Journal) -> tuple[JournalHealthBar, DeskContext]:
    ctx = DeskContext(runner)
    bar = JournalHealthBar(ctx)
    qtbot.addWidget(bar)
    ctx.session = ProfileSession(object(), _Ops(journal))  # type: ignore[arg-type]
    ctx.profile_changed.emit(None)
    return bar, ctx


def test_an_intact_keyed_journal_says_nothing(qtbot: Any, runner: TaskRunner, tmp_path: Path) -> None:
    keyring = MemoryKeyring()
    path = tmp_path / "journal.sqlite3"
    build(path, keyring)
    with Journal(path, keyring=keyring) as journal:
        bar, _ctx = _bar(qtbot, runner, journal)
        assert bar.isHidden()


def test_damage_is_told_money_waits_and_an_acknowledgement_frees_it(
    qtbot: Any, runner: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring = MemoryKeyring()
    path = tmp_path / "journal.sqlite3"
    state_edited(path, build(path, keyring))
    with Journal(path, keyring=keyring) as journal:
        bar, _ctx = _bar(qtbot, runner, journal)
        bar.show()
        assert bar.isVisible() and bar.acknowledge_button.isVisible() and not bar.hide_button.isVisible()
        assert "changed or damaged" in bar.text.text() and "pay-1" in bar.text.text()
        with pytest.raises(JournalDamaged):  # the store itself refuses money while it is not acknowledged
            journal.record_intent(kind="withdrawal", order_id="po-new", profile="P", environment="sandbox",
                                  amount=100, currency="EUR")  # fmt: skip
        monkeypatch.setattr(JournalHealthBar, "ask_note", classmethod(lambda cls, parent: None))
        bar.acknowledge_button.click()  # cancelled: nothing recorded
        assert not journal.health.money_allowed
        monkeypatch.setattr(
            JournalHealthBar, "ask_note", classmethod(lambda cls, parent: "back office: refund pay-1 not made")
        )
        bar.acknowledge_button.click()
        qtbot.waitUntil(lambda: journal.health.money_allowed, timeout=10_000)
        qtbot.waitUntil(lambda: not bar.acknowledge_button.isVisible(), timeout=5_000)
        assert "acknowledged it on" in bar.text.text() and "refund pay-1 not made" in bar.text.text()
        entry = journal.record_intent(kind="withdrawal", order_id="po-new", profile="P", environment="sandbox",
                                      amount=100, currency="EUR")  # fmt: skip
        assert entry.order_id == "po-new"
