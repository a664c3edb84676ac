"""What goes into the SmartPay Desk bundle and what is cut: the rules the PyInstaller spec applies.

Kept apart from the spec so the rules can be read (and checked) in one place. Plain Python, no PyInstaller import.
Paths are the bundle's destination names with "/" separators, e.g. "PySide6/Qt/plugins/platforms/libqxcb.so".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# Python packages never shipped: tests, development and packaging tools, and stdlib parts a desktop app has no use
# for. PyInstaller follows imports only, so most are never reached; listing them makes a stray import fail the build
# review (a warning in build/pyinstaller/smartpay-desk/warn-smartpay-desk.txt) instead of growing the bundle.
EXCLUDED_MODULES = [
    # tests and development tools
    "pytest",
    "_pytest",
    "pytestqt",
    "pytest_timeout",
    "xdist",
    "execnet",
    "pluggy",
    "iniconfig",
    "hypothesis",
    "sortedcontainers",
    "mypy",
    "mypyc",
    "mypy_extensions",
    "ruff",
    "pygments",
    "tests",
    "benchmarks",
    # packaging tools
    "pip",
    "setuptools",
    "pkg_resources",
    "_distutils_hack",
    "distutils",
    "wheel",
    "PyInstaller",
    # standard library parts a Qt desktop application does not use
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "ensurepip",
    "venv",
    "unittest",
    "test",
    # phonenumbers' geocoding, carrier and time-zone tables (42 MB of source): the desk only parses, validates and
    # formats numbers (api/validation.py), which needs phonenumbers.data alone
    "phonenumbers.geocoder",
    "phonenumbers.geodata",
    "phonenumbers.carrier",
    "phonenumbers.carrierdata",
    "phonenumbers.timezone",
    "phonenumbers.tzdata",
    # Qt modules the desk does not use (PyInstaller collects a Qt module only when it is imported; these are
    # listed so that an accidental import shows up as a missing module, not as +100 MB)
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtPrintSupport",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtMultimedia",
    "PySide6.QtPdf",
    "PySide6.Qt3DCore",
]

# Qt plugins kept, by plugin folder, as base names without "lib" prefix and suffix (Linux, Windows and macOS names).
# A plugin folder not listed here is cut whole (eglfs and evdev input, qmltooling, sqldrivers, tls,
# networkinformation, printsupport, designer, virtual keyboard, wayland compositor, lottie vector images).
KEPT_QT_PLUGINS: dict[str, frozenset[str]] = {
    # xcb: X11 and XWayland; wayland: native Wayland sessions; offscreen: headless runs (tests, --screenshots);
    # windows/cocoa: the same spec on the other systems. Cut: eglfs, linuxfb, minimal(egl), vnc, vkkhrdisplay.
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qwindows", "qdirect2d", "qcocoa"}),
    "platforms/darwin": frozenset({"qcocoa"}),
    # OpenGL glue of the xcb plugin (without it xcb logs a warning on every start)
    "xcbglintegrations": frozenset({"qxcb-glx-integration", "qxcb-egl-integration"}),
    # what the qwayland plugin needs on a GNOME/KDE/wlroots desktop: the xdg-shell, shared-memory and EGL buffers,
    # and the fallback window decoration for compositors without server-side decorations
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-graphics-integration-client": frozenset({"qt-plugin-wayland-egl", "shm-emulation-server"}),
    "wayland-decoration-client": frozenset({"bradient", "adwaita"}),
    # SVG icons (resources/icons/*.svg); PNG/BMP/XPM are built into QtGui. Cut: gif, jpeg, tiff, webp, tga, wbmp,
    # pdf, icns, ico.
    "iconengines": frozenset({"qsvgicon"}),
    "imageformats": frozenset({"qsvg"}),
    # dead keys / compose sequences and IBus (typing names with accents, CJK input methods)
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}),
    # native file dialogs through the desktop portal (Flatpak-style sandboxes, GNOME and KDE)
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # Windows and macOS styles (the same spec on the other systems)
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"}),
}

_LINKABLE = ("BINARY", "EXTENSION")
_PLUGIN = re.compile(r"(?:^|/)Qt\d?/plugins/(?P<folder>.+)/(?P<file>[^/]+)$")
_QT_TRANSLATION = re.compile(r"(?:^|/)Qt\d?/translations/(?P<file>[^/]+\.qm)$")
KEPT_QT_TRANSLATIONS = frozenset({"qtbase_de.qm"})  # the standard dialogs' words in the desk's languages (ui/i18n)


def _stem(filename: str) -> str:
    """'libqxcb.so' -> 'qxcb', 'qwindows.dll' -> 'qwindows', 'libqcocoa.dylib' -> 'qcocoa'."""
    stem = filename.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep(dest: str) -> bool:
    """Whether a file PyInstaller collected (destination name) stays in the bundle."""
    dest = dest.replace("\\", "/")
    plugin = _PLUGIN.search(dest)
    if plugin is not None:
        kept = KEPT_QT_PLUGINS.get(plugin.group("folder"))
        return kept is not None and _stem(plugin.group("file")) in kept
    translation = _QT_TRANSLATION.search(dest)
    if translation is not None:  # Qt's own words only in the desk's other languages (its own are in resources/)
        return translation.group("file") in KEPT_QT_TRANSLATIONS
    if dest.startswith("pycountry/locales/"):
        return False  # pycountry's gettext translations of country names (22 MB); the desk uses the codes only
    return not dest.startswith(("PySide6/Qt/qml/", "PySide6/Qt/metatypes/", "PySide6/typesystems/"))


def cut(entries: Iterable[tuple[str, str, str]]) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """Split PyInstaller TOC entries (dest, src, typecode) into those kept and those cut by `keep`."""
    kept: list[tuple[str, str, str]] = []
    removed: list[tuple[str, str, str]] = []
    for entry in entries:
        (kept if keep(entry[0]) else removed).append(entry)
    return kept, removed


def _basename(path: str) -> str:
    """'PySide6/Qt/lib/libQt6Gui.so.6' -> 'libqt6gui.so.6' (lower case: Windows names differ in case)."""
    return path.replace("\\", "/").rsplit("/", 1)[-1].lower()


def orphans(
    kept: list[tuple[str, str, str]],
    removed: list[tuple[str, str, str]],
    imports: Callable[[str], Iterable[str]],
) -> list[tuple[str, str, str]]:
    """The kept binaries that only cut plugins needed (e.g. GTK 3 for the gtk3 theme, QtNetwork for vnc).

    `imports(src)` names the shared libraries a binary links (PyInstaller's bindepend). A library reached from a
    cut plugin is dropped unless something that no cut plugin reaches still needs it, directly or not.
    """
    by_name = {_basename(entry[0]): entry for entry in kept if entry[2] in _LINKABLE}
    links: dict[str, set[str]] = {}

    def deps(name: str) -> set[str]:
        if name not in links:
            links[name] = {_basename(n) for n in imports(by_name[name][1])} & by_name.keys()
        return links[name]

    def closure(start: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        todo = [n for n in start if n in by_name]
        while todo:
            name = todo.pop()
            if name not in seen:
                seen.add(name)
                todo.extend(deps(name))
        return seen

    reached_from_cut: set[str] = set()
    for entry in removed:
        if entry[2] not in _LINKABLE:
            continue
        reached_from_cut |= closure({_basename(n) for n in imports(entry[1])})
    still_needed = closure(name for name in by_name if name not in reached_from_cut)
    return [by_name[name] for name in sorted(reached_from_cut - still_needed)]


def without(
    entries: Iterable[tuple[str, str, str]], dropped: Iterable[tuple[str, str, str]]
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """`entries` less `dropped` and less the symbolic links that pointed at them (PyInstaller links a library
    kept in a subfolder, e.g. PySide6/Qt/lib/libQt6Network.so.6, from the top folder)."""
    gone = {entry[0].replace("\\", "/") for entry in dropped}
    kept: list[tuple[str, str, str]] = []
    removed: list[tuple[str, str, str]] = []
    for entry in entries:
        dest = entry[0].replace("\\", "/")
        target = entry[1].replace("\\", "/") if entry[2] == "SYMLINK" else None
        if dest in gone or (target is not None and _resolve(dest, target) in gone):
            removed.append(entry)
        else:
            kept.append(entry)
    return kept, removed


def _resolve(dest: str, target: str) -> str:
    """The bundle path a relative symbolic link at `dest` points to."""
    parts = dest.split("/")[:-1]
    for part in target.split("/"):
        if part == "..":
            parts = parts[:-1]
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)
