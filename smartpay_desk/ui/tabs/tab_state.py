"""What a money tab keeps for one profile (ui/context.py: `session.views[KEY]`); view_state.py reads and
puts back form fields and sentences.

A tab stores a frozen dataclass of its own making on `session_leaving` and shows it again on
`profile_changed`. An answer to a call sent under a profile that is no longer in front is put into that
profile's saved view (`keep_answer`), never shown under the other.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ...services.money.sending import OperationResult
    from ..context import ProfileSession
    from ..widgets.panels import MessageLine

V = TypeVar("V")
Said = tuple[str, str]  # (tone, text) of a MessageLine: "error" | "success" | "info", or ("", "")


def said(line: MessageLine) -> Said:
    """What the line says, to put back with view_state.say_again(line, *said)."""
    return (line.tone, line.text()) if line.tone else ("", "")


def sentences(fields: Mapping[str, str]) -> str:
    """The sentences of a form's errors (the core's, api/said.py) said in the desk's language, one after another."""
    from ..i18n import say

    return " ".join(say(sentence) for sentence in fields.values())


def saved(session: ProfileSession | None, key: str, kind: type[V]) -> V | None:
    """The view of type `kind` this session kept under `key`, if any."""
    view = session.views.get(key) if session is not None else None
    return view if isinstance(view, kind) else None


def keep_answer(session: ProfileSession, key: str, kind: type[Any], **changes: object) -> None:
    """Put what came back for a profile no longer in front into its saved view (if it has one)."""
    view = saved(session, key, kind)
    if view is not None:
        session.views[key] = replace(view, **changes)


def said_of(result: OperationResult) -> Said:
    """What a MessageLine says of an operation's result: its error, its success, or its state's sentence."""
    from ...services.journal.states import State
    from ..i18n import say
    from ..messages import describe_error

    if result.error is not None:
        return "error", f"{describe_error(result.error)} {say(result.message)}"
    if result.state == State.SUCCEEDED:
        return "success", say(result.message)
    return ("error" if result.state == State.FAILED else "info"), say(result.message)
