"""What the recommendations app stores: the related-posts index, stored related lists with their reasons, editors'
pins and exclusions, and daily view counts for the popular list."""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from articles.models import Article


class ArticleTerm(models.Model):
    """One of an article's top TF-IDF terms in one language: the inverted index for finding related posts."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="terms")
    language = models.CharField(max_length=5)
    term = models.CharField(max_length=40)
    weight = models.FloatField(help_text="Normalised TF-IDF weight: the article's vector has length 1.")

    class Meta:
        indexes = [models.Index(fields=["language", "term"], name="article_term_idx")]
        constraints = [
            models.UniqueConstraint(fields=["article", "language", "term"], name="article_term_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.term} ({self.weight:.3f})"


class TermStat(models.Model):
    """How many indexed articles of a language contain a term (document frequency, for IDF).

    Exact after `rebuild_related`; kept up to date approximately between rebuilds (see recommendations.index).
    """

    language = models.CharField(max_length=5)
    term = models.CharField(max_length=40)
    documents = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language", "term"], name="term_stat_unique")]

    def __str__(self) -> str:
        return f"{self.language}:{self.term} ({self.documents})"


class RelatedArticle(models.Model):
    """One entry of an article's stored related list in one language, with its score and why it was picked."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="related_entries")
    language = models.CharField(_("language"), max_length=5)
    target = models.ForeignKey(
        Article, verbose_name=_("related article"), on_delete=models.CASCADE, related_name="related_in"
    )
    rank = models.PositiveSmallIntegerField(_("rank"))
    score = models.FloatField(_("score"))
    reasons = models.JSONField(_("reasons"), default=dict, help_text="Parts of the score (recommendations.scoring).")

    class Meta:
        ordering = ["article", "language", "rank"]
        verbose_name = _("related article")
        verbose_name_plural = _("related articles")
        constraints = [
            models.UniqueConstraint(fields=["article", "language", "target"], name="related_article_unique"),
        ]
        indexes = [models.Index(fields=["article", "language", "rank"], name="related_article_rank_idx")]

    def __str__(self) -> str:
        return f"{self.article_id} → {self.target_id} ({self.language}, {self.score:.2f})"


class RelatedChoice(models.Model):
    """An editor's decision for one article's related list: always show (pin) or never show (exclude)."""

    class Action(models.TextChoices):
        PIN = "pin", _("Pin to the top")
        EXCLUDE = "exclude", _("Exclude")

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="related_choices")
    target = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="related_choices_as_target"
    )
    action = models.CharField(_("action"), max_length=10, choices=Action.choices, default=Action.PIN)
    position = models.PositiveSmallIntegerField(_("position"), default=0, help_text=_("Order of pinned articles."))

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("related article choice")
        verbose_name_plural = _("related articles: pins and exclusions")
        constraints = [
            models.UniqueConstraint(fields=["article", "target"], name="related_choice_unique"),
            models.CheckConstraint(condition=~Q(target=F("article")), name="related_choice_not_self"),
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()}: {self.target}"


class ArticleView(models.Model):
    """Views of one article in one language on one day. Only the count is kept: no IP, no user agent."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="views")
    language = models.CharField(max_length=5)
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "language", "day"], name="article_view_unique")]
        indexes = [models.Index(fields=["language", "day"], name="article_view_day_idx")]

    def __str__(self) -> str:
        return f"{self.article_id} {self.language} {self.day}: {self.count}"
