from django.urls import path
from django.utils.translation import pgettext_lazy

from articles import views

app_name = "articles"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path(pgettext_lazy("url", "articles/"), views.ArchiveView.as_view(), name="archive"),
    path(pgettext_lazy("url", "article/<slug:slug>/"), views.ArticleDetailView.as_view(), name="detail"),
    path(pgettext_lazy("url", "category/<slug:slug>/"), views.CategoryView.as_view(), name="category"),
    path("hashtag/<slug:slug>/", views.HashtagView.as_view(), name="hashtag"),
    # Not translated: the language prefix (none or /en/) says which language was read.
    path("view/<int:pk>.gif", views.count_view, name="count_view"),
    path(pgettext_lazy("url", "author/<slug:slug>/"), views.AuthorView.as_view(), name="author"),
]
