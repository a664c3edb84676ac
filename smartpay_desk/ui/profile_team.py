"""The Profiles dialog's "Team journal (optional)" field: the libpq address of the team's PostgreSQL journal
(services/team/), e.g. postgresql://clerk1@db.example:5432/smartpay. Empty: the profile keeps its own journal.

    self.team = TeamJournalField(self.form, section)     # the field, under the others
    self.team.load(profile.journal)                      # shown as stored (never with a password)
    profile = self.team.into(profile)                    # the address typed, into the profile to check and save
    call = self.team.saving(save_profile, store, credentials, profile, old_name, secret)   # run in a worker

validate_profile says what is wrong with the address (its sentence under the field, as for any field). A
password typed in the address never reaches profiles.json: it is taken out of the field as soon as Save is
pressed, and the worker puts it in the system keyring (service `smartpay-desk-team`, user login@host:port/db:
services/team/connect.py, where the desk looks for it) and saves the address without it. Without a usable
keyring it is not kept at all, and the sentence says how libpq can be given it instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLineEdit, QWidget

from .i18n import say, tr
from .worker import Call

if TYPE_CHECKING:
    from ..services.profiles.profiles import Profile
    from .widgets.forms import FieldForm

PLACEHOLDER = "postgresql://your-login@host:5432/smartpay"
_QUERY_PASSWORD = re.compile(r"([?&])password=[^&]*&?")


def hide_password(uri: str) -> str:
    """The address without a password typed in it (on the GUI thread: no libpq parser here, psycopg is slow to
    load); the worker parses it properly (connect.without_password) before anything is stored."""
    text = _QUERY_PASSWORD.sub(r"\1", uri).rstrip("?&")
    scheme, found, rest = text.partition("://")
    if not found:
        return text
    authority, slash, path = rest.partition("/")
    if "@" in authority:
        user_info, _, hosts = authority.rpartition("@")
        authority = f"{user_info.partition(':')[0]}@{hosts}"
    return f"{scheme}://{authority}{slash}{path}"


def keep_password(profile: Profile, keyring: Any | None) -> tuple[Profile, str]:
    """(the profile with its team journal's address without a password; a sentence about the password, or "").
    Blocking (the keyring, psycopg's parser): a worker's job. Raises ProfileError when libpq cannot read it."""
    if not profile.journal:
        return profile, ""
    from psycopg.conninfo import conninfo_to_dict

    from ..services.profiles.editing import keep_password as keep
    from ..services.profiles.profiles import ProfileError
    from ..services.team import connect

    try:
        info = connect.conninfo(profile.journal)
        password = conninfo_to_dict(profile.journal).get("password")
        bare = connect.without_password(profile.journal)
    except ValueError as exc:  # libpq's reason, in a sentence
        from ..api.said import sentence_of

        raise ProfileError({"journal": sentence_of(exc)}) from None
    profile = profile._replace(journal=bare)
    if not password:
        return profile, ""
    login = connect.where(info)
    if keep(connect.KEYRING_SERVICE, login, str(password), keyring=keyring) is not None:  # not kept: say how else
        return profile, tr(
            "The team journal's password was not kept: this computer has no system keyring the desk can use. "
            "Give it to libpq instead, in ~/.pgpass or PGPASSWORD, for {login}."
        ).format(login=login)
    return profile, tr("The team journal's password for {login} is in the system keyring.").format(login=login)


def _save_keeping_password(keyring: Any | None, save: Callable[..., str], *args: Any) -> str:
    """The worker: the password to the keyring, then the profile saved without it; both sentences."""
    store, credentials, profile, *rest = args
    profile, said = keep_password(profile, keyring)
    saved = save(store, credentials, profile, *rest)
    return f"{say(saved)} {said}".strip()  # the core's sentence in the desk's words, then the password's


class TeamJournalField:
    keyring: Any | None = None  # where the password goes: None is the system keyring (tests give their own)

    def __init__(self, form: FieldForm, parent: QWidget) -> None:
        self.edit = QLineEdit(parent)
        self.edit.setPlaceholderText(PLACEHOLDER)
        self.edit.setAccessibleName(tr("Team journal"))
        tip = tr(
            "Leave empty to keep this desk's own journal. A team's shared journal on PostgreSQL: your own login, the "
            "server and the database. A password typed here goes to the system keyring, never into the profile."
        )
        form.add_field("journal", tr("Team &journal (optional)"), self.edit, tip)

    def load(self, uri: str) -> None:
        self.edit.setText(uri)

    def into(self, profile: Profile) -> Profile:
        return profile._replace(journal=self.edit.text().strip())

    def saving(self, save: Callable[..., str], *args: Any) -> Call[str]:
        """The save to run in a worker; the password typed is taken off the screen now."""
        shown = self.edit.text()
        if hide_password(shown) != shown:
            self.edit.setText(hide_password(shown))
        return Call(_save_keeping_password, self.keyring, save, *args)
