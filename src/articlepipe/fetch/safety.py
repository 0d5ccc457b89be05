"""Which hosts may be fetched: not private, loopback, link-local, multicast or reserved
addresses unless the user allows them (intranets, and the tests)."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time

from articlepipe.errors import FetchError

# Carrier-grade NAT space: not "private" to Python, but no public host lives there.
_SHARED = ipaddress.ip_network("100.64.0.0/10")


def _forbidden(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        # An IPv4 address inside IPv6 (::ffff:10.0.0.1, 6to4 2002:0a00:0001::) is
        # judged as the IPv4 address it reaches.
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is not None and _forbidden(str(embedded)):
            return True
    return (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or ip in _SHARED
    )


async def check_host(url: str, host: str, port: int, allow_private: bool) -> None:
    """Raise ``FetchError`` when ``host`` does not resolve, or resolves to an address
    that is not public and private addresses are not allowed."""
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(url, "dns", f"the host {host} cannot be resolved ({exc})") from exc
    if allow_private:
        return
    for info in infos:
        address = str(info[4][0])
        if _forbidden(address):
            raise FetchError(
                url,
                "private-address",
                f"{host} resolves to {address}, a private or local address; refused "
                "(use --allow-private for intranet sites)",
            )


class HostCheck:
    """``check_host`` with each host's verdict kept for ``ttl`` seconds, so a site's
    hundredth page does not cost a resolver round trip through a worker thread again."""

    def __init__(self, allow_private: bool, ttl: float = 60.0) -> None:
        self.allow_private = allow_private
        self.ttl = ttl
        self._verdicts: dict[tuple[str, int], tuple[float, FetchError | None]] = {}

    async def __call__(self, url: str, host: str, port: int) -> None:
        """Raise ``FetchError`` (for ``url``) when ``host`` may not be fetched."""
        key = (host, port)
        cached = self._verdicts.get(key)
        if cached is None or cached[0] < time.monotonic():
            try:
                await check_host(url, host, port, self.allow_private)
                error = None
            except FetchError as exc:
                error = exc
            cached = self._verdicts[key] = (time.monotonic() + self.ttl, error)
        if cached[1] is not None:
            raise FetchError(url, cached[1].reason, cached[1].message)
