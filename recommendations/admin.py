"""The article admin, with what this app adds: editors' pins and exclusions, and the computed related lists."""

from django.contrib import admin
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from articles.admin import ArticleAdmin
from articles.models import Article
from kinews.admin_site import OrderedInlineMixin
from recommendations.models import RelatedArticle, RelatedChoice
from recommendations.popularity import views_per_article
from recommendations.scoring import describe


class RelatedChoiceInline(OrderedInlineMixin, admin.TabularInline):
    model = RelatedChoice
    fk_name = "article"
    extra = 0
    fields = ("target", "action", "position")
    autocomplete_fields = ("target",)
    verbose_name_plural = _("Related articles: pin or exclude")


class ArticleWithRecommendationsAdmin(ArticleAdmin):
    inlines = [*ArticleAdmin.inlines, RelatedChoiceInline]
    fieldsets = [*ArticleAdmin.fieldsets, (_("Related articles"), {"fields": ("computed_related",),
                                                                      "classes": ("collapse",)})]

    def get_readonly_fields(self, request, obj=None):
        return (*super().get_readonly_fields(request, obj), "computed_related")

    def views_in_last_days(self, article_ids: list[int], days: int) -> dict[int, int]:
        return views_per_article(article_ids=article_ids, days=days)  # for the editorial start page

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


# The article admin is the articles app's; this app extends it (as articles/admin.py does with taggit's).
admin.site.unregister(Article)
admin.site.register(Article, ArticleWithRecommendationsAdmin)
