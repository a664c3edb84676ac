"""Keys only, for the keyboard tests: the focus is never set by a test, it moves with the keys a clerk presses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from smartpay_desk.ui.widgets.keys import mnemonic_of

NONE = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
FRONT: list[QWidget] = []  # the window the test works in (keyboard forms: front())


def focus() -> QWidget:
    """The widget with the keyboard focus. A closed dialog hands the activation back to the window it covered, as a
    desktop's window manager does (the offscreen platform has none): the window's own focus widget is kept."""
    widget = QApplication.focusWidget()
    if widget is None and FRONT:
        FRONT[-1].activateWindow()
        for _ in range(100):
            if QApplication.focusWidget() is not None:
                break
            QTest.qWait(20)
        widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    qtbot.keyClick(focus(), key, modifier)


def type_text(qtbot: Any, text: str) -> None:
    qtbot.keyClicks(focus(), text)


def tab_to(qtbot: Any, target: QWidget, limit: int = 120) -> None:
    """Press Tab until `target` has the focus (the window's own tab order decides the way)."""
    for _ in range(limit):
        if focus() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target!r}; stuck at {focus()!r}")


def alt(qtbot: Any, widget: QAbstractButton | QLabel) -> None:
    """Press Alt + the widget's own mnemonic letter (a button is pressed, a label's field takes the focus)."""
    letter = mnemonic_of(widget.text())
    assert letter, f"{widget.text()!r} has no Alt+letter"
    press(qtbot, Qt.Key(ord(letter.upper())), ALT)
    if isinstance(widget, QAbstractButton):
        qtbot.wait(200)  # a mnemonic "animates" the click: the button is released ~100 ms later
