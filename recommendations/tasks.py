"""Background work of the recommendations app (Django Tasks API: immediate in development, db_worker in production)."""

from django.tasks import task

from recommendations.index import recompute_lists, update_article


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
