"""Search the way German readers type (articles.search): folded umlauts and transcriptions, German compound
tails, and pg_trgm for "Meintest Du …?". PostgreSQL only; SQLite gets the same rules as Python functions.

Creates the SQL functions the search documents and queries use, recomputes every stored document with them,
and indexes the folded titles for trigram look-ups.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

from articles.search import search_vector_updates
from articles.search_text import COMPOUND_MIN_LENGTH, TAIL_MIN_LENGTH, fold_function_sql

# A German document also keeps the reversed stems of its long words ("~toboreirtsudni" for "Industrieroboter"),
# with the weight of their first occurrence, so that a word finds the compounds ending with it.
WITH_COMPOUND_TAILS = f"""
CREATE OR REPLACE FUNCTION kinews_with_compound_tails(document tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT document || coalesce(string_agg(format('%s:1%s', '~' || reverse(lexeme), weights[1]), ' '), '')::tsvector
  FROM unnest(document) AS entry(lexeme, positions, weights)
  WHERE length(lexeme) >= {COMPOUND_MIN_LENGTH} AND lexeme ~ '^[[:alpha:]]+$'
$$
"""

# One German query word: its stem (a prefix while it is being typed) or a compound ending with it.
GERMAN_WORD_QUERY = f"""
CREATE OR REPLACE FUNCTION kinews_german_word_query(word text, prefix boolean) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN array_length(stems, 1) = 1 AND length(stems[1]) >= {TAIL_MIN_LENGTH}
                   AND stems[1] ~ '^[[:alpha:]]+$'
              THEN main || format('''~%s'':*', reverse(stems[1]))::tsquery
              ELSE main END
  FROM (SELECT to_tsquery('german', format('''%s''', letters) || CASE WHEN prefix THEN ':*' ELSE '' END) AS main,
               tsvector_to_array(to_tsvector('german', letters)) AS stems
        FROM (SELECT regexp_replace(word, '[^[:alnum:]]+', '', 'g') AS letters) AS cleaned) AS parts
$$
"""

FUNCTIONS = ("kinews_search_fold(text)", "kinews_with_compound_tails(tsvector)",
             "kinews_german_word_query(text, boolean)")
TITLE_TRIGRAM_INDEXES = {"article_title_de_trgm": "title_de", "article_title_en_trgm": "title_en"}


def create_functions_and_documents(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in (fold_function_sql(), WITH_COMPOUND_TAILS, GERMAN_WORD_QUERY):
        schema_editor.execute(statement, params=None)  # None: the "%s" in them are not placeholders
    Article = apps.get_model("articles", "Article")
    Article.objects.update(**search_vector_updates(apps))
    for name, column in TITLE_TRIGRAM_INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON articles_article "
            f"USING gin (kinews_search_fold({column}) gin_trgm_ops)", params=None,
        )


def drop_functions(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in TITLE_TRIGRAM_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
    for signature in FUNCTIONS:
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {signature}")


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0009_authors_cannot_change_hashtags"),
    ]

    operations = [
        TrigramExtension(),
        migrations.RunPython(create_functions_and_documents, drop_functions),
    ]
