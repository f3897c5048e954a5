"""Absolute addresses on the host the reader asked for.

Pages, feeds, sitemaps, robots.txt and the API build their absolute links (canonical, OpenGraph, JSON-LD,
hreflang, feed links and items) from the request's own scheme and host: Django checks the host against
ALLOWED_HOSTS, and behind the TLS proxy SECURE_PROXY_SSL_HEADER makes the scheme https. So `make run` on any
port, a staging host and the public site each link to themselves. settings.SITE_URL is only for e-mails and
tasks, which have no request.

Shared fragments (kinews/fragments.py) are shared across hosts: one holding absolute addresses must have the
origin in its key.
"""

from django.http import HttpRequest


def origin(request: HttpRequest) -> str:
    """"https://kinews.example" or "http://127.0.0.1:8101": scheme and host (with port) of the request."""
    try:
        return request.kinews_origin  # asked for several times per page; checking the host is not free
    except AttributeError:
        request.kinews_origin = f"{request.scheme}://{request.get_host()}"
        return request.kinews_origin


def absolute(site_origin: str, url: str) -> str:
    """`url` (a path, or already absolute like media on a CDN) as an absolute address on `site_origin`."""
    return url if url.startswith(("http://", "https://")) else f"{site_origin}{url}"
