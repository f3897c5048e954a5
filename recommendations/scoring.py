"""Related posts ("Ähnliche Beiträge"): how they are scored, and how a page reads them.

Scoring is a set of pure functions over small value objects (`Doc`), shared by the one-article update
(recommendations/index.py, in a background task) and the full rebuild (recommendations/rebuild.py). Pages only
read the stored result through `recommendations.selectors.related_articles()`.

A candidate's score is a weighted sum of four parts, each between 0 and 1 (weights in `WEIGHTS`):

- hashtags: shared hashtags, each counting by how rare it is (IDF, log(articles / articles with the hashtag)),
  saturating: 1 - exp(-sum / hashtag_saturation). One rare shared hashtag says more than three common ones.
- category: 1 when both are in the same category.
- text: cosine similarity of TF-IDF vectors (counting fully from `text_saturation`) made of title (x3),
  teaser (x2), key facts (x2) and body (x1), lightly stemmed, with German and English stop words removed.
  Each article keeps only its `TERMS_PER_ARTICLE` strongest terms (normalised to length 1), so the cosine is a
  dot product over shared terms.
- recency: 0.5 ** (age in days / half life): a gentle preference for recent articles.
"""

import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from html import unescape

from django.utils.translation import gettext, ngettext

from articles.stopwords import STOP_WORDS


@dataclass(frozen=True)
class Weights:
    # Text carries most: hashtags and categories are sparse and sometimes sloppy (bench/README.md, "quality").
    hashtags: float = 0.30
    category: float = 0.10
    text: float = 0.55
    recency: float = 0.05
    # Cosine at which the text part counts fully: related articles rarely share more than half their vocabulary.
    text_saturation: float = 0.5
    # Sum of shared-hashtag IDF at which the hashtag part reaches 1 - 1/e (63 %).
    hashtag_saturation: float = 4.0
    recency_half_life_days: float = 365.0
    # A computed entry needs at least this score: more than category and recency alone (0.15), i.e. some shared
    # text or a hashtag that is not on every article. Below it, the latest articles of the category fill the list.
    min_score: float = 0.20


WEIGHTS = Weights()
MAX_RELATED = 6  # stored and shown per article and language
MIN_RELATED = 4  # fewer good matches are topped up with the latest articles of the category
TERMS_PER_ARTICLE = 30  # the strongest TF-IDF terms kept per article and language
FIELD_WEIGHTS = {"title": 3, "teaser": 2, "key_facts": 2, "body": 1}
MAX_TERM_LENGTH = 40  # ArticleTerm.term.max_length

_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"\w(?:[\w+-]*\w)?")


_SUFFIXES = ("en", "er", "es", "e", "s", "n")


def stem(word: str) -> str:
    """A light stemmer for German and English plurals and endings: Modelle, Modellen, models -> modell, model."""
    for _round in range(2):  # speichern -> speicher -> speich, like speicher -> speich
        for suffix in _SUFFIXES:
            if len(word) > 5 and word.endswith(suffix):
                word = word[: -len(suffix)]
                break
    return word


@lru_cache(maxsize=200_000)
def _term(word: str) -> str | None:
    if len(word) < 2 or word in STOP_WORDS or word.isdigit():
        return None
    return stem(word)[:MAX_TERM_LENGTH]


def tokens(text: str) -> list[str]:
    """Stemmed, lower-cased words of a plain or HTML text without stop words, numbers and one-letter words."""
    terms = map(_term, _WORD.findall(unescape(_TAG.sub(" ", text or "")).lower()))
    return [term for term in terms if term]


def term_counts(*, title: str, teaser: str, key_facts: Iterable[str], body: str) -> Counter:
    """Weighted term counts of one article in one language (title counts three times, body once)."""
    counts: Counter = Counter()
    parts = {"title": title, "teaser": teaser, "key_facts": " ".join(key_facts), "body": body}
    for name, text in parts.items():
        weight = FIELD_WEIGHTS[name]
        for word in tokens(text):
            counts[word] += weight
    return counts


def idf(documents: int, containing: int) -> float:
    """Smoothed inverse document frequency (as in scikit-learn): never zero, higher for rarer terms."""
    return math.log((1 + documents) / (1 + containing)) + 1


def tfidf_vector(counts: Mapping[str, int], document_frequency: Mapping[str, int], documents: int) -> dict:
    """The article's `TERMS_PER_ARTICLE` strongest terms, weighted (1 + log tf) * idf, normalised to length 1."""
    weighted = {
        term: (1 + math.log(count)) * idf(documents, document_frequency.get(term, 0))
        for term, count in counts.items()
    }
    strongest = sorted(weighted.items(), key=lambda item: (-item[1], item[0]))[:TERMS_PER_ARTICLE]
    norm = math.sqrt(sum(weight * weight for _term, weight in strongest)) or 1.0
    return {term: weight / norm for term, weight in strongest}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Dot product of two normalised sparse vectors."""
    return sum(a[term] * b[term] for term in a.keys() & b.keys())


def hashtag_idf(documents: int, tagged: int) -> float:
    """How rare a hashtag is: 0 for one on every article, about 7 for one on 1 of 1,000."""
    return max(0.0, math.log(max(documents, 1) / max(tagged, 1)))


@dataclass
class Doc:
    """What scoring needs to know about one article in one language."""

    pk: int
    category_id: int
    published_at: datetime
    tags: frozenset = frozenset()  # tag ids
    vector: dict = field(default_factory=dict)  # term -> weight (may be only the terms shared with the source)


@dataclass
class Scored:
    pk: int
    score: float
    reasons: dict


def _parts(source: Doc, candidate: Doc, tag_rarity: Mapping[int, float], now: datetime, weights: Weights):
    shared_tags = source.tags & candidate.tags
    tag_part = 1 - math.exp(-sum(tag_rarity.get(tag, 0.0) for tag in shared_tags) / weights.hashtag_saturation)
    same_category = source.category_id == candidate.category_id
    text = cosine(source.vector, candidate.vector)
    age_days = max(0.0, (now - candidate.published_at).total_seconds() / 86400)
    recency = 0.5 ** (age_days / weights.recency_half_life_days)
    total = (
        weights.hashtags * tag_part
        + weights.category * same_category
        + weights.text * min(1.0, text / weights.text_saturation)
        + weights.recency * recency
    )
    return total, shared_tags, same_category, text, recency


def score(
    source: Doc, candidate: Doc, *, tag_rarity: Mapping[int, float], now: datetime, weights: Weights = WEIGHTS
) -> Scored:
    """Score one candidate for `source`; `reasons` keeps each part so editors can see why it was picked."""
    total, shared_tags, same_category, text, recency = _parts(source, candidate, tag_rarity, now, weights)
    reasons = {
        "hashtags": sorted(shared_tags),
        "category": same_category,
        "text": round(text, 3),
        "recency": round(recency, 3),
    }
    return Scored(candidate.pk, round(total, 4), reasons)


def rank(
    source: Doc,
    candidates: Iterable[Doc],
    *,
    tag_rarity: Mapping[int, float],
    now: datetime,
    excluded: Iterable[int] = (),
    limit: int = MAX_RELATED,
    weights: Weights = WEIGHTS,
) -> list[Scored]:
    """The best-scoring candidates above `min_score`, best first; never the source or an excluded article."""
    skip = set(excluded) | {source.pk}
    totals = [
        (round(_parts(source, candidate, tag_rarity, now, weights)[0], 4), candidate.published_at, candidate.pk,
         candidate)
        for candidate in candidates
        if candidate.pk not in skip
    ]
    best = heapq.nlargest(limit, (t for t in totals if t[0] >= weights.min_score), key=lambda t: t[:3])
    # Reasons only for the few that are kept: scoring runs for every candidate of every article in a rebuild.
    return [score(source, candidate, tag_rarity=tag_rarity, now=now, weights=weights) for *_key, candidate in best]


def describe(reasons: Mapping, tag_names: Mapping[int, str] | None = None) -> str:
    """Reasons in words, e.g. "3 shared hashtags (#LLM, #RAG, #OpenAI), same category, text 0.42"."""
    if reasons.get("pinned"):
        return gettext("pinned by the editors")
    if reasons.get("fallback"):
        return gettext("latest in the category (no closer match)")
    parts = []
    tags = reasons.get("hashtags") or []
    if tags:
        names = ", ".join(f"#{(tag_names or {}).get(tag, tag)}" for tag in tags)
        count = len(tags)
        parts.append(ngettext("%(count)d shared hashtag", "%(count)d shared hashtags", count) % {"count": count})
        parts[-1] += f" ({names})"
    if reasons.get("category"):
        parts.append(gettext("same category"))
    parts.append(gettext("text %(similarity).2f") % {"similarity": reasons.get("text", 0)})
    return ", ".join(parts)
