import pytest

from consulting.models import Inquiry
from tests.e2e.conftest import submit
from tests.factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_lead_fixes_a_form_error_and_sales_sets_it_to_contacted(page, settings, browser, live_server):
    settings.CONSULTING_MIN_FILL_SECONDS = 0  # a robot fills faster than the time trap allows
    article = ArticleFactory(title_de="KI im Kundenservice")
    page.goto(article.get_absolute_url())
    page.locator("#consulting-cta a").first.click()
    page.fill("#id_name", "Jana Müller")
    page.fill("#id_email", "keine-adresse")  # wrong on purpose
    page.fill("#id_company", "Müller Maschinenbau GmbH")
    page.select_option("#id_topic", "training")
    page.fill("#id_message", "Wir möchten unser Team zu KI-Werkzeugen schulen.")
    page.check("#id_consent")
    # Skip the browser's own checks so the server's error message is what the reader sees.
    page.locator("form.inquiry-form").evaluate("form => form.noValidate = true")
    page.locator("form.inquiry-form button[type=submit]").click()
    page.locator(".errorlist").first.wait_for()  # the answer may take a moment on a busy machine
    assert page.locator(".errorlist").first.is_visible()
    assert page.input_value("#id_company") == "Müller Maschinenbau GmbH"  # kept on error
    page.fill("#id_email", "jana@mueller.example")
    page.locator("form.inquiry-form button[type=submit]").click()
    page.wait_for_url("**/beratung/anfrage/danke/")

    inquiry = Inquiry.objects.get(email="jana@mueller.example")
    assert not inquiry.is_spam and inquiry.source_path == article.get_absolute_url()

    UserFactory(username="vertrieb", password="ein-gutes-passwort", groups=["Sales"])
    sales = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_server.url).new_page()
    sales.goto("/admin/login/")
    sales.fill("#id_username", "vertrieb")
    sales.fill("#id_password", "ein-gutes-passwort")
    submit(sales, "input[type=submit]")
    sales.goto("/admin/consulting/inquiry/")
    assert sales.get_by_role("link", name="Jana Müller").count() == 1, (sales.url, sales.content()[:1500])
    sales.locator(f"input[name=_selected_action][value='{inquiry.pk}']").check()
    sales.select_option("select[name=action]", "mark_contacted")
    submit(sales, sales.locator("button[name=index], input[name=index]").first)
    inquiry.refresh_from_db()
    assert inquiry.status == Inquiry.Status.CONTACTED
    sales.context.close()
