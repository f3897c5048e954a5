from modeltranslation.translator import TranslationOptions, register

from pages.models import Page


@register(Page)
class PageTranslation(TranslationOptions):
    fields = ("title", "slug", "body", "seo_description")
    required_languages = {"de": ("title",)}
