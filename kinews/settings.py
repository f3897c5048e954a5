"""kinews settings, read from environment variables with safe development defaults.

Every variable is listed in README.md. Production runs with DJANGO_DEBUG=0 and must set
DJANGO_SECRET_KEY, ALLOWED_HOSTS and REDIS_URL; start-up stops with a clear message otherwise.
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from kinews.env import mailer_from_url, s3_media_origin, s3_media_storage

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()

DEBUG = env.bool("DJANGO_DEBUG", default=True)
# What DJANGO_DEBUG said, for code that must know it runs in production: the test runner switches DEBUG itself off.
PRODUCTION = not DEBUG

_DEV_SECRET_KEY = "django-insecure-kinews-development-only"
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default=_DEV_SECRET_KEY if DEBUG else "")
if not SECRET_KEY:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG=0.")

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver"] if DEBUG else [])
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DJANGO_DEBUG=0 (comma-separated host names).")

SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # modeltranslation must come before the admin to patch its forms.
    "modeltranslation",
    "kinews.apps.AdminConfig",  # django.contrib.admin with our site: start pages, translations (admin_site.py)
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",  # "vor 5 Minuten" in the admin (naturaltime, with German's own grammar)
    # Full-text search fields and functions; harmless on SQLite, where the search falls back to icontains.
    "django.contrib.postgres",
    "taggit",
    "django_prose_editor",
    # Before django_tasks_db: its db_worker command is ours (kinews/management/commands/db_worker.py), which
    # re-queues the tasks a killed worker left running.
    "kinews",
    "django_tasks_db",
    "axes",
    "reversion",
    "ninja",  # only for its bundled Swagger UI files: the API docs then load nothing from a CDN
    "articles",
    "recommendations",
    "api",
    "newsletter",
    "consulting",
    "pages",
]

MIDDLEWARE = [
    # First: refuse NUL bytes in paths and queries, and oversized request bodies, before anything reads them.
    "kinews.middleware.RejectNulMiddleware",
    "kinews.middleware.RequestBodyLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Compress pages (also those from the page cache); BREACH is mitigated by Django's per-request masked
    # CSRF tokens, and reader pages carry no secrets at all. A proxy in front may do this instead.
    "django.middleware.gzip.GZipMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag on every page (also those served from the page cache) so readers get 304s.
    "django.middleware.http.ConditionalGetMiddleware",
    # Anonymous readers get whole pages from the shared cache before sessions, locale and views run.
    "kinews.pagecache.ReaderPageCacheMiddleware",
    # Inside the page cache: Cache-Control (s-maxage) and cache tags for a CDN, stored with the page.
    "kinews.cdn.CdnHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Admin requests of visitors who are not logged-in staff (the login form) get a small body limit.
    "kinews.middleware.AdminLoginBodyLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Near the end, so it sees every 404: old addresses answer 301 to their new one, deleted articles 410.
    "articles.redirects.LinkKeeperMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "kinews.middleware.SecurityHeadersMiddleware",
    # Last, as django-axes asks: it turns lockouts raised by the auth backend into a response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kinews.urls"
WSGI_APPLICATION = "kinews.wsgi.application"
ASGI_APPLICATION = "kinews.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "kinews.context_processors.site",
                "articles.context_processors.navigation",
                "pages.context_processors.follow_us",
            ],
        },
    },
]

# --- Database: SQLite file by default, PostgreSQL via DATABASE_URL=postgres://...
DATABASES = {"default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Persistent connections, each checked before a request reuses it: after a database restart the app
    # servers reconnect by themselves (tests/cluster proves it).
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = env.bool("DATABASE_CONN_HEALTH_CHECKS", default=True)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache: Redis when REDIS_URL is set (Django's built-in backend), else process-local memory (development).
REDIS_URL = env.str("REDIS_URL", default="")
if not REDIS_URL and not DEBUG:
    # Rate limits, counted views, page-cache invalidation and sessions must be shared by every process: app
    # server workers and the task worker alike. A per-process memory cache multiplies limits by the number of
    # workers and lets an invalidation reach one of them, so production has no such mode, not even on one machine.
    raise ImproperlyConfigured(
        "REDIS_URL must be set when DJANGO_DEBUG=0 (e.g. redis://127.0.0.1:6379/0): production needs a cache "
        "shared by all processes."
    )
if REDIS_URL:
    # Django's Redis backend, reusing its redis-py client objects (kinews/cache.py explains why). Small socket
    # timeouts: when Redis is unreachable, every cache call fails within this time and pages are rendered
    # without the cache (slower, never broken) instead of waiting for the operating system's timeouts.
    _REDIS_TIMEOUT = env.float("REDIS_TIMEOUT", default=0.25)
    CACHES = {"default": {"BACKEND": "kinews.cache.KinewsRedisCache", "LOCATION": REDIS_URL,
                          "OPTIONS": {"socket_connect_timeout": _REDIS_TIMEOUT, "socket_timeout": _REDIS_TIMEOUT}}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Caching of public responses: the one cache rule. No public response (page, fragment, feed, API answer) is
# older than this than the data it shows. Edits invalidate what shows them at once (tags, kinews/pagecache.py);
# this bound covers what no save announces: a scheduled article going live, a promo ending, a bare UPDATE.
PUBLIC_CACHE_SECONDS = 60
# Whole pages for anonymous readers (kinews/pagecache.py); 0 switches the page cache off.
PAGE_CACHE_SECONDS = min(env.int("PAGE_CACHE_SECONDS", default=PUBLIC_CACHE_SECONDS), PUBLIC_CACHE_SECONDS)
# Fragments many pages share (kinews/fragments.py): menus, footer, promos, popular list, related boxes.
FRAGMENT_CACHE_SECONDS = min(env.int("FRAGMENT_CACHE_SECONDS", default=PUBLIC_CACHE_SECONDS), PUBLIC_CACHE_SECONDS)
# Names the deployed code in cache keys, so a deploy never serves pages of the release before (e.g. the commit).
RELEASE = env.str("RELEASE", default="")

# --- E-mail: Django 6.1 mailers, configured from EMAIL_URL (console output in development).
# Production without EMAIL_URL hands mail to a local MTA; development prints it to the console.
MAILERS = {"default": mailer_from_url(env.str("EMAIL_URL", default="consolemail://" if DEBUG else "smtp://127.0.0.1:25"))}
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="kinews <redaktion@kinews.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Background tasks: Django's Tasks API. Immediate in development and tests, a database queue
# (worker: `python manage.py db_worker`) in production.
TASKS_QUEUE = env.str("TASKS_QUEUE", default="immediate" if DEBUG else "database")
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django.tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.DatabaseBackend",
        }[TASKS_QUEUE],
    }
}

AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses logins for a while after repeated failures (kinews/logins.py says whose).
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)  # per user name and client address
AXES_USERNAME_FAILURE_LIMIT = env.int("AXES_USERNAME_FAILURE_LIMIT", default=50)  # per user name, all addresses
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=0.5)  # hours
AXES_LOCKOUT_PARAMETERS = "kinews.logins.lockout_parameters"
AXES_USE_ATTEMPT_EXPIRATION = True  # failed attempts are forgotten after the cool-off time
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # no log of successful logins: less personal data
# Reverse proxies in front of the app (load balancer): client addresses come from X-Forwarded-For then.
PROXY_COUNT = env.int("PROXY_COUNT", default=0)
# One definition of the client address for rate limits, view counting and login lockouts alike.
AXES_CLIENT_IP_CALLABLE = "kinews.clients.client_ip"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages: German first (at /), English at /en/. German is the fallback for missing translations.
LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("German")), ("en", _("English"))]
MODELTRANSLATION_DEFAULT_LANGUAGE = "de"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("de",)
# The project's own strings; then German, in the Du form, for strings of Django and third-party apps that say "Sie"
# or have no German yet (kinews/locale_overrides/README.md; makemessages leaves that catalogue alone).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "kinews" / "locale_overrides"]
# The admin's language tabs need jQuery UI; served from our own static files (v1.14.1, MIT), never a CDN.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

# --- Static files and uploads.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Serve uploads from Django itself: development and single-machine set-ups; with S3 (docs/deploy.md) keep it off.
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=DEBUG)
# Media (uploads, WebP renditions, author photos) in an S3-compatible bucket when S3_BUCKET is set: required as
# soon as there is more than one app server. Credentials: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.
S3_BUCKET = env.str("S3_BUCKET", default="")
_S3_LOCATION = {"endpoint_url": env.str("S3_ENDPOINT_URL", default=""),
                "custom_domain": env.str("S3_CUSTOM_DOMAIN", default="")}
STORAGES = {
    "default": s3_media_storage(bucket=S3_BUCKET, region=env.str("S3_REGION", default=""), **_S3_LOCATION)
    if S3_BUCKET
    else {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Uploads larger than this are refused before Pillow looks at them; see kinews/images.py.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
IMAGE_MAX_BYTES = env.int("IMAGE_MAX_BYTES", default=10 * 1024 * 1024)
IMAGE_MAX_PIXELS = env.int("IMAGE_MAX_PIXELS", default=40_000_000)

# --- Security. Anonymous readers get no cookies at all; staff cookies are HttpOnly and, in production, secure.
# Sessions are for staff only (readers get none): one primary-key lookup per request in the database. Not
# cached_db: its cache calls fail logins and admin pages while Redis is down, and a logout then could leave
# the session alive in the cache.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
if not DEBUG:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^livez$"]

# Content-Security-Policy (Django's built-in middleware): no inline scripts except with the per-response nonce.
CSP_EXTRA_IMG_HOSTS = env.list("CSP_EXTRA_IMG_HOSTS", default=[])  # image hosts beyond this site and the bucket
if S3_BUCKET:  # readers' browsers load media straight from the bucket (or its S3_CUSTOM_DOMAIN)
    CSP_EXTRA_IMG_HOSTS = [s3_media_origin(bucket=S3_BUCKET, **_S3_LOCATION), *CSP_EXTRA_IMG_HOSTS]
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],  # the admin and the editor set inline styles
    "img-src": [CSP.SELF, "data:", *CSP_EXTRA_IMG_HOSTS],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
# Request bodies above these sizes are refused with 413 before any view reads them.
MAX_REQUEST_BODY = env.int("MAX_REQUEST_BODY", default=256 * 1024)
MAX_ADMIN_REQUEST_BODY = env.int("MAX_ADMIN_REQUEST_BODY", default=25 * 1024 * 1024)  # logged-in staff
MAX_ADMIN_LOGIN_BODY = env.int("MAX_ADMIN_LOGIN_BODY", default=64 * 1024)  # the admin before login

ADMIN_URL = env.str("ADMIN_URL", default="admin/")
# The admin is the only login: after it (and for an unsafe `next`) go to the admin index, not /accounts/profile/.
LOGIN_REDIRECT_URL = "admin:index"
# Where /admin/ (and so the login) takes staff: the first page whose permission they have (kinews/admin_site.py).
ADMIN_START_PAGES = [
    ("articles.view_article", "admin:articles_article_dashboard"),  # authors and editors: the editorial start page
    ("consulting.view_inquiry", "admin:consulting_inquiry_changelist"),  # sales: the inbox
]

# --- Public forms without cookies (kinews/forms_security.py).
FORM_STAMP_MIN_AGE = 2  # seconds; faster submissions are treated as bots (time trap)
FORM_STAMP_MAX_AGE = 7 * 24 * 3600  # a form on a cached page stays usable this long

# --- Newsletter (newsletter/). Rate limits cap confirmation e-mails (subscription bombing).
NEWSLETTER_CONFIRM_MAX_AGE = 48 * 3600  # seconds a confirmation link is valid
NEWSLETTER_UNCONFIRMED_DELETE_AFTER = 7 * 24 * 3600  # `manage.py newsletter_cleanup` deletes older requests
NEWSLETTER_UNSUBSCRIBED_KEEP = 3 * 365 * 24 * 3600  # proof of consent is kept this long after unsubscribing
NEWSLETTER_RATE_PER_IP = (10, 3600)  # at most 10 sign-up e-mails per IP address per hour
NEWSLETTER_RATE_PER_ADDRESS = (3, 24 * 3600)  # at most 3 confirmation e-mails per address per day
NEWSLETTER_BATCH_SIZE = 200  # deliveries claimed per database round trip when sending an issue
NEWSLETTER_MAX_ATTEMPTS = 3  # a failing delivery is tried this often, then recorded as failed
NEWSLETTER_STALE_CLAIM_SECONDS = 15 * 60  # a delivery claimed this long ago belongs to a dead worker
NEWSLETTER_MAIL_MAX_ATTEMPTS = 50  # a welcome e-mail is retried 1, 2, 4 … 60 minutes apart (about two days)

# --- Editorial settings.
ARTICLES_PER_PAGE = 12
PREVIEW_LINK_DAYS = 7  # how long a shareable preview link of a draft works, unless revoked earlier
ARTICLE_BIN_DAYS = 30  # a deleted article can be restored from the bin this long (`manage.py empty_article_bin`)

# A CDN in front (kinews/cdn.py, docs/deploy.md): changed pages are purged by tag through this endpoint.
CDN_PURGE_URL = env.str("CDN_PURGE_URL", default="")  # e.g. Cloudflare's .../zones/<id>/purge_cache
CDN_PURGE_TOKEN = env.str("CDN_PURGE_TOKEN", default="")  # sent as "Authorization: Bearer <token>"

# --- Content API (/api/v1/): page size and rate limit per client address (requests per window in seconds).
API_PAGE_SIZE = 20
API_RATE_LIMIT = env.int("API_RATE_LIMIT", default=120)
API_RATE_WINDOW = 60
# Behind a load balancer, how many proxies append to X-Forwarded-For (0: use the connection's address).
SEARCH_RESULTS_PER_PAGE = 10
SEARCH_MAX_QUERY_LENGTH = 200
SEARCH_MAX_COUNT = 1000  # results counted at most; beyond, the page says "more than 1,000" (articles.search)
# "#KI" and "#ki" are one hashtag: taggit looks names up case-insensitively (migration 0004 merged old duplicates).
TAGGIT_CASE_INSENSITIVE = True
SITE_NAME = "kinews"

# --- Consulting leads (consulting/). Sales is told about every real inquiry; see "Consulting leads" in README.md.
CONSULTING_NOTIFY_EMAIL = env.list("CONSULTING_NOTIFY_EMAIL", default=["vertrieb@kinews.example"])
CONSULTING_SEND_CONFIRMATION = env.bool("CONSULTING_SEND_CONFIRMATION", default=True)
CONSULTING_MIN_FILL_SECONDS = env.float("CONSULTING_MIN_FILL_SECONDS", default=3.0)  # faster is a bot
CONSULTING_FORM_MAX_AGE = env.int("CONSULTING_FORM_MAX_AGE", default=2 * 24 * 3600)  # seconds a form stays valid
CONSULTING_RATE_LIMIT = env.int("CONSULTING_RATE_LIMIT", default=5)  # submissions per client and window ...
CONSULTING_RATE_WINDOW = env.int("CONSULTING_RATE_WINDOW", default=3600)  # ... of this many seconds
# One address gets at most this many confirmation e-mails per window (seconds), however many forms name it.
CONSULTING_CONFIRMATIONS_PER_ADDRESS = (env.int("CONSULTING_CONFIRMATIONS_PER_ADDRESS", default=3), 24 * 3600)
# At most this many flagged inquiries are stored per window (seconds); more are counted in the log only.
CONSULTING_SPAM_STORE_LIMIT = env.int("CONSULTING_SPAM_STORE_LIMIT", default=100)
CONSULTING_SPAM_STORE_WINDOW = env.int("CONSULTING_SPAM_STORE_WINDOW", default=3600)
CONSULTING_NOTIFY_MAX_ATTEMPTS = env.int("CONSULTING_NOTIFY_MAX_ATTEMPTS", default=50)  # about two days of retries
CONSULTING_RETENTION_MONTHS = env.int("CONSULTING_RETENTION_MONTHS", default=24)  # closed inquiries
CONSULTING_SPAM_RETENTION_DAYS = env.int("CONSULTING_SPAM_RETENTION_DAYS", default=30)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    # One line per task state change is noise in development; failures are still logged.
    "loggers": {"django.tasks": {"level": "WARNING"}, "axes": {"level": "WARNING"}},
}
