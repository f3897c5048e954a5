"""Who is asking: the client's IP address behind trusted proxies, and keyed hashes so it is never stored."""

import ipaddress

from django.conf import settings
from django.http import HttpRequest
from django.utils.crypto import salted_hmac


def client_ip(request: HttpRequest) -> str:
    """REMOTE_ADDR, or behind `PROXY_COUNT` trusted proxies the address the outermost of them saw.

    Taken from the right of X-Forwarded-For, where a client cannot forge it.
    """
    proxies = settings.PROXY_COUNT
    if proxies:
        forwarded = [part.strip() for part in request.headers.get("X-Forwarded-For", "").split(",") if part.strip()]
        if forwarded:
            return forwarded[-min(proxies, len(forwarded))]
    return request.META.get("REMOTE_ADDR", "")


def client_network(request: HttpRequest) -> str:
    """The client's IPv4 address, or the /64 network of its IPv6 address: one household or server usually has
    a whole /64 and can pick any address in it, so counting per address would count it many times."""
    address = client_ip(request)
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 4:
        return str(ip)
    if ip.ipv4_mapped is not None:  # ::ffff:203.0.113.7 is the IPv4 client 203.0.113.7
        return str(ip.ipv4_mapped)
    return str(ipaddress.ip_network(f"{ip}/64", strict=False))


def hashed(value: str, purpose: str) -> str:
    """A keyed hash (HMAC with SECRET_KEY) of a personal value such as an IP address: stable, not reversible."""
    return salted_hmac(f"kinews.{purpose}", value, algorithm="sha256").hexdigest()


def client_key(request: HttpRequest, purpose: str = "client") -> str:
    """A short keyed hash of the client's address, for rate-limit counters in the cache."""
    return hashed(client_ip(request), purpose)[:32]
