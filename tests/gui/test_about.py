"""The About dialog names the version and the licence of everything the desk runs on."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from smartpay_desk import __version__
from smartpay_desk.ui.about_dialog import AboutDialog


def test_about_shows_version_licences_and_lgpl_notice(main_window: Any, qtbot: Any) -> None:
    main_window.about_action.trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, AboutDialog) and w.isVisible() for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog))
    heading = dialog.findChild(object, "aboutHeading")
    assert __version__ in heading.text()
    packages = {
        dialog.table.item(r, 0).text().lower(): dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())
    }
    assert "pyside6-essentials" in packages or "pyside6_essentials" in packages
    assert any("LGPL" in lic or "Lesser" in lic for lic in packages.values())
    assert "httpx" in packages
    dialog.close()
