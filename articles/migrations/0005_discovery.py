"""Discovery: search documents (+ GIN indexes on PostgreSQL), SEO fields, redirects and tombstones,
case-insensitive hashtags (existing case duplicates merged)."""

import django.contrib.postgres.search
from django.db import migrations, models

from articles.hashtags import merge_case_duplicates
from kinews.permissions import crud, grant

GIN_INDEXES = {"article_search_de_gin": "search_de", "article_search_en_gin": "search_en"}


def create_search_indexes(apps, schema_editor):
    # GIN indexes exist only on PostgreSQL; other databases search without the stored documents.
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, column in GIN_INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON articles_article USING gin ({column})")
    # The documents themselves are computed by migration 0010, with the SQL functions they need.


def drop_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in GIN_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


def merge_hashtag_case_duplicates(apps, schema_editor):
    merge_case_duplicates(apps.get_model("taggit", "Tag"))


def grant_editors(apps, schema_editor):
    grant(apps, "Editors", "articles", crud("redirect", "gonepath"))


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0004_editorial'),
        ('taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx'),
    ]

    operations = [
        migrations.CreateModel(
            name='GonePath',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('path', models.CharField(max_length=300, unique=True, verbose_name='path')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='deleted')),
            ],
            options={
                'verbose_name': 'deleted address',
                'verbose_name_plural': 'deleted addresses',
                'ordering': ['path'],
            },
        ),
        migrations.CreateModel(
            name='Redirect',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('old_path', models.CharField(max_length=300, unique=True, verbose_name='old path')),
                ('new_path', models.CharField(max_length=300, verbose_name='new path')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
            ],
            options={
                'verbose_name': 'redirect',
                'verbose_name_plural': 'redirects',
                'ordering': ['old_path'],
            },
        ),
        migrations.AddField(
            model_name='article',
            name='search_de',
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name='article',
            name='search_en',
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name='article',
            name='seo_description',
            field=models.CharField(blank=True, help_text='Default: the teaser, shortened.', max_length=160, verbose_name='SEO description'),
        ),
        migrations.AddField(
            model_name='article',
            name='seo_description_de',
            field=models.CharField(blank=True, help_text='Default: the teaser, shortened.', max_length=160, null=True, verbose_name='SEO description'),
        ),
        migrations.AddField(
            model_name='article',
            name='seo_description_en',
            field=models.CharField(blank=True, help_text='Default: the teaser, shortened.', max_length=160, null=True, verbose_name='SEO description'),
        ),
        migrations.AddField(
            model_name='article',
            name='seo_title',
            field=models.CharField(blank=True, help_text='For search engines and social media. Default: the title.', max_length=70, verbose_name='SEO title'),
        ),
        migrations.AddField(
            model_name='article',
            name='seo_title_de',
            field=models.CharField(blank=True, help_text='For search engines and social media. Default: the title.', max_length=70, null=True, verbose_name='SEO title'),
        ),
        migrations.AddField(
            model_name='article',
            name='seo_title_en',
            field=models.CharField(blank=True, help_text='For search engines and social media. Default: the title.', max_length=70, null=True, verbose_name='SEO title'),
        ),
        migrations.RunPython(create_search_indexes, drop_search_indexes),
        migrations.RunPython(merge_hashtag_case_duplicates, migrations.RunPython.noop),
        migrations.RunPython(grant_editors, migrations.RunPython.noop),
    ]
