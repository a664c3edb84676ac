"""Write the bundle's licenses/ folder: every runtime dependency's licence files, Python's, and the LGPL notice.

Called by the PyInstaller spec once the onedir bundle is collected (so a plain `pyinstaller` run on Windows or
macOS gets it too), and runnable alone with the package installed:  .venv/bin/python packaging/collect_licenses.py DIR

    licenses/
      README.txt                   the list (name, version, licence), the LGPL notice, where the sources are
      Python-3.11.x/LICENSE.txt    the interpreter inside the bundle
      PySide6_Essentials-6.x/      LGPL-3.0.txt and GPL-3.0.txt (the wheels carry no licence file)
      <name>-<version>/...         each dependency's own LICENSE / COPYING / NOTICE files
"""

from __future__ import annotations

import platform
import re
import shutil
import sys
from importlib import metadata
from pathlib import Path

from smartpay_desk.bundled_licenses import (
    APP_DISTRIBUTION,
    LGPL_NOTICE,
    canonical,
    licence_of,
    runtime_distributions,
)

HERE = Path(__file__).resolve().parent

_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
_QT_DISTRIBUTIONS = {"pyside6-essentials", "pyside6", "pyside6-addons", "shiboken6"}
_GNU_TEXTS = ("LGPL-3.0.txt", "GPL-3.0.txt")

SOURCES = """\
Where to get the source code of the LGPL parts
-----------------------------------------------
Qt for Python (PySide6, shiboken6) {pyside}: https://download.qt.io/official_releases/QtForPython/
  and the git repository https://code.qt.io/cgit/pyside/pyside-setup.git (tag v{pyside}).
Qt {pyside} itself: https://download.qt.io/official_releases/qt/ (qt-everywhere-src) and https://code.qt.io/.
The Qt and PySide6 shared libraries are the unmodified binaries of the PySide6 wheels from PyPI; they sit as
separate files in _internal/PySide6/ (Linux, Windows) or Contents/Frameworks/PySide6/ (macOS) and can be replaced
by your own build of the same version. On request the publisher of SmartPay Desk provides the same source code.
"""


def _licence_files(dist: metadata.Distribution) -> list[tuple[Path, str]]:
    """(source path, name in the target folder) of the distribution's licence files."""
    found: list[tuple[Path, str]] = []
    for file in dist.files or []:
        if file.suffix in {".py", ".pyc", ".pyi"} or not _LICENCE_FILE.search(file.name):
            continue
        source = Path(str(dist.locate_file(file)))
        if source.is_file():
            name = file.name if not any(n == file.name for _, n in found) else f"{file.parent.name}-{file.name}"
            found.append((source, name))
    return found


def write_licenses(target: Path) -> list[str]:
    """Fill `target` (created, emptied first); returns the folder names written, one per component."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    written: list[str] = []
    rows: list[tuple[str, str, str]] = []

    python_dir = target / f"Python-{platform.python_version()}"
    python_dir.mkdir()
    python_licence = Path(sys.base_prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (python_licence / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"):
        if candidate.is_file():
            shutil.copyfile(candidate, python_dir / "LICENSE.txt")
            break
    written.append(python_dir.name)
    rows.append(("Python", platform.python_version(), "PSF-2.0"))

    pyside_version = "?"
    for dist in runtime_distributions():
        name, version = dist.metadata["Name"], dist.version
        folder = target / f"{name}-{version}"
        folder.mkdir()
        for source, dest_name in _licence_files(dist):
            shutil.copyfile(source, folder / dest_name)
        if canonical(name) in _QT_DISTRIBUTIONS:
            pyside_version = version
            for text in _GNU_TEXTS:
                shutil.copyfile(HERE / "licenses" / text, folder / text)
        if not any(folder.iterdir()):
            (folder / "LICENSE-NOTE.txt").write_text(
                f"{name} {version} ships no licence file in its wheel; its metadata says: {licence_of(dist)}.\n"
                f"See https://pypi.org/project/{name}/{version}/ for the project's licence.\n",
                encoding="utf-8",
            )
        written.append(folder.name)
        rows.append((name, version, licence_of(dist)))

    try:
        app_version = metadata.version(APP_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        app_version = "?"
    width = max(len(r[0]) for r in rows)
    table = "\n".join(f"  {n:<{width}}  {v:<18} {lic}" for n, v, lic in sorted(rows, key=lambda r: r[0].lower()))
    (target / "README.txt").write_text(
        f"SmartPay Desk {app_version}: third-party software in this bundle\n"
        f"{'=' * 60}\n\n{table}\n\n{LGPL_NOTICE}\n\n{SOURCES.format(pyside=pyside_version)}",
        encoding="utf-8",
    )
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: collect_licenses.py TARGET_DIR")
    for folder in write_licenses(Path(sys.argv[1])):
        print(folder)
