"""Who django-axes locks out after failed admin logins (AXES_LOCKOUT_PARAMETERS points here).

Failures are counted per user name *and* client address: five wrong passwords for "editor" from one address lock
that address out of "editor", not the editor herself logging in from elsewhere. Attacks spread over many
addresses meet a slower limit on the user name alone: AXES_USERNAME_FAILURE_LIMIT failures within the cool-off
time lock the name everywhere, until the failures age out.
"""

from axes.attempts import get_cool_off_threshold
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.http import HttpRequest

PER_ADDRESS = [["username", "ip_address"]]
PER_USERNAME = ["username"]


def lockout_parameters(request: HttpRequest, credentials: dict | None = None) -> list:
    username = get_client_username(request, credentials)
    if username and username_failures(request, username) >= settings.AXES_USERNAME_FAILURE_LIMIT:
        return PER_USERNAME  # counts every failure for the name, which is over the (lower) AXES_FAILURE_LIMIT
    return PER_ADDRESS


def username_failures(request: HttpRequest, username: str) -> int:
    """Failed logins for `username` from all addresses that axes still remembers (within the cool-off time)."""
    recent = AccessAttempt.objects.filter(username=username, attempt_time__gte=get_cool_off_threshold(request))
    return recent.aggregate(total=Sum("failures_since_start"))["total"] or 0
