import pytest
from playwright.sync_api import expect

from tests.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_reader_goes_from_home_to_article_to_hashtag_to_another_article_and_to_english(page):
    category = CategoryFactory(name_de="Robotik", name_en="Robotics")
    first = ArticleFactory(category=category, title_de="Roboter lernen greifen", title_en="Robots learn to grasp",
                           hashtags=["Robotik"])
    ArticleFactory(category=category, title_de="Humanoide im Lager", title_en="Humanoids in the warehouse",
                   hashtags=["Robotik"])
    page.goto("/")
    page.get_by_role("link", name="Roboter lernen greifen").first.click()
    expect(page.locator("h1")).to_have_text("Roboter lernen greifen")
    page.locator("#hashtags").get_by_role("link", name="#Robotik").click()
    expect(page.locator("h1")).to_have_text("#Robotik")
    page.get_by_role("link", name="Humanoide im Lager").first.click()
    expect(page.locator("h1")).to_have_text("Humanoide im Lager")
    page.locator(".lang-switch").get_by_role("link", name="EN").click()
    expect(page.locator("h1")).to_have_text("Humanoids in the warehouse")
    assert page.url.endswith("/en/article/humanoids-in-the-warehouse/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert first.pk  # the first article stays reachable from the hashtag page


def test_phone_menu_opens_without_javascript_and_lists_categories(browser, live_server):
    CategoryFactory(name_de="Gesellschaft")
    context = browser.new_context(viewport={"width": 390, "height": 800}, java_script_enabled=False,
                                  base_url=live_server.url)
    page = context.new_page()
    page.goto("/")
    menu_link = page.locator(".main-nav--menu").get_by_role("link", name="Gesellschaft")
    assert not menu_link.is_visible()
    page.locator(".main-nav--menu summary").click()
    assert menu_link.is_visible()
    context.close()
