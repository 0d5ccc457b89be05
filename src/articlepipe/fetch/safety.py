"""Which hosts may be fetched: not private, loopback, link-local, multicast or reserved
addresses unless the user allows them (intranets, and the tests).

Two checks. ``HostCheck`` resolves a URL's host before each request (and each redirect
hop), for a clear failure early. ``GuardedBackend`` is the one that holds: it sits under
httpx, resolves the host itself when a connection is opened, refuses if any address is
not public, and connects to the address it checked. So a name that resolves to a public
address for the first check and to a private one for the connection (DNS rebinding) is
still refused: the check applies to the address actually connected to.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time
import urllib.request
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

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


class PrivateAddressError(httpcore.ConnectError):
    """A connection refused because its address is not public. httpx raises it as an
    ``httpx.ConnectError`` with this as the cause (``refused_address``)."""


def refused_address(exc: BaseException) -> PrivateAddressError | None:
    """The ``PrivateAddressError`` behind an httpx error, if that is what it is."""
    while exc is not None:
        if isinstance(exc, PrivateAddressError):
            return exc
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    return None


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend (``inner``), with every TCP connection made to an
    address checked first; see the module docstring."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend, allow_private: bool) -> None:
        self.inner = inner
        self.allow_private = allow_private

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        if self.allow_private:
            # Nothing to check: the inner backend resolves the name itself and races the
            # addresses (happy eyeballs), as httpx does on its own.
            return await self.inner.connect_tcp(host, port, timeout, local_address, socket_options)
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise httpcore.ConnectError(f"the host {host} cannot be resolved ({exc})") from exc
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        for address in addresses:
            if _forbidden(address):
                raise PrivateAddressError(
                    f"{host} resolves to {address}, a private or local address, when "
                    "connecting; refused (use --allow-private for intranet sites)"
                )
        error: httpcore.ConnectError | httpcore.ConnectTimeout | None = None
        for address in addresses:  # in the resolver's order; a dead one gives way to the next
            try:
                return await self.inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        raise error or httpcore.ConnectError(f"the host {host} has no address")

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("articlepipe does not fetch over Unix sockets")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


def guarded_transport(allow_private: bool, limits: httpx.Limits) -> httpx.AsyncHTTPTransport:
    """httpx's transport (TLS verified) with its connections made by ``GuardedBackend``.

    httpx takes no network backend, so the one of its connection pool is wrapped after
    the transport is made: the one place articlepipe reaches inside httpx, because no
    public API checks the address a connection is made to. (With a proxy in the
    environment, ``new_client`` leaves this transport out: the proxy connects, and
    ``HostCheck`` is the check.)"""
    transport = httpx.AsyncHTTPTransport(verify=True, limits=limits)
    pool = getattr(transport, "_pool", None)
    if isinstance(pool, httpcore.AsyncConnectionPool):
        pool._network_backend = GuardedBackend(pool._network_backend, allow_private)
    return transport


def environment_proxy() -> bool:
    """Whether the environment names an HTTP(S) proxy (``HTTPS_PROXY`` and the like),
    which httpx would use."""
    proxies = urllib.request.getproxies()
    return any(proxies.get(scheme) for scheme in ("http", "https", "all"))
