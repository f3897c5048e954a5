"""Uploaded images: checked before they are stored, and resized into WebP renditions once, in a task."""

import hashlib
import os
import warnings
from io import BytesIO

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP"} | ({"AVIF"} if "AVIF" in Image.registered_extensions().values() else set())
# The extension a stored upload gets, from the format Pillow detected, whatever the uploader named the file.
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "AVIF": "avif"}

ARTICLE_WIDTHS = (360, 720, 1080, 1440)
PORTRAIT_WIDTHS = (96, 192)


def check_image(file) -> tuple[int, int]:
    """Refuse anything that is not a reasonably sized JPEG/PNG/WebP/AVIF; return its (width, height).

    The pixel count is read from the header before any decoding, so a decompression bomb is
    refused without being unpacked.
    """
    if file.size is not None and file.size > settings.IMAGE_MAX_BYTES:
        raise ValidationError(
            _("The image is too large (%(size)s MB). The limit is %(limit)s MB."),
            code="image_too_large",
            params={"size": round(file.size / 1_048_576, 1), "limit": settings.IMAGE_MAX_BYTES // 1_048_576},
        )
    file.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(file)
            width, height = image.size
            image_format = image.format
            if width * height > settings.IMAGE_MAX_PIXELS:
                raise ValidationError(
                    _("The image has too many pixels (%(width)s × %(height)s). At most %(limit)s megapixels."),
                    code="image_too_many_pixels",
                    params={"width": width, "height": height, "limit": settings.IMAGE_MAX_PIXELS // 1_000_000},
                )
            image.verify()
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(
            _("The image has too many pixels to be processed safely."), code="image_too_many_pixels"
        ) from None
    except Exception:
        raise ValidationError(
            _("This file is not an image we can read. Upload a JPEG, PNG or WebP file."), code="invalid_image"
        ) from None
    finally:
        file.seek(0)
    if image_format not in ALLOWED_FORMATS:
        raise ValidationError(
            _("Images must be JPEG, PNG or WebP (this one is %(format)s)."),
            code="image_format",
            params={"format": image_format},
        )
    return width, height


class CheckedImageFormField(forms.ImageField):
    default_error_messages = {
        "invalid_image": _("This file is not an image we can read. Upload a JPEG, PNG or WebP file."),
    }

    def to_python(self, data):
        if data in self.empty_values:
            return None
        # Our check first: it gives the clearer message and never decodes oversized images.
        check_image(data)
        upload = super().to_python(data)
        upload.name = name_for_format(upload.name, upload.image.format)
        return upload


def name_for_format(name: str, image_format: str) -> str:
    """The client's file name with the extension of the real format: a PNG called poly.pdf is stored (and then
    served) as poly.png. Inner dots go too ("shell.php.jpg" -> "shell-php.jpg"): no server guesses from them."""
    base = os.path.basename(name or "")
    stem = base.rsplit(".", 1)[0] if "." in base else base
    return f"{stem.replace('.', '-') or 'image'}.{EXTENSIONS[image_format]}"


class CheckedImageField(models.ImageField):
    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": CheckedImageFormField, **kwargs})


def make_renditions(name: str, widths: tuple[int, ...]) -> list[dict]:
    """Write WebP copies of the stored image `name` at each width (never upscaled)."""
    with default_storage.open(name, "rb") as source:
        image = ImageOps.exif_transpose(Image.open(source))
        image.load()
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
    digest = hashlib.sha1(name.encode()).hexdigest()[:12]
    renditions = []
    for width in sorted({min(w, image.width) for w in widths}):
        height = round(image.height * width / image.width)
        buffer = BytesIO()
        image.resize((width, height), Image.Resampling.LANCZOS).save(buffer, "WEBP", quality=80, method=4)
        target = f"renditions/{digest}-{width}.webp"
        if default_storage.exists(target):
            default_storage.delete(target)
        stored = default_storage.save(target, ContentFile(buffer.getvalue()))
        # bytes: the length feeds announce for the image enclosure.
        renditions.append({"name": stored, "width": width, "height": height, "bytes": buffer.getbuffer().nbytes})
    return renditions
