"""Keeping stored related posts up to date, one article at a time (run by the tasks in recommendations/tasks.py).

The index is two small tables: `ArticleTerm` (each article's strongest TF-IDF terms per language, an inverted
index) and `TermStat` (document frequencies for IDF). Updating one article never loads the corpus: candidates
come from the index (articles sharing its strong terms), from its rarer hashtags and from its category, a few
hundred at most, and only those are scored.

Document frequencies are exact after `manage.py rebuild_related`. In between, an article entering the index adds
one to each of its terms, one leaving subtracts one for the terms of its text at that moment, and an edited
article leaves them alone: a small drift the next rebuild corrects, instead of storing every article's full
vocabulary.
"""

from collections import Counter
from collections.abc import Iterable
from functools import partial

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import Case, Count, F, FloatField, Sum, Value, When
from django.utils import timezone
from taggit.models import TaggedItem

from articles.models import Article, KeyFact
from kinews.pagecache import invalidate
from recommendations.models import ArticleTerm, RelatedArticle, RelatedChoice, TermStat
from recommendations.pipeline import DOCUMENTS, related_list
from recommendations.scoring import Doc, Scored, hashtag_idf, term_counts, tfidf_vector

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# The default language first: its document count is the one hashtag rarity is measured against.
LANGUAGE_ORDER = sorted(LANGUAGES, key=lambda code: code != settings.LANGUAGE_CODE)
BATCH = 500  # terms per IN (...) list
INDEX_TABLES = (ArticleTerm, TermStat, RelatedArticle)


def lock_index(*, article_id: int | None = None, rebuild: bool = False) -> None:
    """Writers of the index take these locks first, in this order, inside their transaction (PostgreSQL; SQLite
    lets one writer in at a time anyway), so that a rebuild and any number of workers never interleave:

    - a worker: the index tables in ROW EXCLUSIVE mode (as any write would, but all of them up front, so it
      never waits for a rebuild while holding one of them), then the article's row, so two workers updating
      the same article take turns (FOR NO KEY UPDATE: other lists may still point at it);
    - a rebuild: the tables in SHARE ROW EXCLUSIVE mode, which waits for running workers and holds new ones back
      until it commits; readers are never blocked.
    """
    if connection.vendor != "postgresql":
        return
    mode = "SHARE ROW EXCLUSIVE" if rebuild else "ROW EXCLUSIVE"
    tables = ", ".join(connection.ops.quote_name(model._meta.db_table) for model in INDEX_TABLES)
    with connection.cursor() as cursor:
        cursor.execute(f"LOCK TABLE {tables} IN {mode} MODE")
    if article_id is not None:
        list(Article.objects.select_for_update(no_key=True).filter(pk=article_id).values_list("pk", flat=True))


def _batches(items: list, size: int = BATCH) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def article_counts(article: Article, language: str, key_facts: Iterable[KeyFact] | None = None) -> Counter:
    if key_facts is None:
        key_facts = article.key_facts.all()
    return term_counts(
        title=getattr(article, f"title_{language}") or "",
        teaser=getattr(article, f"teaser_{language}") or "",
        key_facts=[getattr(fact, f"text_{language}") or "" for fact in key_facts],
        body=getattr(article, f"body_{language}") or "",
    )


def document_frequencies(language: str, terms: Iterable[str]) -> dict[str, int]:
    terms = [DOCUMENTS, *terms]
    frequencies = {}
    for batch in _batches(terms):
        frequencies.update(
            TermStat.objects.filter(language=language, term__in=batch).values_list("term", "documents")
        )
    return frequencies


def adjust_frequencies(language: str, terms: Iterable[str], delta: int) -> None:
    terms = [DOCUMENTS, *terms]
    if delta > 0:
        TermStat.objects.bulk_create(
            [TermStat(language=language, term=term, documents=0) for term in terms], ignore_conflicts=True
        )
    for batch in _batches(terms):
        rows = TermStat.objects.filter(language=language, term__in=batch)
        if delta < 0:
            rows = rows.filter(documents__gte=-delta)
        rows.update(documents=F("documents") + delta)


def is_indexable(article: Article, language: str) -> bool:
    """Readable in `language` now or once due: a scheduled article's list is ready when it goes live."""
    return article.is_readable(language, at=article.published_at)


def index_article(article: Article, language: str, counts: Counter) -> tuple[dict[str, float], dict[str, int]]:
    """Store the article's strongest terms in `language`; returns its vector and the document frequencies."""
    deleted, _by_model = ArticleTerm.objects.filter(article=article, language=language).delete()
    if not deleted:  # new in the index
        adjust_frequencies(language, counts, +1)
    frequencies = document_frequencies(language, counts)
    vector = tfidf_vector(counts, frequencies, frequencies.get(DOCUMENTS, 0))
    ArticleTerm.objects.bulk_create(
        [ArticleTerm(article=article, language=language, term=term, weight=weight) for term, weight in vector.items()]
    )
    return vector, frequencies


def unindex_article(article: Article, language: str, counts: Counter | None = None) -> None:
    stored = ArticleTerm.objects.filter(article=article, language=language)
    if stored.exists():
        adjust_frequencies(language, counts if counts is not None else article_counts(article, language), -1)
        stored.delete()
    RelatedArticle.objects.filter(article=article, language=language).delete()


def hashtag_rarity(tag_ids: Iterable[int], documents: int) -> dict[int, float]:
    """IDF of each hashtag over all `documents` articles (one query)."""
    tag_ids = list(tag_ids)
    if not tag_ids:
        return {}
    tagged = (
        TaggedItem.objects.filter(content_type=ContentType.objects.get_for_model(Article), tag_id__in=tag_ids)
        .values("tag_id")
        .annotate(n=Count("id"))
        .values_list("tag_id", "n")
    )
    return {tag: hashtag_idf(documents, n) for tag, n in tagged}


class DatabaseCandidates:
    """Candidates from the stored index (recommendations.pipeline.Candidates): a few queries, never the corpus."""

    def __init__(self, language: str):
        self.language = language
        self.live = Article.objects.readable(language)
        self.article_type = ContentType.objects.get_for_model(Article)

    def by_text(self, source: Doc, terms: list[tuple[str, float]], limit: int) -> list[int]:
        weight = Case(*[When(term=term, then=Value(w)) for term, w in terms], output_field=FloatField())
        return list(
            ArticleTerm.objects.filter(language=self.language, term__in=[term for term, _w in terms])
            .exclude(article_id=source.pk).values("article_id").annotate(dot=Sum(F("weight") * weight))
            .order_by("-dot").values_list("article_id", flat=True)[:limit]
        )

    def by_hashtags(self, source: Doc, tags: list[int], limit: int) -> list[int]:
        tagged = (TaggedItem.objects.filter(content_type=self.article_type, tag_id__in=tags)
                  .exclude(object_id=source.pk).order_by("-object_id").values_list("object_id", flat=True))
        return list(dict.fromkeys(int(pk) for pk in tagged[: limit * len(tags)]))[:limit]

    def newest_in_category(self, source: Doc, limit: int) -> list[int]:
        return list(self.live.filter(category_id=source.category_id).exclude(pk=source.pk)
                    .order_by("-published_at", "-pk").values_list("pk", flat=True)[:limit])

    def docs(self, source: Doc, pks: set[int]) -> list[Doc]:
        docs = {}
        for batch in _batches(sorted(pks)):
            for pk, category, published in self.live.filter(pk__in=batch).values_list(
                    "pk", "category_id", "published_at"):
                docs[pk] = Doc(pk, category, published)
        for batch in _batches(list(docs)):
            for pk, term, weight in ArticleTerm.objects.filter(
                language=self.language, article_id__in=batch, term__in=list(source.vector)
            ).values_list("article_id", "term", "weight"):
                docs[pk].vector[term] = weight
            if source.tags:
                tags_of: dict[int, set] = {}
                for pk, tag in TaggedItem.objects.filter(
                    content_type=self.article_type, object_id__in=batch, tag_id__in=source.tags
                ).values_list("object_id", "tag_id"):
                    tags_of.setdefault(int(pk), set()).add(tag)
                for pk, tags in tags_of.items():
                    docs[pk].tags = frozenset(tags)
        return list(docs.values())


def editor_choices(article_id: int, language: str) -> tuple[set[int], list[int]]:
    """(excluded, pins) of the editors for one article's list; pins only if readable once due, in their order."""
    choices = list(RelatedChoice.objects.filter(article_id=article_id).values_list("target_id", "action"))
    excluded = {pk for pk, action in choices if action == RelatedChoice.Action.EXCLUDE}
    pin_order = [pk for pk, action in choices if action == RelatedChoice.Action.PIN]
    pinnable = set(
        Article.objects.readable(language, at=F("published_at")).filter(pk__in=pin_order).values_list("pk", flat=True)
    ) if pin_order else set()
    return excluded, [pk for pk in pin_order if pk in pinnable]


def compute_related(
    source: Doc,
    language: str,
    frequencies: dict[str, int] | None = None,
    rarity: dict[int, float] | None = None,
) -> list[Scored]:
    """The ranked list for `source` (recommendations.pipeline) with candidates from the stored index.

    The optional arguments are what the caller may know already: document frequencies of the source's terms and
    the rarity of its hashtags (the same in every language).
    """
    if frequencies is None:
        frequencies = document_frequencies(language, source.vector)
    if rarity is None:
        tag_documents = frequencies.get(DOCUMENTS, 0)
        if language != settings.LANGUAGE_CODE and source.tags:
            tag_documents = document_frequencies(settings.LANGUAGE_CODE, []).get(DOCUMENTS, 0)
        rarity = hashtag_rarity(source.tags, tag_documents)
    excluded, pins = editor_choices(source.pk, language)
    return related_list(source, DatabaseCandidates(language), frequencies=frequencies, rarity=rarity,
                        excluded=excluded, pins=pins, now=timezone.now())


def store_related(article_id: int, language: str, entries: list[Scored]) -> None:
    with transaction.atomic(savepoint=False):  # readers never see the list half replaced
        lock_index(article_id=article_id)
        RelatedArticle.objects.filter(article_id=article_id, language=language).delete()
        RelatedArticle.objects.bulk_create(
            RelatedArticle(
                article_id=article_id, language=language, target_id=e.pk, rank=i, score=e.score, reasons=e.reasons
            )
            for i, e in enumerate(entries)
        )
    # The article's related box (and the pages showing it) must be rendered anew, on every server.
    transaction.on_commit(partial(invalidate, {f"related:{article_id}"}))


def _tag_ids(article_id: int) -> frozenset:
    return frozenset(
        TaggedItem.objects.filter(
            content_type=ContentType.objects.get_for_model(Article), object_id=article_id
        ).values_list("tag_id", flat=True)
    )


@transaction.atomic
def update_article(article_id: int) -> list[int]:
    """Re-index one article after it was published, changed or unpublished, and recompute its related lists.

    Returns the other articles whose lists it affects: those that list it now, and those it now lists
    (similarity is mutual, so it probably belongs in theirs).
    """
    affected = set(
        RelatedArticle.objects.filter(target_id=article_id).order_by().values_list("article_id", flat=True)
    )
    lock_index(article_id=article_id)
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        return sorted(affected)
    key_facts = list(article.key_facts.all())
    tags = _tag_ids(article_id)
    rarity = None
    for language in LANGUAGE_ORDER:
        counts = article_counts(article, language, key_facts)
        if not is_indexable(article, language):
            unindex_article(article, language, counts)
            continue
        vector, frequencies = index_article(article, language, counts)
        if rarity is None and language == settings.LANGUAGE_CODE:
            rarity = hashtag_rarity(tags, frequencies.get(DOCUMENTS, 0))
        source = Doc(article.pk, article.category_id, article.published_at, tags, vector)
        entries = compute_related(source, language, frequencies, rarity)
        store_related(article.pk, language, entries)
        affected.update(e.pk for e in entries if not e.reasons.get("fallback") and not e.reasons.get("pinned"))
    affected.discard(article_id)
    return sorted(affected)


def recompute_lists(article_ids: Iterable[int]) -> int:
    """Recompute the stored lists of already indexed articles (their text is unchanged). Returns lists stored."""
    stored = 0
    articles = Article.objects.filter(pk__in=list(article_ids))
    for article in articles:
        tags = _tag_ids(article.pk)
        rarity = None
        for language in LANGUAGE_ORDER:
            if not (is_indexable(article, language)):
                RelatedArticle.objects.filter(article=article, language=language).delete()
                continue
            vector = dict(
                ArticleTerm.objects.filter(article=article, language=language).values_list("term", "weight")
            )
            frequencies = document_frequencies(language, vector)
            if rarity is None and language == settings.LANGUAGE_CODE:
                rarity = hashtag_rarity(tags, frequencies.get(DOCUMENTS, 0))
            source = Doc(article.pk, article.category_id, article.published_at, tags, vector)
            store_related(article.pk, language, compute_related(source, language, frequencies, rarity))
            stored += 1
    return stored


def forget_article(article: Article) -> list[int]:
    """Before an article is deleted: take it out of the document frequencies; returns the articles listing it."""
    for language in LANGUAGES:
        if ArticleTerm.objects.filter(article=article, language=language).exists():
            adjust_frequencies(language, article_counts(article, language), -1)
    return sorted(
        set(
            RelatedArticle.objects.filter(target=article)
            .exclude(article=article)
            .order_by()
            .values_list("article_id", flat=True)
        )
    )
