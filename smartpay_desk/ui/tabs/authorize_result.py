"""The Authorize tab's answer panel (authorize.py): the last authorization, its 3-D Secure page and its following."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..i18n import tr
from ..widgets.icons import icon
from ..widgets.panels import primary
from .tab_parts import ResultBox

if TYPE_CHECKING:
    from .authorize import AuthorizeTab


def build_result(tab: AuthorizeTab) -> QWidget:
    tab.panel = ResultBox(
        tab, tr("Last authorization"), tr("Order id"), [("amount", tr("Amount")), ("card", tr("Card"))]
    )
    tab.badge = tab.panel.badge
    tab.result_note = tab.panel.note
    tab.result_note.setAccessibleName(tr("What the journal says"))
    buttons = QHBoxLayout()
    tab.challenge_button = primary(QPushButton(icon("open"), tr("Open the 3-D Secure page"), tab.panel))
    tab.challenge_button.setDefault(False)
    tab.challenge_button.setToolTip(tr("The customer's bank asks them to confirm: open the page it gave"))
    tab.challenge_button.clicked.connect(tab._open_challenge)
    tab.stop_button = QPushButton(tr("Stop following"), tab.panel)
    tab.stop_button.setToolTip(tr("Stop asking the gateway for the status (Lookup can ask later)"))
    tab.follow_note = QLabel("", tab.panel)
    tab.follow_note.setObjectName("hint")
    buttons.addWidget(tab.challenge_button)
    buttons.addWidget(tab.stop_button)
    buttons.addWidget(tab.follow_note, 1)
    tab.panel.body.addLayout(buttons)
    tab.challenge_button.hide()
    tab.stop_button.hide()
    return tab.panel
