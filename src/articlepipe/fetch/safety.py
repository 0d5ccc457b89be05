"""Which hosts may be fetched: not private, loopback, link-local, multicast or reserved
addresses unless the user allows them (intranets, and the tests)."""

from __future__ import annotations

import asyncio
import ipaddress
import socket

from articlepipe.errors import FetchError


def _forbidden(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    return (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
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
