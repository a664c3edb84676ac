"""The third-party packages the desk runs on, with their licences, for the About dialog (Qt-free).

Everything comes from the installed package metadata (importlib.metadata): the runtime dependency closure of
``smartpay-desk`` (its requirements, their requirements, …, never the test or packaging extras). The PyInstaller
spec (packaging/smartpay-desk.spec) copies the same closure's metadata and licence files into the bundle, so the
list is the same in the bundle as in a source checkout.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import metadata

APP_DISTRIBUTION = "smartpay-desk"

LGPL_NOTICE = (
    "SmartPay Desk uses Qt for Python (PySide6 and shiboken6) and Qt under the GNU Lesser General Public "
    "License v3. They are shipped as separate shared libraries in the application folder, which you may replace "
    "with your own build of the same version; the licence texts are in the licenses/ folder beside the "
    "application, and the source code of Qt and Qt for Python is available from the Qt Project "
    "(code.qt.io, download.qt.io) and on request from the publisher of this application."
)

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_CLASSIFIER_PREFIXES = ("License :: OSI Approved :: ", "License :: ")


def canonical(name: str) -> str:
    """The normalised distribution name (PEP 503): 'PySide6_Essentials' -> 'pyside6-essentials'."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _applies(requirement: str) -> bool:
    """False for extras-only requirements and for environment markers that do not hold here."""
    if ";" not in requirement:
        return True
    marker = requirement.split(";", 1)[1]
    if "extra" in marker:
        return False
    try:
        from packaging.markers import Marker  # present at build time (PyInstaller needs it), not always at run time
    except ImportError:
        return True  # the caller still skips what is not installed
    return bool(Marker(marker.strip()).evaluate())


def runtime_distributions(root: str = APP_DISTRIBUTION) -> Iterator[metadata.Distribution]:
    """The installed distributions ``root`` needs at run time (``root`` excluded), each once, in walk order."""
    seen = {canonical(root)}
    try:
        pending = list(metadata.requires(root) or [])
    except metadata.PackageNotFoundError:
        return
    while pending:
        requirement = pending.pop(0)
        match = _NAME.match(requirement.strip())
        if match is None or not _applies(requirement):
            continue
        key = canonical(match.group(0))
        if key in seen:
            continue
        seen.add(key)
        try:
            dist = metadata.distribution(key)
        except metadata.PackageNotFoundError:
            continue  # a marker we could not evaluate, or a dependency this platform does not install
        pending.extend(dist.requires or [])
        yield dist


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    """A metadata field's first value, '' when absent (get_all: no KeyError, no deprecated implicit None)."""
    values = meta.get_all(name) or []
    return str(values[0]).strip() if values else ""


def licence_of(dist: metadata.Distribution) -> str:
    """A short licence name: License-Expression, a one-line License field, else the trove classifiers."""
    meta = dist.metadata
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    text = _field(meta, "License")
    if text and "\n" not in text and len(text) <= 80 and text.upper() != "UNKNOWN":
        return text
    classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License :: ")]
    names = []
    for classifier in classifiers:
        for prefix in _CLASSIFIER_PREFIXES:
            if classifier.startswith(prefix):
                names.append(classifier[len(prefix) :])
                break
    return " / ".join(names) if names else "see its licence file"


def bundled_licenses() -> list[tuple[str, str, str]]:
    """(name, version, licence) of every runtime dependency, sorted by name, e.g. ('PySide6_Essentials', …)."""
    rows = {
        canonical(dist.metadata["Name"]): (dist.metadata["Name"], dist.version, licence_of(dist))
        for dist in runtime_distributions()
    }
    return [rows[key] for key in sorted(rows)]
