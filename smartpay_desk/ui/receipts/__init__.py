"""Receipts in the desk: `render` (the receipt as a QTextDocument, a PDF made with QPdfWriter, or printed) and
`offer` (the "Receipt…" button of the result panels and of Activity's entry details). The receipt itself, its
words and its check are the core's: services/receipts."""
