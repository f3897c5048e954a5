"""The bin: a deleted article can be restored for `settings.ARTICLE_BIN_DAYS` days, then it is gone for good.

Deleting keeps one last revision of the article as it was (texts in both languages, key facts, sources, hashtags;
django-reversion), so nothing autosaved after the last revision is lost. The admin lists the bin
(`ArticleAdmin.bin_view`) and restores through django-reversion's recover view. `manage.py empty_article_bin`
(daily) deletes the revisions of articles deleted longer ago, so their texts do not outlive the bin.
"""

from datetime import timedelta

import reversion
from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from reversion.models import Revision, Version

from articles.models import Article
from articles.revisions import store_hashtags


def keep_in_bin(article: Article, *, by=None) -> None:
    """Keep the article as it is now in a revision of its own (call before deleting it, outside other revisions)."""
    with reversion.create_revision():
        reversion.add_to_revision(article)
        reversion.set_comment(_("Deleted."))
        if by is not None:
            reversion.set_user(by)
        store_hashtags(article)


def cutoff(now=None):
    return (now or timezone.now()) - timedelta(days=settings.ARTICLE_BIN_DAYS)


def deleted_articles(now=None) -> QuerySet:
    """The last version of each article deleted within the bin's days, newest first."""
    return (Version.objects.get_deleted(Article).filter(revision__date_created__gte=cutoff(now))
            .select_related("revision__user").order_by("-revision__date_created"))


def empty_bin(now=None) -> int:
    """Delete every revision of articles that were deleted before the bin's days; returns how many articles."""
    expired = [version.object_id for version in Version.objects.get_deleted(Article).select_related("revision")
               if version.revision.date_created < cutoff(now)]
    if expired:
        Revision.objects.filter(version__in=Version.objects.get_for_model(Article).filter(
            object_id__in=expired)).delete()
    return len(expired)
