"""Profile dialog: add / edit / rename / delete with an in-memory keyring, refusals, test connection."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from smartpay_desk.services.profiles.credentials import SERVICE, CredentialStore
from smartpay_desk.services.profiles.profiles import Environment
from smartpay_desk.ui.profile_dialog import ProfileDialog


def _leaving_without_asking(widget: ProfileDialog) -> ProfileDialog:
    """qtbot closes the dialogs a test leaves open: never with a question box waiting for an answer."""
    widget.confirm_discard = lambda name: True  # type: ignore[method-assign]
    return widget


@pytest.fixture
def dialog(qtbot: Any, desk_session: Any) -> ProfileDialog:
    widget = _leaving_without_asking(ProfileDialog(None, desk_session.ctx, desk_session))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _fill_new(dialog: ProfileDialog, name: str, url: str, typed: str = "s3cret") -> None:
    dialog.new_profile()
    dialog.name.setText(name)
    dialog.environment.setCurrentIndex(dialog.environment.findData(Environment.PRODUCTION))
    dialog.urls["gateway_url"].setText(url)
    dialog.urls["pci_url"].setText(url)
    dialog.urls["reports_url"].setText(url + "/aggregation-service")
    dialog.merchant_key.setText("shop-key")
    dialog.secret.setText(typed)
    dialog.account.setText("EUR-shop")
    dialog.payout_account.setText("EUR-shop-payout")


def _wait_message(qtbot: Any, dialog: ProfileDialog) -> str:
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog) and not dialog.busy.is_busy(), timeout=5000)
    return dialog.message.text()


def test_add_edit_rename_delete(
    qtbot: Any, dialog: ProfileDialog, desk_session: Any, memory_keyring: Any, monkeypatch: Any
) -> None:
    store = desk_session.store
    _fill_new(dialog, "Shop live", "https://api.example.com")
    dialog.save()
    assert dialog.secret.text() == ""  # not kept in the widget
    assert "system keyring" in _wait_message(qtbot, dialog)
    assert store.get("Shop live").environment is Environment.PRODUCTION
    assert memory_keyring.passwords[(SERVICE, "Shop live")] == "s3cret"
    assert "s3cret" not in (desk_session.data_dir / "profiles.json").read_text()

    dialog.name.setText("Shop EUR live")
    dialog.account.setText("EUR-shop-2")
    dialog.save()
    assert "was saved" in _wait_message(qtbot, dialog)
    assert "Shop live" not in store and store.get("Shop EUR live").account == "EUR-shop-2"
    assert memory_keyring.passwords == {(SERVICE, "Shop EUR live"): "s3cret"}
    assert dialog.list.count() == 2

    monkeypatch.setattr(ProfileDialog, "confirm_delete", lambda self, name: True)
    assert dialog.delete_button.isEnabled()
    dialog.delete_selected()
    assert "deleted" in _wait_message(qtbot, dialog)
    assert store.names() == ["Sandbox"]
    assert memory_keyring.passwords == {}


def test_refusals_are_shown_next_to_the_fields(qtbot: Any, dialog: ProfileDialog, desk_session: Any) -> None:
    _fill_new(dialog, "Sandbox", "http://gateway.example.com", typed="")
    dialog.merchant_key.setText("")
    dialog.save()
    assert "already exists" in dialog.form.error("name")
    assert "https" in dialog.form.error("gateway_url")
    assert dialog.form.error("merchant_key")
    assert dialog.form.error("secret")
    assert dialog.message.tone == "error"
    assert desk_session.store.names() == ["Sandbox"]
    assert desk_session.ctx.runner.active_count() <= 1  # only the keyring note, nothing saved


def test_active_profile_cannot_be_deleted(dialog: ProfileDialog) -> None:
    assert dialog._editing == "Sandbox"
    assert not dialog.delete_button.isEnabled()
    assert not dialog.secret.isEnabled()  # the embedded sandbox uses the documented secret


def test_connection_to_the_sandbox_shows_the_balance(qtbot: Any, dialog: ProfileDialog) -> None:
    dialog.test()
    text = _wait_message(qtbot, dialog)
    assert text.startswith("Connected") and "EUR-sandbox-payout" in text and "€" in text


def test_connection_with_a_wrong_secret_says_so(qtbot: Any, dialog: ProfileDialog, sandbox: Any) -> None:
    _fill_new(dialog, "Wrong", sandbox.url, typed="not-the-secret")
    dialog.merchant_key.setText("test")
    dialog.payout_account.setText("EUR-sandbox-payout")
    dialog.test()
    assert "refused the merchant key or secret" in _wait_message(qtbot, dialog)


class _FailKeyring:
    """Looks like keyring's `fail` backend: no usable keyring on this machine."""


_FailKeyring.__module__ = "keyring.backends.fail"


def test_without_a_keyring_the_secret_is_for_this_session_only(qtbot: Any, desk_session: Any) -> None:
    desk_session._credentials = CredentialStore(backend=_FailKeyring())
    dialog = _leaving_without_asking(ProfileDialog(None, desk_session.ctx, desk_session))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.keyring_label.isVisibleTo(dialog), timeout=5000)
    assert "kept for this session only" in dialog.keyring_label.text()
    _fill_new(dialog, "Shop", "https://api.example.com")
    dialog.save()
    assert "kept for this session only" in _wait_message(qtbot, dialog)
    assert desk_session.credentials.get("Shop") == "s3cret"


def test_closing_with_edits_not_saved_asks_first(qtbot: Any, desk_session: Any) -> None:
    dialog = ProfileDialog(None, desk_session.ctx, desk_session)
    qtbot.addWidget(dialog)
    asked: list[str] = []
    answers = [False, True]
    dialog.confirm_discard = lambda name: asked.append(name) or answers.pop(0)  # type: ignore[method-assign]
    dialog.show()
    assert not dialog.has_unsaved_edits()
    dialog.account.setText("EUR-other")
    dialog.close()  # the window's close button: asked, and the answer is "no"
    assert asked == ["Sandbox"] and dialog.isVisible() and dialog.account.text() == "EUR-other"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # asked again: "yes, discard them"
    assert asked == ["Sandbox", "Sandbox"] and not dialog.isVisible()
    assert desk_session.store.get("Sandbox").account == "EUR-sandbox"


def test_saved_or_untouched_closes_without_asking(qtbot: Any, dialog: ProfileDialog) -> None:
    dialog.confirm_discard = lambda name: pytest.fail("nothing to discard")  # type: ignore[method-assign]
    dialog.list.setCurrentRow(0)
    dialog.account.setText("EUR-sandbox-2")
    dialog.save()
    assert "was saved" in _wait_message(qtbot, dialog)
    dialog.close()
    assert not dialog.isVisible()


def test_a_red_note_goes_once_its_field_is_edited(qtbot: Any, dialog: ProfileDialog) -> None:
    _fill_new(dialog, "Shop", "http://gateway.example.com")
    dialog.merchant_key.setText("")
    dialog.save()
    assert "https" in dialog.form.error("gateway_url") and dialog.form.error("merchant_key")
    gateway = dialog.urls["gateway_url"]
    gateway.selectAll()
    qtbot.keyClicks(gateway, "https://gateway.example.com")
    assert dialog.form.error("gateway_url") == ""  # fixed: no old red note beside it
    assert dialog.form.error("merchant_key")  # not touched: still said
