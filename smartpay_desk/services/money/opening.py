"""Opening one profile's services: a client on its three base URLs and its journal (the data folder's SQLite
journal, or the team journal the profile names)."""

from __future__ import annotations

import os
from pathlib import Path

from ...api.client import Endpoints, SmartPaymentsClient, Timeouts
from ..journal.interface import JournalStore
from ..journal.store import Journal
from ..profiles.profiles import Profile
from . import crashhook
from .fingerprint import key_from_secret
from .operations import OperationsService
from .reconcile import NOT_FOUND_GRACE_S


def open_session(
    profile: Profile,
    secret: str,
    data_dir: str | os.PathLike[str],
    *,
    timeouts: Timeouts | None = None,
    journal: JournalStore | None = None,
    operator: str | None = None,
    settle_deadline_s: float = 20.0,
    settle_first_delay_s: float = 0.5,
    not_found_grace_s: float = NOT_FOUND_GRACE_S,
) -> OperationsService:
    """The services of one profile: a client on its three base URLs and the data directory's journal
    (opened here and closed by close(), unless one is passed in)."""
    endpoints = Endpoints(gateway=profile.gateway_url, pci=profile.pci_url, reports=profile.reports_url)
    client = SmartPaymentsClient(
        endpoints, profile.merchant_key, secret, timeouts=timeouts or Timeouts(), transport=crashhook.transport()
    )
    return OperationsService(
        client,
        journal or journal_of(profile, data_dir),
        profile,
        operator,
        settle_deadline_s=settle_deadline_s,
        settle_first_delay_s=settle_first_delay_s,
        owns_journal=journal is None,
        not_found_grace_s=not_found_grace_s,
        fingerprint_key=key_from_secret(secret),
    )


def journal_of(profile: Profile | None, data_dir: str | os.PathLike[str]) -> JournalStore:
    """The journal `profile` writes to: its team journal, or the data folder's (also with no profile)."""
    if profile is None or not profile.journal:
        return Journal.in_dir(Path(data_dir))
    from ..team.store import TeamJournal  # psycopg: only for a team profile

    return TeamJournal(profile.journal, data_dir)
