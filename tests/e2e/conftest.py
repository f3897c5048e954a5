"""Browser tests: Playwright for Python driving Debian's Chromium against pytest-django's live server."""

import os
import shutil
from pathlib import Path

import pytest

SCREENSHOTS = Path(__file__).parent / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls stay synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
        )
        yield browser
        browser.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


# The data migrations that create the staff groups and their permissions, as (module, function).
GROUP_MIGRATIONS = [
    ("articles.migrations.0002_editorial_groups", "create_groups"),
    ("pages.migrations.0002_editor_permissions", "grant_editors"),
    ("consulting.migrations.0002_sales_permissions", "grant_sales"),
    ("newsletter.migrations.0002_editor_permissions", "grant_editors"),
    ("recommendations.migrations.0003_editor_permissions", "grant_editors"),
]


@pytest.fixture(autouse=True)
def staff_groups(transactional_db):
    """Browser tests run against a live server, so their tables are flushed after each test – the groups the
    data migrations made included. Make them again, with the migrations' own code."""
    from importlib import import_module

    from django.apps import apps

    for module, function in GROUP_MIGRATIONS:
        getattr(import_module(module), function)(apps, None)


def browser_page(browser, request, live_server, **options):
    """A page in a fresh browser context; a failing test leaves a screenshot of it."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_server.url, **options)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    if getattr(request.node, "failed", False):
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{request.node.name}.png"), full_page=True)
    context.close()


def submit(page, button) -> None:
    """Click a button (a selector or a locator) that sends a form, and wait for the page the server answers with.
    A click does not wait for it: going on at once races the request (on SQLite the live server even shares the
    test's database connection)."""
    with page.expect_navigation():
        page.click(button) if isinstance(button, str) else button.click()


@pytest.fixture
def page(browser, request, live_server):
    yield from browser_page(browser, request, live_server)


@pytest.fixture
def german_page(browser, request, live_server):
    """A German browser whose clock is in UTC, for the admin journeys. (Berlin is an hour or two ahead of UTC, so
    date-and-time fields carry Django's time-zone note; date-only fields must not.)"""
    yield from browser_page(browser, request, live_server, locale="de-DE", timezone_id="UTC", accept_downloads=True)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call" and report.failed:
        item.failed = True
    return report
