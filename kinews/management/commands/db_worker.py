"""django-tasks-db's `db_worker`, which first puts back the tasks its previous process left RUNNING.

django-tasks-db marks a task RUNNING when a worker claims it, and nothing changes that if the worker dies
(SIGKILL, out of memory, a lost machine): the task would never run again (the library's open issue
RealOrangeOne/django-tasks#46). Worker ids must be unique across the pool (the library's rule for
--worker-id), so tasks RUNNING under this worker's id when it starts were left by its previous process:
they go back to READY and run again. kinews' tasks are safe to run again (each says how). The default id
is the host name, stable across restarts; run several workers on one host with --worker-id <host>-<n>.
A worker id that never comes back: `manage.py db_worker --worker-id <its id> --batch` once takes over its
tasks and exits.

The library's worker also exits when the database goes away (a restart, a failover). This one waits and
starts over, re-queueing what the interruption left running, as a restarted process would.
"""

import logging
import socket
import time

from django.db import OperationalError, transaction
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger("django_tasks_db")

DATABASE_RETRY_SECONDS = 2


def requeue_left_running(*, worker_id: str, backend_name: str) -> list[str]:
    """Put the tasks this worker id left RUNNING back in the queue; returns their ids."""
    with transaction.atomic():
        running = DBTaskResult.objects.running().filter(backend_name=backend_name).select_for_update()
        left = [result for result in running if result.worker_ids and result.worker_ids[-1] == worker_id]
        DBTaskResult.objects.filter(pk__in=[result.pk for result in left]).update(status=TaskResultStatus.READY)
    for result in left:
        logger.warning("Task id=%s path=%s was left running by a previous worker_id=%s; queued again",
                       result.pk, result.task_path, worker_id)
    return [str(result.pk) for result in left]


class Command(db_worker.Command):
    help = db_worker.Command.help + " (first re-queueing the tasks a previous process of this worker left running)"

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(worker_id=socket.gethostname()[:64])

    def handle(self, *args, worker_id: str, backend_name: str, **options):
        while True:
            try:
                requeue_left_running(worker_id=worker_id, backend_name=backend_name)
                return super().handle(*args, worker_id=worker_id, backend_name=backend_name, **options)
            except OperationalError:
                logger.warning("Database unavailable; worker_id=%s starts over in %s s", worker_id,
                               DATABASE_RETRY_SECONDS, exc_info=True)
                time.sleep(DATABASE_RETRY_SECONDS)
