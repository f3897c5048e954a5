"""Cookie-less protection of public forms (kinews/forms_security.py)."""

import time

import pytest
from django.test import RequestFactory

from kinews.forms_security import client_ip, form_token, is_same_origin_request, make_stamp, stamp_age

factory = RequestFactory()


@pytest.mark.parametrize("headers, allowed", [
    ({}, True),  # not a browser, or a very old one: nothing to check, no cookies to steal either
    ({"Sec-Fetch-Site": "same-origin"}, True),
    ({"Sec-Fetch-Site": "none"}, True),  # typed or bookmarked
    ({"Sec-Fetch-Site": "same-site"}, False),  # a sibling subdomain is another site for us
    ({"Sec-Fetch-Site": "cross-site"}, False),
    ({"Sec-Fetch-Site": "cross-site", "Origin": "http://testserver"}, False),  # Fetch-metadata wins
    ({"Origin": "http://testserver"}, True),
    ({"Origin": "https://evil.example"}, False),
    ({"Origin": "http://testserver.evil.example"}, False),
    ({"Origin": "null"}, False),
])
def test_cross_origin_check(headers, allowed):
    assert is_same_origin_request(factory.post("/", headers=headers)) is allowed


def test_trusted_origins_are_accepted(settings):
    settings.CSRF_TRUSTED_ORIGINS = ["https://kinews.example"]
    assert is_same_origin_request(factory.post("/", headers={"Origin": "https://kinews.example"}))


def test_stamp_tells_its_age_and_refuses_forgeries():
    assert 59 <= stamp_age(make_stamp(time.time() - 60)) <= 61
    payload, signature = make_stamp().rsplit(":", 1)
    assert stamp_age(f"{payload}:{signature[:-2]}{'xy' if signature[-2:] != 'xy' else 'yz'}") is None
    assert stamp_age(form_token("consulting")) is None  # another form's token is not a stamp
    assert stamp_age("garbage") is None


def test_client_ip_behind_a_trusted_proxy(settings):
    request = factory.get("/", REMOTE_ADDR="10.0.0.2", headers={"X-Forwarded-For": "1.2.3.4, 198.51.100.9"})
    assert client_ip(request) == "10.0.0.2"
    settings.PROXY_COUNT = 1
    assert client_ip(request) == "198.51.100.9"  # the address our own proxy saw, not what the client claims
