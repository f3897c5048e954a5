from urllib.parse import urlencode

from django import template
from django.urls import reverse

from consulting.forms import clean_cta

register = template.Library()


@register.inclusion_tag("consulting/cta.html", takes_context=True)
def consulting_cta(context, placement: str = "article-end"):
    """The "Beraten lassen" call to action; the form learns which page and which placement sent the visitor."""
    request = context.get("request")
    query = urlencode({"source": request.path if request else "", "cta": clean_cta(placement)})
    return {"placement": placement, "form_url": f"{reverse('consulting:inquiry')}?{query}"}
