"""Search at scale: fill a PostgreSQL database with N published articles, then time searches.

    createdb -h 127.0.0.1 -U postgres kinews_bench_search
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kinews_bench_search python bench/search/run.py 100000

Rows are inserted with one INSERT ... SELECT generate_series (no per-article save()), one or two hashtags per
article with another INSERT ... SELECT, then the search
documents are computed with the same UPDATE the app uses. Prints EXPLAIN ANALYZE of the ranked search
(the plan must use the GIN index) and the median of repeated full searches as the page runs them (count up to
SEARCH_MAX_COUNT + first page + snippets; the full count is printed for information, untimed).
Relevance is measured separately, on the demo content: bench/search/relevance.py.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kinews.settings")

import django  # noqa: E402

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import translation  # noqa: E402
from taggit.models import Tag  # noqa: E402

from articles.models import Article, Author, Category  # noqa: E402
from articles.search import SearchPaginator, search_articles, search_vector_updates, snippets  # noqa: E402

WORDS_DE = ("Sprachmodell Roboter Chip Rechenzentrum Datenschutz Agent Forschung Regulierung Bildung Medizin "
            "Klima Energie Sicherheit Training Inferenz Quantisierung Startup Verwaltung Schule Krankenhaus").split()
# Each article carries one or two of these hashtags (about 19 % of articles each); "Cobots" is in no text.
HASHTAGS = "KI LLM Robotik Chips Ethik Cobots Gesundheit Klima Startups Wissenschaft".split()
QUERIES = ["Sprachmodell", "Roboter Medizin", "Quantisierung", "Datenschutz Schule", "Cobots", "gibtesnicht"]


def fill(count: int) -> None:
    assert connection.vendor == "postgresql", "this benchmark needs PostgreSQL"
    call_command("migrate", verbosity=0)
    if Article.objects.count() >= count:
        return
    category = Category.objects.first() or Category.objects.create(name_de="Forschung", name_en="Research")
    author = Author.objects.first() or Author.objects.create(name="Bench Autorin", slug="bench")
    words = "ARRAY[" + ",".join(f"'{w}'" for w in WORDS_DE) + "]"
    pick = f"({words})[1 + (hashtext(n::text || %s) & 2147483647) %% {len(WORDS_DE)}]"
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO articles_article (title, title_de, title_en, slug, slug_de, slug_en, teaser, teaser_de,
                teaser_en, key_facts_heading, body, body_de, body_en, image, image_renditions, image_alt,
                image_caption, image_credit, category_id, author_id, status, published_at, created_at, updated_at,
                reading_time, seo_title, seo_description)
            SELECT t, t, 'Article ' || n, 'a-' || n, 'a-' || n, 'en-' || n, s, s, 'English teaser ' || n, '',
                   b, b, '<p>English body ' || n || '</p>', '', '[]', '', '', '', %s, %s, 'published',
                   now() - (n || ' minutes')::interval, now(), now(), 3, '', ''
            FROM (SELECT n,
                         {pick} || ' und ' || {pick} || ' Nummer ' || n AS t,
                         'Ein Teaser über ' || {pick} || ' und ' || {pick} || '.' AS s,
                         repeat('<p>Ein Absatz über ' || {pick} || ', ' || {pick} || ' und ' || {pick}
                                || ' mit etwas mehr Text, damit der Körper realistisch lang wird.</p>', 8) AS b
                  FROM generate_series(%s, %s) AS n) AS rows
            """,
            [category.pk, author.pk, "a", "b", "c", "d", "e", "f", "g", Article.objects.count() + 1, count],
        )
    tag_ids = ",".join(str(Tag.objects.get_or_create(name=name, defaults={"slug": name.lower()})[0].pk)
                       for name in HASHTAGS)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO taggit_taggeditem (tag_id, content_type_id, object_id)
            SELECT DISTINCT (ARRAY[{tag_ids}])[1 + (hashtext(a.id::text || k) & 2147483647) %% {len(HASHTAGS)}], %s,
                   a.id
            FROM articles_article AS a CROSS JOIN (VALUES ('x'), ('y')) AS keys(k)
            WHERE a.search_de IS NULL
            ON CONFLICT DO NOTHING
            """,
            [ContentType.objects.get_for_model(Article).pk],
        )
    started = time.perf_counter()
    Article.objects.filter(search_de__isnull=True).update(**search_vector_updates())
    print(f"search documents for {count} articles: {time.perf_counter() - started:.1f} s")
    with connection.cursor() as cursor:
        # What autovacuum does soon after a bulk update: statistics, and the GIN index's pending list merged
        # (before that, every search also scans the pending list and takes two to three times as long).
        cursor.execute("VACUUM ANALYZE articles_article")


def searched():
    """What the search page searches: published articles with category and author, bodies for the snippets."""
    return Article.objects.readable("de").for_cards().defer(None).defer("search_de", "search_en")


def explain(query: str) -> None:
    queryset = search_articles(searched(), query=query, language="de")[:10]
    print(queryset.explain(analyze=True))


def timed_search(query: str) -> float:
    started = time.perf_counter()
    results = search_articles(searched(), query=query, language="de")
    paginator = SearchPaginator(results, 10)  # as the search page counts: at most SEARCH_MAX_COUNT
    total = paginator.count
    page = list(paginator.page(1))
    snippets(page, query=query, language="de")
    elapsed = time.perf_counter() - started
    shown = f"{results.count()} hits (the page says more than {total - 1})" if paginator.count_is_capped else (
        f"{total} hits")
    print(f"  {query!r}: {shown}, {elapsed * 1000:.1f} ms")
    return elapsed


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    translation.activate("de")
    fill(count)
    print(f"{Article.objects.count()} articles")
    explain("Quantisierung")
    for _round in range(2):
        times = [timed_search(q) for q in QUERIES]
    print(f"median of the last round: {statistics.median(times) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
