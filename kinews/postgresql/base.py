"""Django's PostgreSQL backend, with health checks only for connections that have been resting.

With CONN_HEALTH_CHECKS, Django sends a test query before the first query of *every* request that reuses a
persistent connection: one extra round trip on every page (bench/README.md, "Pages under load"). A connection
that answered a query a moment ago – the normal case under load – is as good as checked. We test it only when
it has been unused for HEALTH_CHECK_AFTER_IDLE seconds: what breaks resting connections (a database restart, a
failover, an idle timeout in a proxy or firewall) is still caught before a reader sees an error. A connection
that fails during a request is closed at its end by Django, as always.
"""

import time

from django.db.backends.postgresql import base

HEALTH_CHECK_AFTER_IDLE = 1.0  # seconds


class DatabaseWrapper(base.DatabaseWrapper):
    _last_used = 0.0

    def close_if_health_check_failed(self):
        if (
            self.connection is not None
            and not self.health_check_done
            and time.monotonic() - self._last_used < HEALTH_CHECK_AFTER_IDLE
        ):
            self.health_check_done = True  # it answered the previous request moments ago
            return
        super().close_if_health_check_failed()

    def _cursor(self, name=None):
        cursor = super()._cursor(name)
        self._last_used = time.monotonic()
        return cursor
