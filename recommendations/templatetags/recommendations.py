"""The boxes this app puts on pages, each a cached fragment (kinews/fragments.py):

    {% load recommendations %}
    {% related_box article %}     "Related articles" below an article
    {% popular_box article %}     "Popular articles" (without the article being read, if one is given)
"""

from django import template
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from articles.querysets import reader_language
from kinews.fragments import cached_fragment
from recommendations.popularity import POPULAR_COUNT
from recommendations.selectors import popular_articles, related_articles

register = template.Library()


def article_tags(articles) -> set[str]:
    # A box shows these articles' titles and pictures: editing or unpublishing one renders it anew.
    return {f"article:{article.pk}" for article in articles}


@register.simple_tag(takes_context=True)
def related_box(context, article) -> str:
    request, language = context.get("request"), reader_language()

    def compute():
        related = related_articles(article=article, language=language)
        html = render_to_string("includes/related.html", {"related": related})
        # "site": the cards show category and author names.
        return html, {"site", f"related:{article.pk}", *article_tags(related)}

    return mark_safe(cached_fragment(request, ("related", language, article.pk), compute))  # rendered template


@register.simple_tag(takes_context=True)
def popular_box(context, article=None) -> str:
    request, language = context.get("request"), reader_language()

    def compute():
        # One more than shown, so that every article page can leave itself out of the same cached list.
        popular = popular_articles(language=language, limit=POPULAR_COUNT + 1)
        with translation.override(language):
            items = [(a.pk, a.get_absolute_url(), a.title) for a in popular]
        return items, article_tags(popular)

    items = cached_fragment(request, ("popular", language), compute)
    shown = [(url, title) for pk, url, title in items if article is None or pk != article.pk][:POPULAR_COUNT]
    return format_html(
        '<section id="popular" class="popular" aria-labelledby="popular-heading">'
        '<h2 id="popular-heading" class="section-title">{}</h2><ol class="numbered">{}</ol></section>',
        _("Popular articles"), format_html_join("", '<li><a href="{}">{}</a></li>', shown),
    )
