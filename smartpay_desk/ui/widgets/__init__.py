"""Shared widgets of every tab: field-error forms, amounts, status badges, busy bar, banner, QR, copy; and the
helpers that keep the window steady (steady_line, steady_tabs, chores: background work in slices)."""
