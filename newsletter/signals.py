from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from newsletter.models import Promo
from newsletter.selectors import forget_promos


@receiver(post_save, sender=Promo)
@receiver(post_delete, sender=Promo)
def promo_changed(sender, **kwargs):
    forget_promos()
