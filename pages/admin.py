from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from kinews.admin_site import ChangeMessageMixin, ModelAdmin
from pages.models import Page, SocialLink


@admin.register(Page)
class PageAdmin(ChangeMessageMixin, TabbedTranslationAdmin):
    list_display = ("title", "key", "is_published", "updated_at")
    list_filter = ("is_published", "key")
    search_fields = ("title_de", "title_en", "body_de", "body_en")
    fieldsets = [
        (None, {"fields": ("title", "slug", "key", "is_published")}),
        (_("Content"), {"fields": ("body",)}),
        (_("Search engines"), {"fields": ("seo_description",)}),
    ]


@admin.register(SocialLink)
class SocialLinkAdmin(ModelAdmin):
    list_display = ("name", "url", "order")
    list_editable = ("order",)
