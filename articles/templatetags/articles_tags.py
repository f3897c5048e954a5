from django import template
from django.urls import reverse

register = template.Library()


@register.simple_tag
def hashtag_url(tag) -> str:
    return reverse("articles:hashtag", kwargs={"slug": tag.slug})
