"""Several task workers and a full rebuild at once: related lists are never half written and nothing fails.

On PostgreSQL the threads really race, each on its own connection. SQLite lets one writer in at a time (a file
database makes the others wait); the in-memory test database would refuse them instead, so there the jobs take
turns and the test checks the outcome only.
"""

import contextlib
import threading

import pytest
from django.db import connection, connections

from recommendations.index import update_article
from recommendations.models import RelatedArticle
from recommendations.rebuild import rebuild_all
from tests.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db(transaction=True)


def corpus():
    category = CategoryFactory()
    words = ["Qubits", "Fehlerkorrektur", "Kühlung", "Supraleiter", "Photonen", "Ionenfallen", "Laser"]
    return [
        ArticleFactory(category=category, hashtags=["Quanten", words[n % len(words)]],
                       title_de=f"Quantencomputer {n}: {words[n % len(words)]}",
                       body_de=f"<p>Quantencomputer mit {words[n % len(words)]} und {words[(n + 1) % len(words)]}.</p>")
        for n in range(12)
    ]


def run_at_once(*jobs, rounds: int = 5) -> list[BaseException]:
    """Start the jobs together, `rounds` times; the errors they raised."""
    errors: list[BaseException] = []
    one_writer = threading.Lock() if connection.vendor == "sqlite" else contextlib.nullcontext()
    for _round in range(rounds):
        barrier = threading.Barrier(len(jobs))

        def run(job, barrier=barrier):  # this round's barrier
            try:
                barrier.wait()
                with one_writer:
                    job()
            except BaseException as error:  # noqa: BLE001 - collected for the assertion
                errors.append(error)
            finally:
                connections.close_all()

        threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    return errors


def stored(article, language="de") -> list[tuple[int, int]]:
    return list(RelatedArticle.objects.filter(article=article, language=language)
                .order_by("rank").values_list("rank", "target_id"))


def test_two_workers_recomputing_the_same_article_leave_one_whole_list():
    articles = corpus()
    rebuild_all()
    source = articles[0]
    expected = stored(source)
    assert len(expected) >= 4
    errors = run_at_once(lambda: update_article(source.pk), lambda: update_article(source.pk), rounds=8)
    assert errors == [], errors
    assert stored(source) == expected  # one whole list: no duplicate, missing or mixed entries
    assert [rank for rank, _target in stored(source)] == list(range(len(expected)))


def test_a_full_rebuild_while_workers_update_articles_fails_nothing_and_loses_no_list():
    articles = corpus()
    rebuild_all()
    before = {article.pk: stored(article) for article in articles}
    errors = run_at_once(rebuild_all, lambda: update_article(articles[0].pk), lambda: update_article(articles[1].pk),
                         rounds=4)
    assert errors == [], errors
    for article in articles:
        lists = stored(article)
        assert len(lists) == len(before[article.pk]), article
        assert [rank for rank, _target in lists] == list(range(len(lists)))
