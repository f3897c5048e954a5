"""The related-posts index, stored lists, editors' choices and view counts move from `articles` to this app.

State only: the tables and their rows stay where they are (renamed by 0002); content types and permissions move
along, so the editors' permissions and admin history stay attached.
"""

import django.db.models.deletion
from django.db import migrations, models


def move_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in ['termstat', 'articleterm', 'articleview', 'relatedarticle', 'relatedchoice']:
        if not ContentType.objects.filter(app_label="recommendations", model=model).exists():
            ContentType.objects.filter(app_label="articles", model=model).update(app_label="recommendations")


def move_content_types_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in ['termstat', 'articleterm', 'articleview', 'relatedarticle', 'relatedchoice']:
        if not ContentType.objects.filter(app_label="articles", model=model).exists():
            ContentType.objects.filter(app_label="recommendations", model=model).update(app_label="articles")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("articles", "0006_move_recommendations"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='TermStat',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('language', models.CharField(max_length=5)),
                        ('term', models.CharField(max_length=40)),
                        ('documents', models.PositiveIntegerField(default=0)),
                    ],
                    options={
                        'db_table': 'articles_termstat',
                        'constraints': [models.UniqueConstraint(fields=('language', 'term'), name='term_stat_unique')],
                    },
                ),
                migrations.CreateModel(
                    name='ArticleTerm',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('language', models.CharField(max_length=5)),
                        ('term', models.CharField(max_length=40)),
                        ('weight', models.FloatField(help_text="Normalised TF-IDF weight: the article's vector has length 1.")),
                        ('article', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='terms', to='articles.article')),
                    ],
                    options={
                        'db_table': 'articles_articleterm',
                        'indexes': [models.Index(fields=['language', 'term'], name='article_term_idx')],
                        'constraints': [models.UniqueConstraint(fields=('article', 'language', 'term'), name='article_term_unique')],
                    },
                ),
                migrations.CreateModel(
                    name='ArticleView',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('language', models.CharField(max_length=5)),
                        ('day', models.DateField()),
                        ('count', models.PositiveIntegerField(default=0)),
                        ('article', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='views', to='articles.article')),
                    ],
                    options={
                        'db_table': 'articles_articleview',
                        'indexes': [models.Index(fields=['language', 'day'], name='article_view_day_idx')],
                        'constraints': [models.UniqueConstraint(fields=('article', 'language', 'day'), name='article_view_unique')],
                    },
                ),
                migrations.CreateModel(
                    name='RelatedArticle',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('language', models.CharField(max_length=5, verbose_name='language')),
                        ('rank', models.PositiveSmallIntegerField(verbose_name='rank')),
                        ('score', models.FloatField(verbose_name='score')),
                        ('reasons', models.JSONField(default=dict, help_text='Parts of the score (recommendations.scoring).', verbose_name='reasons')),
                        ('article', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='related_entries', to='articles.article')),
                        ('target', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='related_in', to='articles.article', verbose_name='related article')),
                    ],
                    options={
                        'db_table': 'articles_relatedarticle',
                        'verbose_name': 'related article',
                        'verbose_name_plural': 'related articles',
                        'ordering': ['article', 'language', 'rank'],
                        'indexes': [models.Index(fields=['article', 'language', 'rank'], name='related_article_rank_idx')],
                        'constraints': [models.UniqueConstraint(fields=('article', 'language', 'target'), name='related_article_unique')],
                    },
                ),
                migrations.CreateModel(
                    name='RelatedChoice',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('action', models.CharField(choices=[('pin', 'Pin to the top'), ('exclude', 'Exclude')], default='pin', max_length=10, verbose_name='action')),
                        ('position', models.PositiveSmallIntegerField(default=0, help_text='Order of pinned articles.', verbose_name='position')),
                        ('article', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='related_choices', to='articles.article')),
                        ('target', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='related_choices_as_target', to='articles.article', verbose_name='article')),
                    ],
                    options={
                        'db_table': 'articles_relatedchoice',
                        'verbose_name': 'related article choice',
                        'verbose_name_plural': 'related articles: pins and exclusions',
                        'ordering': ['position', 'pk'],
                        'constraints': [models.UniqueConstraint(fields=('article', 'target'), name='related_choice_unique'), models.CheckConstraint(condition=models.Q(('target', models.F('article')), _negated=True), name='related_choice_not_self')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
