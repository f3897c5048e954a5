import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from kinews.html import sanitize_html
from kinews.images import check_image
from tests.factories import ArticleFactory, image_file

MALICIOUS = [
    ('<p>ok</p><script>alert("x")</script>', "<script"),
    ('<img src=x onerror="alert(1)">', "onerror"),
    ('<a href="javascript:alert(1)">click</a>', "javascript:"),
    ('<p onclick="steal()">text</p>', "onclick"),
    ('<iframe src="https://evil.example"></iframe>', "<iframe"),
    ('<a href="JaVaScRiPt:alert(1)">x</a>', "alert"),
    ('<svg><script>alert(1)</script></svg>', "<svg"),
    ('<p style="background:url(javascript:alert(1))">x</p>', "style="),
]


@pytest.mark.parametrize(("html", "forbidden"), MALICIOUS)
def test_sanitizer_removes_dangerous_html(html, forbidden):
    assert forbidden.lower() not in sanitize_html(html).lower()


def test_sanitizer_keeps_the_formatting_authors_use():
    html = (
        '<h2>Kapitel</h2><p><strong>fett</strong> und <em>kursiv</em> mit '
        '<a href="https://example.org">Link</a></p><ul><li>eins</li></ul><ol><li>zwei</li></ol>'
        "<blockquote><p>Zitat</p></blockquote>"
    )
    cleaned = sanitize_html(html)
    for fragment in ("<h2>Kapitel</h2>", "<strong>fett</strong>", "<em>kursiv</em>", "<ul><li>eins</li></ul>",
                     "<blockquote><p>Zitat</p></blockquote>", 'href="https://example.org"'):
        assert fragment in cleaned


@pytest.mark.django_db
def test_malicious_body_never_reaches_the_reader(client):
    article = ArticleFactory(body_de='<p>Text</p><script>alert(1)</script><img src=x onerror="alert(2)">')
    article.refresh_from_db()
    assert "<script" not in article.body_de and "onerror" not in article.body_de
    response = client.get(article.get_absolute_url())
    assert b"alert(1)" not in response.content and b"onerror" not in response.content
    assert b"<p>Text</p>" in response.content


def test_a_real_jpeg_passes_and_reports_its_size():
    assert check_image(image_file(size=(640, 360))) == (640, 360)


def test_a_text_file_pretending_to_be_an_image_is_refused():
    fake = SimpleUploadedFile("cover.jpg", b"this is not an image", content_type="image/jpeg")
    with pytest.raises(ValidationError) as error:
        check_image(fake)
    assert error.value.code == "invalid_image"


def test_a_gif_is_refused_with_the_allowed_formats_named():
    with pytest.raises(ValidationError) as error:
        check_image(image_file("anim.gif", image_format="GIF"))
    assert error.value.code == "image_format"


def test_an_image_with_too_many_pixels_is_refused_before_decoding(settings):
    settings.IMAGE_MAX_PIXELS = 1000 * 1000
    with pytest.raises(ValidationError) as error:
        check_image(image_file(size=(1200, 1000), image_format="PNG"))
    assert error.value.code == "image_too_many_pixels"


def test_an_oversize_file_is_refused(settings):
    settings.IMAGE_MAX_BYTES = 100
    with pytest.raises(ValidationError) as error:
        check_image(image_file(size=(400, 400)))
    assert error.value.code == "image_too_large"


@pytest.mark.django_db
def test_an_upload_is_stored_and_served_under_the_extension_of_its_real_format(client, settings):
    from django.test import RequestFactory
    from django.views.static import serve

    from articles.models import Article
    from tests.factories import AuthorFactory, CategoryFactory, image_file
    from tests.test_admin import article_form_data

    client.force_login(AuthorFactory().user)
    upload = image_file(name="poly.pdf", image_format="PNG")
    response = client.post("/admin/articles/article/add/", article_form_data(CategoryFactory(), image=upload))
    assert response.status_code == 302
    name = Article.objects.get().image.name
    assert name.endswith("/poly.png")
    served = serve(RequestFactory().get("/"), name, document_root=settings.MEDIA_ROOT)
    assert served["Content-Type"] == "image/png"


@pytest.mark.parametrize(("client_name", "image_format", "stored"), [
    ("poly.pdf", "PNG", "poly.png"), ("bild.png", "JPEG", "bild.jpg"), ("shell.php.jpg", "WEBP", "shell-php.webp"),
    ("ohne-endung", "PNG", "ohne-endung.png"), ("Foto vom 3.5.jpeg", "JPEG", "Foto vom 3-5.jpg"),
])
def test_every_image_field_names_the_file_after_its_detected_format(client_name, image_format, stored):
    from django.apps import apps

    from kinews.images import CheckedImageField
    from tests.factories import image_file

    fields = [field for model in apps.get_models() for field in model._meta.fields
              if isinstance(field, CheckedImageField)]
    assert {f"{field.model._meta.label}.{field.name}" for field in fields} >= {
        "articles.Article.image", "articles.Author.photo", "newsletter.Promo.image"}
    for field in fields:
        cleaned = field.formfield().clean(image_file(name=client_name, image_format=image_format))
        assert cleaned.name == stored, field


def test_an_svg_is_refused_as_an_image():
    svg = SimpleUploadedFile("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>',
                             content_type="image/svg+xml")
    with pytest.raises(ValidationError) as error:
        check_image(svg)
    assert error.value.code == "invalid_image"


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
                                 "vbscript:msgbox(1)"])
def test_a_source_link_that_is_no_web_address_is_refused_and_never_shown_as_a_link(client, url):
    from articles.models import Source
    from tests.factories import SourceFactory

    with pytest.raises(ValidationError):
        SourceFactory.build(url=url, article=ArticleFactory()).full_clean()
    source = SourceFactory(title_de="Die Quelle")
    Source.objects.filter(pk=source.pk).update(url=url)  # an imported or old row
    html = client.get(source.article.get_absolute_url()).content.decode()
    assert "Die Quelle" in html and url.split(":")[0] + ":" not in html
