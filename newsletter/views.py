"""Public newsletter pages. None of them sets a cookie; their forms are protected by kinews.forms_security."""

from django.core.exceptions import ValidationError
from django.db.models import F
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from articles.seo import alternates
from kinews.forms_security import client_ip, cross_origin_protect
from kinews.origin import origin
from newsletter.consent import consent_text
from newsletter.forms import SignupForm
from newsletter.models import Promo, Subscriber, validate_cta_url
from newsletter.services import (
    LinkState,
    confirm_subscription,
    consent_for_token,
    ip_within_limit,
    subscriber_for_unsubscribe_token,
    subscription_request,
    unsubscribe,
)
from newsletter.subscription import manage_path


def message_page(request, *, title: str, text: str, status: int = 200, **context):
    response = render(
        request, "newsletter/message.html", {"title": title, "text": text, **context}, status=status
    )
    add_never_cache_headers(response)  # personal links: no shared cache may keep these pages
    response["X-Robots-Tag"] = "noindex"
    return response


def invalid_link_page(request):
    return message_page(
        request,
        title=_("This link is not valid"),
        text=_("The link seems to be incomplete or altered. Please copy it completely from the e-mail."),
        status=400,
    )


@cross_origin_protect
@require_http_methods(["GET", "POST"])
def signup(request):
    form = SignupForm(request.POST if request.method == "POST" else None, page=request.path)
    if request.method == "POST":
        if form.is_valid():
            ip_within = ip_within_limit(client_ip(request))
            if ip_within is False:
                return message_page(
                    request,
                    title=_("Too many sign-ups"),
                    text=_("Too many sign-up requests came from your network. Please try again in an hour."),
                    status=429,
                )
            data = form.cleaned_data
            subscription_request(
                email=data["email"],
                language=data["language"],
                consent_text=consent_text(origin(request)),  # the address of the page the reader saw
                form_page=data["page"],
                ip=client_ip(request),
                ip_counted=ip_within is not None,
            )
            # Same answer whatever happened: the form must not reveal who subscribes.
            return redirect("newsletter:thanks", permanent=False)
        form.refresh_stamp()
    response = render(
        request,
        "newsletter/signup.html",
        {"form": form, "alternates": alternates(path=request.path)},
        status=400 if form.is_bound else 200,
    )
    return response


@require_GET
def thanks(request):
    return message_page(
        request,
        title=_("Almost done: please check your inbox"),
        text=_(
            "If the address can receive our newsletter, we have just sent it an e-mail with a confirmation link. "
            "The newsletter only starts once you click it. The link is valid for 48 hours. "
            "Nothing arrived? Look in your spam folder."
        ),
    )


def _link_problem(request, state: LinkState):
    if state == LinkState.EXPIRED:
        return message_page(
            request,
            title=_("This confirmation link has expired"),
            text=_("For your protection, confirmation links are valid for 48 hours. Simply sign up again:"),
            status=410,
            show_signup=True,
        )
    return message_page(
        request,
        title=_("This link is not valid"),
        text=_("The link seems to be incomplete or altered. Please copy it completely from the e-mail, "
               "or sign up again:"),
        status=400,
        show_signup=True,
    )


@cross_origin_protect
@require_http_methods(["GET", "POST"])
def confirm(request, token: str):
    """GET only shows a button (mail scanners follow links); the POST of that button confirms."""
    state, consent = consent_for_token(token)
    if state in (LinkState.EXPIRED, LinkState.INVALID):
        return _link_problem(request, state)
    if state == LinkState.ALREADY_CONFIRMED:
        return message_page(
            request,
            title=_("Already confirmed"),
            text=_("This subscription was confirmed before. There is nothing more to do."),
        )
    if request.method == "POST":
        confirm_subscription(consent=consent, ip=client_ip(request))
        return message_page(
            request,
            title=_("Thank you – your subscription is confirmed"),
            text=_("From now on you will receive the kinews newsletter. Every issue has a link to unsubscribe."),
        )
    return message_page(
        request,
        title=_("Confirm your subscription"),
        text=_("One more click: confirm that %(email)s should receive the kinews newsletter.")
        % {"email": consent.email},
        button=_("Yes, subscribe me"),
    )


# RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" to this URL from their
# servers, without cookies, Origin or Fetch-metadata. The signed token in the URL is the authorisation,
# and unsubscribing is harmless, so no CSRF protection applies here.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe_view(request, token: str):
    subscriber = subscriber_for_unsubscribe_token(token)
    if subscriber is None:
        return invalid_link_page(request)
    if subscriber.status == Subscriber.Status.UNSUBSCRIBED:  # the link opened again: nothing left to ask
        return message_page(
            request,
            title=_("You are already unsubscribed"),
            text=_("You will not receive the kinews newsletter any more. You can subscribe again at any time."),
            show_signup=True,
        )
    if request.method == "POST":
        unsubscribe(subscriber=subscriber)
        return message_page(
            request,
            title=_("You are unsubscribed"),
            text=_("You will not receive the kinews newsletter any more. You can subscribe again at any time."),
            show_signup=True,
        )
    return message_page(
        request,
        title=_("Unsubscribe from the newsletter?"),
        text=_("Click the button to stop the kinews newsletter for %(email)s.") % {"email": subscriber.email},
        button=_("Unsubscribe"),
        # Someone who only needs a break or the other language can have that instead.
        manage_path=manage_path(subscriber),
    )


@require_GET
def promo_click(request, pk: int):
    """Count a click and go to the promo's stored link – never to a URL from the request (no open redirect)."""
    promo = get_object_or_404(Promo.objects.exclude(cta_url=""), pk=pk)
    try:
        validate_cta_url(promo.cta_url)  # again: a row stored before the rule was tightened is not followed
    except ValidationError:
        raise Http404 from None
    Promo.objects.filter(pk=promo.pk).update(clicks=F("clicks") + 1)
    response = HttpResponseRedirect(promo.cta_url)
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    return response
