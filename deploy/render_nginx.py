"""Write deploy/nginx/{nginx,kinews}.conf for this machine, filled in from KINEWS_* environment variables.

    KINEWS_RUN_DIR       where the rendered files, nginx's pid file, logs and temporary files go (./.run/nginx)
    KINEWS_APP_SERVERS   the gunicorn app servers, comma-separated host:port (127.0.0.1:8001)
    KINEWS_LISTEN        the HTTPS address nginx listens on (127.0.0.1:8443; on a server: 443)
    KINEWS_HTTP_LISTEN   plain HTTP, which only redirects to HTTPS (127.0.0.1:8080; on a server: 80)
    KINEWS_SERVER_NAME   the site's host names (localhost)
    KINEWS_TLS_CERT, KINEWS_TLS_KEY   certificate and key; unset: a self-signed one for localhost is made
    KINEWS_MEDIA_ROOT    uploads on the local disk, for a one-machine set-up without S3 (./media)

The placeholders look like ${KINEWS_LISTEN}, as for envsubst; nginx's own $variables are left alone.
"""

import os
import string
import subprocess
import sys
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent / "nginx"
PROJECT = TEMPLATES.parent.parent

DEFAULTS = {
    "KINEWS_RUN_DIR": str(PROJECT / ".run" / "nginx"),
    "KINEWS_APP_SERVERS": "127.0.0.1:8001",
    "KINEWS_LISTEN": "127.0.0.1:8443",
    "KINEWS_HTTP_LISTEN": "127.0.0.1:8080",
    "KINEWS_SERVER_NAME": "localhost",
    "KINEWS_MEDIA_ROOT": str(PROJECT / "media"),
}


def self_signed_certificate(directory: Path, host: str = "localhost") -> tuple[Path, Path]:
    """A certificate for `host` valid for a week, made with openssl: for make serve and the tests only."""
    directory.mkdir(parents=True, exist_ok=True)
    cert, key = directory / f"{host}.crt", directory / f"{host}.key"
    if not cert.exists():
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
             "-days", "7", "-subj", f"/CN={host}", "-addext", f"subjectAltName=DNS:{host},IP:127.0.0.1",
             "-keyout", str(key), "-out", str(cert)],
            check=True, capture_output=True,
        )
    return cert, key


def render(values: dict[str, str]) -> Path:
    """Write nginx.conf and kinews.conf into values["KINEWS_RUN_DIR"]; returns the path of nginx.conf."""
    values = DEFAULTS | {key: value for key, value in values.items() if value}
    run_dir = Path(values["KINEWS_RUN_DIR"])
    for temp in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (run_dir / temp).mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:  # started by root, nginx's workers run as "nobody" and must write here
            (run_dir / temp).chmod(0o1777)
    if not values.get("KINEWS_TLS_CERT"):
        cert, key = self_signed_certificate(run_dir / "tls")
        values |= {"KINEWS_TLS_CERT": str(cert), "KINEWS_TLS_KEY": str(key)}
    servers = [s.strip() for s in values["KINEWS_APP_SERVERS"].split(",") if s.strip()]
    values["KINEWS_UPSTREAM_SERVERS"] = "\n    ".join(f"server {s} max_fails=3 fail_timeout=10s;" for s in servers)
    for name in ("nginx.conf", "kinews.conf"):
        text = string.Template((TEMPLATES / name).read_text()).safe_substitute(values)
        if "${KINEWS_" in text:
            raise ValueError(f"{name}: unfilled placeholder near {text[text.index('${KINEWS_'):][:40]!r}")
        (run_dir / name).write_text(text)
    return run_dir / "nginx.conf"


if __name__ == "__main__":
    path = render({key: value for key, value in os.environ.items() if key.startswith("KINEWS_")})
    print(path, file=sys.stderr)
