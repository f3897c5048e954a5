"""Rebuilding every article's related posts at once (`manage.py rebuild_related`).

Per language: two passes over the texts (document frequencies, then each article's TF-IDF vector), an in-memory
inverted index, then every article is scored with the same functions as the one-article update
(recommendations.scoring.rank) over candidates found the same way: strong shared terms, rarer shared hashtags, latest of
the category. Texts are streamed in chunks; only the vectors (TERMS_PER_ARTICLE terms each) stay in memory.
The new rows replace the old ones in one transaction per language, so pages never see a half-built index.
"""

import heapq
import itertools
import json
from collections import ChainMap, Counter, defaultdict
from collections.abc import Callable, Iterable

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from taggit.models import TaggedItem

from articles.models import Article, KeyFact
from recommendations.index import LANGUAGES, lock_index
from recommendations.models import ArticleTerm, RelatedArticle, RelatedChoice, TermStat
from recommendations.pipeline import DOCUMENTS, related_list
from recommendations.scoring import Doc, Scored, hashtag_idf, term_counts, tfidf_vector

CHUNK = 1000  # articles per text query
POSTINGS_PER_TERM = 300  # strongest articles per term kept in the in-memory inverted index

Progress = Callable[[str, int, int], None]  # stage, done, total


def _texts(pks: list[int], language: str) -> Iterable[tuple[int, Counter]]:
    """(pk, weighted term counts) for the articles, streamed a chunk at a time."""
    for start in range(0, len(pks), CHUNK):
        chunk = pks[start : start + CHUNK]
        facts = defaultdict(list)
        for article_id, text in KeyFact.objects.filter(article_id__in=chunk).values_list(
            "article_id", f"text_{language}"
        ):
            facts[article_id].append(text or "")
        rows = Article.objects.filter(pk__in=chunk).values_list(
            "pk", f"title_{language}", f"teaser_{language}", f"body_{language}"
        )
        for pk, title, teaser, body in rows:
            yield pk, term_counts(title=title or "", teaser=teaser or "", key_facts=facts[pk], body=body or "")


def _write(model, columns: list[str], rows: Iterable[tuple]) -> None:
    """Insert many rows: COPY on PostgreSQL, batched bulk_create elsewhere."""
    if connection.vendor == "postgresql":
        table = connection.ops.quote_name(model._meta.db_table)
        statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
        with connection.cursor() as cursor, cursor.cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row([json.dumps(value) if isinstance(value, dict) else value for value in row])
        return
    batch = []
    for row in rows:
        batch.append(model(**dict(zip(columns, row, strict=True))))
        if len(batch) >= 2000:
            model.objects.bulk_create(batch)
            batch = []
    model.objects.bulk_create(batch)


class MemoryCandidates:
    """Candidates from the index a rebuild holds in memory (recommendations.pipeline.Candidates)."""

    def __init__(self, docs, postings, by_tag, latest_by_category, live):
        self.docs_by_pk, self.postings, self.by_tag = docs, postings, by_tag
        self.latest_by_category, self.live = latest_by_category, live

    def by_text(self, source: Doc, terms: list[tuple[str, float]], limit: int) -> list[int]:
        accumulated: Counter = Counter()
        for term, weight in terms:
            for other_weight, other in self.postings.get(term, ()):
                accumulated[other] += weight * other_weight
        accumulated.pop(source.pk, None)
        return [other for other, _dot in accumulated.most_common(limit)]

    def by_hashtags(self, source: Doc, tags: list[int], limit: int) -> list[int]:
        newest = heapq.merge(*(self.by_tag[tag] for tag in tags), reverse=True)  # each list newest first
        return list(itertools.islice((pk for pk in dict.fromkeys(newest) if pk != source.pk), limit))

    def newest_in_category(self, source: Doc, limit: int) -> list[int]:
        newest = self.latest_by_category[source.category_id][: limit + 1]
        return [pk for pk in newest if pk != source.pk][:limit]

    def docs(self, source: Doc, pks: set[int]) -> list[Doc]:
        return [self.docs_by_pk[pk] for pk in pks if pk in self.live]


def rebuild_language(language: str, progress: Progress | None = None) -> int:
    """Rebuild the index and all related lists of one language; returns how many lists were stored."""
    progress = progress or (lambda stage, done, total: None)
    now = timezone.now()
    indexed = Article.objects.readable(language, at=F("published_at"))  # live or scheduled
    meta = {pk: (category, published) for pk, category, published in indexed.values_list(
        "pk", "category_id", "published_at"
    )}
    pks = sorted(meta)
    total = len(pks)

    frequencies: Counter = Counter()
    for done, (_pk, counts) in enumerate(_texts(pks, language), 1):
        frequencies.update(counts.keys())
        if done % CHUNK == 0 or done == total:
            progress(f"{language}: counting terms", done, total)

    docs: dict[int, Doc] = {}
    postings: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for done, (pk, counts) in enumerate(_texts(pks, language), 1):
        vector = tfidf_vector(counts, frequencies, total)
        category, published = meta[pk]
        docs[pk] = Doc(pk, category, published, frozenset(), vector)
        for term, weight in vector.items():
            postings[term].append((weight, pk))
        if done % CHUNK == 0 or done == total:
            progress(f"{language}: weighing terms", done, total)
    for term, entries in postings.items():
        if len(entries) > POSTINGS_PER_TERM:
            postings[term] = heapq.nlargest(POSTINGS_PER_TERM, entries)

    article_type = ContentType.objects.get_for_model(Article)
    tagged_count: Counter = Counter()
    by_tag: dict[int, list[int]] = defaultdict(list)
    tags_of: dict[int, set] = defaultdict(set)
    for object_id, tag in TaggedItem.objects.filter(content_type=article_type).values_list("object_id", "tag_id"):
        tagged_count[tag] += 1
        object_id = int(object_id)
        if object_id in docs:
            tags_of[object_id].add(tag)
            by_tag[tag].append(object_id)
    for pk, tags in tags_of.items():
        docs[pk].tags = frozenset(tags)
    tag_documents = (
        total
        if language == settings.LANGUAGE_CODE
        else Article.objects.readable(settings.LANGUAGE_CODE, at=F("published_at")).count()
    )
    rarity = {tag: hashtag_idf(tag_documents, n) for tag, n in tagged_count.items()}
    for tag in by_tag:
        by_tag[tag].sort(reverse=True)

    live = {pk for pk, (_category, published) in meta.items() if published <= now}
    latest_by_category: dict[int, list[int]] = defaultdict(list)
    for pk in sorted(live, key=lambda pk: (meta[pk][1], pk), reverse=True):
        latest_by_category[meta[pk][0]].append(pk)

    choices = defaultdict(list)
    for article_id, target_id, action in RelatedChoice.objects.values_list("article_id", "target_id", "action"):
        choices[article_id].append((target_id, action))

    candidates = MemoryCandidates(docs, postings, by_tag, latest_by_category, live)
    with_total = ChainMap({DOCUMENTS: total}, frequencies)
    results: list[tuple[int, list[Scored]]] = []
    for done, pk in enumerate(pks, 1):
        source = docs[pk]
        excluded = {t for t, action in choices[pk] if action == RelatedChoice.Action.EXCLUDE}
        pins = [t for t, action in choices[pk] if action == RelatedChoice.Action.PIN and t in meta]
        source_rarity = {tag: rarity[tag] for tag in source.tags}
        results.append((pk, related_list(source, candidates, frequencies=with_total, rarity=source_rarity,
                                         excluded=excluded, pins=pins, now=now)))
        if done % CHUNK == 0 or done == total:
            progress(f"{language}: scoring", done, total)

    with transaction.atomic():
        lock_index(rebuild=True)  # running workers finish first; new ones wait for the rebuilt index
        ArticleTerm.objects.filter(language=language).delete()
        TermStat.objects.filter(language=language).delete()
        RelatedArticle.objects.filter(language=language).delete()
        _write(
            ArticleTerm,
            ["article_id", "language", "term", "weight"],
            ((pk, language, term, weight) for pk, doc in docs.items() for term, weight in doc.vector.items()),
        )
        _write(
            TermStat,
            ["language", "term", "documents"],
            [(language, DOCUMENTS, total), *((language, term, n) for term, n in frequencies.items())],
        )
        _write(
            RelatedArticle,
            ["article_id", "language", "target_id", "rank", "score", "reasons"],
            (
                (pk, language, entry.pk, position, entry.score, entry.reasons)
                for pk, entries in results
                for position, entry in enumerate(entries)
            ),
        )
        # Articles no longer indexable in this language keep no list and no terms: deleted above.
    progress(f"{language}: stored", total, total)
    return len(results)


def rebuild_all(progress: Progress | None = None, languages: Iterable[str] = LANGUAGES) -> dict[str, int]:
    return {language: rebuild_language(language, progress) for language in languages}
