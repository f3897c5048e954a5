"""Reader-facing texts in German and English (django-modeltranslation); German is the fallback."""

from modeltranslation.translator import TranslationOptions, register

from articles.models import Article, Author, Category, KeyFact, Source


@register(Category)
class CategoryTranslation(TranslationOptions):
    fields = ("name", "slug", "description")
    required_languages = ("de",)


@register(Author)
class AuthorTranslation(TranslationOptions):
    fields = ("role", "bio")


@register(Article)
class ArticleTranslation(TranslationOptions):
    fields = ("title", "slug", "teaser", "key_facts_heading", "body", "image_alt", "image_caption",
              "seo_title", "seo_description")
    required_languages = {"de": ("title", "teaser")}


@register(KeyFact)
class KeyFactTranslation(TranslationOptions):
    fields = ("label", "text")
    required_languages = ("de",)


@register(Source)
class SourceTranslation(TranslationOptions):
    fields = ("title",)
    required_languages = ("de",)
