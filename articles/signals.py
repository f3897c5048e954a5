"""Categories, authors and hashtags: the small models every page shows (menus, bylines, hashtag lists).

Their edits are rare and come from several places (admin, merge, demo loader), so receivers keep the caches and
addresses right. Articles have none: what saving an article sets off is in articles/services.py.
"""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver
from taggit.models import Tag

from articles.hashtags import tagged_article_ids
from articles.models import Author, Category
from articles.redirects import paths_by_language, remember_moves
from articles.tasks import make_image_renditions, refresh_search_documents_after_commit
from kinews.pagecache import invalidate


def invalidate_after_commit(tags: set[str]) -> None:
    transaction.on_commit(partial(invalidate, tags))


@receiver(pre_save, sender=Category)
@receiver(pre_save, sender=Author)
def remember_stored_row(sender, instance, raw=False, **kwargs):
    # What the edit changes from: a category's addresses, an author's photo.
    instance._stored_row = None if raw or instance.pk is None else sender._default_manager.filter(
        pk=instance.pk).first()


@receiver(post_save, sender=Category)
def category_saved(sender, instance, raw=False, **kwargs):
    stored = getattr(instance, "_stored_row", None)
    if stored is not None:
        remember_moves(paths_by_language(stored), paths_by_language(instance))  # a new slug: 301 from the old


@receiver(post_save, sender=Author)
def author_saved(sender, instance, raw=False, **kwargs):
    stored = getattr(instance, "_stored_row", None)
    name, old_name = instance.photo.name or "", (stored.photo.name or "") if stored else ""
    if raw or name == old_name:
        return
    if name:
        transaction.on_commit(partial(make_image_renditions.enqueue, "articles.author", instance.pk, name))
    else:
        Author.objects.filter(pk=instance.pk).update(photo_renditions=[])


@receiver(post_save, sender=Category)
@receiver(post_delete, sender=Category)
@receiver(post_save, sender=Author)
@receiver(post_delete, sender=Author)
def shown_on_every_page(sender, raw=False, **kwargs):
    # Category names are in every page's menu, authors in bylines everywhere: rare edits, clear all pages.
    if not raw:
        invalidate_after_commit({"site"})


@receiver(post_save, sender=Tag)
@receiver(post_delete, sender=Tag)
def hashtag_changed(sender, instance, raw=False, **kwargs):
    # Renamed, re-slugged or deleted: its page and every article page showing it.
    if not raw:
        invalidate_after_commit({f"tag:{instance.pk}"})


# Hashtags are searched: a renamed or deleted one changes the search documents of its articles. (A new one is on
# no article yet; before a delete, since its taggings go with it. Recomputed after commit either way.)
@receiver(post_save, sender=Tag)
def hashtag_renamed(sender, instance, raw=False, created=False, **kwargs):
    if not raw and not created:
        refresh_search_documents_after_commit(tagged_article_ids(instance.pk))


@receiver(pre_delete, sender=Tag)
def hashtag_deleted(sender, instance, **kwargs):
    refresh_search_documents_after_commit(tagged_article_ids(instance.pk))
