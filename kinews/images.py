"""Uploaded images: checked before they are stored, and resized into WebP renditions once, in a task."""

import hashlib
import os
import warnings
from dataclasses import dataclass
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


# --- Choosing what a page shows: one rule for every place that needs an image of some width.

CONTENT_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "AVIF": "image/avif"}


@dataclass(frozen=True)
class Rendition:
    """One stored version of an image: the original or one of its WebP renditions."""

    url: str
    width: int
    height: int
    content_type: str
    bytes: int = 0  # 0 where unknown (originals)
    is_original: bool = False


def renditions_of(field, stored: list[dict], width: int | None, height: int | None) -> list[Rendition]:
    """The image's versions, narrowest first: its WebP renditions, or the original alone until they exist.

    `width`/`height` are the original's stored dimensions: reading them from the file would open it.
    """
    if not field:
        return []
    if stored:
        return [Rendition(field.storage.url(r["name"]), r["width"], r["height"], "image/webp", r.get("bytes", 0))
                for r in stored]
    extension = field.name.rsplit(".", 1)[-1].upper().replace("JPG", "JPEG")
    return [Rendition(field.url, width or 0, height or 0, CONTENT_TYPES.get(extension, "image/jpeg"), is_original=True)]


def rendition_for(versions: list[Rendition], width: int | None = None) -> Rendition | None:
    """The narrowest version at least `width` px wide, else the widest (also when no width is asked for)."""
    if not versions:
        return None
    if width is not None:
        for version in versions:
            if version.width >= width:
                return version
    return versions[-1]


@dataclass(frozen=True)
class Picture:
    """What a template needs for one responsive <img>: src, srcset, intrinsic size and alt text."""

    src: str
    srcset: str
    width: int
    height: int
    alt: str


def picture_for(versions: list[Rendition], alt: str) -> Picture | None:
    """The widest version as `src`, every rendition in `srcset` (none for an original without renditions)."""
    largest = rendition_for(versions)
    if largest is None:
        return None
    srcset = "" if largest.is_original else ", ".join(f"{v.url} {v.width}w" for v in versions)
    return Picture(largest.url, srcset, largest.width, largest.height, alt)
