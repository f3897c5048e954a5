"""Writing articles: everything that saving, publishing, unpublishing or deleting an article sets off, in order.

`save()` itself only derives fields (per-language slugs, reading time, sanitised body, publication time).
Everything else happens here, called explicitly: by the admin after it saved an article with its key facts,
sources and hashtags (`after_save`) and before it deletes one (`before_delete`), and by scripts, the demo
loader and tests (`save_article`, `delete_article`, `publish`, `unpublish`). Other apps react to the two
signals sent last: the recommendations app re-indexes the article and recomputes the lists it affects.
"""

from dataclasses import dataclass, field
from functools import partial

import reversion
from django.db import transaction
from django.dispatch import Signal

from articles.bin import keep_in_bin
from articles.models import Article
from articles.redirects import paths_by_language, remember_gone, remember_moves
from articles.revisions import store_hashtags
from articles.search import update_search_documents
from articles.tasks import make_image_renditions
from kinews.pagecache import invalidate

# Sent inside the transaction, after this module's own work: receivers get `article` and `before` (an
# ArticleState, or None for a new article); article_deleted is sent while the article's rows still exist.
article_changed = Signal()
article_deleted = Signal()


@dataclass(frozen=True)
class ArticleState:
    """What an edit may move away from: where the article was shown, and under which addresses."""

    pk: int
    status: str
    is_live: bool
    paths: dict[str, str]
    category_id: int
    author_id: int
    tag_ids: frozenset[int] = field(default_factory=frozenset)
    image_name: str = ""

    @property
    def cache_tags(self) -> set[str]:
        """The tags of every cached page and fragment that shows this article (kinews/pagecache.py)."""
        return {f"article:{self.pk}", "list:home", "list:all", f"category:{self.category_id}",
                f"author:{self.author_id}", *(f"tag:{pk}" for pk in self.tag_ids)}


def state_of(article: Article) -> ArticleState:
    return ArticleState(
        pk=article.pk,
        status=article.status,
        is_live=article.is_live,
        paths=paths_by_language(article),
        category_id=article.category_id,
        author_id=article.author_id,
        tag_ids=frozenset(article.tags.values_list("pk", flat=True)),
        image_name=article.image.name or "",
    )


def stored_state(pk: int | None) -> ArticleState | None:
    """The state of the stored article `pk` – taken before an edit is saved (None for a new article)."""
    stored = Article.objects.filter(pk=pk).first() if pk else None
    return state_of(stored) if stored is not None else None


@transaction.atomic
def after_save(article: Article, *, before: ArticleState | None) -> None:
    """Everything that follows once an article, its key facts, sources and hashtags are saved."""
    after = state_of(article)
    # A draft saved again (an autosave every few seconds while someone writes): readers never saw it and still
    # see nothing, so there is no search document to update and no cache to clear.
    unseen = after.status == Article.Status.DRAFT and (before is None or before.status == Article.Status.DRAFT)
    # 0. Key facts and sources numbered 0, 1, 2 … in their order (forms may send ties, e.g. new rows all at 0).
    number_parts(article)
    # 1. Search documents (PostgreSQL): texts and key facts, in the same transaction.
    if not unseen:
        update_search_documents([article.pk])
    # 2. Revisions: the revision being recorded (admin, save_article) also keeps the hashtags.
    store_hashtags(article)
    # 3. Links that survive: a live article's old addresses answer 301 to the new ones.
    if before is not None and before.is_live and after.is_live:
        remember_moves(before.paths, after.paths)
    # 4. Images: a new one gets its WebP renditions made once, by the task worker, after commit.
    if after.image_name != (before.image_name if before else ""):
        if after.image_name:
            transaction.on_commit(partial(make_image_renditions.enqueue, "articles.article", article.pk,
                                          after.image_name))
        else:
            Article.objects.filter(pk=article.pk).update(image_renditions=[])
    # 5. Caches: every page and fragment that showed it before or shows it now, on every server.
    if not unseen:
        tags = after.cache_tags | (before.cache_tags if before else set())
        transaction.on_commit(partial(invalidate, tags))
    # 6. Other apps (recommendations: related lists, also once a scheduled article goes live).
    article_changed.send(sender=Article, article=article, before=before)


def number_parts(article: Article) -> None:
    """Key facts and sources numbered 0, 1, 2 … in their current order."""
    for parts in (article.key_facts, article.sources):
        for position, (pk, stored) in enumerate(parts.order_by("position", "pk").values_list("pk", "position")):
            if stored != position:
                parts.model.objects.filter(pk=pk).update(position=position)


@transaction.atomic
def before_delete(article: Article, *, by=None) -> None:
    """Everything that must happen while a deleted article's rows still exist (the caller deletes it); `by`: who."""
    keep_in_bin(article, by=by)  # restorable for settings.ARTICLE_BIN_DAYS days (articles/bin.py)
    before = state_of(article)
    article_deleted.send(sender=Article, article=article, before=before)
    if before.is_live:
        remember_gone(list(before.paths.values()))  # 410 Gone instead of 404: search engines drop it
    transaction.on_commit(partial(invalidate, before.cache_tags))


# --- For scripts, the demo loader and tests: the same as the admin does.


@transaction.atomic
def save_article(article: Article) -> Article:
    """Save `article` (key facts, sources and hashtags as they are stored) with everything that follows."""
    before = stored_state(article.pk)
    with reversion.create_revision():
        article.save()
        after_save(article, before=before)
    return article


@transaction.atomic
def delete_article(article: Article) -> None:
    before_delete(article)
    article.delete()


def publish(article: Article, *, at=None) -> Article:
    """Publish now, or schedule for `at`."""
    article.status = Article.Status.PUBLISHED
    article.published_at = at or article.published_at
    return save_article(article)


def unpublish(article: Article) -> Article:
    """Back to a draft: off every page, list, feed and related box (its old address answers 404)."""
    article.status = Article.Status.DRAFT
    return save_article(article)
