"""The viewer's filters as the operator sets them: the date edits cover whole days of this computer's time."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QDate

from smartpay_desk.ui.report_viewer.viewer import ReportViewer


def _local_ms(day: date, at: time) -> int:
    return int(datetime.combine(day, at).astimezone().timestamp() * 1000)


def test_the_date_filter_covers_whole_local_days(qtbot: Any) -> None:
    viewer = ReportViewer()
    qtbot.addWidget(viewer)
    untouched = viewer.current_filter()
    assert untouched.date_from_ms is None and untouched.date_to_ms is None and not untouched.active
    viewer.from_edit.setDate(QDate(2025, 1, 31))
    viewer.to_edit.setDate(QDate(2025, 2, 2))
    chosen = viewer.current_filter()
    assert chosen.date_from_ms == _local_ms(date(2025, 1, 31), time.min)
    assert chosen.date_to_ms == _local_ms(date(2025, 2, 2), time.max)  # inclusive: to the day's last moment
    assert chosen.active
