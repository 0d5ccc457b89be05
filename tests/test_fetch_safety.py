"""Which addresses may be fetched without --allow-private."""

from __future__ import annotations

import socket
from typing import Any
from urllib.parse import urlsplit

import pytest

from articlepipe.fetch.safety import _forbidden
from articlepipe.models import Failure
from fetch_site import Site
from test_fetch_client import fetch


@pytest.mark.parametrize(
    ("address", "refused"),
    [
        ("93.184.216.34", False),
        ("2606:4700::1111", False),
        ("127.0.0.1", True),
        ("10.1.2.3", True),
        ("192.168.0.1", True),
        ("169.254.169.254", True),  # cloud metadata
        ("100.64.0.1", True),  # carrier-grade NAT
        ("224.0.0.1", True),
        ("0.0.0.0", True),
        ("::1", True),
        ("fe80::1%eth0", True),
        ("fd00::1", True),
        ("::ffff:10.0.0.1", True),  # IPv4-mapped
        ("2002:a9fe:a9fe::", True),  # 6to4 of 169.254.169.254
        ("2002:5db8:d822::", False),  # 6to4 of a public address
    ],
)
def test_private_and_local_addresses_are_refused(address: str, refused: bool) -> None:
    assert _forbidden(address) is refused


def test_the_address_connected_to_is_checked_not_only_the_first_answer(
    site: tuple[Site, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # DNS rebinding: the name answers a public address to the first lookup (the early
    # check) and the loopback address, where the test site listens, to the next ones.
    state, base = site
    port = urlsplit(base).port
    real = socket.getaddrinfo
    answers: list[str] = []

    def resolve(host: str, *args: Any, **kwargs: Any) -> Any:
        if host != "rebind.example":
            return real(host, *args, **kwargs)
        address = "93.184.216.34" if not answers else "127.0.0.1"
        answers.append(address)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    (result,) = fetch([f"http://rebind.example:{port}/article-1"], allow_private=False, respect_robots=False)
    assert isinstance(result, Failure) and result.reason == "private-address", result
    assert "127.0.0.1" in result.message and "when connecting" in result.message
    assert answers == ["93.184.216.34", "127.0.0.1"]  # refused at once, not retried
    assert state.log == []  # the site never saw a request


def test_a_proxy_from_the_environment_is_still_used(
    site: tuple[Site, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    state, base = site
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "HTTPS_PROXY", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", base)  # the test site plays the proxy
    (result,) = fetch(["http://localhost:9/article-1"], allow_private=True, respect_robots=False)
    assert isinstance(result, Failure) and result.reason == "http-404"  # what the "proxy" answered
    assert [path for path, _ in state.log] == ["http://localhost:9/article-1"]  # asked as a proxy
