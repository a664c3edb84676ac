"""What a money tab says when the team's policy held its payout or refund for a second person
(services.team.approvals.ApprovalRequested): not an error, nothing was sent, a request waits in Approvals.

    asked = approval_asked(exc)           # the ApprovalRequested, or None for any other failure
    say_requested(self.message, self.ctx, asked)

The sentence is the request's own (its user_message()), with a link that opens the request in the Approvals
tab (ctx.navigate("approvals", id)). The tab then starts a new operation, as after a success.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...services.team.approvals import ApprovalRequested
    from ..context import DeskContext
    from ..widgets.panels import MessageLine

LINKED = "approvalsLink"  # a MessageLine's property: its link is wired to ctx.navigate already


def approval_asked(exc: BaseException) -> ApprovalRequested | None:
    if type(exc).__name__ != "ApprovalRequested":  # no import of the team journal for any other failure
        return None
    from ...services.team.approvals import ApprovalRequested

    return exc if isinstance(exc, ApprovalRequested) else None


def requested_words(asked: ApprovalRequested) -> str:
    """The sentence with a link to the request (rich text for a MessageLine)."""
    request = asked.approval.id
    from ..i18n import say, tr

    link = tr("Open request {request}").format(request=request)
    return f'{html.escape(say(asked.user_message()), quote=False)} <a href="approvals:{request}">{link}</a>'


def say_requested(line: MessageLine, ctx: DeskContext, asked: ApprovalRequested) -> None:
    """Say it in `line` (an information, not an error), its link opening the request in Approvals."""
    from PySide6 import QtCore

    if not line.property(LINKED):
        line.setProperty(LINKED, True)
        flags = QtCore.Qt.TextInteractionFlag
        line.setTextInteractionFlags(
            flags.TextSelectableByMouse | flags.LinksAccessibleByMouse | flags.LinksAccessibleByKeyboard
        )
        line.setOpenExternalLinks(False)
        line.linkActivated.connect(lambda href: _open(ctx, href))
    line.info(requested_words(asked))


def _open(ctx: DeskContext, href: str) -> None:
    kind, _, value = href.partition(":")
    if kind == "approvals" and value.isdigit():
        ctx.navigate.emit("approvals", int(value))
