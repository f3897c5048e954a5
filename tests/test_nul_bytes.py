"""A NUL byte (%00) in a path or query is refused with 400 before any view runs, on every URL of the project.

PostgreSQL cannot store or compare text with NUL in it (DataError: a 500 before this guard); the test walks
every URL pattern in both languages, puts NUL into each path parameter and into the usual query parameters.
"""

import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RegexPattern
from django.utils import translation

from tests.factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db

QUERY_PARAMETERS = ["q", "category", "hashtag", "page", "lang", "next"]


def sample_path(patterns: list, value: str) -> str:
    """A path matching this chain of patterns, with `value` in place of every parameter."""
    path = ""
    for pattern in patterns:
        if isinstance(pattern, RegexPattern):
            regex = pattern._regex.lstrip("^").removesuffix("$").removesuffix(r"\Z")
            path += re.sub(r"\((?:\?P<\w+>)?[^()]*\)[?*+]?", value, regex).replace("\\", "")
        else:
            path += re.sub(r"<[^>]+>", value, str(pattern))
    return "/" + path


def url_chains(resolver=None, parents=()):
    for entry in (resolver or get_resolver()).url_patterns:
        chain = (*parents, entry.pattern)
        if isinstance(entry, URLResolver):
            yield from url_chains(entry, chain)
        elif isinstance(entry, URLPattern):
            yield chain


def urls_with_nul() -> set[str]:
    urls = set()
    for language in ("de", "en"):
        with translation.override(language):
            for chain in url_chains():
                has_parameters = sample_path(chain, "PARAM") != sample_path(chain, "")
                urls.add(sample_path(chain, "x%00y") if has_parameters else sample_path(chain, "") + "%00")
                plain = sample_path(chain, "x")
                urls.update(f"{plain}?{name}=x%00y" for name in QUERY_PARAMETERS)
    return urls


def test_every_url_answers_400_to_a_nul_byte_in_path_or_query():
    ArticleFactory(hashtags=["KI"])  # data for the views to look at, should a request get that far
    reader, staff = Client(raise_request_exception=False), Client(raise_request_exception=False)
    staff.force_login(UserFactory(is_superuser=True))
    urls = urls_with_nul()
    assert len(urls) > 300 and "/%00" in urls and "/en/hashtag/x%00y/" in urls and "/suche/?category=x%00y" in urls
    failures = {}
    for url in sorted(urls):
        client = staff if url.startswith("/admin/") else reader
        status = client.get(url).status_code
        if status != 400:
            failures[url] = status
    assert failures == {}


def test_nul_in_the_query_of_the_api_and_search_is_refused_but_a_percent_sign_is_not(client):
    assert client.get("/api/v1/articles?hashtag=%00").status_code == 400
    assert client.get("/suche/?q=x&category=%00").status_code == 400
    assert client.get("/suche/?q=100%2500").status_code == 200  # "100%00" typed by a reader: no NUL in it
