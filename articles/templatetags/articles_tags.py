from django import template
from django.urls import reverse
from django.utils import translation

from articles.popularity import popular_articles

register = template.Library()


@register.simple_tag
def hashtag_url(tag) -> str:
    return reverse("articles:hashtag", kwargs={"slug": tag.slug})


@register.inclusion_tag("includes/popular.html")
def popular_box(article=None):
    """The sidebar's "Popular articles" in the page's language, without the article being read."""
    exclude = article.pk if article is not None else None
    return {"popular": popular_articles(language=translation.get_language(), exclude=exclude)}
