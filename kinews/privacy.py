"""The inventory of personal data this software stores – the single source for the privacy page.

The privacy page renders this list below its editable text, so the published inventory stays true as
features change. tests/test_privacy_inventory.py fails when a model that looks like it holds personal data
(an e-mail or IP field, a link to a user account, ...) is neither listed here nor declared not personal.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.functional import Promise
from django.utils.text import format_lazy
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
        _("e-mail address, newsletter language, status, times of sign-up, confirmation and unsubscribing, "
          "a pause you chose"),
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
        "newsletter.subscribermail",
        _("E-mails about your subscription"),
        _("that we sent you the welcome e-mail with the link to your subscription page, when, and any delivery "
          "error"),
        _("sending that e-mail once, and again after a failure"),
        _("as long as the subscriber record exists"),
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
    PersonalData(
        "reversion.revision",
        _("Article revisions"),
        _("which staff account saved which version of an article, and when"),
        _("restoring earlier versions, editorial accountability"),
        format_lazy(_("as long as the article exists; after it is deleted, {days} more days in the bin"),
                    days=settings.ARTICLE_BIN_DAYS),
    ),
    PersonalData(
        "articles.article",
        _("Last save of an article"),
        _("which staff account saved an article last, and when"),
        _("warning before one person overwrites another person's newer save"),
        _("as long as the article exists"),
    ),
    PersonalData(
        "articles.previewlink",
        _("Preview links"),
        _("which staff account created a preview link; no data about the people who open it"),
        _("sharing drafts and revoking links"),
        _("as long as the article exists"),
    ),
    PersonalData(
        "consulting.inquiry",
        _("Consulting inquiries"),
        _("name, e-mail address, company, role, phone number, topic, budget range, message, preferred contact, "
          "time of consent, the page the form was opened from; no IP address (rate limiting uses a keyed hash "
          "that expires within an hour)"),
        _("answering the inquiry and preparing an offer"),
        format_lazy(_("anonymised {months} months after the inquiry is closed; suspected spam is deleted after "
                      "{days} days"), months=settings.CONSULTING_RETENTION_MONTHS,
                    days=settings.CONSULTING_SPAM_RETENTION_DAYS),
    ),
    PersonalData(
        "consulting.note",
        _("Sales notes on inquiries"),
        _("text written by our sales staff, its author and time"),
        _("following up on an inquiry"),
        _("deleted together with the inquiry's personal data"),
    ),
    PersonalData(
        "consulting.notification",
        _("Delivery state of inquiry e-mails"),
        _("whether the confirmation and the message to sales were sent, attempts, the last error of the mail "
          "server (which may name the address)"),
        _("making sure no inquiry is lost when the mail server is down"),
        _("deleted together with the inquiry's personal data"),
    ),
    PersonalData(
        "consulting.historyentry",
        _("History of inquiries"),
        _("which staff account changed the status or owner of an inquiry, and when"),
        _("accountability in sales"),
        _("as long as the inquiry exists"),
    ),
]

INVENTORY.append(
    PersonalData(
        "axes.accessattempt",
        _("Failed admin logins"),
        _("user name tried, IP address, browser identifier, time"),
        _("blocking password guessing against staff accounts"),
        _("30 minutes after the last failed attempt"),
    )
)

# Models that match the personal-data heuristics but stay empty here, each with the reason
# (tests/test_privacy_inventory.py checks the settings named).
NOT_PERSONAL: dict[str, str] = {
    "axes.accesslog": "django-axes log of successful logins: switched off (AXES_DISABLE_ACCESS_LOG = True)",
    "axes.accessfailurelog": "django-axes failure log: switched off (AXES_ENABLE_ACCESS_FAILURE_LOG = False)",
}


def inventory() -> list[PersonalData]:
    return INVENTORY
