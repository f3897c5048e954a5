"""Several servers, proven: issue 17's claims, one test each, on the cluster of tests/cluster/conftest.py.

Run with `make cluster-test` (not part of `make test`: it starts its own PostgreSQL, Redis, S3, nginx and app
servers, and stops and restarts some of them). The tests run in file order on one cluster.
"""

import re
import time
from email import message_from_bytes
from io import BytesIO

import pytest
from PIL import Image

from recommendations.index import DOCUMENTS
from tests.cluster.conftest import EDITOR, EDITOR_PASSWORD
from tests.cluster.services import wait_until
from tests.test_admin import article_form_data

FRESHNESS_SECONDS = 1.0  # "within 1 s"
B_READER_URLS = ["/", "/feed/", "/feed/atom/", "/sitemap-articles-de.xml", "/sitemap-news.xml"]


def jpeg(size=(1600, 900), colour="teal") -> bytes:
    buffer = BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def publish(cluster, client, title: str, *, image: bytes | None = None) -> tuple[int, str]:
    """Add a published article through the admin of `client`'s server; returns (id, German slug)."""
    token = client.csrf_token("/admin/articles/article/add/")
    data = article_form_data(type("Category", (), {"pk": cluster.category_id}), title_de=title,
                             title_en=f"{title} (en)", tags="KI, Cluster", author=str(cluster.author_id),
                             csrfmiddlewaretoken=token)
    files = {"image": ("cover.jpg", image, "image/jpeg")} if image else None
    response = client.post("/admin/articles/article/add/", data, files=files)
    assert response.status_code == 302, re.findall(r'class="errorlist[^>]*>(.*?)</ul>', response.text)[:5]
    return cluster.query("SELECT id, slug_de FROM articles_article WHERE title_de = %s", title)[0]


@pytest.fixture(scope="module")
def editor_on_a(cluster):
    client = cluster.app("a")
    client.log_in(EDITOR, EDITOR_PASSWORD)
    return client


def test_an_article_published_through_a_is_on_every_reader_page_of_b_within_a_second(cluster, editor_on_a, timings):
    reader_b = cluster.app("b")
    for url in B_READER_URLS:  # B has these pages in its page cache (or renders them) before the publish
        assert reader_b.get(url).status_code == 200
        reader_b.get(url)
    article_id, slug = publish(cluster, editor_on_a, "Cluster-Meldung aus Server A")
    published = time.monotonic()
    seen: dict[str, float] = {}
    urls = [*B_READER_URLS, f"/artikel/{slug}/"]
    while len(seen) < len(urls) and time.monotonic() - published < 10:
        for url in urls:
            if url not in seen:
                response = reader_b.get(url)
                if response.status_code == 200 and (slug in response.text or "Cluster-Meldung aus" in response.text):
                    seen[url] = time.monotonic() - published
        time.sleep(0.02)
    for url, seconds in sorted(seen.items(), key=lambda item: item[1]):
        timings.add(f"publish on A -> visible on B {url}", seconds)
    assert set(seen) == set(urls), f"not on B after 10 s: {set(urls) - set(seen)}"
    assert max(seen.values()) <= FRESHNESS_SECONDS
    assert article_id


def test_an_image_uploaded_through_a_is_served_to_readers_of_b_from_the_bucket(cluster, editor_on_a, timings):
    started = time.monotonic()
    article_id, slug = publish(cluster, editor_on_a, "Cluster-Bild aus Server A", image=jpeg())
    original = cluster.query("SELECT image FROM articles_article WHERE id = %s", article_id)[0][0]
    assert original in cluster.moto.keys("articles/"), "the upload is in the bucket"

    def page_with_renditions():
        page = cluster.public().get(f"/artikel/{slug}/")  # through nginx; whichever server answers
        return page if ".webp 1440w" in page.text else None

    page = wait_until(page_with_renditions, timeout=60, interval=0.2, what="renditions made by the worker")
    timings.add("upload on A -> WebP renditions on the page (worker)", time.monotonic() - started)
    b_page = cluster.app("b").get(f"/artikel/{slug}/")
    srcset = re.search(r'srcset="([^"]+)"', b_page.text)[1]
    urls = [part.split(" ")[0] for part in srcset.split(", ")]
    assert len(urls) == 4 and all(url.startswith(f"{cluster.moto.url}/{cluster.moto.bucket}/renditions/")
                                  for url in urls)
    image = cluster.public().session.get(urls[1], timeout=10)  # what the reader's browser fetches
    assert image.status_code == 200 and image.content[:4] == b"RIFF" and image.content[8:12] == b"WEBP"
    img_src = re.search(r"img-src ([^;]+)", b_page.headers["Content-Security-Policy"])[1].split()
    assert cluster.moto.url in img_src
    assert list(cluster.media_root.rglob("*.*")) == []  # nothing on an app server's disk
    assert "renditions" in page.text


def lock_waiters(cluster) -> int:
    return cluster.query("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")[0][0]


def kill_worker_while_blocked(cluster, task_path: str, lock_sql: str, timings, label: str) -> None:
    """Start the worker while `lock_sql` (in an open transaction of ours) blocks `task_path` in the middle;
    SIGKILL the worker there, release the lock, start the worker again and wait for the task to finish."""
    with cluster.postgres.connect() as blocker:
        blocker.autocommit = False
        blocker.execute(lock_sql)
        cluster.start_worker()
        wait_until(lambda: "RUNNING" in cluster.task_states(task_path) and lock_waiters(cluster), timeout=30,
                   what=f"{task_path} blocked in the middle")
        cluster.kill_worker()
        blocker.rollback()
    time.sleep(0.5)
    assert "RUNNING" in cluster.task_states(task_path)  # left behind: django-tasks-db never retries it by itself
    restarted = time.monotonic()
    cluster.start_worker()
    wait_until(lambda: set(cluster.task_states(task_path)) == {"SUCCESSFUL"}, timeout=60, interval=0.2,
               what=f"{task_path} to run again")
    timings.add(f"worker restart -> {label} done again", time.monotonic() - restarted)


def test_a_worker_killed_while_recomputing_related_posts_recomputes_them_once_after_restart(
    cluster, editor_on_a, timings
):
    cluster.wait_for_tasks()
    cluster.stop_worker()
    article_id, _slug = publish(cluster, editor_on_a, "Sprachmodelle im Cluster")
    # Its related list is written last, inside the task's transaction: block that write.
    kill_worker_while_blocked(cluster, "recommendations.tasks.update_related",
                              "LOCK TABLE recommendations_relatedarticle IN EXCLUSIVE MODE", timings, "related list")
    cluster.wait_for_tasks()
    rows = cluster.query("SELECT language, target_id FROM recommendations_relatedarticle WHERE article_id = %s",
                         article_id)
    assert rows and len(rows) == len(set(rows))  # a list, stored once
    indexed = cluster.query(
        "SELECT count(DISTINCT article_id) FROM recommendations_articleterm WHERE language = 'de'")[0][0]
    documents = cluster.query("SELECT documents FROM recommendations_termstat WHERE language = 'de' AND term = %s",
                              DOCUMENTS)[0][0]
    assert documents == indexed  # the article counted once in the document frequencies


def test_a_worker_killed_while_making_renditions_makes_them_once_after_restart(cluster, editor_on_a, timings):
    cluster.wait_for_tasks()
    cluster.stop_worker()
    article_id, _slug = publish(cluster, editor_on_a, "Zweites Cluster-Bild", image=jpeg(colour="orange"))
    # The renditions are uploaded, then recorded on the article row: block the recording.
    kill_worker_while_blocked(cluster, "articles.tasks.make_image_renditions",
                              f"SELECT 1 FROM articles_article WHERE id = {int(article_id)} FOR NO KEY UPDATE",
                              timings, "renditions")
    cluster.wait_for_tasks()
    renditions = cluster.query("SELECT image_renditions FROM articles_article WHERE id = %s", article_id)[0][0]
    names = [r["name"] for r in renditions]
    prefix = names[0].rsplit("-", 1)[0]
    assert len(names) == 4 and cluster.moto.keys(prefix) == sorted(names)  # four files, none twice


def lead_form_data(client) -> dict:
    page = client.get("/beratung/anfrage/")
    token = re.search(r'name="token" value="([^"]+)"', page.text)[1]
    return {"name": "Jana Schulz", "email": "jana@example.com", "company": "Muster AG", "role": "CTO",
            "phone": "", "topic": "training", "budget": "10-50k", "message": "Eine Schulung für 20 Leute, bitte.",
            "contact_by": "email", "consent": "on", "website": "", "token": token, "source": "", "cta": ""}


def test_a_worker_killed_while_sending_a_lead_notification_sends_it_once_after_restart(cluster, timings):
    cluster.wait_for_tasks()
    reader = cluster.public()
    before = len(cluster.smtp.messages)
    cluster.smtp.hold()  # the mail server accepts the connection and says nothing: the send hangs
    response = reader.post("/beratung/anfrage/", lead_form_data(reader))
    assert response.status_code == 302
    inquiry_id = cluster.query("SELECT max(id) FROM consulting_inquiry")[0][0]
    wait_until(lambda: cluster.smtp.waiting, timeout=30, what="the worker to be in the middle of sending")
    cluster.kill_worker()
    cluster.smtp.release()
    restarted = time.monotonic()
    cluster.start_worker()
    wait_until(lambda: cluster.query("SELECT count(*) FROM consulting_notification WHERE inquiry_id = %s "
                                     "AND status = 'sent'", inquiry_id)[0][0] == 2,
               timeout=60, interval=0.2, what="both notifications sent")
    timings.add("worker restart -> lead notifications sent", time.monotonic() - restarted)
    cluster.wait_for_tasks()
    received = [message_from_bytes(message) for message in cluster.smtp.messages[before:]]
    to_sales = [m for m in received if m["To"] == "vertrieb@kinews.example"]
    to_requester = [m for m in received if m["To"] == "jana@example.com"]
    assert len(to_sales) == 1 and len(to_requester) == 1  # each exactly once
    assert f"/consulting/inquiry/{inquiry_id}/change/" in to_sales[0].get_payload(decode=True).decode()


def test_an_editor_logged_in_through_a_stays_logged_in_on_b_and_through_the_load_balancer(cluster, editor_on_a):
    reader_b = cluster.app("b")
    assert reader_b.get("/admin/articles/article/").status_code == 302  # without the cookie: the login page
    reader_b.cookies = dict(editor_on_a.cookies)
    response = reader_b.get("/admin/articles/article/")
    assert response.status_code == 200 and 'id="logout-form"' in response.text  # the admin, logged in
    through_nginx = cluster.public()
    through_nginx.cookies = dict(editor_on_a.cookies)
    assert {through_nginx.get("/admin/articles/article/").status_code for _ in range(6)} == {200}


def signup_form(client) -> dict:
    page = client.get("/newsletter/")
    stamp = re.search(r'name="stamp" value="([^"]+)"', page.text)[1]
    return {"email": "outage-reader@example.com", "language": "de", "consent": "on", "page": "/", "stamp": stamp,
            "website": ""}


def test_readers_and_forms_get_through_a_ten_second_redis_outage_and_servers_recover_by_themselves(cluster, timings):
    cluster.wait_for_tasks()
    reader = cluster.public()
    article_url = "/artikel/" + cluster.query("SELECT slug_de FROM articles_article ORDER BY id LIMIT 1")[0][0] + "/"
    pages = ["/", article_url, "/feed/"]
    for url in pages:
        reader.get(url)
    cached = [reader.get(url).elapsed.total_seconds() for url in pages]
    signup, lead = signup_form(reader), lead_form_data(reader)
    time.sleep(2)  # the sign-up form's time trap
    mails_before = len(cluster.smtp.messages)

    cluster.redis.stop()
    down_at = time.monotonic()
    latencies = []
    while time.monotonic() - down_at < 10:
        for url in pages:
            response = reader.get(url)
            assert response.status_code == 200, url
            latencies.append(response.elapsed.total_seconds())
        for name in ("a", "b"):
            health = cluster.app(name).get("/healthz")
            assert health.status_code == 200 and health.json()["status"] == "degraded", health.text
            assert health.json()["cache"].startswith("unavailable")
        if lead:
            assert reader.post("/beratung/anfrage/", lead).status_code == 302
            assert reader.post("/newsletter/", signup).status_code == 302
            lead = None
        time.sleep(0.2)
    timings.add(f"Redis down: {len(latencies)} page requests, all 200, median", sorted(latencies)[len(latencies) // 2])
    timings.add("(the same pages from the page cache before, median)", sorted(cached)[1])
    held = cluster.query("SELECT is_spam, spam_reasons FROM consulting_inquiry ORDER BY id DESC LIMIT 1")[0]
    assert held == (True, "rate-limit-unchecked")  # stored, held for sales to check
    assert cluster.query("SELECT count(*) FROM newsletter_consentrecord WHERE email = %s",
                         "outage-reader@example.com")[0][0] == 1

    cluster.redis.start()
    back_at = time.monotonic()
    for name in ("a", "b"):
        wait_until(lambda name=name: cluster.app(name).get("/healthz").json()["status"] == "ok", timeout=10,
                   what=f"app server {name} to use Redis again")
    timings.add("Redis back -> both app servers healthy again", time.monotonic() - back_at)
    reader.get("/")
    assert wait_until(lambda: reader.get("/").headers.get("X-Page-Cache") == "hit", timeout=5,
                      what="the page cache to work again")
    # The sign-up taken during the outage was not lost: its confirmation e-mail went out.
    wait_until(lambda: any(message_from_bytes(m)["To"] == "outage-reader@example.com"
                           for m in cluster.smtp.messages[mails_before:]),
               timeout=30, what="the confirmation e-mail of the sign-up taken during the outage")


def test_while_postgresql_restarts_healthz_says_503_and_the_servers_come_back_without_a_restart(cluster, timings):
    cluster.wait_for_tasks()
    processes = {name: cluster.processes[name].popen.pid for name in ("a", "b", "worker")}
    cluster.postgres.stop()
    down_at = time.monotonic()
    for name in ("a", "b"):
        health = wait_until(lambda name=name: (r := cluster.app(name).get("/healthz")).status_code == 503 and r.json(),
                            timeout=10, what=f"app server {name} to report the database down")
        assert health["database"] == "unavailable"
    timings.add("PostgreSQL stopped -> /healthz 503 on A and B", time.monotonic() - down_at)
    time.sleep(max(0, 3 - (time.monotonic() - down_at)))
    cluster.postgres.start()
    up_at = time.monotonic()
    for name in ("a", "b"):
        wait_until(lambda name=name: cluster.app(name).get("/healthz").status_code == 200, timeout=30,
                   what=f"app server {name} to reconnect")
    timings.add("PostgreSQL started -> /healthz 200 on A and B", time.monotonic() - up_at)
    for name in ("a", "b"):  # pages that need the database (a query string the page cache has never seen)
        assert cluster.app(name).get(f"/suche/?q=Sprachmodelle&n={time.time_ns()}").status_code == 200
    assert {name: cluster.processes[name].popen.pid for name in processes} == processes
    assert all(cluster.processes[name].running for name in processes)
    # The worker waited out the outage too: a new task still runs.
    reader = cluster.public()
    mails_before = len(cluster.smtp.messages)
    assert reader.post("/beratung/anfrage/", lead_form_data(reader)).status_code == 302
    wait_until(lambda: len(cluster.smtp.messages) >= mails_before + 2, timeout=30,
               what="the worker to send after the database restart")
