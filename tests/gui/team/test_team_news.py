"""The desk's bridge of the team journal's news (ui/team_news.py): it follows the profile in front (a profile
of its own journal listens to nothing), re-emits on the GUI thread, and ends when the window closes."""

from __future__ import annotations

import threading
from typing import Any

from smartpay_desk.services.profiles.profiles import Environment, Profile
from smartpay_desk.ui.main_window import MainWindow
from tests.gui.team.conftest import OpenDesk, OtherDesk


def test_news_come_on_the_gui_thread_for_the_profile_in_front_only(
    qtbot: Any, open_desk: OpenDesk, other_desk: OtherDesk, sandbox: Any
) -> None:
    desk = open_desk("clerk2")
    ctx = desk.ctx
    heard: list[tuple[dict[str, Any], bool]] = []
    ctx.team_news.connect(lambda news: heard.append((news, threading.current_thread() is threading.main_thread())))
    other_desk("clerk1", "entry", "po-news")
    qtbot.waitUntil(lambda: any(n.get("what") == "entry" for n, _ in heard), timeout=2000)
    assert all(on_gui for _, on_gui in heard)
    news = next(n for n, _ in heard if n.get("what") == "entry")
    assert news["state"] == "pending" and news["by"] == "clerk1"

    desk.store.add(
        Profile(name="Own", environment=Environment.TEST, gateway_url=sandbox.url, pci_url=sandbox.url,
                reports_url=sandbox.reports_url, merchant_key="test", account="EUR-sandbox")
    )  # fmt: skip
    desk.open_now("Own", "qwerty")  # its own journal: nothing to listen to
    assert not ctx.team.active
    heard.clear()
    other_desk("clerk1", "entry", "po-unheard")
    qtbot.wait(600)
    assert heard == []
    desk.open_now("Sandbox", "qwerty")  # the team's again
    assert ctx.team.active
    qtbot.waitUntil(ctx.team.listening, timeout=10_000)
    qtbot.waitUntil(lambda: ctx.runner.active_count() == 0, timeout=10_000)


def test_closing_the_window_ends_the_news(qtbot: Any, open_desk: OpenDesk) -> None:
    desk = open_desk("clerk2")
    window = MainWindow(desk.ctx, desk)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    with qtbot.waitSignal(window.settled, timeout=15_000):
        window.build_remaining_tabs()
    assert desk.ctx.team.active
    window.close_now()
    assert not desk.ctx.team.active
