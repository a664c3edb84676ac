"""What the desk has built when its window is first painted (ui/main_window.py, "Start-up"), started in a process
of its own as from the menu: no arguments, offscreen, on a data folder a first start created.

PySide builds each Python type the first time a module names it, and its `Qt` namespace (~100 enum types) the
first time anything uses it; what only a later action needs is named where it is used. These are facts, not
timings: the timings are benchmarks/bench_startup.py's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Run in the child: the desk started through ui/app.py's main(), and at the end of its window's first painting
# pass a line of JSON with what PySide has built by then.
CHILD = """
import gc, json, os, sys
import smartpay_desk.ui.app as desk_app

start = desk_app.Desk.start


def watched_start(desk):
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not hasattr(self, "seen"):
                self.seen = True
                QTimer.singleShot(0, report)
            return False

    def report():
        built = [
            name
            for module in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")
            for name, value in vars(sys.modules[module]).items()
            if isinstance(value, type)
        ]
        table = sys.modules["PySide6.support.feature"].pyside_feature_dict
        desk = {name: table.get(name) for name in sys.modules if name.startswith("smartpay_desk")}
        report = {"built": built, "qt_namespace": "Qt" in built, "desk_features": desk, "gc_at_paint": gc.isenabled()}
        QTimer.singleShot(300, lambda: after(report))

    def after(report):  # the first paint over: the collector runs again, what the start-up built frozen
        report.update(gc_after=gc.isenabled(), frozen=gc.get_freeze_count())
        print(json.dumps(report), flush=True)
        os._exit(0)

    desk.watch = Watch(desk.window)
    desk.window.installEventFilter(desk.watch)
    start(desk)


desk_app.Desk.start = watched_start
raise SystemExit(desk_app.main([]))
"""

# Named only by what a clerk does after the window is up: a key pressed, a dialog, a worker, a screen reader told.
LATER = {
    "QAbstractSpinBox",  # a form's Enter key on a spin box
    "QAccessible",  # a screen reader told of a change
    "QAccessibleEvent",
    "QActionGroup",  # the View menu's Language and Theme, added with the first paint
    "QDialog",  # the journal's dialogs
    "QDialogButtonBox",
    "QInputDialog",
    "QPlainTextEdit",  # a box of several lines (a note), on no first tab: a form asks Qt for its class by name
    "QProgressBar",  # a busy bar, made when the first call waits
    "QKeySequence",  # the shortcuts, added with the first paint
    "QShortcut",
    "QThread",  # the first call to the gateway
    "QTranslator",  # a language other than English
}


# The desk's modules only what comes after the first paint needs: the journal's bar (nothing to say before a
# journal is open), the profile switcher, the journal news, the other tabs, a busy bar (made when a call waits).
LATER_MODULES = {
    "smartpay_desk.ui.journal_health",
    "smartpay_desk.ui.journal_news",
    "smartpay_desk.ui.profile_switch",
    "smartpay_desk.ui.tabs.refunds",
    "smartpay_desk.ui.tabs.reports",
    "smartpay_desk.ui.widgets.busy",
}


def first_paint(data_dir: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SMARTPAY_DESK_DATA_DIR": str(data_dir)}
    env.pop("SMARTPAY_DESK_LANGUAGE", None)
    env.pop("SMARTPAY_DESK_THEME", None)
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120, check=True
    )
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def test_the_first_paint_comes_before_what_only_later_actions_need(tmp_path: Path) -> None:
    first_paint(tmp_path)  # the very first start: writes profiles.json, as on no later day
    report = first_paint(tmp_path)
    built = set(report["built"])  # type: ignore[call-overload]
    assert "QMainWindow" in built and "QTabWidget" in built  # the report does see what was built
    assert report["qt_namespace"] is False
    assert sorted(LATER & built) == []
    modules = set(report["desk_features"])  # type: ignore[call-overload]
    assert "smartpay_desk.ui.tabs.lookup" in modules and not modules & LATER_MODULES


def test_the_garbage_collector_waits_for_the_first_paint_then_runs_again(tmp_path: Path) -> None:
    first_paint(tmp_path)
    report = first_paint(tmp_path)
    assert report["gc_at_paint"] is False  # stopped by main() before PySide was imported
    assert report["gc_after"] is True and isinstance(report["frozen"], int) and report["frozen"] > 10_000


def test_pyside_is_told_the_desks_modules_select_no_feature(tmp_path: Path) -> None:
    """ui/app.py's spare_feature_scans: every module of the desk imported before the first paint is marked "no
    feature" (0) without its source being read."""
    first_paint(tmp_path)
    marks = first_paint(tmp_path)["desk_features"]
    assert isinstance(marks, dict) and len(marks) > 20
    assert {name: mark for name, mark in marks.items() if mark not in (0, None)} == {}


def test_the_entry_module_leaves_pyside_to_main() -> None:
    """`smartpay-desk` imports ui/app.py, whose main() stops the garbage collector before PySide is imported (its
    start-up makes many objects, walked again and again otherwise): importing the module must not import PySide."""
    code = "import sys, smartpay_desk.ui.app; print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "[]"


def test_the_event_classes_are_built_before_any_filter_of_ours_sees_an_event() -> None:
    """ui/app.py's build_event_types, from make_application: built inside the first event filter handed an event,
    a class whose bases were not built yet made PySide 6.11 crash (SIGSEGV) in a test run of the widgets alone."""
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from smartpay_desk.ui.app import make_application\n"
        "make_application([sys.argv[0]], theme_mode='light')\n"
        "built = {n for m in ('PySide6.QtCore', 'PySide6.QtGui', 'PySide6.QtWidgets') for n in vars(sys.modules[m])}\n"
        "print(sorted({'QTouchEvent', 'QPointerEvent', 'QInputEvent', 'QGraphicsSceneMouseEvent'} - built))\n"
        "print('QAccessibleEvent' in built)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split("\n")[:2] == ["[]", "False"]  # every event class; QAccessible's are not QEvents
