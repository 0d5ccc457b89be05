"""Which addresses may be fetched without --allow-private."""

from __future__ import annotations

import pytest

from articlepipe.fetch.safety import _forbidden


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
