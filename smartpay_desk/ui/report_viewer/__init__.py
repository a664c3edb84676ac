"""The in-app xlsx report viewer: reading in a child process, a self-sorting table model, QPainter charts."""

from .model import ReportTableModel
from .table import ReportTable, RowFilter, Summary
from .viewer import ReportViewer

__all__ = ["ReportTable", "ReportTableModel", "ReportViewer", "RowFilter", "Summary"]
