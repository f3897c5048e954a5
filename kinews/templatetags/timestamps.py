"""{{ article.published_at|iso_seconds }}: a <time datetime> value to the second (kinews/timestamps.py)."""

from django import template

from kinews import timestamps

register = template.Library()
register.filter("iso_seconds", timestamps.iso_seconds)
