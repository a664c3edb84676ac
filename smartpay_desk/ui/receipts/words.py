"""The words a receipt and the entry details use for what the journal keeps in English (a kind, an environment,
a reference's name, a masked destination "card 401200******3010"), in the desk's language."""

from __future__ import annotations

from ..i18n import tr


def kind_title(kind: str) -> str:
    """The receipt's heading for its kind."""
    titles = {
        "refund": tr("Refund receipt"),
        "withdrawal": tr("Payout receipt"),
        "capture": tr("Receipt for a captured payment"),
        "recurrent": tr("Receipt for a repeat charge"),
    }
    return titles.get(kind, tr("Receipt"))


def reference_words(name: str) -> str:
    words = {"refund id": tr("refund id"), "payment id": tr("payment id"), "transaction id": tr("transaction id"),
             "order id": tr("order id"), "id": tr("id")}  # fmt: skip
    return words.get(name, name)
