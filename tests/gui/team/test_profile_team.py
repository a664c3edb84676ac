"""The Profiles dialog's "Team journal" field (issue 14): the address is checked next to the field, and a password
typed in it goes to the system keyring (where the desk looks for it), never into profiles.json."""

from __future__ import annotations

from typing import Any

import pytest

from smartpay_desk.services.profiles.profiles import Environment
from smartpay_desk.services.team.connect import KEYRING_SERVICE
from smartpay_desk.ui.profile_dialog import ProfileDialog
from smartpay_desk.ui.profile_team import TeamJournalField, hide_password
from tests.unit.services.support import MemoryKeyring

TYPED = "postgresql://clerk1:pw-typed-here@db.example:5432/smartpay?sslmode=require"
STORED = "postgresql://clerk1@db.example:5432/smartpay?sslmode=require"


@pytest.fixture
def dialog(qtbot: Any, desk_session: Any) -> ProfileDialog:
    widget = ProfileDialog(None, desk_session.ctx, desk_session)
    widget.confirm_discard = lambda name: True  # type: ignore[method-assign]
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _fill(dialog: ProfileDialog, journal: str) -> None:
    dialog.new_profile()
    dialog.name.setText("Shop team")
    dialog.environment.setCurrentIndex(dialog.environment.findData(Environment.TEST))
    for key, edit in dialog.urls.items():
        edit.setText("https://api.example.com" + ("/aggregation-service" if key == "reports_url" else ""))
    dialog.merchant_key.setText("shop-key")
    dialog.secret.setText("s3cret")
    dialog.account.setText("EUR-shop")
    dialog.payout_account.setText("EUR-shop-payout")
    dialog.team.edit.setText(journal)


def _said(qtbot: Any, dialog: ProfileDialog) -> str:
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog) and not dialog.busy.is_busy(), timeout=5000)
    return dialog.message.text()


def test_a_password_typed_in_the_address_goes_to_the_keyring(
    qtbot: Any, dialog: ProfileDialog, desk_session: Any, monkeypatch: Any
) -> None:
    keyring = MemoryKeyring()
    monkeypatch.setattr(TeamJournalField, "keyring", keyring)
    _fill(dialog, TYPED)
    dialog.save()
    assert dialog.team.edit.text() == STORED  # off the screen at once
    said = _said(qtbot, dialog)
    assert "The team journal's password for clerk1@db.example:5432/smartpay is in the system keyring." in said
    assert desk_session.store.get("Shop team").journal == STORED
    assert keyring.passwords[(KEYRING_SERVICE, "clerk1@db.example:5432/smartpay")] == "pw-typed-here"
    assert "pw-typed-here" not in (desk_session.data_dir / "profiles.json").read_text()
    assert dialog.team.edit.text() == STORED  # the profile as stored, shown again


def test_without_a_keyring_the_password_is_not_kept_and_the_address_is(
    qtbot: Any, dialog: ProfileDialog, desk_session: Any
) -> None:
    _fill(dialog, TYPED)  # the tests' keyring is keyring's fail backend
    dialog.save()
    said = _said(qtbot, dialog)
    assert "password was not kept" in said and "~/.pgpass or PGPASSWORD" in said
    assert desk_session.store.get("Shop team").journal == STORED
    assert "pw-typed-here" not in (desk_session.data_dir / "profiles.json").read_text()


def test_the_address_is_checked_next_to_the_field(qtbot: Any, dialog: ProfileDialog, desk_session: Any) -> None:
    _fill(dialog, "mysql://clerk1@db.example/smartpay")
    dialog.save()
    assert dialog.form.error("journal") == (
        "A team journal is a PostgreSQL address: postgresql://login@host:5432/database."
    )
    assert "Shop team" not in desk_session.store
    _fill(dialog, "postgresql://[::1")  # libpq cannot read it: said by the worker, nothing saved
    dialog.save()
    _said(qtbot, dialog)
    assert dialog.form.error("journal").startswith("The team journal's address cannot be read")
    assert "Shop team" not in desk_session.store
    _fill(dialog, "")  # empty: the profile keeps its own journal
    dialog.save()
    assert "saved" in _said(qtbot, dialog) and desk_session.store.get("Shop team").journal == ""


def test_the_password_is_hidden_before_any_parser_runs() -> None:
    assert hide_password(TYPED) == STORED
    assert hide_password("postgresql://u@h/db?password=x&sslmode=require") == "postgresql://u@h/db?sslmode=require"
    assert hide_password("postgresql://u@h/db?sslmode=require&password=x") == "postgresql://u@h/db?sslmode=require"
    assert hide_password("postgresql://h/db") == "postgresql://h/db"
