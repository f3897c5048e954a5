from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from articles.seo import alternates
from consulting.forms import HONEYPOT_FIELD, InquiryForm
from consulting.services import inquiry_submit
from kinews.forms_security import check_form_token, count_submission, form_token, is_cross_site, token_age
from kinews.ratelimit import UNCOUNTED

FORM_PURPOSE = "consulting-inquiry"


# csrf_exempt: readers get no cookies, so Django's cookie-based CSRF token cannot work here. The POST is
# protected instead by Fetch metadata / Origin and a signed form token (kinews/forms_security.py).
# never_cache: every visitor needs a fresh form token.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def inquiry_form(request):
    if request.method == "POST":
        if is_cross_site(request):
            return render(request, "consulting/forbidden.html", status=403)
        form = InquiryForm(request.POST)
        if form.is_valid():
            token = form.cleaned_data["token"]
            submission = inquiry_submit(
                data=form.inquiry_data(),
                language=get_language(),
                source_path=form.cleaned_data["source"],
                source_cta=form.cleaned_data["cta"],
                spam_reasons=spam_reasons(request, form),
                form_token=token if token_age(token, FORM_PURPOSE) is not None else "",
            )
            # POST/redirect/GET: reloading the thank-you page sends nothing again. A flagged inquiry (it may
            # still be real) is told that it arrived and will be looked at; it gets no confirmation e-mail.
            page = "consulting:received" if submission.flagged else "consulting:thanks"
            return redirect(reverse(page), permanent=False)
    else:
        form = InquiryForm(initial={
            "token": form_token(FORM_PURPOSE, unique=True),  # each token is good for one inquiry
            "source": request.GET.get("source", ""),
            "cta": request.GET.get("cta", ""),
        })
    context = {"form": form, "alternates": alternates(path=request.path)}
    return render(request, "consulting/inquiry_form.html", context)


def spam_reasons(request, form: InquiryForm) -> list[str]:
    """Why this submission looks automated; empty for a human. Flagged inquiries are stored all the same."""
    reasons = []
    if form.cleaned_data.get(HONEYPOT_FIELD):
        reasons.append("honeypot")
    token_problem = check_form_token(form.cleaned_data["token"], FORM_PURPOSE,
                                     min_seconds=settings.CONSULTING_MIN_FILL_SECONDS,
                                     max_age=settings.CONSULTING_FORM_MAX_AGE)
    if token_problem:
        reasons.append(token_problem)
    submissions = count_submission(request, FORM_PURPOSE, window=settings.CONSULTING_RATE_WINDOW)
    if submissions == UNCOUNTED:  # the shared cache is down: held for sales to check, never lost
        reasons.append("rate-limit-unchecked")
    elif submissions > settings.CONSULTING_RATE_LIMIT:
        reasons.append("rate-limit")
    return reasons


@require_GET
def thanks(request):
    return render(request, "consulting/thanks.html", {"alternates": alternates(path=request.path)})


@require_GET
def received(request):
    """For an inquiry the spam traps flagged: it arrived and will be checked by a person."""
    return render(request, "consulting/received.html", {"alternates": alternates(path=request.path)})
