"""The eight tabs of the main window, known without importing their modules.

The window shows every tab's title and icon at once and builds a tab (importing its module) only when it is
first shown, asked for, or navigated to: start-up pays for the tab in front only.
"""

from __future__ import annotations

import importlib
from typing import NamedTuple

from PySide6.QtWidgets import QWidget


class TabSpec(NamedTuple):  # a NamedTuple, not a dataclass: `dataclasses` is ~3 ms of start-up
    """One tab: its module in ui/tabs/, its class, and the title and icon shown before it is built."""

    module: str
    class_name: str
    title: str
    icon_name: str

    def load(self) -> type[QWidget]:
        """The tab's class (imports its module)."""
        cls: type[QWidget] = getattr(importlib.import_module(f"{__package__}.tabs.{self.module}"), self.class_name)
        return cls


TABS: tuple[TabSpec, ...] = (
    TabSpec("lookup", "LookupTab", "Lookup", "lookup"),
    TabSpec("payments", "PaymentsTab", "Payments", "payments"),
    TabSpec("authorize", "AuthorizeTab", "Authorize & capture", "authorize"),
    TabSpec("refunds", "RefundsTab", "Refunds", "refunds"),
    TabSpec("recurrent", "RecurrentTab", "Recurrent", "recurrent"),
    TabSpec("payouts", "PayoutsTab", "Payouts", "payouts"),
    TabSpec("reports", "ReportsTab", "Reports", "reports"),
    TabSpec("activity", "ActivityTab", "Activity", "activity"),
)
TAB_INDEX = {spec.module: index for index, spec in enumerate(TABS)}
# navigate name → (tab module, method to call with the value; None: the tab handles the signal itself)
NAVIGATION: dict[str, tuple[str, str | None]] = {
    "lookup": ("lookup", "prefill"),
    "refund": ("refunds", "prefill"),
    "capture": ("authorize", "prefill"),
    "cancel": ("authorize", "prefill"),
    "recurrent": ("recurrent", "prefill"),
    "open_report": ("reports", None),
}
