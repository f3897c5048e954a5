"""The editorial tools of the article admin: revision history and diff, preview links,
and the list filters for publication state and translation status. Mixed into ArticleAdmin (articles/admin.py).
"""

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.decorators import method_decorator
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from reversion.models import Version

from articles.models import Article, PreviewLink
from articles.querysets import complete_in
from articles.revisions import compare, hashtags_of, restored_edit_times, versions_of
from articles.scheduling import berlin_time
from articles.translation_status import STATUS_LABELS, TRANSLATIONS, with_status
from kinews.origin import origin


class PublicationFilter(admin.SimpleListFilter):
    title = gettext_lazy("publication")
    parameter_name = "publication"

    def lookups(self, request, model_admin):
        return [("live", _("live")), ("scheduled", _("scheduled")), ("draft", _("draft"))]

    def queryset(self, request, queryset):
        if self.value() == "live":
            return queryset.readable(settings.LANGUAGE_CODE)
        if self.value() == "scheduled":
            return queryset.scheduled()
        if self.value() == "draft":
            return queryset.filter(status=Article.Status.DRAFT)
        return queryset


class TranslationStatusFilter(admin.SimpleListFilter):
    title = gettext_lazy("English version")
    parameter_name = "english"

    def lookups(self, request, model_admin):
        return [("missing", _("missing")), ("stale", _("out of date")), ("current", _("up to date")),
                ("complete", _("complete"))]

    def queryset(self, request, queryset):
        code = TRANSLATIONS[0]
        if self.value() == "complete":
            return queryset.filter(complete_in(code))
        if self.value() in STATUS_LABELS:
            return with_status(queryset, code, self.value())
        return queryset


def _link_row(link: PreviewLink, site_origin: str) -> tuple:
    with translation.override(settings.LANGUAGE_CODE):
        url = site_origin + link.get_absolute_url()
    expiry = _("valid until %(time)s") % {"time": berlin_time(link.expires_at)}
    revoke = reverse("admin:articles_article_preview_revoke", args=(link.article_id, link.pk))
    return (url, url, expiry, revoke, _("Revoke"))


class EditorialAdminMixin:
    """URLs, views and read-only panels for ArticleAdmin; every view checks access to the article itself."""

    revision_history_template = "admin/articles/article/revision_history.html"

    def get_urls(self):
        own = [
            path("<path:object_id>/history/compare/", self.admin_site.admin_view(self.compare_view),
                 name="articles_article_compare"),
            path("<path:object_id>/preview-links/", self.admin_site.admin_view(self.preview_create_view),
                 name="articles_article_preview_create"),
            path("<path:object_id>/preview-links/<int:link_id>/revoke/",
                 self.admin_site.admin_view(self.preview_revoke_view), name="articles_article_preview_revoke"),
        ]
        return own + super().get_urls()

    def get_object(self, request, object_id, from_field=None):
        article = super().get_object(request, object_id, from_field)
        if article is not None:
            article.admin_origin = origin(request)  # preview links on the host the editor uses, not SITE_URL
        return article

    def _article_or_404(self, request, object_id, *, change=False) -> Article:
        """The article, if this user may see it (authors: their own) and, with change=True, change it."""
        article = self.get_object(request, unquote(object_id))
        if article is None:
            self.refuse_if_not_yours(object_id)
            raise Http404
        allowed = self.has_change_permission(request, article) if change else (
            self.has_view_or_change_permission(request, article))
        if not allowed:
            raise PermissionDenied
        return article

    def refuse_if_not_yours(self, object_id) -> None:
        """An author opening someone else's article learns that it is not theirs, not that it does not exist."""
        try:
            exists = Article.objects.filter(pk=unquote(object_id)).exists()
        except (ValueError, ValidationError):
            return
        if exists:
            raise PermissionDenied(_("This article is not yours: you can open and change your own articles only. "
                                     "An editor can help you with this one."))

    def _get_obj_does_not_exist_redirect(self, request, opts, object_id):
        self.refuse_if_not_yours(object_id)
        return super()._get_obj_does_not_exist_redirect(request, opts, object_id)

    # --- Revisions -------------------------------------------------------------------------------------------

    def history_view(self, request, object_id, extra_context=None):
        article = self._article_or_404(request, object_id)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "object": article,
            "title": _("Revisions of “%(title)s”") % {"title": article},
            "module_name": capfirst(self.model._meta.verbose_name_plural),
            "versions": versions_of(article),
            "can_restore": self.has_change_permission(request, article),
        }
        return TemplateResponse(request, self.revision_history_template, context | (extra_context or {}))

    def compare_view(self, request, object_id):
        article = self._article_or_404(request, object_id)
        versions = versions_of(article)
        try:
            old = versions.get(pk=request.GET.get("old"))
            new = versions.get(pk=request.GET.get("new"))
        except (Version.DoesNotExist, ValueError) as error:
            raise Http404 from error
        if old.revision.date_created > new.revision.date_created:
            old, new = new, old
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "object": article,
            "title": _("Changes to “%(title)s”") % {"title": article},
            "old": old,
            "new": new,
            "changes": compare(old, new),
            "layout": "side" if request.GET.get("layout") == "side" else "inline",
            "can_restore": self.has_change_permission(request, article),
        }
        return TemplateResponse(request, "admin/articles/article/revision_compare.html", context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        # django-reversion looks the version up by object id only and reverts before checking access to the
        # object: check both first, so nobody restores an article they may not change.
        article = self._article_or_404(request, object_id, change=True)
        version = get_object_or_404(versions_of(article), pk=version_id)
        request._restoring_revision = version.revision
        before = self.language_snapshot(article) if request.method == "POST" else None
        edit_times = {f"{code}_updated_at": getattr(article, f"{code}_updated_at") for code, _n in settings.LANGUAGES}
        response = super().revision_view(request, object_id, version_id, extra_context)
        if before is not None and response.status_code == 302:
            # A language whose texts the restore brought back is as old as those texts (so restoring German never
            # makes an unchanged English version look out of date); the others keep their edit times.
            Article.objects.filter(pk=article.pk).update(**edit_times)
            self.record_languages(article, before, times=restored_edit_times(version))
        return response

    def restore_hashtags(self, request, article: Article) -> None:
        """While a revision is shown or restored, the form shows that revision's hashtags."""
        revision = getattr(request, "_restoring_revision", None)
        names = hashtags_of(revision) if revision is not None else None
        if names is not None:
            article.tags.set(names, clear=True)

    # --- Preview links ---------------------------------------------------------------------------------------

    @admin.display(description=gettext_lazy("Preview links"))
    def preview_links_panel(self, obj: Article):
        if obj is None or obj.pk is None:
            return _("Save the article first.")
        if obj.is_live:
            return _("The article is published; share its address.")
        links = obj.preview_links.valid()
        rows = format_html_join(
            "", '<li><a href="{}" target="_blank" rel="noopener">{}</a> · {} · '
            '<button type="submit" class="button" formaction="{}" formmethod="post" formnovalidate>{}</button></li>',
            (_link_row(link, obj.admin_origin) for link in links),
        )
        create = reverse("admin:articles_article_preview_create", args=(obj.pk,))
        return format_html(
            '<ul class="preview-links">{}</ul><p><button type="submit" class="button" formaction="{}" '
            'formmethod="post" formnovalidate>{}</button></p><p class="help">{}</p>',
            rows, create, _("Create preview link"),
            _("Anyone with the link can read this draft, without an account, until it expires (%(days)s days) "
              "or you revoke it. Search engines are told not to index it.") % {"days": settings.PREVIEW_LINK_DAYS},
        )

    @method_decorator(require_POST)
    def preview_create_view(self, request, object_id):
        article = self._article_or_404(request, object_id, change=True)
        link = PreviewLink.objects.create(article=article, created_by=request.user)
        messages.success(request, format_html(
            _("Preview link created, valid until {}: {}"), berlin_time(link.expires_at),
            request.build_absolute_uri(link.get_absolute_url())))
        return HttpResponseRedirect(reverse("admin:articles_article_change", args=(article.pk,)))

    @method_decorator(require_POST)
    def preview_revoke_view(self, request, object_id, link_id):
        article = self._article_or_404(request, object_id, change=True)
        updated = article.preview_links.filter(pk=link_id, revoked_at__isnull=True).update(revoked_at=timezone.now())
        if updated:
            messages.success(request, _("Preview link revoked; it no longer works."))
        return HttpResponseRedirect(reverse("admin:articles_article_change", args=(article.pk,)))
