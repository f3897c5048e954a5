"""Revisions of articles (django-reversion): what is stored, and how two revisions differ.

An article's revision holds the article row (both languages), its key facts and sources (followed), and its
hashtag names (`RevisionHashtags`, stored as revision meta because taggit's generic relation cannot be followed).
The admin (articles/admin.py) creates one revision per save; restoring a revision saves it again as a new one.
"""

import difflib
import re
from dataclasses import dataclass
from datetime import datetime
from html import unescape

import reversion
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.html import escape, format_html, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from reversion.models import Revision, Version

from articles.models import Article, KeyFact, RevisionHashtags, Source
from articles.scheduling import berlin_time

# Every field is versioned: django-reversion saves a reverted row whole, so an excluded field would be emptied.
# Bookkeeping that a restore must not turn back (per-language edit times) is put right by the admin afterwards.
reversion.register(KeyFact)
reversion.register(Source)
reversion.register(Article, follow=("key_facts", "sources"))

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
BLOCK_END = re.compile(r"(</(?:p|h[1-6]|li|ul|ol|blockquote|pre|figure|table)>)\s*")
LIST_ITEM = re.compile(r"<li\b[^>]*>")
# Compared field by field, in this order; translated fields once per language. Values (not prose) show as "a → b".
COMPARED_FIELDS = ["title", "slug", "teaser", "category", "author", "status", "published_at", "image", "image_alt",
                   "image_caption", "image_credit", "key_facts_heading", "body"]
VALUE_FIELDS = ["slug", "category", "author", "status", "published_at", "image"]


def store_hashtags(article: Article) -> None:
    """Record the article's hashtags in the revision being created (call inside reversion.create_revision)."""
    if reversion.is_active():
        reversion.add_meta(RevisionHashtags, names=sorted(article.tags.names(), key=str.casefold))


def hashtags_of(revision: Revision) -> list[str] | None:
    """The hashtag names stored with `revision`; None for revisions made without them."""
    meta = RevisionHashtags.objects.filter(revision=revision).first()
    return meta.names if meta else None


def restored_edit_times(version: Version) -> dict[str, datetime]:
    """When each language's texts of this revision were written (revisions before these times were kept: none)."""
    fields = version.field_dict
    return {code: fields[f"{code}_updated_at"] for code in LANGUAGE_CODES if fields.get(f"{code}_updated_at")}


def versions_of(article: Article):
    return (
        Version.objects.get_for_object(article)
        .select_related("revision__user", "revision__hashtags")
        .order_by("-revision__date_created", "-pk")
    )


@dataclass(frozen=True)
class Change:
    label: str
    old: str
    new: str
    is_value: bool = False  # a choice, a date, a person: shown as "old → new", not word by word

    @property
    def inline_diff(self) -> SafeString:
        if self.is_value:
            return format_html("<del>{}</del> → <ins>{}</ins>", self.old or "–", self.new or "–")
        return word_diff(self.old, self.new)


def word_diff(old: str, new: str) -> SafeString:
    """`new` with the words removed since `old` in <del> and the words added in <ins>; everything escaped.

    Texts of several lines (bodies, key facts) show only the lines that changed, "…" standing for the others.
    """
    old_lines, new_lines = old.split("\n"), new.split("\n")
    if len(old_lines) == 1 and len(new_lines) == 1:
        return _word_diff(old, new)
    parts = []
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            parts.append("…")
        else:
            parts.append(_word_diff("\n".join(old_lines[a1:a2]), "\n".join(new_lines[b1:b2])))
    return mark_safe("\n".join(parts))  # noqa: S308 - _word_diff escapes


def _word_diff(old: str, new: str) -> SafeString:
    old_words, new_words = re.split(r"(\s+)", old), re.split(r"(\s+)", new)
    parts = []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(escape("".join(old_words[a1:a2])))
            continue
        if op in ("delete", "replace"):
            parts.append(f"<del>{escape(''.join(old_words[a1:a2]))}</del>")
        if op in ("insert", "replace"):
            parts.append(f"<ins>{escape(''.join(new_words[b1:b2]))}</ins>")
    return mark_safe("".join(parts))  # noqa: S308 - every piece above is escaped


def _related_lines(revision: Revision, model, article_pk, render) -> str:
    content_type = ContentType.objects.get_for_model(model)
    rows = [v.field_dict for v in revision.version_set.filter(content_type=content_type)]
    rows = [row for row in rows if str(row.get("article_id", row.get("article"))) == str(article_pk)]
    rows.sort(key=lambda row: (row["position"], row["id"]))
    return "\n".join(line for line in map(render, rows) if line)


def _key_fact_line(code):
    def line(row) -> str:
        label, text = row.get(f"label_{code}") or "", row.get(f"text_{code}") or ""
        return f"{label}: {text}" if label or text else ""  # no line for a fact not written in this language
    return line


def _source_line(code):
    def line(row) -> str:
        title = row.get(f"title_{code}") or ""
        if not title:
            return ""
        publisher = f" ({row['publisher']})" if row.get("publisher") else ""
        return f"{title}{publisher} – {row.get('url') or ''}"
    return line


def readable_text(html: str) -> str:
    """The body as a reader reads it: one paragraph, heading or list item per line, no markup."""
    text = BLOCK_END.sub("\\1\n", html)
    text = LIST_ITEM.sub("\n• ", text)
    lines = (" ".join(unescape(strip_tags(line)).split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def snapshot(version: Version) -> dict[str, str]:
    """Everything an editor recognises in one article revision, as labelled texts: choices as their words, people
    and categories by name, times in the editorial time zone, the body as rendered text."""
    fields = version.field_dict
    article_pk = version.object_id
    result = {}
    for name in COMPARED_FIELDS:
        field = Article._meta.get_field(name)
        codes = LANGUAGE_CODES if f"{name}_{LANGUAGE_CODES[0]}" in fields else [None]
        for code in codes:
            value = fields.get(f"{name}_{code}" if code else name)
            if field.is_relation:
                value = str(field.related_model._default_manager.filter(pk=value).first() or value or "")
            elif field.choices:
                value = str(dict(field.flatchoices).get(value, value))
            elif isinstance(value, datetime):
                value = berlin_time(value)
            elif name == "body" and value:
                value = readable_text(value)
            elif name == "image" and value:
                value = str(value).rsplit("/", 1)[-1]  # the file's name, not where it is stored
            label = f"{field.verbose_name} [{code}]" if code else str(field.verbose_name)
            result[label] = "" if value is None else str(value)
    for code in LANGUAGE_CODES:
        result[f"{_('key facts')} [{code}]"] = _related_lines(version.revision, KeyFact, article_pk,
                                                                _key_fact_line(code))
        result[f"{_('sources')} [{code}]"] = _related_lines(version.revision, Source, article_pk,
                                                             _source_line(code))
    names = hashtags_of(version.revision)
    result[str(_("hashtags"))] = ", ".join(names) if names is not None else ""
    return result


def compare(old: Version, new: Version) -> list[Change]:
    """The labelled texts that differ between two revisions of the same article, in form order."""
    before, after = snapshot(old), snapshot(new)
    values = {str(Article._meta.get_field(name).verbose_name) for name in VALUE_FIELDS}
    return [Change(label, before.get(label, ""), text, is_value=label.split(" [")[0] in values)
            for label, text in after.items() if before.get(label, "") != text]
