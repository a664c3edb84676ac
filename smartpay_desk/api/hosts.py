"""Whether a host name is this computer (loopback). No imports beyond ipaddress: the profiles, the client and
the sandbox's callbacks all ask it, the first on the desk's start-up path."""

from __future__ import annotations

import ipaddress


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
