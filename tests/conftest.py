import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def german_by_default():
    # Each test starts in the site's default language, whatever a previous test activated.
    translation.activate("de")
    yield
    translation.activate("de")


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # Real hashing is deliberately slow; tests create many users and do not test the hasher.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def page_cache_off(settings):
    # Most tests change data and read pages within one transaction, where invalidation (on commit) never
    # runs; tests/test_page_cache.py and tests/test_freshness.py switch the caches on and commit for real.
    settings.PAGE_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def empty_cache():
    # Cached API responses, rate limits, promos and the popular ranking must not leak between tests.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def fresh_page_cache_memo():
    # Fragments and tag generations are remembered per process; tests clear the cache in between.
    from kinews import fragments

    fragments.forget_local()


@pytest.fixture
def author_user(client):
    """An author (Authors group, with a profile), logged in to the admin."""
    from tests.factories import AuthorFactory

    user = AuthorFactory(name="Erika Autorin").user
    client.force_login(user)
    return user
