from django.urls import path
from django.utils.translation import pgettext_lazy

from articles import views

app_name = "articles"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path(pgettext_lazy("url", "articles/"), views.ArchiveView.as_view(), name="archive"),
    path(pgettext_lazy("url", "article/<slug:slug>/"), views.ArticleDetailView.as_view(), name="detail"),
    path(pgettext_lazy("url", "category/<slug:slug>/"), views.CategoryView.as_view(), name="category"),
    path(pgettext_lazy("url", "preview/<str:token>/"), views.PreviewLinkView.as_view(), name="preview"),
    # Hashtag slugs may be non-Latin (taggit keeps Unicode), so any character but "/" is allowed.
    path("hashtag/<str:slug>/", views.HashtagView.as_view(), name="hashtag"),
    path(pgettext_lazy("url", "author/<slug:slug>/"), views.AuthorView.as_view(), name="author"),
]
