from django.urls import path

from recommendations import views

app_name = "recommendations"

urlpatterns = [
    # Not translated: the language prefix (none or /en/) says which language was read.
    path("view/<int:pk>.gif", views.count_view, name="count_view"),
]
