"""The subscriber's own page (newsletter.subscription), reached by the signed link in the welcome e-mail.

No login and no cookie: the link is the key. Changes are POSTs protected like every public form here
(kinews.forms_security), and each ends in a redirect, so reloading the page changes nothing twice.
"""

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from articles.seo import alternates
from kinews.forms_security import cross_origin_protect
from newsletter import subscription
from newsletter.forms import SubscriptionForm
from newsletter.models import Subscriber
from newsletter.services import unsubscribe
from newsletter.views import invalid_link_page, message_page

Action = SubscriptionForm.Action


def _notices() -> dict[str, str]:
    return {
        Action.LANGUAGE: _("Saved: you will receive the newsletter in the language you chose."),
        Action.PAUSE: _("Paused: you will not receive any issues for now."),
        Action.RESUME: _("Welcome back: you will receive the next issue again."),
    }


@cross_origin_protect
@require_http_methods(["GET", "POST"])
def subscription_page(request, token: str):
    subscriber = subscription.subscriber_for_manage_token(token)
    if subscriber is None:
        return invalid_link_page(request)
    if subscriber.status != Subscriber.Status.CONFIRMED:
        return _not_subscribed(request, subscriber)
    data = request.POST if request.method == "POST" else None
    form = SubscriptionForm(data, initial={"language": subscriber.language})
    if request.method == "POST" and form.is_valid():
        return _apply(form, subscriber, token)
    response = render(
        request,
        "newsletter/subscription.html",
        {
            "subscriber": subscriber,
            "paused": subscriber.is_paused(),
            "form": form,
            "notice": _notices().get(request.GET.get("done", "")),
            "alternates": alternates(path=request.path),
        },
        status=400 if form.is_bound else 200,
    )
    add_never_cache_headers(response)  # personal: no shared cache may keep it
    response["X-Robots-Tag"] = "noindex"
    return response


def _apply(form: SubscriptionForm, subscriber: Subscriber, token: str):
    action = form.cleaned_data["action"]
    language = translation.get_language()
    if action == Action.LANGUAGE:
        subscription.change_language(subscriber=subscriber, language=form.cleaned_data["language"])
        language = subscriber.language  # the page follows the newsletter into its new language
    elif action == Action.PAUSE:
        subscription.pause(subscriber=subscriber, days=form.pause_days)
    elif action == Action.RESUME:
        subscription.resume(subscriber=subscriber)
    else:
        unsubscribe(subscriber=subscriber)
    with translation.override(language):
        path = reverse("newsletter:subscription", kwargs={"token": token})
    return redirect(f"{path}?done={action}")


def _not_subscribed(request, subscriber: Subscriber):
    if subscriber.status == Subscriber.Status.PENDING:
        return message_page(
            request,
            title=_("This subscription is not active"),
            text=_("The subscription was never confirmed. You can sign up again here:"),
            show_signup=True,
        )
    just_now = request.GET.get("done") == Action.UNSUBSCRIBE
    return message_page(
        request,
        title=_("You are unsubscribed") if just_now else _("You are already unsubscribed"),
        text=_("You will not receive the kinews newsletter any more. You can subscribe again at any time."),
        show_signup=True,
    )
