"""Where resources/ (icons, style sheets, translations) is: in the source tree or inside a PyInstaller bundle.

Qt-free on purpose, so the core, the packaging and the UI can all ask the same question. The order:

1. ``$SMARTPAY_DESK_RESOURCES`` if set (a developer trying another icon set);
2. inside a PyInstaller bundle, ``<sys._MEIPASS>/resources`` (onedir: ``dist/smartpay-desk/_internal/resources``),
   a path relative to the bundle, never to the source tree it was built from;
3. otherwise the source tree's ``resources/`` beside the ``smartpay_desk`` package (an editable install).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_RESOURCES = "SMARTPAY_DESK_RESOURCES"


def resources_root() -> Path:
    """The resources/ directory this process uses (see the module docstring for the order)."""
    override = os.environ.get(ENV_RESOURCES)
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of resources/<parts...>, e.g. ``resource_path("icons", "app.svg")`` (it may not exist)."""
    return resources_root().joinpath(*parts)
