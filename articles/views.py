from django.conf import settings
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, ListView, TemplateView
from taggit.models import Tag

from articles import seo
from articles.feeds import feed_links
from articles.models import Article, Author, Category, PreviewLink
from articles.querysets import detail_shape
from articles.search import (
    SearchPaginator,
    clean_query,
    matched_hashtags,
    search_alternates,
    search_articles,
    snippets,
)
from articles.search_suggest import suggest
from kinews.pagecache import tag_request


class AlternatesMixin:
    """Puts the page's language alternates (switcher and hreflang) into the context."""

    alternates_object_name: str | None = None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        obj = getattr(self, self.alternates_object_name) if self.alternates_object_name else None
        context["alternates"] = seo.alternates(obj, self.request.path)
        return context


class HomeView(AlternatesMixin, TemplateView):
    template_name = "articles/home.html"
    latest_count = 8  # the lead, three beside it, a row of four
    per_category = 4

    def get(self, request, *args, **kwargs):
        tag_request(request, "site", "list:home")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        front = Article.objects.readable().front_page(latest=self.latest_count, per_category=self.per_category)
        latest, rows = front.latest, front.by_category
        context.update(
            lead=latest[0] if latest else None,
            latest=latest[1:],
            category_rows=[(category, rows[category.pk]) for category in Category.objects.all() if category.pk in rows],
            feed_links=feed_links(),
        )
        context["seo"] = seo.page_meta(
            self.request,
            title=f"{settings.SITE_NAME} – {_('News and background on artificial intelligence')}",
            with_organization=True,
        )
        context["seo"].structured_data = [seo.website(context["seo"].origin)]
        return context


class ArticleListView(AlternatesMixin, ListView):
    """A paginated list of published articles; subclasses narrow it and describe the page."""

    template_name = "articles/article_list.html"
    context_object_name = "articles"
    feed_kind = "site"
    feed_object_name: str | None = None

    def get_paginate_by(self, queryset):
        return settings.ARTICLES_PER_PAGE

    def get_queryset(self):
        return Article.objects.readable().for_cards()

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        tag_request(request, "site", *self.cache_tags())
        return response

    def cache_tags(self) -> list[str]:
        return ["list:all"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        obj = getattr(self, self.feed_object_name) if self.feed_object_name else None
        context["feed_links"] = feed_links(self.feed_kind, obj)
        # Shown on the page: the RSS feed of this category, hashtag or author (the site's on the archive).
        context["page_feed"] = next(link for link in reversed(context["feed_links"])
                                    if link["type"] == "application/rss+xml")
        title = context["heading"]
        page = context["page_obj"]
        if page and page.number > 1:
            title += " – " + _("page %(number)s") % {"number": page.number}
        context["seo"] = seo.page_meta(
            self.request, title=f"{title} | {settings.SITE_NAME}", description=context.get("intro", "")
        )
        crumb = self.breadcrumb()
        if crumb:
            context["seo"].structured_data = [seo.breadcrumbs(context["seo"].origin, crumb)]
        return context

    def breadcrumb(self) -> tuple[str, str] | None:
        return None


class ArchiveView(ArticleListView):
    def get_context_data(self, **kwargs):
        return super().get_context_data(heading=_("All articles"), **kwargs)


class CategoryView(ArticleListView):
    alternates_object_name = "category"
    feed_kind = feed_object_name = "category"

    def breadcrumb(self):
        return (self.category.name, self.category.get_absolute_url())

    def get_queryset(self):
        self.category = get_object_or_404(Category, slug=self.kwargs["slug"])
        return super().get_queryset().filter(category=self.category)

    def cache_tags(self) -> list[str]:
        return [f"category:{self.category.pk}"]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            heading=self.category.name,
            intro=self.category.description,
            kicker=_("Category"),
            current_category=self.category,
            search_filter=("category", self.category.slug),
            **kwargs,
        )


class HashtagView(ArticleListView):
    # Hashtags are the same in both languages, so the path itself translates.
    feed_kind = "hashtag"
    feed_object_name = "tag"

    def breadcrumb(self):
        return (f"#{self.tag.name}", self.request.path)

    def get_queryset(self):
        self.tag = get_object_or_404(Tag, slug=self.kwargs["slug"])
        return super().get_queryset().filter(tags=self.tag)

    def cache_tags(self) -> list[str]:
        return [f"tag:{self.tag.pk}"]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            heading=f"#{self.tag.name}", kicker=_("Hashtag"), search_filter=("hashtag", self.tag.slug), **kwargs
        )


class AuthorView(ArticleListView):
    template_name = "articles/author_detail.html"
    alternates_object_name = "author"
    feed_kind = feed_object_name = "author"

    def breadcrumb(self):
        return (self.author.name, self.author.get_absolute_url())

    def get_queryset(self):
        self.author = get_object_or_404(Author, slug=self.kwargs["slug"])
        return super().get_queryset().filter(author=self.author)

    def cache_tags(self) -> list[str]:
        return [f"author:{self.author.pk}"]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            author=self.author, heading=self.author.name, intro=self.author.bio or self.author.name, **kwargs
        )


class ArticleDetailView(AlternatesMixin, DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"
    alternates_object_name = "object"

    def get_queryset(self):
        articles = detail_shape(Article)
        user = self.request.user
        if user.is_authenticated and user.is_staff:
            return articles  # an unpublished one only after is_preview_allowed() (get_object)
        return articles.readable(settings.LANGUAGE_CODE)

    def get_object(self, queryset=None):
        article = super().get_object(queryset)
        if not article.is_live and not self.is_preview_allowed(article):
            raise Http404
        return article

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        language = translation.get_language()
        if self.object.is_live and not self.object.is_readable(language):
            # Never a half-translated page: send readers to the language the article is complete in.
            with translation.override(settings.LANGUAGE_CODE):
                return redirect(self.object.get_absolute_url())
        return self.render_to_response(self.get_context_data(object=self.object))

    def is_preview_allowed(self, article: Article) -> bool:
        """A draft or scheduled article at its address: for its own author, editors and superusers only."""
        user = self.request.user
        if not (user.is_authenticated and user.is_staff):
            return False
        return user.has_perm("articles.edit_any_article") or (
            article.author.user_id is not None and article.author.user_id == user.pk
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        context.update(
            is_preview=not article.is_live,
            current_category=article.category,
            seo=seo.article_meta(self.request, article),
            feed_links=feed_links("category", article.category),
        )
        return context

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        if context["is_preview"]:
            add_never_cache_headers(response)
            response["X-Robots-Tag"] = "noindex, nofollow"
        else:
            # "site": menus, bylines, promos; its hashtags: renamed or deleted, they leave the page at once.
            tags = (f"tag:{tag.pk}" for tag in self.object.hashtag_list)
            tag_request(self.request, "site", f"article:{self.object.pk}", *tags)
        return response


@method_decorator(never_cache, name="dispatch")
class PreviewLinkView(ArticleDetailView):
    """An unpublished article through a secret preview link: exactly the article page, marked as a preview,
    noindex and never cached. Works without an account; an expired or revoked link is a plain 404."""

    def get_object(self, queryset=None):
        link = (
            PreviewLink.objects.valid().filter(token=self.kwargs["token"]).select_related("article").first()
        )
        if link is None:
            raise Http404
        return get_object_or_404(detail_shape(Article), pk=link.article_id)

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if self.object.is_live:
            return redirect(self.object.get_absolute_url())
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The preview in the other language, not the (not yet public) article address.
        context["alternates"] = seo.alternates(None, self.request.path)
        return context


def robots_txt(request):
    """Keeps crawlers out of search results and shareable previews; points them at the sitemap.

    The admin is not named: robots.txt is public, and the admin's pages say noindex themselves.
    """
    disallowed = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            disallowed.append(reverse("articles:search"))
            # Preview links are secret and noindex anyway; the prefix alone ("/vorschau/") is disallowed.
            disallowed.append(reverse("articles:preview", kwargs={"token": "x"}).removesuffix("x/"))
    # Staff previews of drafts share the article's address: only its author and editors get them (404
    # otherwise), sent with X-Robots-Tag: noindex.
    context = {"search_paths": disallowed}
    return render(request, "robots.txt", context, content_type="text/plain; charset=utf-8")


class SearchView(AlternatesMixin, ListView):
    """Search results: published articles only, ranked, filterable by category and hashtag; never indexed."""

    template_name = "articles/search.html"
    context_object_name = "articles"
    paginator_class = SearchPaginator
    hashtag_suggestions = 12

    def get_paginate_by(self, queryset):
        return settings.SEARCH_RESULTS_PER_PAGE

    def get(self, request, *args, **kwargs):
        raw = request.GET.get("q", "")
        self.query = clean_query(raw)
        self.query_was_cut = len(" ".join(raw.split())) > settings.SEARCH_MAX_QUERY_LENGTH
        category_slug, tag_slug = request.GET.get("category", ""), request.GET.get("hashtag", "")
        self.category = Category.objects.filter(slug=category_slug).first() if category_slug else None
        self.tag = Tag.objects.filter(slug=tag_slug).first() if tag_slug else None
        response = super().get(request, *args, **kwargs)
        response["X-Robots-Tag"] = "noindex, follow"
        return response

    def get_queryset(self):
        if not self.query:
            return Article.objects.none()
        # Snippets need the body; search documents stay unloaded.
        articles = Article.objects.readable().for_cards().defer(None).defer("search_de", "search_en")
        if self.category:
            articles = articles.filter(category=self.category)
        if self.tag:
            articles = articles.filter(tags=self.tag)
        self.searched = articles
        return search_articles(articles, query=self.query, language=translation.get_language())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = list(context["articles"])
        language = translation.get_language()
        marked = snippets(page, query=self.query, language=language)
        hashtags = matched_hashtags(page, query=self.query, language=language)
        for article in page:
            article.snippet, article.found_hashtags = marked.get(article.pk, ""), hashtags.get(article.pk, [])
        total = context["paginator"].count if self.query else 0
        title = _("Search: %(query)s") % {"query": self.query} if self.query else _("Search")
        context.update(
            articles=page,
            query=self.query,
            query_was_cut=self.query_was_cut,
            total=total,
            more_than=settings.SEARCH_MAX_COUNT if self.query and context["paginator"].count_is_capped else None,
            selected_category=self.category,
            selected_tag=self.tag,
            feed_links=feed_links(),
            seo=seo.page_meta(self.request, title=f"{title} | {settings.SITE_NAME}", robots="noindex, follow"),
            alternates=search_alternates(context["alternates"], query=self.query, category=self.category,
                                         tag=self.tag),
        )
        if self.query:
            context["suggestion"] = suggest(self.searched, query=self.query, language=translation.get_language(),
                                            found=total)
        if not total:
            published_ids = Article.objects.readable().values("pk")
            context["suggested_hashtags"] = (
                Tag.objects.filter(taggit_taggeditem_items__object_id__in=published_ids)
                .annotate(uses=Count("taggit_taggeditem_items"))
                .order_by("-uses", "name")[: self.hashtag_suggestions]
            )
        return context
