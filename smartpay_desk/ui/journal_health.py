"""What the journal's check at start found, told plainly above the tabs, and the operator's acknowledgement.

Each time a profile's session comes in front, the journal has already been checked (services/journal/health.py,
in the session's worker). Nothing to tell: the bar stays hidden. Damage not yet acknowledged: the bar stays
red while money-moving actions are refused (the journal store refuses them itself; lookups and reports
still work), with "Acknowledge…" asking what the operator verified; the acknowledgement is journalled and
sealed in a worker, and the bar says what it now stands at. A notice (no keyring, so an unkeyed chain; damage
acknowledged earlier) is shown in amber and can be hidden.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QInputDialog, QLabel, QPushButton, QWidget

from .worker import Call

if TYPE_CHECKING:
    from ..services.journal.verdict import Health
    from .context import DeskContext

DAMAGED_STYLE = "background: #fde2e1; color: #7a1212; border: 1px solid #d93025; border-radius: 4px;"
NOTICE_STYLE = "background: #fff4d6; color: #5c4400; border: 1px solid #e0a800; border-radius: 4px;"
ASK_TITLE = "Acknowledge the journal's damage"
ASK_TEXT = (
    "Money-moving actions wait until a person acknowledges what the check found.\n"
    "Say what you verified (for example: the gateway's report of the last days matches), in a few words:"
)


class JournalHealthBar(QFrame):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("journalHealth")
        self.setAccessibleName("Journal check")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAccessibleName("What the journal's check found")
        row.addWidget(self.text, 1)
        self.acknowledge_button = QPushButton("Acknowledge…", self)
        self.acknowledge_button.setToolTip("Record what you verified; money may move again once it is journalled")
        self.acknowledge_button.clicked.connect(self.acknowledge)
        row.addWidget(self.acknowledge_button)
        self.hide_button = QPushButton("Hide", self)
        self.hide_button.setToolTip("Hide this notice (it is shown again at the next start)")
        self.hide_button.clicked.connect(self.hide)
        row.addWidget(self.hide_button)
        self.hide()
        ctx.profile_changed.connect(self.refresh)

    def refresh(self, _profile: object = None) -> None:
        journal = self.ctx.journal
        health = getattr(journal, "health", None) if journal is not None else None
        self.show_health(health)

    def show_health(self, health: Health | None) -> None:
        if health is None or not health.worth_telling:
            self.hide()
            return
        blocked = not health.money_allowed
        self.text.setText(health.sentence)
        self.setStyleSheet(DAMAGED_STYLE if blocked else NOTICE_STYLE)
        self.acknowledge_button.setVisible(blocked)
        self.acknowledge_button.setEnabled(True)
        self.hide_button.setVisible(not blocked)
        self.setAccessibleDescription(health.sentence)
        self.show()

    @classmethod
    def ask_note(cls, parent: QWidget) -> str | None:
        """The operator's note (tests monkeypatch this); None when they cancel."""
        note, ok = QInputDialog.getText(parent, ASK_TITLE, ASK_TEXT)
        return note.strip() if ok and note.strip() else None

    def acknowledge(self) -> None:
        journal = self.ctx.journal
        if journal is None:
            return
        note = self.ask_note(self)
        if note is None:
            return
        self.acknowledge_button.setEnabled(False)
        self.ctx.runner.start(Call(journal.acknowledge, note), on_success=self._acknowledged, on_failure=self._failed)

    def _acknowledged(self, health: Health) -> None:
        self.show_health(health)
        if health.money_allowed:  # say it once, plainly, even when nothing is left worth a notice
            self.text.setText(health.sentence)
            self.setStyleSheet(NOTICE_STYLE)
            self.acknowledge_button.hide()
            self.hide_button.show()
            self.show()

    def _failed(self, exc: BaseException) -> None:
        from .messages import describe_error

        self.acknowledge_button.setEnabled(True)
        self.text.setText(f"The acknowledgement was not recorded: {describe_error(exc, reading=True)}")
