"""Benchmark: send one newsletter issue to N confirmed subscribers on PostgreSQL, then prove that a worker
killed (SIGKILL) half way through and restarted sends every address exactly once.

    createdb -h 127.0.0.1 -U postgres kinews_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kinews_bench \
        .venv/bin/python bench/newsletter.py --subscribers 100000

Every send runs in a child process (`bench/newsletter.py send ...`) so that its peak memory (ru_maxrss) is
its own, and so that it can be killed for real. Messages go to an in-memory backend that builds the full
MIME message (as locmem does) and appends the recipient to a log file, the independent witness of what was
handed to "the mail server". Django's locmem backend itself is not used: it keeps a deep copy of every
message in mail.outbox, so its memory would grow with the list by design and hide the sender's own.
The database is wiped (newsletter tables, bench articles) and refilled on every run.
"""

import argparse
import email.policy
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, Python puts bench/ first on the path, where this file would shadow the newsletter app.
sys.path[0] = str(ROOT)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kinews.settings")

from django.core.mail.backends.base import BaseEmailBackend  # noqa: E402


class RecordingBackend(BaseEmailBackend):
    """Builds each message completely, then writes only its recipient to a log (one write per message)."""

    def __init__(self, *args, log_path: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.log_path = log_path

    def send_messages(self, messages):
        with open(self.log_path, "a", buffering=1) as log:
            for message in messages:
                # What Django's SMTP backend does before talking to the server.
                message.message(policy=email.policy.SMTP).as_bytes()
                log.write(message.to[0] + "\n")  # line-buffered: on disk (page cache) before we return
        return len(messages)


def _django(log_path: str = ""):
    import django
    from django.conf import settings

    django.setup()
    settings.MAILERS = {"default": {"BACKEND": "bench.newsletter.RecordingBackend", "OPTIONS": {"log_path": log_path}}}
    settings.LOGGING_CONFIG = None


def setup_data(subscribers: int) -> int:
    """Fresh schema content: a few articles, one issue, `subscribers` confirmed German subscribers."""
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    from django.utils import timezone

    from articles.models import Article, Author, Category, KeyFact
    from newsletter.models import Issue, Subscriber

    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE newsletter_delivery, newsletter_issuearticle, newsletter_issue, "
                       "newsletter_consentrecord, newsletter_subscriber RESTART IDENTITY CASCADE")
    category = Category.objects.get_or_create(slug_de="bench", defaults={"name_de": "Bench", "name_en": "Bench"})[0]
    author = Author.objects.get_or_create(slug="bench", defaults={"name": "Bench"})[0]
    issue = Issue.objects.create(subject="kinews Benchmark", intro="Hallo!\n\nDas war die Woche.", language="de")
    for n in range(5):
        article = Article.objects.filter(title_de=f"Bench-Artikel {n}").first()
        if article is None:
            article = Article.objects.create(
                title_de=f"Bench-Artikel {n}", title_en=f"Bench article {n}", teaser_de="Ein Teaser. " * 8,
                body_de="<p>Text.</p>", category=category, author=author, status="published",
                published_at=timezone.now(),
            )
            for position in range(4):
                KeyFact.objects.create(article=article, position=position, label_de=f"Punkt {position}",
                                       text_de="Ein Satz mit einer Tatsache, die man wissen sollte.")
        issue.items.create(article=article, position=n)
    now = timezone.now()
    batch = []
    for n in range(subscribers):
        batch.append(Subscriber(email=f"leser{n:06d}@bench.example", language="de", status="confirmed",
                                confirmed_at=now))
        if len(batch) == 5000:
            Subscriber.objects.bulk_create(batch)
            batch = []
    Subscriber.objects.bulk_create(batch)
    return issue.pk


def send(issue_id: int, log_path: str, stale_seconds: float | None) -> None:
    """Child process: send (or continue sending) the issue; print elapsed seconds and peak RSS."""
    import resource

    _django(log_path)
    from django.conf import settings

    if stale_seconds is not None:
        settings.NEWSLETTER_STALE_CLAIM_SECONDS = stale_seconds
    from newsletter.sending import send_issue

    started = time.perf_counter()
    result = send_issue(issue_id)
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"RESULT elapsed={elapsed:.1f} peak_mb={peak_mb:.1f} {result}", flush=True)


def _child(issue_id: int, log_path: Path, stale: float | None = None) -> subprocess.Popen:
    command = [sys.executable, __file__, "send", "--issue", str(issue_id), "--log", str(log_path)]
    if stale is not None:
        command += ["--stale", str(stale)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, text=True)


def _result(process: subprocess.Popen) -> str:
    out, _ = process.communicate()
    return next(line for line in out.splitlines() if line.startswith("RESULT"))


def full_run(subscribers: int, workdir: Path) -> None:
    issue_id = setup_data(subscribers)
    log = workdir / "full.log"
    log.unlink(missing_ok=True)
    print(f"[full] {subscribers} confirmed subscribers, sending ...", flush=True)
    print("[full]", _result(_child(issue_id, log)), flush=True)
    counts = Counter(log.read_text().splitlines())
    print(f"[full] messages handed over: {sum(counts.values())}, distinct addresses: {len(counts)}, "
          f"sent twice: {sum(1 for c in counts.values() if c > 1)}", flush=True)


def kill_and_restart(subscribers: int, workdir: Path) -> None:
    from newsletter.models import Delivery

    issue_id = setup_data(subscribers)
    log = workdir / "kill.log"
    log.unlink(missing_ok=True)
    started = time.perf_counter()
    process = _child(issue_id, log)
    half = subscribers // 2
    while True:
        time.sleep(0.5)
        sent = Delivery.objects.filter(issue_id=issue_id, status=Delivery.Status.SENT).count()
        if sent >= half:
            process.send_signal(signal.SIGKILL)
            process.wait()
            break
        if process.poll() is not None:
            raise SystemExit("the worker finished before it could be killed; use more subscribers")
    killed_at = time.perf_counter()
    handed_at_kill = len(log.read_text().splitlines())
    states = Counter(Delivery.objects.filter(issue_id=issue_id).values_list("status", flat=True))
    print(f"[kill] SIGKILL after {killed_at - started:.1f} s, {sent} deliveries marked sent; "
          f"{handed_at_kill} messages handed over; "
          f"rows: {dict(states)}", flush=True)
    # The restart treats the dead worker's claim as stale at once (production waits 15 minutes).
    print("[kill] restart:", _result(_child(issue_id, log, stale=0)), flush=True)

    counts = Counter(log.read_text().splitlines())
    rows = dict(Counter(Delivery.objects.filter(issue_id=issue_id).values_list("status", flat=True)))
    interrupted = list(Delivery.objects.filter(issue_id=issue_id, status=Delivery.Status.FAILED)
                       .values_list("subscriber__email", flat=True))
    twice = [address for address, count in counts.items() if count > 1]
    never = subscribers - len(counts)
    print(f"[kill] after restart: rows {rows}", flush=True)
    print(f"[kill] addresses handed over exactly once: {sum(1 for c in counts.values() if c == 1)} "
          f"of {subscribers}; more than once: {len(twice)}; never: {never}", flush=True)
    for address in interrupted:
        print(f"[kill] interrupted row {address}: handed over {counts.get(address, 0)} time(s), not resent", flush=True)
    assert not twice, twice[:5]
    assert never <= len(interrupted), "every address not handed over must be an interrupted (recorded) row"
    print(f"[kill] RESULT exactly_once={sum(1 for c in counts.values() if c == 1)} twice={len(twice)} "
          f"never={never} interrupted={len(interrupted)}", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command")
    run = sub.add_parser("run")
    run.add_argument("--subscribers", type=int, default=100_000)
    run.add_argument("--workdir", default="/tmp")
    run.add_argument("--skip-full", action="store_true", help="only the kill-and-restart run (itself one full send)")
    run.add_argument("--skip-kill", action="store_true", help="only the uninterrupted run")
    child = sub.add_parser("send")
    child.add_argument("--issue", type=int, required=True)
    child.add_argument("--log", required=True)
    child.add_argument("--stale", type=float)
    args = parser.parse_args(sys.argv[1:] if len(sys.argv) > 1 and sys.argv[1] in ("run", "send") else
                             ["run", *sys.argv[1:]])
    if args.command == "send":
        send(args.issue, args.log, args.stale)
        return
    _django()
    from django.db import connection

    if connection.vendor != "postgresql":
        raise SystemExit("Run this benchmark on PostgreSQL (DATABASE_URL=postgres://...).")
    workdir = Path(args.workdir)
    if not args.skip_full:
        full_run(args.subscribers, workdir)
    if not args.skip_kill:
        kill_and_restart(args.subscribers, workdir)


if __name__ == "__main__":
    main()
