"""A receipt on paper or in a PDF: a QTextDocument of simple HTML in the desk's language (tr(), money and times
in its locale), and the PDF Qt's own QPdfWriter makes of it, with the receipt's fields embedded for machines
(services/receipts/pdfdata.py: an XMP packet `smartpay verify-receipt` reads back without Qt).

    document(receipt)            the QTextDocument (its HTML: receipt_html)
    pdf_bytes(receipt)           the PDF, made in memory (a QBuffer): the caller writes it to disk in a worker
    print_on(receipt, printer)   onto a QPrinter the operator chose (QPrintDialog)

Rendering runs on the GUI thread: QTextDocument lays text out with the application's fonts, which Qt only
promises there. A one-page receipt takes a few tens of milliseconds (measured: ~30 ms offscreen); the file is
written in a worker (offer.py), so the disk never holds the window.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QDateTime, QIODevice, QLocale, QMarginsF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ...services.receipts.pdfdata import xmp_packet
from ...services.receipts.receipt import Receipt
from ...services.receipts.words import amount_words
from ..i18n import language, money, tr
from ..window_words import destination_words, environment_name
from .words import kind_title, reference_words

CREATOR = "SmartPay Desk"


def local_moment(receipt: Receipt) -> str:
    """When it happened, as the desk's locale writes a date and time, with the zone's name."""
    moment = QDateTime.fromString(receipt.at_local or receipt.at, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return receipt.at_local or receipt.at
    text = QLocale().toString(moment, QLocale.FormatType.LongFormat)
    return f"{text} ({receipt.zone})" if receipt.zone and receipt.zone not in text else text


def title(receipt: Receipt) -> str:
    """The PDF's title (also its suggested file name's root)."""
    return tr("{what}, order {order}").format(what=kind_title(receipt.kind), order=receipt.order_id)


def receipt_html(receipt: Receipt) -> str:
    """The receipt as simple HTML, every value escaped."""
    amount = money(receipt.amount, receipt.currency)
    rows: list[tuple[str, str]] = [
        (tr("Merchant"), receipt.merchant + (f" ({receipt.account})" if receipt.account else "")),
        (tr("Profile"), receipt.profile),
        (tr("Environment"), environment_name(receipt.environment)),
        (tr("Operator"), receipt.operator),
        (tr("Time"), local_moment(receipt)),
        (tr("Time (ISO, desk's zone)"), f"{receipt.at_local} {receipt.zone}".strip()),
        (tr("Time (ISO, UTC)"), receipt.at),
        (tr("Order id"), receipt.order_id),
    ]
    if receipt.parent_order_id and receipt.parent_order_id != receipt.order_id:
        rows.append((tr("Parent order"), receipt.parent_order_id))
    rows += [
        (tr("Destination"), destination_words(receipt.destination) or tr("not known to this desk")),
        (tr("Amount"), amount),
        (tr("Amount in words"), amount_words(receipt.amount, receipt.currency, language())),
        (tr("Gateway's reference"), f"{receipt.reference} ({reference_words(receipt.reference_name)})"),
        (tr("Journal entry"), tr("{entry}, event {event}").format(entry=receipt.entry_id, event=receipt.event_seq)),
        (tr("Chain hash"), receipt.chain_hash),
    ]
    body = "".join(
        f'<tr><td style="color:#4a4f55; padding:3px 16px 3px 0;">{escape(name)}</td>'
        f'<td style="padding:3px 0;{_style(name)}">{escape(value)}</td></tr>'
        for name, value in rows
    )
    practice = ""
    if receipt.environment != "production":
        words = tr("Practice: no real money was moved.")
        practice = f'<p style="color:#8a5300;"><b>{escape(words)}</b></p>'
    check = tr("Check this receipt against the journal: smartpay verify-receipt FILE.pdf")
    issued = tr("Receipt made {when} (UTC) by SmartPay Desk.").format(when=receipt.issued_at)
    return (
        f'<html><body style="font-family: sans-serif; font-size: 10pt;">'
        f"<h2>{escape(kind_title(receipt.kind))}</h2>"
        f'<p style="font-size: 16pt;"><b>{escape(amount)}</b></p>{practice}'
        f'<table cellspacing="0" cellpadding="0">{body}</table>'
        f'<p style="color:#4a4f55; font-size: 8pt;">{escape(check)}<br/>{escape(issued)}</p>'
        "</body></html>"
    )


def _style(name: str) -> str:
    if name == tr("Chain hash"):
        return " font-family: monospace; font-size: 8pt;"
    if name == tr("Amount"):
        return " font-weight: bold;"
    return ""


def document(receipt: Receipt) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setHtml(receipt_html(receipt))
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title(receipt))
    return doc


def pdf_bytes(receipt: Receipt) -> bytes:
    """The receipt as a PDF (A4), with its title, creator and fields (XMP) set; made in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title(receipt))
    writer.setCreator(CREATOR)
    writer.setDocumentXmpMetadata(QByteArray(xmp_packet(receipt.to_data(), title=title(receipt), creator=CREATOR)))
    _page(writer)
    document(receipt).print_(writer)
    del writer  # ends the PDF: the buffer holds the whole file only once the writer is gone
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def print_on(receipt: Receipt, printer: QPagedPaintDevice) -> None:
    """The receipt onto `printer` (a QPrinter the operator chose, or any paged device)."""
    _page(printer)
    document(receipt).print_(printer)


def _page(device: QPagedPaintDevice) -> None:
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
