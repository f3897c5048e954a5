from django.http import HttpRequest

from pages.models import SocialLink


def follow_us(request: HttpRequest) -> dict:
    # Lazy: one query, only when a template draws the links.
    return {"social_links": SocialLink.objects.all()}
