from functools import partial

from django.db import transaction
from django.db.models.signals import post_init, post_save
from django.dispatch import receiver

from articles.models import Article, Author
from articles.tasks import RENDITION_TARGETS, make_image_renditions


@receiver(post_init, sender=Article)
@receiver(post_init, sender=Author)
def remember_image(sender, instance, **kwargs):
    image_field = RENDITION_TARGETS[sender._meta.label_lower][0]
    instance._stored_image_name = getattr(instance, image_field).name


@receiver(post_save, sender=Article)
@receiver(post_save, sender=Author)
def queue_renditions(sender, instance, raw=False, **kwargs):
    """A new or replaced image gets its renditions made once, after the transaction commits."""
    label = sender._meta.label_lower
    image_field, renditions_field, _widths = RENDITION_TARGETS[label]
    name = getattr(instance, image_field).name
    if raw or name == instance._stored_image_name:
        return
    instance._stored_image_name = name
    if name:
        transaction.on_commit(partial(make_image_renditions.enqueue, label, instance.pk, name))
    else:
        sender._default_manager.filter(pk=instance.pk).update(**{renditions_field: []})
