from functools import partial

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_init, post_save, pre_delete, pre_save
from django.dispatch import receiver
from django.utils import timezone

from articles.models import Article, Author, Category, KeyFact, RelatedArticle, RelatedChoice, Source
from articles.redirects import paths_by_language, remember_gone, remember_moves
from articles.related_store import forget_article
from articles.search import update_search_documents
from articles.tasks import RENDITION_TARGETS, make_image_renditions, recompute_related, update_related
from kinews.pagecache import invalidate


@receiver(post_init, sender=Article)
@receiver(post_init, sender=Author)
def remember_image(sender, instance, **kwargs):
    image_field = RENDITION_TARGETS[sender._meta.label_lower][0]
    if image_field in instance.get_deferred_fields():
        # Loaded with only()/defer() (sitemaps): reading the field here would load it, recursively.
        instance._stored_image_name = None
        return
    instance._stored_image_name = getattr(instance, image_field).name


@receiver(post_save, sender=Article)
@receiver(post_save, sender=Author)
def queue_renditions(sender, instance, raw=False, **kwargs):
    """A new or replaced image gets its renditions made once, after the transaction commits."""
    label = sender._meta.label_lower
    image_field, renditions_field, _widths = RENDITION_TARGETS[label]
    name = getattr(instance, image_field).name
    if raw or instance._stored_image_name is None or name == instance._stored_image_name:
        return
    instance._stored_image_name = name
    if name:
        transaction.on_commit(partial(make_image_renditions.enqueue, label, instance.pk, name))
    else:
        sender._default_manager.filter(pk=instance.pk).update(**{renditions_field: []})


# --- Page cache: clear exactly the pages that show a changed article (see kinews/pagecache.py).


def article_cache_tags(article: Article) -> set[str]:
    tags = {f"article:{article.pk}", "list:home", "list:all", f"category:{article.category_id}",
            f"author:{article.author_id}"}
    tags |= {f"category:{pk}" for pk in getattr(article, "_shown_category_ids", ())}
    tags |= {f"author:{pk}" for pk in getattr(article, "_shown_author_ids", ())}
    if article.pk:
        tags |= {f"tag:{pk}" for pk in article.tags.values_list("pk", flat=True)}
        # Its card is in other articles' "related" boxes: those pages show its title and image too.
        tags |= {f"article:{pk}" for pk in RelatedArticle.objects.filter(target_id=article.pk)
                 .order_by().values_list("article_id", flat=True).distinct()}
    return tags


def invalidate_after_commit(tags: set[str]) -> None:
    transaction.on_commit(partial(invalidate, tags))


@receiver(post_init, sender=Article)
def remember_listing_places(sender, instance, **kwargs):
    # A moved article must also leave the category and author pages it was shown on.
    # __dict__, not attributes: a deferred field must not be loaded here (that would recurse through post_init).
    category_id, author_id = instance.__dict__.get("category_id"), instance.__dict__.get("author_id")
    instance._shown_category_ids = {category_id} if category_id else set()
    instance._shown_author_ids = {author_id} if author_id else set()


@receiver(post_save, sender=Article)
def article_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        invalidate_after_commit(article_cache_tags(instance))


@receiver(post_delete, sender=Article)
def article_deleted(sender, instance, **kwargs):
    tags = article_cache_tags(instance)
    invalidate_after_commit(tags)


@receiver(m2m_changed, sender=Article.tags.through)
def article_hashtags_changed(sender, instance, action, pk_set=None, **kwargs):
    if not isinstance(instance, Article):
        return
    if action in ("pre_remove", "pre_clear"):
        removed = pk_set if action == "pre_remove" else set(instance.tags.values_list("pk", flat=True))
        invalidate_after_commit({f"tag:{pk}" for pk in removed or ()})
    elif action == "post_add":
        invalidate_after_commit(article_cache_tags(instance) | {f"tag:{pk}" for pk in pk_set or ()})


# --- Search documents (PostgreSQL): derived data, recomputed in the same transaction as the change.


@receiver(post_save, sender=Article)
def refresh_search_document(sender, instance, **kwargs):
    update_search_documents([instance.pk])


@receiver(post_save, sender=KeyFact)
@receiver(post_delete, sender=KeyFact)
@receiver(post_save, sender=Source)
@receiver(post_delete, sender=Source)
def article_part_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        invalidate_after_commit({f"article:{instance.article_id}"})


@receiver(post_save, sender=Category)
@receiver(post_delete, sender=Category)
@receiver(post_save, sender=Author)
@receiver(post_delete, sender=Author)
def site_wide_change(sender, raw=False, **kwargs):
    # Category names are in every page's menu, authors in bylines everywhere: rare edits, clear all pages.
    if not raw:
        invalidate_after_commit({"site"})


@receiver(post_save, sender=KeyFact)
@receiver(post_delete, sender=KeyFact)
def refresh_search_document_for_fact(sender, instance, **kwargs):
    update_search_documents([instance.article_id])


# --- Links that survive: remember the addresses of live pages before they change or disappear.


@receiver(pre_save, sender=Article)
@receiver(pre_save, sender=Category)
def remember_live_paths(sender, instance, raw=False, **kwargs):
    instance._live_paths = None
    if raw or instance.pk is None:
        return
    stored = sender._default_manager.filter(pk=instance.pk).first()
    if stored is not None and getattr(stored, "is_live", True):
        instance._live_paths = paths_by_language(stored)


@receiver(post_save, sender=Article)
@receiver(post_save, sender=Category)
def redirect_moved_paths(sender, instance, raw=False, **kwargs):
    old = getattr(instance, "_live_paths", None)
    if old and getattr(instance, "is_live", True):
        remember_moves(old, paths_by_language(instance))


@receiver(post_delete, sender=Article)
def mark_paths_gone(sender, instance, **kwargs):
    if instance.is_live:
        remember_gone(list(paths_by_language(instance).values()))


@receiver(post_init, sender=Article)
def remember_status(sender, instance, **kwargs):
    instance._stored_status = instance.__dict__.get("status") if instance.pk else None


@receiver(post_save, sender=Article)
def queue_related_update(sender, instance, raw=False, **kwargs):
    """Published, changed or unpublished: recompute its related posts (and the lists it affects) after commit.

    After commit, because the admin saves hashtags and key facts after the article itself, in the same transaction.
    """
    was_draft = instance._stored_status in (None, Article.Status.DRAFT)
    instance._stored_status = instance.status
    if raw or (was_draft and instance.status == Article.Status.DRAFT):
        return  # a draft that never was published is in nobody's list
    transaction.on_commit(partial(update_related.enqueue, instance.pk))
    if instance.status == Article.Status.PUBLISHED and instance.published_at > timezone.now():
        transaction.on_commit(partial(queue_when_live, instance.pk, instance.published_at))


def queue_when_live(pk: int, published_at) -> None:
    """A scheduled article joins the other articles' lists when it goes live, if the queue can run tasks later.

    (The immediate backend of development cannot; there `manage.py rebuild_related` catches up.)
    """
    if update_related.get_backend().supports_defer:
        update_related.using(run_after=published_at).enqueue(pk)


@receiver(pre_delete, sender=Article)
def queue_related_after_delete(sender, instance, **kwargs):
    listing = forget_article(instance)
    if listing:
        transaction.on_commit(partial(recompute_related.enqueue, listing))


@receiver(post_save, sender=RelatedChoice)
@receiver(post_delete, sender=RelatedChoice)
def queue_related_after_choice(sender, instance, raw=False, **kwargs):
    if not raw:
        transaction.on_commit(partial(recompute_related.enqueue, [instance.article_id]))
