"""The payer's fields shared by payment links, card payments by phone and authorizations."""

from __future__ import annotations

import functools

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ...api.models import Customer
from ..i18n import locale_name, tr
from .forms import FieldForm

DEFAULT_COUNTRY = "GB"
DEFAULT_IP = "127.0.0.1"


def countries() -> list[tuple[str, str]]:
    """(alpha-2 code, "Name (CODE)") for every ISO 3166 country, by name, in the desk's language."""
    return _countries(locale_name())


@functools.cache
def _countries(locale: str) -> list[tuple[str, str]]:
    import pycountry
    from babel import Locale

    names = Locale.parse(locale).territories  # "Vereinigtes Königreich" in German; English names otherwise
    items = []
    for c in pycountry.countries:
        name = names.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
        items.append((c.alpha_2, f"{name} ({c.alpha_2})"))
    return sorted(items, key=lambda item: item[1])


class CountryBox(QComboBox):
    """A country chosen by name; `code()` gives its ISO alpha-2 code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code, label in countries():
            self.addItem(label, code)
        self.setEditable(False)
        self.setMaxVisibleItems(15)
        self.set_code(DEFAULT_COUNTRY)

    def code(self) -> str:
        return str(self.currentData() or "")

    def set_code(self, code: str) -> None:
        index = self.findData(code.upper())
        if index >= 0:
            self.setCurrentIndex(index)


def _line(parent: QWidget, placeholder: str = "", max_len: int = 255) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(max_len)
    return edit


class CustomerForm(FieldForm):
    """customer_first_name … customer_ip_address, with the gateway's field names for errors."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_name = _line(self, tr("John"))
        self.last_name = _line(self, tr("Doe"))
        self.address = _line(self, tr("10 Downing Street"))
        self.city = _line(self, tr("London"))
        self.zip_code = _line(self, tr("SW1A 2AA"), 16)
        self.country = CountryBox(self)
        self.phone = _line(self, "+442079460612", 16)
        self.email = _line(self, "name@example.com")
        self.ip_address = _line(self, DEFAULT_IP, 45)
        self.ip_address.setText(DEFAULT_IP)
        add = self.add_field
        add(
            "customer_first_name", tr("First name"), self.first_name, tr("The customer's first name, as on their card.")
        )
        add("customer_last_name", tr("Last name"), self.last_name, tr("The customer's last name, as on their card."))
        add("customer_address", tr("Address"), self.address, tr("Street and number of the customer's address."))
        add("customer_city", tr("City"), self.city, tr("The customer's city."))
        add("customer_zip_code", tr("Zip code"), self.zip_code, tr("The customer's postal code, e.g. SW1A 2AA."))
        add("customer_country", tr("Country"), self.country, tr("The customer's country (sent as its ISO code)."))
        add("customer_phone", tr("Phone"), self.phone, tr("International format: + then country code and number."))
        add("customer_email", tr("Email"), self.email, tr("Where the customer can be reached, e.g. name@example.com."))
        add(
            "customer_ip_address",
            tr("IP address"),
            self.ip_address,
            tr("The customer's IP address; 127.0.0.1 when they are on the phone with you."),
        )

    def customer(self) -> Customer:
        return Customer(
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            address=self.address.text().strip(),
            city=self.city.text().strip(),
            zip_code=self.zip_code.text().strip(),
            country=self.country.code(),
            phone=self.phone.text().strip().replace(" ", ""),
            email=self.email.text().strip(),
            ip_address=self.ip_address.text().strip(),
        )

    def set_customer(self, customer: Customer) -> None:
        self.first_name.setText(customer.first_name)
        self.last_name.setText(customer.last_name)
        self.address.setText(customer.address)
        self.city.setText(customer.city)
        self.zip_code.setText(customer.zip_code)
        self.country.set_code(customer.country)
        self.phone.setText(customer.phone)
        self.email.setText(customer.email)
        self.ip_address.setText(customer.ip_address)
