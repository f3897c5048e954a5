from django.conf import settings
from django.contrib import admin
from django.db.models import Q
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline
from taggit.models import Tag

from articles.models import Article, Author, Category, KeyFact, RelatedArticle, RelatedChoice, Source
from articles.related import describe

OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def can_edit_any_article(user) -> bool:
    return user.has_perm("articles.edit_any_article")


class KeyFactInline(TranslationTabularInline):
    model = KeyFact
    extra = 0
    fields = ("position", "label", "text")
    verbose_name_plural = _("key facts box")


class SourceInline(TranslationTabularInline):
    model = Source
    extra = 0
    fields = ("position", "title", "url", "publisher", "published_on")


class RelatedChoiceInline(admin.TabularInline):
    model = RelatedChoice
    fk_name = "article"
    extra = 0
    fields = ("target", "action", "position")
    autocomplete_fields = ("target",)
    verbose_name_plural = _("Related articles: pin or exclude")


class TranslationCompleteFilter(admin.SimpleListFilter):
    title = _("English version")
    parameter_name = "english"

    def lookups(self, request, model_admin):
        return [("complete", _("complete")), ("missing", _("title or body missing"))]

    def queryset(self, request, queryset):
        missing = Q()
        for code in OTHER_LANGUAGES:
            for field in ("title", "body"):
                missing |= Q(**{f"{field}_{code}__isnull": True}) | Q(**{f"{field}_{code}": ""})
        if self.value() == "complete":
            return queryset.exclude(missing)
        if self.value() == "missing":
            return queryset.filter(missing)
        return queryset


@admin.register(Article)
class ArticleAdmin(TabbedTranslationAdmin):
    inlines = [KeyFactInline, SourceInline, RelatedChoiceInline]
    list_display = ("title", "category", "author", "status", "published_at", "english_complete", "preview")
    list_filter = ("status", "category", "author", TranslationCompleteFilter)
    list_select_related = ("category", "author")
    search_fields = ("title_de", "title_en", "teaser_de", "teaser_en")
    date_hierarchy = "published_at"
    autocomplete_fields = ("category", "author")
    save_on_top = True
    fieldsets = [
        (None, {"fields": ("title", "slug", "teaser", "category", "author", "tags")}),
        (_("Publication"), {"fields": ("status", "published_at")}),
        (_("Featured image"), {"fields": ("image", "image_alt", "image_caption", "image_credit")}),
        (_("Key facts box"), {"fields": ("key_facts_heading",)}),
        (_("Body"), {"fields": ("body",)}),
        (_("Related articles"), {"fields": ("computed_related",), "classes": ("collapse",)}),
    ]
    readonly_fields = ("computed_related",)

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if can_edit_any_article(request.user):
            return queryset
        # Authors work on their own articles only: others' drafts stay invisible to them.
        return queryset.filter(author__user=request.user)

    def get_readonly_fields(self, request, obj=None):
        return self.readonly_fields + (() if can_edit_any_article(request.user) else ("author",))

    def get_autocomplete_fields(self, request):
        fields = super().get_autocomplete_fields(request)
        return fields if can_edit_any_article(request.user) else tuple(f for f in fields if f != "author")

    def has_add_permission(self, request):
        if can_edit_any_article(request.user):
            return super().has_add_permission(request)
        return super().has_add_permission(request) and hasattr(request.user, "author_profile")

    def save_model(self, request, obj, form, change):
        if not can_edit_any_article(request.user):
            obj.author = request.user.author_profile
        super().save_model(request, obj, form, change)

    @admin.display(description=_("Computed list"))
    def computed_related(self, obj: Article):
        """The stored related lists with score and reasons, as the background task left them."""
        if obj is None or obj.pk is None:
            return "–"
        entries = list(
            RelatedArticle.objects.filter(article=obj).select_related("target").order_by("language", "rank")
        )
        if not entries:
            return _("Not computed yet: it is computed in the background after publishing.")
        tag_ids = {tag for entry in entries for tag in entry.reasons.get("hashtags", [])}
        tag_names = dict(Tag.objects.filter(pk__in=tag_ids).values_list("pk", "name"))
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (e.language, e.rank + 1, e.target.title, f"{e.score:.2f}", describe(e.reasons, tag_names))
                for e in entries
            ),
        )
        head = format_html(
            "<tr><th>{}</th><th>#</th><th>{}</th><th>{}</th><th>{}</th></tr>",
            _("Language"), _("Article"), _("Score"), _("Reasons"),
        )
        return format_html("<table>{}{}</table>", head, rows)

    @admin.display(description=_("English"), boolean=True)
    def english_complete(self, obj: Article) -> bool:
        return all(getattr(obj, f"{field}_{code}") for code in OTHER_LANGUAGES for field in ("title", "body"))

    @admin.display(description=_("Preview"))
    def preview(self, obj: Article):
        label = _("View") if obj.is_live else _("Preview")
        return format_html('<a href="{}" target="_blank" rel="noopener">{}</a>', obj.get_absolute_url(), label)


@admin.register(Category)
class CategoryAdmin(TabbedTranslationAdmin):
    list_display = ("name", "slug", "order")
    list_editable = ("order",)
    search_fields = ("name_de", "name_en")


@admin.register(Author)
class AuthorAdmin(TabbedTranslationAdmin):
    list_display = ("name", "user", "role")
    search_fields = ("name", "user__username")
    prepopulated_fields = {"slug": ("name",)}
    list_select_related = ("user",)
    autocomplete_fields = ("user",)
