"""The receipt's fields inside its PDF, for machines: an XMP metadata packet (the PDF's /Metadata stream, which
PDF writers keep uncompressed so any tool can read it) holding the fields as base64 of their JSON, so that
`smartpay verify-receipt` reads them back from the file's bytes without Qt or a PDF library.

    packet = xmp_packet(receipt.to_data(), title="Receipt …")   # bytes for QPdfWriter.setDocumentXmpMetadata
    data = read_data(pdf_bytes)                                  # the fields; NotAReceipt when there are none

A PDF changed by appending an update carries the packet twice; the last one is the one in force, so that one is
read. Base64 keeps the packet plain ASCII, whatever the names and destinations hold.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Any
from xml.sax.saxutils import escape

from .receipt import NotAReceipt

NAMESPACE = "https://smartpay-desk.invalid/ns/receipt/1/"
_DATA = re.compile(rb"<spr:data>\s*([A-Za-z0-9+/=\s]{1,200000})\s*</spr:data>")
MAX_BYTES = 50_000_000  # a receipt is a few tens of kilobytes; a bigger file is read only this far


def xmp_packet(data: dict[str, Any], *, title: str = "", creator: str = "SmartPay Desk") -> bytes:
    """An XMP packet with the title, the creator and `data` (JSON, base64) under the receipt's namespace."""
    encoded = base64.b64encode(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).decode("ascii")
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
        f' xmlns:spr="{NAMESPACE}">\n'
        f'   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>\n'
        f"   <xmp:CreatorTool>{escape(creator)}</xmp:CreatorTool>\n"
        f"   <spr:data>{encoded}</spr:data>\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="r"?>'
    ).encode()


def read_data(pdf: bytes) -> dict[str, Any]:
    """The receipt's fields embedded in `pdf` (its bytes). NotAReceipt when the file is not a PDF, holds no
    receipt, or what it holds cannot be read."""
    if not pdf.startswith(b"%PDF-"):
        raise NotAReceipt("The file is not a PDF.")
    found = list(_DATA.finditer(pdf[:MAX_BYTES]))
    if not found:
        raise NotAReceipt("The PDF holds no SmartPay Desk receipt data.")
    try:
        raw = base64.b64decode(b"".join(found[-1].group(1).split()), validate=True)
        data = json.loads(raw.decode("utf-8"))
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise NotAReceipt("The receipt data in the PDF cannot be read: it was damaged or changed.") from None
    if not isinstance(data, dict):
        raise NotAReceipt("The receipt data in the PDF is not a set of fields.")
    return data
