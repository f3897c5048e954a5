""""Meintest Du …?": a corrected query for a search that found (almost) nothing.

Each word of the query is compared with the words of readable titles and of the hashtags in use. PostgreSQL
finds the candidates with pg_trgm (`%>` word similarity on the folded titles, GIN-indexed by migration 0010);
SQLite, the development fallback, compares with difflib against every title word. Either way the closest
candidate (difflib ratio) replaces a word the titles and hashtags do not contain, and the corrected query is
offered only when it finds more than the original.
"""

import difflib
from functools import reduce
from operator import or_

from django.contrib.postgres.search import TrigramWordSimilarity
from django.db.models import F, Q, QuerySet
from django.db.models.functions import Greatest
from taggit.models import Tag

from articles.models import Article
from articles.search import fold_expression, is_postgresql, search_articles, search_language
from articles.search_text import WORD, search_form

SUGGEST_BELOW = 3  # a search with this many results or more gets no suggestion
MAX_WORDS = 4
MIN_WORD_LENGTH = 3  # shorter words are mostly abbreviations ("KI", "EU"): nothing to correct
MIN_RATIO = 0.75
CANDIDATE_TITLES = 30


def suggest(articles: QuerySet, *, query: str, language: str, found: int) -> str | None:
    """A better query than `query` for `articles` (the filtered, readable articles searched), or None."""
    if found >= SUGGEST_BELOW:
        return None
    code = search_language(language)
    tokens = [match for match in WORD.finditer(query) if len(match.group()) >= MIN_WORD_LENGTH][:MAX_WORDS]
    if not tokens:
        return None
    candidates = _candidate_words([search_form(match.group()) for match in tokens], code)
    corrected = query
    for match in reversed(tokens):  # from the end, so that earlier positions stay valid
        replacement = _closest(match.group(), candidates)
        if replacement:
            corrected = corrected[: match.start()] + replacement + corrected[match.end():]
    if search_form(corrected) == search_form(query):
        return None
    if search_articles(articles, query=corrected, language=code).count() <= found:
        return None
    return corrected


def _closest(word: str, candidates: dict[str, str]) -> str | None:
    """The candidate closest to `word`; None when `word` is itself one of them or nothing is close."""
    form = search_form(word)
    if form in candidates:
        return None
    close = difflib.get_close_matches(form, candidates, n=1, cutoff=MIN_RATIO)
    return candidates[close[0]] if close else None


def _candidate_words(forms: list[str], code: str) -> dict[str, str]:
    """{search form: word as written} of title and hashtag words that may be meant by `forms`."""
    titles_and_tags = _similar_texts(forms, code) if is_postgresql() else _all_texts(code)
    candidates = {}
    for text in titles_and_tags:
        for word in WORD.findall(text):
            candidates.setdefault(search_form(word), word)
    return candidates


def _tags_in_use(code: str) -> QuerySet:
    readable = Article.objects.readable(code).values("pk")
    return Tag.objects.filter(taggit_taggeditem_items__object_id__in=readable).distinct()


def _similar_texts(forms: list[str], code: str) -> list[str]:
    """Titles and hashtag names with a word similar to one of `forms` (pg_trgm word similarity, indexed)."""
    similar = reduce(or_, (Q(folded__trigram_word_similar=form) for form in forms))
    similarities = [TrigramWordSimilarity(form, "folded") for form in forms]
    closest = Greatest(*similarities) if len(similarities) > 1 else similarities[0]
    titles = (
        Article.objects.readable(code).alias(folded=fold_expression(F(f"title_{code}"))).filter(similar)
        .alias(similarity=closest).order_by("-similarity", "-published_at")
        .values_list(f"title_{code}", flat=True)[:CANDIDATE_TITLES]
    )
    tags = (
        _tags_in_use(code).alias(folded=fold_expression(F("name"))).filter(similar).values_list("name", flat=True)
    )
    return [*titles, *tags]


def _all_texts(code: str) -> list[str]:
    titles = Article.objects.readable(code).values_list(f"title_{code}", flat=True)
    return [*titles, *_tags_in_use(code).values_list("name", flat=True)]
