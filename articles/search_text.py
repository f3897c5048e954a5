"""The rules of search text, the same on every database: normalisation, words, stems and the parsed query.

Normalisation (`fold`): "künstliche" and "kuenstliche" are one word, and so are "Straße" and "Strasse",
"Café" and "Cafe". Python applies it to queries, to the SQLite fallback (as an SQL function registered on every
connection) and to the highlighting; PostgreSQL gets the same rules as the SQL function `kinews_search_fold`
(`fold_function_sql`, created by migration 0010) and applies it inside the stored search documents.
Changing the rules needs a migration that re-creates that function and recomputes the documents.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

from articles.stopwords import STOP_WORDS

# German letters and the way people type them without a German keyboard. Both sides become the transcription.
TRANSCRIPTIONS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"}
# After the transcriptions, other accents go: é -> e, ñ -> n (the marks NFKD splits off).
COMBINING_MARKS = "\u0300-\u036f"
_COMBINING_MARKS_SQL = r"\u0300-\u036f"  # the same range in PostgreSQL's regular expressions

_TRANSCRIBE = str.maketrans(TRANSCRIPTIONS)
_MARKS = re.compile(f"[{COMBINING_MARKS}]")
# A word: letters and digits. Hyphens, apostrophes and underscores separate words, as in PostgreSQL's parser
# ("KI-Agenten" is "KI" followed by "Agenten").
WORD = re.compile(r"[^\W_]+")
# Quotes readers type around phrases: "…", „…“, “…”, «…», »…«.
_QUOTES = "\"„“”«»"
_QUERY_PART = re.compile(rf"(-?)[{_QUOTES}]([^{_QUOTES}]*)[{_QUOTES}]?|(-?)([^\s{_QUOTES}]+)")

MAX_CLAUSES = 10
# The last word counts as the beginning of a longer word once it has this many letters: "Sprachmod" finds
# "Sprachmodelle", but "KI" stays "KI" (not "Kino").
PREFIX_MIN_LENGTH = 4
# Compound tails (German): a word of at least this many letters also finds compounds ending with it
# ("Roboter" finds "Industrieroboter"). The documents keep tails of words of COMPOUND_MIN_LENGTH letters.
TAIL_MIN_LENGTH = 4
COMPOUND_MIN_LENGTH = 7

STEMMER_LANGUAGES = {"de": "german", "en": "english"}


def fold(text: str) -> str:
    """`text` with umlauts and ß transcribed and other accents removed; case is kept."""
    text = unicodedata.normalize("NFC", text).translate(_TRANSCRIBE)
    return _MARKS.sub("", unicodedata.normalize("NFKD", text))


def fold_function_sql() -> str:
    """`fold` as a PostgreSQL function: NFC, the transcriptions, NFKD, combining marks removed."""
    expression = "normalize(value, NFC)"
    for letter, transcription in TRANSCRIPTIONS.items():
        expression = f"replace({expression}, '{letter}', '{transcription}')"
    return (
        "CREATE OR REPLACE FUNCTION kinews_search_fold(value text) RETURNS text "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE "
        f"RETURN regexp_replace(normalize({expression}, NFKD), '[{_COMBINING_MARKS_SQL}]', '', 'g')"
    )


def search_form(word: str) -> str:
    """How a single word is compared: folded and case-folded."""
    return fold(word).casefold()


def words(text: str) -> list[str]:
    return [search_form(word) for word in WORD.findall(fold(text))]


@lru_cache(maxsize=4)
def _stemmer(language: str):
    return Stemmer.Stemmer(STEMMER_LANGUAGES.get(language, "german"))


def stem(word: str, language: str) -> str:
    """The Snowball stem of a word in its search form (the algorithms PostgreSQL's dictionaries use)."""
    return _stemmer(language).stemWord(word)


@dataclass(frozen=True)
class Clause:
    """One condition of a query: a word, or a phrase of adjacent words (quoted, or joined by hyphens)."""

    words: tuple[str, ...]  # search forms
    prefix: bool = False  # the last word may still be being typed
    negated: bool = False  # "-Wort": articles with it are left out
    quoted: bool = False

    @property
    def is_word(self) -> bool:
        return len(self.words) == 1 and not self.quoted

    def may_be_compound_tail(self, language: str) -> bool:
        word = self.words[0]
        return self.is_word and language == "de" and word.isalpha() and len(stem(word, language)) >= TAIL_MIN_LENGTH


@dataclass(frozen=True)
class ParsedQuery:
    clauses: tuple[Clause, ...]

    @property
    def positive(self) -> tuple[Clause, ...]:
        return tuple(clause for clause in self.clauses if not clause.negated)

    def __bool__(self) -> bool:
        return bool(self.positive)


def parse_query(text: str) -> ParsedQuery:
    """Clauses of a query: every clause must match. "…" makes a phrase, a leading - excludes a word or phrase,
    and the last word counts as a prefix when it is long enough and not quoted."""
    clauses = []
    for match in _QUERY_PART.finditer(text):
        quoted_minus, quoted, minus, bare = match.groups()
        parts = words(quoted if quoted is not None else bare)
        if parts:
            clauses.append(Clause(tuple(parts), negated=bool(quoted_minus or minus), quoted=quoted is not None))
    clauses = clauses[:MAX_CLAUSES]
    last = clauses[-1] if clauses else None
    if last and not last.quoted and not last.negated and len(last.words[-1]) >= PREFIX_MIN_LENGTH:
        clauses[-1] = Clause(last.words, prefix=True)
    return ParsedQuery(tuple(clauses))


def is_stop_word(clause: Clause) -> bool:
    """A single unquoted stop word ("der", "the"): PostgreSQL's dictionaries drop these, so the fallback does too."""
    return clause.is_word and clause.words[0] in _FOLDED_STOP_WORDS


_FOLDED_STOP_WORDS = frozenset(search_form(word) for word in STOP_WORDS)
