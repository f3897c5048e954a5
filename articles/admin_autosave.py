"""Autosave of drafts in the article admin, and the version check that keeps two people from overwriting each other.

The article form (static/kinews-admin/article_form.js) posts itself a few seconds after each change, with
`_autosave` added, to the very URL it would post to on "Save". The admin saves it as usual – form, inlines,
`save_model`, `save_related` and so the article service (articles/services.py) – and answers with JSON instead of a
redirect. Only drafts are autosaved, as drafts: a published article changes only when someone presses "Save".
Uploads and deletions of key facts or sources wait for that too. A revision is kept at most every
`AUTOSAVE_REVISION_INTERVAL`, so the history shows points to go back to without a line every few seconds.

The form carries the version (time of the last save) it was opened with; a save of an older version is refused
with a message naming who saved the newer one (articles/admin_forms.py). GET on `<id>/version/` lets an open form
notice a newer save before anyone types.
"""

from datetime import timedelta

import reversion
from django.conf import settings
from django.contrib.admin.utils import unquote
from django.http import HttpResponse, JsonResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _
from reversion.admin import VersionAdmin
from reversion.models import Version

from articles.admin_forms import newer_save_message, version_of
from articles.models import Article

AUTOSAVE_FIELD = "_autosave"
AUTOSAVE_REVISION_INTERVAL = timedelta(minutes=10)


def is_autosave(request) -> bool:
    return request.method == "POST" and AUTOSAVE_FIELD in request.POST


class AutosaveAdminMixin:
    """For ArticleAdmin: answers autosaves from the change form and tells open forms about newer saves."""

    def get_urls(self):
        own = [path("<path:object_id>/version/", self.admin_site.admin_view(self.version_view),
                    name="articles_article_version")]
        return own + super().get_urls()

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if is_autosave(request) and not self.autosave_revision_due(self.get_object(request, unquote(object_id))):
            # Past django-reversion's wrapper (VersionAdmin.change_view): most autosaves keep no revision.
            return super(VersionAdmin, self).change_view(request, object_id, form_url, extra_context)
        return super().change_view(request, object_id, form_url, extra_context)

    def version_view(self, request, object_id):
        article = self._article_or_404(request, object_id)
        return JsonResponse({"version": version_of(article), "message": newer_save_message(article, request.user)})

    def autosave_config(self, request, article: Article | None) -> dict:
        """What the form's script needs: whether to autosave, where to ask for newer saves, and its words."""
        return {
            "enabled": article is None or article.status == Article.Status.DRAFT,
            "versionUrl": reverse("admin:articles_article_version", args=(article.pk,)) if article else "",
            "messages": {
                "saving": _("Saving…"),
                "saved": _("Saved %(time)s ago"),
                "unsaved": _("Changes not saved yet"),
                "publishedHint": _("Changes not saved yet – published articles are saved with “Save” only."),
                "failed": _("Not saved automatically: %(reason)s"),
                "offline": _("Cannot save automatically right now; your changes are still in the form."),
                "openNewer": _("Open the newer version in a new tab"),
            },
        }

    def autosave_refusal(self, request, article: Article | None) -> HttpResponse | None:
        """Turn the posted form into an autosave of a draft, or say why there is none."""
        if article is not None and article.status != Article.Status.DRAFT:
            return JsonResponse({"saved": False, "message": _(
                "Published articles are saved with “Save” only.")}, status=409)
        data = request.POST.copy()
        data["status"] = Article.Status.DRAFT
        for key in [key for key in data if key.endswith(("-DELETE", "-clear"))]:
            del data[key]  # removing key facts, sources or the image waits for "Save"
        request.POST = data
        request._files = MultiValueDict()  # uploads too
        return None

    def autosave_revision_due(self, article: Article | None) -> bool:
        if article is None:
            return True
        latest = Version.objects.get_for_object(article).order_by("-revision__date_created").first()
        return latest is None or latest.revision.date_created < timezone.now() - AUTOSAVE_REVISION_INTERVAL

    def autosaved(self, request, article: Article) -> JsonResponse:
        """The answer to an autosave that saved: the new version, and the ids of new key facts and sources, so
        that the form's next save changes them instead of adding them again."""
        if reversion.is_active():
            reversion.set_comment(_("Saved automatically."))
        article.refresh_from_db(fields=["updated_at"])
        saved_rows = {
            formset.prefix: {str(index): form.instance.pk for index, form in enumerate(formset.forms)
                             if form.instance.pk is not None}
            for formset in getattr(request, "_article_formsets", [])
        }
        # Fields the article filled in itself (slugs from the title) go into the form, as after a reload.
        derived = {name: getattr(article, name) for name in (f"slug_{code}" for code, _name in settings.LANGUAGES)
                   if not request.POST.get(name) and getattr(article, name)}
        return JsonResponse({
            "saved": True,
            "fields": derived,
            "version": version_of(article),
            "changeUrl": reverse("admin:articles_article_change", args=(article.pk,)),
            "versionUrl": reverse("admin:articles_article_version", args=(article.pk,)),
            "rows": saved_rows,
        })

    def autosave_failed(self, response) -> JsonResponse:
        """The form came back with errors: the first few, in words, for the status line."""
        context = getattr(response, "context_data", None) or {}
        admin_form = context.get("adminform")
        if admin_form is None:
            return JsonResponse({"saved": False, "message": _("The form could not be read.")}, status=400)
        form = admin_form.form
        if any(error.code == "newer_save" for error in form.non_field_errors().as_data()):
            return JsonResponse({"saved": False, "conflict": True,
                                 "message": newer_save_message(form.instance, form.user)}, status=409)
        problems = [str(error) for error in form.non_field_errors()]
        for name, errors in form.errors.items():
            if name != "__all__":
                label = form.fields[name].label if name in form.fields else name
                problems += [f"{label}: {error}" for error in errors]
        for inline in context.get("inline_admin_formsets", []):
            for form_errors in inline.formset.errors:
                for errors in form_errors.values():
                    problems += [f"{inline.opts.verbose_name}: {error}" for error in errors]
            problems += [str(error) for error in inline.formset.non_form_errors()]
        return JsonResponse({"saved": False, "message": "; ".join(problems[:3])}, status=400)
