"""The cluster of docs/deploy.md on loopback ports, started once for tests/cluster (`make cluster-test`).

    readers ──https──▶ nginx (deploy/nginx, the Procfile's "proxy")
                         ├──▶ app server A (gunicorn, "web")  ─┐
                         └──▶ app server B (gunicorn, "web")  ─┼──▶ PostgreSQL (own cluster), Redis (own),
                              worker (db_worker, "worker")    ─┘    S3 (moto), SMTP (in-process sink)
"""

import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
import requests
from django_tasks_db.models import DBTaskResult

from bench.smtp_sink import SmtpSink
from deploy.render_nginx import self_signed_certificate
from tests.cluster.services import (
    PROJECT,
    VENV_BIN,
    Moto,
    Postgres,
    Process,
    Redis,
    Timings,
    free_port,
    procfile_process,
    wait_until,
)

TASKS_TABLE = DBTaskResult._meta.db_table
EDITOR, EDITOR_PASSWORD = "editor", "cluster-editor-" + secrets.token_hex(8)

SETUP_DATA = """
from django.contrib.auth import get_user_model
from articles.models import Article, Author, Category
from django.utils import timezone
editor = get_user_model().objects.get(username="editor")
author = Author.objects.create(user=editor, name="Eva Editor")
category = Category.objects.create(name_de="Forschung", name_en="Research", slug_de="forschung", slug_en="research")
for n, topic in enumerate(["Sprachmodelle", "Robotik", "Sprachmodelle in der Medizin"]):
    article = Article.objects.create(
        title_de=f"{topic} heute", title_en=f"{topic} today", teaser_de="Ein Überblick.", teaser_en="An overview.",
        body_de=f"<p>{topic} verändern die Forschung. Sprachmodelle lernen aus Texten.</p>",
        body_en=f"<p>{topic} change research.</p>", category=category, author=author,
        status=Article.Status.PUBLISHED, published_at=timezone.now() - timezone.timedelta(hours=n + 1))
    article.tags.add("KI")
print(author.pk, category.pk)
"""


class Client:
    """HTTP to one address, as a browser would (cookies, CSRF), without following redirects.

    Talking straight to an app server, it adds what nginx adds (Host as the reader sent it, X-Forwarded-Proto),
    so the same session cookie works at A, at B and through nginx.
    """

    def __init__(self, base: str, *, public_host: str, behind_proxy: bool, verify=True):
        self.base, self.public_host, self.behind_proxy = base, public_host, behind_proxy
        self.session = requests.Session()
        self.session.trust_env = False  # no proxy or CA bundle from the environment: loopback, our certificate
        self.session.verify = verify
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, *, headers=None, **kwargs) -> requests.Response:
        headers = dict(headers or {})
        if self.behind_proxy:
            headers |= {"Host": self.public_host, "X-Forwarded-Proto": "https"}
        if method == "POST":
            headers.setdefault("Origin", f"https://{self.public_host}")
            headers.setdefault("Referer", f"https://{self.public_host}{path}")
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        response = self.session.request(method, self.base + path, headers=headers, allow_redirects=False,
                                        timeout=15, **kwargs)
        for header in response.raw.headers.getlist("Set-Cookie"):
            for name, morsel in SimpleCookie(header).items():
                if morsel.value:
                    self.cookies[name] = morsel.value
                else:
                    self.cookies.pop(name, None)
        return response

    def get(self, path: str, **kwargs) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, data=None, **kwargs) -> requests.Response:
        return self.request("POST", path, data=data, **kwargs)

    def csrf_token(self, path: str) -> str:
        page = self.get(path)
        assert page.status_code == 200, (path, page.status_code)
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)[1]

    def log_in(self, username: str, password: str) -> None:
        token = self.csrf_token("/admin/login/")
        response = self.post("/admin/login/?next=/admin/", {"username": username, "password": password,
                                                             "csrfmiddlewaretoken": token, "next": "/admin/"})
        assert response.status_code == 302 and response.headers["Location"] == "/admin/", response.text[:500]


class Cluster:
    def __init__(self, directory: Path, timings: Timings):
        self.dir, self.timings = directory, timings
        self.logs = directory / "logs"
        self.logs.mkdir()
        self.postgres, self.redis, self.moto = Postgres(directory, self.logs), Redis(self.logs), Moto(self.logs)
        self.smtp = SmtpSink(free_port())
        self.https_port, self.http_port = free_port(), free_port()
        self.app_ports = {"a": free_port(), "b": free_port()}
        self.public_host = f"localhost:{self.https_port}"
        self.cert, _key = self_signed_certificate(directory / "tls")
        self.media_root = directory / "media"
        self.media_root.mkdir()
        self.processes: dict[str, Process] = {}
        self.env = {
            **{key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_"))},
            "PATH": f"{VENV_BIN}:{os.environ.get('PATH', '')}",
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),  # one secret for all servers
            "ALLOWED_HOSTS": "localhost",
            "SITE_URL": f"https://{self.public_host}",
            "CSRF_TRUSTED_ORIGINS": f"https://{self.public_host}",
            "DATABASE_URL": self.postgres.url,
            "REDIS_URL": self.redis.url,
            "EMAIL_URL": f"smtp://127.0.0.1:{self.smtp.port}",
            "PROXY_COUNT": "1",
            "RELEASE": "cluster-test",
            "MEDIA_ROOT": str(self.media_root),
            "S3_BUCKET": Moto.bucket,
            "S3_ENDPOINT_URL": self.moto.url,
            "S3_REGION": "us-east-1",
            "AWS_ACCESS_KEY_ID": "cluster",
            "AWS_SECRET_ACCESS_KEY": "cluster-secret",
            "CONSULTING_MIN_FILL_SECONDS": "0",  # the test fills the lead form at machine speed
            "CONSULTING_NOTIFY_EMAIL": "vertrieb@kinews.example",
            "WEB_CONCURRENCY": "2",
            "KINEWS_RUN_DIR": str(directory / "nginx"),
            "KINEWS_APP_SERVERS": ",".join(f"127.0.0.1:{port}" for port in self.app_ports.values()),
            "KINEWS_LISTEN": f"127.0.0.1:{self.https_port}",
            "KINEWS_HTTP_LISTEN": f"127.0.0.1:{self.http_port}",
            "KINEWS_TLS_CERT": str(self.cert),
            "KINEWS_TLS_KEY": str(_key),
            "KINEWS_MEDIA_ROOT": str(self.media_root),
            "KINEWS_WORKER_ID": "cluster-worker-1",
        }

    # --- start and stop ---

    def manage(self, *args: str, extra_env=None) -> str:
        result = subprocess.run([sys.executable, "manage.py", *args], cwd=PROJECT, env=self.env | (extra_env or {}),
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    def start(self) -> None:
        with self.timings.step("start PostgreSQL (initdb), Redis, moto, SMTP sink"):
            self.postgres.init()
            self.redis.start()
            self.moto.start()
            self.smtp.start()
        with self.timings.step("migrate + collectstatic (in parallel) + editor and three articles"):
            collect = subprocess.Popen([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
                                       cwd=PROJECT, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            self.manage("migrate", "--noinput", "-v0")
            self.manage("createsuperuser", "--noinput", "--username", EDITOR, "--email", "eva@kinews.example",
                        extra_env={"DJANGO_SUPERUSER_PASSWORD": EDITOR_PASSWORD})
            self.author_id, self.category_id = map(int, self.manage("shell", "-c", SETUP_DATA).split()[-2:])
            output, _ = collect.communicate(timeout=300)
            assert collect.returncode == 0, output
        with self.timings.step("start nginx, app servers A and B, worker (deploy/Procfile)"):
            for name, port in self.app_ports.items():
                self.processes[name] = procfile_process(
                    "web", f"app-{name}", env=self.env | {"KINEWS_WEB_BIND": f"127.0.0.1:{port}"}, log_dir=self.logs
                ).start()
            self.processes["proxy"] = procfile_process("proxy", "nginx", env=self.env, log_dir=self.logs).start()
            self.start_worker()
            for name in self.app_ports:
                wait_until(lambda name=name: self.app(name).get("/healthz").status_code == 200, timeout=60,
                           what=f"app server {name}")
            wait_until(lambda: self.public().get("/healthz").status_code == 200, timeout=30, what="nginx")

    def stop(self) -> None:
        """Stop everything that runs; one failure must not leave the rest running."""
        self.smtp.release()
        stops = [process.stop for process in (*self.processes.values(), self.redis.process, self.moto.process)]
        for stop in [*stops, self.smtp.stop if self.smtp.running else None, self.postgres.stop]:
            try:
                if stop:
                    stop()
            except Exception as error:  # noqa: BLE001 (reported, then the next one is stopped)
                print(f"  [cluster] could not stop {stop}: {error!r}")

    def start_worker(self) -> None:
        self.processes["worker"] = procfile_process("worker", "worker", env=self.env, log_dir=self.logs).start()

    def kill_worker(self) -> None:
        self.processes["worker"].kill()

    def stop_worker(self) -> None:
        self.processes["worker"].stop()

    # --- talking to it ---

    def app(self, name: str) -> Client:
        """Straight to app server A or B, bypassing nginx (as the load balancer would pick it)."""
        return Client(f"http://127.0.0.1:{self.app_ports[name]}", public_host=self.public_host, behind_proxy=True)

    def public(self) -> Client:
        """Through nginx over HTTPS, as readers come."""
        return Client(f"https://{self.public_host}", public_host=self.public_host, behind_proxy=False,
                      verify=str(self.cert))

    def query(self, sql: str, *params):
        with self.postgres.connect() as connection:
            return connection.execute(sql, params).fetchall()

    def task_states(self, task_path: str) -> list[str]:
        return [row[0] for row in self.query(
            f"SELECT status FROM {TASKS_TABLE} WHERE task_path = %s ORDER BY enqueued_at", task_path)]

    def wait_for_tasks(self, *, timeout: float = 60) -> None:
        """Until no task is ready or running."""
        wait_until(lambda: not self.query(f"SELECT 1 FROM {TASKS_TABLE} WHERE status IN ('READY', 'RUNNING')"),
                   timeout=timeout, interval=0.2, what="the task queue to drain")


@pytest.fixture(scope="session")
def timings():
    timings = Timings()
    started = time.monotonic()
    yield timings
    timings.add("whole cluster test", time.monotonic() - started)
    print("\n  Cluster test timings:\n" + timings.report(), flush=True)


@pytest.fixture(scope="session")
def cluster(timings):
    directory = Path(tempfile.mkdtemp(prefix="kinews-cluster-"))
    directory.chmod(0o755)  # PostgreSQL's and nginx's users must reach their files
    cluster = Cluster(directory, timings)
    try:
        cluster.start()
        yield cluster
    except BaseException:
        for process in [*cluster.processes.values(), cluster.redis.process, cluster.moto.process]:
            print(f"--- {process.name} ---\n{process.tail()}")
        raise
    finally:
        cluster.stop()
        if os.environ.get("KEEP_CLUSTER_LOGS"):
            print(f"logs kept in {cluster.logs}")
        else:
            shutil.rmtree(directory, ignore_errors=True)
