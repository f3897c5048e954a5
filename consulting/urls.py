from django.urls import path
from django.utils.translation import pgettext_lazy

from consulting import views

app_name = "consulting"

# /beratung/ itself is the consulting offer page of the pages app (pages:consulting); the form lives below it.
urlpatterns = [
    path(pgettext_lazy("url", "consulting/inquiry/"), views.inquiry_form, name="inquiry"),
    path(pgettext_lazy("url", "consulting/inquiry/thanks/"), views.thanks, name="thanks"),
    path(pgettext_lazy("url", "consulting/inquiry/received/"), views.received, name="received"),
]
