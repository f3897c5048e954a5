"""Template tags of the newsletter app: the sign-up form and promo blocks, for any page.

    {% load newsletter %}
    {% newsletter_signup %}           the short sign-up form
    {% promo "sidebar" %}             the running promo for a place (header, article_end, sidebar), if any
"""

from django import template

from articles.querysets import reader_language
from kinews.forms_security import make_stamp
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
    """The sign-up form: a new one (no Form object is built for it: it is on nearly every page), or `form` again
    with the reader's input and its errors."""
    request = context.get("request")
    fields = SignupForm.base_fields
    if form is None:
        if page is None:
            page = request.path if request else ""
        values = {"email": "", "language": reader_language(), "consent": False, "stamp": make_stamp(), "page": page}
        errors = {}
    else:
        values = {name: form[name].value() for name in ("email", "language", "consent", "stamp", "page")}
        errors = {name: " ".join(messages) for name, messages in form.errors.items() if name != "__all__"}
        errors["form"] = " ".join(form.non_field_errors())
    return {
        "form_id": _form_id(request), "values": values, "errors": errors, "compact": compact,
        "labels": {name: field.label for name, field in fields.items()},
        "placeholder": fields["email"].widget.attrs["placeholder"], "languages": fields["language"].choices,
        "consent_html": consent_html(),
    }


@register.simple_tag(takes_context=True)
def promo_is_live(context, placement: str) -> bool:
    """Whether a promo runs at `placement` now (from the same cached list `promo` uses)."""
    return live_promo(placement=placement, language=reader_language(), request=context.get("request")) is not None


@register.inclusion_tag("newsletter/includes/promo.html", takes_context=True)
def promo(context, placement: str, with_signup: bool = False):
    """The running promo for `placement`; with_signup adds the sign-up box unless the promo is one."""
    chosen = live_promo(placement=placement, language=reader_language(), request=context.get("request"))
    return {
        "promo": chosen,
        "placement": placement,
        "with_signup": with_signup and not (chosen and chosen.shows_signup),
        "request": context.get("request"),
        "language": reader_language(),
    }
