from django.http import HttpRequest

from articles.models import Category


def navigation(request: HttpRequest) -> dict:
    # A lazy queryset: evaluated only by templates that draw the menu (one query).
    return {"menu_categories": Category.objects.all()}
