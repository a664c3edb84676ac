"""One start-up, timed to the end of the first paint of the main window, then exit. Run by bench_startup.

    python benchmarks/startup_child.py app DATA_DIR     the desk, as `smartpay-desk --data-dir DATA_DIR`
    python benchmarks/startup_child.py bare             a bare PySide6 QMainWindow with the same 8 tabs

Prints time.monotonic() (a clock every process shares) when the first paint of the main window has been
done; the parent subtracts the moment it started this process. Nothing is imported here before the program
under test imports it: the desk is started through smartpay_desk.ui.app.main exactly as its console script
does, with one addition: an application-wide event filter, installed right after the QApplication is made,
that notes the Paint events of the main window and its children.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import Any

TABS = 8


def watch_first_paint(app: Any, is_main: Callable[[Any], bool]) -> None:
    """Note every Paint of the main window's widgets; once the first painting pass is over (the next turn
    of the event loop), print when its last Paint began (each child paints in well under a millisecond)
    and exit at once."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    state = {"last": 0.0, "armed": False}

    class Watch(QObject):
        def eventFilter(self, obj: object, event: object) -> bool:
            if event.type() == QEvent.Type.Paint and obj.isWidgetType() and is_main(obj.window()):  # type: ignore[attr-defined]
                state["last"] = time.monotonic()
                if not state["armed"]:
                    state["armed"] = True
                    QTimer.singleShot(0, done)
            return False

    def done() -> None:
        print(f"{state['last']:.6f}", flush=True)
        os._exit(0)

    watch = Watch()
    app.installEventFilter(watch)
    app._startup_watch = watch  # kept alive with the application


def run_app(data_dir: str) -> int:
    from PySide6.QtWidgets import QMainWindow

    import smartpay_desk.ui.app as desk_app

    make = desk_app.make_application

    def make_and_watch(argv: Any = None) -> Any:
        app = make(argv)
        watch_first_paint(app, lambda w: isinstance(w, QMainWindow))
        return app

    desk_app.make_application = make_and_watch
    return int(desk_app.main(["--data-dir", data_dir]))


def run_bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    watch_first_paint(app, lambda w: w is window)
    tabs = QTabWidget(window)
    for number in range(TABS):
        tabs.addTab(QWidget(tabs), f"Tab {number + 1}")
    window.setCentralWidget(tabs)
    window.resize(1280, 800)
    window.show()
    return app.exec()


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(run_app(sys.argv[2]) if sys.argv[1] == "app" else run_bare())
