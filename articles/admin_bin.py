"""Deleting articles in the admin: a plain confirmation, and the bin to get them back (articles/bin.py).

The confirmation names what a person recognises – the article with its key facts and sources – instead of every
row a delete reaches (index terms, related lists, revisions). Deleted articles wait in the bin for
`settings.ARTICLE_BIN_DAYS` days: editors see all of them, authors their own, and both restore through
django-reversion's recover view.
"""

from django.conf import settings
from django.contrib import admin
from django.contrib.admin import actions
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.text import get_text_list
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from reversion.admin import VersionAdmin

from articles import services
from articles.bin import deleted_articles
from articles.models import Article, KeyFact, Source


def deletion_summary(article: Article) -> str:
    facts, sources = article.key_facts.count(), article.sources.count()
    parts = [ngettext("%(count)d key fact", "%(count)d key facts", facts) % {"count": facts},
             ngettext("%(count)d source", "%(count)d sources", sources) % {"count": sources}]
    return _("“%(title)s” with %(parts)s") % {"title": article, "parts": get_text_list(parts, _("and"))}


class BinAdminMixin:
    """For ArticleAdmin (in front of django-reversion's VersionAdmin)."""

    actions = ["delete_selected"]
    delete_confirmation_template = "admin/articles/article/delete_confirmation.html"
    delete_selected_confirmation_template = "admin/articles/article/delete_selected_confirmation.html"

    def get_urls(self):
        own = [path("bin/", self.admin_site.admin_view(self.bin_view), name="articles_article_bin")]
        return own + super().get_urls()

    def changelist_view(self, request, extra_context=None):
        # Past django-reversion's revision block (it only serves list_editable, which this list has not): inside
        # it, the revision that keeps a deleted article in the bin would be saved after the article is gone.
        context = {"can_use_bin": self.has_delete_permission(request), **(extra_context or {})}
        return super(VersionAdmin, self).changelist_view(request, context)

    # --- Deleting

    def get_deleted_objects(self, objs, request):
        _rows, _count, perms_needed, protected = super().get_deleted_objects(objs, request)
        articles = list(objs)
        ids = [article.pk for article in articles]
        count = {Article._meta.verbose_name_plural: len(articles),
                 KeyFact._meta.verbose_name_plural: KeyFact.objects.filter(article__in=ids).count(),
                 Source._meta.verbose_name_plural: Source.objects.filter(article__in=ids).count()}
        return [deletion_summary(article) for article in articles], count, perms_needed, protected

    def delete_view(self, request, object_id, extra_context=None):
        return super().delete_view(request, object_id, {"bin_days": settings.ARTICLE_BIN_DAYS,
                                                        **(extra_context or {})})

    @admin.action(permissions=["delete"], description=gettext_lazy("Delete selected %(verbose_name_plural)s"))
    def delete_selected(self, request, queryset):
        response = actions.delete_selected(self, request, queryset)
        if isinstance(response, TemplateResponse):
            response.context_data["bin_days"] = settings.ARTICLE_BIN_DAYS
        return response

    def delete_model(self, request, obj):
        services.before_delete(obj, by=request.user)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for article in queryset:
            services.before_delete(article, by=request.user)
        super().delete_queryset(request, queryset)
        self.message_user(request, format_html(
            _("They stay in the bin for {days} days: {link}"), days=settings.ARTICLE_BIN_DAYS,
            link=format_html('<a href="{}">{}</a>', reverse("admin:articles_article_bin"), _("open the bin"))))

    def response_delete(self, request, obj_display, obj_id):
        version = deleted_articles().filter(object_id=str(obj_id)).first()
        if version is not None:
            self.message_user(request, format_html(
                _("It stays in the bin for {days} days. {link}"), days=settings.ARTICLE_BIN_DAYS,
                link=format_html('<a href="{}">{}</a>', reverse("admin:articles_article_recover", args=(version.pk,)),
                                 _("Undo: restore it"))))
        return super().response_delete(request, obj_display, obj_id)

    # --- The bin

    def bin_entries(self, request) -> list:
        """The bin as this person sees it: editors every deleted article, authors their own."""
        versions = list(deleted_articles())
        if request.user.has_perm("articles.edit_any_article"):
            return versions
        profile = getattr(request.user, "author_profile", None)
        return [v for v in versions if profile is not None and v.field_dict.get("author_id") == profile.pk]

    def bin_view(self, request):
        if not self.has_delete_permission(request):
            raise Http404
        rows = [(version, date_format(localtime(version.revision.date_created), "SHORT_DATETIME_FORMAT"),
                 reverse("admin:articles_article_recover", args=(version.pk,)))
                for version in self.bin_entries(request)]
        context = {**self.admin_site.each_context(request), "opts": self.model._meta, "title": _("Bin"),
                   "rows": rows, "bin_days": settings.ARTICLE_BIN_DAYS}
        return TemplateResponse(request, "admin/articles/article/bin.html", context)

    def recoverlist_view(self, request, extra_context=None):
        return HttpResponseRedirect(reverse("admin:articles_article_bin"))

    def recover_view(self, request, version_id, extra_context=None):
        version = next((v for v in self.bin_entries(request) if str(v.pk) == str(version_id)), None)
        if version is None:
            raise Http404
        request._restoring_revision = version.revision  # its hashtags come back too
        return super().recover_view(request, version_id, extra_context)
