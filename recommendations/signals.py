"""How the recommendations app follows article edits (sent by articles/services.py) and editors' choices."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from articles.models import Article
from articles.services import article_changed, article_deleted
from recommendations.index import forget_article
from recommendations.models import RelatedChoice
from recommendations.tasks import recompute_related, update_related


@receiver(article_changed)
def reindex_article(sender, article, before, **kwargs):
    """Published, changed or unpublished: re-index it and recompute its related lists after commit.

    After commit, because the admin saves hashtags and key facts in the same transaction. A draft that never was
    published is in nobody's list; a scheduled one is indexed now and joins other lists when it goes live.
    """
    was_draft = before is None or before.status == Article.Status.DRAFT
    if was_draft and article.status == Article.Status.DRAFT:
        return
    transaction.on_commit(partial(update_related.enqueue, article.pk))
    if article.is_scheduled and update_related.get_backend().supports_defer:
        # (The immediate backend of development cannot defer; there `manage.py rebuild_related` catches up.)
        transaction.on_commit(partial(update_related.using(run_after=article.published_at).enqueue, article.pk))


@receiver(article_deleted)
def forget_deleted_article(sender, article, before, **kwargs):
    listing = forget_article(article)
    if listing:
        transaction.on_commit(partial(recompute_related.enqueue, listing))


@receiver(post_save, sender=RelatedChoice)
@receiver(post_delete, sender=RelatedChoice)
def editors_choice_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        transaction.on_commit(partial(recompute_related.enqueue, [instance.article_id]))

