"""Turning environment URLs into Django settings (parsing itself is django-environ's job)."""

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
