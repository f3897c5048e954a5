"""Hashtag services: merging two hashtags into one without losing any article's tags."""

from collections.abc import Iterable

from django.conf import settings
from django.db import transaction
from django.db.models import OuterRef
from django.urls import reverse
from django.utils import translation


def hashtag_paths(slug: str) -> dict[str, str]:
    paths = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths[code] = reverse("articles:hashtag", kwargs={"slug": slug})
    return paths


@transaction.atomic
def merge_hashtags(*, target, others: Iterable, record_redirects: bool = True) -> int:
    """Move every tagging of `others` onto `target`, delete `others`; returns how many taggings moved.

    An object that carried both keeps one tagging. The merged hashtags' pages redirect to the target's.
    Works with historical models too (the data migration passes them), hence the models from `_meta.apps`.
    """
    apps = type(target)._meta.apps
    tagged_item = apps.get_model("taggit", "TaggedItem")
    moved = 0
    for other in others:
        if other.pk == target.pk:
            continue
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
