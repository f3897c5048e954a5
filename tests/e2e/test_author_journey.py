import pytest

from articles.models import Article
from tests.e2e.conftest import submit
from tests.factories import AuthorFactory, CategoryFactory, image_file

pytestmark = pytest.mark.django_db(transaction=True)


def test_author_writes_and_publishes_a_bilingual_article_in_the_admin(page, tmp_path):
    author = AuthorFactory(name="Erika Beispiel", user__username="erika", user__password="ein-gutes-passwort")
    CategoryFactory(name_de="Praxis", name_en="Practice")
    cover = tmp_path / "cover.jpg"
    cover.write_bytes(image_file(size=(1200, 675)).read())

    page.goto("/admin/login/")
    page.fill("#id_username", "erika")
    page.fill("#id_password", "ein-gutes-passwort")
    submit(page, "input[type=submit]")
    page.goto("/admin/articles/article/add/")

    page.fill("#id_title_de", "Prompts, die wirklich helfen")
    page.fill("#id_teaser_de", "Fünf Regeln für bessere Antworten.")
    page.select_option("#modeltranslation-main-switch", label="en")  # all language tabs to English
    page.fill("#id_title_en", "Prompts that really help")
    page.fill("#id_teaser_en", "Five rules for better answers.")
    page.locator(".ProseMirror:visible").first.click()
    page.keyboard.type("Good prompts are specific.")
    page.select_option("#modeltranslation-main-switch", label="de")
    page.locator("#id_category + .select2 .select2-selection").click()  # autocomplete widget
    page.locator(".select2-search__field").fill("Prax")
    page.locator(".select2-results__option", has_text="Praxis").click()
    page.fill("#id_tags", "Prompting, KI")
    page.select_option("#id_status", "published")
    page.set_input_files("#id_image", str(cover))
    page.fill("#id_image_alt_de", "Eine Tastatur")
    page.locator(".ProseMirror:visible").first.click()
    page.keyboard.type("Gute Prompts sind konkret.")

    for number, (label, text) in enumerate([("Was", "Fünf Regeln."), ("Für wen", "Für alle.")]):
        page.locator("#key_facts-group .add-row a").click()
        page.fill(f"#id_key_facts-{number}-label_de", label)
        page.fill(f"#id_key_facts-{number}-text_de", text)
    page.locator("#sources-group .add-row a").click()
    page.fill("#id_sources-0-title_de", "Leitfaden")
    page.fill("#id_sources-0-url", "https://example.org/leitfaden")
    page.click("input[name=_save]")
    assert "erfolgreich hinzugefügt" in page.locator(".messagelist").inner_text()

    article = Article.objects.get(title_de="Prompts, die wirklich helfen")
    assert article.author == author and article.key_facts.count() == 2 and article.sources.count() == 1
    page.goto(article.get_absolute_url())
    assert page.locator("h1").inner_text() == "Prompts, die wirklich helfen"
    assert "Gute Prompts sind konkret." in page.locator(".article__body").inner_text()
    assert page.locator("#key-facts li").count() == 2
    assert page.locator(".article__figure img").get_attribute("width") is not None
    page.goto("/en/")
    page.get_by_role("link", name="Prompts that really help").first.click()
    assert "Good prompts are specific." in page.locator(".article__body").inner_text()
    page.goto("/")
    assert page.get_by_role("link", name="Prompts, die wirklich helfen").count() >= 1
