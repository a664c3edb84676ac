"""Keyboard alone, on the main window and its lists: every tab one key away, the menus, Activity (search, open an
entry, settle it), Reports (export, open, filter the viewer), Needs attention, Approvals (reject and approve on a
team journal), the Profiles dialog (add, switch) and About. Focus is never set by a test: it moves with keys from
where the window puts it, and the confirmations are real dialogs answered with Enter."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from smartpay_desk.api.models import HostToHostRequest
from smartpay_desk.services.profiles.desk_settings import DeskSettings
from smartpay_desk.services.team import approvals
from smartpay_desk.ui.about_dialog import AboutDialog
from smartpay_desk.ui.main_window import MainWindow
from smartpay_desk.ui.profile_dialog import ProfileDialog
from smartpay_desk.ui.tab_registry import TABS
from smartpay_desk.ui.tabs.activity import ActivityTab
from smartpay_desk.ui.tabs.approvals import ApprovalsTab
from smartpay_desk.ui.tabs.approvals_dialogs import RejectDialog
from smartpay_desk.ui.tabs.reports import ReportsTab
from smartpay_desk.ui.tabs.triage import TriageTab
from smartpay_desk.ui.widgets.confirm import ConfirmDialog
from smartpay_desk.ui.widgets.keys import mnemonic_of
from smartpay_desk.ui.window_menus import tab_keys
from tests.gui.keyboard.keys import ALT, CTRL, alt, focus, press, tab_to, type_text
from tests.gui.team import conftest as team
from tests.unit.services.support import CUSTOMER, SITE, card, direct_client

open_desk = team.open_desk  # the team tests' fixtures (a real PostgreSQL team journal), for Approvals
other_desk = team.other_desk
DIGITS = {str(n): Qt.Key(Qt.Key.Key_0.value + n) for n in range(10)}


# ---------------------------------------------------------------- keys only


def tab_key(qtbot: Any, shortcut: str) -> None:
    """Ctrl+digit, as window_menus.tab_keys names it."""
    press(qtbot, DIGITS[shortcut.rsplit("+", 1)[1]], CTRL)


def front(qtbot: Any, window: QWidget) -> Any:
    window.resize(1250, 820)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window


def regain(qtbot: Any, window: QWidget) -> None:
    """`window` active again with a focus: offscreen, nobody activates a window (at the start, or when a dialog
    closes), and an active window with no focus widget gets one with Tab, as a person would press it."""
    front(qtbot, window)
    if QApplication.focusWidget() is None:
        QTest.keyClick(window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not None


def shown_window(qtbot: Any, main_window: MainWindow) -> MainWindow:
    """The main window in front, every tab built (as after start-up's idle time)."""
    with qtbot.waitSignal(main_window.settled, timeout=30_000):
        main_window.build_remaining_tabs()
    regain(qtbot, main_window)
    return main_window


class Answers:
    """Every real ConfirmDialog is answered with Enter (its default button); its titles kept."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self._handled: list[QWidget] = []
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ConfirmDialog) and dialog.isVisible() and dialog not in self._handled:
            self._handled.append(dialog)
            self.seen.append(dialog.windowTitle())
            QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)


@pytest.fixture
def answers() -> Iterator[Answers]:
    answering = Answers()
    yield answering
    answering.timer.stop()


class Modal:
    """Keys typed into a modal dialog while it runs its own event loop (exec): `script(dialog)` runs once a
    dialog of `kind` is the active modal widget; what it raised is raised again by `check()`."""

    def __init__(self, qtbot: Any, kind: type[QDialog], script: Callable[[Any], None]) -> None:
        self.qtbot, self.kind, self.script = qtbot, kind, script
        self.ran = False
        self.error: BaseException | None = None
        QTimer.singleShot(50, self._poll)

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, self.kind) and dialog.isVisible():
            self.ran = True
            try:
                self.script(dialog)
            except BaseException as exc:  # kept for check(), the dialog closed anyway
                self.error = exc
                dialog.done(QDialog.DialogCode.Rejected.value)  # not reject(): it may ask before closing
            return
        QTimer.singleShot(30, self._poll)

    def check(self) -> None:
        assert self.ran, f"no {self.kind.__name__} came up"
        if self.error is not None:
            raise self.error


def idle(qtbot: Any, ctx: Any) -> None:
    qtbot.waitUntil(lambda: ctx.runner.active_count() == 0, timeout=15_000)


def waiting_refund(ctx: Any, order_id: str) -> Any:
    """A refund whose answer was lost: the journal holds it for an operator to verify (needs review)."""
    journal = ctx.journal
    entry = journal.record_intent(
        kind="refund", order_id=order_id, profile="Sandbox", environment="sandbox", amount=1500, currency="EUR",
        request={"order_id": order_id}, operator="night",
    )  # fmt: skip
    journal.update(entry.id, "sent", note="")
    return journal.update(entry.id, "needs_review", note="no answer came back; a refund is never sent again")


def paid_order(sandbox: Any, order_id: str) -> str:
    with direct_client(sandbox.url) as client:
        client.init_payment_h2h(HostToHostRequest("EUR-sandbox", 4200, "EUR", order_id, SITE, CUSTOMER, "J D", card()))
    return order_id


# ---------------------------------------------------------------- the window


def test_every_tab_is_one_key_away_and_its_first_control_takes_the_focus(qtbot: Any, main_window: MainWindow) -> None:
    window = shown_window(qtbot, main_window)
    keys = tab_keys(len(TABS))
    assert keys[-1] == "Ctrl+0" and len(keys) == len(TABS) == 10
    for index, shortcut in reversed(list(enumerate(keys))):
        tab_key(qtbot, shortcut)
        page = window.tabs.widget(index)
        assert window.tabs.currentIndex() == index
        assert page.isAncestorOf(focus()), f"{shortcut}: the focus stayed on {focus()!r}"
    tab_key(qtbot, "Ctrl+8")
    assert focus() is window.page(ActivityTab).search  # Activity: its search box, ready for typing
    press(qtbot, Qt.Key.Key_PageDown, CTRL)  # the next tab, from inside the search box too
    assert window.tabs.currentIndex() == 8
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert window.tabs.currentIndex() == 7


def test_the_menus_have_letters_and_keys(qtbot: Any, main_window: MainWindow) -> None:
    window = shown_window(qtbot, main_window)
    menus = window.menus
    titles = [menu.title() for menu in (menus.file_menu, menus.view_menu, menus.help_menu)]
    assert titles == ["&File", "&View", "&Help"]
    letters = [mnemonic_of(t) for t in titles]
    assert len(set(letters)) == 3
    for menu in (menus.file_menu, menus.view_menu, menus.help_menu, menus.language_menu):
        texts = [action.text() for action in menu.actions() if not action.isSeparator()]
        assert all(mnemonic_of(text) for text in texts), texts
        assert len({mnemonic_of(text) for text in texts}) == len(texts), texts  # unique within the menu
    assert window.profiles_action.shortcut().toString() == "Ctrl+Shift+P"
    assert menus.quit_action.shortcut().toString() == "Ctrl+Q" and window.about_action.shortcut().toString() == "F1"
    assert menus.language_actions["en"].isChecked()


@pytest.mark.qt_log_ignore("This plugin does not support grabbing")  # offscreen: a menu pop-up asks to grab keys
def test_the_language_is_chosen_from_the_view_menu_by_keys(
    qtbot: Any, main_window: MainWindow, desk_session: Any
) -> None:
    window = shown_window(qtbot, main_window)
    press(qtbot, Qt.Key.Key_V, ALT)  # View
    qtbot.waitUntil(lambda: window.menus.view_menu.isVisible(), timeout=3000)
    QTest.keyClick(window.menus.view_menu, Qt.Key.Key_L)  # Language
    qtbot.waitUntil(lambda: window.menus.language_menu.isVisible(), timeout=3000)
    QTest.keyClick(window.menus.language_menu, Qt.Key.Key_D)  # Deutsch
    settings = DeskSettings(desk_session.ctx.data_dir)
    qtbot.waitUntil(lambda: settings.read().value("language") == "de", timeout=10_000)
    qtbot.waitUntil(lambda: "next start" in window.statusBar().currentMessage(), timeout=5000)
    assert window.menus.language_actions["de"].isChecked()
    assert window.windowTitle() == "Sandbox — SmartPay Desk"  # the desk goes on in English until it starts again


def test_about_opens_with_f1_and_esc_closes_it(qtbot: Any, main_window: MainWindow) -> None:
    window = shown_window(qtbot, main_window)
    press(qtbot, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(AboutDialog)), timeout=5000)
    about = next(d for d in window.findChildren(AboutDialog) if d.isVisible())
    qtbot.waitUntil(about.isActiveWindow, timeout=5000)
    assert about.windowTitle() == "About SmartPay Desk"
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not about.isVisible(), timeout=5000)


# ---------------------------------------------------------------- Activity


def test_activity_search_open_an_entry_and_settle_it_by_keyboard(
    qtbot: Any, main_window: MainWindow, desk_ctx: Any, answers: Answers
) -> None:
    entry = waiting_refund(desk_ctx, "kb-review-1")
    window = shown_window(qtbot, main_window)
    tab = window.page(ActivityTab)
    tab_key(qtbot, "Ctrl+8")
    assert focus() is tab.search
    type_text(qtbot, "kb-review")
    qtbot.waitUntil(lambda: [e.id for e in tab.model.entries] == [entry.id], timeout=10_000)
    tab_to(qtbot, tab.view)
    press(qtbot, Qt.Key.Key_Down)  # the first row: its details, and the box that settles it
    qtbot.waitUntil(lambda: "kb-review-1" in tab.details_title.text(), timeout=10_000)
    qtbot.waitUntil(tab.review.isVisible, timeout=5000)

    label = next(lb for lb in tab.review.findChildren(QLabel) if lb.buddy() is tab.review.note)
    alt(qtbot, label)  # the note's own letter
    assert focus() is tab.review.note
    type_text(qtbot, "Gateway back office: refund paid")
    press(qtbot, Qt.Key.Key_M, ALT)  # Mark as made (succeeded)…, then Enter in the confirmation
    qtbot.waitUntil(lambda: desk_ctx.journal.entry_by_id(entry.id).state == "succeeded", timeout=10_000)
    assert answers.seen == ["Mark the refund of €15.00 as made (succeeded)?"]
    assert "Gateway back office: refund paid" in (desk_ctx.journal.entry_by_id(entry.id).note or "")
    idle(qtbot, desk_ctx)


def test_activity_filters_have_letters_and_enter_in_the_table_does_nothing_harmful(
    qtbot: Any, main_window: MainWindow, desk_ctx: Any
) -> None:
    window = shown_window(qtbot, main_window)
    tab = window.page(ActivityTab)
    tab_key(qtbot, "Ctrl+8")
    captions = {lb.text(): lb for lb in tab.findChildren(QLabel) if lb.buddy() is not None}
    alt(qtbot, captions["&Kind"])
    assert focus() is tab.kind_combo
    press(qtbot, Qt.Key.Key_Down)  # the first kind: the list is read again with it
    qtbot.waitUntil(lambda: tab.kind_combo.currentIndex() == 1, timeout=3000)
    alt(qtbot, captions["&State"])
    assert focus() is tab.state_combo
    idle(qtbot, desk_ctx)


def test_activity_tab_order_follows_the_rows_and_esc_clears_the_search(
    qtbot: Any, main_window: MainWindow, desk_ctx: Any
) -> None:
    window = shown_window(qtbot, main_window)
    tab = window.page(ActivityTab)
    tab_key(qtbot, "Ctrl+8")
    type_text(qtbot, "nothing-like-this")
    qtbot.waitUntil(lambda: tab.task is None and tab.model.entries == [], timeout=10_000)
    order = [focus()]
    for _ in range(7):
        press(qtbot, Qt.Key.Key_Tab)
        order.append(focus())
    first_row = [tab.search, tab.all_profiles, tab.refresh_button, tab.export_button]
    assert order[:4] == first_row and order[4:] == [tab.state_combo, tab.kind_combo, tab.from_edit, tab.to_edit]
    for _ in range(7):
        press(qtbot, Qt.Key.Key_Backtab)
    assert focus() is tab.search
    press(qtbot, Qt.Key.Key_Escape)  # the half-typed search goes, and every entry is back
    assert tab.search.text() == ""
    idle(qtbot, desk_ctx)


# ---------------------------------------------------------------- Reports


def test_reports_export_open_and_filter_by_keyboard(
    qtbot: Any, main_window: MainWindow, desk_ctx: Any, sandbox: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    paid_order(sandbox, "kb-report-1")
    paid_order(sandbox, "kb-report-2")
    target = tmp_path / "exported.xlsx"
    asked: list[Path] = []

    def ask_save_path(cls: Any, parent: Any, suggested: Path) -> Path | None:
        asked.append(suggested)
        return target if len(asked) == 1 else None  # the second time: the operator cancels the save dialog

    monkeypatch.setattr(ReportsTab, "ask_save_path", classmethod(ask_save_path))
    window = shown_window(qtbot, main_window)
    tab = window.page(ReportsTab)
    tab_key(qtbot, "Ctrl+7")
    assert tab.isAncestorOf(focus())
    alt(qtbot, tab.export_button)  # E&xport…: the save dialog (answered), then the export and the viewer
    qtbot.waitUntil(lambda: tab.viewer.path == target and not tab.viewer.loading, timeout=30_000)
    qtbot.waitUntil(lambda: tab.viewer.model.rowCount() >= 2, timeout=10_000)
    press(qtbot, Qt.Key.Key_F, CTRL)  # the viewer's filter
    assert focus() is tab.viewer.search
    type_text(qtbot, "kb-report-2")
    qtbot.waitUntil(lambda: tab.viewer.model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "1 of" in tab.viewer.rows_label.text(), timeout=5000)  # the summary, a moment later
    press(qtbot, Qt.Key.Key_Escape)  # Esc: the filter goes, every row is back
    qtbot.waitUntil(lambda: tab.viewer.model.rowCount() >= 2, timeout=10_000)
    assert tab.viewer.search.text() == ""
    label = next(lb for lb in tab.findChildren(QLabel) if lb.buddy() is tab.type_combo)
    alt(qtbot, label)  # &Type: the export form again
    assert focus() is tab.type_combo
    press(qtbot, Qt.Key.Key_Return)  # Enter on the form: Export…, which asks where to save first
    assert len(asked) == 2 and asked[1].name.startswith("smartpay-payment-")
    idle(qtbot, desk_ctx)


# ---------------------------------------------------------------- Needs attention


def test_needs_attention_enter_on_a_row_does_its_action(qtbot: Any, main_window: MainWindow, desk_ctx: Any) -> None:
    entry = waiting_refund(desk_ctx, "kb-triage-1")
    window = shown_window(qtbot, main_window)
    tab = window.page(TriageTab)
    tab.refresh()
    qtbot.waitUntil(lambda: any(i.entry_id == entry.id for i in tab.model.items), timeout=10_000)
    tab_key(qtbot, "Ctrl+0")
    assert tab.isAncestorOf(focus())
    tab_to(qtbot, tab.view)
    row = next(n for n, item in enumerate(tab.model.items) if item.entry_id == entry.id)
    for _ in range(row + 1):
        press(qtbot, Qt.Key.Key_Down)
    assert tab.view.currentIndex().row() == row
    press(qtbot, Qt.Key.Key_Return)  # Settle the review…: the entry, in Activity
    activity = window.page(ActivityTab)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is activity, timeout=5000)
    qtbot.waitUntil(lambda: "kb-triage-1" in activity.details_title.text(), timeout=10_000)
    idle(qtbot, desk_ctx)


# ---------------------------------------------------------------- Approvals (a team journal)


def test_approvals_reject_with_a_reason_and_approve_by_keyboard(
    qtbot: Any,
    open_desk: Any,
    other_desk: Any,
    answers: Answers,
) -> None:
    approvals.set_policy(open_desk("boss2").ctx.journal, "EUR", 1_000)
    boss = open_desk("boss")
    first = int(other_desk("clerk1", "payout", "kb-po-1", "2500").split()[1])
    second = int(other_desk("clerk1", "payout", "kb-po-2", "2600").split()[1])
    tab = front(qtbot, ApprovalsTab(boss.ctx))
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: {first, second} <= {r.id for r in tab.model.requests}, timeout=10_000)
    regain(qtbot, tab)
    tab_to(qtbot, tab.view)
    rows = {request.id: row for row, request in enumerate(tab.model.requests)}

    def go_to(row: int) -> None:
        press(qtbot, Qt.Key.Key_Home)
        for _ in range(row):
            press(qtbot, Qt.Key.Key_Down)
        assert tab.view.currentIndex().row() == row

    go_to(rows[first])

    def reject(dialog: RejectDialog) -> None:
        assert not dialog.ok_button.isEnabled()  # no reason yet: Enter keeps it waiting
        qtbot.keyClicks(dialog.reason, "wrong amount")
        QTest.keyClick(dialog.reason, Qt.Key.Key_Return)  # the reason typed: Enter rejects

    qtbot.waitUntil(tab.reject_button.isEnabled, timeout=5000)
    modal = Modal(qtbot, RejectDialog, reject)
    alt(qtbot, tab.reject_button)  # Re&ject…
    modal.check()
    qtbot.waitUntil(lambda: approvals.get(boss.ctx.journal, first).state == "rejected", timeout=10_000)
    assert approvals.get(boss.ctx.journal, first).decision_note == "wrong amount"

    regain(qtbot, tab)
    qtbot.waitUntil(lambda: tab.task is None and second in {r.id for r in tab.model.requests}, timeout=10_000)
    rows = {request.id: row for row, request in enumerate(tab.model.requests)}
    tab_to(qtbot, tab.view)
    go_to(rows[second])
    press(qtbot, Qt.Key.Key_Return)  # Enter on the row: approve and send it, after its confirmation (Enter)
    qtbot.waitUntil(lambda: approvals.get(boss.ctx.journal, second).state == "released", timeout=15_000)
    assert any(title.startswith("Approve and send this payout") for title in answers.seen)
    idle(qtbot, boss.ctx)


# ---------------------------------------------------------------- Profiles


def test_profiles_are_added_in_the_dialog_and_switched_in_the_box_by_keyboard(
    qtbot: Any, main_window: MainWindow, desk_session: Any, training: str
) -> None:
    window = shown_window(qtbot, main_window)

    def add(dialog: ProfileDialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
        alt(qtbot, dialog.add_button)
        assert focus() is dialog.name  # a new profile: its name selected, ready to be typed over
        type_text(qtbot, "Shop EUR")
        for field, text in ((dialog.merchant_key, "shop-key"), (dialog.secret, "shop-secret"),
                            (dialog.account, "EUR-shop"), (dialog.payout_account, "EUR-shop-out")):  # fmt: skip
            label = dialog.form._labels[next(k for k, w in dialog.form._fields.items() if w is field)]
            alt(qtbot, label)
            assert focus() is field
            type_text(qtbot, text)
        alt(qtbot, dialog.save_button)
        qtbot.waitUntil(lambda: "Shop EUR" in desk_session.store, timeout=10_000)
        qtbot.waitUntil(lambda: not dialog.busy.is_busy(), timeout=10_000)
        press(qtbot, Qt.Key.Key_Escape)  # saved: Esc closes at once

    modal = Modal(qtbot, ProfileDialog, add)
    press(qtbot, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    modal.check()
    assert desk_session.store.get("Shop EUR").account == "EUR-shop"
    qtbot.waitUntil(lambda: window.profile_box.findData("Shop EUR") >= 0, timeout=5000)

    regain(qtbot, window)  # offscreen, a closed dialog gives the activation back to nobody
    press(qtbot, Qt.Key.Key_P, ALT)  # &Profile: the box
    assert focus() is window.profile_box
    wanted = window.profile_box.findData(training)
    key = Qt.Key.Key_Down if wanted > window.profile_box.currentIndex() else Qt.Key.Key_Up
    while window.profile_box.currentIndex() != wanted:
        press(qtbot, key)
    qtbot.waitUntil(lambda: desk_session.ctx.profile is not None and desk_session.ctx.profile.name == training,
                    timeout=15_000)  # fmt: skip
    assert window.windowTitle().startswith("Training")
    idle(qtbot, desk_session.ctx)
