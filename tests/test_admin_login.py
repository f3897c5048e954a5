"""Admin logins: brute force is locked per user name *and* client address, so nobody can lock staff out from
elsewhere; a slower limit per user name alone stops attacks spread over many addresses. Behind a load balancer
the client address is the one kinews.clients.client_ip finds in X-Forwarded-For (PROXY_COUNT)."""

import pytest

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/admin/"
PASSWORD = "a-very-good-passphrase"


@pytest.fixture
def editor():
    return UserFactory(username="editor", password=PASSWORD, groups=["Editors"])


def log_in(client, password, **meta):
    client.cookies.clear()
    return client.post(LOGIN, {"username": "editor", "password": password}, **meta)


def test_failures_from_one_address_do_not_lock_the_user_out_from_another(client, settings, editor):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "wrong", REMOTE_ADDR="198.51.100.1")
    assert log_in(client, PASSWORD, REMOTE_ADDR="198.51.100.1").status_code == 429  # the attacker's address
    assert log_in(client, PASSWORD, REMOTE_ADDR="198.51.100.2").status_code == 302  # the editor, elsewhere


def test_behind_a_load_balancer_each_forwarded_client_is_counted_on_its_own(client, settings, editor):
    settings.PROXY_COUNT = 1
    balancer = {"REMOTE_ADDR": "10.0.0.1"}
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        # The attacker forges X-Forwarded-For entries; the balancer appends the address it really saw.
        log_in(client, "wrong", HTTP_X_FORWARDED_FOR=f"192.0.2.{attempt}, 203.0.113.1", **balancer)
    assert log_in(client, PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.1", **balancer).status_code == 429
    assert log_in(client, PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.2", **balancer).status_code == 302


def test_failures_for_one_user_name_from_many_addresses_lock_that_name_everywhere(client, settings, editor):
    settings.AXES_USERNAME_FAILURE_LIMIT = 8
    for attempt in range(8):
        log_in(client, "wrong", REMOTE_ADDR=f"198.51.100.{attempt}")
    assert log_in(client, PASSWORD, REMOTE_ADDR="203.0.113.99").status_code == 429
    other = UserFactory(username="kollegin", password=PASSWORD)
    client.cookies.clear()
    response = client.post(LOGIN, {"username": other.username, "password": PASSWORD}, REMOTE_ADDR="203.0.113.99")
    assert response.status_code == 302  # other accounts are not affected
