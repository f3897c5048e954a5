"""The consent text shown next to the sign-up checkbox. Change CONSENT_VERSION whenever the wording changes:
each consent record stores the version and the exact text the reader saw."""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

CONSENT_VERSION = "2026-11-1"


def _sentence() -> str:
    return _(
        "Yes, send me the kinews newsletter by e-mail. I can unsubscribe at any time with one click. "
        "How my data is used is explained in the %(privacy)s."
    )


def consent_html() -> str:
    """The checkbox label, in the active language, with the privacy policy linked."""
    link = format_html('<a href="{}">{}</a>', reverse("pages:privacy"), _("privacy policy"))
    return format_html(_sentence().replace("%(privacy)s", "{}"), link)


def consent_text(site_url: str) -> str:
    """The same text as stored in the consent record: plain, with the privacy policy's address."""
    return _sentence() % {"privacy": f"{_('privacy policy')} ({site_url}{reverse('pages:privacy')})"}
