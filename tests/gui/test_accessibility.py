"""Screen readers, across the whole desk: every widget of every tab of the main window, the Profiles dialog, the
About dialog, the batch window and a confirmation is walked through Qt's accessibility interface (what a screen
reader reads), and every focusable control without a name is listed. Then the lists' own controls, by name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

from smartpay_desk.ui.about_dialog import AboutDialog
from smartpay_desk.ui.batch.dialog import BatchDialog
from smartpay_desk.ui.main_window import MainWindow
from smartpay_desk.ui.profile_dialog import ProfileDialog
from smartpay_desk.ui.tab_registry import TABS
from smartpay_desk.ui.tabs.activity import ActivityTab
from smartpay_desk.ui.tabs.approvals import ApprovalsTab
from smartpay_desk.ui.tabs.reports import ReportsTab
from smartpay_desk.ui.tabs.triage import TriageTab
from smartpay_desk.ui.widgets.confirm import ConfirmDialog, warning


def accessible_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name) if face is not None else ""


def accessible_description(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Description) if face is not None else ""


def where(widget: QWidget) -> str:
    """A nameless control, said so that a person can find it: its class, object name and its ancestors'."""
    chain, parent = [], widget.parentWidget()
    while parent is not None and len(chain) < 4:
        chain.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    return f"{type(widget).__name__} {widget.objectName()!r} in {' < '.join(chain)}"


def inner_part(widget: QWidget) -> bool:
    """A part Qt builds inside a composite control: a combo box's pop-up list, a spin or date box's line edit. A
    screen reader meets the control itself (named), never the part on its own: the line edit hands its focus to
    the box, the pop-up is the combo's."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def focusable(root: QWidget) -> list[QWidget]:
    """Every control under `root` (itself included) that can take the keyboard focus, shown or not."""
    widgets = [root, *root.findChildren(QWidget)]
    return [w for w in widgets if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not inner_part(w)]


def nameless(root: QWidget) -> list[str]:
    return [where(w) for w in focusable(root) if not accessible_name(w).strip()]


def whole_window(qtbot: Any, main_window: MainWindow) -> MainWindow:
    with qtbot.waitSignal(main_window.settled, timeout=30_000):
        main_window.build_remaining_tabs()
    assert len(main_window.pages) == len(TABS)
    return main_window


def test_every_focusable_control_of_every_tab_has_a_name(qtbot: Any, main_window: MainWindow) -> None:
    window = whole_window(qtbot, main_window)
    controls = focusable(window)
    assert len(controls) > 150  # the walk went through all ten tabs, not a placeholder
    for page in window.pages.values():
        assert focusable(page), f"{type(page).__name__} has no control"
    missing = nameless(window)
    assert not missing, "no accessible name:\n" + "\n".join(missing)


def test_the_dialogs_name_every_control(qtbot: Any, main_window: MainWindow, desk_session: Any) -> None:
    profiles = ProfileDialog(main_window, desk_session.ctx, desk_session)
    qtbot.addWidget(profiles)
    about = AboutDialog(desk_session.ctx.data_dir or "", main_window)
    qtbot.addWidget(about)
    batch = BatchDialog(desk_session.ctx, "payout")
    qtbot.addWidget(batch)
    confirm = ConfirmDialog(main_window, "Send this payout?", ["Amount: €5.00", warning("Sent twice?")], "€5.00",
                            production=True, profile_name="Live")  # fmt: skip
    qtbot.addWidget(confirm)
    for dialog in (profiles, about, batch, confirm):
        assert focusable(dialog), f"{type(dialog).__name__}: nothing to walk"
        missing = nameless(dialog)
        assert not missing, f"{type(dialog).__name__}, no accessible name:\n" + "\n".join(missing)
    qtbot.waitUntil(lambda: desk_session.ctx.runner.active_count() == 0, timeout=10_000)


def test_the_lists_controls_say_what_they_are(qtbot: Any, main_window: MainWindow) -> None:
    window = whole_window(qtbot, main_window)
    activity, reports = window.page(ActivityTab), window.page(ReportsTab)
    approvals, triage = window.page(ApprovalsTab), window.page(TriageTab)
    assert accessible_name(activity.search) == "Search the activity"
    # a combo box's accessible name on Linux is its current text (its label is a relation): the name is kept too
    assert activity.kind_combo.accessibleName() == "Kind" and activity.state_combo.accessibleName() == "State"
    assert accessible_name(activity.review.note) == "What you verified"
    assert reports.type_combo.accessibleName() == "Type" and reports.status_combo.accessibleName() == "Status"
    assert accessible_name(reports.viewer.search) == "Filter rows"
    assert accessible_name(reports.viewer.from_edit) == "Created from"
    assert accessible_name(approvals.view) == "Requests" and accessible_name(triage.view) == "What needs attention"
    assert window.profile_box.accessibleName() == "Profile" and accessible_name(window.profile_box)
    # a label's mnemonic leads to its field: the buddy is the control a screen reader names with it
    buddies = {label.text(): label.buddy() for label in activity.findChildren(type(activity.count_label))}
    assert buddies["&Kind"] is activity.kind_combo and buddies["Fr&om"] is activity.from_edit


def test_the_outcome_panels_describe_what_they_show(qtbot: Any, desk_ctx: Any) -> None:
    tab = ActivityTab(desk_ctx)
    qtbot.addWidget(tab)
    tab.message.error("The journal could not be read.")
    assert "The journal could not be read." in accessible_name(tab.message) + accessible_description(tab.message)
    tab.message.success("Exported 3 entries.")
    said = accessible_name(tab.message) + accessible_description(tab.message)
    assert "Exported 3 entries." in said and "could not be read" not in said
    qtbot.waitUntil(lambda: desk_ctx.runner.active_count() == 0, timeout=10_000)


def test_the_review_box_and_the_list_of_what_needs_attention_are_described(qtbot: Any, desk_ctx: Any) -> None:
    journal = desk_ctx.journal
    entry = journal.record_intent(
        kind="refund", order_id="a11y-1", profile="Sandbox", environment="sandbox", amount=1500, currency="EUR",
        request={"order_id": "a11y-1"}, operator="night",
    )  # fmt: skip
    journal.update(entry.id, "sent", note="")
    journal.update(entry.id, "needs_review", note="no answer came back")
    activity = ActivityTab(desk_ctx)
    qtbot.addWidget(activity)
    activity.show_entry(entry.id)
    qtbot.waitUntil(lambda: activity.review.entry is not None, timeout=10_000)
    assert "could not learn whether the refund of €15.00" in accessible_description(activity.review)
    triage = TriageTab(desk_ctx)
    qtbot.addWidget(triage)
    triage.refresh()
    qtbot.waitUntil(lambda: triage.model.rowCount() >= 1, timeout=10_000)
    said = accessible_description(triage.view)
    assert said == triage.count_label.text() and "a person" in said
    qtbot.waitUntil(lambda: desk_ctx.runner.active_count() == 0, timeout=10_000)


def test_the_banner_tells_a_screen_reader_once_it_is_on_screen(qtbot: Any, monkeypatch: Any) -> None:
    """A banner named before the first paint has nobody to tell (and QAccessible is not built for it then); once
    shown, each change of environment is said, with its words as the description."""
    from smartpay_desk.ui.widgets.banner import EnvironmentBanner

    told: list[tuple[QWidget, QAccessible.Event]] = []
    monkeypatch.setattr(QAccessible, "updateAccessibility", lambda event: told.append((event.object(), event.type())))
    banner = EnvironmentBanner()
    qtbot.addWidget(banner)
    banner.set_environment("production", "Live")
    assert told == []
    banner.show()
    qtbot.waitExposed(banner)
    banner.set_environment("test", "Staging")
    assert told == [(banner, QAccessible.Event.DescriptionChanged)]
    assert accessible_description(banner) == banner.text() and banner.text().startswith("TEST")


def test_a_screen_reader_is_told_of_a_widget_on_screen_only(qtbot: Any, monkeypatch: Any) -> None:
    """keys.describe and keys.alert, through which every widget of the desk tells a screen reader (the banner, a
    status badge, a message line, the reconciliation's title): a hidden widget keeps its description, to be read
    when it is shown, and no event is sent for it."""
    from PySide6.QtWidgets import QLabel

    from smartpay_desk.ui.widgets.keys import alert, describe

    told: list[tuple[QWidget, QAccessible.Event]] = []
    monkeypatch.setattr(QAccessible, "updateAccessibility", lambda event: told.append((event.object(), event.type())))
    line = QLabel("Not paid out.")
    qtbot.addWidget(line)
    describe(line, "Not paid out.")
    alert(line)
    assert told == [] and accessible_description(line) == "Not paid out."
    line.show()
    qtbot.waitExposed(line)
    describe(line, "Paid out.")
    describe(line, "Paid out.")  # the same words again: nothing changed, nothing said
    alert(line)
    assert told == [(line, QAccessible.Event.DescriptionChanged), (line, QAccessible.Event.Alert)]
