"""The inventory of personal data this software stores – the single source for the privacy page.

The privacy page renders this list below its editable text, so the published inventory stays true as
features change. tests/test_privacy_inventory.py fails when a model that looks like it holds personal data
(an e-mail or IP field, a link to a user account, ...) is neither listed here nor declared not personal.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class PersonalData:
    model: str  # "app_label.modelname"
    what: Promise
    fields: Promise
    purpose: Promise
    kept: Promise


INVENTORY: list[PersonalData] = [
    PersonalData(
        "auth.user",
        _("Staff accounts"),
        _("user name, name, e-mail address, password hash, time of last login"),
        _("logging in to the editorial admin"),
        _("as long as the account exists"),
    ),
    PersonalData(
        "articles.author",
        _("Author profiles"),
        _("display name, role, short biography, photo, links"),
        _("bylines and author pages (published on purpose)"),
        _("as long as the author's articles are online"),
    ),
    PersonalData(
        "sessions.session",
        _("Login sessions of staff"),
        _("a session cookie and the session it points to; only after logging in"),
        _("keeping staff logged in"),
        _("until logout, at most two weeks"),
    ),
    PersonalData(
        "newsletter.subscriber",
        _("Newsletter subscribers"),
        _("e-mail address, newsletter language, status, times of sign-up, confirmation and unsubscribing"),
        _("sending the newsletter you asked for (consent, Art. 6 (1) (a) GDPR)"),
        _("unconfirmed sign-ups: deleted after 7 days; after unsubscribing, kept only as part of the proof "
          "of consent"),
    ),
    PersonalData(
        "newsletter.consentrecord",
        _("Proof of newsletter consent"),
        _("e-mail address, time of the request and of the confirmation, the exact consent text shown and its "
          "version, the page with the form, the IP address as a salted hash (never the address itself)"),
        _("proving that you agreed to receive the newsletter (double opt-in)"),
        _("unconfirmed requests: 7 days; confirmed consents: as long as we might have to prove them, "
          "i.e. up to three years after you unsubscribe"),
    ),
    PersonalData(
        "newsletter.delivery",
        _("Newsletter deliveries"),
        _("which issue was sent to which subscriber, when, and any delivery error"),
        _("sending every issue exactly once"),
        _("as long as the subscriber record exists"),
    ),
    PersonalData(
        "admin.logentry",
        _("Admin change log"),
        _("which staff account changed which content, and when"),
        _("editorial accountability"),
        _("as long as the account exists"),
    ),
]

# Models that match the personal-data heuristics but hold none, each with the reason.
NOT_PERSONAL: dict[str, str] = {}


def inventory() -> list[PersonalData]:
    return INVENTORY
