"""Starting a new journal from the desk when the one in the data folder cannot be opened at all (issue 12):
what `smartpay journal acknowledge --note … --start-new` does, from the place the desk tells the failure.

A profile's session could not open its journal (JournalUnreadable: the file emptied, cut short, not SQLite, or
missing where this computer last saw one). The journal bar (journal_health.py) says so in red, with
"Start a new journal…": this dialog asks what the operator checked (required), then
services.journal.health.start_new runs in a worker, as the CLI runs it: the damaged file is moved aside with a
time stamp (never deleted, never changed) and a new journal begins with the operator's note. The bar then says
where the old file now is, and the profile is opened again. Until then no session works on that journal, so
nothing can be sent.

    dialog = NewJournalDialog(parent, sentence)     # sentence: what is wrong with the journal
    dialog.accepted.connect(...); dialog.open()     # dialog.note(): the operator's note, never empty
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from .i18n import tr


def title_words() -> str:
    return tr("Start a new journal")


def ask_words() -> str:
    """What starting a new journal does, and the note it asks for."""
    return tr(
        "The damaged file is moved aside, with a time stamp in its name, and kept exactly as it is; nothing is "
        "deleted. A new journal starts with your note as its first record.\n\n"
        "Before you do: check what this desk sent lately against the gateway (its back office or a report), since "
        "the old journal cannot tell it any more. Say what you checked, in a few words (required):"
    )


class NewJournalDialog(QDialog):
    def __init__(self, parent: QWidget | None, sentence: str) -> None:
        from PySide6.QtCore import Qt  # here, not at import: the module loads before the first paint, the dialog later

        super().__init__(parent)
        self.setWindowTitle(title_words())
        self.setModal(True)
        self.setMinimumWidth(520)
        box = QVBoxLayout(self)
        heading = QLabel(tr("<b>Start a new journal?</b>"), self)
        heading.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(heading)
        what = QLabel(sentence, self)
        what.setObjectName("journalProblem")
        what.setWordWrap(True)
        what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(what)
        ask = QLabel(ask_words(), self)
        ask.setWordWrap(True)
        box.addWidget(ask)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(500)
        self.note_edit.setPlaceholderText(tr("e.g. Gateway back office for the last 3 days matches what we sent"))
        self.note_edit.setAccessibleName(tr("What you checked"))
        self.note_edit.textChanged.connect(self._edited)
        box.addWidget(self.note_edit)
        self.buttons = QDialogButtonBox(self)
        self.start_button: QPushButton = self.buttons.addButton(title_words(), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setEnabled(False)
        self.start_button.setToolTip(tr("Needs your note of what you checked"))
        self.cancel_button: QPushButton = self.buttons.addButton(tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setToolTip(tr("Leave the journal as it is; nothing can be sent meanwhile"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)

    def note(self) -> str:
        return self.note_edit.text().strip()

    @Slot(str)
    def _edited(self, _text: str) -> None:
        self.start_button.setEnabled(bool(self.note()))

    def accept(self) -> None:
        if self.note():  # Enter in an empty note does nothing
            super().accept()
