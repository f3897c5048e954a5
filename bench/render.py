"""bench/render.py – CPU time of one full render per page type, in process.

What a reader's request costs when no whole-page cache answers it: production settings (DJANGO_DEBUG=0, the
cached template loader, Redis for fragments), PostgreSQL, the page cache off, everything warm. Each page type is
requested in turns (alternating rounds, so a slow moment of the shared machine hits all of them alike) and the
CPU time of this thread is taken per request: median and p95, plus queries (median of five requests) and bytes.

    .venv/bin/python bench/render.py                 # builds its database with the demo content the first time
    .venv/bin/python bench/render.py --rounds 30 --per-round 20 --fresh

Targets (issue 13): article median ≤ 8 ms CPU with ≤ 6 queries, home ≤ 10 ms with ≤ 6 queries. The last row,
"article, long tail", is an article whose own fragments have expired (no target; see bench/README.md).
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATABASE = "kinews_bench_render"
ENVIRONMENT = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "bench-render-not-secret-0123456789abcdefghijklmnopqrstuvwxyz",
    "ALLOWED_HOSTS": "testserver,127.0.0.1",
    "SECURE_SSL_REDIRECT": "0",
    "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
    "REDIS_URL": "redis://127.0.0.1:6379/11",
    "PAGE_CACHE_SECONDS": "0",  # a full render every time; shared fragments stay cached as in production
    "TASKS_QUEUE": "immediate",
    "MEDIA_ROOT": str(ROOT / "bench" / "out" / "render-media"),
    "LOG_LEVEL": "WARNING",
}


def prepare(fresh: bool) -> None:
    """A PostgreSQL database with the demo content (33 bilingual articles with images, facts and sources)."""
    psql = ["psql", "-q", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-c"]
    exists = subprocess.run([*psql[:-1], "-Atc", f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'"],
                            capture_output=True, text=True).stdout.strip() == "1"
    manage = [sys.executable, str(ROOT / "manage.py")]
    env = {**os.environ, **ENVIRONMENT, "DJANGO_DEBUG": "1"}  # demo content is for development settings
    if exists and not fresh:
        subprocess.run([*manage, "migrate", "-v0"], check=True, env=env)  # the code may be newer than the database
        return
    subprocess.run([*psql, f"DROP DATABASE IF EXISTS {DATABASE}"], check=True)
    subprocess.run([*psql, f"CREATE DATABASE {DATABASE}"], check=True)
    for command in (["migrate"], ["load_demo"], ["rebuild_related", "--no-progress"]):
        subprocess.run([*manage, *command, "-v0"], check=True, env=env)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--per-round", type=int, default=10)
    parser.add_argument("--fresh", action="store_true", help="rebuild the database first")
    args = parser.parse_args()
    prepare(args.fresh)
    subprocess.run([sys.executable, str(ROOT / "manage.py"), "collectstatic", "--noinput", "-v0"], check=True,
                   env={**os.environ, **ENVIRONMENT})

    os.environ.update(ENVIRONMENT)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kinews.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from articles.models import Article, Category

    article = Article.objects.readable("de").order_by("-published_at").first()
    category = Category.objects.first()
    pages = {
        "trivial view (/livez)": "/livez",
        "article": article.get_absolute_url(),
        "home": "/",
        "category": category.get_absolute_url(),
    }
    client = Client()  # no cookies: an anonymous reader

    def request(url: str):
        response = client.get(url, secure=True)
        assert response.status_code == 200, (url, response.status_code)
        return response

    for url in pages.values():  # warm: code paths, template cache, fragments in Redis, connections
        for _ in range(3):
            request(url)

    times: dict[str, list[float]] = {name: [] for name in pages}
    for _round in range(args.rounds):
        for name, url in pages.items():
            for _ in range(args.per_round):
                started = time.thread_time()
                request(url)
                times[name].append((time.thread_time() - started) * 1000)

    # The long tail: an article whose own fragments (related box, its cards, author box) have expired, while the
    # site-wide ones (header, footer, promos) are warm from another page. Measured after the rounds above, since
    # it empties the fragment cache.
    from django.core.cache import cache

    from kinews.fragments import forget_local

    long_tail = []
    for _round in range(max(1, args.rounds // 4)):
        for item in Article.objects.readable("de").order_by("-published_at")[:20]:
            cache.clear()
            forget_local()
            request("/")
            started = time.thread_time()
            request(item.get_absolute_url())
            long_tail.append((time.thread_time() - started) * 1000)
    times["article, long tail"] = long_tail

    print(f"kinews full render, {args.rounds} rounds × {args.per_round} requests per page type "
          f"(DJANGO_DEBUG=0, PostgreSQL, Redis fragments, page cache off)")
    print(f"{'page':<24}{'p10 ms':>8}{'median ms':>10}{'p95 ms':>9}{'queries':>9}{'bytes':>9}")
    pages["article, long tail"] = pages["article"]
    for name, url in pages.items():
        if name == "article, long tail":
            cache.clear()
            forget_local()
            request("/")
        else:
            request(url)  # warm again after the long tail emptied the cache
        # Queries: the median of five requests. One request alone may be the one that rebuilds a fragment which
        # just reached PUBLIC_CACHE_SECONDS (on a slow machine a run lasts longer than that).
        counts = []
        for _ in range(1 if name == "article, long tail" else 5):
            with CaptureQueriesContext(connection) as queries:
                size = len(request(url).content)
            counts.append(len(queries))
        samples = sorted(times[name])
        p10, p95 = samples[len(samples) // 10], samples[int(len(samples) * 0.95) - 1]
        print(f"{name:<24}{p10:>8.2f}{statistics.median(samples):>10.2f}{p95:>9.2f}"
              f"{statistics.median_low(counts):>9}{size:>9}")


if __name__ == "__main__":
    main()
