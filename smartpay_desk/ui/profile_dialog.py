"""Profiles: add, edit, delete; credentials go to the system keyring (in a worker), never to a file.

ProfileDialog.ask(parent, ctx, sessions)      # modal; tests monkeypatch ask or drive the dialog
SecretDialog.ask(parent, profile_name)        # → the typed secret or None
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services.profiles.profiles import Environment, Profile, ProfileError, validate_profile
from .messages import describe_error
from .widgets.busy import BusyBar
from .widgets.forms import FieldForm, Section
from .widgets.icons import icon
from .widgets.panels import MessageLine, primary

DOCUMENTED_URLS = {
    "gateway_url": "https://api-gateway.smartcore.pro",
    "pci_url": "https://chd-api.smartcore.pro",
    "reports_url": "https://service.magua-pay.com/aggregation-service",
}
NEW_NAME = "New profile"
NEED_SECRET = "Enter the secret the gateway gave you."  # noqa: S105 - a sentence, not a password


def save_profile(sessions: Any, profile: Profile, old_name: str | None, secret: str) -> str:
    """Blocking (worker): write the profile, move/store its secret. Returns the sentence to show."""
    store, credentials = sessions.store, sessions.credentials
    if old_name is None:
        store.add(profile)
    else:
        if old_name != profile.name:
            store.rename(old_name, profile.name)
            credentials.rename(old_name, profile.name)
        store.save(profile)
    if profile.embedded or not secret:
        return f"The profile {profile.name} was saved."
    if credentials.set(profile, secret):
        return f"The profile {profile.name} was saved; its secret is in the system keyring."
    problem = credentials.problem or "No system keyring is available."
    return f"The profile {profile.name} was saved. {problem} The secret is kept for this session only."


def delete_profile(sessions: Any, name: str) -> str:
    sessions.store.delete(name)
    sessions.credentials.delete(name)
    return f"The profile {name} and its stored secret were deleted."


def try_connection(sessions: Any, profile: Profile, secret: str | None) -> Any:
    """Blocking (worker): the payout balance through a client on the form's (unsaved) values."""
    from ..api.client import SmartPaymentsClient, Timeouts

    if profile.embedded:
        profile = profile.bind_sandbox(sessions.sandbox_server().url)
    if not secret:
        secret = sessions.credentials.get(profile)
    if not secret:
        raise ProfileError({"secret": "Enter the secret to test the connection."})
    timeouts = Timeouts(connect=5.0, read=15.0, deadline=20.0)
    with SmartPaymentsClient(profile.endpoints, profile.merchant_key, secret, timeouts=timeouts) as client:
        return client.withdrawal_balance(profile.payout_account)


def keyring_note(sessions: Any) -> str | None:
    """Blocking (worker): None when secrets survive a restart, else the sentence saying they do not."""
    credentials = sessions.credentials
    if credentials.persistent:
        return None
    return (
        f"{credentials.problem or 'No system keyring is available.'} Secrets typed here are kept for this session only."
    )


class ProfileDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: Any, sessions: Any) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sessions = sessions
        self.setWindowTitle("Profiles")
        self.setWindowIcon(icon("profiles"))
        self.resize(860, 600)
        self._editing: str | None = None  # name of the stored profile in the form; None = new
        self._task: Any = None

        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.setObjectName("profileList")
        self.list.setToolTip("Your profiles; select one to edit it")
        self.list.currentItemChanged.connect(self._selected)
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), "Add", self)
        self.add_button.setToolTip("Start a new profile (Test or Production gateway account)")
        self.add_button.clicked.connect(self.new_profile)
        self.delete_button = QPushButton(icon("delete"), "Delete", self)
        self.delete_button.setToolTip("Delete the selected profile and its stored secret")
        self.delete_button.clicked.connect(self.delete_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)
        outer.addLayout(left, 1)

        right = QVBoxLayout()
        section = Section("Profile", self)
        self.form = FieldForm(section)
        self.name = QLineEdit(section)
        self.environment = QComboBox(section)
        for env in Environment:
            self.environment.addItem(env.label, env)
        self.urls = {key: QLineEdit(section) for key in DOCUMENTED_URLS}
        self.merchant_key = QLineEdit(section)
        self.secret = QLineEdit(section)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.account = QLineEdit(section)
        self.payout_account = QLineEdit(section)
        self.currency = QLineEdit(section)
        self.currency.setMaxLength(3)
        f = self.form.add_field
        f("name", "Name", self.name, "A name you recognise, e.g. “Shop EUR – production”.")
        f("environment", "Environment", self.environment, "Sandbox, Test or Production: decides the banner colour and "
          "whether every money-moving action asks you to type the amount.")  # fmt: skip
        f("gateway_url", "Gateway address", self.urls["gateway_url"], "Base address for payments, checks, refunds.")
        f("pci_url", "Card-data address", self.urls["pci_url"], "Base address for card payments and payouts (PCI).")
        f(
            "reports_url",
            "Reports address",
            self.urls["reports_url"],
            "Base address of reports, ending in /aggregation-service.",
        )
        f("merchant_key", "Merchant key", self.merchant_key, "The merchant key the gateway gave you.")
        f("secret", "Secret", self.secret, "The secret that goes with the merchant key. Kept only in the system "
          "keyring; leave empty to keep the one already stored.")  # fmt: skip
        f("account", "Payments account", self.account, "The merchant account payments go to, e.g. EUR-sandbox.")
        f("payout_account", "Payout account", self.payout_account, "The account payouts are paid from.")
        f("currency", "Currency", self.currency, "The accounts' currency, three letters, e.g. EUR.")
        section.add(self.form)
        self.embedded_note = QLabel(
            "This profile runs the practice gateway inside the desk, on this computer: its addresses and "
            "the documented test secret are filled in for you.",
            section,
        )
        self.embedded_note.setObjectName("sectionNote")
        self.embedded_note.setWordWrap(True)
        section.add(self.embedded_note)
        self.keyring_label = QLabel("", section)
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setStyleSheet("color: #8a5300;")
        self.keyring_label.hide()
        section.add(self.keyring_label)
        right.addWidget(section)
        actions = QHBoxLayout()
        self.test_button = QPushButton(icon("plug"), "Test connection", self)
        self.test_button.setToolTip("Ask the gateway for the payout balance with these settings (nothing is saved)")
        self.test_button.clicked.connect(self.test)
        self.save_button = primary(QPushButton("Save", self))
        self.save_button.setToolTip("Save the profile (and its secret, into the keyring)")
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

        self.reload(select=getattr(ctx.profile, "name", None))
        self.ctx.runner.start(keyring_note, sessions, on_success=self._keyring_known)

    # ------------------------------------------------------------ list

    def reload(self, select: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for profile in self.sessions.store.list():
            item = QListWidgetItem(f"{profile.name}  ·  {profile.environment.label}", self.list)
            item.setToolTip(f"{profile.name}: {profile.environment.label} environment, account {profile.account}")
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
        shown = self.ctx.profile if profile.embedded and getattr(self.ctx.profile, "embedded", False) else profile
        for key, edit in self.urls.items():
            edit.setText(getattr(shown, key))
            edit.setPlaceholderText("filled in when the desk starts" if profile.embedded else DOCUMENTED_URLS[key])
        self.merchant_key.setText(profile.merchant_key)
        self.secret.setText("")
        self.secret.setPlaceholderText(
            "the documented test secret" if profile.embedded else "leave empty to keep the stored secret"
        )
        self.account.setText(profile.account)
        self.payout_account.setText(profile.payout_account)
        self.currency.setText(profile.currency)
        for widget in (*self.urls.values(), self.secret, self.environment):
            widget.setEnabled(not profile.embedded)
        self.embedded_note.setVisible(profile.embedded)
        in_use = profile.name == getattr(self.ctx.profile, "name", None)
        self.delete_button.setEnabled(not in_use)
        self.delete_button.setToolTip(
            "Switch to another profile before deleting this one" if in_use else "Delete this profile and its secret"
        )

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
        self.secret.setPlaceholderText("the secret the gateway gave you")
        self.currency.setText("EUR")
        self.secret.setEnabled(True)
        self.environment.setEnabled(True)
        self.embedded_note.hide()
        self.delete_button.setEnabled(False)
        self.name.setFocus()
        self.name.selectAll()

    def _free_name(self) -> str:
        names, n = set(self.sessions.store.names()), 1
        name = NEW_NAME
        while name in names:
            n += 1
            name = f"{NEW_NAME} {n}"
        return name

    # ------------------------------------------------------------ the form

    def profile_from_form(self) -> Profile:
        base = self.sessions.store.get(self._editing) if self._editing else None
        values = {
            "name": self.name.text().strip(),
            "environment": Environment(self.environment.currentData()),
            "merchant_key": self.merchant_key.text().strip(),
            "account": self.account.text().strip(),
            "payout_account": self.payout_account.text().strip(),
            "currency": self.currency.text().strip().upper(),
        }
        if base is not None and base.embedded:
            return base._replace(**values)
        urls = {key: edit.text().strip() for key, edit in self.urls.items()}
        return Profile(**values, **urls)

    @Slot()
    def save(self) -> None:
        if self.busy.is_busy():
            return
        self.message.clear()
        profile = self.profile_from_form()
        problems = validate_profile(profile)
        secret = self.secret.text()
        if self._editing is None and not secret and not profile.embedded:
            problems["secret"] = NEED_SECRET
        if self._editing != profile.name and profile.name in self.sessions.store:
            problems["name"] = f"A profile named {profile.name!r} already exists."
        if problems:
            self.form.set_errors(problems)
            self.message.error("Some fields need attention (see the red notes); nothing was saved.")
            return
        self.form.clear_errors()
        self.secret.setText("")
        self._saving = profile.name
        self._task = self.ctx.runner.start(
            save_profile, self.sessions, profile, self._editing, secret, on_success=self._saved, on_failure=self._failed
        )
        self.busy.track(self._task, "Saving the profile…", disable=[self.save_button, self.test_button])

    def _saved(self, sentence: str) -> None:
        self._task = None
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
            self.message.error("Some fields need attention before the connection can be tested.")
            return
        self._task = self.ctx.runner.start(
            try_connection, self.sessions, profile, self.secret.text() or None,
            on_success=self._tested, on_failure=self._failed,
        )  # fmt: skip
        self.busy.track(
            self._task, "Asking the gateway for the payout balance…", disable=[self.test_button], sends=False
        )

    def _tested(self, balance: Any) -> None:
        from ..api.money import format_amount

        self._task = None
        try:
            amount = format_amount(balance.available, self.currency.text().strip().upper())
        except ValueError:
            amount = f"{balance.available} minor units"
        self.message.success(
            f"Connected: the gateway answered; {self.payout_account.text().strip()} has {amount} available for payouts."
        )

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        fields = getattr(exc, "fields", None)
        if isinstance(fields, dict) and fields:
            self.form.set_errors(fields)
        self.message.error(describe_error(exc) if not isinstance(exc, ProfileError) or not fields else
                           "Some fields need attention (see the red notes).")  # fmt: skip

    @Slot()
    def delete_selected(self) -> None:
        name = self._editing
        if name is None or name == getattr(self.ctx.profile, "name", None):
            return
        if not self.confirm_delete(name):
            return
        self._task = self.ctx.runner.start(
            delete_profile, self.sessions, name, on_success=self._deleted, on_failure=self._failed
        )
        self.busy.track(self._task, f"Deleting {name}…", disable=[self.delete_button])

    def _deleted(self, sentence: str) -> None:
        self._task = None
        self.reload(select=getattr(self.ctx.profile, "name", None))
        self.message.success(sentence)

    def confirm_delete(self, name: str) -> bool:
        """Tests monkeypatch this."""
        answer = QMessageBox.question(
            self, "Delete profile", f"Delete the profile {name} and its stored secret? The journal keeps its history."
        )
        return answer == QMessageBox.StandardButton.Yes

    def _keyring_known(self, note: str | None) -> None:
        self.keyring_label.setVisible(bool(note))
        self.keyring_label.setText(note or "")

    def reject(self) -> None:
        if self._task is not None:
            self.busy.cancel()
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: Any, sessions: Any) -> None:
        dialog = cls(parent, ctx, sessions)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


class SecretDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, profile_name: str) -> str | None:
        """The secret typed for `profile_name`, or None when the operator cancels."""
        text, ok = QInputDialog.getText(
            parent,
            "Secret needed",
            f"No secret is stored for the profile {profile_name}.\nType the secret that goes with its merchant key:",
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None
