"""Demo site pages for `manage.py load_demo`. Written by the kinews team; [square brackets] mark what a
real operator must replace with its own legal data."""

from pages.models import Page, SocialLink

PAGES = [
    {
        "key": Page.Key.IMPRINT,
        "title_de": "Impressum", "title_en": "Legal notice",
        "slug_de": "impressum", "slug_en": "legal-notice",
        "seo_description_de": "Anbieterkennzeichnung von kinews nach § 5 DDG.",
        "seo_description_en": "Provider identification of kinews under German law (§ 5 DDG).",
        "body_de": """
<p>Angaben nach § 5 Digitale-Dienste-Gesetz (DDG) und § 18 Abs. 2 Medienstaatsvertrag (MStV).</p>
<h2>Anbieter</h2>
<p>[Name des Unternehmens, Rechtsform]<br>[Straße und Hausnummer]<br>[PLZ Ort]<br>Deutschland</p>
<h2>Kontakt</h2>
<p>E-Mail: [redaktion@example.org]<br>Telefon: [+49 …]</p>
<h2>Vertretungsberechtigt</h2>
<p>[Vor- und Nachname der Geschäftsführung]</p>
<h2>Registereintrag</h2>
<p>[Registergericht], [Registernummer]<br>Umsatzsteuer-ID: [DE…]</p>
<h2>Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV</h2>
<p>[Vor- und Nachname, Anschrift wie oben]</p>
<h2>Hinweis zu dieser Demo</h2>
<p>Diese Seite gehört zu den Demo-Inhalten von kinews. Alles in eckigen Klammern muss der Betreiber durch seine eigenen Angaben ersetzen, bevor die Website öffentlich erreichbar ist.</p>
""",
        "body_en": """
<p>Provider information under § 5 of the German Digital Services Act (DDG) and § 18 (2) of the German Interstate Media Treaty (MStV).</p>
<h2>Provider</h2>
<p>[Company name, legal form]<br>[Street and number]<br>[Postcode, town]<br>Germany</p>
<h2>Contact</h2>
<p>E-mail: [newsroom@example.org]<br>Phone: [+49 …]</p>
<h2>Authorised representatives</h2>
<p>[Names of the managing directors]</p>
<h2>Commercial register</h2>
<p>[Register court], [register number]<br>VAT ID: [DE…]</p>
<h2>Responsible for content under § 18 (2) MStV</h2>
<p>[Full name, address as above]</p>
<h2>About this demo</h2>
<p>This page is part of the kinews demo content. Everything in square brackets must be replaced by the operator's own details before the site goes public.</p>
""",
    },
    {
        "key": Page.Key.PRIVACY,
        "title_de": "Datenschutzerklärung", "title_en": "Privacy policy",
        "slug_de": "datenschutz", "slug_en": "privacy",
        "seo_description_de": "Welche Daten kinews speichert, warum, wie lange – und welche Rechte Du hast.",
        "seo_description_en": "What data kinews stores, why and for how long – and what your rights are.",
        "body_de": """
<p>Wir speichern so wenig wie möglich. Wer kinews nur liest, hinterlässt bei uns keine personenbezogenen Daten: Es gibt keine Tracker, keine Werbenetzwerke, keine eingebundenen Schriften oder Skripte fremder Anbieter und für Leserinnen und Leser keine Cookies. Deshalb brauchen wir auch keinen Cookie-Banner.</p>
<h2>Verantwortlicher</h2>
<p>[Name und Anschrift des Betreibers wie im Impressum], E-Mail: [datenschutz@example.org]</p>
<h2>Beim Lesen der Website</h2>
<ul>
<li><strong>Keine Cookies:</strong> Öffentliche Seiten setzen keine Cookies, solange Du kein Formular abschickst.</li>
<li><strong>Zugriffszahlen:</strong> Wir zählen, wie oft ein Artikel pro Tag gelesen wird – nur als Zahl, ohne IP-Adresse, ohne Browserkennung, ohne Cookie.</li>
<li><strong>Server-Protokolle:</strong> [Angaben des Hosters zu Protokolldateien und deren Speicherdauer]</li>
</ul>
<h2>Wenn Du uns etwas schickst</h2>
<p>Meldest Du Dich für den Newsletter an oder schickst Du eine Beratungsanfrage, speichern wir die Angaben aus dem Formular, um Deine Anfrage zu bearbeiten (Art. 6 Abs. 1 lit. a und b DSGVO). Für den Newsletter weisen wir Deine Einwilligung nach (Zeitpunkt der Anmeldung und Bestätigung, der gezeigte Einwilligungstext) und speichern die IP-Adresse nur als gesalzenen Hash. Die genaue Liste steht unten.</p>
<h2>Deine Rechte</h2>
<p>Du hast das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit und Widerspruch (Art. 15–21 DSGVO) sowie das Recht, eine Einwilligung jederzeit zu widerrufen. Schreib uns dafür an die oben genannte Adresse. Außerdem kannst Du Dich bei einer Datenschutz-Aufsichtsbehörde beschweren.</p>
""",
        "body_en": """
<p>We store as little as possible. If you only read kinews, you leave no personal data with us: there are no trackers, no ad networks, no fonts or scripts from other providers and no cookies for readers. That is why we need no cookie banner.</p>
<h2>Controller</h2>
<p>[Operator's name and address as in the legal notice], e-mail: [privacy@example.org]</p>
<h2>When you read the site</h2>
<ul>
<li><strong>No cookies:</strong> public pages set no cookies as long as you do not submit a form.</li>
<li><strong>View counts:</strong> we count how often an article is read per day – just a number, without IP address, browser identifier or cookie.</li>
<li><strong>Server logs:</strong> [hosting provider's details on log files and how long they are kept]</li>
</ul>
<h2>When you send us something</h2>
<p>If you subscribe to the newsletter or send a consulting inquiry, we store what you entered in the form to handle your request (Art. 6 (1) (a) and (b) GDPR). For the newsletter we keep proof of your consent (time of sign-up and confirmation, the consent text shown) and store the IP address only as a salted hash. The exact list is below.</p>
<h2>Your rights</h2>
<p>You have the right of access, rectification, erasure, restriction of processing, data portability and objection (Art. 15–21 GDPR), and you may withdraw consent at any time. Write to the address above. You may also complain to a data protection supervisory authority.</p>
""",
    },
    {
        "key": Page.Key.ABOUT,
        "title_de": "Über uns", "title_en": "About us",
        "slug_de": "ueber-uns", "slug_en": "about",
        "seo_description_de": "kinews erklärt künstliche Intelligenz – unabhängig, verständlich, zweisprachig.",
        "seo_description_en": "kinews explains artificial intelligence – independent, clear, bilingual.",
        "body_de": """
<p>kinews ist ein Magazin für alle, die verstehen wollen, was künstliche Intelligenz heute kann – und was nicht. Wir schreiben für Menschen, die KI im Beruf einsetzen oder darüber entscheiden, ohne selbst Modelle zu trainieren.</p>
<h2>Was Du bei uns findest</h2>
<ul>
<li><strong>Erklärstücke</strong> zu Forschung und Technik, ohne Fachjargon.</li>
<li><strong>Einordnung</strong> zu Wirtschaft, Politik und Regulierung in Europa.</li>
<li><strong>Praxis</strong>: Werkzeuge, die wir selbst ausprobiert haben.</li>
</ul>
<h2>Wie wir arbeiten</h2>
<p>Jeder Artikel beginnt mit den wichtigsten Fakten im Kasten „Das musst Du wissen“ und endet mit den Quellen, auf die wir uns stützen. Wir erscheinen auf Deutsch und Englisch.</p>
""",
        "body_en": """
<p>kinews is a magazine for everyone who wants to understand what artificial intelligence can do today – and what it cannot. We write for people who use AI at work or decide about it without training models themselves.</p>
<h2>What you will find here</h2>
<ul>
<li><strong>Explainers</strong> on research and technology, without jargon.</li>
<li><strong>Context</strong> on business, politics and regulation in Europe.</li>
<li><strong>Practice</strong>: tools we have tried ourselves.</li>
</ul>
<h2>How we work</h2>
<p>Every article starts with the key facts in the box "What you need to know" and ends with the sources we rely on. We publish in German and English.</p>
""",
    },
    {
        "key": Page.Key.CONSULTING,
        "title_de": "Beratung: Dein Einstieg in KI", "title_en": "Consulting: your way into AI",
        "slug_de": "beratung", "slug_en": "consulting",
        "seo_description_de": "Strategie, Schulung und Umsetzung: Wir begleiten Unternehmen beim Einsatz von KI.",
        "seo_description_en": "Strategy, training and implementation: we help companies put AI to work.",
        "body_de": """
<p>Aus der Redaktion ist ein Beratungsteam entstanden: Wir helfen Unternehmen, KI dort einzusetzen, wo sie wirklich Arbeit abnimmt – und dort die Finger davon zu lassen, wo sie nur Kosten verursacht.</p>
<h2>Womit wir helfen</h2>
<ul>
<li><strong>Strategie:</strong> Wo lohnt sich KI in Deinem Unternehmen? Wir bewerten Anwendungsfälle nach Nutzen, Aufwand und Risiko.</li>
<li><strong>Schulung:</strong> Workshops für Teams und Führungskräfte, von den Grundlagen bis zur KI-Kompetenz nach dem AI Act.</li>
<li><strong>Umsetzung:</strong> Vom Prototyp bis zum laufenden System, datenschutzkonform und dokumentiert.</li>
</ul>
<p>Das erste Gespräch ist unverbindlich. Erzähl uns, wo Du stehst.</p>
""",
        "body_en": """
<p>Our newsroom has grown a consulting team: we help companies use AI where it really takes work off their hands – and leave it alone where it only adds cost.</p>
<h2>How we help</h2>
<ul>
<li><strong>Strategy:</strong> where does AI pay off in your company? We rate use cases by benefit, effort and risk.</li>
<li><strong>Training:</strong> workshops for teams and managers, from the basics to the AI literacy the AI Act asks for.</li>
<li><strong>Implementation:</strong> from prototype to running system, privacy-compliant and documented.</li>
</ul>
<p>The first conversation is free and without obligation. Tell us where you stand.</p>
""",
    },
]

# Placeholder addresses: an operator replaces them in the admin ("Follow-us links").
SOCIAL_LINKS = [
    ("Mastodon", "https://mastodon.example/@kinews"),
    ("LinkedIn", "https://linkedin.example/company/kinews"),
    ("YouTube", "https://youtube.example/@kinews"),
]


def load() -> str:
    created = 0
    for data in PAGES:
        if not Page.objects.filter(key=data["key"]).exists():
            texts = {name: value.strip() if isinstance(value, str) else value for name, value in data.items()}
            Page.objects.create(is_published=True, **texts)
            created += 1
    if not SocialLink.objects.exists():
        for order, (name, url) in enumerate(SOCIAL_LINKS):
            SocialLink.objects.create(name=name, url=url, order=order)
    return f"{created} new site pages"
