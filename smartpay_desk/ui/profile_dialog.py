"""Profiles: add, edit, delete; credentials go to the system keyring (in a worker), never to a file.

ProfileDialog.ask(parent, ctx, sessions)      # modal; tests monkeypatch ask or drive the dialog

What it does without Qt (save, delete, test the connection) is services/profiles/editing.py; asking for a
missing secret is secret_dialog.py. Closing with edits not saved asks first (confirm_discard); a field's red
note goes as soon as the field is edited (widgets/forms.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services.profiles.editing import delete_profile, keyring_note, save_profile, try_connection
from ..services.profiles.profiles import Environment, Profile, ProfileError, validate_profile
from .i18n import money, say, tr
from .messages import describe_error
from .profile_fields import DOCUMENTED_URLS, ProfileFields
from .tabs.view_state import form_fields, read_fields
from .widgets.busy import BusyBar
from .widgets.icons import icon
from .widgets.panels import MessageLine, primary
from .window_words import environment_name, profile_words
from .worker import Call

if TYPE_CHECKING:
    from ..api.models import Balance
    from .context import DeskContext
    from .session import SessionManager
    from .worker import Task

NEW_NAME = "New profile"


class ProfileDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: DeskContext, sessions: SessionManager) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sessions = sessions
        self.setWindowTitle(tr("Profiles"))
        self.setWindowIcon(icon("profiles"))
        self.resize(860, 600)
        self._editing: str | None = None  # name of the stored profile in the form; None = new
        self._task: Task | None = None
        self._embedded = False
        self._saving = ""
        self._deleting = ""

        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.setObjectName("profileList")
        self.list.setAccessibleName(tr("Profiles"))
        self.list.setToolTip(tr("Your profiles; select one to edit it"))
        self.list.currentItemChanged.connect(self._selected)
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), tr("&Add"), self)
        self.add_button.setToolTip(tr("Start a new profile (Test or Production gateway account)"))
        self.add_button.clicked.connect(self.new_profile)
        self.delete_button = QPushButton(icon("delete"), tr("&Delete"), self)
        self.delete_button.setToolTip(tr("Delete the selected profile and its stored secret"))
        self.delete_button.clicked.connect(self.delete_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)
        outer.addLayout(left, 1)

        right = QVBoxLayout()
        section = self.fields = ProfileFields(self)
        self.form, self.name, self.environment = section.form, section.name, section.environment
        self.urls = section.urls
        self.merchant_key, self.secret, self.account = section.merchant_key, section.secret, section.account
        self.payout_account, self.currency, self.team = section.payout_account, section.currency, section.team
        self.embedded_note, self.keyring_label = section.embedded_note, section.keyring_label
        right.addWidget(section)
        actions = QHBoxLayout()
        self.test_button = QPushButton(icon("plug"), tr("Test c&onnection"), self)
        self.test_button.setToolTip(tr("Ask the gateway for the payout balance with these settings (nothing is saved)"))
        self.test_button.clicked.connect(self.test)
        self.save_button = primary(QPushButton(tr("&Save"), self))
        self.save_button.setToolTip(tr("Save the profile (and its secret, into the keyring)"))
        self.save_button.clicked.connect(self.save)
        actions.addWidget(self.test_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        right.addLayout(actions)
        self.busy = BusyBar(self)
        right.addWidget(self.busy)
        self.message = MessageLine(self)
        right.addWidget(self.message)
        right.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        right.addWidget(close)
        outer.addLayout(right, 2)

        self._inputs = form_fields(self.form)
        self._as_loaded = read_fields(self._inputs)  # the form as loaded: anything else is an edit not saved
        self.reload(select=self._front_name())
        self.ctx.runner.start(Call(keyring_note, sessions.credentials), on_success=self._keyring_known)

    def _front_name(self) -> str | None:
        front = self.ctx.profile
        return front.name if front is not None else None

    # ------------------------------------------------------------ list

    def reload(self, select: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for profile in self.sessions.store.list():
            item = QListWidgetItem(profile_words(profile), self.list)
            item.setToolTip(
                tr("{name}: {label} environment, account {account}").format(
                    name=profile.name, label=environment_name(profile.environment), account=profile.account
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, profile.name)
            item.setIcon(icon("profile"))
        self.list.blockSignals(False)
        names = self.sessions.store.names()
        target = select if select in names else (names[0] if names else None)
        if target is None:
            self.new_profile()
            return
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == target:
                self.list.setCurrentRow(row)
        self._load(self.sessions.store.get(target))

    @Slot(QListWidgetItem, QListWidgetItem)
    def _selected(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self._load(self.sessions.store.get(item.data(Qt.ItemDataRole.UserRole)))

    def _load(self, profile: Profile) -> None:
        self._editing = profile.name
        self._embedded = profile.embedded
        self.form.clear_errors()
        self.message.clear()
        self.name.setText(profile.name)
        self.environment.setCurrentIndex(self.environment.findData(profile.environment))
        front = self.ctx.profile
        shown = front if profile.embedded and front is not None and front.embedded else profile
        for key, edit in self.urls.items():
            edit.setText(getattr(shown, key))
            edit.setPlaceholderText(tr("filled in when the desk starts") if profile.embedded else DOCUMENTED_URLS[key])
        self.merchant_key.setText(profile.merchant_key)
        self.secret.setText("")
        self.secret.setPlaceholderText(
            tr("the documented test secret") if profile.embedded else tr("leave empty to keep the stored secret")
        )
        self.account.setText(profile.account)
        self.payout_account.setText(profile.payout_account)
        self.currency.setText(profile.currency)
        self.team.load(profile.journal)
        for widget in (*self.urls.values(), self.secret, self.environment):
            widget.setEnabled(not profile.embedded)
        self.embedded_note.setVisible(profile.embedded)
        in_use = profile.name == self._front_name()
        self.delete_button.setEnabled(not in_use)
        self.delete_button.setToolTip(
            tr("Switch to another profile before deleting this one")
            if in_use
            else tr("Delete this profile and its secret")
        )
        self._as_loaded = read_fields(self._inputs)

    @Slot()
    def new_profile(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self._editing = None
        self._embedded = False
        self.form.clear_errors()
        self.message.clear()
        self.name.setText(self._free_name())
        self.environment.setCurrentIndex(self.environment.findData(Environment.TEST))
        for key, edit in self.urls.items():
            edit.setText(DOCUMENTED_URLS[key])
            edit.setEnabled(True)
        for edit in (self.merchant_key, self.secret, self.account, self.payout_account):
            edit.setText("")
        self.secret.setPlaceholderText(tr("the secret the gateway gave you"))
        self.currency.setText("EUR")
        self.team.load("")
        self.secret.setEnabled(True)
        self.environment.setEnabled(True)
        self.embedded_note.hide()
        self.delete_button.setEnabled(False)
        self.name.setFocus()
        self.name.selectAll()
        self._as_loaded = read_fields(self._inputs)

    def _free_name(self) -> str:
        names, n = set(self.sessions.store.names()), 1
        name = first = tr("New profile")
        while name in names:
            n += 1
            name = f"{first} {n}"
        return name

    # ------------------------------------------------------------ the form

    def profile_from_form(self) -> Profile:
        base = self.sessions.store.get(self._editing) if self._editing else None
        name, merchant_key = self.name.text().strip(), self.merchant_key.text().strip()
        environment = Environment(self.environment.currentData())
        account, payout_account = self.account.text().strip(), self.payout_account.text().strip()
        currency = self.currency.text().strip().upper()
        if base is not None and base.embedded:
            return self.team.into(base._replace(
                name=name, environment=environment, merchant_key=merchant_key, account=account,
                payout_account=payout_account, currency=currency,
            ))  # fmt: skip
        urls = {key: edit.text().strip() for key, edit in self.urls.items()}
        return self.team.into(Profile(
            name=name, environment=environment, gateway_url=urls["gateway_url"], pci_url=urls["pci_url"],
            reports_url=urls["reports_url"], merchant_key=merchant_key, account=account,
            payout_account=payout_account, currency=currency,
        ))  # fmt: skip

    @Slot()
    def save(self) -> None:
        if self.busy.is_busy():
            return
        self.message.clear()
        profile = self.profile_from_form()
        problems = validate_profile(profile)
        secret = self.secret.text()
        if self._editing is None and not secret and not profile.embedded:
            problems["secret"] = tr("Enter the secret the gateway gave you.")
        if self._editing != profile.name and profile.name in self.sessions.store:
            problems["name"] = tr("A profile named {name} already exists.").format(name=repr(profile.name))
        if problems:
            self.form.set_errors(problems)
            self.message.error(tr("Some fields need attention (see the red notes); nothing was saved."))
            return
        self.form.clear_errors()
        self.secret.setText("")
        self._saving = profile.name
        sessions = self.sessions
        call = self.team.saving(save_profile, sessions.store, sessions.credentials, profile, self._editing, secret)
        self._task = self.ctx.runner.start(call, on_success=self._saved, on_failure=self._failed)
        self.busy.track(self._task, tr("Saving the profile…"), disable=[self.save_button, self.test_button])

    def _saved(self, sentence: str) -> None:
        self._task = None
        if self._editing is not None and self._editing != self._saving:  # renamed: the old name's screens go
            self.sessions.forget(self._editing)
        self.reload(select=self._saving)
        self.message.success(sentence)

    @Slot()
    def test(self) -> None:
        if self.busy.is_busy():
            return
        self.message.clear()
        self.form.clear_errors()
        profile = self.profile_from_form()
        problems = {k: v for k, v in validate_profile(profile).items() if k != "name"}
        if problems:
            self.form.set_errors(problems)
            self.message.error(tr("Some fields need attention before the connection can be tested."))
            return
        self._task = self.ctx.runner.start(
            Call(try_connection, profile, self.secret.text() or None, self.sessions.credentials, self._sandbox_url),
            on_success=self._tested, on_failure=self._tested_failed,
        )  # fmt: skip
        self.busy.track(self._task, tr("Asking the gateway for the payout balance…"), disable=[self.test_button],
                        sends=False)  # fmt: skip

    def _sandbox_url(self) -> str:
        """Blocking (worker): the embedded sandbox's address, started if need be."""
        return self.sessions.sandbox_server().url

    def _tested(self, balance: Balance) -> None:
        self._task = None
        amount = money(balance.available, self.currency.text().strip().upper())
        payout = self.payout_account.text().strip()
        self.message.success(
            tr("Connected: the gateway answered; {payout} has {amount} available for payouts.").format(
                payout=payout, amount=amount
            )
        )

    def _tested_failed(self, exc: BaseException) -> None:
        self._failed(exc, reading=True)

    def _failed(self, exc: BaseException, *, reading: bool = False) -> None:
        self._task = None
        fields = getattr(exc, "fields", None)
        if isinstance(fields, dict) and fields:
            self.form.set_errors(fields)
        self.message.error(describe_error(exc, reading=reading) if not isinstance(exc, ProfileError) or not fields
                           else tr("Some fields need attention (see the red notes)."))  # fmt: skip

    @Slot()
    def delete_selected(self) -> None:
        name = self._editing
        if name is None or name == self._front_name():
            return
        if not self.confirm_delete(name):
            return
        self._deleting = name
        call = Call(delete_profile, self.sessions.store, self.sessions.credentials, name)
        self._task = self.ctx.runner.start(call, on_success=self._deleted, on_failure=self._failed)
        self.busy.track(self._task, tr("Deleting {name}…").format(name=name), disable=[self.delete_button])

    def _deleted(self, sentence: str) -> None:
        self._task = None
        self.sessions.forget(self._deleting)
        self.reload(select=self._front_name())
        self.message.success(sentence)

    def confirm_delete(self, name: str) -> bool:  # tests monkeypatch this
        return self._yes(tr("Delete profile"), tr("Delete the profile {name} and its stored secret? The journal keeps "
                         "its history.").format(name=name))  # fmt: skip

    def confirm_discard(self, name: str) -> bool:
        """Close although the form has edits not saved? Tests monkeypatch this."""
        return self._yes(
            tr("Discard your changes?"),
            tr("Your changes to {name} are not saved. Close and discard them?").format(name=name),
        )

    def _yes(self, title: str, text: str) -> bool:
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        return QMessageBox.question(self, title, text, yes | no, no) == yes

    def has_unsaved_edits(self) -> bool:
        return read_fields(self._inputs) != self._as_loaded

    def _keyring_known(self, note: str | None) -> None:
        self.keyring_label.setVisible(bool(note))
        self.keyring_label.setText(say(note or ""))  # the core's sentence (api/said.py), said

    def reject(self) -> None:  # Close, Esc and the window's close button
        if self.has_unsaved_edits() and not self.confirm_discard(self.name.text().strip() or tr("the new profile")):
            return
        if self._task is not None:
            self.busy.cancel()
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: DeskContext, sessions: SessionManager) -> None:
        dialog = cls(parent, ctx, sessions)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
