"""How a desk reaches its team journal: the libpq URI, TLS as libpq does it, the password, and what a failure
means in a sentence.

    info = conninfo("postgresql://clerk1@db.example:5432/smartpay")   # sslmode=verify-full added: not loopback
    conn = connect(info)                                               # psycopg 3, autocommit, 5 s to connect
    where(info)                                                        # "clerk1@db.example:5432/smartpay"

The password is never in a file of ours: it comes from the system keyring (service `smartpay-desk-team`, user
`where(info)`, stored by `smartpay team password`), else from libpq itself (`PGPASSWORD`, `~/.pgpass`), or it is
in the URI the operator typed for this run. A URI is never written anywhere with its password (`where` drops it).
"""

from __future__ import annotations

import ipaddress
from typing import Any

from ...api.said import said
from ..journal.errors import JournalUnavailable

KEYRING_SERVICE = "smartpay-desk-team"
CONNECT_TIMEOUT_S = 5


class TeamJournalUnavailable(JournalUnavailable):
    sentence = said("The team journal cannot be reached, so the intent could not be recorded and nothing was sent.")
    reason = "team journal unreachable"
    state_words = said("The team journal cannot be reached")


class TeamJournalRefused(JournalUnavailable):
    """The server refused what was asked (a rule of the team journal); the detail is the server's sentence."""

    sentence = said("The team journal refused it, so nothing was sent.")
    reason = "refused by the team journal"


def _is_loopback(host: str) -> bool:
    if not host or host.startswith("/") or host == "localhost":
        return True  # a Unix socket, or this machine
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def conninfo(uri: str) -> str:
    """The URI with `sslmode=verify-full` added where it names no sslmode and any host is not this machine.
    Raises ValueError with a sentence when libpq cannot read it."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    try:
        parts = conninfo_to_dict(uri)
    except Exception as exc:  # psycopg.ProgrammingError: libpq's own words
        raise ValueError(said("The team journal's address cannot be read: {reason}", reason=_first_line(exc))) from None
    hosts = str(parts.get("host") or "").split(",")
    if "sslmode" not in parts and not all(_is_loopback(h.strip()) for h in hosts):
        parts["sslmode"] = "verify-full"
    return make_conninfo("", **{k: str(v) for k, v in parts.items() if v is not None})


def where(info: str) -> str:
    """user@host:port/dbname, without the password: what may be shown, logged and stored."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        parts = conninfo_to_dict(info)
    except Exception:
        return said("the team journal")
    user = str(parts.get("user") or "")
    host = str(parts.get("host") or "localhost")
    port = str(parts.get("port") or "5432")
    db = str(parts.get("dbname") or user)
    return f"{user + '@' if user else ''}{host}:{port}/{db}"


def without_password(uri: str) -> str:
    """The URI as it may be stored in profiles.json (a password in it is dropped)."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    parts = conninfo_to_dict(uri)
    parts.pop("password", None)
    if uri.startswith(("postgresql://", "postgres://")):
        user = parts.pop("user", None)
        host = parts.pop("host", None) or ""
        port = parts.pop("port", None)
        db = parts.pop("dbname", None) or ""
        rest = "&".join(f"{k}={v}" for k, v in parts.items() if v is not None)
        auth = f"{user}@" if user else ""
        return f"postgresql://{auth}{host}{':' + str(port) if port else ''}/{db}{'?' + rest if rest else ''}"
    return make_conninfo("", **{k: str(v) for k, v in parts.items() if v is not None})


def keyring_password(info: str, keyring: Any | None = None) -> str | None:
    """The password kept for this login in the system keyring, or None (libpq then tries its own ways)."""
    try:
        if keyring is None:
            import keyring as system_keyring

            keyring = system_keyring
        found = keyring.get_password(KEYRING_SERVICE, where(info))
    except Exception:  # no keyring here: libpq's own ways remain
        return None
    return str(found) if found else None


def connect(info: str, *, password: str | None = None, keyring: Any | None = None) -> Any:
    """An autocommit psycopg connection, or TeamJournalUnavailable with libpq's reason in a sentence."""
    import psycopg

    kwargs: dict[str, Any] = {"autocommit": True, "connect_timeout": CONNECT_TIMEOUT_S}
    secret = password or keyring_password(info, keyring)
    if secret:
        kwargs["password"] = secret
    try:
        return psycopg.connect(info, **kwargs)
    except psycopg.Error as exc:
        raise unavailable(info, exc) from None


def unavailable(info: str, exc: BaseException) -> TeamJournalUnavailable:
    return TeamJournalUnavailable(said("{where}: {reason}", where=where(info), reason=_first_line(exc)))


def _first_line(exc: BaseException) -> str:
    from ...api.scrub import scrub

    text = str(exc).strip().splitlines()
    return scrub(text[0] if text else type(exc).__name__)[:300]
