"""Receipts: what a clerk prints or files after a refund, a payout, a repeat charge or a capture, and the check
that a receipt is what the journal holds (no Qt here; the desk renders it in ui/receipts, `smartpay
verify-receipt` checks it).

- `receipt`  a `Receipt` made from a succeeded journal entry, its last event (the chain hash) and the profile;
             `NoReceipt` says why an entry gets none;
- `words`    an amount spelt out in English or German ("one hundred twenty euros and fifty cents");
- `verify`   `verify(journal, data)`: the entry found again, the journal's chain checked, every field compared;
             a `Verdict` with one sentence;
- `pdfdata`  the receipt's fields embedded in a PDF's XMP packet (uncompressed), and read back from its bytes.

Import from the module you need: this file imports nothing.
"""
