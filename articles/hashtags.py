"""Hashtag services: merging, renaming and deleting hashtags without breaking any link to them.

Whatever an editor does to a hashtag, its old addresses keep answering: a merged or renamed hashtag's pages and
feeds redirect (301) to the new ones; a deleted hashtag's pages redirect to a search for its name (the articles
that carried it are still found by their text), its feeds answer 410 Gone.
"""

from collections.abc import Iterable
from urllib.parse import urlencode

from django.apps import apps as django_apps
from django.conf import settings
from django.db import transaction
from django.db.models import OuterRef
from django.urls import reverse
from django.utils import translation

PAGE_VIEWS = ("articles:hashtag",)
FEED_VIEWS = ("articles:hashtag_feed", "articles:hashtag_feed_atom")


def hashtag_paths(slug: str, views: Iterable[str] = PAGE_VIEWS + FEED_VIEWS) -> dict[str, str]:
    """{"<language> <view>": path} of a hashtag's addresses in every language."""
    paths = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for view in views:
                paths[f"{code} {view}"] = reverse(view, kwargs={"slug": slug})
    return paths


def tagged_article_ids(*tag_ids: int) -> list[int]:
    """The articles that carry any of these hashtags."""
    from articles.models import Article

    return list(Article.objects.filter(tags__in=tag_ids).values_list("pk", flat=True).distinct())


@transaction.atomic
def remember_hashtag_move(*, old_slug: str, new_slug: str) -> None:
    """A hashtag got a new slug: its old pages and feeds redirect to the new ones, in every language."""
    from articles.redirects import remember_moves

    if old_slug != new_slug:
        remember_moves(hashtag_paths(old_slug), hashtag_paths(new_slug))


@transaction.atomic
def remember_deleted_hashtag(*, name: str, slug: str) -> None:
    """A hashtag is deleted: its pages redirect to a search for its name, its feeds are gone (410)."""
    from articles.redirects import remember_gone, remember_move

    query = urlencode({"q": name})
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            remember_move(reverse("articles:hashtag", kwargs={"slug": slug}), f"{reverse('articles:search')}?{query}")
    remember_gone(list(hashtag_paths(slug, FEED_VIEWS).values()))


@transaction.atomic
def merge_hashtags(*, target, others: Iterable, record_redirects: bool = True) -> int:
    """Move every tagging of `others` onto `target`, delete `others`; returns how many taggings moved.

    An object that carried both keeps one tagging. The merged hashtags' pages redirect to the target's.
    Works with historical models too (the data migration passes them), hence the models from `_meta.apps`.
    """
    apps = type(target)._meta.apps
    tagged_item = apps.get_model("taggit", "TaggedItem")
    others = [other for other in others if other.pk != target.pk]
    # Their articles' search documents name the hashtag: live models only (a data migration that merges runs
    # before the documents are recomputed by a later one).
    live = apps is django_apps
    retagged = tagged_article_ids(*(other.pk for other in others)) if live else []
    moved = 0
    for other in others:
        already_tagged = tagged_item._default_manager.filter(
            tag=target, content_type_id=OuterRef("content_type_id")
        ).values("object_id")
        taggings = tagged_item._default_manager.filter(tag=other)
        taggings.filter(object_id__in=already_tagged).delete()
        moved += taggings.update(tag=target)
        if record_redirects:
            from articles.redirects import remember_moves

            remember_moves(hashtag_paths(other.slug), hashtag_paths(target.slug))
        other.delete()
    if live:
        from articles.tasks import refresh_search_documents_after_commit

        refresh_search_documents_after_commit(retagged)
    return moved


def merge_case_duplicates(tag_model) -> int:
    """Merge hashtags that differ only in case ("KI", "ki") into the oldest; returns how many were merged away."""
    keep: dict[str, object] = {}
    merged = 0
    for tag in tag_model._default_manager.order_by("pk"):
        key = tag.name.casefold()
        if key in keep:
            merge_hashtags(target=keep[key], others=[tag], record_redirects=False)
            merged += 1
        else:
            keep[key] = tag
    return merged
