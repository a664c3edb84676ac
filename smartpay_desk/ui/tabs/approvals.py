"""Approvals: the team's requests for a second person (four-eyes), and deciding them.

On a team journal (services/team/) a payout or refund at or above the team's policy is not sent: it becomes a
request. This tab lists every desk's requests (who asked, what, how much, to whom (masked), why, its state, who
decided, when it expires), live: it reads them again when the server tells of a request or a decision
(ctx.team_news, ui/team_news.py). On the request chosen:
  - "Approve and send…": the confirmation names exactly what is sent; then, in a worker, the approval and the
    send from this desk (services.team.release: exactly once for the whole team). A card payout asks for the
    card number again in that dialog (the team journal never holds one);
  - "Send approved…": sends a request approved earlier (by this desk or another);
  - "Reject…": with a reason, which the requester reads.
A button that would be refused is disabled, its reason said under the list ("Another person must approve your
own request"); whether this login is an approver is the server's to say, in its own sentence. A profile that
keeps its own journal is told, in a sentence, how a team sets one up.

Public API: tab.refresh(), tab.show_request(id) (also ctx.navigate("approvals", id)), tab.approve_selected(),
tab.send_selected(), tab.reject_selected(), signal `loaded(int)`. The worker calls are approvals_calls.py, the
table and its words approvals_model.py, the dialogs approvals_dialogs.py, the actions and their answers
approvals_send.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..i18n import say, tr
from ..widgets.busy import BusyBar
from ..widgets.icons import icon
from ..widgets.panels import MessageLine, ResultPanel, primary
from ..worker import Call
from .approvals_calls import Loaded, read_approvals
from .approvals_model import ApprovalsModel, allowed, approvals_table
from .approvals_send import ApprovalsActions, policy_words
from .tab_state import said
from .view_state import say_again

if TYPE_CHECKING:
    from ...services.team.approvals import Approval
    from ..context import DeskContext
    from ..worker import Task

VIEW_KEY = "approvals"
NEWS_MS = 150  # news of a request or a decision: read within this (more news meanwhile does not put it off)
NO_TEAM_TITLE = "Approvals need a team journal"


def no_team_words() -> str:
    """How a team sets up a shared journal (shown to a profile of its own journal)."""
    return tr(
        "<p>This profile keeps its own journal on this computer, so no other person can approve its payouts and "
        "refunds. A team shares one journal on PostgreSQL, and payouts and refunds from an amount the team sets wait "
        "here for a second person:</p><ol>"
        "<li>The database owner creates it, once:<br><code>smartpay team init --journal "
        "postgresql://owner@host:5432/smartpay</code><br>and gives each clerk a login of their own (an approver is "
        "granted <code>smartpay_approver</code>).</li>"
        "<li>In <b>Profiles…</b>, set <b>Team journal</b> to your own login's address, e.g.<br>"
        "<code>postgresql://your-login@host:5432/smartpay</code></li>"
        "<li>An approver sets the amount from which a second person must approve, e.g.<br><code>smartpay team policy "
        "--approval-above 500 --currency EUR</code></li></ol>"
    )


class ApprovalsView:
    """What the tab keeps for one profile (session.views): the filter and the request chosen."""

    def __init__(self, everything: bool, selected: int | None, message: tuple[str, str]) -> None:
        self.everything, self.selected, self.message = everything, selected, message


class ApprovalsTab(ApprovalsActions):
    title = "Approvals"
    icon_name = "approvals"
    loaded = Signal(int)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: Task | None = None
        self.action_task: Task | None = None
        self.login = ""
        self._selected_id: int | None = None
        self._wanted = False  # the request chosen was asked for (navigate): shown even when no longer open
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(NEWS_MS)
        self._soon.timeout.connect(self.refresh)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(8)

        self.no_team = ResultPanel(self)  # a profile of its own journal: how a team sets one up
        caption = QLabel(tr("Approvals need a team journal"), self.no_team)
        caption.setObjectName("resultTitle")
        self.no_team_text = QLabel(no_team_words(), self.no_team)
        self.no_team_text.setWordWrap(True)
        self.no_team.setMaximumWidth(760)
        self.no_team_text.setProperty("textInteractionFlags", "TextSelectableByMouse")
        self.no_team.body.addWidget(caption)
        self.no_team.body.addWidget(self.no_team_text)
        self.no_team.hide()
        outer.addWidget(self.no_team, 0)

        self.team_box = QWidget(self)
        column = QVBoxLayout(self.team_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        bar = QHBoxLayout()
        self.policy_label = QLabel("", self.team_box)  # the team's policy and who this desk is on the server
        self.policy_label.setObjectName("hint")
        self.policy_label.setWordWrap(True)
        bar.addWidget(self.policy_label, 1)
        self.show_combo = QComboBox(self.team_box)
        self.show_combo.addItems([tr("Waiting and approved"), tr("All requests")])
        self.show_combo.setToolTip(tr("Open requests only, or also those rejected, expired or sent"))
        self.show_combo.setAccessibleName(tr("Show"))
        self.show_combo.currentIndexChanged.connect(self.refresh)
        self.refresh_button = QPushButton(icon("refresh"), tr("&Refresh"), self.team_box)
        self.refresh_button.setToolTip(tr("Read the team's requests again (they also come by themselves)"))
        self.refresh_button.clicked.connect(self.refresh)
        shown = QLabel(tr("&Show"), self.team_box)
        shown.setBuddy(self.show_combo)
        bar.addWidget(shown)
        bar.addWidget(self.show_combo)
        bar.addWidget(self.refresh_button)
        column.addLayout(bar)
        self.model = ApprovalsModel(self)
        self.view = approvals_table(self.team_box, self.model)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.setAccessibleName(tr("Requests"))
        self.view.activated.connect(self._row_activated)  # Enter: approve (or send) the request, after confirming
        column.addWidget(self.view, 1)
        row = QHBoxLayout()  # what may be done with the request chosen (or why not), and the buttons that do it
        row.setSpacing(8)
        self.why = QLabel("", self.team_box)
        self.why.setObjectName("hint")
        self.why.setWordWrap(True)
        row.addWidget(self.why, 1)
        self.reject_button = QPushButton(icon("cancel"), tr("Re&ject…"), self.team_box)
        self.reject_button.clicked.connect(self.reject_selected)
        self.send_button = QPushButton(icon("send"), tr("Se&nd approved…"), self.team_box)
        self.send_button.clicked.connect(self.send_selected)
        self.approve_button = primary(QPushButton(icon("send"), tr("&Approve and send…"), self.team_box))
        self.approve_button.setDefault(False)
        self.approve_button.clicked.connect(self.approve_selected)
        for button in (self.reject_button, self.send_button, self.approve_button):
            row.addWidget(button, 0)
        column.addLayout(row)
        self.message = MessageLine(self.team_box)  # what came of the last action: a sentence, as on every tab
        column.addWidget(self.message)
        self.busy = BusyBar(self.team_box)
        column.addWidget(self.busy)
        outer.addWidget(self.team_box, 1)
        self.empty = QLabel("", self)  # no profile yet
        self.empty.setObjectName("hint")
        outer.addWidget(self.empty)
        outer.addStretch(0)

        ctx.team_news.connect(self._news)
        ctx.session_leaving.connect(self._leaving)
        ctx.profile_changed.connect(self._arrived)
        self._put_back(ctx.session.views.get(VIEW_KEY) if ctx.session is not None else None)
        self._update_actions()
        if ctx.journal is not None:
            QTimer.singleShot(0, self, self.refresh)

    # ---------------------------------------------------------------- reading

    @property
    def everything(self) -> bool:
        return self.show_combo.currentIndex() == 1

    @Slot()
    def refresh(self) -> Task | None:
        self._soon.stop()
        journal = self.ctx.journal
        from ..team_news import is_team_journal

        team = is_team_journal(journal)
        self.no_team.setVisible(journal is not None and not team)
        self.team_box.setVisible(team)
        self.empty.setVisible(journal is None)
        self.empty.setText(tr("Open a profile to see its team's requests.") if journal is None else "")
        if journal is None or not team:
            self.model.set_requests([])
            self._update_actions()
            return None
        if self.task is not None:
            self.task.cancel()
        self.task = self.ctx.runner.start(Call(read_approvals, journal, self.everything), on_success=self._show,
                                          on_failure=self._failed)  # fmt: skip
        return self.task

    def _show(self, found: Loaded) -> None:
        self.task = None
        self.login = found.login
        self.policy_label.setText(policy_words(found.policies, found.login, getattr(self.ctx.journal, "where", "")))
        keep = self._selected_id
        self.model.set_requests(found.requests)
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and keep is not None and not self.everything and self._wanted:
            self.show_combo.setCurrentIndex(1)  # asked for (navigate) and no longer open: shown among all
            return
        self._wanted = False
        if row is None and found.requests:
            row = 0
        if row is not None:
            self.view.selectRow(row)
        else:
            self._selected_id = None
        self._update_actions()
        self.loaded.emit(len(found.requests))

    def _failed(self, exc: BaseException) -> None:
        from ...services.journal.errors import JournalUnavailable
        from ..messages import describe_error

        self.task = None
        if isinstance(exc, JournalUnavailable):  # a read: nothing was to be sent, so say only what happened
            said = f" ({say(exc.detail)})" if exc.detail else ""
            self.message.error(
                tr("The team's requests could not be read{said}; what is shown may be out of date.").format(said=said)
            )
        else:
            self.message.error(describe_error(exc, reading=True))

    @Slot(object)
    def _news(self, news: object) -> None:
        what = news.get("what") if isinstance(news, dict) else None
        if what in ("approval", "reconnected") and not self._soon.isActive():
            self._soon.start()

    # ---------------------------------------------------------------- the request chosen

    def selected(self) -> Approval | None:
        row = self.model.row_of(self._selected_id) if self._selected_id is not None else None
        return self.model.requests[row] if row is not None else None

    def show_request(self, approval_id: object) -> None:
        """Choose request `approval_id` (ctx.navigate("approvals", id)), read afresh."""
        try:
            self._selected_id = int(str(approval_id))
        except ValueError:
            return
        self._wanted = True
        self.refresh()

    @Slot(QModelIndex, QModelIndex)
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() < len(self.model.requests):
            self._selected_id = self.model.requests[current.row()].id
        self._update_actions()

    @Slot(QModelIndex)
    def _row_activated(self, _index: QModelIndex) -> None:
        if self.approve_button.isEnabled():
            self.approve_selected()
        elif self.send_button.isEnabled():
            self.send_selected()

    def _update_actions(self) -> None:
        request = self.selected()
        buttons = (self.approve_button, self.reject_button, self.send_button)
        if request is None or self.busy.is_busy():
            for button in buttons:
                button.setEnabled(False)
            idle = (
                tr("Choose a request in the list to decide it.")
                if self.model.requests
                else tr("No request waits: payouts and refunds the team's policy holds appear here as they are asked.")
            )
            self.why.setText("" if self.busy.is_busy() else idle)
            return
        can = allowed(request, self.login)
        tips = (tr("Approve it and send it from this desk at once (Alt+A)"),
                tr("Reject it, with a reason the requester reads (Alt+J)"),
                tr("Send it from this desk: it was approved (Alt+N)"))  # fmt: skip
        for button, reason, tip in zip(buttons, (can.approve, can.reject, can.send), tips, strict=True):
            button.setEnabled(reason is None)
            button.setToolTip(reason or tip)
        if can.approve is None:
            self.why.setText(
                tr("Request {id} waits for your decision: approving sends it from this desk.").format(id=request.id)
            )
        else:
            self.why.setText(can.approve)

    # ---------------------------------------------------------------- per profile

    @Slot(object)
    def _leaving(self, session: object) -> None:
        for task in (self.task, self.action_task):
            if task is not None:
                task.cancel()
        self.task = self.action_task = None
        self.busy.stop()
        self._soon.stop()
        views = getattr(session, "views", None)
        if isinstance(views, dict):
            views[VIEW_KEY] = ApprovalsView(self.everything, self._selected_id, said(self.message))

    @Slot(object)
    def _arrived(self, _profile: object) -> None:
        session = self.ctx.session
        self._put_back(session.views.get(VIEW_KEY) if session is not None else None)
        self.refresh()

    def _put_back(self, view: object) -> None:
        self.model.set_requests([])
        self.login = ""
        self._wanted = False
        self.policy_label.setText("")
        kept = view if isinstance(view, ApprovalsView) else ApprovalsView(False, None, ("", ""))
        self.show_combo.blockSignals(True)
        self.show_combo.setCurrentIndex(1 if kept.everything else 0)
        self.show_combo.blockSignals(False)
        self._selected_id = kept.selected
        say_again(self.message, *kept.message)

    def stop(self) -> None:
        """The window closes (closing.py calls each tab's stop()): nothing new is read, and the news of the other
        desks ends (the main window only assembles tabs; the news are what this tab and Activity live on)."""
        self._soon.stop()
        self.ctx.team.stop()
