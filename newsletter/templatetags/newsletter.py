"""Template tags of the newsletter app: the sign-up form and promo blocks, for any page.

    {% load newsletter %}
    {% newsletter_signup %}           the short sign-up form
    {% promo "sidebar" %}             the running promo for a place (header, article_end, sidebar), if any
"""

from django import template
from django.conf import settings
from django.utils.translation import get_language

from newsletter.consent import consent_html
from newsletter.forms import SignupForm
from newsletter.selectors import live_promo

register = template.Library()


def _form_id(request) -> str:
    # The first form on a page is id="newsletter-signup" (the anchor links point to); later ones get a suffix.
    if request is None:
        return "newsletter-signup"
    count = getattr(request, "_newsletter_signup_forms", 0) + 1
    request._newsletter_signup_forms = count
    return "newsletter-signup" if count == 1 else f"newsletter-signup-{count}"


@register.inclusion_tag("newsletter/includes/signup_form.html", takes_context=True)
def newsletter_signup(context, form=None, compact=True, page=None):
    request = context.get("request")
    form_id = _form_id(request)
    if form is None:
        if page is None:
            page = request.path if request else ""
        form = SignupForm(page=page, auto_id=f"{form_id}-%s")
    else:
        form.auto_id = f"{form_id}-%s"
    return {"form": form, "form_id": form_id, "consent_html": consent_html(), "compact": compact}


@register.simple_tag
def promo_is_live(placement: str) -> bool:
    """Whether a promo runs at `placement` now (from the same cached list `promo` uses)."""
    language = get_language() if get_language() in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    return live_promo(placement=placement, language=language) is not None


@register.inclusion_tag("newsletter/includes/promo.html", takes_context=True)
def promo(context, placement: str, with_signup: bool = False):
    """The running promo for `placement`; with_signup adds the sign-up box unless the promo is one."""
    language = get_language() if get_language() in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    chosen = live_promo(placement=placement, language=language)
    return {
        "promo": chosen,
        "placement": placement,
        "with_signup": with_signup and not (chosen and chosen.shows_signup),
        "request": context.get("request"),
    }
