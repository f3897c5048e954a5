"""Background work of the articles app (Django Tasks API: immediate in development, db_worker in production)."""

from functools import partial

from django.apps import apps
from django.db import transaction
from django.tasks import task

from articles.search import update_search_documents
from kinews.images import ARTICLE_WIDTHS, PORTRAIT_WIDTHS, make_renditions
from kinews.pagecache import invalidate

# model label -> (image field, renditions field, widths, cache tag of the pages showing it)
RENDITION_TARGETS = {
    "articles.article": ("image", "image_renditions", ARTICLE_WIDTHS, "article:{pk}"),
    "articles.author": ("photo", "photo_renditions", PORTRAIT_WIDTHS, "site"),  # bylines are everywhere
}


@task()
def make_image_renditions(model_label: str, pk: int, name: str) -> int:
    """Make the WebP renditions of one stored image and record them on its row; returns how many."""
    image_field, renditions_field, widths, cache_tag = RENDITION_TARGETS[model_label]
    model = apps.get_model(model_label)
    current = model._default_manager.filter(pk=pk).values_list(image_field, flat=True).first()
    if current != name:
        return 0  # the row was deleted or got another image meanwhile; that save queued its own task
    renditions = make_renditions(name, widths)
    # update() rather than save(): nothing else to set off, no touched timestamps.
    model._default_manager.filter(pk=pk, **{image_field: name}).update(**{renditions_field: renditions})
    invalidate({cache_tag.format(pk=pk)})  # pages switch from the original to the renditions at once
    return len(renditions)


# A hashtag can be on thousands of articles: their documents are recomputed by the worker, a batch per task.
SEARCH_DOCUMENT_BATCH = 500


@task()
def refresh_search_documents(article_ids: list[int]) -> int:
    """Recompute the search documents of these articles (a hashtag of theirs was renamed, merged or deleted)."""
    update_search_documents(article_ids)
    return len(article_ids)


def refresh_search_documents_after_commit(article_ids: list[int]) -> None:
    """Queue refresh_search_documents for these articles, in batches, once the change is committed."""
    for start in range(0, len(article_ids), SEARCH_DOCUMENT_BATCH):
        batch = article_ids[start:start + SEARCH_DOCUMENT_BATCH]
        transaction.on_commit(partial(refresh_search_documents.enqueue, batch))
