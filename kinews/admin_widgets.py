"""Admin widgets shared by the apps."""

from django.contrib.admin.widgets import AdminFileWidget
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from kinews.images import ALLOWED_FORMATS, CONTENT_TYPES


class ImagePreviewWidget(AdminFileWidget):
    """An image upload that shows the picture the way readers will see it – e.g. whole on the article page and cut
    to 16:9 on cards – instead of a file path. A newly chosen file is shown the same way before it is uploaded
    (static/kinews-admin/image_preview.js).

    `crops`: (name, label) pairs; the name picks the shape in static/kinews-admin/admin.css (`full`, `card`,
    `round`). `preview`: a kinews.images.Rendition of the stored image, small enough for the admin; `size`: the
    stored original's width and height.
    """

    class Media:
        js = ("kinews-admin/image_preview.js",)

    def __init__(self, *, crops, preview=None, size=(None, None), attrs=None):
        self.crops = crops
        self.preview = preview
        self.size = size
        accept = ",".join(CONTENT_TYPES[name] for name in sorted(ALLOWED_FORMATS) if name in CONTENT_TYPES)
        super().__init__(attrs={"accept": accept, **(attrs or {})})

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        stored = bool(widget["is_initial"])
        src = self.preview.url if stored and self.preview else ""
        crops = format_html_join(
            "", '<figure class="image-crop image-crop--{}"><img src="{}" alt=""><figcaption>{}</figcaption></figure>',
            ((crop, src, label) for crop, label in self.crops),
        )
        if stored:
            width, height = self.size
            size = f" · {width} × {height} px" if width and height else ""
            about = format_html("{}{}", value.name.rsplit("/", 1)[-1], size)
        else:
            about = _("No image yet.")
        clear = format_html(
            '<label class="image-field__clear"><input type="checkbox" name="{}" id="{}"> {}</label>',
            widget["checkbox_name"], widget["checkbox_id"], _("Remove image"),
        ) if stored and not widget["required"] else ""
        return format_html(
            '<div class="image-field" data-new-label="{}"><div class="image-field__crops"{}>{}</div>'
            '<p class="image-field__about">{}</p>{}'
            '<label class="image-field__choose button">{}<input type="file" class="visually-hidden" name="{}"{}>'
            '</label></div>',
            _("chosen, uploaded when you save"), "" if src else " hidden", crops, about, clear,
            _("Choose another image") if stored else _("Choose an image"), name, flatatt(widget["attrs"]),
        )
