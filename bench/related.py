"""Benchmark of related posts on a synthetic corpus in PostgreSQL. Not a test: it prints measurements.

    python bench/related.py all --articles 10000              # generate, rebuild, update, page, quality
    python bench/related.py generate --articles 100000        # or one step at a time, see --help

The corpus: articles about `--topics` topics. Each topic has 40 words (10 % of a text), a quarter of them
shared with a neighbouring topic; the rest comes from a shared Zipf-distributed vocabulary and German stop words,
like real articles where most words are common. Each topic belongs to one of 8 categories and has 3 hashtags;
"KI" is on 70 % of all articles and 20 broad hashtags on 1.5 % each. On `--scramble` of the articles
(default 20 %) hashtags and category are taken from another topic, so only the text can find their real
neighbours. Half of the articles also exist in English.

Each step runs in a fresh process (so peak memory is per step) against the database in --database-url
(default postgres://postgres@127.0.0.1:5432/kinews_bench, created when missing).
"""

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/kinews_bench"
SYLLABLES = "ka ri to ne sa mo lu pe ta ki ro na de mi su ge ba lo fe ra ve zu tri ber schaf ung lich heit ter".split()
STOP = "der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an".split()


def setup_django(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kinews.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def ensure_database(url: str) -> None:
    name = url.rsplit("/", 1)[1]
    base = url.rsplit("/", 1)[0] + "/postgres"
    import psycopg

    with psycopg.connect(base, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


class Corpus:
    """Deterministic synthetic texts: topic words, a shared Zipf vocabulary and stop words."""

    def __init__(self, topics: int, seed: int = 7):
        self.rng = random.Random(seed)
        unique: set[str] = set()
        while len(unique) < 12000:
            unique.add("".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4))))
        vocabulary = sorted(unique)
        self.rng.shuffle(vocabulary)
        self.general = vocabulary[:6000]
        self.general_en = [w + "x" for w in vocabulary[6000:12000]]
        weights = [1 / (rank + 1) for rank in range(len(self.general))]
        total, running, self.cumulative = sum(weights), 0.0, []
        for weight in weights:
            running += weight / total
            self.cumulative.append(running)
        own = [["".join(self.rng.choice(SYLLABLES) for _ in range(3)) + f"{t}q{i}" for i in range(30)]
               for t in range(topics)]
        # A quarter of a topic's words are shared with the next topic: neighbouring topics are easy to confuse.
        self.topic_words = [own[t] + own[(t + 1) % topics][:10] for t in range(topics)]

    def text(self, rng: random.Random, topic: int, length: int, english: bool = False) -> str:
        general = self.general_en if english else self.general
        picked = []
        for word in rng.choices(general, cum_weights=self.cumulative, k=length):
            roll = rng.random()
            if roll < 0.10:
                picked.append(rng.choice(self.topic_words[topic]))
            elif roll < 0.40:
                picked.append(rng.choice(STOP))
            else:
                picked.append(word)
        return " ".join(picked)


def generate(args) -> None:
    ensure_database(args.database_url)
    setup_django(args.database_url)
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone
    from taggit.models import Tag, TaggedItem

    from articles.models import Article, Author, Category, KeyFact

    call_command("migrate", verbosity=0)
    started = time.monotonic()
    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE articles_article, articles_keyfact, taggit_taggeditem, taggit_tag, articles_category,"
            " articles_author, recommendations_articleterm, recommendations_termstat, recommendations_relatedarticle,"
            " recommendations_relatedchoice, recommendations_articleview RESTART IDENTITY CASCADE"
        )
    rng = random.Random(args.seed)
    corpus = Corpus(args.topics, args.seed)
    categories = [Category.objects.create(name_de=f"Kategorie {c}", name_en=f"Category {c}") for c in range(8)]
    author = Author.objects.create(name="Bench Author", slug="bench-author")
    topic_tags = [[f"Thema{t}x{k}" for k in range(3)] for t in range(args.topics)]
    broad = [f"Breit{b}" for b in range(20)]
    names = ["KI", *broad, *(tag for tags in topic_tags for tag in tags)]
    Tag.objects.bulk_create([Tag(name=name, slug=name.lower()) for name in names], batch_size=2000)
    tag_id = dict(Tag.objects.values_list("name", "pk"))
    from django.contrib.contenttypes.models import ContentType

    article_type = ContentType.objects.get_for_model(Article)
    now = timezone.now()
    batch_size = 2000
    for start in range(0, args.articles, batch_size):
        articles, facts, tagged = [], [], []
        for i in range(start, min(start + batch_size, args.articles)):
            topic = rng.randrange(args.topics)
            scrambled = rng.random() < args.scramble
            label_topic = rng.randrange(args.topics) if scrambled else topic
            english = rng.random() < 0.5
            article = Article(
                pk=i + 1,
                slug=f"t{topic}-s{int(scrambled)}-a{i}",
                slug_de=f"t{topic}-s{int(scrambled)}-a{i}",
                slug_en=f"en-t{topic}-a{i}",
                title_de=corpus.text(rng, topic, 9),
                teaser_de=corpus.text(rng, topic, 25),
                body_de=corpus.text(rng, topic, args.body_words),
                title_en=corpus.text(rng, topic, 9, english=True) if english else "",
                teaser_en=corpus.text(rng, topic, 25, english=True) if english else "",
                body_en=corpus.text(rng, topic, args.body_words, english=True) if english else "",
                category=categories[label_topic % len(categories)],
                author=author,
                status=Article.Status.PUBLISHED,
                published_at=now - timedelta(minutes=rng.randrange(5 * 365 * 24 * 60)),
                reading_time=3,
            )
            articles.append(article)
            for position in range(3):
                facts.append(KeyFact(article_id=i + 1, position=position, label_de="Fakt",
                                     text_de=corpus.text(rng, topic, 12),
                                     text_en=corpus.text(rng, topic, 12, english=True) if english else ""))
            tags = set(rng.sample(topic_tags[label_topic], rng.randint(1, 2)))
            if rng.random() < 0.7:
                tags.add("KI")
            if rng.random() < 0.3:
                tags.add(rng.choice(broad))
            tagged += [TaggedItem(content_type=article_type, object_id=i + 1, tag_id=tag_id[t]) for t in tags]
        Article.objects.bulk_create(articles)
        KeyFact.objects.bulk_create(facts)
        TaggedItem.objects.bulk_create(tagged)
        print(f"\rgenerated {start + len(articles)}/{args.articles}", end="", flush=True)
    with connection.cursor() as cursor:
        cursor.execute("SELECT setval(pg_get_serial_sequence('articles_article', 'id'), %s)", [args.articles + 1])
        cursor.execute("ANALYZE")
    print(f"\ngenerated {args.articles} articles in {time.monotonic() - started:.0f} s")


def rebuild(args) -> None:
    setup_django(args.database_url)
    from recommendations.rebuild import rebuild_all

    load = os.getloadavg()[0]
    started = time.monotonic()
    stored = rebuild_all()
    elapsed = time.monotonic() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(f"rebuild: {stored} lists in {elapsed:.1f} s ({elapsed / 60:.1f} min), peak memory "
          f"{usage.ru_maxrss / 1024:.0f} MB, CPU of this process {usage.ru_utime + usage.ru_stime:.0f} s, "
          f"load average at start {load:.1f} on {os.cpu_count()} cores")


def update(args) -> None:
    setup_django(args.database_url)
    from django.db import connection, reset_queries

    from articles.models import Article
    from recommendations.index import recompute_lists, update_article

    pks = list(Article.objects.values_list("pk", flat=True))
    sample = random.Random(args.seed).sample(pks, args.samples)
    for label, function in (("update one article (re-index + its lists, de+en)", lambda pk: update_article(pk)),
                            ("recompute one affected article's lists (de+en)", lambda pk: recompute_lists([pk]))):
        timings, cpu, sql, queries = [], [], [], []
        load = os.getloadavg()[0]
        for pk in sample:
            connection.force_debug_cursor = True
            reset_queries()
            started, started_cpu = time.perf_counter(), time.process_time()
            function(pk)
            timings.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
            sql.append(sum(float(query["time"]) for query in connection.queries) * 1000)
            queries.append(len(connection.queries))
            connection.force_debug_cursor = False

        def p95(values):
            return sorted(values)[int(len(values) * 0.95) - 1]

        print(f"{label}: wall median {statistics.median(timings):.0f} ms, p95 {p95(timings):.0f} ms, "
              f"max {max(timings):.0f} ms; Python CPU median {statistics.median(cpu):.0f} ms, p95 {p95(cpu):.0f} ms; "
              f"SQL median {statistics.median(sql):.0f} ms, p95 {p95(sql):.0f} ms; "
              f"{statistics.median(queries):.0f} queries (n={len(timings)}, load average {load:.1f})")


def page(args) -> None:
    setup_django(args.database_url)
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from articles.models import Article
    from recommendations.models import ArticleView

    setup_test_environment()
    article = Article.objects.readable("de").order_by("-pk").first()
    for n, other in enumerate(Article.objects.readable("de").order_by("pk")[:5]):
        ArticleView.objects.update_or_create(article=other, language="de", day=other.published_at.date(),
                                             defaults={"count": n + 1})
    client = Client()
    client.get(article.get_absolute_url())  # warm the cache of the popular ranking and the menu
    for label in ("cold cache", "warm cache"):
        if label == "cold cache":
            from django.core.cache import cache

            cache.clear()
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(article.get_absolute_url())
            elapsed = (time.perf_counter() - started) * 1000
        print(f"article page ({label}): {response.status_code}, {len(captured)} queries, {elapsed:.0f} ms")
        if args.verbose or label == "warm cache":
            for query in captured.captured_queries:
                print(f"  {query['time']}s  {query['sql'][:150]}")


def quality(args) -> None:
    setup_django(args.database_url)
    from articles.models import Article
    from recommendations.selectors import related_articles

    pks = list(Article.objects.readable("de").values_list("pk", flat=True))
    sample = random.Random(args.seed).sample(pks, min(args.quality_samples, len(pks)))
    results = {"de": {True: [], False: []}, "en": {True: [], False: []}}
    for article in Article.objects.filter(pk__in=sample).select_related("category"):
        topic = article.slug_de.split("-")[0]
        scrambled = article.slug_de.split("-")[1] == "s1"
        for language in ("de", "en"):
            if not article.is_complete_in(language):
                continue
            top = related_articles(article=article, language=language, limit=5)
            hits = sum(other.slug_de.split("-")[0] == topic for other in top)
            results[language][scrambled].append(hits / 5)
    for language, by_kind in results.items():
        every = by_kind[True] + by_kind[False]
        print(f"precision@5 {language}: {statistics.mean(every):.3f} over {len(every)} articles "
              f"(scrambled {statistics.mean(by_kind[True] or [0]):.3f} n={len(by_kind[True])}, "
              f"intact {statistics.mean(by_kind[False] or [0]):.3f} n={len(by_kind[False])})")


STEPS = {"generate": generate, "rebuild": rebuild, "update": update, "page": page, "quality": quality}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=[*STEPS, "all"])
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--topics", type=int, default=0, help="default: articles / 50")
    parser.add_argument("--body-words", type=int, default=350)
    parser.add_argument("--scramble", type=float, default=0.2)
    parser.add_argument("--samples", type=int, default=100)
    parser.add_argument("--quality-samples", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    args.topics = args.topics or max(20, args.articles // 50)
    if args.step != "all":
        STEPS[args.step](args)
        return
    for step in STEPS:  # each in its own process: peak memory is per step
        command = [sys.executable, __file__, step, *sys.argv[2:]]
        subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
