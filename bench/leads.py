"""Benchmark: 1,000 consulting inquiries from 20 concurrent clients while the mail server is down for a while.

What it does (see bench/README.md):
1. (Re)creates the PostgreSQL database given by --db and migrates it.
2. Starts an in-process SMTP sink (bench/smtp_sink.py), gunicorn on 127.0.0.1, and one `db_worker`
   (TASKS_QUEUE=database), i.e. the production set-up.
3. 20 client threads each open the form (GET, for the signed token) and submit it (POST), 1,000 in all.
   The SMTP sink is stopped after --down-after of the submissions and started again after --up-after of them
   (default: only --up-delay seconds after the last one).
4. Waits until every notification is sent (retries run from the worker's deferred tasks), then reports
   stored inquiries (must be 1,000, none twice), HTTP results and latencies, and the mail the sink received.

Run from the repository root:
    .venv/bin/python bench/leads.py                       # defaults: 1000 submissions, 20 clients, SMTP down
                                                          # from 30 % of the submissions until 10 s after the last
    .venv/bin/python bench/leads.py --submissions 200 --clients 5
"""

import argparse
import email
import email.policy
import http.client
import os
import re
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.smtp_sink import SmtpSink  # noqa: E402

TOKEN = re.compile(r'name="token" value="([^"]+)"')
ADMIN_LINK = re.compile(r"/admin/consulting/inquiry/(\d+)/change/")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="postgres://postgres@127.0.0.1:5432/kinews_bench_leads",
                        help="PostgreSQL database to DROP and recreate (its name must contain 'bench')")
    parser.add_argument("--submissions", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--port", type=int, default=8515, help="gunicorn port")
    parser.add_argument("--smtp-port", type=int, default=2515)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes (4 threads each)")
    parser.add_argument("--down-after", type=float, default=0.3, help="stop SMTP after this share of submissions")
    parser.add_argument("--up-after", type=float, default=1.0,
                        help="start SMTP again after this share; 1.0: only --up-delay seconds after the last one")
    parser.add_argument("--up-delay", type=float, default=10.0)
    parser.add_argument("--drain-timeout", type=int, default=600, help="seconds to wait for retries to finish")
    return parser.parse_args()


def recreate_database(url: str) -> None:
    import psycopg

    name = urlsplit(url).path.lstrip("/")
    if "bench" not in name:
        sys.exit(f"Refusing to drop database {name!r}: its name must contain 'bench'.")
    admin = urlsplit(url)._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def server_env(args) -> dict:
    return os.environ | {
        "DATABASE_URL": args.db,
        "DJANGO_DEBUG": "1",  # development settings: no HTTPS redirect, no collected static files needed
        "TASKS_QUEUE": "database",  # the production queue, worked off by db_worker
        "EMAIL_URL": f"smtp://127.0.0.1:{args.smtp_port}",
        "CONSULTING_NOTIFY_EMAIL": "vertrieb@kinews.example",
        # All clients come from 127.0.0.1 and submit at machine speed: without these, the spam traps would flag
        # every lead (still stored, but not notified). The traps themselves are covered by the tests.
        "CONSULTING_RATE_LIMIT": "1000000",
        "CONSULTING_MIN_FILL_SECONDS": "0",
        "LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "kinews.settings",
    }


class Clients:
    def __init__(self, args, sink: SmtpSink):
        self.args, self.sink = args, sink
        self.lock = threading.Lock()
        self.next_number = 0
        self.done = 0
        self.results: Counter = Counter()
        self.get_ms: list[float] = []
        self.post_ms: list[float] = []
        self.down_at = self.up_at = None

    def take(self) -> int | None:
        with self.lock:
            if self.next_number >= self.args.submissions:
                return None
            self.next_number += 1
            return self.next_number

    def finished(self, outcome: str) -> None:
        with self.lock:
            self.results[outcome] += 1
            self.done += 1
            share = self.done / self.args.submissions
            if self.down_at is None and share >= self.args.down_after:
                self.sink.stop()
                self.down_at = time.monotonic()
            elif self.up_at is None and self.down_at is not None and share >= self.args.up_after < 1:
                self.sink.start()
                self.up_at = time.monotonic()

    def run_client(self) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", self.args.port, timeout=30)
        while (number := self.take()) is not None:
            try:
                outcome = self.submit(conn, number)
            except (OSError, http.client.HTTPException) as exc:
                outcome = f"error {type(exc).__name__}"
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", self.args.port, timeout=30)
            self.finished(outcome)
        conn.close()

    def submit(self, conn: http.client.HTTPConnection, number: int) -> str:
        started = time.perf_counter()
        conn.request("GET", "/beratung/anfrage/?source=/artikel/bench/&cta=article-end")
        response = conn.getresponse()
        page = response.read().decode()
        self.get_ms.append((time.perf_counter() - started) * 1000)
        if response.status != 200:
            return f"GET {response.status}"
        body = urlencode({
            "name": f"Bench Person {number}", "email": f"bench-{number}@example.com", "company": f"Firma {number}",
            "topic": "implementation", "message": f"Anfrage Nummer {number} aus dem Benchmark. 🚀",
            "contact_by": "email", "consent": "on", "website": "", "token": TOKEN.search(page).group(1),
            "source": "/artikel/bench/", "cta": "article-end",
        })
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Sec-Fetch-Site": "same-origin",
                   "Origin": f"http://127.0.0.1:{self.args.port}"}
        started = time.perf_counter()
        conn.request("POST", "/beratung/anfrage/", body=body, headers=headers)
        response = conn.getresponse()
        response.read()
        self.post_ms.append((time.perf_counter() - started) * 1000)
        return "stored (302)" if response.status == 302 else f"POST {response.status}"


def wait_for(url: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection(urlsplit(url).hostname, urlsplit(url).port, timeout=2)
            conn.request("GET", urlsplit(url).path)
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.3)
    sys.exit(f"{url} did not come up")


def percentile(values: list[float], share: float) -> float:
    return statistics.quantiles(values, n=100)[int(share * 100) - 1] if len(values) > 1 else values[0]


def main() -> None:
    args = parse_args()
    env = server_env(args)
    os.environ.update(env)
    recreate_database(args.db)
    python = sys.executable
    subprocess.run([python, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)

    sink = SmtpSink(args.smtp_port)
    sink.start()
    gunicorn = subprocess.Popen(
        [str(Path(python).parent / "gunicorn"), "kinews.wsgi", "-b", f"127.0.0.1:{args.port}", "-w", str(args.workers),
         "--threads", "4", "-k", "gthread", "--log-level", "warning"], cwd=ROOT, env=env)
    worker = subprocess.Popen([python, "manage.py", "db_worker", "--interval", "0.2", "--no-reload",
                               "--no-startup-delay", "-v0"], cwd=ROOT, env=env)
    try:
        wait_for(f"http://127.0.0.1:{args.port}/healthz")
        clients = Clients(args, sink)
        threads = [threading.Thread(target=clients.run_client) for _ in range(args.clients)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        if gunicorn.poll() is not None or worker.poll() is not None:
            print(f"server or worker ended during the run: gunicorn {gunicorn.poll()}, worker {worker.poll()}")
        if not sink.running:
            time.sleep(args.up_delay)
            sink.start()
            clients.up_at = time.monotonic()

        import django

        django.setup()
        from consulting.models import Inquiry, Notification

        drain_started = time.monotonic()
        while Notification.objects.filter(status="pending").exists():
            if time.monotonic() - drain_started > args.drain_timeout:
                break
            time.sleep(1)
        drained = time.monotonic() - drain_started
    finally:
        for process in (gunicorn, worker):
            process.terminate()
        for process in (gunicorn, worker):
            process.wait(timeout=30)

    stored = Inquiry.objects.count()
    distinct = Inquiry.objects.values("email").distinct().count()
    spam = Inquiry.objects.filter(is_spam=True).count()
    notifications = Counter(Notification.objects.values_list("kind", "status"))
    retried = Notification.objects.filter(attempts__gt=1).count()
    sales_ids, confirmations = Counter(), Counter()
    for raw in sink.messages:
        message = email.message_from_bytes(raw, policy=email.policy.default)
        if message["To"] == "vertrieb@kinews.example":
            sales_ids[ADMIN_LINK.search(message.get_body().get_content()).group(1)] += 1
        else:
            confirmations[message["To"]] += 1

    print(f"\nsubmissions: {args.submissions} from {args.clients} clients in {elapsed:.1f} s "
          f"({args.submissions / elapsed:.0f}/s); HTTP results: {dict(clients.results)}")
    print(f"latency GET form p50 {percentile(clients.get_ms, .5):.0f} ms, p95 {percentile(clients.get_ms, .95):.0f} ms;"
          f" POST p50 {percentile(clients.post_ms, .5):.0f} ms, p95 {percentile(clients.post_ms, .95):.0f} ms")
    print(f"SMTP down from {clients.down_at - started:.1f} s to {clients.up_at - started:.1f} s after the start")
    print(f"stored inquiries: {stored}, distinct e-mail addresses: {distinct}, twice: {stored - distinct}, "
          f"flagged spam: {spam}")
    print(f"notification rows (kind, status): {dict(notifications)}; needed a retry: {retried}")
    print(f"sink received: sales notifications for {len(sales_ids)} inquiries "
          f"(duplicates: {sum(c - 1 for c in sales_ids.values())}), confirmations to {len(confirmations)} "
          f"addresses (duplicates: {sum(c - 1 for c in confirmations.values())}); all sent {drained:.0f} s "
          f"after the last submission")


if __name__ == "__main__":
    main()
