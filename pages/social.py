"""Which network a follow-us link is on, for its icon (templates/includes/icons/<network>.svg).

Recognised by the address's host ("www.linkedin.com", "youtu.be"), then by the name the editors gave it (a
Mastodon or Bluesky account may be on any server); anything else gets a plain link icon. The icons are our own
simple drawings, inline in the page: no request to the networks.
"""

from urllib.parse import urlsplit

# network: the host names (label before the top-level domain) and link names that mean it
NETWORKS = {
    "mastodon": ({"mastodon"}, {"mastodon"}),
    "bluesky": ({"bsky"}, {"bluesky", "bsky"}),
    "linkedin": ({"linkedin", "lnkd"}, {"linkedin"}),
    "youtube": ({"youtube", "youtu"}, {"youtube"}),
    "x": ({"x", "twitter"}, {"x", "twitter"}),
    "instagram": ({"instagram"}, {"instagram"}),
    "facebook": ({"facebook", "fb"}, {"facebook"}),
    "threads": ({"threads"}, {"threads"}),
    "tiktok": ({"tiktok"}, {"tiktok"}),
    "telegram": ({"t", "telegram"}, {"telegram"}),
    "github": ({"github"}, {"github"}),
    "rss": (set(), {"rss", "feed", "rss-feed"}),
}
FALLBACK = "link"


def network_of(name: str, url: str) -> str:
    """"mastodon", "linkedin", … or "link" for a follow-us link called `name` pointing at `url`."""
    labels = (urlsplit(url).hostname or "").split(".")
    site = labels[-2] if len(labels) >= 2 else ""
    words = set(name.lower().replace("/", " ").split())
    for network, (hosts, _names) in NETWORKS.items():
        if site in hosts:
            return network
    for network, (_hosts, names) in NETWORKS.items():
        if words & names:
            return network
    return FALLBACK
