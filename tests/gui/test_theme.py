"""The desk's looks (ui/theme.py): light as it always was, dark, high contrast, and the system's, followed live;
a visible focus on every control that takes the keyboard; the environment banner's meaning kept in every look;
text contrast; the user's setting kept and used at the next start."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAccessible, QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

from smartpay_desk.services.profiles.desk_settings import DeskSettings
from smartpay_desk.services.profiles.user_values import read_values
from smartpay_desk.ui import theme
from smartpay_desk.ui.app import choose_theme, make_application, parse_args
from smartpay_desk.ui.context import DeskContext
from smartpay_desk.ui.theme_tokens import DARK, HIGH_CONTRAST, LIGHT, TEXT_PAIRS, TOKENS, contrast
from smartpay_desk.ui.widgets import icons
from smartpay_desk.ui.widgets.banner import EnvironmentBanner
from smartpay_desk.ui.widgets.status_badge import StatusBadge, state_colours
from smartpay_desk.ui.worker import TaskRunner

LEFT_OVER = re.compile(r"@[A-Za-z][A-Za-z0-9-]*@")
# Every class of control that takes the keyboard, and the selector of its focus rule in the style sheet.
FOCUS_RULES = {
    "QPushButton": "QPushButton:focus",
    "QToolButton": "QToolButton:focus",
    "QLineEdit": "QLineEdit:focus",
    "QComboBox": "QComboBox:focus",
    "QSpinBox": "QSpinBox:focus",
    "QDateEdit": "QDateEdit:focus",
    "QDateTimeEdit": "QDateTimeEdit:focus",
    "QPlainTextEdit": "QPlainTextEdit:focus",
    "QTextEdit": "QTextEdit:focus",
    "QTableView": "QTableView:focus",
    "QTableWidget": "QTableWidget:focus",
    "QListView": "QListView:focus",
    "QListWidget": "QListWidget:focus",
    "QTreeView": "QTreeView:focus",
    "QTabBar": "QTabBar::tab:selected:focus",
    "QCheckBox": "QCheckBox:focus",
    "QRadioButton": "QRadioButton:focus",
}


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The desk's application look for one test (started light), then the test session's own again."""
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    make_application(theme_mode="light")
    yield qapp
    theme.uninstall()
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)


def rules(sheet: str) -> dict[str, str]:
    """Each selector of a style sheet → the declarations of its rule (comments dropped)."""
    found: dict[str, str] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)):
        for selector in selectors.split(","):
            found[selector.strip()] = found.get(selector.strip(), "") + body
    return found


def lightness(colour: QColor) -> float:
    return colour.lightnessF()


@pytest.mark.parametrize("mode", ["light", "dark", "high-contrast"])
def test_each_look_applies_its_palette_and_style_sheet(app: QApplication, mode: str) -> None:
    assert theme.apply(mode) == mode == theme.look()
    table = TOKENS[mode]
    window = app.palette().color(QPalette.ColorRole.Window)
    assert window.name() == table["window"]
    assert (lightness(window) > 0.8) if mode == "light" else (lightness(window) < 0.2)
    assert app.palette().color(QPalette.ColorRole.WindowText).name() == table["text"]
    sheet = app.styleSheet()
    assert not LEFT_OVER.findall(sheet)  # every token replaced, ICONS and CHEVRON too
    found = rules(sheet)
    assert f"background: {table['window']}" in found["QMainWindow"]
    assert f"color: {table['text']}" in found["QWidget"]
    assert f"{table['focus-line']} solid {table['focus']}" in found["QLineEdit:focus"]
    assert f"background: {table['banner-production']}" in found['QFrame#environmentBanner[environment="production"]']
    chevron = re.search(r"image: url\(([^)]+)\)", found["QComboBox::down-arrow"])
    assert chevron is not None and Path(chevron.group(1)).is_file()
    assert table["icon"] in Path(chevron.group(1)).read_text(encoding="utf-8")  # drawn in the look's ink
    assert (Path(chevron.group(1)) == icons.icon_path("chevron-down")) == (mode == "light")
    if mode != "light":  # check boxes drawn with a visible frame and a mark in the look's ink
        checked = re.search(r"image: url\(([^)]+)\)", found["QCheckBox::indicator:checked"])
        assert checked is not None and table["check-ink"] in Path(checked.group(1)).read_text(encoding="utf-8")


def test_the_light_look_is_the_desks_look_before_there_were_looks(app: QApplication) -> None:
    """Colour for colour what resources/style.qss and app.light_palette said before (a few samples)."""
    theme.apply("light")
    found = rules(app.styleSheet())
    assert "background: #f4f6f8" in found["QMainWindow"]
    assert "border: 1px solid #c3c9d1" in found["QLineEdit"] and "padding: 4px 6px" in found["QLineEdit"]
    assert "background: #1a5fb4" in found['QPushButton[primary="true"]']
    assert "selection-background-color: #d6e4f7" in found["QTableView"]
    assert "QCheckBox::indicator" not in found  # Fusion draws them, as before
    palette = app.palette()
    assert palette.color(QPalette.ColorRole.Base).name() == "#ffffff"
    assert palette.color(QPalette.ColorRole.Highlight).name() == "#1a5fb4"
    assert palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name() == "#9aa1aa"


def test_the_system_look_follows_the_systems_scheme_and_contrast_live(app: QApplication) -> None:
    changes: list[str] = []
    desk_theme = theme.install(app, "system")
    desk_theme.changed.connect(changes.append)
    assert desk_theme.follow(Qt.ColorScheme.Dark, Qt.ContrastPreference.NoPreference) == "dark"
    assert app.palette().color(QPalette.ColorRole.Window).name() == DARK["window"]
    assert desk_theme.follow(Qt.ColorScheme.Dark, Qt.ContrastPreference.HighContrast) == "high-contrast"
    assert desk_theme.follow(Qt.ColorScheme.Light, Qt.ContrastPreference.NoPreference) == "light"
    assert changes == ["dark", "high-contrast", "light"]
    assert app.palette().color(QPalette.ColorRole.Window).name() == LIGHT["window"]
    theme.apply("dark")  # a mode the person chose: the system's changes no longer move it
    assert desk_theme.follow(Qt.ColorScheme.Light, Qt.ContrastPreference.NoPreference) == "dark"
    assert theme.system_look(Qt.ColorScheme.Dark, Qt.ContrastPreference.NoPreference) == "dark"
    assert theme.system_look(Qt.ColorScheme.Unknown, Qt.ContrastPreference.NoPreference) == "light"
    assert theme.system_look(Qt.ColorScheme.Light, Qt.ContrastPreference.HighContrast) == "high-contrast"


@pytest.mark.parametrize("mode", ["light", "dark", "high-contrast"])
def test_every_control_that_takes_the_keyboard_shows_its_focus(app: QApplication, mode: str) -> None:
    theme.apply(mode)
    table = TOKENS[mode]
    found = rules(app.styleSheet())
    for cls, selector in FOCUS_RULES.items():
        assert selector in found, f"no focus rule for {cls}"
        body = found[selector]
        assert "border:" in body or "background:" in body, f"{cls}: its focus rule changes nothing visible"
    for selector in ("QLineEdit:focus", "QPushButton:focus", "QTableView:focus", "QTabBar::tab:selected:focus"):
        assert f"{table['focus-line']} solid {table['focus']}" in found[selector]
    # the focus colour stands out from what is around it (WCAG's 3:1 for a control's indicator)
    assert contrast(table["focus"], table["window"]) >= 3 and contrast(table["focus"], table["surface"]) >= 3
    if mode != "high-contrast":  # and from a field's border without focus (high contrast: white, then yellow)
        assert contrast(table["focus"], table["input-border"]) >= 3
    # a primary button's focus ring (around its own colour) stands out from the window and from its border
    assert (
        contrast(table["primary-focus"], table["window"]) >= 3
        and contrast(table["primary-focus"], table["surface"]) >= 3
    )


@pytest.mark.parametrize("mode", ["light", "dark", "high-contrast"])
def test_a_focused_field_is_drawn_with_the_focus_border(qtbot: Any, app: QApplication, mode: str) -> None:
    theme.apply(mode)
    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    first, second = QLineEdit(host), QLineEdit(host)
    column.addWidget(first)
    column.addWidget(second)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab)  # the keyboard moves the focus
    qtbot.waitUntil(second.hasFocus)
    focus = QColor(TOKENS[mode]["focus"])

    def edge_colour(edit: QLineEdit) -> QColor:
        image: QImage = edit.grab().toImage()
        return image.pixelColor(image.width() // 2, 0)

    assert edge_colour(second) == focus
    assert edge_colour(first) != focus


@pytest.mark.parametrize("mode", ["light", "dark", "high-contrast"])
def test_the_banner_keeps_its_meaning_in_every_look(qtbot: Any, app: QApplication, mode: str) -> None:
    theme.apply(mode)
    table = TOKENS[mode]
    banner = EnvironmentBanner()
    qtbot.addWidget(banner)
    banner.resize(600, 40)
    banner.show()
    for environment, token, text_token in (
        ("production", "banner-production", "banner-text"),
        ("test", "banner-test", "banner-test-text"),
        ("sandbox", "banner-sandbox", "banner-text"),
    ):
        banner.set_environment(environment, "Main")
        assert banner.text().startswith(environment.upper())  # words, so colour is never the only signal
        accessible = QAccessible.queryAccessibleInterface(banner)
        assert accessible.text(QAccessible.Text.Description) == banner.text()
        image = banner.grab().toImage()
        assert image.pixelColor(6, image.height() // 2).name() == table[token]
        assert banner.label.palette().color(QPalette.ColorRole.WindowText).name() == table[text_token]
        assert contrast(table[text_token], table[token]) >= 4.5
    red = QColor(table["banner-production"])
    assert red.red() > 2 * red.green() and red.red() > 2 * red.blue()  # Production is red in every look
    amber = QColor(table["banner-test"])
    assert amber.red() > amber.green() > amber.blue()
    blue = QColor(table["banner-sandbox"])
    assert blue.blue() > blue.red() and blue.blue() > blue.green()


@pytest.mark.parametrize("mode", ["light", "dark", "high-contrast"])
def test_text_keeps_its_contrast(mode: str) -> None:
    """Every pair of text and background: 4.5:1 (WCAG AA) in light and dark, 7:1 (AAA) in high contrast."""
    table = TOKENS[mode]
    needed = 7.0 if mode == "high-contrast" else 4.5
    poor = [
        (a, b, round(contrast(table[a], table[b]), 2)) for a, b in TEXT_PAIRS if contrast(table[a], table[b]) < needed
    ]
    assert poor == []
    if mode == "dark":  # ordinary text well above the minimum
        assert contrast(table["text"], table["window"]) >= 7 and contrast(table["text"], table["surface"]) >= 7


def test_every_look_has_every_token() -> None:
    assert set(DARK) >= set(LIGHT) and set(HIGH_CONTRAST) >= set(LIGHT)
    assert set(DARK) == set(HIGH_CONTRAST)


def test_badges_and_pills_take_the_looks_colours(qtbot: Any, app: QApplication) -> None:
    badge = StatusBadge()
    qtbot.addWidget(badge)
    badge.set_state("succeeded")
    accessible = QAccessible.queryAccessibleInterface(badge)
    assert accessible.text(QAccessible.Text.Description) == "Status: Succeeded"
    for mode in ("light", "dark", "high-contrast"):
        theme.apply(mode)  # the badge is not touched: the style sheet repaints it
        background, foreground, _border = state_colours("succeeded")
        assert (background, foreground) == (TOKENS[mode]["badge-green-bg"], TOKENS[mode]["badge-green-fg"])
        assert badge.palette().color(QPalette.ColorRole.WindowText).name() == foreground
        image = badge.grab().toImage()
        assert image.pixelColor(image.width() // 2, 2).name() == background
    assert state_colours("needs_review", "dark") == (
        DARK["badge-red-bg"],
        DARK["badge-red-fg"],
        DARK["badge-red-border"],
    )


def test_tones_of_text_follow_the_look(qtbot: Any, app: QApplication) -> None:
    label = QLabel("Refused")
    qtbot.addWidget(label)
    label.show()
    theme.set_tone(label, "error")
    for mode in ("light", "dark", "high-contrast"):
        theme.apply(mode)
        assert label.palette().color(QPalette.ColorRole.WindowText).name() == TOKENS[mode]["error"]
        assert theme.colour("error") == TOKENS[mode]["error"]
    theme.set_tone(label, None)
    assert label.palette().color(QPalette.ColorRole.WindowText).name() == HIGH_CONTRAST["text"]


def opaque_colours(icon: QIcon, size: int = 24, mode: QIcon.Mode = QIcon.Mode.Normal) -> set[str]:
    image = icon.pixmap(size, size, mode).toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_icons_are_drawn_in_the_looks_ink(app: QApplication) -> None:
    drawn = QIcon(str(icons.icon_path("send")))
    theme.apply("light")
    light = icons.icon("send").pixmap(24, 24).toImage()
    assert light == drawn.pixmap(24, 24).toImage()  # as it always was
    theme.apply("dark")
    assert opaque_colours(icons.icon("send")) == {DARK["icon"]}
    theme.apply("high-contrast")
    assert opaque_colours(icons.icon("send")) == {HIGH_CONTRAST["icon"]}
    # on a selected row (yellow): the selection's text colour
    assert opaque_colours(icons.icon("send"), mode=QIcon.Mode.Selected) == {HIGH_CONTRAST["selection-text"]}
    on_primary = icons.tinted(icons.icon("send"))  # a primary button's icon: its text colour
    assert opaque_colours(on_primary) == {HIGH_CONTRAST["primary-text"]}
    theme.apply("light")
    assert opaque_colours(on_primary) == {LIGHT["primary-text"]}


def test_an_inked_icon_answers_its_sizes_as_the_drawn_svg_does(app: QApplication) -> None:
    """InkedIconEngine leaves availableSizes and isNull to QIconEngine, and asks the SVG for actualSize (its
    aspect kept for a size that is not square): every icon of the desk answers as the SVG itself does, in every
    look and mode."""
    names = sorted(path.stem for path in icons.icon_path("send").parent.glob("*.svg"))
    assert len(names) > 20
    for look in ("light", "dark"):
        theme.apply(look)
        for name in names:
            drawn, inked = QIcon(str(icons.icon_path(name))), icons.icon(name)
            assert inked.isNull() is drawn.isNull() is False, name
            assert inked.availableSizes() == drawn.availableSizes(), name
            for size in (QSize(16, 16), QSize(20, 20), QSize(24, 24), QSize(48, 30)):
                for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Selected):
                    assert inked.actualSize(size, mode) == drawn.actualSize(size, mode), (name, size, mode)
    theme.apply("light")


def test_the_theme_menu_applies_and_keeps_the_choice(qtbot: Any, app: QApplication, tmp_path: Path) -> None:
    runner = TaskRunner()
    ctx = DeskContext(runner)
    ctx.data_dir = tmp_path
    host = QWidget()
    qtbot.addWidget(host)
    theme.apply("system")
    menu = theme.theme_menu(host, ctx)
    actions = {action.data(): action for action in menu.actions()}
    assert list(actions) == ["system", "light", "dark", "high-contrast"]
    assert actions["system"].isChecked() and not actions["dark"].isChecked()
    mnemonics = [re.search(r"&(\w)", action.text()).group(1).lower() for action in actions.values()]  # type: ignore[union-attr]
    assert len(set(mnemonics)) == 4
    actions["dark"].trigger()
    assert theme.look() == "dark" and theme.mode() == "dark"
    assert actions["dark"].isChecked()
    settings = DeskSettings(tmp_path)
    qtbot.waitUntil(lambda: settings.read().value("theme") == "dark", timeout=5000)
    actions["system"].trigger()
    qtbot.waitUntil(lambda: settings.read().value("theme") == "", timeout=5000)
    actions["high-contrast"].trigger()
    qtbot.waitUntil(lambda: settings.read().value("theme") == "high-contrast", timeout=5000)
    runner.shutdown()
    theme.apply("light")
    assert choose_theme(None, read_values(tmp_path)) == "high-contrast"  # the next start uses the setting
    assert theme.look() == "high-contrast"


def test_the_command_line_and_the_environment_come_before_the_setting(
    app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    DeskSettings(tmp_path).set("theme", "dark")
    monkeypatch.delenv(theme.ENV_THEME, raising=False)
    assert choose_theme(None, read_values(tmp_path)) == "dark"
    assert choose_theme(parse_args(["--theme", "light"]).theme, read_values(tmp_path)) == "light"
    monkeypatch.setenv(theme.ENV_THEME, "high-contrast")
    assert choose_theme(None, read_values(tmp_path)) == "high-contrast"
    monkeypatch.setenv(theme.ENV_THEME, "system")
    assert choose_theme(None, read_values(tmp_path)) == "system"
    monkeypatch.setenv(theme.ENV_THEME, "purple")  # not a mode: the setting
    assert choose_theme(None, read_values(tmp_path)) == "dark"
    with pytest.raises(SystemExit):
        parse_args(["--theme", "purple"])
    assert theme.choose(None, None) == "system"


def test_making_the_application_again_sets_its_look_again(app: QApplication) -> None:
    """A test that put its own style sheet back gets the desk's again from make_application."""
    app.setStyleSheet("")
    make_application(theme_mode="light")
    assert "QLabel#statusBadge" in app.styleSheet()


def test_the_application_keeps_a_busy_worker_from_holding_the_gil_for_a_third_of_a_frame(app: QApplication) -> None:
    """make_application sets the interpreter's switch interval (ui/app.py, GIL_SWITCH_S): the GUI thread waits at
    most 1 ms for a worker computing in Python, not Python's default 5 ms."""
    sys.setswitchinterval(0.005)
    make_application(theme_mode="light")
    assert sys.getswitchinterval() == pytest.approx(0.001)


def test_after_the_first_paint_the_system_is_followed_by_its_signals(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before the first paint "system" is a guess from the platform's palette (no Qt namespace built); settle()
    then asks the system and listens to its colour-scheme signal."""
    desk_theme = theme.install(app, "system")
    assert not desk_theme.settled and desk_theme.look == desk_theme.guess == "light"  # offscreen: a light palette
    told: list[str] = ["dark"]
    monkeypatch.setattr(theme, "system_look", lambda *_args: told[0])
    theme.settle()
    assert desk_theme.settled and theme.look() == "dark"
    told[0] = "high-contrast"
    QApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the system changed
    assert theme.look() == "high-contrast"
    theme.apply("light")
    told[0] = "dark"
    QApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # not followed: light was chosen
    assert theme.look() == "light"
    assert theme.palette_look(theme.palette("dark")) == "dark" and theme.palette_look(theme.palette("light")) == "light"
