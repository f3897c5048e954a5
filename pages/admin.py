from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from pages.models import Page, SocialLink


@admin.register(Page)
class PageAdmin(TabbedTranslationAdmin):
    list_display = ("title", "key", "is_published", "updated_at")
    list_filter = ("is_published", "key")
    search_fields = ("title_de", "title_en", "body_de", "body_en")
    fieldsets = [
        (None, {"fields": ("title", "slug", "key", "is_published")}),
        (_("Content"), {"fields": ("body",)}),
        (_("Search engines"), {"fields": ("seo_description",)}),
    ]


@admin.register(SocialLink)
class SocialLinkAdmin(admin.ModelAdmin):
    list_display = ("name", "url", "order")
    list_editable = ("order",)
