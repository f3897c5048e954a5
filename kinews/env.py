"""Turning environment variables into Django settings (parsing URLs is django-environ's job)."""

from urllib.parse import urlsplit

import environ

# django-environ still speaks the pre-6.1 EMAIL_* names; Django 6.1 mailers take these OPTIONS.
_EMAIL_OPTION_NAMES = {
    "EMAIL_HOST": "host",
    "EMAIL_PORT": "port",
    "EMAIL_HOST_USER": "username",
    "EMAIL_HOST_PASSWORD": "password",
    "EMAIL_USE_TLS": "use_tls",
    "EMAIL_USE_SSL": "use_ssl",
    "EMAIL_FILE_PATH": "file_path",
    "EMAIL_TIMEOUT": "timeout",
}


def mailer_from_url(url: str) -> dict:
    """A MAILERS entry for an EMAIL_URL such as smtp+tls://user:pass@host:587 or consolemail://."""
    parsed = environ.Env.email_url_config(url)
    options = {
        option: parsed[key] for key, option in _EMAIL_OPTION_NAMES.items() if parsed.get(key) not in (None, "")
    }
    if parsed["EMAIL_BACKEND"].endswith("smtp.EmailBackend"):
        options.setdefault("timeout", 10)  # a hanging mail server must not hang a worker forever
    return {"BACKEND": parsed["EMAIL_BACKEND"], "OPTIONS": options}


def s3_media_storage(*, bucket: str, endpoint_url: str = "", region: str = "", custom_domain: str = "") -> dict:
    """The STORAGES["default"] entry for media in an S3-compatible bucket (django-storages).

    Credentials are not settings: boto3 reads AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (or an instance role).
    """
    options = {
        "bucket_name": bucket,
        # Readers' images: plain, stable URLs that browsers and CDNs can cache (signed ones change per render).
        "querystring_auth": False,
        # Two uploads named "cover.jpg" in one month must not replace each other (the default would).
        "file_overwrite": False,
        # Names are never reused (see above; renditions are named after their original), so caches may keep them.
        "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
    }
    if endpoint_url:
        options["endpoint_url"] = endpoint_url
    if region:
        options["region_name"] = region
    if custom_domain:
        options["custom_domain"] = custom_domain
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


def s3_media_origin(*, bucket: str, endpoint_url: str = "", custom_domain: str = "") -> str:
    """The origin (scheme://host[:port]) of the URLs django-storages hands out for media in this bucket.

    The Content-Security-Policy must allow it for images; a test compares it with the storage's own url().
    """
    if custom_domain:
        return f"https://{custom_domain}"
    if endpoint_url:  # S3-compatible services (MinIO, Ceph, ...): path-style URLs on the endpoint
        parts = urlsplit(endpoint_url)
        return f"{parts.scheme}://{parts.netloc}"
    return f"https://{bucket}.s3.amazonaws.com"  # AWS: virtual-hosted URLs on the global endpoint
