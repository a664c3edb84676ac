"""Shared widgets of every tab: field-error forms, amounts, status badges, busy bar, banner, QR, copy."""
