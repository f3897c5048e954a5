"""Hashtags are searched: every stored search document (PostgreSQL) is recomputed with the article's hashtags
beside its teaser and key facts (articles.search.search_vector_updates)."""

from django.db import migrations

from articles.search import search_vector_updates


def recompute_documents(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        apps.get_model("articles", "Article").objects.update(**search_vector_updates(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0012_article_updated_by"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(recompute_documents, migrations.RunPython.noop)]
