"""The privacy page must list every kind of personal data the software stores.

A model "looks personal" when it has an e-mail or IP field, a field named like personal data, or a link to a
user account. Each such model must be in kinews.privacy.INVENTORY (or in NOT_PERSONAL with a reason), and
every inventory entry must appear on the privacy page in both languages.
"""

import re

import pytest
from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils.html import escape

from kinews.privacy import INVENTORY, NOT_PERSONAL
from pages.models import Page
from tests.factories import PageFactory

PERSONAL_FIELD_NAMES = re.compile(
    r"(^|_)(e_?mail|phone|ip|ip_address|ip_hash|user_agent|first_name|last_name|full_name|company|address)($|_)"
)


def looks_personal(model) -> bool:
    for field in model._meta.get_fields():
        if isinstance(field, (models.EmailField, models.GenericIPAddressField)):
            return True
        if getattr(field, "concrete", False) and PERSONAL_FIELD_NAMES.search(field.name):
            return True
        if field.is_relation and field.concrete and field.related_model is not None and (
            field.related_model._meta.label == settings.AUTH_USER_MODEL
        ):
            return True
    return False


def test_every_model_holding_personal_data_is_in_the_inventory():
    listed = {entry.model for entry in INVENTORY} | set(NOT_PERSONAL)
    personal = {model._meta.label_lower for model in apps.get_models() if looks_personal(model)}
    assert personal - listed == set(), "Add these models to kinews/privacy.py INVENTORY (or NOT_PERSONAL with a reason)"


def test_the_inventory_names_only_existing_models():
    for entry in INVENTORY:
        apps.get_model(entry.model)


def test_the_heuristic_catches_the_user_model():
    assert looks_personal(apps.get_model(settings.AUTH_USER_MODEL))


@pytest.mark.django_db
@pytest.mark.parametrize(("url", "language"), [("/datenschutz/", "de"), ("/en/privacy/", "en")])
def test_privacy_page_shows_the_whole_inventory(client, url, language):
    from django.utils import translation

    PageFactory(key=Page.Key.PRIVACY)
    html = client.get(url).content.decode()
    assert 'id="data-inventory"' in html
    for entry in INVENTORY:
        assert f'data-model="{entry.model}"' in html
        with translation.override(language):
            assert escape(str(entry.what)) in html and escape(str(entry.kept)) in html


def test_login_logs_declared_not_personal_are_really_switched_off(settings):
    assert settings.AXES_DISABLE_ACCESS_LOG is True
    assert getattr(settings, "AXES_ENABLE_ACCESS_FAILURE_LOG", False) is False
