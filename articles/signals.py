from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_init, post_save, pre_delete
from django.dispatch import receiver
from django.utils import timezone

from articles.models import Article, Author, RelatedChoice
from articles.related_store import forget_article
from articles.tasks import RENDITION_TARGETS, make_image_renditions, recompute_related, update_related


@receiver(post_init, sender=Article)
@receiver(post_init, sender=Author)
def remember_image(sender, instance, **kwargs):
    image_field = RENDITION_TARGETS[sender._meta.label_lower][0]
    instance._stored_image_name = getattr(instance, image_field).name


@receiver(post_save, sender=Article)
@receiver(post_save, sender=Author)
def queue_renditions(sender, instance, raw=False, **kwargs):
    """A new or replaced image gets its renditions made once, after the transaction commits."""
    label = sender._meta.label_lower
    image_field, renditions_field, _widths = RENDITION_TARGETS[label]
    name = getattr(instance, image_field).name
    if raw or name == instance._stored_image_name:
        return
    instance._stored_image_name = name
    if name:
        transaction.on_commit(partial(make_image_renditions.enqueue, label, instance.pk, name))
    else:
        sender._default_manager.filter(pk=instance.pk).update(**{renditions_field: []})


@receiver(post_init, sender=Article)
def remember_status(sender, instance, **kwargs):
    instance._stored_status = instance.status if instance.pk else None


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
