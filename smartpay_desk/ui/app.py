"""`smartpay-desk`: start the desk.

    smartpay-desk [--profile NAME] [--data-dir DIR] [--screenshots DIR] [--open FILE] [--language CODE]
                  [--theme MODE]

The data directory is --data-dir, else $SMARTPAY_DESK_DATA_DIR, else the platform's user data directory.
The look (ui/theme.py) is --theme, else $SMARTPAY_DESK_THEME, else the user's setting, else the system's.
The window is shown and painted first (with only the tab in front built); the log file, the other tabs, the
keyring, the profile's services (httpx), the embedded sandbox and the reconciliation of journal entries left
in flight all come afterwards, the slow parts in workers.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # PySide is imported by main(), once the garbage collector is stopped
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from ..services.profiles.profiles import Profile

log = logging.getLogger("smartpay_desk.ui")

DESK_HANDLER = "smartpay_desk_handler"  # marks the log handlers the desk added itself
SCAN = "_mod_uses_pyside"  # PySide's feature module: reads a module's source for the word "PySide6"
SPARED = "spares_the_desk"  # marks the scan spare_feature_scans put in its place
JSON_PARTS = ("json", "json.decoder", "json.scanner", "json.encoder", "_json")  # what `import json` brings
GIL_SWITCH_S = 0.001  # how long a busy worker may keep the GUI thread waiting for the GIL (Python's default: 5 ms)


def spare_feature_scans() -> None:
    """PySide's import hook decides, for each module name imported after PySide, whether its `__feature__`
    switching applies there, by reading that module's source for the word "PySide6" (once per name): the
    standard-library modules the desk's start-up imports again (logging, threading, typing, pathlib, json…)
    cost ~4 ms of it before the first paint, the desk's own ~30 modules ~3 ms more. Nothing selects a feature
    (no module of the desk imports `__feature__`; tests/unit/test_structure.py), so the answers are known:
    the standard-library modules loaded so far are marked up front with what the scan concludes ("ignore",
    -1), and each module of the desk, when imported, gets "no feature" (0, what the scan concludes for a
    module naming PySide6) without its source being read. PySide's internals: nothing happens if they are
    not there."""
    feature = sys.modules.get("PySide6.support.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    for name in [*JSON_PARTS, *sys.modules]:  # json: the profile store reads it before the first paint
        if name.partition(".")[0] not in ("PySide6", "shiboken6", "shibokensupport", "smartpay_desk"):
            table.setdefault(name, -1)
    scan = getattr(feature, SCAN, None)
    if callable(scan) and not getattr(scan, SPARED, False):  # once, however often this is called
        setattr(feature, SCAN, spare_the_desk(scan))


def spare_the_desk(scan: Callable[[object], object]) -> Callable[[object], bool]:
    """PySide's source scan, answering for the desk's own modules without reading them."""

    def uses_pyside(module: object) -> bool:
        return str(getattr(module, "__name__", "")).partition(".")[0] == "smartpay_desk" or bool(scan(module))

    setattr(uses_pyside, SPARED, True)
    return uses_pyside


EVENT_MODULES = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")


def build_event_types() -> None:
    """Build PySide's Python type of every Qt event class now, outside any event filter.

    PySide builds a type when it is first needed. Handed an event (an event filter, an `event()` of ours), it
    builds every event class the event might be (~60), and builds a class whose base is not built yet from
    inside the building of another. PySide 6.11 can then free an entry of the table it is walking and crash
    (SIGSEGV): two ConfirmDialogs and a turn of the event loop did it in a test run alone
    (TimeLineAnnotator/desktop#586 saw the same with QProxyStyle). Built from here, nothing walks that table.
    The desk's first event filter built these same types before its first paint anyway."""
    import importlib

    for name in EVENT_MODULES:
        module = importlib.import_module(name)
        for attr in dir(module):
            if attr.startswith("Q") and attr.endswith("Event") and not attr.startswith("QAccessible"):  # no QEvents
                getattr(module, attr)


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="smartpay-desk", description="SmartPay Desk: the back-office desk.")
    parser.add_argument("--profile", metavar="NAME", help="open this profile instead of the last one used")
    parser.add_argument("--data-dir", metavar="DIR", help="where the journal, profiles and downloads live")
    parser.add_argument(
        "--screenshots", metavar="DIR", help="play the scripted tour on the sandbox, save one PNG per tab, exit"
    )
    parser.add_argument("--open", metavar="FILE", help="open this xlsx report in the Reports tab")
    parser.add_argument(
        "--language", metavar="CODE", help="the desk's language: en or de (default: the setting, else the system's)"
    )
    parser.add_argument(
        "--theme",
        metavar="MODE",
        choices=("system", "light", "dark", "high-contrast"),
        help="the desk's look: system, light, dark or high-contrast (default: the setting, else the system's)",
    )
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    words = sys.argv[1:] if argv is None else list(argv)
    if not words:  # started from the menu: building the parser would cost ~4 ms of start-up (gettext lookups)
        return argparse.Namespace(profile=None, data_dir=None, screenshots=None, open=None, language=None, theme=None)
    return parser().parse_args(words)


def light_palette() -> QPalette:
    """The light palette (ui/theme.py), so a dark desktop does not fight the light style sheet."""
    from .theme import palette

    return palette("light")


def make_application(argv: Sequence[str] | None = None, theme_mode: str | None = None) -> QApplication:
    """The QApplication with the desk's name, icon, Fusion style, and the palette and style sheet of the look
    (`theme_mode`, else $SMARTPAY_DESK_THEME, else the system's; the Desk applies the user's setting after)."""
    from PySide6.QtWidgets import QApplication

    from . import theme
    from .widgets.icons import app_icon

    # Every call from Qt into the desk's Python (a cell's data, a slot, an event) takes the GIL. While a worker
    # computes in Python (a reconciliation, the rows coming from the report's reader), the GUI thread waits up
    # to the interpreter's switch interval for it each time: 5 ms by default, a third of a frame. At 1 ms the
    # longest frames of bench_recon and bench_stall drop by ~3-8 ms (benchmarks/RESULTS.md, 2026-12-04 evening);
    # a worker gives up a little throughput, and only while the GUI thread wants the GIL.
    sys.setswitchinterval(GIL_SWITCH_S)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):  # tests: the application is theirs; give it the desk's style
        app = existing
        from PySide6.QtWidgets import QStyleFactory

        style = QStyleFactory.create("Fusion")
        if style is not None:
            app.setStyle(style)
    else:  # Fusion named on the command line: no QStyle object crosses into Python (~7 ms of start-up)
        app = QApplication([*list(argv or sys.argv[:1]), "-style", "fusion"])
    build_event_types()  # before any event reaches a filter of ours
    app.setApplicationName("SmartPay Desk")
    app.setOrganizationName("SmartPay Desk")
    app.setApplicationDisplayName("SmartPay Desk")
    app.setDesktopFileName("smartpay-desk")
    app.setWindowIcon(app_icon())
    theme.install(app, theme.choose(theme_mode))
    return app


def setup_logging(data_dir: Path) -> list[logging.Handler]:
    """WARNING and above to stderr; INFO and above to desk.log in the data directory (rotated, 0600). Every line
    goes through the same redaction as the CLI's (api/redact.py): secrets registered when a session opens,
    Basic-auth values, CVVs and card numbers never reach a log. Returns the handlers added (none when the
    desk's logging is set up already), for `teardown_logging`."""
    root = logging.getLogger("smartpay_desk")
    if any(getattr(handler, DESK_HANDLER, False) for handler in root.handlers):
        return []
    from ..api.redact import install_log_redaction
    from ..services.profiles.logfile import private_log_handler  # ~10 ms of imports: after the first paint

    redaction = install_log_redaction()  # on the smartpay_desk, httpx and httpcore loggers, and root's handlers
    root.setLevel(logging.INFO)
    handlers: list[logging.Handler] = []
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    handlers.append(console)
    try:
        handler = private_log_handler(data_dir / "desk.log")  # 0600 from creation, each rotation too
    except OSError:
        pass
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handlers.append(handler)
    for added in handlers:
        # On the handler itself: a logger's filter sees only the records made by that very logger, not those
        # of its children (smartpay_desk.ui, smartpay_desk.services.money.sending…) passing through it.
        added.addFilter(redaction)
        setattr(added, DESK_HANDLER, True)
        root.addHandler(added)
    return handlers


def teardown_logging(handlers: list[logging.Handler]) -> None:
    """Detach and close what setup_logging added (a Desk built by a test in a long-lived process)."""
    root = logging.getLogger("smartpay_desk")
    for handler in handlers:
        root.removeHandler(handler)
        handler.close()


def collect_after_the_first_paint() -> None:
    """Called as main() begins, before PySide is imported: no cyclic garbage collection until the window is
    painted. What the start-up makes (PySide's modules and types, ours, the widgets, Qt's wrappers) lives as
    long as the desk, and the collector walked it again and again while it grew (~35 collections, ~4 ms before
    the first paint)."""
    import gc

    gc.disable()


def freeze_start_up_objects() -> None:
    """Called with the first paint, and again once every tab is built: what exists now lives as long as the
    desk (modules, classes, widgets, Qt's wrappers). gc.freeze() takes it out of the cyclic collector's sight,
    so that a full collection, which would otherwise walk all of it (13-35 ms on the GUI thread, at any
    moment, a report streaming in included), only walks what came later; the collector, stopped since main()
    began (collect_after_the_first_paint), runs again. Reference counting still frees whatever of it is
    dropped."""
    import gc

    gc.freeze()
    gc.enable()


def choose_language(asked: str | None, settings: dict[str, str]) -> str:
    """Install the desk's language (ui/i18n.py): --language, $SMARTPAY_DESK_LANGUAGE, the user's setting, the
    system's locale. Returns the language in force."""
    from . import i18n

    return i18n.install(i18n.choose(asked, settings.get(i18n.SETTING) or None))


def choose_theme(asked: str | None, settings: dict[str, str]) -> str:
    """Apply the desk's look (ui/theme.py): --theme, $SMARTPAY_DESK_THEME, the user's setting, the system's.
    Returns the mode in force; make_application applied the look without the setting, so nothing is drawn
    twice unless the setting differs."""
    from . import theme

    mode = theme.choose(asked, settings.get(theme.SETTING) or None)
    theme.apply(mode)
    return mode


class Desk:
    """The running application: context, sessions, window, and what happens after the first paint."""

    def __init__(self, args: argparse.Namespace, app: QApplication) -> None:
        from ..services.profiles.paths import data_dir
        from .context import DeskContext
        from .main_window import MainWindow
        from .session import SessionManager
        from .worker import TaskRunner

        self.args = args
        self.app = app
        self.exit_code = 0
        self._tour_dir: Path | None = None
        self._log_handlers: list[logging.Handler] = []
        if args.screenshots and not args.data_dir:  # the tour never writes into the operator's journal
            self._tour_dir = Path(tempfile.mkdtemp(prefix="smartpay-desk-tour-"))
        self.data_dir = data_dir(self._tour_dir or args.data_dir)
        from ..services.profiles.user_values import read_values  # json only: desk_settings loads after the paint

        settings = read_values(self.data_dir)  # the user's language and look, before any window
        self.language = choose_language(getattr(args, "language", None), settings)
        self.theme = choose_theme(getattr(args, "theme", None), settings)
        self.runner = TaskRunner()
        self.ctx = DeskContext(self.runner)
        self.ctx.data_dir = self.data_dir
        self.sessions = SessionManager(self.ctx, self.data_dir)
        store = self.sessions.store
        if args.screenshots:
            self.profile_name = "Sandbox" if "Sandbox" in store else (store.active or "")
        elif args.profile:
            if args.profile not in store:
                raise SystemExit(f"smartpay-desk: there is no profile named {args.profile!r}.")
            self.profile_name = args.profile
        else:
            self.profile_name = store.active or ""
        self.window = MainWindow(self.ctx, self.sessions)
        if self.profile_name:  # its banner, title and account while its services open, after the first paint
            self.window.show_opening(store.get(self.profile_name))
        app.aboutToQuit.connect(self.shutdown)

    def start(self) -> None:
        self.window.first_painted.connect(self.after_first_paint)
        self.window.show()

    def after_first_paint(self) -> None:
        # Before anything that logs (the session, the sandbox, the journal); the secret of each session is
        # added to the redaction when it opens (services/profiles/session.py).
        self._log_handlers += setup_logging(self.data_dir)
        from . import theme

        theme.settle()  # the system's look asked precisely now, and followed (nothing of it before the paint)
        self.window.build_remaining_tabs()
        if not self.profile_name:
            from .i18n import tr

            self.window.statusBar().showMessage(tr("No profile yet: add one with Profiles…."))
            self.window.edit_profiles()
            return
        self.sessions.opened.connect(self._first_open)
        self.sessions.open_failed.connect(self._first_open_failed)
        self.window.switch_profile(self.profile_name)

    def _first_open(self, profile: Profile) -> None:
        self.sessions.opened.disconnect(self._first_open)
        self.sessions.open_failed.disconnect(self._first_open_failed)
        if self.args.open:
            self.ctx.navigate.emit("open_report", Path(self.args.open))
        if self.args.screenshots:
            from .screenshots import Tour

            self.tour = Tour(self.window, Path(self.args.screenshots), on_done=self._tour_done)
            self.tour.start()

    def _first_open_failed(self, exc: BaseException) -> None:
        self.sessions.opened.disconnect(self._first_open)
        self.sessions.open_failed.disconnect(self._first_open_failed)
        if self.args.screenshots:
            log.error("the screenshot tour could not open the sandbox: %s", exc)
            self.exit_code = 1
            self.app.quit()

    def _tour_done(self, ok: bool) -> None:
        self.exit_code = 0 if ok else 1
        self.window.close()
        self.app.quit()

    def shutdown(self) -> None:
        # aboutToQuit: the window is gone, and it never waited ("Close now" leaves calls running). They are waited
        # for here, bounded by the client's deadlines, with no window to freeze, so their answers still reach the
        # journal; the services are closed once nothing uses them (main() leaves at once if a call outlives this).
        if self.runner.shutdown():
            self.sessions.close()
        teardown_logging(self._log_handlers)
        self._log_handlers = []
        if self._tour_dir is not None:
            shutil.rmtree(self._tour_dir, ignore_errors=True)
            self._tour_dir = None


def main(argv: Sequence[str] | None = None) -> int:
    collect_after_the_first_paint()  # process-wide, like these two: the program does it, not a test's Desk
    import PySide6.QtWidgets  # noqa: F401  (after the collector stopped: PySide's start-up makes many objects)

    spare_feature_scans()
    args = parse_args(argv)
    app = make_application([sys.argv[0]], theme_mode=args.theme)  # the Desk adds the user's setting
    desk = Desk(args, app)
    # Process-wide, so the program does it, not the Desk a test builds in its own long-lived process.
    desk.window.first_painted.connect(freeze_start_up_objects)
    desk.window.settled.connect(freeze_start_up_objects)
    desk.start()
    code = app.exec()
    left = desk.runner.active_count()
    if left:
        # A call outlived every deadline. Its QThread must never be destroyed while it runs (Qt aborts the whole
        # process: "QThread: Destroyed while thread is still running"), so leave without tearing Python down; the
        # journal holds the intent and the next start settles it with the gateway.
        log.error("leaving with %d call(s) still running; the next start checks them with the gateway", left)
        logging.shutdown()
        os._exit(desk.exit_code or code)
    return desk.exit_code or code


if __name__ == "__main__":
    raise SystemExit(main())
