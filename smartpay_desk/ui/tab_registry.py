"""The ten tabs of the main window, known without importing their modules.

The window shows every tab's title and icon at once and builds a tab (importing its module) only when it is
first shown, asked for, or navigated to: start-up pays for the tab in front only.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple, cast

from PySide6.QtWidgets import QWidget

from .i18n import tr

if TYPE_CHECKING:
    from .context import DeskContext


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

    @property
    def shown_title(self) -> str:
        """The title in the desk's language (`title` stays the English source the tab classes also carry)."""
        return tab_titles().get(self.module, self.title)

    def build(self, ctx: DeskContext, parent: QWidget | None = None) -> QWidget:
        """The tab, built on `ctx` (every tab's class is built as `Tab(ctx, parent)`). Built in its window (the
        main window's tab widget as `parent`), it gives its buttons their Alt+letters once, knowing the window's
        (widgets/keys.py); built alone, again when it is put in one."""
        return cast("Callable[[DeskContext, QWidget | None], QWidget]", self.load())(ctx, parent)


TABS: tuple[TabSpec, ...] = (
    TabSpec("lookup", "LookupTab", "Lookup", "lookup"),
    TabSpec("payments", "PaymentsTab", "Payments", "payments"),
    TabSpec("authorize", "AuthorizeTab", "Authorize & capture", "authorize"),
    TabSpec("refunds", "RefundsTab", "Refunds", "refunds"),
    TabSpec("recurrent", "RecurrentTab", "Recurrent", "recurrent"),
    TabSpec("payouts", "PayoutsTab", "Payouts", "payouts"),
    TabSpec("reports", "ReportsTab", "Reports", "reports"),
    TabSpec("activity", "ActivityTab", "Activity", "activity"),
    TabSpec("approvals", "ApprovalsTab", "Approvals", "approvals"),
    TabSpec("triage", "TriageTab", "Needs attention", "attention"),  # no Ctrl+number: the tenth
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
    "activity": ("activity", "show_entry"),  # a journal entry id: selected, e.g. to settle a review
    "approvals": ("approvals", "show_request"),  # a team's request for a second person, by id
    "triage": ("triage", "show_items"),  # what needs a person (the status bar's count)
}


def tab_titles() -> dict[str, str]:
    """Each tab's title in the desk's language, by module: built when asked, after the translator is installed
    (literal tr() calls, so pyside6-lupdate finds them)."""
    return {
        "lookup": tr("Lookup"),
        "payments": tr("Payments"),
        "authorize": tr("Authorize & capture"),
        "refunds": tr("Refunds"),
        "recurrent": tr("Recurrent"),
        "payouts": tr("Payouts"),
        "reports": tr("Reports"),
        "activity": tr("Activity"),
        "approvals": tr("Approvals"),
        "triage": tr("Needs attention"),
    }
