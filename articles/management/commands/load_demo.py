"""Fill an empty site with demo content. Safe to run twice: what exists is left alone."""

import random
from datetime import date, timedelta
from importlib import import_module
from io import BytesIO

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import module_has_submodule
from PIL import Image, ImageDraw

from articles import services
from articles.demo import AUTHORS, CATEGORIES, EXTRA_ACCOUNTS, all_articles
from articles.models import Article, Author, Category, KeyFact, Source


def _hex(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def generated_cover(seed: str, palette: tuple[str, str], size=(1440, 810)) -> bytes:
    """An abstract 'network' illustration: a diagonal gradient with connected nodes."""
    rng = random.Random(seed)
    start, end = _hex(palette[0]), _hex(palette[1])
    width, height = size
    # Gradient built at low resolution, then scaled: fast and smooth.
    small = Image.new("RGB", (64, 36))
    for x in range(64):
        for y in range(36):
            t = (x / 63 * 0.7) + (y / 35 * 0.3)
            small.putpixel((x, y), tuple(round(a + (b - a) * t) for a, b in zip(start, end, strict=True)))
    image = small.resize(size, Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(image, "RGBA")
    nodes = [(rng.randint(0, width), rng.randint(0, height)) for _ in range(26)]
    for i, (x, y) in enumerate(nodes):
        for x2, y2 in nodes[i + 1 :]:
            if abs(x - x2) + abs(y - y2) < 420:
                draw.line((x, y, x2, y2), fill=(255, 255, 255, 70), width=3)
    for x, y in nodes:
        r = rng.randint(8, 26)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(255, 255, 255, 150))
    for _ in range(3):
        r = rng.randint(120, 260)
        x, y = rng.randint(0, width), rng.randint(0, height)
        draw.ellipse((x - r, y - r, x + r, y + r), outline=(255, 255, 255, 90), width=6)
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def generated_portrait(name: str, colour: str) -> bytes:
    image = Image.new("RGB", (384, 384), _hex(colour))
    draw = ImageDraw.Draw(image)
    initials = "".join(part[0] for part in name.split()[:2])
    draw.text((192, 192), initials, fill="white", anchor="mm", font_size=150)
    buffer = BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


class Command(BaseCommand):
    help = "Creates demo categories, authors, accounts and 30+ bilingual articles (idempotent)."

    @transaction.atomic
    def handle(self, *args, **options):
        categories = {data["slug"]: self.category(data) for data in CATEGORIES}
        authors = {data["key"]: self.author(data) for data in AUTHORS}
        for account in EXTRA_ACCOUNTS:
            self.account(account["login"], account["password"], account["group"])
        created = 0
        for number, data in enumerate(all_articles()):
            if not Article.objects.filter(title_de=data["de"]["title"]).exists():
                self.article(data, categories[data["category"]], authors[data["author"]], number)
                created += 1
        self.stdout.write(f"{created} new articles, {Article.objects.count()} in all")
        # Other apps bring their own demo content in a `demo` module with a load() function.
        for app_config in apps.get_app_configs():
            if app_config.name != "articles" and module_has_submodule(app_config.module, "demo"):
                self.stdout.write(import_module(f"{app_config.name}.demo").load())
        self.stdout.write(self.style.SUCCESS("Demo content ready."))

    def account(self, login: str, password: str | None, group: str):
        user, created = get_user_model().objects.get_or_create(
            username=login, defaults={"is_staff": password is not None, "email": f"{login}@kinews.example"}
        )
        if created:
            if password:
                user.set_password(password)  # demo only; printed by `make run`
            else:
                user.set_unusable_password()
            user.save()
            user.groups.add(Group.objects.get(name=group))
        return user

    def category(self, data: dict) -> Category:
        category = Category.objects.filter(slug_de=data["slug"]).first()
        if category is None:
            category = Category.objects.create(
                slug_de=data["slug"],
                slug_en=data["slug_en"],
                order=data["order"],
                **{key: data[key] for key in ("name_de", "name_en", "description_de", "description_en")},
            )
        return category

    def author(self, data: dict) -> Author:
        author = Author.objects.filter(slug=data["slug"]).first()
        if author is None:
            user = self.account(data["login"], data["password"], data["group"])
            author = Author(user=user, name=data["name"], slug=data["slug"], website=data["website"])
            for key in ("role_de", "role_en", "bio_de", "bio_en"):
                setattr(author, key, data[key])
            portrait = ContentFile(generated_portrait(data["name"], data["colour"]), name="portrait.png")
            author.photo.save(f"{data['slug']}.png", portrait)
        return author

    def article(self, data: dict, category: Category, author: Author, number: int) -> Article:
        de, en = data["de"], data["en"]
        article = Article(
            category=category,
            author=author,
            status=Article.Status.PUBLISHED,
            published_at=timezone.now() - timedelta(days=data["days_ago"], hours=number % 9, minutes=number * 7),
            image_credit="kinews / generierte Illustration",
        )
        for code, texts in (("de", de), ("en", en)):
            for field in ("title", "teaser", "key_facts_heading", "body", "image_alt", "image_caption"):
                setattr(article, f"{field}_{code}", texts[field])
        article.save()  # for its slug; the image is saved with the rest below
        cover = generated_cover(article.slug_de, data["palette"])
        # A named file: Django reads the stored width and height from it (a nameless one leaves them empty).
        article.image.save(f"{article.slug_de[:60]}.jpg", ContentFile(cover, name="cover.jpg"), save=False)
        article.save()
        article.tags.set(data["hashtags"])
        for position, ((label_de, text_de), (label_en, text_en)) in enumerate(
            zip(de["key_facts"], en["key_facts"], strict=True)
        ):
            KeyFact.objects.create(
                article=article, position=position, label_de=label_de, text_de=text_de,
                label_en=label_en, text_en=text_en,
            )
        for position, source in enumerate(data["sources"]):
            Source.objects.create(
                article=article, position=position, title_de=source["title_de"], title_en=source["title_en"],
                url=source["url"], publisher=source.get("publisher", ""),
                published_on=date.fromisoformat(source["date"]) if source.get("date") else None,
            )
        services.after_save(article, before=None)  # search document, renditions, related posts, caches
        return article
