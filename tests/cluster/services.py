"""The pieces of the cluster, each on a free loopback port, each started and stopped by the test itself.

PostgreSQL and Redis are private instances (never the machine's shared ones on 5432/6379), so the test may
stop and restart them. The app processes are started from the lines of deploy/Procfile.
"""

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import requests

PROJECT = Path(__file__).resolve().parent.parent.parent
VENV_BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(condition, *, timeout: float, interval: float = 0.05, what: str = "condition"):
    """Poll `condition` until it returns something truthy; returns it. Fails after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            result = condition()
        except (requests.RequestException, OSError) as error:
            result, last_error = None, error
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what} (last error: {last_error!r})")
        time.sleep(interval)


def port_open(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.2)
        return probe.connect_ex(("127.0.0.1", port)) == 0


class Timings:
    """Named durations, printed as they happen and once more at the end."""

    def __init__(self):
        self.rows: list[tuple[str, float]] = []

    @contextmanager
    def step(self, name: str):
        started = time.monotonic()
        yield
        self.add(name, time.monotonic() - started)

    def add(self, name: str, seconds: float) -> None:
        self.rows.append((name, seconds))
        print(f"  [cluster] {name}: {seconds:.2f} s", flush=True)

    def report(self) -> str:
        width = max(len(name) for name, _ in self.rows)
        return "\n".join(f"  {name:<{width}}  {seconds:7.2f} s" for name, seconds in self.rows)


class Process:
    """A child process with its output in a log file; killed with its whole process group."""

    def __init__(self, name: str, command: list[str], *, env: dict, log_dir: Path, cwd: Path = PROJECT, user=None):
        self.name, self.command, self.env, self.cwd, self.user = name, command, env, cwd, user
        self.log_path = log_dir / f"{name}.log"
        self.popen: subprocess.Popen | None = None

    def start(self) -> "Process":
        log = open(self.log_path, "ab")  # noqa: SIM115 (kept open for the child's lifetime)
        self.popen = subprocess.Popen(self.command, env=self.env, cwd=self.cwd, stdout=log, stderr=subprocess.STDOUT,
                                      start_new_session=True, user=self.user)
        log.close()
        return self

    @property
    def running(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def signal(self, signum: int) -> None:
        if self.running:
            os.killpg(self.popen.pid, signum)

    def stop(self, timeout: float = 10) -> None:
        if not self.running:
            return
        self.signal(signal.SIGTERM)
        try:
            self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            self.signal(signal.SIGKILL)
            self.popen.wait(5)

    def kill(self) -> None:
        """SIGKILL, as the kernel's OOM killer or a lost machine would."""
        self.signal(signal.SIGKILL)
        self.popen.wait(5)

    def tail(self, lines: int = 30) -> str:
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


def procfile() -> dict[str, str]:
    """The process types of deploy/Procfile: {name: shell command}."""
    entries = {}
    for line in (PROJECT / "deploy" / "Procfile").read_text().splitlines():
        match = re.match(r"^([a-z][a-z0-9_-]*):\s*(.+)$", line)
        if match:
            entries[match[1]] = match[2]
    return entries


def procfile_process(kind: str, name: str, *, env: dict, log_dir: Path) -> Process:
    return Process(name, ["/bin/sh", "-c", procfile()[kind]], env=env, log_dir=log_dir)


# --- PostgreSQL, Redis, S3 (moto) ------------------------------------------------------------------------


def postgres_bin() -> Path:
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    if not versions:
        raise RuntimeError("PostgreSQL server binaries not found under /usr/lib/postgresql")
    return versions[-1].parent


class Postgres:
    """A throw-away PostgreSQL cluster (initdb) owned by the `postgres` user when we are root."""

    def __init__(self, directory: Path, log_dir: Path):
        self.bin, self.port = postgres_bin(), free_port()
        self.data, self.log = directory / "pgdata", log_dir / "postgresql.log"
        self.user = "postgres" if os.geteuid() == 0 else None
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/kinews"

    def _run(self, *args: str) -> None:
        subprocess.run([str(self.bin / args[0]), *args[1:]], check=True, capture_output=True, user=self.user)

    def init(self) -> None:
        self.data.parent.mkdir(parents=True, exist_ok=True)
        if self.user:
            shutil.chown(self.data.parent, self.user)
            self.log.touch()
            shutil.chown(self.log, self.user)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8",
                  "--locale=C.UTF-8")
        settings = {"port": self.port, "listen_addresses": "'127.0.0.1'",
                    "unix_socket_directories": f"'{self.data.parent}'", "fsync": "off",
                    "synchronous_commit": "off", "full_page_writes": "off"}
        with open(self.data / "postgresql.auto.conf", "a") as conf:
            conf.writelines(f"{name} = {value}\n" for name, value in settings.items())
        self.start()
        subprocess.run([str(self.bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                        "kinews"], check=True, capture_output=True)

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def connect(self):
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="kinews", autocommit=True)


class Redis:
    def __init__(self, log_dir: Path):
        self.port = free_port()
        self.process = Process("redis", ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                         "--appendonly", "no", "--protected-mode", "yes"],
                               env=dict(os.environ), log_dir=log_dir)
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process.start()
        wait_until(lambda: port_open(self.port), timeout=10, what="redis")

    def stop(self) -> None:
        self.process.stop()


class Moto:
    """moto's S3 in server mode: a stand-in for a real bucket (AWS S3, MinIO, Ceph, ...) in tests only."""

    bucket = "kinews-media"

    def __init__(self, log_dir: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = Process("moto", [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)],
                               env=dict(os.environ), log_dir=log_dir)

    def start(self) -> None:
        self.process.start()
        wait_until(lambda: port_open(self.port), timeout=20, what="moto")
        client = self.client()
        client.create_bucket(Bucket=self.bucket)
        # Readers fetch images straight from the bucket: public read, as docs/deploy.md configures it.
        client.put_bucket_policy(Bucket=self.bucket, Policy=json.dumps({
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
                           "Resource": f"arn:aws:s3:::{self.bucket}/*"}],
        }))

    def client(self):
        import boto3

        return boto3.client("s3", endpoint_url=self.url, region_name="us-east-1", aws_access_key_id="cluster",
                            aws_secret_access_key="cluster-secret")

    def keys(self, prefix: str = "") -> list[str]:
        listing = self.client().list_objects_v2(Bucket=self.bucket, Prefix=prefix)
        return sorted(item["Key"] for item in listing.get("Contents", []))
