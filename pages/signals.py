from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from kinews.pagecache import invalidate
from pages.models import Page, SocialLink


@receiver(post_save, sender=Page)
@receiver(post_delete, sender=Page)
@receiver(post_save, sender=SocialLink)
@receiver(post_delete, sender=SocialLink)
def footer_changed(sender, raw=False, **kwargs):
    # Legal pages and follow-us links are linked from every page's footer.
    if not raw:
        transaction.on_commit(partial(invalidate, {"site"}))
