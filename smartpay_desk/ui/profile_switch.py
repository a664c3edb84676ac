"""Switching the profile in front: opening it in a worker, asking for a missing secret, Profiles….

    switcher = window.switcher                 # built on the first switch, after the first paint
    switcher.switch_profile(name)              # the profile in front stays until the new one is ready
    switcher.edit_profiles()                   # the Profiles dialog, then reopen the profile in front if changed
    switcher.reset_practice_gateway()          # asks, resets in a worker, says what went, then reconciles

A profile whose journal cannot be opened at all (JournalUnreadable) is told in the journal bar, which offers a
new journal (journal_health.py); once it is started, the profile is opened again here.

What the window shows of the session in front (title, banner, status bar) is main_window.py's; this module
is loaded only when a profile is first opened, so none of it weighs on the start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..api.said import sentence_of
from .i18n import say, tr
from .window_words import profile_words
from .worker import Call

if TYPE_CHECKING:
    from ..services.profiles.profiles import Profile
    from .main_window import MainWindow

NEWS_MS = 8000
PROBLEM_MS = 15000


class ProfileSwitcher(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.sessions = window.sessions
        self.resetting = False
        self.asked = ""  # the profile last asked for
        self.sessions.practice_moved.connect(self._practice_moved)
        window.journal_health.new_journal_started.connect(self.switch_profile)

    def switch_profile(self, name: str, secret: str | None = None) -> None:
        self.asked = name
        self.window.profile_box.setEnabled(False)
        self.window.statusBar().showMessage(tr("Opening the profile {name}…").format(name=name))
        self.sessions.open(name, secret=secret, on_opened=self._opened, on_failed=self._open_failed)

    def _opened(self, profile: Profile) -> None:
        self.window.profile_box.setEnabled(True)
        self.window.refill_profiles()
        self.window.statusBar().showMessage(
            tr("Now working on {profile_words}.").format(profile_words=profile_words(profile)), NEWS_MS
        )
        self.sessions.reconcile()

    def _open_failed(self, exc: BaseException) -> None:
        from ..services.profiles.session import MissingSecret

        self.window.profile_box.setEnabled(True)
        self.window.refill_profiles()
        if isinstance(exc, MissingSecret):
            from .secret_dialog import SecretDialog

            secret = SecretDialog.ask(self.window, exc.profile.name)
            if secret:
                self.switch_profile(exc.profile.name, secret)
                self.ctx.runner.start(Call(self.sessions.credentials.set, exc.profile, secret))
            else:
                self.window.statusBar().showMessage(tr("The profile was not opened: it needs its secret."), NEWS_MS)
            return
        from ..services.journal.errors import JournalUnreadable
        from ..services.profiles.session import EmbeddedOnly
        from .messages import describe_error

        if isinstance(exc, JournalUnreadable):  # the journal bar says why, and offers a new journal
            self.window.journal_health.show_unreadable(exc, self.asked)
            words = tr("its journal cannot be read (see above).")
        else:
            words = say(sentence_of(exc)) if isinstance(exc, EmbeddedOnly) else describe_error(exc, reading=True)
        self.window.statusBar().showMessage(
            tr("The profile could not be opened: {words}").format(words=words), PROBLEM_MS
        )

    def _practice_moved(self, url: str) -> None:
        self.window.statusBar().showMessage(
            tr("The program that served the practice gateway has closed; the desk now works on it at {url}.").format(
                url=url
            ),
            NEWS_MS,
        )

    # ------------------------------------------------------------ Reset practice gateway…

    def reset_practice_gateway(self) -> None:
        """Ask (saying what a reset does to the practice gateway and to the journal), then reset in a worker,
        say what went, and reconcile the Sandbox profile's journal entries if it is in front."""
        if self.resetting or not self.confirm_reset():
            return
        self.resetting = True
        self.window.statusBar().showMessage(tr("Resetting the practice gateway…"))
        self.ctx.runner.start(Call(self.sessions.reset_practice), on_success=self._reset, on_failure=self._not_reset)

    def confirm_reset(self) -> bool:
        """The question, with the sentence of what it does (tests monkeypatch this)."""
        from PySide6.QtWidgets import QMessageBox

        from ..services.profiles.session import RESET_QUESTION

        buttons = QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel
        question = say(RESET_QUESTION)  # the core's sentence (api/said.py), in the desk's language
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Reset practice gateway"), question, buttons, self.window)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Reset

    def _reset(self, summary: str) -> None:
        self.resetting = False
        words = say(summary)  # what went, and what it means for the journal: the core's sentences (api/said.py)
        self.window.statusBar().showMessage(words, PROBLEM_MS)
        self.window.tell(tr("Reset practice gateway"), words)
        front = self.ctx.profile
        if front is not None and front.embedded:
            self.sessions.reconcile()

    def _not_reset(self, exc: BaseException) -> None:
        from ..services.profiles.session import EmbeddedOnly

        self.resetting = False
        words = (
            say(sentence_of(exc))
            if isinstance(exc, EmbeddedOnly)
            else tr("The practice gateway did not answer; nothing was reset.")
        )
        self.window.statusBar().showMessage(words, PROBLEM_MS)
        self.window.tell(tr("Reset practice gateway"), words)

    def edit_profiles(self) -> None:
        from .profile_dialog import ProfileDialog

        ProfileDialog.ask(self.window, self.ctx, self.sessions)
        self.window.refill_profiles()
        store, front = self.sessions.store, self.ctx.profile
        if front is not None and front.name in store:
            updated = store.get(front.name)
            if updated != front and not (updated.embedded and front.embedded and updated == self._unbound(front)):
                self.switch_profile(front.name)  # changed: its services are opened again on the new settings
        elif store.names():
            self.switch_profile(store.names()[0])

    @staticmethod
    def _unbound(profile: Profile) -> Profile:
        """The embedded profile as stored (its URLs are filled in only while the desk runs)."""
        return profile._replace(gateway_url="", pci_url="", reports_url="")
