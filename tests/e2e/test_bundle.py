"""The installable bundle (packaging/): start it offscreen through the sandbox tour, and look through what it holds.

The tests marked `bundle` run only with SMARTPAY_BUNDLE=1: CI runs `packaging/build` once and they reuse its
dist/; when dist/smartpay-desk is missing or older than the sources, the fixture runs `packaging/build` itself.
The tests at the end check the packaging's own pieces (cut rules, licences, icons, resource paths) without a
bundle, in every run.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import struct
import subprocess
import tarfile
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
NAME = "smartpay-desk"


def needs_bundle(test: Any) -> Any:
    """Marks a test `bundle`: skipped unless SMARTPAY_BUNDLE=1, with room for one build."""
    for mark in (
        pytest.mark.bundle,
        pytest.mark.skipif(
            os.environ.get("SMARTPAY_BUNDLE") != "1",
            reason="the bundle is built and tested only with SMARTPAY_BUNDLE=1 (CI runs packaging/build once)",
        ),
        pytest.mark.timeout(600),
    ):
        test = mark(test)
    return test


# Module paths (a/b/c) that must not be in the bundle, in its folder or inside its Python archive.
FORBIDDEN = re.compile(
    r"(^|/)(tests?|_?pytest|pytestqt|hypothesis|mypy|mypyc|ruff|pip|setuptools|pkg_resources|PyInstaller)"
    r"(/|$|-[0-9][^/]*\.dist-info)"
)
QT_LIBS_ALLOWED = {"Core", "Gui", "Widgets", "Svg", "DBus", "OpenGL", "XcbQpa", "WaylandClient"}
PLATFORMS_ALLOWED = {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"}
SECRET = re.compile(rb"(?<![\w.-])qwerty(?![\w.-])")  # a value, not a file name such as to-qwerty.py
CONFIG_SUFFIXES = {".json", ".ini", ".cfg", ".conf", ".toml", ".yaml", ".yml", ".env", ".qss", ".xml", ".plist"}


def _newest_source() -> float:
    files = [ROOT / "pyproject.toml"]
    for folder, pattern in (("smartpay_desk", "*.py"), ("resources", "*"), ("packaging", "*")):
        files += [p for p in (ROOT / folder).rglob(pattern) if p.is_file() and "__pycache__" not in p.parts]
    return max(p.stat().st_mtime for p in files)


@pytest.fixture(scope="module")
def bundle() -> Path:
    """dist/smartpay-desk, built by `packaging/build` unless an up-to-date one is there already."""
    exe = DIST / NAME / NAME
    if not exe.is_file() or exe.stat().st_mtime < _newest_source():
        done = subprocess.run(
            [str(ROOT / "packaging" / "build")], cwd=ROOT, capture_output=True, text=True, timeout=540, check=False
        )
        if done.returncode != 0:
            pytest.fail(f"packaging/build failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    assert exe.is_file() and os.access(exe, os.X_OK)
    return DIST / NAME


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SMARTPAY_DESK_", "PYTHON"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp / "config"),
        XDG_CACHE_HOME=str(tmp / "cache"),
    )
    return env


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def _copy_elsewhere(bundle: Path, target: Path) -> Path:
    """A copy of the bundle far from the source tree (hard links where the file system allows)."""

    def link_or_copy(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(bundle, target, symlinks=True, copy_function=link_or_copy)
    return target


def _pyz_modules(exe: Path) -> list[str]:
    """The Python modules inside the executable's archive, as a/b/c paths."""
    from PyInstaller.archive.readers import CArchiveReader  # installed into .venv by packaging/build

    archive = CArchiveReader(str(exe))
    return [name.replace(".", "/") for name in archive.open_embedded_archive("PYZ.pyz").toc]


@needs_bundle
def test_the_bundle_plays_the_tour_offscreen_from_anywhere(bundle: Path, tmp_path: Path) -> None:
    """Moved out of the checkout, the bundle opens the embedded sandbox, paints every tab and exits 0 (in German:
    the bundle carries the catalogues, and says so on stderr when one is missing)."""
    app = _copy_elsewhere(bundle, tmp_path / "elsewhere" / NAME)
    shots, data = tmp_path / "shots", tmp_path / "data"
    done = subprocess.run(
        [str(app / NAME), "--screenshots", str(shots), "--data-dir", str(data), "--language", "de"],
        cwd=tmp_path,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    assert "Traceback" not in done.stderr, done.stderr[-4000:]
    assert "catalogue" not in done.stderr, done.stderr[-4000:]  # ui/i18n.install found the German ones
    pngs = sorted(shots.glob("*.png"))
    assert pngs, f"no screenshots in {shots}"
    for png in pngs:
        width, height = _png_size(png)
        least = (400, 200) if "again" in png.name else (400, 300)  # a confirmation dialog is shot on its own
        assert width >= least[0] and height >= least[1], f"{png.name} is {width}x{height}"
    assert (data / "desk.log").is_file()  # --data-dir was honoured
    for path in data.rglob("*"):  # profiles, journal, log, reports: the sandbox secret is in none of them
        assert not path.is_file() or not SECRET.search(path.read_bytes()), path.name


@needs_bundle
def test_the_report_reader_child_runs_inside_the_bundle(bundle: Path, tmp_path: Path) -> None:
    """The report viewer starts the bundle itself with --xlsx-reader (no `python -m` in a frozen program)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Order ID", "Status", "Amount", "Currency"])
    for n in range(25):
        sheet.append([f"order-{n}", 2, 10.5 + n, "EUR"])
    report = tmp_path / "report.xlsx"
    book.save(report)
    done = subprocess.run(
        [str(bundle / NAME), "--xlsx-reader", "--engine", "auto", str(report)],
        env=_env(tmp_path),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-3000:]
    events = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    meta = next(e for e in events if e["t"] == "meta")
    assert meta["headers"][:2] == ["Order ID", "Status"] and meta["gateway"] is True
    assert events[-1] == {"t": "end", "rows": 25}


@needs_bundle
def test_the_bundle_holds_no_tests_no_dev_tools_and_no_secrets(bundle: Path) -> None:
    files = [p.relative_to(bundle / "_internal").as_posix() for p in (bundle / "_internal").rglob("*")]
    found = [name for name in files + _pyz_modules(bundle / NAME) if FORBIDDEN.search(name)]
    assert found == []
    assert "smartpay_desk/sandbox/server" in _pyz_modules(bundle / NAME)  # the embedded sandbox is there
    data_files = [p for p in bundle.rglob("*") if p.suffix in {".db", ".sqlite", ".sqlite3", ".log"}]
    assert data_files == []
    for path in bundle.rglob("*"):
        if path.is_file() and (path.suffix.lower() in CONFIG_SUFFIXES or path.name.lower().startswith(".env")):
            assert not SECRET.search(path.read_bytes()), f"the sandbox secret in {path.relative_to(bundle)}"


@needs_bundle
def test_the_bundle_carries_only_the_qt_it_uses(bundle: Path) -> None:
    qt = bundle / "_internal" / "PySide6" / "Qt"
    libs = {m.group(1) for p in (qt / "lib").iterdir() if (m := re.match(r"libQt6(\w+)\.so", p.name))}
    assert libs <= QT_LIBS_ALLOWED, f"unexpected Qt libraries: {sorted(libs - QT_LIBS_ALLOWED)}"
    assert {"Core", "Gui", "Widgets", "Svg"} <= libs
    assert {p.name for p in (qt / "plugins" / "platforms").iterdir()} == PLATFORMS_ALLOWED
    assert sorted(p.name for p in (qt / "plugins" / "imageformats").iterdir()) == ["libqsvg.so"]
    assert sorted(p.name for p in (qt / "translations").iterdir()) == ["qtbase_de.qm"]  # German's standard buttons
    ours = sorted(p.name for p in (bundle / "_internal" / "resources" / "translations").glob("*.qm"))
    assert ours == ["smartpay_desk_de.qm"]
    assert not (qt / "qml").exists()
    assert not [p for p in bundle.rglob("*") if re.search(r"WebEngine|Quick|Qml|Multimedia|Pdf", p.name)]
    dangling = [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []


@needs_bundle
def test_resources_and_licences_are_inside_the_bundle(bundle: Path) -> None:
    from smartpay_desk.bundled_licenses import bundled_licenses

    inside = bundle / "_internal" / "resources"
    source = ROOT / "resources"
    for path in source.rglob("*"):
        if path.is_file():
            assert (inside / path.relative_to(source)).read_bytes() == path.read_bytes(), path
    licences = bundle / "licenses"
    readme = (licences / "README.txt").read_text(encoding="utf-8")
    assert "GNU Lesser General Public License" in readme and "download.qt.io" in readme
    for name, version, _licence in bundled_licenses():
        assert any((licences / f"{name}-{version}").iterdir()), name
        assert name in readme
    pyside = next(p for p in licences.iterdir() if p.name.startswith("PySide6_Essentials-"))
    assert {"LGPL-3.0.txt", "GPL-3.0.txt"} <= {p.name for p in pyside.iterdir()}


@pytest.fixture
def unpacked(bundle: Path, tmp_path: Path) -> Iterator[Path]:
    version, arch = metadata.version("smartpay-desk"), os.uname().machine
    tarball = DIST / f"{NAME}-{version}-linux-{arch}.tar.gz"
    assert tarball.is_file(), f"packaging/build made no {tarball.name}"
    with tarfile.open(tarball) as archive:
        archive.extractall(tmp_path / "unpacked", filter="data")
    yield tmp_path / "unpacked" / f"{NAME}-{version}-linux-{arch}"


@needs_bundle
def test_the_tarball_installs_into_local_and_uninstalls(unpacked: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    env = {**_env(tmp_path), "PREFIX": str(prefix), "HOME": str(tmp_path / "home")}
    done = subprocess.run([str(unpacked / "install.sh")], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr

    app_dir = prefix / "lib" / NAME
    link = prefix / "bin" / NAME
    assert link.is_symlink() and link.resolve() == (app_dir / NAME).resolve()
    desktop = prefix / "share" / "applications" / f"{NAME}.desktop"
    assert f"Exec={app_dir}/{NAME}\n" in desktop.read_text(encoding="utf-8")
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(desktop)], check=True)
    assert (prefix / "share" / "metainfo" / "com.smartpay.Desk.metainfo.xml").is_file()
    icons = prefix / "share" / "icons" / "hicolor"
    for size in (16, 32, 48, 64, 128, 256):
        assert _png_size(icons / f"{size}x{size}" / "apps" / f"{NAME}.png") == (size, size)
    assert (icons / "scalable" / "apps" / f"{NAME}.svg").is_file()

    started = subprocess.run([str(link), "--help"], env=env, capture_output=True, text=True, timeout=60, check=False)
    assert started.returncode == 0 and "--screenshots" in started.stdout, started.stderr

    done = subprocess.run([str(unpacked / "install.sh"), "--uninstall"], env=env, capture_output=True, check=False)
    assert done.returncode == 0
    assert not app_dir.exists() and not link.is_symlink() and not desktop.exists()
    assert not list(icons.rglob(f"{NAME}.*"))


# ---------------------------------------------------------------- the packaging's pieces, without a bundle


def _load(name: str) -> Any:
    """A module of packaging/ (a folder of scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_resource_path_prefers_the_override_then_the_bundle_then_the_source_tree(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from smartpay_desk import resources_path

    monkeypatch.delenv(resources_path.ENV_RESOURCES, raising=False)
    monkeypatch.delattr("sys._MEIPASS", raising=False)
    assert resources_path.resource_path("icons", "app.svg") == ROOT / "resources" / "icons" / "app.svg"
    assert resources_path.resource_path("style.qss").is_file()
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert resources_path.resource_path("style.qss") == tmp_path / "bundle" / "resources" / "style.qss"
    monkeypatch.setenv(resources_path.ENV_RESOURCES, str(tmp_path / "mine"))
    assert resources_path.resources_root() == tmp_path / "mine"


def test_bundled_licenses_lists_the_runtime_closure_and_no_dev_tools() -> None:
    from smartpay_desk.bundled_licenses import LGPL_NOTICE, bundled_licenses

    rows = bundled_licenses()
    names = {name.lower().replace("_", "-") for name, _version, _licence in rows}
    assert {"pyside6-essentials", "shiboken6", "httpx", "httpcore", "keyring", "openpyxl", "babel"} <= names
    assert {"pycountry", "phonenumbers", "email-validator", "qrcode", "platformdirs", "defusedxml"} <= names
    assert not names & {"pytest", "hypothesis", "mypy", "ruff", "pip", "setuptools", "pyinstaller", "smartpay-desk"}
    licences = {name: licence for name, _version, licence in rows}
    assert "LGPL-3.0" in licences["PySide6_Essentials"]
    assert all(version and licence for _name, version, licence in rows)
    assert "Lesser General Public License" in LGPL_NOTICE and "replace" in LGPL_NOTICE


def test_the_cut_rules_keep_the_platforms_staff_use_and_drop_the_rest() -> None:
    policy = _load("bundle_policy")
    keep = policy.keep
    for kept in ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
                 "platforms/qwindows.dll", "imageformats/libqsvg.so", "iconengines/libqsvgicon.so"):  # fmt: skip
        assert keep(f"PySide6/Qt/plugins/{kept}"), kept
    for cut in ("platforms/libqvnc.so", "platforms/libqeglfs.so", "imageformats/libqjpeg.so",
                "platformthemes/libqgtk3.so", "sqldrivers/libqsqlite.so", "tls/libqopensslbackend.so"):  # fmt: skip
        assert not keep(f"PySide6/Qt/plugins/{cut}"), cut
    assert keep("PySide6/Qt/translations/qtbase_de.qm") and not keep("PySide6/Qt/translations/qtbase_fr.qm")
    assert not keep("PySide6/Qt/translations/qt_de.qm") and not keep("PySide6/Qt/translations/qtdeclarative_de.qm")
    assert not keep("pycountry/locales/de/LC_MESSAGES/iso3166-1.mo")
    assert keep("pycountry/databases/iso4217.json") and keep("resources/icons/app.svg")
    assert keep("PySide6/Qt/lib/libQt6Gui.so.6")


def test_orphans_drops_only_what_nothing_kept_still_needs() -> None:
    policy = _load("bundle_policy")
    links = {
        "/src/libqgtk3.so": ["libgtk-3.so.0", "libQt6Gui.so.6"],
        "/src/libgtk-3.so.0": ["libcairo.so.2", "libglib-2.0.so.0"],
        "/src/libcairo.so.2": [],
        "/src/libglib-2.0.so.0": [],
        "/src/libQt6Gui.so.6": ["libglib-2.0.so.0"],
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
    }
    kept = [
        ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
        ("libglib-2.0.so.0", "/src/libglib-2.0.so.0", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
    ]
    removed = [("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY")]
    orphaned = policy.orphans(kept, removed, lambda src: links[src])
    assert sorted(entry[0] for entry in orphaned) == ["libcairo.so.2", "libgtk-3.so.0"]
    symlinks = [("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"), ("libgtk", "libgtk-3.so.0", "SYMLINK")]
    remaining, dangling = policy.without(symlinks, orphaned)
    assert remaining == symlinks[:1] and dangling == symlinks[1:]


def test_render_icons_writes_theme_pngs_and_ico_and_icns(qapp: Any, tmp_path: Path) -> None:
    icons = _load("render_icons")
    written = icons.render_all(icons.default_source(), tmp_path)
    for size in icons.THEME_SIZES:
        assert _png_size(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / "smartpay-desk.png") == (size, size)
    ico = (tmp_path / "smartpay-desk.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, len(icons.ICO_SIZES))
    icns = (tmp_path / "smartpay-desk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert len(written) == len(icons.THEME_SIZES) + 3
