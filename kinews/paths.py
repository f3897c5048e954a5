"""Paths on this site: the one rule for redirect targets and links we store and later send readers to.

Browsers treat `//host`, `/\\host` and paths with tabs or line breaks in them (which they strip) as addresses
on *another* site, so a target must start with exactly one "/" and hold no backslash, whitespace or control
character. Checked when the value is saved and again when it is used, so older rows are never followed.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_UNSAFE_CHARACTERS = re.compile(r"[\x00-\x20\x7f\\]")


def is_site_path(value: str) -> bool:
    return (
        isinstance(value, str)
        and value.startswith("/")
        and not value.startswith("//")
        and not _UNSAFE_CHARACTERS.search(value)
    )


def validate_site_path(value: str) -> None:
    if not is_site_path(value):
        raise ValidationError(
            _("Enter a path on this site that starts with a single /, e.g. /artikel/neuer-titel/ "
              "(no address of another site, no spaces)."),
            code="not_a_site_path",
        )
