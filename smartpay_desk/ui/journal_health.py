"""What the journal's check at start found, told plainly above the tabs, and the operator's acknowledgement.

Each time a profile's session comes in front, the journal has already been checked (services/journal/health.py,
in the session's worker). Nothing to tell: the bar stays hidden. Damage not yet acknowledged: the bar stays
red while money-moving actions are refused (the journal store refuses them itself; lookups and reports
still work), with "Acknowledge…" asking what the operator verified; the acknowledgement is journalled and
sealed in a worker, and the bar says what it now stands at. A notice (no keyring, so an unkeyed chain; damage
acknowledged earlier) is shown in amber and can be hidden.

A journal that cannot be opened at all fails the profile's opening (profile_switch.py calls `show_unreadable`):
the bar says why in red with "Start a new journal…" (journal_new.py), which asks for the operator's note, moves
the damaged file aside in a worker (health.start_new, as the CLI's --start-new), says where it now is, and
emits `new_journal_started(profile name)` for the profile to be opened again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from .i18n import say, tr
from .worker import Call

if TYPE_CHECKING:
    from ..services.journal.errors import JournalUnavailable
    from ..services.journal.verdict import Health
    from .context import DeskContext
    from .journal_new import NewJournalDialog  # with "Start a new journal…": its dialog types after the first paint

DAMAGED_STYLE = "background: #fde2e1; color: #7a1212; border: 1px solid #d93025; border-radius: 4px;"
NOTICE_STYLE = "background: #fff4d6; color: #5c4400; border: 1px solid #e0a800; border-radius: 4px;"


def ask_words() -> tuple[str, str]:
    """The title and question of acknowledging the journal's damage."""
    return tr("Acknowledge the journal's damage"), tr(
        "Money-moving actions wait until a person acknowledges what the check found.\n"
        "Say what you verified (for example: the gateway's report of the last days matches), in a few words:"
    )


def start_new_words() -> str:
    """The button that starts a new journal."""
    return tr("Start a new journal…")


def unreadable_words(health: Health) -> str:
    """What the bar says of a journal that cannot be opened at all (the desk's words, not the CLI's)."""
    said = say(health.problems[0]) if health.problems else tr("The journal cannot be read.")
    return tr(
        "{said} Nothing can be sent until there is a journal again; the file is left as it is. "
        "“{button}” keeps it aside (with a time stamp) and begins a new journal with your note."
    ).format(said=said, button=start_new_words())


def started_words(health: Health, path: Path) -> str:
    """After start_new: where the old file is now, and where the new journal is."""
    kept = " ".join(say(notice) for notice in health.notices) or tr(
        "There was no journal file at {path} to keep aside."
    ).format(path=path)
    return tr("{kept} A new journal was started at {path}, beginning with your note.").format(kept=kept, path=path)


class JournalHealthBar(QFrame):
    new_journal_started = Signal(str)  # the profile whose journal could not be opened: open it again now

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.unreadable: tuple[Path, str] | None = None  # (journal path, profile) while a new journal is offered
        self.new_journal_dialog: NewJournalDialog | None = None
        self._news = ""  # said once more when the profile is opened on the new journal
        self._problem = ""  # what is wrong with the journal that cannot be opened
        self.setObjectName("journalHealth")
        self.setAccessibleName(tr("Journal check"))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(tr("What the journal's check found"))
        row.addWidget(self.text, 1)
        self.acknowledge_button = QPushButton(tr("Acknowledge…"), self)
        self.acknowledge_button.setToolTip(tr("Record what you verified; money may move again once it is journalled"))
        self.acknowledge_button.clicked.connect(self.acknowledge)
        row.addWidget(self.acknowledge_button)
        self.start_new_button = QPushButton(start_new_words(), self)
        self.start_new_button.setToolTip(tr("Keep the damaged file aside (nothing is deleted) and begin a new journal"))
        self.start_new_button.clicked.connect(self.start_new_journal)
        self.start_new_button.hide()
        row.addWidget(self.start_new_button)
        self.hide_button = QPushButton(tr("Hide"), self)
        self.hide_button.setToolTip(tr("Hide this notice (it is shown again at the next start)"))
        self.hide_button.clicked.connect(self.hide)
        row.addWidget(self.hide_button)
        self.hide()
        ctx.profile_changed.connect(self.refresh)

    def refresh(self, _profile: object = None) -> None:
        journal = self.ctx.journal
        health = getattr(journal, "health", None) if journal is not None else None
        news, self._news = self._news, ""
        self.unreadable = None
        self.show_health(health, news)

    def show_health(self, health: Health | None, news: str = "") -> None:
        self.start_new_button.hide()
        telling = health is not None and health.worth_telling
        if not telling and not news:
            self.hide()
            return
        blocked = health is not None and not health.money_allowed
        found = say(health.sentence) if health is not None and telling else ""  # the core's words, in the desk's
        said = " ".join(s for s in (news, found) if s)
        self._say(said, DAMAGED_STYLE if blocked else NOTICE_STYLE)
        self.acknowledge_button.setVisible(blocked)
        self.acknowledge_button.setEnabled(True)
        self.hide_button.setVisible(not blocked)

    def _say(self, sentence: str, style: str) -> None:
        self.text.setText(sentence)
        self.setStyleSheet(style)
        self.setAccessibleDescription(sentence)
        self.show()

    # ------------------------------------------------------------ a journal that cannot be opened at all

    def show_unreadable(self, exc: JournalUnavailable, profile: str) -> None:
        """The profile `profile` could not be opened because its journal cannot be read (JournalUnreadable):
        say why, and offer a new journal. Nothing is read from disk here: the sentence comes from `exc`."""
        from ..services.journal.health import unusable
        from ..services.journal.store import JOURNAL_FILE

        path = exc.path or (self.ctx.data_dir / JOURNAL_FILE if self.ctx.data_dir is not None else None)
        if path is None:
            return
        self.unreadable = (path, profile)
        found = unusable(path, exc)
        self._problem = say(found.problems[0]) if found.problems else ""
        self._say(unreadable_words(found), DAMAGED_STYLE)
        self.acknowledge_button.hide()
        self.hide_button.hide()
        self.start_new_button.setEnabled(True)
        self.start_new_button.show()

    @Slot()
    def start_new_journal(self) -> None:
        """Ask for the operator's note (NewJournalDialog, window-modal); a new journal once it is given."""
        if self.unreadable is None or self.new_journal_dialog is not None:
            return
        from .journal_new import NewJournalDialog

        dialog = self.new_journal_dialog = NewJournalDialog(self.window(), self._problem)
        dialog.accepted.connect(self._note_given)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    @Slot()
    def _dialog_closed(self) -> None:
        if self.new_journal_dialog is not None:
            self.new_journal_dialog.deleteLater()
            self.new_journal_dialog = None

    @Slot()
    def _note_given(self) -> None:
        from ..services.journal.health import start_new

        if self.unreadable is None or self.new_journal_dialog is None:
            return
        note = self.new_journal_dialog.note()
        path = self.unreadable[0]
        self.start_new_button.setEnabled(False)
        self.text.setText(tr("Keeping the damaged journal aside and starting a new one…"))
        self.ctx.runner.start(Call(start_new, path, note), on_success=self._started, on_failure=self._not_started)

    def _started(self, health: Health) -> None:
        if self.unreadable is None:
            return
        path, profile = self.unreadable
        self.unreadable = None
        self._news = started_words(health, path)
        self._say(
            tr("{news} Opening the profile {profile} again…").format(news=self._news, profile=profile), NOTICE_STYLE
        )
        self.start_new_button.hide()
        self.hide_button.show()
        self.new_journal_started.emit(profile)

    def _not_started(self, exc: BaseException) -> None:
        from .messages import describe_error

        self.start_new_button.setEnabled(True)
        from ..api.said import sentence_of

        words = say(sentence_of(exc)) if isinstance(exc, ValueError) else describe_error(exc, reading=True)
        self.text.setText(tr("No new journal was started: {words}").format(words=words))

    # ------------------------------------------------------------ damage: the operator's acknowledgement

    @classmethod
    def ask_note(cls, parent: QWidget) -> str | None:
        """The operator's note (tests monkeypatch this); None when they cancel."""
        from PySide6.QtWidgets import QInputDialog

        note, ok = QInputDialog.getText(parent, *ask_words())
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
            self.text.setText(say(health.sentence))
            self.setStyleSheet(NOTICE_STYLE)
            self.acknowledge_button.hide()
            self.hide_button.show()
            self.show()

    def _failed(self, exc: BaseException) -> None:
        from .messages import describe_error

        self.acknowledge_button.setEnabled(True)
        self.text.setText(
            tr("The acknowledgement was not recorded: {describe_error}").format(
                describe_error=describe_error(exc, reading=True)
            )
        )
