from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.utils import unquote
from django.db.models import Count
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.utils.html import format_html, format_html_join
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline
from reversion.admin import VersionAdmin
from taggit.admin import TagAdmin as TaggitTagAdmin
from taggit.models import Tag

from articles import services
from articles.admin_autosave import AutosaveAdminMixin, is_autosave
from articles.admin_bin import BinAdminMixin
from articles.admin_editorial import EditorialAdminMixin, PublicationFilter, TranslationStatusFilter
from articles.admin_forms import ArticleAdminForm, AuthorAdminForm
from articles.admin_start import StartPageAdminMixin
from articles.hashtags import merge_hashtags, remember_deleted_hashtag, remember_hashtag_move
from articles.models import Article, Author, Category, GonePath, KeyFact, Redirect, Source
from articles.scheduling import berlin_time, schedule_warnings
from articles.translation_status import TRANSLATIONS, language_status, record_language_changes, translation_status
from kinews.admin_site import ChangeMessageMixin, ModelAdmin, OrderedInlineMixin

# Translated texts of the article row that count as "this language changed".
LANGUAGE_TEXT_FIELDS = ("title", "teaser", "key_facts_heading", "body", "image_alt", "image_caption")


def _has_text(value) -> bool:
    if isinstance(value, tuple):
        return any(_has_text(part) for part in value)
    return isinstance(value, str) and bool(value)


def can_edit_any_article(user) -> bool:
    return user.has_perm("articles.edit_any_article")


class KeyFactInline(OrderedInlineMixin, TranslationTabularInline):
    model = KeyFact
    extra = 0
    fields = ("position", "label", "text")
    verbose_name_plural = _("key facts box")


class SourceInline(OrderedInlineMixin, TranslationTabularInline):
    model = Source
    extra = 0
    fields = ("position", "title", "url", "publisher", "published_on")

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "url":
            # A plain address field: the admin's "Currently: <link> / Change:" takes a column's width twice.
            kwargs["widget"] = forms.URLInput(attrs={"class": "vURLField", "placeholder": "https://"})
        return super().formfield_for_dbfield(db_field, request, **kwargs)


@admin.register(Article)
class ArticleAdmin(StartPageAdminMixin, EditorialAdminMixin, BinAdminMixin, AutosaveAdminMixin, ChangeMessageMixin,
                   VersionAdmin, TabbedTranslationAdmin):
    """Tabbed de/en editing with inlines; every save keeps a revision (django-reversion, articles/revisions.py)."""

    form = ArticleAdminForm
    inlines = [KeyFactInline, SourceInline]
    list_display = ("title", "category", "author", "status", "publication_time", "english_status", "preview")
    list_filter = ("status", PublicationFilter, "category", "author", TranslationStatusFilter)
    list_select_related = ("category", "author")
    search_fields = ("title_de", "title_en", "teaser_de", "teaser_en")
    date_hierarchy = "published_at"
    autocomplete_fields = ("category", "author")
    save_on_top = True
    change_list_template = "admin/articles/article/editorial_change_list.html"
    history_latest_first = True

    class Media:
        js = ("kinews-admin/article_form.js",)

    fieldsets = [
        (None, {"fields": ("overwrite", "loaded_version", "title", "slug", "teaser", "category", "author", "tags")}),
        (_("Publication"), {"fields": ("status", "published_at", "translation_panel", "preview_links_panel")}),
        (_("Featured image"), {"fields": ("image", "image_alt", "image_caption", "image_credit")}),
        (_("Key facts box"), {"fields": ("key_facts_heading",)}),
        (_("Body"), {"fields": ("body",)}),
        (
            _("Search engines and social media"),
            {
                "fields": ("seo_title", "seo_description"),
                "classes": ("collapse",),
                "description": _("Optional. Empty fields use the title and the shortened teaser."),
            },
        ),
    ]

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if can_edit_any_article(request.user):
            return queryset
        # Authors work on their own articles only: others' drafts stay invisible to them.
        return queryset.filter(author__user=request.user)

    def get_readonly_fields(self, request, obj=None):
        panels = ("translation_panel", "preview_links_panel")
        return panels if can_edit_any_article(request.user) else ("author", *panels)

    def get_autocomplete_fields(self, request):
        fields = super().get_autocomplete_fields(request)
        return fields if can_edit_any_article(request.user) else tuple(f for f in fields if f != "author")

    def has_add_permission(self, request):
        if can_edit_any_article(request.user):
            return super().has_add_permission(request)
        return super().has_add_permission(request) and hasattr(request.user, "author_profile")

    def get_changeform_initial_data(self, request):
        # Editors who also write start as the author of a new article; authors always are (save_model).
        initial = super().get_changeform_initial_data(request)
        profile = getattr(request.user, "author_profile", None)
        if profile is not None:
            initial.setdefault("author", profile.pk)
        return initial

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "published_at" and field is not None:
            field.help_text = _("Time in %(zone)s (CET/CEST). A time in the future schedules the article; "
                                "it goes live by itself. Empty means now, when published.") % {
                "zone": settings.TIME_ZONE}
        return field

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.user = request.user  # named in the warning about a newer save
        return form

    def save_model(self, request, obj, form, change):
        if not can_edit_any_article(request.user):
            obj.author = request.user.author_profile
        obj.updated_by = request.user
        request._article_before = services.stored_state(obj.pk)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        request._article_formsets = formsets  # an autosave answers with the ids of new rows
        super().save_related(request, form, formsets, change)
        # Key facts, sources and hashtags are saved now: what the save sets off (articles/services.py).
        services.after_save(form.instance, before=request._article_before)
        self.warn_about_gaps(request, form.instance)

    def warn_about_gaps(self, request, article: Article) -> None:
        """Readers see it now or soon: say what it still lacks (a draft is nobody's business yet)."""
        warnings = schedule_warnings(article) if article.is_scheduled or article.is_live else []
        if not warnings:
            return
        if article.is_scheduled:
            text = _("Scheduled for %(time)s, but: %(problems)s.")
        else:
            text = _("Published, but: %(problems)s.")
        messages.warning(request, text % {"time": berlin_time(article.published_at),
                                          "problems": ", ".join(str(w) for w in warnings)})

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        restoring = hasattr(request, "_restoring_revision")
        article = self.get_object(request, unquote(object_id)) if object_id else None
        if restoring and article is not None:
            self.restore_hashtags(request, article)
        autosave = is_autosave(request) and not restoring
        if autosave and (refusal := self.autosave_refusal(request, article)) is not None:
            return refusal
        if not restoring:
            extra_context = {"autosave_config": self.autosave_config(request, article), **(extra_context or {})}
        before = self.language_snapshot(article) if request.method == "POST" and not restoring else None
        response = super().changeform_view(request, object_id, form_url, extra_context)
        saved = getattr(request, "_saved_article", None)
        if before is not None and saved is not None:
            self.record_languages(saved, before)
        if autosave and saved is None:
            return self.autosave_failed(response)
        return response

    def response_add(self, request, obj, post_url_continue=None):
        request._saved_article = obj
        if is_autosave(request):
            return self.autosaved(request, obj)
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        request._saved_article = obj
        if is_autosave(request):
            return self.autosaved(request, obj)
        return super().response_change(request, obj)

    def log_addition(self, request, obj, message):
        if not is_autosave(request):  # autosaves are no lines of the change log; a revision is kept now and then
            return super().log_addition(request, obj, message)
        return None

    def log_change(self, request, obj, message):
        if not is_autosave(request):
            return super().log_change(request, obj, message)
        return None

    def language_snapshot(self, article: Article | None) -> dict[str, tuple]:
        """Every text of each language (article, key facts, sources), to see afterwards which languages changed."""
        if article is None:
            return {}
        article = Article.objects.prefetch_related("key_facts", "sources").get(pk=article.pk)
        snapshot = {}
        for code, _name in settings.LANGUAGES:
            snapshot[code] = (
                tuple(getattr(article, f"{name}_{code}") or "" for name in LANGUAGE_TEXT_FIELDS),
                tuple((f.position, getattr(f, f"label_{code}") or "", getattr(f, f"text_{code}") or "")
                      for f in article.key_facts.all()),
                tuple((s.position, getattr(s, f"title_{code}") or "") for s in article.sources.all()),
            )
        return snapshot

    def record_languages(self, article: Article, before: dict[str, tuple], *, times: dict | None = None) -> None:
        """Note which languages' texts changed; `times`: when, per language, if not now (a restore)."""
        after = self.language_snapshot(article)
        changed = [code for code, texts in after.items()
                   if before.get(code) != texts and (code in before or _has_text(texts))]
        for code in changed:
            record_language_changes(article, [code], at=(times or {}).get(code))

    @admin.display(description=_("English"))
    def english_status(self, obj: Article) -> str:
        status = language_status(obj, TRANSLATIONS[0])
        icon = {"missing": "icon-no", "stale": "icon-alert", "current": "icon-yes"}[status.state]
        return format_html('<img src="{}" alt=""> {}', static(f"admin/img/{icon}.svg"), status.label)

    @admin.display(description=format_lazy("{} ({})", _("Publication time"), settings.TIME_ZONE),
                   ordering="published_at")
    def publication_time(self, obj: Article) -> str:
        text = berlin_time(obj.published_at, zone_name=False)
        return format_html("{} <strong>({})</strong>", text, _("scheduled")) if obj.is_scheduled else text

    @admin.display(description=_("Translation"))
    def translation_panel(self, obj: Article | None):
        if obj is None or obj.pk is None:
            return "–"
        rows = []
        for status in translation_status(obj):
            label = _("source language") if status.code == settings.LANGUAGE_CODE else status.label
            edited = format_html(" · {} {}", _("last edited"), berlin_time(status.updated_at)) if (
                status.updated_at) else ""
            rows.append((status.code.upper(), label, edited))
        rows = format_html_join("", "<li><strong>{}</strong>: {}{}</li>", rows)
        return format_html('<ul class="translation-status">{}</ul>', rows)

    @admin.display(description=_("Preview"))
    def preview(self, obj: Article):
        label = _("View") if obj.is_live else _("Preview")
        return format_html('<a href="{}" target="_blank" rel="noopener">{}</a>', obj.get_absolute_url(), label)


@admin.register(Category)
class CategoryAdmin(ChangeMessageMixin, TabbedTranslationAdmin):
    list_display = ("name", "slug", "order")
    list_editable = ("order",)
    search_fields = ("name_de", "name_en")


@admin.register(Author)
class AuthorAdmin(ChangeMessageMixin, TabbedTranslationAdmin):
    form = AuthorAdminForm
    list_display = ("name", "user", "role")
    search_fields = ("name", "user__username")
    prepopulated_fields = {"slug": ("name",)}
    list_select_related = ("user",)
    autocomplete_fields = ("user",)


class MergeHashtagsForm(forms.Form):
    target = forms.ModelChoiceField(
        queryset=Tag.objects.none(), widget=forms.RadioSelect, label=_("Keep this hashtag"), empty_label=None
    )


class HashtagForm(forms.ModelForm):
    class Meta:
        model = Tag
        fields = ["name", "slug"]

    def clean_name(self):
        name = self.cleaned_data["name"]
        # "#KI" and "#ki" are one hashtag (TAGGIT_CASE_INSENSITIVE): no second spelling through the admin either.
        if Tag.objects.filter(name__iexact=name).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(_("This hashtag exists already (perhaps in other capitals)."))
        return name


admin.site.unregister(Tag)


@admin.register(Tag)
class HashtagAdmin(ChangeMessageMixin, TaggitTagAdmin):
    """taggit's admin, with our merge: pick the hashtag that stays; the others' articles move onto it."""

    form = HashtagForm
    list_display = ["name", "slug", "article_count"]
    actions = ["merge_selected"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("taggit_taggeditem_items"))

    @admin.display(description=_("articles"), ordering="article_count")
    def article_count(self, tag) -> int:
        return tag.article_count

    # Renamed or deleted hashtags leave their old addresses answering (articles/hashtags.py).
    def save_model(self, request, obj, form, change):
        old_slug = Tag.objects.filter(pk=obj.pk).values_list("slug", flat=True).first() if change else None
        super().save_model(request, obj, form, change)
        if old_slug:
            remember_hashtag_move(old_slug=old_slug, new_slug=obj.slug)

    def delete_model(self, request, obj):
        remember_deleted_hashtag(name=obj.name, slug=obj.slug)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for name, slug in queryset.values_list("name", "slug"):
            remember_deleted_hashtag(name=name, slug=slug)
        super().delete_queryset(request, queryset)

    @admin.action(description=_("Merge selected hashtags"), permissions=["delete"])
    def merge_selected(self, request, queryset):
        tags = list(queryset.order_by("name"))
        if len(tags) < 2:
            self.message_user(request, _("Select at least two hashtags to merge."), messages.WARNING)
            return None
        form = MergeHashtagsForm(request.POST if "merge" in request.POST else None)
        form.fields["target"].queryset = queryset
        if form.is_bound and form.is_valid():
            target = form.cleaned_data["target"]
            others = [tag for tag in tags if tag.pk != target.pk]
            moved = merge_hashtags(target=target, others=others)
            self.message_user(
                request,
                ngettext(
                    "Merged %(count)d hashtag into #%(name)s (%(moved)d taggings moved).",
                    "Merged %(count)d hashtags into #%(name)s (%(moved)d taggings moved).",
                    len(others),
                )
                % {"count": len(others), "name": target.name, "moved": moved},
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Merge hashtags"),
            "opts": self.model._meta,
            "form": form,
            "tags": tags,
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/articles/merge_hashtags.html", context)


@admin.register(Redirect)
class RedirectAdmin(ModelAdmin):
    list_display = ("old_path", "new_path", "created_at")
    search_fields = ("old_path", "new_path")


@admin.register(GonePath)
class GonePathAdmin(ModelAdmin):
    list_display = ("path", "created_at")
    search_fields = ("path",)
