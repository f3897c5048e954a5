from django.conf import settings
from django.http import HttpRequest, HttpResponse


class RejectNulMiddleware:
    """400 for a NUL byte in the decoded path or query, before any view, cache or database sees it.

    No address of ours contains one, and PostgreSQL refuses text with NUL in it (DataError, a 500) wherever a
    path parameter or query value reaches a query.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        query = request.META.get("QUERY_STRING", "")
        if "\x00" in request.path_info or "%00" in query or "\x00" in query:
            # Before the language is known: both languages.
            return HttpResponse("Ungültige Adresse. / Invalid address.\n", status=400,
                                content_type="text/plain; charset=utf-8")
        return self.get_response(request)


class RequestBodyLimitMiddleware:
    """Refuse request bodies above a limit (413) before any view or form reads them.

    Public forms get a small limit; the admin, where authors upload images, a larger one. Django's own
    DATA_UPLOAD_MAX_MEMORY_SIZE does not cover file uploads, hence this check on Content-Length.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/" + settings.ADMIN_URL.lstrip("/")

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return HttpResponse("Bad Content-Length\n", status=400, content_type="text/plain")
        limit = settings.MAX_ADMIN_REQUEST_BODY if request.path.startswith(self.admin_prefix) else (
            settings.MAX_REQUEST_BODY
        )
        if length > limit:
            return HttpResponse("Request body too large\n", status=413, content_type="text/plain")
        return self.get_response(request)


class AdminLoginBodyLimitMiddleware:
    """A small body limit (MAX_ADMIN_LOGIN_BODY) for admin requests of anyone not logged in as staff.

    Runs after the authentication middleware, in the request phase: before the CSRF check or a view reads
    the body. Only logged-in staff get MAX_ADMIN_REQUEST_BODY (image uploads); a login form is a few hundred bytes.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/" + settings.ADMIN_URL.lstrip("/")

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith(self.admin_prefix) and not (request.user.is_active and request.user.is_staff):
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:  # refused by RequestBodyLimitMiddleware already
                length = 0
            if length > settings.MAX_ADMIN_LOGIN_BODY:
                return HttpResponse("Request body too large\n", status=413, content_type="text/plain")
        return self.get_response(request)


class SecurityHeadersMiddleware:
    """Headers Django does not set itself: Permissions-Policy and cross-origin isolation of windows."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
