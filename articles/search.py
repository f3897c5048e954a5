"""Searching published articles, the way German readers type.

The rules (articles.search_text) hold on both databases: umlauts and their transcriptions are one ("kuenstliche"
finds "künstliche"), every word or "quoted phrase" must match, a leading - excludes, the last word may be the
beginning of a longer word, words are stemmed ("Sprachmodell" finds "Sprachmodelle") and in German a word also
finds the compounds ending with it ("Roboter" finds "Industrieroboter"). Hits in the title rank above hits in the
teaser, key facts and hashtags, which rank above hits in the body. A renamed, merged or deleted hashtag updates the
documents of its articles (articles.signals, articles.hashtags).

PostgreSQL: a stored tsvector per language (German and English text-search configurations) over the folded
texts, weighted title (A) > teaser, key facts and hashtags (B) > body (C), GIN-indexed; German documents also carry the
reversed stems of their long words, so that a compound's tail is a prefix query ("~tobor":* for "Roboter" finds
"industrierobot"). SQL functions of migration 0010: kinews_search_fold, kinews_with_compound_tails,
kinews_german_word_query.
SQLite (development): the same clauses over the stems of title, teaser with key facts and hashtags, and body,
computed by functions this module registers on every SQLite connection; scored 3/2/1 by the best field of each
clause.
"""

import html
import re
from functools import lru_cache, reduce
from operator import and_, or_
from urllib.parse import urlencode

from django.apps import apps as django_apps
from django.conf import settings
from django.contrib.postgres.search import (
    SearchQuery,
    SearchQueryCombinable,
    SearchQueryField,
    SearchRank,
    SearchVector,
    SearchVectorField,
)
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import (
    BooleanField,
    Case,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    StringAgg,
    Subquery,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Concat, NullIf
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from articles.search_text import (
    COMPOUND_MIN_LENGTH,
    WORD,
    Clause,
    ParsedQuery,
    fold,
    is_stop_word,
    parse_query,
    search_form,
    stem,
    words,
)

SEARCH_CONFIGS = {"de": "german", "en": "english"}
# Rank weights for D, C, B, A (body C, teaser and key facts B, title A): a title hit outweighs five teaser hits or
# fifty in the body. The rank is ts_rank (which fields the words are in) plus, for more than one word,
# ts_rank_cd (how close together they stand: "EU AI Act" side by side beats the three words scattered).
# Chosen with bench/search/relevance.py.
RANK_WEIGHTS = [0.01, 0.02, 0.2, 1.0]
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_TAG = re.compile(r"<[^>]+>")


def clean_query(raw: str | None) -> str:
    """The query as we search it: control characters (PostgreSQL refuses NUL) removed, spaces collapsed, capped."""
    text = " ".join(_CONTROL.sub(" ", raw or "").split())
    return text[: settings.SEARCH_MAX_QUERY_LENGTH].strip()


def is_postgresql() -> bool:
    return connection.vendor == "postgresql"


def search_language(language: str | None) -> str:
    return language if language in SEARCH_CONFIGS else settings.LANGUAGE_CODE


def _text(field: str, code: str):
    """A translated text column in `code`, falling back to German like the pages do."""
    if code == settings.LANGUAGE_CODE:
        return Coalesce(F(f"{field}_{code}"), Value(""), output_field=TextField())
    return Coalesce(
        NullIf(F(f"{field}_{code}"), Value("")), F(f"{field}_{settings.LANGUAGE_CODE}"), Value(""),
        output_field=TextField(),
    )


# --- PostgreSQL: stored documents ------------------------------------------------------------------------------


def fold_expression(expression):
    """`expression` normalised like search_text.fold (the SQL function of migration 0010)."""
    return Func(expression, function="kinews_search_fold", output_field=TextField())


def _plain(expression):
    """A plain-text column made safe for the text-search parser, which reads "<script>" as a tag and skips on."""
    return Func(expression, Value("<"), Value(" "), function="replace", output_field=TextField())


def _fact_text(code: str):
    return Concat(_text("label", code), Value(" "), _text("text", code), output_field=TextField())


def _key_facts_text(key_fact_model, code: str) -> Subquery:
    """All key facts of the article as one text (a subquery)."""
    return Subquery(
        key_fact_model._default_manager.filter(article=OuterRef("pk"))
        .order_by()
        .values("article")
        .annotate(joined=StringAgg(_plain(_fact_text(code)), Value(" ")))
        .values("joined")
    )


def _article_taggings(tagged_item_model) -> QuerySet:
    """The taggit rows that put hashtags on articles (taggings are generic: any model may have them)."""
    return tagged_item_model._default_manager.filter(content_type__app_label="articles",
                                                     content_type__model="article")


def _hashtags_text(tagged_item_model) -> Subquery:
    """The article's hashtags as one text (a subquery): "Robotik KI". Names are the same in every language."""
    return Subquery(
        _article_taggings(tagged_item_model).filter(object_id=OuterRef("pk"))
        .order_by()
        .values("object_id")
        .annotate(joined=StringAgg(_plain(F("tag__name")), Value(" ")))
        .values("joined")
    )


def search_vector_updates(apps=django_apps) -> dict:
    """update() keyword arguments that recompute both search documents of the updated articles.

    Takes the app registry so that a data migration can pass its historical one.
    """
    key_fact_model = apps.get_model("articles", "KeyFact")
    hashtags = _hashtags_text(apps.get_model("taggit", "TaggedItem"))
    updates = {}
    for code, config in SEARCH_CONFIGS.items():
        key_facts = _key_facts_text(key_fact_model, code)
        document = (
            SearchVector(fold_expression(_plain(_text("title", code))), weight="A", config=config)
            # Teaser, key facts and hashtags: what the article is about, in a few words.
            + SearchVector(fold_expression(_plain(_text("teaser", code))), fold_expression(key_facts),
                           fold_expression(hashtags), weight="B", config=config)
            # The default parser reads HTML tags as their own tokens, which neither configuration indexes.
            + SearchVector(fold_expression(_text("body", code)), weight="C", config=config)
        )
        if code == "de":
            document = Func(document, function="kinews_with_compound_tails", output_field=SearchVectorField())
        updates[f"search_{code}"] = document
    return updates


def update_search_documents(article_ids: list[int]) -> None:
    """Recompute the stored search documents of these articles (one UPDATE; nothing to do off PostgreSQL)."""
    if not is_postgresql() or not article_ids:
        return
    from articles.models import Article

    Article.objects.filter(pk__in=article_ids).update(**search_vector_updates())


# --- PostgreSQL: queries ---------------------------------------------------------------------------------------


class GermanWordQuery(SearchQueryCombinable, Func):
    """One German word, or its compound tail: `'robot':* | '~tobor':*` (migration 0010)."""

    function = "kinews_german_word_query"
    output_field = SearchQueryField()
    config = None  # the function fixes the configuration


class TextSearchMatch(Func):
    template = "%(expressions)s"
    arg_joiner = " @@ "
    output_field = BooleanField()


def _clause_tsquery(clause: Clause, code: str):
    if code == "de" and clause.is_word and not clause.negated and clause.words[0].isalpha():
        return GermanWordQuery(Value(clause.words[0]), Value(clause.prefix))
    # Words are letters and digits only (search_text.WORD), so quoting them needs no escaping.
    text = " <-> ".join(f"'{word}'" for word in clause.words) + (":*" if clause.prefix else "")
    return SearchQuery(text, config=SEARCH_CONFIGS[code], search_type="raw", invert=clause.negated)


def ts_query(parsed: ParsedQuery, code: str):
    return reduce(and_, (_clause_tsquery(clause, code) for clause in parsed.clauses))


def _rank(document, query, parsed: ParsedQuery):
    rank = SearchRank(document, query, weights=RANK_WEIGHTS, normalization=Value(1))
    if len(parsed.positive) == 1 and parsed.positive[0].is_word:
        return rank  # one word has no neighbours: the costlier cover density would add nothing
    return rank + SearchRank(document, query, weights=RANK_WEIGHTS, normalization=Value(1), cover_density=True)


def _postgresql_search(articles: QuerySet, parsed: ParsedQuery, code: str) -> QuerySet:
    query = ts_query(parsed, code)
    document = F(f"search_{code}")
    return (
        articles.filter(TextSearchMatch(document, query))
        .annotate(rank=_rank(document, query, parsed))
        .order_by("-rank", "-published_at", "-pk")
    )


# --- SQLite: the same rules over stems computed in Python -------------------------------------------------------


@lru_cache(maxsize=512)  # one search asks for each field several times (filter, score)
def stems_text(text: str | None, language: str) -> str:
    """The stems of a text (HTML tags dropped) between spaces: " ki agent lern ", for LIKE patterns."""
    plain = html.unescape(_TAG.sub(" ", text or ""))
    return " " + " ".join(stem(word, language) for word in words(plain)) + " "


def register_sqlite_functions(sender, connection, **kwargs) -> None:
    """connection_created receiver: the search functions the SQLite fallback calls."""
    if connection.vendor == "sqlite":
        connection.connection.create_function("kinews_search_fold", 1, fold, deterministic=True)
        connection.connection.create_function("kinews_search_stems", 2, stems_text, deterministic=True)


def _stem_patterns(clause: Clause, code: str) -> list[str]:
    stems = [stem(word, code) for word in clause.words]
    phrase = " " + " ".join(stems)
    patterns = [phrase if clause.prefix else phrase + " "]
    if clause.may_be_compound_tail(code) and not clause.negated:
        patterns.append(stems[0] + " ")  # the end of a word: a compound's tail
    return patterns


def _sqlite_search(articles: QuerySet, parsed: ParsedQuery, code: str) -> QuerySet:
    from taggit.models import TaggedItem

    from articles.models import KeyFact

    texts = {
        "title": _text("title", code),
        "teaser": Concat(_text("teaser", code), Value(" "), Coalesce(_key_facts_text(KeyFact, code), Value("")),
                         Value(" "), Coalesce(_hashtags_text(TaggedItem), Value("")), output_field=TextField()),
        "body": _text("body", code),
    }
    articles = articles.alias(**{
        f"{field}_stems": Func(text, Value(code), function="kinews_search_stems", output_field=TextField())
        for field, text in texts.items()
    })
    fields = tuple(texts)
    score = []
    for clause in parsed.clauses:
        if is_stop_word(clause):
            continue
        patterns = _stem_patterns(clause, code)
        hits = {field: reduce(or_, (Q(**{f"{field}_stems__contains": p}) for p in patterns)) for field in fields}
        anywhere = hits["title"] | hits["teaser"] | hits["body"]
        if clause.negated:
            articles = articles.exclude(anywhere)
            continue
        articles = articles.filter(anywhere)
        score.append(Case(When(hits["title"], then=3), When(hits["teaser"], then=2), default=1,
                          output_field=IntegerField()))
    if not score:  # only stop words or exclusions
        return articles.none()
    positive = [clause for clause in parsed.positive if not is_stop_word(clause)]
    if len(positive) > 1:  # the words side by side, as a phrase, rank above the same words scattered
        together = " " + " ".join(stem(word, code) for clause in positive for word in clause.words)
        score.append(Case(*(When(Q(**{f"{field}_stems__contains": together}), then=3 - rank)
                            for rank, field in enumerate(fields)), default=0, output_field=IntegerField()))
    return articles.annotate(rank=reduce(lambda a, b: a + b, score)).order_by("-rank", "-published_at", "-pk")


class SearchPaginator(Paginator):
    """Counts at most SEARCH_MAX_COUNT results: the count stops there instead of visiting every hit of a common
    word (the page says "more than 1,000"), and nobody pages beyond that anyway."""

    @cached_property
    def count(self) -> int:
        return self.object_list.values("pk").order_by()[: settings.SEARCH_MAX_COUNT + 1].count()

    @property
    def count_is_capped(self) -> bool:
        return self.count > settings.SEARCH_MAX_COUNT


def search_articles(articles: QuerySet, *, query: str, language: str) -> QuerySet:
    """`articles` (already published, filtered) matching `query` in `language`, best match first."""
    code = search_language(language)
    parsed = parse_query(query)
    if not parsed:
        return articles.none()
    if is_postgresql():
        return _postgresql_search(articles, parsed, code)
    return _sqlite_search(articles, parsed, code)


# --- Highlighted snippets (both databases) ---------------------------------------------------------------------


class HitMatcher:
    """Tells whether a word of an article's text is one the query found (same rules as the search)."""

    def __init__(self, parsed: ParsedQuery, code: str):
        self.code = code
        self.targets = []  # (search form, stem, is a prefix, may be a compound tail)
        for clause in parsed.positive:
            tail = clause.may_be_compound_tail(code)
            for index, word in enumerate(clause.words):
                prefix = clause.prefix and index == len(clause.words) - 1
                self.targets.append((word, stem(word, code), prefix, tail))

    def __call__(self, token: str) -> bool:
        form, token_stem = _form_and_stem(token, self.code)
        for word, word_stem, prefix, tail in self.targets:
            if token_stem == word_stem or (prefix and (form.startswith(word) or token_stem.startswith(word_stem))):
                return True
            if tail and len(token_stem) >= COMPOUND_MIN_LENGTH and token_stem.endswith(word_stem):
                return True
        return False


@lru_cache(maxsize=20_000)
def _form_and_stem(token: str, code: str) -> tuple[str, str]:
    form = search_form(token)
    return form, stem(form, code)


def _marked(text: str, is_hit: HitMatcher) -> tuple[SafeString, bool]:
    parts, last, found = [], 0, False
    for match in WORD.finditer(text):
        if is_hit(match.group()):
            parts += [escape(text[last:match.start()]), "<mark>", escape(match.group()), "</mark>"]
            last, found = match.end(), True
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts)), found


def _snippet(article, is_hit: HitMatcher, width: int = 220) -> SafeString:
    """The teaser when it has a hit, else the part of the body around the first hit, hits marked."""
    teaser, found = _marked(article.teaser or "", is_hit)
    if found:
        return teaser
    body = " ".join(html.unescape(_TAG.sub(" ", article.body or "")).split())
    first = next((match for match in WORD.finditer(body) if is_hit(match.group())), None)
    if first is None:
        return teaser
    start = max(0, first.start() - width // 3)
    start = body.rfind(" ", 0, start) + 1 if start else 0  # begin at a word
    end = body.find(" ", start + width)
    excerpt, _found = _marked(body[start:] if end == -1 else body[start:end], is_hit)
    return mark_safe(("… " if start else "") + excerpt + ("" if end == -1 else " …"))


def snippets(articles: list, *, query: str, language: str) -> dict[int, SafeString]:
    """Highlighted excerpts for one page of results: {article pk: HTML with <mark>ed hits}."""
    is_hit = HitMatcher(parse_query(query), search_language(language))
    return {article.pk: _snippet(article, is_hit) for article in articles}


def matched_hashtags(articles: list, *, query: str, language: str) -> dict[int, list[tuple[str, SafeString]]]:
    """The hashtags the query found, for one page of results: {article pk: [(slug, name with hits marked)]}, in
    one query. They tell the reader why an article is among the results when its text lacks the words."""
    from taggit.models import TaggedItem

    if not articles:
        return {}
    is_hit = HitMatcher(parse_query(query), search_language(language))
    rows = (_article_taggings(TaggedItem).filter(object_id__in=[article.pk for article in articles])
            .order_by("tag__name").values_list("object_id", "tag__name", "tag__slug"))
    found: dict[int, list[tuple[str, SafeString]]] = {}
    for pk, name, slug in rows:
        marked, hit = _marked(name, is_hit)
        if hit:
            found.setdefault(pk, []).append((slug, marked))
    return found


def search_alternates(alternates: list[tuple[str, str | None]], *, query: str, category=None, tag=None
                      ) -> list[tuple[str, str | None]]:
    """The search page's language alternates with the same search, so that switching the language keeps it."""
    result = []
    for code, path in alternates:
        params = {"q": query} if query else {}
        if category is not None:
            params["category"] = getattr(category, f"slug_{code}", None) or category.slug
        if tag is not None:
            params["hashtag"] = tag.slug
        result.append((code, f"{path}?{urlencode(params)}" if path and params else path))
    return result
