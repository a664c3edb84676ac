"""Counts as the desk's locale writes them ("1,234" in English, "1.234" in German): QLocale's default, which
i18n.install sets before any window exists."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def number(value: int) -> str:
    """`value` with the locale's group separator."""
    return QLocale().toString(value)
