"""Benchmark: 100 slow clients against the production set-up (nginx + gunicorn) and against gunicorn alone.

The hardening review's finding 5: 6 connections sending a POST with Content-Length 100000 a few bytes at a
time block all 5 sync gunicorn workers, and /healthz times out. This bench attacks each set-up in turn with
100 slow clients - half send a POST body of 100,000 bytes ten bytes a second, half send their request headers
one line every two seconds and never finish - and meanwhile asks for /healthz and an article page, each on a
new connection, four times a second. It reports their latencies and how many answered within 1 s.

Set-ups, all started by the bench on free loopback ports with production settings (DJANGO_DEBUG=0, its own
redis-server, a throw-away SQLite database with one article, static files collected):

    nginx + gunicorn sync   deploy/nginx (the tested config) in front of gunicorn, 2 x cores + 1 sync workers:
                            what `make serve` and docs/deploy.md describe
    gunicorn sync alone     the same gunicorn without nginx (the finding)
    gunicorn gthread alone  gunicorn with 4 threads per worker, without nginx (the other usual remedy)

Run from the repository root (about two minutes; needs nginx, redis-server and openssl):
    .venv/bin/python bench/slow_clients.py                # --clients 100 --seconds 20
"""

import argparse
import asyncio
import os
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import requests  # noqa: E402

from deploy.render_nginx import self_signed_certificate  # noqa: E402
from tests.cluster.services import VENV_BIN, Process, Redis, free_port, procfile, wait_until  # noqa: E402

ARTICLE = """
from django.contrib.auth import get_user_model
from django.utils import timezone
from articles.models import Article, Author, Category
user = get_user_model().objects.create(username="bench")
category = Category.objects.create(name_de="Forschung", name_en="Research", slug_de="forschung", slug_en="research")
Article.objects.create(title_de="Langsame Leser", title_en="Slow readers", teaser_de="Ein Test.", teaser_en="A test.",
    body_de="<p>Ein Artikel für den Lasttest.</p>", body_en="<p>An article.</p>", category=category,
    author=Author.objects.create(user=user, name="Bench"), status="published", published_at=timezone.now())
"""
ARTICLE_PATH = "/artikel/langsame-leser/"


class SetUp:
    def __init__(self, name: str, *, base: str, host: str, direct: bool, verify=True):
        self.name, self.base, self.host, self.direct, self.verify = name, base, host, direct, verify

    @property
    def headers(self) -> dict:
        # Straight at gunicorn, a load balancer would say the request came over HTTPS (else Django redirects
        # before reading anything); through nginx, nginx says so itself.
        return {"Host": self.host, **({"X-Forwarded-Proto": "https"} if self.direct else {})}


async def slow_client(target: tuple, stop: asyncio.Event, opened: list, *, head: str, drip, pause: float) -> None:
    """Send `head`, then drip(n) every `pause` seconds, never finishing; reconnect when cut off."""
    host, port, tls, _headers = target
    while not stop.is_set():
        writer = None
        try:
            reader, writer = await asyncio.open_connection(host, port, ssl=tls,
                                                           server_hostname="localhost" if tls else None)
            opened[0] += 1
            writer.write(head.encode())
            for n in range(10_000):
                if stop.is_set() or reader.at_eof():
                    break
                writer.write(drip(n))
                await writer.drain()
                await asyncio.sleep(pause)
        except (OSError, ssl.SSLError):  # TimeoutError is an OSError
            pass
        finally:
            if writer:
                writer.close()
        await asyncio.sleep(0.2)


def slow_body(target: tuple, stop: asyncio.Event, opened: list):
    """POST /newsletter/ announcing 100,000 bytes and sending ten a second."""
    headers = target[3]
    head = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    return slow_client(target, stop, opened, pause=1, drip=lambda n: b"email=aaaa",
                       head=(f"POST /newsletter/ HTTP/1.1\r\n{head}Origin: https://{headers['Host']}\r\n"
                             "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\n"))


def slow_headers(target: tuple, stop: asyncio.Event, opened: list):
    """GET / whose headers arrive one line every two seconds and never end."""
    return slow_client(target, stop, opened, pause=2, drip=lambda n: f"X-Slow-{n}: {'a' * 20}\r\n".encode(),
                       head=f"GET / HTTP/1.1\r\nHost: {target[3]['Host']}\r\n")


def attack(setup: SetUp, clients: int, stop: threading.Event, opened: list) -> None:
    """Run `clients` slow clients in an event loop of their own until `stop` is set."""
    parts = setup.base.split("://")[1].split(":")
    tls = None
    if setup.base.startswith("https"):
        tls = ssl.create_default_context(cafile=setup.verify)
    target = (parts[0], int(parts[1]), tls, setup.headers)

    async def main():
        done = asyncio.Event()
        tasks = [asyncio.create_task((slow_body if n % 2 == 0 else slow_headers)(target, done, opened))
                 for n in range(clients)]
        while not stop.is_set():
            await asyncio.sleep(0.1)
        done.set()
        await asyncio.wait(tasks, timeout=5)

    asyncio.run(main())


def probe(setup: SetUp, seconds: float) -> dict[str, list]:
    """Ask for /healthz and the article page, each on a new connection, 4 times a second; latencies (None: >5 s)."""
    results: dict[str, list] = {"/healthz": [], ARTICLE_PATH: []}
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for path, latencies in results.items():
            started = time.monotonic()
            try:
                response = requests.get(setup.base + path, headers=setup.headers, timeout=5, verify=setup.verify,
                                        allow_redirects=False)
                latencies.append(time.monotonic() - started if response.status_code == 200 else None)
            except requests.RequestException:
                latencies.append(None)
            time.sleep(max(0, 0.125 - (time.monotonic() - started)))
    return results


def summary(latencies: list) -> str:
    answered = sorted(x for x in latencies if x is not None)
    within = sum(1 for x in answered if x <= 1)
    if not answered:
        return f"{len(latencies):>3} probes, none answered within 5 s"
    p95 = answered[min(len(answered) - 1, int(len(answered) * 0.95))]
    return (f"{len(latencies):>3} probes, {within:>3} within 1 s ({100 * within / len(latencies):3.0f} %), "
            f"p50 {1000 * statistics.median(answered):6.0f} ms, p95 {1000 * p95:6.0f} ms, "
            f"max {1000 * answered[-1]:6.0f} ms, no answer within 5 s: {latencies.count(None)}")


def measure(setup: SetUp, clients: int, seconds: float) -> None:
    print(f"\n== {setup.name}: {setup.base}", flush=True)
    quiet = probe(setup, 2)
    print(f"   before the attack  /healthz  {summary(quiet['/healthz'])}")
    stop, opened = threading.Event(), [0]
    attacker = threading.Thread(target=attack, args=(setup, clients, stop, opened), daemon=True)
    attacker.start()
    time.sleep(2)  # the slow clients connect and settle in
    during = probe(setup, seconds)
    stop.set()
    attacker.join(10)
    print(f"   {clients} slow clients ({opened[0]} connections opened in all), {seconds:.0f} s:")
    for path, latencies in during.items():
        print(f"   {path:<28} {summary(latencies)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="kinews-slow-"))
    work.chmod(0o755)
    logs = work / "logs"
    logs.mkdir()
    redis = Redis(logs)
    redis.start()
    cert, key = self_signed_certificate(work / "tls")
    https_port, gunicorn_port, gthread_port = free_port(), free_port(), free_port()
    workers = 2 * (os.cpu_count() or 1) + 1
    env = {**{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))},
           "PATH": f"{VENV_BIN}:{os.environ.get('PATH', '')}:/usr/sbin", "DJANGO_DEBUG": "0",
           "DJANGO_SECRET_KEY": "slow-clients-bench-" + "x" * 40, "ALLOWED_HOSTS": "localhost",
           "DATABASE_URL": f"sqlite:///{work / 'bench.sqlite3'}", "REDIS_URL": redis.url, "PROXY_COUNT": "1",
           "RELEASE": "slow-clients", "WEB_CONCURRENCY": str(workers), "MEDIA_ROOT": str(work / "media"),
           "KINEWS_RUN_DIR": str(work / "nginx"), "KINEWS_APP_SERVERS": f"127.0.0.1:{gunicorn_port}",
           "KINEWS_LISTEN": f"127.0.0.1:{https_port}", "KINEWS_HTTP_LISTEN": f"127.0.0.1:{free_port()}",
           "KINEWS_TLS_CERT": str(cert), "KINEWS_TLS_KEY": str(key), "KINEWS_MEDIA_ROOT": str(work / "media")}

    def manage(*command):
        subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True, capture_output=True)

    manage("migrate", "--noinput")
    manage("collectstatic", "--noinput")
    manage("shell", "-c", ARTICLE)
    web = procfile()["web"]
    processes = [
        Process("gunicorn-sync", ["/bin/sh", "-c", web], env=env | {"KINEWS_WEB_BIND": f"127.0.0.1:{gunicorn_port}"},
                log_dir=logs),
        Process("gunicorn-gthread", ["/bin/sh", "-c", web + " --threads 4"],
                env=env | {"KINEWS_WEB_BIND": f"127.0.0.1:{gthread_port}"}, log_dir=logs),
        Process("nginx", ["/bin/sh", "-c", procfile()["proxy"]], env=env, log_dir=logs),
    ]
    setups = [
        SetUp(f"nginx + gunicorn sync ({workers} workers)", base=f"https://localhost:{https_port}",
              host=f"localhost:{https_port}", direct=False, verify=str(cert)),
        SetUp(f"gunicorn sync alone ({workers} workers)", base=f"http://localhost:{gunicorn_port}",
              host="localhost", direct=True),
        SetUp(f"gunicorn gthread alone ({workers} workers x 4 threads)", base=f"http://localhost:{gthread_port}",
              host="localhost", direct=True),
    ]
    try:
        for process in processes:
            process.start()
        for setup in setups:
            wait_until(lambda setup=setup: requests.get(setup.base + "/healthz", headers=setup.headers, timeout=2,
                                                        verify=setup.verify).status_code == 200,
                       timeout=60, what=setup.name)
        print(f"{args.clients} slow clients: half POST /newsletter/ with Content-Length 100000 at 10 bytes/s, "
              "half send one header line every 2 s and never finish. Probes: new connection each, 5 s timeout.")
        for setup in setups:
            measure(setup, args.clients, args.seconds)
    finally:
        for process in processes:
            process.stop()
        redis.stop()
        subprocess.run(["rm", "-rf", str(work)], check=False)


if __name__ == "__main__":
    main()
