"""Qt's "save as" dialog as every export of the desk asks it: the file kinds offered, and a name typed without
a suffix given the one of the kind chosen. Tabs and windows call it from their own `ask_…_path` classmethod,
which tests replace."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ..i18n import tr


def workbook() -> tuple[str, str]:
    return tr("Excel workbook"), ".xlsx"


def csv_file() -> tuple[str, str]:
    return tr("CSV file"), ".csv"


def pdf_file() -> tuple[str, str]:
    return tr("PDF document"), ".pdf"


def ask_save_path(parent: QWidget, title: str, suggested: Path, kinds: Sequence[tuple[str, str]]) -> Path | None:
    """Where to save (None if the operator cancels): `kinds` are (words, suffix), the first the default."""
    offered = ";;".join(f"{words} (*{suffix})" for words, suffix in kinds)
    name, chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), offered)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() in {suffix for _, suffix in kinds}:
        return path
    suffix = next((s for words, s in kinds if chosen.startswith(words)), kinds[0][1])
    return path.with_name(path.name + suffix)
