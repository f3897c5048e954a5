"""Page weight of a running kinews page: HTML + CSS + JS, compressed, and image hygiene.

Usage: python bench/page_weight.py http://127.0.0.1:8000/artikel/<slug>/
Targets (issue 7): HTML + CSS + JS <= 60 KB gzip, JS <= 10 KB, width/height on every image, only the first
image eager, no request to another host.
"""

import gzip
import re
import sys
import urllib.request
from urllib.parse import urljoin, urlsplit


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (our own server)
        return response.read()


def main(url: str) -> None:
    html = fetch(url)
    host = urlsplit(url).netloc
    styles = [urljoin(url, m.decode()) for m in re.findall(rb'<link rel="stylesheet" href="([^"]+)"', html)]
    scripts = [urljoin(url, m.decode()) for m in re.findall(rb'<script[^>]*\ssrc="([^"]+)"', html)]
    inline = [s for s in re.findall(rb"<script(?![^>]*application/ld\+json)[^>]*>(.*?)</script>", html, re.S) if s]
    css = b"".join(fetch(u) for u in styles)
    js = b"".join(fetch(u) for u in scripts) + b"".join(inline)
    # Everything the browser loads by itself: stylesheets, scripts, images, icons (not ordinary links).
    loaded = re.findall(rb'<(?:img|script|source)[^>]*\ssrc="([^"]+)"', html) + re.findall(
        rb'<link rel="(?:stylesheet|icon|preload)"[^>]*href="([^"]+)"', html)
    foreign = [u for u in loaded if urlsplit(urljoin(url, u.decode())).netloc != host]
    images = re.findall(rb"<img [^>]*>", html)
    size = {name: len(gzip.compress(data)) for name, data in (("html", html), ("css", css), ("js", js))}
    print(f"html {len(html)} B ({size['html']} B gzip), css {len(css)} B ({size['css']} B gzip), "
          f"js {len(js)} B ({size['js']} B gzip)")
    print(f"total gzip {sum(size.values()) / 1024:.1f} KB (target <= 60), js {len(js) / 1024:.1f} KB (target <= 10)")
    print(f"images {len(images)}, without width/height {sum(1 for i in images if b'width=' not in i)}, "
          f"eager {sum(1 for i in images if b'loading=\"lazy\"' not in i)}, requests to other hosts {len(foreign)}")


if __name__ == "__main__":
    main(sys.argv[1])
