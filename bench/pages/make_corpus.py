"""Fill a database with N published bilingual articles for bench/pages (fast bulk inserts).

Usage: DATABASE_URL=postgres://... python bench/pages/make_corpus.py 10000
Every article gets 3 key facts, 2 sources, 3 hashtags and the same featured image with renditions.
"""

import os
import random
import sys
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kinews.settings")

import django  # noqa: E402

django.setup()

from django.core.files.base import ContentFile  # noqa: E402
from django.core.files.storage import default_storage  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.utils import timezone  # noqa: E402
from taggit.models import Tag, TaggedItem  # noqa: E402

from articles.management.commands.load_demo import generated_cover  # noqa: E402
from articles.models import Article, Author, Category, KeyFact, Source  # noqa: E402
from kinews.images import ARTICLE_WIDTHS, make_renditions  # noqa: E402

WORDS = ("modell daten training netz agent chip strom forschung labor roboter sprache bild recht markt "
         "schule klinik wetter energie sicherheit team kunde prozess werkzeug studie analyse").split()


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def main(count: int) -> None:
    rng = random.Random(42)
    call_command("migrate", verbosity=0)
    # Categories, authors, accounts, 33 real articles; a bench database, so the production guard is lifted.
    call_command("load_demo", "--i-know-this-is-production", verbosity=0)
    categories, authors = list(Category.objects.all()), list(Author.objects.all())
    image = default_storage.save("bench/cover.jpg", ContentFile(generated_cover("bench", ("#14213d", "#2ec4b6"))))
    renditions = make_renditions(image, ARTICLE_WIDTHS)
    tags = [Tag.objects.get_or_create(name=f"Thema{n}", defaults={"slug": f"thema{n}"})[0] for n in range(200)]
    now = timezone.now()
    start = Article.objects.count()
    batch = []
    for n in range(count):
        body = "".join(f"<h2>{sentence(rng, 4)}</h2><p>{sentence(rng, 60)}</p>" for _ in range(4))
        batch.append(Article(
            title_de=f"Bench-Artikel {n}: {sentence(rng, 6)}", title_en=f"Bench article {n}: {sentence(rng, 6)}",
            slug_de=f"bench-artikel-{n}", slug_en=f"bench-article-{n}",
            teaser_de=sentence(rng, 25), teaser_en=sentence(rng, 25), body_de=body, body_en=body,
            image=image, image_width=1440, image_height=810, image_renditions=renditions,
            image_alt_de="Abstrakte Grafik", image_alt_en="Abstract graphic",
            category=rng.choice(categories), author=rng.choice(authors), status=Article.Status.PUBLISHED,
            published_at=now - timedelta(minutes=10 + n * 7), reading_time=2,
        ))
        if len(batch) == 1000 or n == count - 1:
            created = Article.objects.bulk_create(batch)
            KeyFact.objects.bulk_create(
                KeyFact(article=a, position=i, label_de=f"Punkt {i}", text_de=sentence(rng, 12),
                        label_en=f"Point {i}", text_en=sentence(rng, 12)) for a in created for i in range(3)
            )
            Source.objects.bulk_create(
                Source(article=a, position=i, title_de=sentence(rng, 5), title_en=sentence(rng, 5),
                       url=f"https://example.org/{a.pk}/{i}", publisher="Example") for a in created for i in range(2)
            )
            TaggedItem.objects.bulk_create(
                TaggedItem(content_object=a, tag=tag) for a in created for tag in rng.sample(tags, 3)
            )
            batch = []
            print(f"{Article.objects.count() - start} articles", flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
