import base64
import logging

from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.views.decorators.http import require_safe

from recommendations.popularity import BEACON_MAX_AGE, first_view_this_hour, is_countable, record_view

logger = logging.getLogger(__name__)
# The smallest transparent GIF: what the view-counting beacon answers.
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


@require_safe
def count_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The view-counting beacon: a 1x1 image requested by the article page, so cached pages count too.

    Sets no cookie and keeps nothing about the reader. Counting must never fail the image: errors are logged.
    """
    # HEAD: link checkers; one view per client, article and hour.
    if request.method == "GET" and is_countable(request) and first_view_this_hour(request, pk):
        try:
            record_view(article_id=pk, language=translation.get_language())
        except DatabaseError:
            logger.exception("Could not count a view of article %s", pk)
    response = HttpResponse(PIXEL, content_type="image/gif")
    response["Cache-Control"] = f"private, max-age={BEACON_MAX_AGE}"
    response["X-Robots-Tag"] = "noindex"
    return response
