"""Demo content for `manage.py load_demo`: all texts written by the kinews team for this project."""

import importlib
import pkgutil

CATEGORIES = [
    {
        "slug": "forschung", "slug_en": "research", "order": 1,
        "name_de": "KI-Forschung", "name_en": "AI Research",
        "description_de": "Neue Modelle, neue Methoden und was sie wirklich können – verständlich erklärt.",
        "description_en": "New models, new methods and what they can really do, explained clearly.",
    },
    {
        "slug": "wirtschaft", "slug_en": "business", "order": 2,
        "name_de": "KI in der Wirtschaft", "name_en": "AI in Business",
        "description_de": "Wie Unternehmen KI einsetzen, was es kostet und wo sich der Einsatz lohnt.",
        "description_en": "How companies use AI, what it costs and where it pays off.",
    },
    {
        "slug": "praxis", "slug_en": "practice", "order": 3,
        "name_de": "Tools & Praxis", "name_en": "Tools & Practice",
        "description_de": "Werkzeuge, Anleitungen und Erfahrungen aus dem Arbeitsalltag mit KI.",
        "description_en": "Tools, how-tos and experience from working with AI every day.",
    },
    {
        "slug": "regulierung", "slug_en": "regulation", "order": 4,
        "name_de": "Politik & Regulierung", "name_en": "Policy & Regulation",
        "description_de": "AI Act, Datenschutz und die Regeln, die KI in Europa prägen.",
        "description_en": "The AI Act, data protection and the rules shaping AI in Europe.",
    },
    {
        "slug": "gesellschaft", "slug_en": "society", "order": 5,
        "name_de": "Gesellschaft", "name_en": "Society",
        "description_de": "Was KI mit Arbeit, Bildung und unserem Zusammenleben macht.",
        "description_en": "What AI does to work, education and how we live together.",
    },
    {
        "slug": "robotik", "slug_en": "robotics", "order": 6,
        "name_de": "Robotik", "name_en": "Robotics",
        "description_de": "Maschinen, die sehen, greifen und lernen – in Fabrik, Labor und Alltag.",
        "description_en": "Machines that see, grasp and learn – in factories, labs and everyday life.",
    },
]

AUTHORS = [
    {
        "key": "anna", "login": "author", "password": "kinews-author", "group": "Authors",
        "name": "Anna Berger", "slug": "anna-berger", "colour": "#0f766e",
        "role_de": "Redakteurin für Forschung", "role_en": "Research editor",
        "bio_de": "Anna hat Informatik studiert und schreibt seit Jahren über maschinelles Lernen. "
                  "Sie mag Modelle, die man selbst ausprobieren kann.",
        "bio_en": "Anna studied computer science and has been writing about machine learning for years. "
                  "She likes models you can try for yourself.",
        "website": "https://example.org/anna-berger",
    },
    {
        "key": "jonas", "login": "editor", "password": "kinews-editor", "group": "Editors",
        "name": "Jonas Keller", "slug": "jonas-keller", "colour": "#1d4ed8",
        "role_de": "Chef vom Dienst, Wirtschaft & Praxis", "role_en": "Managing editor, business & practice",
        "bio_de": "Jonas hat als Berater mittelständische Firmen bei der Digitalisierung begleitet. "
                  "Bei kinews fragt er vor allem: Was bringt das im Alltag?",
        "bio_en": "Jonas used to advise mid-sized companies on going digital. "
                  "At kinews his first question is always: what does this change day to day?",
        "website": "https://example.org/jonas-keller",
    },
    {
        "key": "mira", "login": "mira", "password": None, "group": "Authors",
        "name": "Mira Okafor", "slug": "mira-okafor", "colour": "#b45309",
        "role_de": "Redakteurin für Politik und Gesellschaft", "role_en": "Policy and society editor",
        "bio_de": "Mira ist Juristin und beobachtet, wie Europa Regeln für KI schreibt – "
                  "und was sie für Menschen und Firmen bedeuten.",
        "bio_en": "Mira is a lawyer who follows how Europe writes rules for AI – "
                  "and what they mean for people and companies.",
        "website": "https://example.org/mira-okafor",
    },
]

# Accounts without an author profile.
EXTRA_ACCOUNTS = [{"login": "sales", "password": "kinews-sales", "group": "Sales"}]


def all_articles() -> list[dict]:
    """Every ARTICLES list of the articles_*.py modules in this package, in file order."""
    articles = []
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("articles_")):
        articles += importlib.import_module(f"{__name__}.{module}").ARTICLES
    return articles
