"""Activity's filters: the search line, state, kind, the two days and "All profiles", and what they ask the
journal for (EntryFilters). The tab lays them out and reads them; each change asks it to read the journal again.

    bar = FilterBar(tab, on_change=tab.refresh, on_typing=tab._refresh_soon)
    bar.filters(profile_name)           # EntryFilters for Journal.entries
    bar.fields                          # the input widgets, for view_state (kept per profile)
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from ...services.journal.states import KINDS, STATES
from ...services.profiles.desk_settings import zone_of
from ..i18n import tr
from ..widgets.date_edit import chosen_day, day_filter_edit
from ..widgets.keys import clear_on_escape
from ..widgets.status_badge import state_label
from .activity_model import EntryFilters, kind_words
from .view_state import form_fields

LIMIT = 5_000
ANY = "All"


class FilterBar:
    """The filter widgets (children of `parent`); not laid out here."""

    def __init__(self, parent: QWidget, on_change: Callable[[], object], on_typing: Callable[[], None]) -> None:
        self.search = QLineEdit(parent)
        self.search.setPlaceholderText(tr("Order id, customer, destination, operator or note"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.search.setToolTip(tr("Show only entries whose order id, destination, operator or note contains this, "
                                  "or whose customer's name, e-mail or card holder does"))  # fmt: skip
        self.search.setAccessibleName(tr("Search the activity"))
        self.search.textChanged.connect(on_typing)
        self.search.returnPressed.connect(on_change)  # Enter: read now, without waiting for the typing to pause
        clear_on_escape(self.search)
        self.state_combo = self._combo(parent, tr("Show only entries in this state"),
                                       [(state_label(s), s) for s in STATES], on_change)  # fmt: skip
        self.kind_combo = self._combo(parent, tr("Show only this kind of operation"),
                                      [(kind_words(k), k) for k in KINDS], on_change)  # fmt: skip
        self.from_edit = day_filter_edit(
            parent, tr("Entries made on or after this day (in the zone of “Times in”); “any” for no limit")
        )
        self.to_edit = day_filter_edit(
            parent, tr("Entries made on or before this day (in the zone of “Times in”); “any” for no limit")
        )
        self.from_edit.dateChanged.connect(on_typing)
        self.to_edit.dateChanged.connect(on_typing)
        self.all_profiles = QCheckBox(tr("&All profiles"), parent)
        self.all_profiles.setToolTip(tr("Show the entries of every profile on this computer, not only the open one"))
        self.all_profiles.toggled.connect(on_change)
        self.zone = "local"  # the days are this zone's (the views bar sets it: activity_views.py)
        self.fields = form_fields(self.search, self.state_combo, self.kind_combo, self.from_edit, self.to_edit,
                                  self.all_profiles)  # fmt: skip

    @staticmethod
    def _combo(parent: QWidget, tip: str, items: list[tuple[str, str]], on_change: Callable[[], object]) -> QComboBox:
        combo = QComboBox(parent)
        combo.addItem(tr("All"), None)
        for words, value in items:
            combo.addItem(words, value)
        combo.setToolTip(tip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.currentIndexChanged.connect(on_change)
        return combo

    def filters(self, profile: str | None) -> EntryFilters:
        """What to ask the journal for; `profile`: the one in front (None: every profile)."""
        first, last = chosen_day(self.from_edit), chosen_day(self.to_edit)
        return {
            "state": self.state_combo.currentData(),
            "kind": self.kind_combo.currentData(),
            "text": self.search.text().strip() or None,
            "since": self._moment(first, time.min) if first else None,
            "until": self._moment(last, time.max) if last else None,
            "profile": None if self.all_profiles.isChecked() else profile,
            "limit": LIMIT,
        }

    def _moment(self, day: date, clock: time) -> datetime:
        zone = zone_of(self.zone)
        return (
            datetime.combine(day, clock, tzinfo=zone) if zone is not None else datetime.combine(day, clock).astimezone()
        )
