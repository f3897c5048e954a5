"""Background work of the articles app (Django Tasks API: immediate in development, db_worker in production)."""

from django.apps import apps
from django.tasks import task

from articles.images import ARTICLE_WIDTHS, PORTRAIT_WIDTHS, make_renditions
from articles.related_store import recompute_lists, update_article

# model label -> (image field, renditions field, widths)
RENDITION_TARGETS = {
    "articles.article": ("image", "image_renditions", ARTICLE_WIDTHS),
    "articles.author": ("photo", "photo_renditions", PORTRAIT_WIDTHS),
}


@task()
def make_image_renditions(model_label: str, pk: int, name: str) -> int:
    """Make the WebP renditions of one stored image and record them on its row; returns how many."""
    image_field, renditions_field, widths = RENDITION_TARGETS[model_label]
    model = apps.get_model(model_label)
    current = model._default_manager.filter(pk=pk).values_list(image_field, flat=True).first()
    if current != name:
        return 0  # the row was deleted or got another image meanwhile; that save queued its own task
    renditions = make_renditions(name, widths)
    # update() rather than save(): no new signal, no new task, no touched timestamps.
    model._default_manager.filter(pk=pk, **{image_field: name}).update(**{renditions_field: renditions})
    return len(renditions)


@task()
def update_related(article_id: int) -> list[int]:
    """Re-index one published, changed or unpublished article, then queue the lists it affects."""
    affected = update_article(article_id)
    if affected:
        recompute_related.enqueue(affected)
    return affected


@task()
def recompute_related(article_ids: list[int]) -> int:
    """Recompute the stored related lists of these articles (e.g. because one they list changed)."""
    return recompute_lists(article_ids)
