"""From one article to its related list: the one candidate-and-scoring pipeline.

The one-article update (recommendations/index.py, in a background task) and the full rebuild
(recommendations/rebuild.py) both call `related_list()`; they differ only in where candidates come from – the
stored index in the database, or an index the rebuild holds in memory – which each gives as a `Candidates`.

1. Candidates: the articles sharing the source's strongest terms that are not too common (text), the newest
   articles with one of its rarer hashtags, and the newest of its category.
2. Scoring: `scoring.rank()` over those (only live articles; never the source, an excluded or a pinned one).
3. The list: editors' pins first, then the best matches, topped up to MIN_RELATED with the newest of the category.
"""

from collections.abc import Iterable
from datetime import datetime
from typing import Protocol

from recommendations.scoring import MAX_RELATED, MIN_RELATED, Doc, Scored, rank

DOCUMENTS = ""  # the TermStat row with an empty term counts the indexed articles of its language
CANDIDATE_TERMS = 20  # strongest terms of the source used to find candidates
MAX_CANDIDATE_DF_SHARE = 0.2  # terms in more articles than this share find too many candidates to be useful
RARE_HASHTAG = 1.0  # hashtag IDF from which it finds candidates: on fewer than ~37 % of articles
TEXT_CANDIDATES = 100
TAG_CANDIDATES = 50
CATEGORY_CANDIDATES = 20


class Candidates(Protocol):
    """Where candidates come from. Every method leaves out the source itself."""

    def by_text(self, source: Doc, terms: list[tuple[str, float]], limit: int) -> Iterable[int]:
        """Articles with the highest dot product over `terms` (term, weight)."""

    def by_hashtags(self, source: Doc, tags: list[int], limit: int) -> Iterable[int]:
        """The newest articles carrying one of `tags`."""

    def newest_in_category(self, source: Doc, limit: int) -> list[int]:
        """Live articles of the source's category, newest first."""

    def docs(self, source: Doc, pks: set[int]) -> Iterable[Doc]:
        """What scoring needs of those of `pks` that are live (their vectors may hold only the source's terms)."""


def query_terms(source: Doc, frequencies: dict[str, int]) -> list[tuple[str, float]]:
    """The source's strongest terms that are not in too many articles to tell anything."""
    limit = max(50, frequencies.get(DOCUMENTS, 0) * MAX_CANDIDATE_DF_SHARE)
    strongest = sorted(source.vector.items(), key=lambda item: (-item[1], item[0]))
    return [(term, weight) for term, weight in strongest if frequencies.get(term, 0) <= limit][:CANDIDATE_TERMS]


def related_list(
    source: Doc,
    candidates: Candidates,
    *,
    frequencies: dict[str, int],
    rarity: dict[int, float],
    excluded: set[int],
    pins: list[int],
    now: datetime,
) -> list[Scored]:
    """The ranked related list of `source`. `pins` are the editors' pinned articles that may be shown (live or
    scheduled), in their order; `excluded` the ones editors never want in this list."""
    terms = query_terms(source, frequencies)
    ids = set(candidates.by_text(source, terms, TEXT_CANDIDATES)) if terms else set()
    rare = [tag for tag in source.tags if rarity.get(tag, 0.0) >= RARE_HASHTAG]
    if rare:
        ids.update(candidates.by_hashtags(source, rare, TAG_CANDIDATES))
    newest = candidates.newest_in_category(source, CATEGORY_CANDIDATES)
    ids.update(newest)
    ids.discard(source.pk)

    pins = pins[:MAX_RELATED]
    chosen = [Scored(pk, 0.0, {"pinned": True}) for pk in pins]
    chosen += rank(source, candidates.docs(source, ids), tag_rarity=rarity, now=now,
                   excluded=excluded | set(pins), limit=MAX_RELATED - len(pins))
    taken = {entry.pk for entry in chosen} | excluded
    for pk in newest:
        if len(chosen) >= MIN_RELATED:
            break
        if pk not in taken:
            chosen.append(Scored(pk, 0.0, {"fallback": True}))
    return chosen
