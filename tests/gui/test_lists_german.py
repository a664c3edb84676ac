"""The desk in German: the main window (menus, toolbar, tab titles, status bar), Activity, Reports and its viewer,
Approvals, Needs attention, the Profiles dialog and About, built after i18n.install("de"), show no English text
of their own: every label, button, group title, tooltip, placeholder, window title, menu, combo item and column
header is walked, and none is an English source whose German differs (words spelt alike in both, "Status",
"Version", are not English then)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QWidget,
)

from smartpay_desk.resources_path import resources_root
from smartpay_desk.ui import i18n
from smartpay_desk.ui.about_dialog import AboutDialog
from smartpay_desk.ui.main_window import MainWindow
from smartpay_desk.ui.profile_dialog import ProfileDialog
from smartpay_desk.ui.tabs.activity import ActivityTab
from smartpay_desk.ui.tabs.approvals import ApprovalsTab
from smartpay_desk.ui.tabs.reports import ReportsTab
from smartpay_desk.ui.tabs.triage import TriageTab

CATALOGUE = resources_root() / "translations" / "smartpay_desk_de.ts"
GERMAN_TOO = {"Profile"}  # German words spelt as an English source: "Profile" (plural of Profil) is German here


def english_sources() -> dict[str, str]:
    """The desk's English sources whose German differs (source → German), read from the catalogue."""
    found = {}
    for message in ET.parse(CATALOGUE).getroot().iter("message"):  # noqa: S314 - the project's own file
        source, german = message.findtext("source") or "", message.findtext("translation") or ""
        if german and german != source and source not in GERMAN_TOO:
            found[source] = german
    return found


@pytest.fixture
def german(qapp: Any) -> Iterator[str]:
    assert i18n.install("de") == "de", "no German catalogue: run scripts/translations build"
    yield "de"
    i18n.install("en")


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every static text under `root`: what a person reads, or hears from a screen reader."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, what: str, text: str) -> None:
        if text.strip():
            found.append((f"{type(widget).__name__} {widget.objectName()!r} {what}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        add(widget, "tooltip", widget.toolTip())
        add(widget, "accessible name", widget.accessibleName())
        if widget.isWindow():
            add(widget, "title", widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget, "text", widget.text())
        if isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        if isinstance(widget, QLineEdit):
            add(widget, "placeholder", widget.placeholderText())
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget, f"item {index}", widget.itemText(index))
        if isinstance(widget, QMenu):
            add(widget, "menu", widget.title())
            for action in widget.actions():
                add(widget, "action", action.text())
                add(widget, "action tip", action.toolTip())
        if isinstance(widget, QTableView) and widget.model() is not None:  # a table's column headers
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                add(widget, f"header {column}", str(header or ""))
    return found


def english_in(root: QWidget, sources: dict[str, str]) -> list[str]:
    return [f"{where}: {text!r}" for where, text in shown_texts(root) if text in sources]


def test_the_window_and_the_lists_speak_german(qtbot: Any, german: str, desk_session: Any) -> None:
    sources = english_sources()
    assert len(sources) > 400  # the catalogue is filled in
    window = MainWindow(desk_session.ctx, desk_session)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    with qtbot.waitSignal(window.settled, timeout=30_000):
        window.build_remaining_tabs()
    mine = [window.page(cls) for cls in (ActivityTab, ReportsTab, ApprovalsTab, TriageTab)]
    for page in mine:
        page.show()  # an Approvals tab shows its words for a profile of its own journal once shown
    qtbot.waitUntil(lambda: window.page(ApprovalsTab).no_team.isVisibleTo(window.page(ApprovalsTab)), timeout=5000)
    qtbot.waitUntil(lambda: desk_session.ctx.runner.active_count() == 0, timeout=15_000)

    english = english_in(window.menuBar(), sources) + english_in(window.toolbar, sources)
    for page in mine:
        english += english_in(page, sources)
    english += [f"tab {i}: {window.tabs.tabText(i)!r}" for i in range(window.tabs.count())
                if window.tabs.tabText(i).replace("&&", "&") in sources]  # fmt: skip
    english += [f"status bar: {window.where_label.text()!r}"] if "Account:" in window.where_label.text() else []
    assert not english, "English on the German desk:\n" + "\n".join(english)

    menus = window.menus
    assert [m.title() for m in (menus.file_menu, menus.view_menu, menus.help_menu)] == ["&Datei", "&Ansicht", "&Hilfe"]
    assert [window.tabs.tabText(i) for i in (6, 7, 8, 9)] == ["Berichte", "Aktivität", "Freigaben", "Zu prüfen"]
    activity = window.page(ActivityTab)
    assert activity.model.headerData(3, Qt.Orientation.Horizontal) == "Bestellnummer"
    assert (
        activity.refresh_button.text() == "Akt&ualisieren"
        and activity.search.accessibleName() == "Aktivität durchsuchen"
    )
    reports = window.page(ReportsTab)
    assert (
        reports.export_button.text() == "E&xportieren…" and reports.viewer.file_label.text() == "Kein Bericht geöffnet"
    )
    assert "Konto:" in window.where_label.text()


def test_the_dialogs_speak_german(qtbot: Any, german: str, desk_session: Any) -> None:
    sources = english_sources()
    profiles = ProfileDialog(None, desk_session.ctx, desk_session)
    qtbot.addWidget(profiles)
    about = AboutDialog(desk_session.ctx.data_dir or "", None)
    qtbot.addWidget(about)
    english = english_in(profiles, sources) + english_in(about, sources)
    assert not english, "English on the German dialogs:\n" + "\n".join(english)
    assert profiles.windowTitle() == "Profile" and profiles.save_button.text() == "&Speichern"
    assert about.windowTitle() == "Über SmartPay Desk"
    about_headers = [about.table.horizontalHeaderItem(c).text() for c in range(3)]
    assert about_headers == ["Paket", "Version", "Lizenz"]
    qtbot.waitUntil(lambda: desk_session.ctx.runner.active_count() == 0, timeout=10_000)


def test_money_and_counts_follow_the_german_locale(german: str) -> None:
    from smartpay_desk.ui.numbers import number
    from smartpay_desk.ui.report_viewer.words import rows_words

    assert i18n.money(123450, "EUR") == "1.234,50\xa0€"
    assert number(12345) == "12.345"
    assert rows_words(3, 12345, False) == "3 von 12.345 Zeilen"
