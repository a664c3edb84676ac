"""The Profiles dialog's form (profile_dialog.py): a profile's fields, each with a label whose mnemonic (Alt+letter)
focuses it, a tooltip, and an accessible name (widgets/forms.py gives the label's words to the field)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ..services.profiles.profiles import Environment
from .i18n import tr
from .profile_team import TeamJournalField
from .theme import set_tone
from .widgets.forms import FieldForm, Section
from .window_words import environment_name

DOCUMENTED_URLS = {
    "gateway_url": "https://api-gateway.smartcore.pro",
    "pci_url": "https://chd-api.smartcore.pro",
    "reports_url": "https://service.magua-pay.com/aggregation-service",
}


class ProfileFields(Section):
    """Name, environment, the three addresses, merchant key, secret, accounts, currency and the team journal."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(tr("Profile"), parent)
        self.form = FieldForm(self)
        self.name = QLineEdit(self)
        self.environment = QComboBox(self)
        for env in Environment:
            self.environment.addItem(environment_name(env), env)
        self.urls = {key: QLineEdit(self) for key in DOCUMENTED_URLS}
        self.merchant_key = QLineEdit(self)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.account = QLineEdit(self)
        self.payout_account = QLineEdit(self)
        self.currency = QLineEdit(self)
        self.currency.setMaxLength(3)
        f = self.form.add_field
        f("name", tr("&Name"), self.name, tr("A name you recognise, e.g. “Shop EUR – production”."))
        f("environment", tr("&Environment"), self.environment, tr("Sandbox, Test or Production: decides the banner "
          "colour and whether every money-moving action asks you to type the amount."))  # fmt: skip
        f("gateway_url", tr("&Gateway address"), self.urls["gateway_url"],
          tr("Base address for payments, checks, refunds."))  # fmt: skip
        f("pci_url", tr("&Card-data address"), self.urls["pci_url"],
          tr("Base address for card payments and payouts (PCI)."))  # fmt: skip
        f("reports_url", tr("&Reports address"), self.urls["reports_url"],
          tr("Base address of reports, ending in /aggregation-service."))  # fmt: skip
        f("merchant_key", tr("&Merchant key"), self.merchant_key, tr("The merchant key the gateway gave you."))
        f("secret", tr("Secre&t"), self.secret, tr("The secret that goes with the merchant key. Kept only in the "
          "system keyring; leave empty to keep the one already stored."))  # fmt: skip
        f("account", tr("&Payments account"), self.account,
          tr("The merchant account payments go to, e.g. EUR-sandbox."))  # fmt: skip
        f("payout_account", tr("Payout acco&unt"), self.payout_account, tr("The account payouts are paid from."))
        f("currency", tr("Currenc&y"), self.currency, tr("The accounts' currency, three letters, e.g. EUR."))
        self.team = TeamJournalField(self.form, self)  # a team's shared journal (profile_team.py)
        self.add(self.form)
        self.embedded_note = QLabel(
            tr("This profile runs the practice gateway inside the desk, on this computer: its addresses and the "
               "documented test secret are filled in for you."),
            self,
        )  # fmt: skip
        self.embedded_note.setObjectName("sectionNote")
        self.embedded_note.setWordWrap(True)
        self.add(self.embedded_note)
        self.keyring_label = QLabel("", self)
        self.keyring_label.setWordWrap(True)
        set_tone(self.keyring_label, "warning")
        self.keyring_label.hide()
        self.add(self.keyring_label)
