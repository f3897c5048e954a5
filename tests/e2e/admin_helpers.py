"""Shared steps of the admin journeys: logging in, and checking that a page speaks German only."""

import re

from tests.e2e.conftest import SCREENSHOTS, submit

# The English words the admin used to show among German ones (issue 15). Case-insensitive: CSS capitals count.
ENGLISH_UI = re.compile(r"\b(Search|Select|Run|Filter|Delete|History|Owner|Are you sure|Edit Link|Update|Save)\b",
                        re.IGNORECASE)

# Everything a person reads or hears on the page: visible text, and labels of controls, images and tooltips.
READABLE_TEXT = """() => {
    const parts = [document.body.innerText, document.title];
    for (const element of document.querySelectorAll("[placeholder], [title], [aria-label], [alt], input[value]")) {
        if (element.type === "hidden") continue;
        for (const name of ["placeholder", "title", "aria-label", "alt"]) {
            if (element.getAttribute(name)) parts.push(element.getAttribute(name));
        }
        if (["submit", "button"].includes(element.type)) parts.push(element.value);
    }
    return parts.join("\\n");
}"""


def english_words(page) -> list[str]:
    return ENGLISH_UI.findall(page.evaluate(READABLE_TEXT))


def assert_german(page) -> None:
    page.wait_for_load_state()
    words = english_words(page)
    assert not words, f"English on {page.url}: {words}"


def log_in(page, username: str, password: str) -> None:
    page.goto("/admin/login/")
    assert_german(page)
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    submit(page, "input[type=submit]")


def screenshots(page, name: str) -> None:
    """The page at 1280 and 390 px, whole, into tests/e2e/screenshots/ (looked at by people, not compared)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    size = page.viewport_size
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.wait_for_timeout(150)  # let the layout settle
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=True)
    page.set_viewport_size(size)


def wait_for_autosave(page) -> None:
    page.wait_for_function("() => document.querySelector('.autosave-status')?.dataset.state === 'saved'")
