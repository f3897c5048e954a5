from django.urls import path
from django.utils.translation import pgettext_lazy

from articles import feeds, views

app_name = "articles"

urlpatterns = [
    # First: the most requested page, resolved with the fewest patterns tried (bench/README.md).
    path(pgettext_lazy("url", "article/<slug:slug>/"), views.ArticleDetailView.as_view(), name="detail"),
    path("", views.HomeView.as_view(), name="home"),
    path(pgettext_lazy("url", "search/"), views.SearchView.as_view(), name="search"),
    path(pgettext_lazy("url", "articles/"), views.ArchiveView.as_view(), name="archive"),
    path(pgettext_lazy("url", "category/<slug:slug>/"), views.CategoryView.as_view(), name="category"),
    path(pgettext_lazy("url", "preview/<str:token>/"), views.PreviewLinkView.as_view(), name="preview"),
    # Hashtag slugs may be non-Latin (taggit keeps Unicode), so any character but "/" is allowed.
    path("hashtag/<str:slug>/", views.HashtagView.as_view(), name="hashtag"),
    path(pgettext_lazy("url", "author/<slug:slug>/"), views.AuthorView.as_view(), name="author"),
    # Feeds: RSS 2.0 at .../feed/, Atom at .../feed/atom/, for the site and each category, hashtag and author.
    path("feed/", feeds.rss_feed, name="feed"),
    path("feed/atom/", feeds.atom_feed, name="feed_atom"),
    path(pgettext_lazy("url", "category/<slug:slug>/feed/"), feeds.rss_feed, {"kind": "category"},
         name="category_feed"),
    path(pgettext_lazy("url", "category/<slug:slug>/feed/atom/"), feeds.atom_feed, {"kind": "category"},
         name="category_feed_atom"),
    path("hashtag/<str:slug>/feed/", feeds.rss_feed, {"kind": "hashtag"}, name="hashtag_feed"),
    path("hashtag/<str:slug>/feed/atom/", feeds.atom_feed, {"kind": "hashtag"}, name="hashtag_feed_atom"),
    path(pgettext_lazy("url", "author/<slug:slug>/feed/"), feeds.rss_feed, {"kind": "author"}, name="author_feed"),
    path(pgettext_lazy("url", "author/<slug:slug>/feed/atom/"), feeds.atom_feed, {"kind": "author"},
         name="author_feed_atom"),
]
