from datetime import timedelta
from io import BytesIO

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from articles import services
from articles.models import Article, Author, Category, KeyFact, PreviewLink, Source


def image_file(name="cover.jpg", size=(800, 450), image_format="JPEG", colour="teal") -> SimpleUploadedFile:
    buffer = BytesIO()
    Image.new("RGB", size, colour).save(buffer, image_format)
    content_type = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "GIF": "image/gif"}[image_format]
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=content_type)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.com")
    password = factory.django.Password("correct-horse-battery")
    is_staff = True

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        if create and names:
            self.groups.add(*Group.objects.filter(name__in=names))


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    name_de = factory.Sequence(lambda n: f"Kategorie {n}")
    name_en = factory.Sequence(lambda n: f"Category {n}")
    order = factory.Sequence(int)


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Autorin {n}")
    user = factory.SubFactory(UserFactory, groups=["Authors"])
    bio_de = "Schreibt über KI."
    bio_en = "Writes about AI."


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article
        skip_postgeneration_save = True

    title_de = factory.Sequence(lambda n: f"Deutscher Titel {n}")
    title_en = factory.Sequence(lambda n: f"English title {n}")
    teaser_de = "Ein kurzer Teaser auf Deutsch."
    teaser_en = "A short teaser in English."
    body_de = "<p>Der deutsche Text des Artikels.</p>"
    body_en = "<p>The English body of the article.</p>"
    category = factory.SubFactory(CategoryFactory)
    author = factory.SubFactory(AuthorFactory)
    status = Article.Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))

    class Params:
        draft = factory.Trait(status=Article.Status.DRAFT, published_at=None)
        scheduled = factory.Trait(published_at=factory.LazyFunction(lambda: timezone.now() + timedelta(days=1)))

    @factory.post_generation
    def hashtags(self, create, names, **kwargs):
        if create and names:
            self.tags.add(*names)

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if create:  # what the admin does after saving a new article (articles/services.py)
            services.after_save(instance, before=None)


class ArticlePartFactory(factory.django.DjangoModelFactory):
    """Key facts and sources are saved with their article in the admin, which then calls the article service."""

    class Meta:
        abstract = True

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if create:
            article = instance.article
            services.after_save(article, before=services.state_of(article))


class KeyFactFactory(ArticlePartFactory):
    class Meta:
        model = KeyFact

    article = factory.SubFactory(ArticleFactory)
    position = factory.Sequence(int)
    label_de = factory.Sequence(lambda n: f"Stichwort {n}")
    label_en = factory.Sequence(lambda n: f"Label {n}")
    text_de = "Ein Satz auf Deutsch."
    text_en = "A sentence in English."


class SourceFactory(ArticlePartFactory):
    class Meta:
        model = Source

    article = factory.SubFactory(ArticleFactory)
    position = factory.Sequence(int)
    title_de = factory.Sequence(lambda n: f"Quelle {n}")
    title_en = factory.Sequence(lambda n: f"Source {n}")
    url = factory.Sequence(lambda n: f"https://example.org/source/{n}")
    publisher = "Example Press"


class PageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "pages.Page"

    title_de = factory.Sequence(lambda n: f"Seite {n}")
    title_en = factory.Sequence(lambda n: f"Page {n}")
    body_de = "<p>Deutscher Seitentext.</p>"
    body_en = "<p>English page text.</p>"
    is_published = True


class PreviewLinkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PreviewLink

    article = factory.SubFactory(ArticleFactory, draft=True)


class InquiryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "consulting.Inquiry"

    name = factory.Sequence(lambda n: f"Kim Kunde {n}")
    email = factory.Sequence(lambda n: f"kunde{n}@firma.example")
    company = factory.Sequence(lambda n: f"Firma {n} GmbH")
    topic = "strategy"
    message = "Wir möchten KI im Kundenservice einsetzen."
    consent_at = factory.LazyFunction(timezone.now)


class NoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "consulting.Note"

    inquiry = factory.SubFactory(InquiryFactory)
    author = factory.SubFactory(UserFactory, groups=["Sales"])
    text = "Angerufen, Termin vereinbart."


# --- newsletter ---------------------------------------------------------------------------------------------

class SubscriberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "newsletter.Subscriber"

    email = factory.Sequence(lambda n: f"leser{n}@example.com")
    language = "de"
    status = "confirmed"
    confirmed_at = factory.LazyFunction(timezone.now)


class ConsentRecordFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "newsletter.ConsentRecord"

    subscriber = factory.SubFactory(SubscriberFactory, status="pending", confirmed_at=None)
    email = factory.SelfAttribute("subscriber.email")
    language = factory.SelfAttribute("subscriber.language")
    consent_version = "test"
    consent_text = "Ja, schickt mir den Newsletter."


class IssueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "newsletter.Issue"
        skip_postgeneration_save = True

    subject = factory.Sequence(lambda n: f"kinews Woche {n}")
    intro = "Hallo! Das war die Woche.\n\nViel Spaß beim Lesen."
    language = "de"

    @factory.post_generation
    def articles(self, create, articles, **kwargs):
        if create and articles:
            for position, article in enumerate(articles):
                self.items.create(article=article, position=position)


class PromoFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "newsletter.Promo"

    kind = "academy"
    title = factory.Sequence(lambda n: f"Promo {n}")
    text = "Ein Kurs für Dein Team."
    cta_label = "Mehr erfahren"
    cta_url = "https://academy.example.org/kurs"
    placement = "sidebar"
    language = "de"
