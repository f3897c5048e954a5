"""A worker killed in the middle of a task: restarted, it runs the task again, and the effect happens once."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import OperationalError
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from consulting import services
from consulting.models import Notification
from tests.consulting_helpers import valid_inquiry_fields

# transaction=True: the worker commits and checks its connection between tasks, as in production.
pytestmark = pytest.mark.django_db(transaction=True)

LOCMEM = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.MAILERS = LOCMEM


def run_worker(worker_id: str) -> None:
    call_command("db_worker", "--batch", "--no-reload", "--no-startup-delay", "--worker-id", worker_id,
                 verbosity=0)


def killed_while_sending(task: DBTaskResult, worker_id: str) -> None:
    """The state a SIGKILL leaves: the task claimed (RUNNING), its notification claimed for five minutes."""
    task.claim(worker_id)
    Notification.objects.filter(pk=task.args_kwargs["args"][0]).update(
        claimed_until=timezone.now() + timedelta(seconds=services.CLAIM_SECONDS), claimed_by=f"task:{task.pk}"
    )


def test_a_worker_restarted_after_a_kill_sends_the_lead_notification_it_was_sending_exactly_once(database_queue):
    inquiry = services.inquiry_submit(data=valid_inquiry_fields(), language="de").inquiry  # commits, queues tasks
    sales = Notification.objects.get(inquiry=inquiry, kind=Notification.Kind.SALES)
    tasks = {task.args_kwargs["args"][0]: task for task in DBTaskResult.objects.all()}
    assert set(tasks) == {sales.pk, sales.pk + 1}
    killed_while_sending(tasks[sales.pk], "worker-1")

    run_worker("worker-1")  # the same worker, restarted

    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}
    assert sorted(m.to[0] for m in mail.outbox) == ["jana@example.com", "vertrieb@kinews.example"]
    assert set(Notification.objects.values_list("status", "claimed_by")) == {("sent", "")}
    run_worker("worker-1")
    assert len(mail.outbox) == 2


def test_tasks_another_worker_is_running_are_left_to_it(database_queue):
    inquiry = services.inquiry_submit(data=valid_inquiry_fields(), language="de").inquiry
    sales = Notification.objects.get(inquiry=inquiry, kind=Notification.Kind.SALES)
    task = DBTaskResult.objects.get(args_kwargs__args=[sales.pk])
    killed_while_sending(task, "worker-2")  # worker-2 is alive and still sending

    run_worker("worker-1")

    task.refresh_from_db()
    assert task.status == "RUNNING" and task.worker_ids == ["worker-2"]
    assert [m.to for m in mail.outbox] == [["jana@example.com"]]  # only the other, free task ran
    # The cron safety net does not steal the live claim either.
    call_command("send_pending_notifications", verbosity=0)
    assert len(mail.outbox) == 1


def test_the_worker_waits_out_a_database_outage_and_then_runs_its_tasks(database_queue, monkeypatch):
    from kinews.management.commands import db_worker

    services.inquiry_submit(data=valid_inquiry_fields(), language="de")
    real_requeue, outage = db_worker.requeue_left_running, iter([True, True])

    def requeue_while_the_database_restarts(**kwargs):
        if next(outage, False):
            raise OperationalError("connection refused")
        return real_requeue(**kwargs)

    monkeypatch.setattr(db_worker, "requeue_left_running", requeue_while_the_database_restarts)
    monkeypatch.setattr(db_worker, "DATABASE_RETRY_SECONDS", 0)
    run_worker("worker-1")
    assert len(mail.outbox) == 2
