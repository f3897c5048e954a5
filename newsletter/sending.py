"""Sending a newsletter issue: once per subscriber, in batches, resumable after a crash.

How "exactly once" works:
- `queue_deliveries` creates one Delivery row per (issue, confirmed subscriber of the issue's language).
  The unique constraint plus ignore_conflicts makes it safe to run again: a restart adds nobody twice.
- `claim_batch` claims queued rows with a conditional UPDATE (status queued -> sending, with a claim token);
  two workers can never claim the same row, on any database.
- While it works, a worker refreshes `claimed_at` of the rows it holds (a heartbeat, at least three times per
  NEWSLETTER_STALE_CLAIM_SECONDS), however slow the mail server is: only a worker that stopped is ever
  taken for dead.
- Each message is built completely (MIME included) first. Only then is its row marked "handover" – a
  conditional UPDATE that succeeds only while the row is still "sending" under this worker's claim token –
  the message handed to the mail server, and the row marked "sent" (again only under the token). A row is
  uncertain only while it is in "handover": that window holds nothing but the transmission itself.
- `recover_stale_claims` (claims whose heartbeat is older than NEWSLETTER_STALE_CLAIM_SECONDS) gives the
  rows of a dead worker that are still "sending" back to the queue – they certainly never left – and records
  a row left in "handover" as failed ("interrupted"), so nobody ever gets the issue twice. At most one such
  row per crashed worker, and only when the crash hit the transmission itself. Should the worker only have
  stalled, its token no longer matches: it sends none of the rows taken from it and records nothing over them.

Memory stays flat: subscribers are read in primary-key pages (keyset pagination), messages are built one
at a time from an issue body rendered once.
"""

import email.policy
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Count
from django.template.loader import render_to_string
from django.utils import timezone, translation

from articles.models import Article
from newsletter.models import Delivery, Issue, Subscriber
from newsletter.services import absolute_url, unsubscribe_url

UNSUBSCRIBE_PLACEHOLDER = "https://unsubscribe.invalid/kinews-placeholder"
QUEUE_PAGE = 2000


@dataclass(frozen=True)
class RenderedIssue:
    subject: str
    html: str
    text: str
    language: str


def issue_articles(issue: Issue) -> list[Article]:
    """The issue's published articles in the editor's order, with their key facts (two queries)."""
    items = issue.items.filter(article__in=Article.objects.readable(issue.language)).select_related(
        "article", "article__category"
    ).prefetch_related("article__key_facts")
    return [item.article for item in items]


EMAIL_IMAGE_WIDTH = 552  # the mail's 600 px column less its padding


def email_image(article: Article) -> dict | None:
    """The article's picture for a mail: a rendition twice the column's width (sharp on phones), absolute URL."""
    rendition = article.image_for(EMAIL_IMAGE_WIDTH * 2) if article.image else None
    if rendition is None:
        return None
    url = rendition.url if "://" in rendition.url else settings.SITE_URL + rendition.url
    height = round(EMAIL_IMAGE_WIDTH * rendition.height / rendition.width) if rendition.width else None
    return {"url": url, "alt": article.image_alt, "width": EMAIL_IMAGE_WIDTH, "height": height}


def render_issue(issue: Issue, *, unsubscribe: str = UNSUBSCRIBE_PLACEHOLDER) -> RenderedIssue:
    """HTML and plain text of an issue in its language; the unsubscribe link is filled in per recipient."""
    with translation.override(issue.language):
        articles = issue_articles(issue)
        entries = [
            {
                "title": article.title,
                "teaser": article.teaser,
                "kicker": article.category.name,
                "key_facts": list(article.key_facts.all()),
                "url": absolute_url("articles:detail", issue.language, slug=article.slug),
                "image": email_image(article),
            }
            for article in articles
        ]
        context = {
            "issue": issue,
            "paragraphs": [p.strip() for p in issue.intro.split("\n\n") if p.strip()],
            "entries": entries,
            "unsubscribe_url": unsubscribe,
            "SITE_NAME": settings.SITE_NAME,
            "SITE_URL": settings.SITE_URL,
            "signup_url": absolute_url("newsletter:signup", issue.language),
        }
        html = render_to_string("newsletter/email/issue.html", context)
        text = render_to_string("newsletter/email/issue.txt", context)
    return RenderedIssue(issue.subject, html, text, issue.language)


class PreparedMessage(EmailMultiAlternatives):
    """A message whose MIME form is built once, before the hand-over, and reused by the mail backend."""

    def prepare(self) -> "PreparedMessage":
        self.message(policy=email.policy.SMTP)  # the policy Django's SMTP backend asks for
        return self

    def message(self, *, policy=email.policy.default):
        built = self.__dict__.setdefault("_built", {})
        if policy not in built:
            built[policy] = super().message(policy=policy)
        return built[policy]


class UnfoldedHeader(str):
    """A header value written exactly as given, on one line.

    Python's email package folds a header longer than 78 characters, and a URL without spaces can only be folded
    by turning it into RFC 2047 encoded words (`=?utf-8?q?=3Chttps=3A//…?=`), which mail providers do not read
    as a List-Unsubscribe URL. RFC 5322 allows lines up to 998 characters, so the header stays on one line.
    The email package keeps values that have a `name` and a `fold()` as they are (`EmailPolicy.header_store_parse`).
    """

    def __new__(cls, name: str, value: str):
        if "\r" in value or "\n" in value or len(name) + 2 + len(value) > 998 or not value.isascii():
            raise ValueError(f"{name} must be one ASCII line of at most 998 characters")
        header = super().__new__(cls, value)
        header.name = name
        return header

    def fold(self, *, policy) -> str:
        return f"{self.name}: {self}{policy.linesep}"

    def __reduce__(self):  # copies (the locmem mail backend deep-copies every message) keep name and class
        return type(self), (self.name, str(self))


def build_message(rendered: RenderedIssue, *, to: str, unsubscribe: str, message_id: str | None = None
                  ) -> PreparedMessage:
    headers = {
        # RFC 2369 + RFC 8058: mail clients show an unsubscribe button that POSTs to this URL.
        "List-Unsubscribe": UnfoldedHeader("List-Unsubscribe", f"<{unsubscribe}>"),
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    if message_id:
        headers["Message-ID"] = message_id
    message = PreparedMessage(
        subject=rendered.subject,
        body=rendered.text.replace(UNSUBSCRIBE_PLACEHOLDER, unsubscribe),
        to=[to],
        headers=headers,
    )
    message.attach_alternative(rendered.html.replace(UNSUBSCRIBE_PLACEHOLDER, unsubscribe), "text/html")
    return message


def delivery_message(rendered: RenderedIssue, delivery: Delivery) -> PreparedMessage:
    subscriber = delivery.subscriber
    # A stable Message-ID per delivery: should a message ever be handed over twice, receivers can tell.
    domain = settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)[-1].strip(">") or "kinews.example"
    return build_message(
        rendered,
        to=subscriber.email,
        unsubscribe=unsubscribe_url(subscriber.pk, rendered.language),
        message_id=f"<issue-{delivery.issue_id}.subscriber-{subscriber.pk}@{domain}>",
    )


def queue_deliveries(issue: Issue) -> int:
    """Create the missing Delivery rows for every subscriber of the issue's language who receives issues now."""
    recipients = Subscriber.objects.receiving(language=issue.language)
    last_pk, created = 0, 0
    while True:
        page = list(recipients.filter(pk__gt=last_pk).order_by("pk").values_list("pk", flat=True)[:QUEUE_PAGE])
        if not page:
            return created
        Delivery.objects.bulk_create(
            [Delivery(issue=issue, subscriber_id=pk) for pk in page], ignore_conflicts=True, batch_size=QUEUE_PAGE
        )
        created += len(page)
        last_pk = page[-1]


def recover_stale_claims(issue: Issue, *, older_than: float | None = None) -> int:
    """Release deliveries held by workers that died (no heartbeat for `older_than` seconds); returns how many
    went back to the queue."""
    seconds = settings.NEWSLETTER_STALE_CLAIM_SECONDS if older_than is None else older_than
    cutoff = timezone.now() - timezone.timedelta(seconds=seconds)
    held = Delivery.objects.filter(issue=issue, claimed_at__lte=cutoff)
    with transaction.atomic():
        # Caught in the middle of a transmission: it may have reached the mail server. Never resend it.
        held.filter(status=Delivery.Status.HANDOVER).update(
            status=Delivery.Status.FAILED, claim="",
            last_error="interrupted while being handed to the mail server; not resent so that nobody gets "
                       "the issue twice",
        )
        # Claimed but never handed over: certainly unsent, back to the queue.
        return held.filter(status=Delivery.Status.SENDING).update(
            status=Delivery.Status.QUEUED, claim="", claimed_at=None
        )


def claim_batch(issue: Issue, size: int) -> list[Delivery]:
    """Take up to `size` queued deliveries for this worker. Safe with any number of workers."""
    token = uuid.uuid4().hex
    candidates = list(
        Delivery.objects.filter(
            issue=issue, status=Delivery.Status.QUEUED, attempts__lt=settings.NEWSLETTER_MAX_ATTEMPTS
        ).order_by("attempts", "pk").values_list("pk", flat=True)[:size]
    )
    if not candidates:
        return []
    Delivery.objects.filter(pk__in=candidates, status=Delivery.Status.QUEUED).update(
        status=Delivery.Status.SENDING, claimed_at=timezone.now(), claim=token
    )
    mine = Delivery.objects.filter(issue=issue, status=Delivery.Status.SENDING, claim=token)
    return list(mine.select_related("subscriber").order_by("pk"))


class Heartbeat:
    """Keeps a claim alive: refreshes `claimed_at` of the rows held under `claim`, a few times per stale limit."""

    def __init__(self, claim: str):
        self.claim = claim
        self.interval = timezone.timedelta(seconds=settings.NEWSLETTER_STALE_CLAIM_SECONDS / 3)
        self.last = timezone.now()

    def beat(self) -> None:
        now = timezone.now()
        if now - self.last >= self.interval:
            Delivery.objects.filter(claim=self.claim, status=Delivery.Status.SENDING).update(claimed_at=now)
            self.last = now


def send_batch(issue: Issue, rendered: RenderedIssue, deliveries: list[Delivery]) -> None:
    mailer = mail.mailers.default
    heartbeat = Heartbeat(deliveries[0].claim) if deliveries else None
    with mailer:  # one SMTP connection for the batch
        for delivery in deliveries:
            heartbeat.beat()
            if not delivery.subscriber.is_receiving():  # unsubscribed or paused since the issue was queued
                _finish(delivery, status=Delivery.Status.SKIPPED)
                continue
            try:
                message = delivery_message(rendered, delivery).prepare()
                if not _hand_over(delivery):  # from here until "sent" the outcome is uncertain
                    continue  # taken over by another worker while this one stalled: theirs to send, not ours
                mailer.send_messages([message])
            except Exception as error:  # a refused address or a broken connection: record, retry later
                mailer.close()  # the next message opens a fresh connection instead of reusing a broken one
                attempts = delivery.attempts + 1
                retry = attempts < settings.NEWSLETTER_MAX_ATTEMPTS
                _finish(
                    delivery,
                    status=Delivery.Status.QUEUED if retry else Delivery.Status.FAILED,
                    attempts=attempts,
                    last_error=f"{type(error).__name__}: {error}"[:300],
                )
            else:
                _finish(delivery, status=Delivery.Status.SENT, sent_at=timezone.now())


def _hand_over(delivery: Delivery) -> bool:
    """Mark the row "handover" if it is still ours; False when another worker took it over."""
    return bool(
        Delivery.objects.filter(pk=delivery.pk, claim=delivery.claim, status=Delivery.Status.SENDING).update(
            status=Delivery.Status.HANDOVER, claimed_at=timezone.now()
        )
    )


def _finish(delivery: Delivery, *, status: str, **fields) -> None:
    """Record the outcome, unless the row was taken from this worker meanwhile (then the record is theirs)."""
    Delivery.objects.filter(pk=delivery.pk, claim=delivery.claim).update(
        status=status, claim="", **{"last_error": "", **fields}
    )


def progress(issue: Issue) -> dict[str, int]:
    counts = dict(issue.deliveries.values_list("status").annotate(n=Count("pk")).order_by())
    return {status: counts.get(status, 0) for status in Delivery.Status.values}


def send_issue(issue_id: int) -> dict[str, int]:
    """Send (or continue sending) an issue until every delivery is sent, failed or skipped."""
    issue = Issue.objects.get(pk=issue_id)
    if issue.status == Issue.Status.SENT:
        return progress(issue)
    recover_stale_claims(issue)
    queue_deliveries(issue)
    rendered = render_issue(issue)
    while batch := claim_batch(issue, settings.NEWSLETTER_BATCH_SIZE):
        send_batch(issue, rendered, batch)
    if not issue.deliveries.filter(status__in=Delivery.IN_PROGRESS).exists():
        Issue.objects.filter(pk=issue.pk).update(status=Issue.Status.SENT, sent_at=timezone.now())
    return progress(issue)


@transaction.atomic
def start_sending(issue: Issue) -> bool:
    """Mark a draft as sending and queue the background task (after commit). False if it was not a draft."""
    from newsletter.tasks import send_issue_task

    updated = Issue.objects.filter(pk=issue.pk, status=Issue.Status.DRAFT).update(
        status=Issue.Status.SENDING, send_started_at=timezone.now()
    )
    if updated:
        transaction.on_commit(lambda: send_issue_task.enqueue(issue.pk))
    return bool(updated)
