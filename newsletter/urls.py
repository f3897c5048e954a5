from django.urls import path
from django.utils.translation import pgettext_lazy

from newsletter import subscription_views, views

app_name = "newsletter"

urlpatterns = [
    path("newsletter/", views.signup, name="signup"),
    path(pgettext_lazy("url", "newsletter/thanks/"), views.thanks, name="thanks"),
    path(pgettext_lazy("url", "newsletter/confirm/<str:token>/"), views.confirm, name="confirm"),
    path(pgettext_lazy("url", "newsletter/unsubscribe/<str:token>/"), views.unsubscribe_view, name="unsubscribe"),
    path(pgettext_lazy("url", "newsletter/subscription/<str:token>/"), subscription_views.subscription_page,
         name="subscription"),
    path("promo/<int:pk>/", views.promo_click, name="promo_click"),
]
