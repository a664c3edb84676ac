"""One start-up, timed to the end of the first paint of the main window, then exit. Run by bench_startup.

    python benchmarks/startup_child.py app DATA_DIR     the desk, as `smartpay-desk` started from the menu
                                                        (no arguments; $SMARTPAY_DESK_DATA_DIR=DATA_DIR)
    python benchmarks/startup_child.py bare             a bare PySide6 QMainWindow with the same 9 tabs

Prints time.monotonic() (a clock every process shares) when the first paint of the main window has been
done (the parent subtracts the moment it started this process), and 1 or 0: whether PySide6's `Qt`
namespace had been built before that paint (see ui/main_window.py, "Start-up"). Nothing is imported here
before the program under test imports it: the desk is started through smartpay_desk.ui.app.main exactly as
its console script does, with one addition: an event filter on the main window alone, installed just before
it is shown, that notes its first Paint event. (An application-wide filter would see every event of every
object, and PySide would build a Python wrapper, and its type, for each internal widget it is handed: a
cost of the measurement, not of either program, and larger the more widgets a window has.)
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

TABS = 9


def watch_first_paint(window: Any) -> None:
    """Note the first Paint of `window`; once that painting pass is over (the next turn of the event loop:
    the window's children are painted in the same pass), print the moment it began and exit at once."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    state = {"first": 0.0, "qt_namespace": False}

    class Watch(QObject):
        def eventFilter(self, obj: object, event: object) -> bool:
            if not state["first"] and event.type() == QEvent.Type.Paint:  # type: ignore[attr-defined]
                state["first"] = time.monotonic()
                # Has anything built PySide6's Qt namespace (~100 enum types, ~25 ms) before this paint?
                state["qt_namespace"] = "Qt" in vars(sys.modules["PySide6.QtCore"])
                QTimer.singleShot(0, done)
            return False

    def done() -> None:
        print(f"{time.monotonic():.6f} {int(state['qt_namespace'])}", flush=True)
        os._exit(0)

    watch = Watch(window)
    window.installEventFilter(watch)


def run_app(data_dir: str) -> int:
    import smartpay_desk.ui.app as desk_app

    start = desk_app.Desk.start

    def watch_and_start(desk: Any) -> None:
        watch_first_paint(desk.window)
        start(desk)

    desk_app.Desk.start = watch_and_start  # type: ignore[method-assign]
    os.environ["SMARTPAY_DESK_DATA_DIR"] = data_dir  # no --data-dir: started as from the menu, no arguments
    return int(desk_app.main([]))


def run_bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget(window)
    for number in range(TABS):
        tabs.addTab(QWidget(tabs), f"Tab {number + 1}")
    window.setCentralWidget(tabs)
    window.resize(1280, 800)
    watch_first_paint(window)
    window.show()
    return app.exec()


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(run_app(sys.argv[2]) if sys.argv[1] == "app" else run_bare())
