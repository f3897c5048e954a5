"""Per-language status of an article: is the translation complete, and is it out of date?

German is the source language. A translation is *complete* when its title, teaser and body exist
(`articles.querysets.complete_in`, `Article.is_complete_in`), and *stale* when the German texts changed after
it was last edited.
The admin records when each language's texts changed (`record_language_changes`); save() does not, because
only the admin knows which fields a person actually edited.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from articles.models import Article
from articles.querysets import ArticleQuerySet, complete_in

SOURCE_LANGUAGE = settings.LANGUAGE_CODE
TRANSLATIONS = [code for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE]

MISSING, STALE, CURRENT = "missing", "stale", "current"
STATUS_LABELS = {MISSING: _("missing"), STALE: _("out of date"), CURRENT: _("up to date")}


@dataclass(frozen=True)
class LanguageStatus:
    code: str
    complete: bool
    stale: bool
    updated_at: datetime | None

    @property
    def state(self) -> str:
        return MISSING if not self.complete else STALE if self.stale else CURRENT

    @property
    def label(self) -> str:
        return str(STATUS_LABELS[self.state])


def language_status(article: Article, code: str) -> LanguageStatus:
    updated_at = getattr(article, f"{code}_updated_at")
    source_updated_at = getattr(article, f"{SOURCE_LANGUAGE}_updated_at")
    stale = (
        code != SOURCE_LANGUAGE
        and source_updated_at is not None
        and (updated_at is None or source_updated_at > updated_at)
    )
    return LanguageStatus(code, article.is_complete_in(code), stale, updated_at)


def translation_status(article: Article) -> list[LanguageStatus]:
    return [language_status(article, code) for code, _name in settings.LANGUAGES]


def stale_q(code: str) -> Q:
    source = f"{SOURCE_LANGUAGE}_updated_at"
    target = f"{code}_updated_at"
    return Q(**{f"{source}__isnull": False}) & (
        Q(**{f"{target}__isnull": True}) | Q(**{f"{source}__gt": F(target)})
    )


def with_status(queryset: ArticleQuerySet, code: str, state: str) -> ArticleQuerySet:
    """Narrow `queryset` to the articles whose translation into `code` is in `state` (missing/stale/current)."""
    if state == MISSING:
        return queryset.exclude(complete_in(code))
    if state == STALE:
        return queryset.filter(complete_in(code)).filter(stale_q(code))
    if state == CURRENT:
        return queryset.filter(complete_in(code)).exclude(stale_q(code))
    return queryset


def languages_of(field_names: Iterable[str]) -> set[str]:
    """The languages whose texts these (form) field names belong to: `title_en` -> "en"."""
    codes = {code for code, _name in settings.LANGUAGES}
    return {name.rsplit("_", 1)[1] for name in field_names if "_" in name and name.rsplit("_", 1)[1] in codes}


def record_language_changes(article: Article, codes: Iterable[str], *, at: datetime | None = None) -> None:
    """Note that the texts of these languages changed now (on the row and on `article`), without save()."""
    at = at or timezone.now()
    values = {f"{code}_updated_at": at for code in set(codes)}
    if not values:
        return
    Article.objects.filter(pk=article.pk).update(**values)
    for name, value in values.items():
        setattr(article, name, value)
