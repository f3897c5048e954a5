"""The related-posts index, stored lists, editors' choices and view counts now belong to the recommendations
app (recommendations/migrations/0001_initial.py takes them over). State only: no table is touched here."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0005_discovery"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="ArticleTerm"),
                migrations.DeleteModel(name="TermStat"),
                migrations.DeleteModel(name="RelatedArticle"),
                migrations.DeleteModel(name="RelatedChoice"),
                migrations.DeleteModel(name="ArticleView"),
            ],
            database_operations=[],
        ),
    ]
