# -*- coding: utf-8 -*-
"""Demo articles for kinews (batch 2): EU AI Act, privacy, AI & work, AI & education.

All texts are original demo content written for this project.
"""

ARTICLES = [
    # ------------------------------------------------------------------
    # Topic: eu-ai-act
    # ------------------------------------------------------------------
    {
        "category": "regulierung",
        "author": "mira",
        "hashtags": ["EUAIAct", "KI", "Recht", "Sicherheit"],
        "days_ago": 0,
        "topic": "eu-ai-act",
        "palette": ("#1b2a6b", "#f2c14e"),
        "de": {
            "title": "EU AI Act erklärt: Die vier Risikoklassen und was sie bedeuten",
            "teaser": "Der AI Act reguliert nicht die Technik, sondern ihren Einsatz. Wir zeigen, wie die Risikopyramide funktioniert und wo Dein Unternehmen darin steht.",
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Rechtsgrundlage", "Der AI Act ist die Verordnung (EU) 2024/1689 und gilt unmittelbar in allen Mitgliedstaaten."),
                ("Risikoansatz", "Die Pflichten richten sich nach dem Einsatzzweck und dem Risiko für Sicherheit und Grundrechte."),
                ("Verbote", "Praktiken wie Social Scoring oder Emotionserkennung am Arbeitsplatz sind in der EU untersagt."),
                ("Allzweckmodelle", "Für große Basismodelle gelten eigene Transparenz- und Dokumentationspflichten."),
            ],
            "body": (
                "<p>Mit der Verordnung (EU) 2024/1689, besser bekannt als AI Act, hat die Europäische Union das weltweit erste umfassende Gesetz für Künstliche Intelligenz geschaffen. Sie ist am 1. August 2024 in Kraft getreten und wird schrittweise anwendbar. Kern des Regelwerks ist ein risikobasierter Ansatz: Nicht die Technik an sich wird reguliert, sondern ihr Einsatzzweck. Je größer das mögliche Risiko für Gesundheit, Sicherheit und Grundrechte, desto strenger fallen die Pflichten aus.</p>"
                "<h2>Vier Stufen, vier Regelwerke</h2>"
                "<p>Vereinfacht lässt sich der AI Act als Pyramide beschreiben. Ganz oben stehen wenige verbotene Praktiken, ganz unten die große Masse alltäglicher Anwendungen, für die kaum neue Vorgaben gelten.</p>"
                "<ul>"
                "<li><strong>Unannehmbares Risiko:</strong> Verboten sind etwa Social Scoring, manipulative Techniken, die Menschen erheblich schaden können, das ungezielte Sammeln von Gesichtsbildern aus dem Netz sowie Emotionserkennung am Arbeitsplatz und in Bildungseinrichtungen.</li>"
                "<li><strong>Hohes Risiko:</strong> Dazu zählen Systeme in sensiblen Bereichen wie Personalauswahl, Kreditwürdigkeitsprüfung, Bildung, kritische Infrastruktur oder Strafverfolgung. Sie müssen unter anderem Risikomanagement, hochwertige Daten, technische Dokumentation und menschliche Aufsicht nachweisen.</li>"
                "<li><strong>Begrenztes Risiko:</strong> Hier geht es vor allem um Transparenz. Wer mit einem Chatbot spricht, soll das wissen, und Deepfakes müssen als künstlich erzeugt erkennbar sein.</li>"
                "<li><strong>Minimales Risiko:</strong> Spamfilter, KI in Videospielen oder einfache Empfehlungsfunktionen bleiben weitgehend unreguliert.</li>"
                "</ul>"
                "<h2>Ein Sonderfall: Allzweckmodelle</h2>"
                "<p>Quer zu dieser Pyramide liegen die sogenannten KI-Modelle mit allgemeinem Verwendungszweck, also große Sprachmodelle und ähnliche Basismodelle. Ihre Anbieter müssen technische Unterlagen bereitstellen, eine Strategie zur Einhaltung des Urheberrechts vorweisen und eine Zusammenfassung der Trainingsinhalte veröffentlichen. Für besonders leistungsfähige Modelle mit systemischem Risiko kommen Pflichten zu Tests, schwerwiegenden Vorfällen und Cybersicherheit hinzu.</p>"
                "<h2>Was das für Dich bedeutet</h2>"
                "<p>Wenn Du KI im Unternehmen einsetzt, ist eine ehrliche Bestandsaufnahme der beste erste Schritt: Welche Systeme laufen bereits, wofür werden sie genutzt, und in welche Risikoklasse fallen sie? Entscheidend ist dabei oft nicht das Produkt, sondern der konkrete Anwendungsfall. Derselbe Textgenerator kann harmlos sein, wenn er Werbetexte entwirft, und heikel, wenn er Bewerbungen vorsortiert.</p>"
                "<blockquote><p>„Die meisten Firmen werden feststellen, dass ihre KI-Anwendungen im unteren Bereich der Pyramide liegen. Gefährlich wird es dort, wo niemand genau hinschaut“, sagt eine Compliance-Beraterin aus Frankfurt.</p></blockquote>"
            ),
            "image_alt": "Abstrakte Pyramide aus vier farbigen Ebenen vor dunkelblauem Hintergrund",
            "image_caption": "Vom Verbot bis zur freien Nutzung: Der AI Act ordnet KI-Anwendungen in vier Risikostufen ein.",
        },
        "en": {
            "title": "The EU AI Act explained: the four risk classes and what they mean",
            "teaser": "The AI Act regulates how technology is used, not the technology itself. Here is how the risk pyramid works and where your company fits in.",
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Legal basis", "The AI Act is Regulation (EU) 2024/1689 and applies directly in all member states."),
                ("Risk approach", "Obligations depend on the intended purpose and the risk to safety and fundamental rights."),
                ("Prohibitions", "Practices such as social scoring or emotion recognition in the workplace are banned in the EU."),
                ("General-purpose models", "Large foundation models are subject to their own transparency and documentation duties."),
            ],
            "body": (
                "<p>With Regulation (EU) 2024/1689, better known as the AI Act, the European Union has created the world's first comprehensive law on artificial intelligence. It entered into force on 1 August 2024 and becomes applicable in stages. At its heart is a risk-based approach: the law does not regulate the technology as such, but the purpose it is used for. The greater the potential risk to health, safety and fundamental rights, the stricter the obligations.</p>"
                "<h2>Four tiers, four sets of rules</h2>"
                "<p>Put simply, the AI Act can be pictured as a pyramid. At the top sits a small number of prohibited practices; at the bottom lies the vast mass of everyday applications that face hardly any new requirements.</p>"
                "<ul>"
                "<li><strong>Unacceptable risk:</strong> Banned practices include social scoring, manipulative techniques that can cause people significant harm, untargeted scraping of facial images from the internet, and emotion recognition in workplaces and educational institutions.</li>"
                "<li><strong>High risk:</strong> This covers systems in sensitive areas such as recruitment, credit scoring, education, critical infrastructure or law enforcement. Among other things, they must demonstrate risk management, high-quality data, technical documentation and human oversight.</li>"
                "<li><strong>Limited risk:</strong> Here the focus is on transparency. People talking to a chatbot should know it, and deepfakes must be recognisable as artificially generated.</li>"
                "<li><strong>Minimal risk:</strong> Spam filters, AI in video games or simple recommendation features remain largely unregulated.</li>"
                "</ul>"
                "<h2>A special case: general-purpose models</h2>"
                "<p>Cutting across this pyramid are so-called general-purpose AI models, meaning large language models and similar foundation models. Their providers must supply technical documentation, put in place a policy for complying with copyright law and publish a summary of the content used for training. For particularly capable models with systemic risk, additional duties apply covering testing, serious incidents and cybersecurity.</p>"
                "<h2>What this means for you</h2>"
                "<p>If you use AI in your company, an honest inventory is the best first step: which systems are already running, what are they used for, and which risk class do they fall into? What matters is often not the product but the concrete use case. The same text generator can be harmless when drafting marketing copy and sensitive when pre-screening job applications.</p>"
                "<blockquote><p>“Most companies will find that their AI applications sit in the lower part of the pyramid. The danger lies where nobody is looking closely,” says a compliance consultant based in Frankfurt.</p></blockquote>"
            ),
            "image_alt": "Abstract pyramid made of four coloured layers on a dark blue background",
            "image_caption": "From outright bans to free use: the AI Act sorts AI applications into four risk tiers.",
        },
        "sources": [
            {"title_de": "Verordnung (EU) 2024/1689 (KI-Verordnung) im Amtsblatt", "title_en": "Regulation (EU) 2024/1689 (AI Act) in the Official Journal", "url": "https://eur-lex.europa.eu/eli/reg/2024/1689/oj", "publisher": "EUR-Lex", "date": "2024-07-12"},
            {"title_de": "EU Artificial Intelligence Act – Informationsportal", "title_en": "EU Artificial Intelligence Act – information portal", "url": "https://artificialintelligenceact.eu/", "publisher": "Future of Life Institute", "date": None},
            {"title_de": "Artificial Intelligence Act (Wikipedia)", "title_en": "Artificial Intelligence Act (Wikipedia)", "url": "https://en.wikipedia.org/wiki/Artificial_Intelligence_Act", "publisher": "Wikipedia", "date": None},
        ],
    },
    {
        "category": "regulierung",
        "author": "mira",
        "hashtags": ["EUAIAct", "Recht", "KI"],
        "days_ago": 6,
        "topic": "eu-ai-act",
        "palette": ("#0f3057", "#00a8cc"),
        "de": {
            "title": "Fristen im Überblick: Wann welche Regeln des AI Act greifen",
            "teaser": "Der AI Act wird in mehreren Stufen wirksam. Einige Pflichten gelten schon, andere folgen bis 2027. Ein Fahrplan für alle, die den Überblick behalten wollen.",
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Inkrafttreten", "Der AI Act ist am 1. August 2024 in Kraft getreten."),
                ("Erste Pflichten", "Seit dem 2. Februar 2025 gelten die Verbote und die Pflicht zur KI-Kompetenz."),
                ("Hauptphase", "Die meisten Regeln, darunter viele Hochrisiko-Pflichten, sind ab dem 2. August 2026 anwendbar."),
                ("Letzte Stufe", "Für KI in bereits regulierten Produkten läuft eine Übergangsfrist bis zum 2. August 2027."),
            ],
            "body": (
                "<p>Der AI Act gilt nicht auf einen Schlag. Zwar ist die Verordnung (EU) 2024/1689 bereits am 1. August 2024 in Kraft getreten, doch ihre einzelnen Pflichten werden gestaffelt wirksam. Der Gesetzgeber wollte Unternehmen und Behörden so Zeit geben, sich vorzubereiten. Für Dich heißt das: Nicht jede Regel ist schon heute relevant, aber einige sind es längst.</p>"
                "<h2>Die wichtigsten Stichtage</h2>"
                "<ol>"
                "<li><strong>2. Februar 2025:</strong> Die Verbote unannehmbarer KI-Praktiken greifen. Gleichzeitig müssen Anbieter und Betreiber dafür sorgen, dass ihr Personal über ausreichende KI-Kompetenz verfügt.</li>"
                "<li><strong>2. August 2025:</strong> Die Regeln für KI-Modelle mit allgemeinem Verwendungszweck werden anwendbar. Außerdem sollen bis dahin die Aufsichtsstrukturen stehen, also nationale Behörden und das Europäische KI-Büro, und die Sanktionsvorschriften gelten.</li>"
                "<li><strong>2. August 2026:</strong> Der Großteil der Verordnung wird anwendbar, darunter die Pflichten für Hochrisiko-Systeme aus Anhang III, etwa in Personalwesen und Bildung, sowie die Transparenzpflichten für Chatbots und Deepfakes.</li>"
                "<li><strong>2. August 2027:</strong> Zuletzt folgen Hochrisiko-Systeme, die als Sicherheitsbauteil in bereits regulierten Produkten stecken, zum Beispiel in Medizinprodukten oder Maschinen. Auch Allzweckmodelle, die schon vor August 2025 auf dem Markt waren, müssen bis dahin nachziehen.</li>"
                "</ol>"
                "<h2>Warum die Staffelung tückisch ist</h2>"
                "<p>Viele Unternehmen schauen vor allem auf das Jahr 2026 und übersehen, dass einzelne Pflichten bereits gelten. Besonders die Anforderung an KI-Kompetenz betrifft praktisch jede Organisation, die KI-Werkzeuge einsetzt, vom Handwerksbetrieb bis zum Konzern. Hinzu kommt, dass die EU-Kommission Leitlinien, Vorlagen und Verhaltenskodizes nachliefert, die die abstrakten Vorgaben konkretisieren. Auch über Anpassungen einzelner Fristen wird politisch diskutiert. Es lohnt sich daher, die Entwicklung regelmäßig zu verfolgen, statt sich auf einen einmal erstellten Zeitplan zu verlassen.</p>"
                "<h2>Deine To-do-Liste</h2>"
                "<p>Ein pragmatischer Fahrplan beginnt mit einem KI-Inventar, klärt Zuständigkeiten und legt Schulungen fest. Danach folgt die Einstufung der Anwendungen in Risikoklassen. Wer dabei Hochrisiko-Systeme entdeckt, sollte früh mit den Anbietern über Dokumentation und Nachweise sprechen, denn diese Abstimmung dauert erfahrungsgemäß länger als gedacht.</p>"
            ),
            "image_alt": "Stilisierter Zeitstrahl mit vier leuchtenden Markierungen auf dunklem Grund",
            "image_caption": "Von 2025 bis 2027: Die Pflichten des AI Act werden schrittweise wirksam.",
        },
        "en": {
            "title": "Deadlines at a glance: when each part of the AI Act applies",
            "teaser": "The AI Act takes effect in several stages. Some obligations already apply, others follow until 2027. A roadmap for anyone who wants to keep track.",
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Entry into force", "The AI Act entered into force on 1 August 2024."),
                ("First obligations", "Since 2 February 2025, the prohibitions and the AI literacy duty have applied."),
                ("Main phase", "Most rules, including many high-risk obligations, apply from 2 August 2026."),
                ("Final stage", "AI in already regulated products has a transition period until 2 August 2027."),
            ],
            "body": (
                "<p>The AI Act does not apply all at once. Regulation (EU) 2024/1689 entered into force on 1 August 2024, but its individual obligations take effect in stages. Lawmakers wanted to give companies and authorities time to prepare. For you, this means that not every rule is relevant today, but some have been for a while.</p>"
                "<h2>The key dates</h2>"
                "<ol>"
                "<li><strong>2 February 2025:</strong> The bans on unacceptable AI practices take effect. At the same time, providers and deployers must ensure that their staff have a sufficient level of AI literacy.</li>"
                "<li><strong>2 August 2025:</strong> The rules for general-purpose AI models become applicable. By then, the supervisory structures, meaning national authorities and the European AI Office, are also meant to be in place, and the penalty provisions apply.</li>"
                "<li><strong>2 August 2026:</strong> Most of the regulation becomes applicable, including the obligations for high-risk systems listed in Annex III, for example in human resources and education, as well as the transparency duties for chatbots and deepfakes.</li>"
                "<li><strong>2 August 2027:</strong> Last come high-risk systems that serve as safety components in products that are already regulated, such as medical devices or machinery. General-purpose models that were on the market before August 2025 must also comply by then.</li>"
                "</ol>"
                "<h2>Why the staggered approach is tricky</h2>"
                "<p>Many companies focus mainly on 2026 and overlook the fact that some obligations already apply. The AI literacy requirement in particular affects practically every organisation that uses AI tools, from craft businesses to large corporations. In addition, the European Commission keeps publishing guidelines, templates and codes of practice that turn the abstract requirements into concrete ones. Adjustments to individual deadlines are also being debated politically. It is therefore worth following developments regularly rather than relying on a timetable drawn up once.</p>"
                "<h2>Your to-do list</h2>"
                "<p>A pragmatic roadmap starts with an AI inventory, clarifies responsibilities and sets up training. The next step is classifying applications into risk classes. If you discover high-risk systems along the way, talk to the providers about documentation and evidence early on, because this coordination usually takes longer than expected.</p>"
            ),
            "image_alt": "Stylised timeline with four glowing markers on a dark background",
            "image_caption": "From 2025 to 2027: the AI Act's obligations take effect step by step.",
        },
        "sources": [
            {"title_de": "Verordnung (EU) 2024/1689, Artikel 113 (Inkrafttreten und Geltungsbeginn)", "title_en": "Regulation (EU) 2024/1689, Article 113 (entry into force and application)", "url": "https://eur-lex.europa.eu/eli/reg/2024/1689/oj", "publisher": "EUR-Lex", "date": "2024-07-12"},
            {"title_de": "EU Artificial Intelligence Act – Informationsportal", "title_en": "EU Artificial Intelligence Act – information portal", "url": "https://artificialintelligenceact.eu/", "publisher": "Future of Life Institute", "date": None},
        ],
    },
    {
        "category": "regulierung",
        "author": "mira",
        "hashtags": ["EUAIAct", "Recht", "Arbeit", "Mittelstand"],
        "days_ago": 17,
        "topic": "eu-ai-act",
        "palette": ("#2d1e5f", "#e76f51"),
        "de": {
            "title": "Betreiber statt Anbieter: Welche Pflichten der AI Act Unternehmen auferlegt",
            "teaser": "Auch wer KI nur einkauft und nutzt, hat nach dem AI Act Pflichten. Was Betreiber beachten müssen und wann sie selbst zum Anbieter werden.",
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Zwei Rollen", "Der AI Act unterscheidet zwischen Anbietern, die KI entwickeln, und Betreibern, die sie beruflich einsetzen."),
                ("KI-Kompetenz", "Alle Betreiber müssen dafür sorgen, dass ihr Personal ausreichend im Umgang mit KI geschult ist."),
                ("Hochrisiko-KI", "Beim Einsatz von Hochrisiko-Systemen gelten Pflichten zu Aufsicht, Protokollen und Information der Beschäftigten."),
                ("Bußgelder", "Bei den schwersten Verstößen drohen bis zu 35 Millionen Euro oder sieben Prozent des weltweiten Umsatzes."),
            ],
            "body": (
                "<p>Wer über den AI Act spricht, denkt oft an große Tech-Konzerne, die KI-Modelle entwickeln. Doch die Verordnung nimmt auch Unternehmen in die Pflicht, die KI lediglich nutzen. Das Gesetz unterscheidet dafür zwischen <strong>Anbietern</strong>, die ein KI-System entwickeln oder unter eigenem Namen in Verkehr bringen, und <strong>Betreibern</strong>, die ein System in eigener Verantwortung beruflich einsetzen. Die meisten Firmen in Deutschland werden vor allem Betreiber sein.</p>"
                "<h2>Was für alle Betreiber gilt</h2>"
                "<p>Eine Pflicht betrifft fast jeden: Nach Artikel 4 müssen Unternehmen Maßnahmen ergreifen, damit Beschäftigte, die mit KI arbeiten, über ausreichende KI-Kompetenz verfügen. Das Gesetz schreibt kein bestimmtes Zertifikat vor, erwartet aber, dass Vorwissen, Erfahrung und Einsatzkontext berücksichtigt werden. Hinzu kommen Transparenzpflichten: Wer etwa mit KI erzeugte Bilder, Videos oder Tonaufnahmen veröffentlicht, die echt wirken, muss dies grundsätzlich offenlegen.</p>"
                "<h2>Zusätzliche Pflichten bei Hochrisiko-KI</h2>"
                "<p>Setzt Du ein Hochrisiko-System ein, etwa eine Software zur Vorauswahl von Bewerbungen, steigen die Anforderungen deutlich:</p>"
                "<ul>"
                "<li>Das System muss gemäß der Gebrauchsanweisung des Anbieters verwendet werden.</li>"
                "<li>Eine fachlich geeignete Person muss die menschliche Aufsicht übernehmen und Ergebnisse hinterfragen können.</li>"
                "<li>Soweit Du die Eingabedaten kontrollierst, müssen sie für den Zweck relevant und ausreichend repräsentativ sein.</li>"
                "<li>Automatisch erzeugte Protokolle sind aufzubewahren, in der Regel mindestens sechs Monate lang.</li>"
                "<li>Vor dem Einsatz am Arbeitsplatz sind Beschäftigte und ihre Vertretungen zu informieren.</li>"
                "</ul>"
                "<p>Öffentliche Stellen, private Anbieter öffentlicher Dienste sowie Unternehmen, die etwa die Kreditwürdigkeit von Menschen oder Risiken in der Lebens- und Krankenversicherung bewerten, müssen zudem vorab eine Grundrechte-Folgenabschätzung durchführen.</p>"
                "<h2>Vorsicht, Rollenwechsel</h2>"
                "<p>Aus einem Betreiber kann schnell ein Anbieter werden, etwa wenn ein Unternehmen ein Hochrisiko-System wesentlich verändert oder es unter eigener Marke vertreibt. Dann gelten die deutlich umfangreicheren Anbieterpflichten. Bei Verstößen drohen empfindliche Bußgelder, die im schwersten Fall bis zu 35 Millionen Euro oder sieben Prozent des weltweiten Jahresumsatzes erreichen können.</p>"
                "<blockquote><p>„Wir haben zuerst geklärt, wer bei uns überhaupt KI nutzt. Die Liste war überraschend lang“, berichtet der IT-Leiter eines mittelständischen Logistikunternehmens.</p></blockquote>"
            ),
            "image_alt": "Zwei ineinandergreifende Zahnräder in Violett und Orange als Symbol für geteilte Verantwortung",
            "image_caption": "Anbieter und Betreiber teilen sich die Verantwortung für KI-Systeme, aber nicht zu gleichen Teilen.",
        },
        "en": {
            "title": "Deployer, not provider: the obligations the AI Act places on companies",
            "teaser": "Even companies that merely buy and use AI have obligations under the AI Act. What deployers need to watch out for and when they become providers themselves.",
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Two roles", "The AI Act distinguishes between providers, who develop AI, and deployers, who use it professionally."),
                ("AI literacy", "All deployers must ensure that their staff are sufficiently trained in working with AI."),
                ("High-risk AI", "Using high-risk systems triggers duties on oversight, logs and informing employees."),
                ("Fines", "The most serious violations can cost up to 35 million euros or seven percent of global turnover."),
            ],
            "body": (
                "<p>When people talk about the AI Act, they often think of big tech companies developing AI models. Yet the regulation also places obligations on companies that merely use AI. To do so, the law distinguishes between <strong>providers</strong>, who develop an AI system or place it on the market under their own name, and <strong>deployers</strong>, who use a system under their own authority in a professional context. Most companies in Germany will primarily be deployers.</p>"
                "<h2>What applies to all deployers</h2>"
                "<p>One obligation affects almost everyone: under Article 4, companies must take measures to ensure that employees working with AI have a sufficient level of AI literacy. The law does not prescribe a particular certificate, but it expects prior knowledge, experience and the context of use to be taken into account. Transparency duties come on top: anyone publishing AI-generated images, videos or audio that appear real must, as a rule, disclose this.</p>"
                "<h2>Additional duties for high-risk AI</h2>"
                "<p>If you use a high-risk system, such as software for pre-screening job applications, the requirements rise considerably:</p>"
                "<ul>"
                "<li>The system must be used in accordance with the provider's instructions for use.</li>"
                "<li>A suitably qualified person must take on human oversight and be able to question results.</li>"
                "<li>Where you control the input data, it must be relevant and sufficiently representative for the purpose.</li>"
                "<li>Automatically generated logs must be kept, generally for at least six months.</li>"
                "<li>Before use in the workplace, employees and their representatives must be informed.</li>"
                "</ul>"
                "<p>Public bodies, private entities providing public services and companies that assess, for example, people's creditworthiness or risks in life and health insurance must also carry out a fundamental rights impact assessment beforehand.</p>"
                "<h2>Watch out for role changes</h2>"
                "<p>A deployer can quickly become a provider, for instance when a company substantially modifies a high-risk system or sells it under its own brand. The far more extensive provider obligations then apply. Violations can lead to hefty fines which, in the most serious cases, can reach 35 million euros or seven percent of worldwide annual turnover.</p>"
                "<blockquote><p>“The first thing we did was work out who in our company actually uses AI. The list was surprisingly long,” reports the head of IT at a mid-sized logistics company.</p></blockquote>"
            ),
            "image_alt": "Two interlocking gears in purple and orange symbolising shared responsibility",
            "image_caption": "Providers and deployers share responsibility for AI systems, but not in equal parts.",
        },
        "sources": [
            {"title_de": "Verordnung (EU) 2024/1689 (KI-Verordnung), Artikel 26 und 27", "title_en": "Regulation (EU) 2024/1689 (AI Act), Articles 26 and 27", "url": "https://eur-lex.europa.eu/eli/reg/2024/1689/oj", "publisher": "EUR-Lex", "date": "2024-07-12"},
            {"title_de": "Artikel 4: KI-Kompetenz", "title_en": "Article 4: AI literacy", "url": "https://artificialintelligenceact.eu/article/4/", "publisher": "Future of Life Institute", "date": None},
        ],
    },
    # ------------------------------------------------------------------
    # Topic: privacy
    # ------------------------------------------------------------------
    {
        "category": "regulierung",
        "author": "mira",
        "hashtags": ["Datenschutz", "LLM", "Recht", "KI"],
        "days_ago": 3,
        "topic": "privacy",
        "palette": ("#003049", "#77bfa3"),
        "de": {
            "title": "Trainingsdaten und DSGVO: Wann persönliche Daten in KI-Modelle fließen dürfen",
            "teaser": "Sprachmodelle lernen aus Texten, in denen fast immer personenbezogene Daten stecken. Welche Regeln die DSGVO dafür setzt und was die europäischen Datenschützer sagen.",
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Keine Ausnahme", "Auch das Training von KI-Modellen braucht eine Rechtsgrundlage nach der DSGVO."),
                ("Berechtigtes Interesse", "Viele Anbieter stützen sich auf Artikel 6 Absatz 1 Buchstabe f DSGVO und müssen dafür sorgfältig abwägen."),
                ("Anonymität", "Ob ein trainiertes Modell noch personenbezogene Daten enthält, muss im Einzelfall geprüft werden."),
            ],
            "body": (
                "<p>Große Sprachmodelle lernen aus riesigen Textmengen, und darin stecken fast zwangsläufig personenbezogene Daten: Namen in Forenbeiträgen, Angaben auf Firmenwebseiten, Kommentare in sozialen Netzwerken. Die Datenschutz-Grundverordnung (DSGVO) kennt keine Ausnahme für KI. Jede Verarbeitung personenbezogener Daten braucht deshalb eine Rechtsgrundlage, auch wenn sie dem Training eines Modells dient.</p>"
                "<h2>Berechtigtes Interesse als Schlüssel</h2>"
                "<p>Eine Einwilligung aller Betroffenen lässt sich beim Training mit öffentlich zugänglichen Daten praktisch nicht einholen. Viele Anbieter berufen sich daher auf das berechtigte Interesse nach Artikel 6 Absatz 1 Buchstabe f DSGVO. Der Europäische Datenschutzausschuss (EDSA) hat Ende 2024 in einer Stellungnahme erläutert, wie diese Abwägung bei KI-Modellen aussehen kann. Sie folgt drei Schritten:</p>"
                "<ol>"
                "<li>Gibt es ein legitimes Interesse, etwa die Entwicklung eines hilfreichen Dienstes?</li>"
                "<li>Ist die Verarbeitung für diesen Zweck tatsächlich erforderlich, oder ginge es auch mit weniger Daten?</li>"
                "<li>Überwiegen die Interessen und Grundrechte der Betroffenen, insbesondere ihre vernünftigen Erwartungen?</li>"
                "</ol>"
                "<p>Zusätzliche Schutzmaßnahmen wie das Herausfiltern sensibler Angaben, Pseudonymisierung oder ein einfacher Weg zum Widerspruch können die Abwägung zugunsten des Anbieters verschieben.</p>"
                "<h2>Ist ein Modell anonym?</h2>"
                "<p>Eine zentrale Streitfrage lautet, ob ein fertig trainiertes Modell selbst noch personenbezogene Daten enthält. Der EDSA betont, dass dies im Einzelfall zu prüfen ist. Nur wenn sich Trainingsdaten mit vernünftigem Aufwand weder aus dem Modell extrahieren noch durch gezielte Abfragen herauslocken lassen, kann es als anonym gelten. Für Unternehmen, die fremde Modelle einsetzen, ist das relevant: Sie sollten prüfen, ob der Anbieter die Herkunft seiner Trainingsdaten nachvollziehbar dokumentiert.</p>"
                "<h2>Was Du als Nutzerin oder Nutzer tun kannst</h2>"
                "<p>Mehrere Plattformen haben angekündigt, öffentliche Beiträge ihrer Mitglieder für KI-Training zu verwenden, und bieten dafür Widerspruchsmöglichkeiten an. Es lohnt sich, die Datenschutzeinstellungen regelmäßig zu prüfen. Besondere Kategorien wie Gesundheitsdaten oder politische Meinungen sind nach Artikel 9 DSGVO zusätzlich geschützt.</p>"
            ),
            "image_alt": "Datenströme aus kleinen Punkten fließen in einen stilisierten neuronalen Knoten",
            "image_caption": "Was im Netz steht, landet oft im Training. Die DSGVO setzt dafür klare Grenzen.",
        },
        "en": {
            "title": "Training data and the GDPR: when personal data may flow into AI models",
            "teaser": "Language models learn from texts that almost always contain personal data. The rules the GDPR sets for this, and what Europe's data protection authorities say.",
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("No exemption", "Training AI models also requires a legal basis under the GDPR."),
                ("Legitimate interest", "Many providers rely on Article 6(1)(f) GDPR and must carry out a careful balancing test."),
                ("Anonymity", "Whether a trained model still contains personal data must be assessed case by case."),
            ],
            "body": (
                "<p>Large language models learn from huge amounts of text, and that text almost inevitably contains personal data: names in forum posts, details on company websites, comments on social networks. The General Data Protection Regulation (GDPR) makes no exception for AI. Any processing of personal data therefore needs a legal basis, even when it serves to train a model.</p>"
                "<h2>Legitimate interest as the key</h2>"
                "<p>When training on publicly available data, obtaining consent from everyone concerned is practically impossible. Many providers therefore rely on legitimate interest under Article 6(1)(f) GDPR. In an opinion published at the end of 2024, the European Data Protection Board (EDPB) explained what this balancing exercise can look like for AI models. It follows three steps:</p>"
                "<ol>"
                "<li>Is there a legitimate interest, such as developing a useful service?</li>"
                "<li>Is the processing actually necessary for that purpose, or could it be done with less data?</li>"
                "<li>Do the interests and fundamental rights of the people concerned prevail, particularly their reasonable expectations?</li>"
                "</ol>"
                "<p>Additional safeguards such as filtering out sensitive details, pseudonymisation or an easy way to object can tip the balance in the provider's favour.</p>"
                "<h2>Is a model anonymous?</h2>"
                "<p>A central point of contention is whether a fully trained model itself still contains personal data. The EDPB stresses that this must be assessed case by case. Only if training data can neither be extracted from the model with reasonable effort nor coaxed out through targeted queries can the model be regarded as anonymous. This matters for companies using third-party models: they should check whether the provider documents the origin of its training data in a traceable way.</p>"
                "<h2>What you can do as a user</h2>"
                "<p>Several platforms have announced that they will use their members' public posts for AI training and offer ways to object. It is worth checking your privacy settings regularly. Special categories such as health data or political opinions enjoy additional protection under Article 9 GDPR.</p>"
            ),
            "image_alt": "Streams of small dots flowing into a stylised neural node",
            "image_caption": "What is online often ends up in training data. The GDPR draws clear lines.",
        },
        "sources": [
            {"title_de": "Art. 6 DSGVO – Rechtmäßigkeit der Verarbeitung", "title_en": "Art. 6 GDPR – Lawfulness of processing", "url": "https://gdpr-info.eu/art-6-gdpr/", "publisher": "gdpr-info.eu", "date": None},
            {"title_de": "Europäischer Datenschutzausschuss (Wikipedia)", "title_en": "European Data Protection Board (Wikipedia)", "url": "https://en.wikipedia.org/wiki/European_Data_Protection_Board", "publisher": "Wikipedia", "date": None},
            {"title_de": "Verordnung (EU) 2016/679 (DSGVO) im Amtsblatt", "title_en": "Regulation (EU) 2016/679 (GDPR) in the Official Journal", "url": "https://eur-lex.europa.eu/eli/reg/2016/679/oj", "publisher": "EUR-Lex", "date": "2016-05-04"},
        ],
    },
    {
        "category": "regulierung",
        "author": "jonas",
        "hashtags": ["Datenschutz", "LLM", "Sicherheit", "Arbeit"],
        "days_ago": 10,
        "topic": "privacy",
        "palette": ("#264653", "#e9c46a"),
        "de": {
            "title": "Chatbots im Büro: So setzt Du KI-Assistenten datenschutzkonform ein",
            "teaser": "Viele Beschäftigte nutzen Chatbots längst, oft ohne Absprache. Mit fünf Schritten bringen Unternehmen Ordnung in die Schatten-KI, ohne die Vorteile zu verspielen.",
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Schatten-KI", "Ohne offizielle Werkzeuge greifen Beschäftigte häufig auf private Chatbot-Konten zurück."),
                ("Verträge", "Für den Einsatz im Unternehmen braucht es in der Regel einen Vertrag zur Auftragsverarbeitung."),
                ("Mitbestimmung", "Ein Betriebsrat hat bei technischen Einrichtungen zur Leistungs- oder Verhaltenskontrolle mitzureden."),
                ("Qualität", "Chatbot-Antworten sind Entwürfe und müssen vor der Weitergabe geprüft werden."),
            ],
            "body": (
                "<p>Ein Vertragsentwurf, eine Kundenbeschwerde, eine Tabelle mit Personaldaten: Was schnell in ein Chatfenster kopiert ist, kann rechtlich heikel werden. Generative Chatbots gehören in vielen Büros längst zum Alltag, oft ohne dass die Geschäftsführung davon weiß. Fachleute sprechen von Schatten-KI. Dabei lässt sich der Einsatz mit überschaubarem Aufwand in geordnete Bahnen lenken.</p>"
                "<h2>Die größten Risiken</h2>"
                "<p>Problematisch wird es vor allem dann, wenn personenbezogene Daten oder Geschäftsgeheimnisse in einen frei verfügbaren Dienst gelangen. Bei manchen Verbraucherangeboten können Eingaben standardmäßig zur Verbesserung der Modelle genutzt werden. Zudem werden Daten häufig auf Servern außerhalb der EU verarbeitet, was zusätzliche Anforderungen an die Übermittlung auslöst.</p>"
                "<h2>Fünf Schritte zu einem sauberen Einsatz</h2>"
                "<ol>"
                "<li><strong>Geschäftskonten statt Privatzugänge:</strong> Unternehmensversionen enthalten meist vertragliche Zusagen, dass Eingaben nicht zum Training verwendet werden.</li>"
                "<li><strong>Auftragsverarbeitung regeln:</strong> Mit dem Anbieter sollte in der Regel ein Vertrag nach Artikel 28 DSGVO geschlossen werden.</li>"
                "<li><strong>Klare Regeln formulieren:</strong> Eine interne Richtlinie legt fest, welche Daten tabu sind und wofür der Chatbot genutzt werden darf.</li>"
                "<li><strong>Risiken bewerten:</strong> Bei sensiblen Anwendungen ist eine Datenschutz-Folgenabschätzung nach Artikel 35 DSGVO oft Pflicht.</li>"
                "<li><strong>Mitbestimmung beachten:</strong> Gibt es einen Betriebsrat, hat er bei technischen Einrichtungen, die Verhalten oder Leistung überwachen können, ein Mitbestimmungsrecht.</li>"
                "</ol>"
                "<h2>Ergebnisse bleiben Entwürfe</h2>"
                "<p>Neben dem Datenschutz gehört Qualitätskontrolle zum verantwortungsvollen Umgang. Chatbots formulieren überzeugend, liegen aber mitunter sachlich daneben. Wer Antworten ungeprüft an Kundinnen und Kunden weitergibt, trägt das Risiko. Die Datenschutzkonferenz von Bund und Ländern hat eine Orientierungshilfe zu KI und Datenschutz veröffentlicht, die viele dieser Punkte aufgreift und sich als Ausgangspunkt für eigene Regeln eignet.</p>"
                "<blockquote><p>„Seit wir ein offizielles Werkzeug anbieten, ist die heimliche Nutzung fast verschwunden. Verbote allein hatten nichts gebracht“, sagt die Personalleiterin eines Maschinenbaubetriebs aus Baden-Württemberg.</p></blockquote>"
            ),
            "image_alt": "Schreibtisch mit Laptop, auf dessen Bildschirm eine Sprechblase und ein Schloss-Symbol leuchten",
            "image_caption": "Mit klaren Regeln wird aus Schatten-KI ein offizielles Werkzeug.",
        },
        "en": {
            "title": "Chatbots at the office: how to use AI assistants in line with data protection",
            "teaser": "Many employees have long been using chatbots, often without approval. Five steps help companies bring order to shadow AI without losing its benefits.",
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Shadow AI", "Without official tools, employees often fall back on private chatbot accounts."),
                ("Contracts", "Company use usually requires a data processing agreement with the provider."),
                ("Co-determination", "In Germany, a works council has a say on technical systems that can monitor performance or behaviour."),
                ("Quality", "Chatbot answers are drafts and must be checked before they are passed on."),
            ],
            "body": (
                "<p>A draft contract, a customer complaint, a spreadsheet with HR data: what is quickly pasted into a chat window can become legally tricky. Generative chatbots have long been part of everyday life in many offices, often without management knowing. Experts call this shadow AI. Yet with manageable effort, its use can be put on an orderly footing.</p>"
                "<h2>The biggest risks</h2>"
                "<p>Problems arise above all when personal data or trade secrets end up in a freely available service. With some consumer offerings, inputs may be used by default to improve the models. In addition, data is often processed on servers outside the EU, which triggers additional requirements for international transfers.</p>"
                "<h2>Five steps to clean usage</h2>"
                "<ol>"
                "<li><strong>Business accounts instead of private logins:</strong> Enterprise versions usually include contractual commitments that inputs will not be used for training.</li>"
                "<li><strong>Put data processing on a contractual footing:</strong> As a rule, a contract under Article 28 GDPR should be concluded with the provider.</li>"
                "<li><strong>Write clear rules:</strong> An internal policy sets out which data is off limits and what the chatbot may be used for.</li>"
                "<li><strong>Assess the risks:</strong> For sensitive applications, a data protection impact assessment under Article 35 GDPR is often mandatory.</li>"
                "<li><strong>Respect co-determination:</strong> Where there is a works council, it has a right of co-determination over technical systems capable of monitoring behaviour or performance.</li>"
                "</ol>"
                "<h2>Results remain drafts</h2>"
                "<p>Besides data protection, quality control is part of responsible use. Chatbots write persuasively but are sometimes factually wrong. Anyone passing answers on to customers without checking them bears the risk. The German Data Protection Conference of federal and state authorities has published guidance on AI and data protection that covers many of these points and makes a good starting point for your own rules.</p>"
                "<blockquote><p>“Since we started offering an official tool, secret use has almost disappeared. Bans alone had achieved nothing,” says the head of HR at a mechanical engineering firm in Baden-Württemberg.</p></blockquote>"
            ),
            "image_alt": "Desk with a laptop whose screen shows a glowing speech bubble and a padlock icon",
            "image_caption": "With clear rules, shadow AI becomes an official tool.",
        },
        "sources": [
            {"title_de": "Art. 28 DSGVO – Auftragsverarbeiter", "title_en": "Art. 28 GDPR – Processor", "url": "https://gdpr-info.eu/art-28-gdpr/", "publisher": "gdpr-info.eu", "date": None},
            {"title_de": "Datenschutzkonferenz (DSK)", "title_en": "German Data Protection Conference (DSK)", "url": "https://www.datenschutzkonferenz-online.de/", "publisher": "Datenschutzkonferenz", "date": None},
            {"title_de": "Die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit", "title_en": "Federal Commissioner for Data Protection and Freedom of Information", "url": "https://www.bfdi.bund.de/", "publisher": "BfDI", "date": None},
        ],
    },
    {
        "category": "gesellschaft",
        "author": "mira",
        "hashtags": ["Datenschutz", "LLM", "Recht"],
        "days_ago": 24,
        "topic": "privacy",
        "palette": ("#3d0e61", "#ff9f1c"),
        "de": {
            "title": "Wenn die KI Falsches über Dich behauptet: Deine Rechte gegenüber Chatbots",
            "teaser": "Sprachmodelle erfinden mitunter Details über echte Menschen. Die DSGVO gibt Betroffenen Rechte auf Auskunft, Berichtigung und Löschung, doch die Umsetzung ist kompliziert.",
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Halluzinationen", "Chatbots können überzeugend klingende, aber falsche Angaben über reale Personen erzeugen."),
                ("Betroffenenrechte", "Auskunft, Berichtigung, Löschung und Widerspruch gelten grundsätzlich auch gegenüber KI-Anbietern."),
                ("Technische Hürde", "Einzelne Informationen lassen sich aus einem trainierten Modell nur schwer gezielt entfernen."),
            ],
            "body": (
                "<p>Frag einen Chatbot nach einer weniger bekannten Person, und er liefert oft eine flüssige Kurzbiografie. Manchmal stimmt sie, manchmal enthält sie frei erfundene Details: ein falsches Geburtsdatum, einen Beruf, den die Person nie hatte, im schlimmsten Fall einen erfundenen Skandal. Fachleute nennen solche Fehler Halluzinationen. Für Betroffene ist das mehr als ein technisches Problem, denn die DSGVO verlangt, dass personenbezogene Daten sachlich richtig sind.</p>"
                "<h2>Welche Rechte Du hast</h2>"
                "<p>Die Datenschutz-Grundverordnung gibt Dir gegenüber Unternehmen, die Deine Daten verarbeiten, eine Reihe von Ansprüchen. Sie gelten grundsätzlich auch für Anbieter von KI-Diensten:</p>"
                "<ul>"
                "<li><strong>Auskunft (Art. 15):</strong> Du kannst erfragen, ob und welche Daten über Dich verarbeitet werden.</li>"
                "<li><strong>Berichtigung (Art. 16):</strong> Falsche Angaben müssen korrigiert werden.</li>"
                "<li><strong>Löschung (Art. 17):</strong> Unter bestimmten Voraussetzungen kannst Du verlangen, dass Daten gelöscht werden.</li>"
                "<li><strong>Widerspruch (Art. 21):</strong> Stützt sich ein Anbieter auf berechtigtes Interesse, kannst Du aus Gründen Deiner besonderen Situation widersprechen.</li>"
                "</ul>"
                "<h2>Warum die Umsetzung so schwierig ist</h2>"
                "<p>In einer klassischen Datenbank lässt sich ein falscher Eintrag einfach ändern. Ein Sprachmodell speichert Wissen dagegen nicht als Datensätze, sondern verteilt über Milliarden von Parametern. Einzelne Informationen gezielt zu entfernen, ist technisch aufwendig und bislang nur eingeschränkt möglich. Anbieter greifen deshalb häufig zu Filtern, die bestimmte Antworten unterdrücken, oder verknüpfen ihre Modelle mit Suchfunktionen, deren Quellen sich leichter korrigieren lassen. Ob solche Lösungen den Anforderungen der DSGVO genügen, ist umstritten. Datenschutzorganisationen haben bereits Beschwerden bei Aufsichtsbehörden eingereicht, um diese Frage klären zu lassen.</p>"
                "<h2>So gehst Du vor</h2>"
                "<p>Wenn Dir falsche Angaben über Dich auffallen, dokumentiere sie mit Screenshots samt Datum und der verwendeten Eingabe. Wende Dich dann schriftlich an den Anbieter und berufe Dich ausdrücklich auf Deine Rechte aus der DSGVO. Bleibt eine angemessene Reaktion aus, kannst Du Beschwerde bei einer Datenschutzaufsichtsbehörde einlegen.</p>"
            ),
            "image_alt": "Verzerrtes Porträt aus Pixeln, über dem ein Fragezeichen schwebt",
            "image_caption": "Falsche Angaben über reale Personen sind mehr als ein Schönheitsfehler.",
        },
        "en": {
            "title": "When AI gets you wrong: your rights against chatbots",
            "teaser": "Language models sometimes invent details about real people. The GDPR gives those affected rights of access, rectification and erasure, but enforcing them is complicated.",
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Hallucinations", "Chatbots can produce convincing but false statements about real people."),
                ("Data subject rights", "Access, rectification, erasure and objection generally apply to AI providers too."),
                ("Technical hurdle", "Individual pieces of information are hard to remove selectively from a trained model."),
            ],
            "body": (
                "<p>Ask a chatbot about a lesser-known person and it will often produce a fluent short biography. Sometimes it is accurate; sometimes it contains made-up details: a wrong date of birth, a job the person never had, or in the worst case an invented scandal. Experts call such errors hallucinations. For those affected, this is more than a technical problem, because the GDPR requires personal data to be accurate.</p>"
                "<h2>What rights you have</h2>"
                "<p>The General Data Protection Regulation gives you a number of rights against companies that process your data. In principle, they also apply to providers of AI services:</p>"
                "<ul>"
                "<li><strong>Access (Art. 15):</strong> You can ask whether and which data about you is being processed.</li>"
                "<li><strong>Rectification (Art. 16):</strong> Incorrect information must be corrected.</li>"
                "<li><strong>Erasure (Art. 17):</strong> Under certain conditions, you can demand that data be deleted.</li>"
                "<li><strong>Objection (Art. 21):</strong> If a provider relies on legitimate interest, you can object on grounds relating to your particular situation.</li>"
                "</ul>"
                "<h2>Why enforcement is so difficult</h2>"
                "<p>In a traditional database, a wrong entry can simply be changed. A language model, by contrast, does not store knowledge as records but spreads it across billions of parameters. Removing individual pieces of information in a targeted way is technically demanding and so far only possible to a limited extent. Providers therefore often resort to filters that suppress certain answers, or connect their models to search functions whose sources are easier to correct. Whether such solutions meet the requirements of the GDPR is disputed. Privacy organisations have already filed complaints with supervisory authorities to get this question settled.</p>"
                "<h2>How to proceed</h2>"
                "<p>If you notice false information about yourself, document it with screenshots including the date and the prompt you used. Then contact the provider in writing and explicitly invoke your rights under the GDPR. If you do not receive an adequate response, you can lodge a complaint with a data protection authority.</p>"
            ),
            "image_alt": "Distorted pixel portrait with a question mark hovering above it",
            "image_caption": "False statements about real people are more than a cosmetic flaw.",
        },
        "sources": [
            {"title_de": "Art. 16 DSGVO – Recht auf Berichtigung", "title_en": "Art. 16 GDPR – Right to rectification", "url": "https://gdpr-info.eu/art-16-gdpr/", "publisher": "gdpr-info.eu", "date": None},
            {"title_de": "Art. 17 DSGVO – Recht auf Löschung", "title_en": "Art. 17 GDPR – Right to erasure", "url": "https://gdpr-info.eu/art-17-gdpr/", "publisher": "gdpr-info.eu", "date": None},
            {"title_de": "Halluzination (Künstliche Intelligenz) (Wikipedia)", "title_en": "Hallucination (artificial intelligence) (Wikipedia)", "url": "https://en.wikipedia.org/wiki/Hallucination_(artificial_intelligence)", "publisher": "Wikipedia", "date": None},
        ],
    },
    # ------------------------------------------------------------------
    # Topic: ai-work
    # ------------------------------------------------------------------
    {
        "category": "wirtschaft",
        "author": "jonas",
        "hashtags": ["Mittelstand", "KI", "Arbeit"],
        "days_ago": 1,
        "topic": "ai-work",
        "palette": ("#2b2d42", "#8ac926"),
        "de": {
            "title": "KI im Mittelstand: Mit kleinen Projekten zum echten Nutzen",
            "teaser": "Große Strategiepapiere braucht es nicht. Mittelständische Betriebe kommen mit KI am besten voran, wenn sie bei lästigen Routineaufgaben anfangen und ihre Leute früh einbinden.",
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Ausgangslage", "Zeitmangel, knappe IT-Ressourcen und rechtliche Unsicherheit bremsen viele kleine und mittlere Betriebe."),
                ("Einstieg", "Wiederkehrende Aufgaben wie Korrespondenz, Wissenssuche oder Rechnungsprüfung eignen sich gut für erste Projekte."),
                ("Erfolgsfaktoren", "Messbare Ziele, aufgeräumte Daten und frühe Einbindung der Beschäftigten entscheiden über den Erfolg."),
                ("Unterstützung", "Die Mittelstand-Digital-Zentren und viele Kammern bieten Beratung und Praxisbeispiele an."),
            ],
            "body": (
                "<p>Der deutsche Mittelstand gilt als Rückgrat der Wirtschaft, beim Thema Künstliche Intelligenz aber häufig als zögerlich. Die Gründe sind bekannt: wenig Zeit im Tagesgeschäft, knappe IT-Ressourcen, Unsicherheit bei Datenschutz und Regulierung. Gleichzeitig stehen viele Betriebe unter Druck, denn Fachkräfte fehlen und erfahrene Beschäftigte gehen in den Ruhestand. Gerade hier kann KI helfen, wenn Unternehmen klein anfangen und gezielt vorgehen.</p>"
                "<h2>Wo der Einstieg gelingt</h2>"
                "<p>Erfolgreiche Projekte im Mittelstand setzen selten auf große Visionen, sondern auf wiederkehrende, lästige Aufgaben. Typische Einstiegsfelder sind:</p>"
                "<ul>"
                "<li><strong>Angebote und Korrespondenz:</strong> Sprachmodelle entwerfen Antworten auf Anfragen, die ein Mensch prüft und freigibt.</li>"
                "<li><strong>Wissensmanagement:</strong> Ein interner Assistent durchsucht Handbücher, Normen und Projektberichte und macht das Wissen erfahrener Kolleginnen und Kollegen zugänglich.</li>"
                "<li><strong>Qualitätssicherung:</strong> Bilderkennung entdeckt Oberflächenfehler oder fehlende Bauteile in der Fertigung.</li>"
                "<li><strong>Instandhaltung:</strong> Die Auswertung von Sensordaten hilft, Wartungen besser zu planen.</li>"
                "<li><strong>Buchhaltung:</strong> Eingangsrechnungen werden automatisch ausgelesen und vorkontiert.</li>"
                "</ul>"
                "<h2>Drei Erfolgsfaktoren</h2>"
                "<p>Erstens braucht jedes Projekt eine klar messbare Frage: Wie viel Zeit soll eingespart, welche Fehlerquote gesenkt werden? Zweitens entscheidet die Datenlage. Wer seine Dokumente in verstreuten Ordnern und Papierakten verwahrt, sollte zuerst aufräumen. Drittens müssen die Beschäftigten früh eingebunden werden. Wer erlebt, dass ein Werkzeug lästige Routinen abnimmt, wird eher zum Fürsprecher als zum Skeptiker.</p>"
                "<p>Unterstützung gibt es auch von außen. Die Mittelstand-Digital-Zentren bieten kostenfreie Informationsveranstaltungen und Praxisbeispiele, und viele Industrie- und Handelskammern haben eigene Angebote rund um KI aufgebaut. Wichtig ist, die rechtlichen Grundlagen von Anfang an mitzudenken: Auch für kleine Projekte gelten Datenschutz und die Schulungspflicht aus dem AI Act.</p>"
                "<blockquote><p>„Wir haben mit einem einzigen Anwendungsfall begonnen, der Suche in alten Konstruktionszeichnungen. Heute fragt die halbe Abteilung danach“, erzählt der Geschäftsführer eines Werkzeugbauers aus Südwestfalen.</p></blockquote>"
            ),
            "image_alt": "Werkhalle mit Maschinen, über denen grüne Datenlinien und kleine Symbole schweben",
            "image_caption": "Klein anfangen, schnell lernen: So findet KI ihren Weg in mittelständische Betriebe.",
        },
        "en": {
            "title": "AI in the Mittelstand: small projects, real benefits",
            "teaser": "No grand strategy papers required. Mid-sized firms make the best progress with AI when they start with tedious routine tasks and involve their people early.",
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Starting point", "Lack of time, limited IT resources and legal uncertainty hold back many small and mid-sized firms."),
                ("Getting started", "Recurring tasks such as correspondence, knowledge search or invoice checks are well suited to first projects."),
                ("Success factors", "Measurable goals, tidy data and early involvement of employees decide whether projects succeed."),
                ("Support", "Germany's Mittelstand-Digital centres and many chambers of commerce offer advice and practical examples."),
            ],
            "body": (
                "<p>Germany's Mittelstand, its backbone of small and mid-sized companies, is often seen as hesitant when it comes to artificial intelligence. The reasons are well known: little time in day-to-day business, scarce IT resources, uncertainty about data protection and regulation. At the same time, many firms are under pressure because skilled workers are in short supply and experienced staff are retiring. This is exactly where AI can help, provided companies start small and proceed in a targeted way.</p>"
                "<h2>Where getting started works</h2>"
                "<p>Successful projects in mid-sized firms rarely rely on grand visions; they focus on recurring, tedious tasks. Typical entry points include:</p>"
                "<ul>"
                "<li><strong>Quotes and correspondence:</strong> Language models draft replies to enquiries, which a person checks and approves.</li>"
                "<li><strong>Knowledge management:</strong> An internal assistant searches manuals, standards and project reports, making the expertise of experienced colleagues accessible.</li>"
                "<li><strong>Quality assurance:</strong> Image recognition detects surface defects or missing parts in production.</li>"
                "<li><strong>Maintenance:</strong> Analysing sensor data helps to plan servicing more effectively.</li>"
                "<li><strong>Accounting:</strong> Incoming invoices are read and pre-coded automatically.</li>"
                "</ul>"
                "<h2>Three success factors</h2>"
                "<p>First, every project needs a clearly measurable question: how much time should be saved, which error rate reduced? Second, the data situation is decisive. If your documents are stored in scattered folders and paper files, tidy up first. Third, employees must be involved early. People who experience a tool taking tedious routines off their hands are more likely to become advocates than sceptics.</p>"
                "<p>Outside support is available too. The Mittelstand-Digital centres offer free information events and practical examples, and many chambers of industry and commerce have set up their own AI programmes. It is important to consider the legal basics from the outset: data protection and the AI Act's training requirement apply to small projects as well.</p>"
                "<blockquote><p>“We started with a single use case: searching through old design drawings. Today half the department is asking for it,” says the managing director of a toolmaking company in South Westphalia.</p></blockquote>"
            ),
            "image_alt": "Factory hall with machines, green data lines and small icons floating above them",
            "image_caption": "Start small, learn fast: how AI finds its way into mid-sized companies.",
        },
        "sources": [
            {"title_de": "Mittelstand-Digital", "title_en": "Mittelstand-Digital", "url": "https://www.mittelstand-digital.de/", "publisher": "Bundesministerium für Wirtschaft", "date": None},
            {"title_de": "Mittelstand (Wikipedia)", "title_en": "Mittelstand (Wikipedia)", "url": "https://en.wikipedia.org/wiki/Mittelstand", "publisher": "Wikipedia", "date": None},
        ],
    },
    {
        "category": "gesellschaft",
        "author": "jonas",
        "hashtags": ["Arbeit", "Bildung", "KI", "EUAIAct"],
        "days_ago": 13,
        "topic": "ai-work",
        "palette": ("#1d3557", "#f4a261"),
        "de": {
            "title": "Weiterbildung statt Angst: Welche Kompetenzen in der KI-Arbeitswelt zählen",
            "teaser": "Nicht alle müssen programmieren lernen. Doch ein Grundverständnis von KI, kritisches Prüfen und solides Fachwissen werden in fast jedem Beruf wichtiger.",
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Pflicht", "Der AI Act verlangt seit Februar 2025, dass Personal im Umgang mit KI ausreichend kompetent ist."),
                ("Kernkompetenzen", "Gefragt sind Grundverständnis, präzise Aufgabenstellung, kritisches Prüfen und Rechtskenntnisse."),
                ("Lernformate", "Kurze, praxisnahe Formate an echten Aufgaben wirken besser als einmalige Pflichtschulungen."),
            ],
            "body": (
                "<p>Kaum eine Technologie hat sich so schnell im Arbeitsalltag verbreitet wie generative KI. Viele Beschäftigte haben sich den Umgang mit Chatbots selbst beigebracht, oft abends und ohne Anleitung. Das zeugt von Neugier, birgt aber auch Risiken: Wer nicht weiß, wie die Systeme funktionieren, überschätzt ihre Zuverlässigkeit oder gibt unbedacht sensible Daten preis. Systematische Weiterbildung wird deshalb zur Aufgabe für Unternehmen, zumal der AI Act seit Februar 2025 ausdrücklich ausreichende KI-Kompetenz beim Personal verlangt.</p>"
                "<h2>Welche Fähigkeiten zählen</h2>"
                "<p>Es geht weniger darum, dass alle programmieren lernen. Wichtiger sind einige Grundkompetenzen, die in fast jedem Beruf gefragt sind:</p>"
                "<ul>"
                "<li><strong>Grundverständnis:</strong> Zu wissen, dass Sprachmodelle Wahrscheinlichkeiten berechnen und keine Fakten nachschlagen, schützt vor blindem Vertrauen.</li>"
                "<li><strong>Aufgaben präzise formulieren:</strong> Gute Ergebnisse entstehen durch klare Anweisungen, Kontext und Beispiele.</li>"
                "<li><strong>Kritisches Prüfen:</strong> Quellen kontrollieren, Zahlen nachrechnen, Plausibilität hinterfragen.</li>"
                "<li><strong>Rechtliche Leitplanken:</strong> Datenschutz, Urheberrecht und interne Regeln kennen.</li>"
                "<li><strong>Fachwissen:</strong> Nur wer sein Gebiet beherrscht, erkennt, wann die Maschine danebenliegt.</li>"
                "</ul>"
                "<h2>Was gute Weiterbildung ausmacht</h2>"
                "<p>Einmalige Pflichtschulungen verpuffen oft. Wirksamer sind kurze, praxisnahe Formate, die direkt an echten Aufgaben ansetzen. Bewährt haben sich interne Lernzirkel, in denen Kolleginnen und Kollegen Anwendungsfälle austauschen, sowie sogenannte KI-Lotsen in den Abteilungen, die als erste Anlaufstelle dienen. Wichtig ist auch, Ängste ernst zu nehmen. Wer befürchtet, sich mit der neuen Technik selbst überflüssig zu machen, wird sie kaum mit Begeisterung nutzen.</p>"
                "<p>Für Beschäftigte gilt umgekehrt: Eigeninitiative lohnt sich. Zahlreiche Hochschulen und Bildungsträger bieten kostenlose Onlinekurse an, und in Deutschland können berufliche Weiterbildungen unter bestimmten Voraussetzungen staatlich gefördert werden.</p>"
                "<blockquote><p>„Die beste Schulung war die, in der wir unsere eigenen E-Mails und Berichte mit KI überarbeitet haben. Danach war der Nutzen für alle greifbar“, sagt eine Teamleiterin aus der Verwaltung eines Energieversorgers.</p></blockquote>"
            ),
            "image_alt": "Gruppe stilisierter Figuren an einem Tisch, über ihnen ein leuchtendes Glühbirnen-Symbol",
            "image_caption": "Lernen am echten Arbeitsalltag: So wird KI-Kompetenz greifbar.",
        },
        "en": {
            "title": "Upskilling, not fear: the skills that count in an AI-driven workplace",
            "teaser": "Not everyone needs to learn to code. But a basic understanding of AI, critical checking and solid domain expertise are becoming more important in almost every job.",
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Obligation", "Since February 2025, the AI Act has required staff to have sufficient competence in working with AI."),
                ("Core skills", "Basic understanding, precise instructions, critical checking and legal awareness are in demand."),
                ("Learning formats", "Short, hands-on formats based on real tasks work better than one-off mandatory training."),
            ],
            "body": (
                "<p>Hardly any technology has spread through working life as quickly as generative AI. Many employees taught themselves to use chatbots, often in the evening and without guidance. That shows curiosity, but it also carries risks: people who do not know how these systems work overestimate their reliability or carelessly disclose sensitive data. Systematic training is therefore becoming a task for companies, especially since the AI Act has explicitly required a sufficient level of AI literacy among staff since February 2025.</p>"
                "<h2>Which skills count</h2>"
                "<p>The point is not that everyone should learn to code. More important are a few basic skills that are needed in almost every profession:</p>"
                "<ul>"
                "<li><strong>Basic understanding:</strong> Knowing that language models calculate probabilities rather than look up facts protects against blind trust.</li>"
                "<li><strong>Precise instructions:</strong> Good results come from clear instructions, context and examples.</li>"
                "<li><strong>Critical checking:</strong> Verify sources, recalculate figures, question plausibility.</li>"
                "<li><strong>Legal guardrails:</strong> Know the rules on data protection, copyright and internal policies.</li>"
                "<li><strong>Domain expertise:</strong> Only those who master their field can tell when the machine is wrong.</li>"
                "</ul>"
                "<h2>What makes training effective</h2>"
                "<p>One-off mandatory courses often fizzle out. Short, practical formats that start directly from real tasks are more effective. Internal learning circles, in which colleagues share use cases, have proved their worth, as have so-called AI guides in each department who act as the first point of contact. It is also important to take fears seriously. Anyone who worries about making themselves redundant with the new technology is unlikely to use it with enthusiasm.</p>"
                "<p>For employees, the reverse applies: taking the initiative pays off. Numerous universities and training providers offer free online courses, and in Germany vocational training can be publicly funded under certain conditions.</p>"
                "<blockquote><p>“The best training session was the one where we reworked our own emails and reports with AI. After that, everyone could see the benefit,” says a team leader in the administration of an energy utility.</p></blockquote>"
            ),
            "image_alt": "Group of stylised figures at a table with a glowing light bulb icon above them",
            "image_caption": "Learning from real work: how AI literacy becomes tangible.",
        },
        "sources": [
            {"title_de": "Artikel 4: KI-Kompetenz", "title_en": "Article 4: AI literacy", "url": "https://artificialintelligenceact.eu/article/4/", "publisher": "Future of Life Institute", "date": None},
            {"title_de": "Bundesministerium für Arbeit und Soziales", "title_en": "Federal Ministry of Labour and Social Affairs", "url": "https://www.bmas.de/", "publisher": "BMAS", "date": None},
            {"title_de": "Digitale Kompetenz (Wikipedia)", "title_en": "Digital literacy (Wikipedia)", "url": "https://en.wikipedia.org/wiki/Digital_literacy", "publisher": "Wikipedia", "date": None},
        ],
    },
    {
        "category": "wirtschaft",
        "author": "anna",
        "hashtags": ["Arbeit", "Forschung", "LLM"],
        "days_ago": 35,
        "topic": "ai-work",
        "palette": ("#14213d", "#fca311"),
        "de": {
            "title": "Ersetzt KI Jobs oder Aufgaben? Was die Forschung zur Arbeitswelt sagt",
            "teaser": "Schlagzeilen warnen vor Massenarbeitslosigkeit, Studien zeichnen ein differenzierteres Bild. Ein Überblick über Ansätze, Befunde und offene Fragen.",
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Aufgabenblick", "Forschende betrachten Berufe als Bündel von Tätigkeiten, von denen KI nur einen Teil berührt."),
                ("Exposition", "Analysen zeigen, dass Sprachmodelle gerade gut bezahlte Wissensberufe stark betreffen könnten."),
                ("Feldstudien", "Im Kundenservice profitierten vor allem weniger erfahrene Beschäftigte von einem KI-Assistenten."),
                ("Unsicherheit", "Langfristige Folgen für Beschäftigung und Einstiegsjobs sind noch offen."),
            ],
            "body": (
                "<p>Die Frage, ob Maschinen Arbeitsplätze vernichten, ist so alt wie die Industrialisierung. Mit generativer KI hat sie neue Dringlichkeit bekommen, denn diesmal geht es nicht nur um Fließbänder, sondern um Büroarbeit, Texte und Programmcode. Ein Blick in die Forschung zeigt: Die Antwort ist vielschichtiger, als Schlagzeilen vermuten lassen.</p>"
                "<h2>Aufgaben statt Berufe</h2>"
                "<p>Arbeitsökonominnen und -ökonomen betrachten Berufe heute meist als Bündel einzelner Tätigkeiten. Eine Steuerberaterin recherchiert, rechnet, schreibt, berät und verhandelt. KI kann einige dieser Aufgaben beschleunigen, andere kaum. Eine vielzitierte Analyse von Forschenden bei OpenAI und der University of Pennsylvania aus dem Jahr 2023 kam zu dem Ergebnis, dass große Sprachmodelle einen erheblichen Teil der Tätigkeiten in vielen Berufen berühren könnten, und zwar auffällig oft in gut bezahlten Wissensberufen. Die Autorinnen und Autoren betonen jedoch, dass solche Werte nur die technische Eignung messen und keine Prognose über Jobverluste darstellen.</p>"
                "<h2>Was Feldstudien zeigen</h2>"
                "<p>Aufschlussreich sind Untersuchungen im echten Arbeitsalltag. Eine Studie zu einem KI-Assistenten im Kundenservice eines Softwareunternehmens fand messbare Produktivitätsgewinne, die bei neuen und weniger erfahrenen Beschäftigten am größten ausfielen. Das Werkzeug schien das Erfahrungswissen der besten Kräfte im Team weiterzugeben. Solche Befunde deuten darauf hin, dass KI zumindest bei bestimmten Tätigkeiten eher ergänzt als ersetzt.</p>"
                "<h2>Offene Fragen</h2>"
                "<p>Trotzdem gibt es gute Gründe für Vorsicht:</p>"
                "<ul>"
                "<li>Kurzfristige Produktivitätsgewinne sagen wenig darüber, wie Unternehmen langfristig Stellen planen.</li>"
                "<li>Einstiegsjobs, in denen Berufsanfänger früher Routinen lernten, könnten schrumpfen.</li>"
                "<li>Ergebnisse aus einzelnen Branchen lassen sich nur begrenzt verallgemeinern.</li>"
                "<li>Wer profitiert, hängt stark von Weiterbildung, Mitbestimmung und der Gestaltung der Arbeit ab.</li>"
                "</ul>"
                "<p>Für Deutschland kommt eine Besonderheit hinzu: Angesichts des demografischen Wandels könnte KI in vielen Branchen eher Lücken füllen, die durch fehlende Fachkräfte entstehen, als Menschen verdrängen. Sicher ist das aber nicht. Entscheidend wird sein, ob Betriebe die gewonnene Zeit in neue Aufgaben investieren oder vor allem in Kostensenkung.</p>"
            ),
            "image_alt": "Puzzleteile in Blau und Orange, von denen einige durch leuchtende Schaltkreise ersetzt sind",
            "image_caption": "KI übernimmt einzelne Teile der Arbeit, selten den ganzen Beruf.",
        },
        "en": {
            "title": "Does AI replace jobs or tasks? What research says about the world of work",
            "teaser": "Headlines warn of mass unemployment, while studies paint a more nuanced picture. An overview of approaches, findings and open questions.",
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Task view", "Researchers see occupations as bundles of activities, only some of which are affected by AI."),
                ("Exposure", "Analyses suggest that language models could strongly affect well-paid knowledge jobs in particular."),
                ("Field studies", "In customer service, less experienced employees benefited most from an AI assistant."),
                ("Uncertainty", "The long-term consequences for employment and entry-level jobs remain open."),
            ],
            "body": (
                "<p>The question of whether machines destroy jobs is as old as industrialisation. Generative AI has given it new urgency, because this time it is not just about assembly lines but about office work, texts and program code. A look at the research shows that the answer is more complex than the headlines suggest.</p>"
                "<h2>Tasks, not occupations</h2>"
                "<p>Labour economists today mostly view occupations as bundles of individual activities. A tax adviser researches, calculates, writes, advises and negotiates. AI can speed up some of these tasks and barely touch others. A widely cited 2023 analysis by researchers at OpenAI and the University of Pennsylvania concluded that large language models could affect a substantial share of activities in many occupations, and strikingly often in well-paid knowledge jobs. The authors stress, however, that such figures measure only technical suitability and are not a forecast of job losses.</p>"
                "<h2>What field studies show</h2>"
                "<p>Studies of real working life are particularly revealing. Research on an AI assistant in the customer service team of a software company found measurable productivity gains that were largest among new and less experienced employees. The tool appeared to pass on the experience of the team's best performers. Findings like these suggest that, at least for certain activities, AI tends to complement rather than replace.</p>"
                "<h2>Open questions</h2>"
                "<p>Still, there are good reasons for caution:</p>"
                "<ul>"
                "<li>Short-term productivity gains say little about how companies will plan jobs in the long run.</li>"
                "<li>Entry-level jobs, in which newcomers used to learn routines, could shrink.</li>"
                "<li>Results from individual industries can only be generalised to a limited extent.</li>"
                "<li>Who benefits depends heavily on training, worker participation and how work is designed.</li>"
                "</ul>"
                "<p>Germany has an additional particularity: given demographic change, AI in many sectors might fill gaps left by a shortage of skilled workers rather than push people out. But that is not certain. What will matter is whether companies invest the time saved in new tasks or mainly in cutting costs.</p>"
            ),
            "image_alt": "Blue and orange puzzle pieces, some of them replaced by glowing circuits",
            "image_caption": "AI takes over individual parts of work, rarely an entire occupation.",
        },
        "sources": [
            {"title_de": "GPTs are GPTs: An Early Look at the Labor Market Impact Potential of Large Language Models", "title_en": "GPTs are GPTs: An Early Look at the Labor Market Impact Potential of Large Language Models", "url": "https://arxiv.org/abs/2303.10130", "publisher": "arXiv", "date": "2023-03-17"},
            {"title_de": "Generative AI at Work", "title_en": "Generative AI at Work", "url": "https://arxiv.org/abs/2304.11771", "publisher": "arXiv", "date": "2023-04-23"},
            {"title_de": "Technologische Arbeitslosigkeit (Wikipedia)", "title_en": "Technological unemployment (Wikipedia)", "url": "https://en.wikipedia.org/wiki/Technological_unemployment", "publisher": "Wikipedia", "date": None},
        ],
    },
    # ------------------------------------------------------------------
    # Topic: ai-education
    # ------------------------------------------------------------------
    {
        "category": "gesellschaft",
        "author": "mira",
        "hashtags": ["Bildung", "KI", "LLM", "Datenschutz"],
        "days_ago": 4,
        "topic": "ai-education",
        "palette": ("#06466b", "#ffd166"),
        "de": {
            "title": "KI im Klassenzimmer: Warum Verbote allein nicht weiterhelfen",
            "teaser": "Viele Schulen reagierten auf Chatbots zunächst mit Verboten. Inzwischen rückt die Frage in den Mittelpunkt, wie Schülerinnen und Schüler kritisch mit KI umgehen lernen.",
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Kurswechsel", "Statt pauschaler Verbote setzen viele Schulen auf einen reflektierten Umgang mit KI."),
                ("Erkennung", "Programme zum Aufspüren von KI-Texten arbeiten unzuverlässig und können falsch beschuldigen."),
                ("Prüfungen", "Bewertet wird zunehmend der Lernprozess, nicht nur das fertige Ergebnis."),
                ("AI Act", "KI zur Bewertung von Leistungen gilt als hochriskant, Emotionserkennung in Schulen ist verboten."),
            ],
            "body": (
                "<p>Als generative Chatbots Ende 2022 öffentlich verfügbar wurden, reagierten viele Schulen zunächst mit Verboten. Die Sorge: Hausaufgaben und Referate würden künftig von Maschinen geschrieben. Inzwischen hat sich die Debatte verschoben. Statt zu fragen, wie sich KI aus dem Klassenzimmer fernhalten lässt, geht es zunehmend darum, wie Schülerinnen und Schüler lernen, sinnvoll und kritisch mit ihr umzugehen.</p>"
                "<h2>Warum Verbote an Grenzen stoßen</h2>"
                "<p>KI-Werkzeuge sind auf jedem Smartphone verfügbar. Ein Verbot im Unterricht verhindert nicht, dass sie zu Hause genutzt werden. Programme, die KI-Texte automatisch erkennen sollen, arbeiten zudem unzuverlässig und können Lernende fälschlich beschuldigen. Auch die Kultusministerkonferenz setzt in ihren Empfehlungen auf einen reflektierten Einsatz, statt die Technik pauschal auszuschließen.</p>"
                "<h2>Wie sich der Unterricht verändert</h2>"
                "<p>Lehrkräfte berichten von unterschiedlichen Ansätzen, die sich gut kombinieren lassen:</p>"
                "<ul>"
                "<li><strong>Prozess statt Produkt:</strong> Bewertet wird nicht nur das fertige Ergebnis, sondern auch der Weg dorthin, etwa über Entwürfe, Lerntagebücher oder mündliche Nachfragen.</li>"
                "<li><strong>KI als Gegenstand:</strong> Klassen untersuchen gemeinsam, wo ein Chatbot Fehler macht oder Vorurteile wiedergibt.</li>"
                "<li><strong>KI als Lernhilfe:</strong> Schülerinnen und Schüler lassen sich Aufgaben erklären oder üben Fremdsprachen im Dialog.</li>"
                "<li><strong>Klare Regeln:</strong> Für jede Aufgabe wird festgelegt, ob und wie KI genutzt werden darf und wie das kenntlich zu machen ist.</li>"
                "</ul>"
                "<h2>Offene Baustellen</h2>"
                "<p>Schwierig bleiben Fragen des Datenschutzes, denn viele verbreitete Dienste richten sich an Erwachsene und verlangen eine Registrierung. Einige Bundesländer stellen deshalb eigene, datenschutzfreundliche Zugänge bereit. Hinzu kommt die Gerechtigkeitsfrage: Wer zu Hause kostenpflichtige Werkzeuge nutzen kann, ist womöglich im Vorteil. Und nicht zuletzt brauchen Lehrkräfte selbst Zeit und Fortbildung, um die neuen Möglichkeiten einschätzen zu können.</p>"
                "<p>Auch der AI Act spielt eine Rolle: KI-Systeme, die über den Zugang zu Bildung entscheiden oder Leistungen bewerten, gelten dort als hochriskant, und Emotionserkennung in Bildungseinrichtungen ist grundsätzlich verboten.</p>"
                "<blockquote><p>„Meine Schüler nutzen KI ohnehin. Ich will, dass sie dabei merken, wann die Antwort Unsinn ist“, sagt eine Deutschlehrerin an einer Gesamtschule in Nordrhein-Westfalen.</p></blockquote>"
            ),
            "image_alt": "Klassenzimmer mit Tafel, auf der ein stilisierter Chatbot und Fragezeichen gezeichnet sind",
            "image_caption": "Vom Verbot zur Medienkompetenz: Schulen suchen ihren Umgang mit KI.",
        },
        "en": {
            "title": "AI in the classroom: why bans alone do not help",
            "teaser": "Many schools initially responded to chatbots with bans. Now the focus is shifting to how pupils can learn to use AI critically.",
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Change of course", "Instead of blanket bans, many schools are opting for a reflective approach to AI."),
                ("Detection", "Tools for spotting AI-written texts are unreliable and can lead to false accusations."),
                ("Assessment", "The learning process, not just the finished result, is increasingly being assessed."),
                ("AI Act", "AI used to assess performance counts as high-risk, and emotion recognition in schools is banned."),
            ],
            "body": (
                "<p>When generative chatbots became publicly available at the end of 2022, many schools initially responded with bans. The worry was that homework and presentations would be written by machines from then on. The debate has since shifted. Instead of asking how to keep AI out of the classroom, the question is increasingly how pupils can learn to use it sensibly and critically.</p>"
                "<h2>Why bans reach their limits</h2>"
                "<p>AI tools are available on every smartphone. A ban in lessons does not stop them from being used at home. Programs designed to detect AI-written text automatically are also unreliable and can wrongly accuse learners. The Standing Conference of the Ministers of Education in Germany (KMK) likewise favours a reflective use in its recommendations rather than excluding the technology across the board.</p>"
                "<h2>How teaching is changing</h2>"
                "<p>Teachers report a range of approaches that combine well:</p>"
                "<ul>"
                "<li><strong>Process over product:</strong> Not only the finished result is assessed, but also how pupils got there, for example through drafts, learning journals or oral follow-up questions.</li>"
                "<li><strong>AI as a subject:</strong> Classes investigate together where a chatbot makes mistakes or reproduces biases.</li>"
                "<li><strong>AI as a learning aid:</strong> Pupils ask for explanations of tasks or practise foreign languages in dialogue.</li>"
                "<li><strong>Clear rules:</strong> For each assignment, it is specified whether and how AI may be used and how this must be disclosed.</li>"
                "</ul>"
                "<h2>Unresolved issues</h2>"
                "<p>Data protection remains a difficult issue, as many popular services are aimed at adults and require registration. Some German states therefore provide their own privacy-friendly access. Then there is the question of fairness: pupils who can use paid tools at home may have an advantage. And last but not least, teachers themselves need time and training to assess the new possibilities.</p>"
                "<p>The AI Act plays a role too: AI systems that decide on access to education or evaluate performance are classed as high-risk, and emotion recognition in educational institutions is prohibited in principle.</p>"
                "<blockquote><p>“My pupils use AI anyway. I want them to notice when the answer is nonsense,” says a German teacher at a comprehensive school in North Rhine-Westphalia.</p></blockquote>"
            ),
            "image_alt": "Classroom with a blackboard showing a stylised chatbot and question marks",
            "image_caption": "From bans to media literacy: schools are finding their way with AI.",
        },
        "sources": [
            {"title_de": "Kultusministerkonferenz", "title_en": "Standing Conference of the Ministers of Education (KMK)", "url": "https://www.kmk.org/", "publisher": "KMK", "date": None},
            {"title_de": "Verordnung (EU) 2024/1689 (KI-Verordnung), Anhang III", "title_en": "Regulation (EU) 2024/1689 (AI Act), Annex III", "url": "https://eur-lex.europa.eu/eli/reg/2024/1689/oj", "publisher": "EUR-Lex", "date": "2024-07-12"},
            {"title_de": "ChatGPT (Wikipedia)", "title_en": "ChatGPT (Wikipedia)", "url": "https://en.wikipedia.org/wiki/ChatGPT", "publisher": "Wikipedia", "date": None},
        ],
    },
    {
        "category": "gesellschaft",
        "author": "anna",
        "hashtags": ["Bildung", "KI", "Forschung", "LLM"],
        "days_ago": 8,
        "topic": "ai-education",
        "palette": ("#22223b", "#4ea8de"),
        "de": {
            "title": "KI-Kompetenz an Hochschulen: Was Studierende jetzt lernen sollten",
            "teaser": "Chatbots sind im Studium angekommen, doch was KI-Kompetenz genau bedeutet, ist vielerorts noch offen. Vier Ebenen und praktische Tipps für den Studienalltag.",
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Begriff", "KI-Kompetenz heißt, KI-Systeme zu verstehen, sinnvoll einzusetzen und ihre Ergebnisse kritisch zu bewerten."),
                ("Vier Ebenen", "Technik, wissenschaftliche Praxis, Fachbezug sowie Ethik und Recht gehören zusammen."),
                ("Prüfungen", "Automatische KI-Detektoren gelten als unzuverlässig, Hochschulen setzen verstärkt auf Offenlegung und mündliche Formate."),
            ],
            "body": (
                "<p>An Hochschulen ist generative KI längst angekommen. Studierende nutzen Chatbots, um Literatur zu sichten, Texte zu überarbeiten oder Programmierfehler zu finden. Lehrende experimentieren mit KI bei der Vorbereitung von Seminaren. Was vielerorts noch fehlt, ist ein gemeinsames Verständnis davon, was KI-Kompetenz eigentlich umfasst und wie sie sich in Studium und Prüfungen verankern lässt.</p>"
                "<h2>Mehr als Bedienwissen</h2>"
                "<p>KI-Kompetenz, im Englischen oft AI Literacy genannt, beschreibt die Fähigkeit, KI-Systeme zu verstehen, sinnvoll einzusetzen und ihre Ergebnisse kritisch zu bewerten. Für die Hochschule lassen sich vier Ebenen unterscheiden:</p>"
                "<ol>"
                "<li><strong>Technische Grundlagen:</strong> Wie entstehen Sprachmodelle, warum halluzinieren sie, und welche Rolle spielen Trainingsdaten?</li>"
                "<li><strong>Wissenschaftliche Praxis:</strong> Wie lassen sich KI-Werkzeuge nutzen, ohne gegen die Regeln guter wissenschaftlicher Praxis zu verstoßen, und wie wird ihr Einsatz dokumentiert?</li>"
                "<li><strong>Fachspezifische Anwendung:</strong> In der Medizin stellen sich andere Fragen als in der Germanistik oder im Maschinenbau.</li>"
                "<li><strong>Ethik und Recht:</strong> Urheberrecht, Datenschutz, Verzerrungen und gesellschaftliche Folgen gehören ebenso dazu.</li>"
                "</ol>"
                "<h2>Prüfungen unter Druck</h2>"
                "<p>Besonders die klassische Hausarbeit steht auf dem Prüfstand. Werkzeuge zur automatischen Erkennung von KI-Texten haben sich als wenig verlässlich erwiesen; selbst OpenAI hat ein eigenes Erkennungswerkzeug 2023 wegen geringer Treffsicherheit wieder zurückgezogen. Viele Hochschulen setzen deshalb auf Eigenständigkeitserklärungen, die den KI-Einsatz offenlegen, und ergänzen schriftliche Arbeiten um mündliche Verteidigungen. Andere entwickeln Aufgabenformate, bei denen KI ausdrücklich erlaubt ist und die Reflexion über ihren Einsatz Teil der Bewertung wird.</p>"
                "<h2>Was Du im Studium tun kannst</h2>"
                "<p>Kläre für jede Lehrveranstaltung, welche Regeln gelten, und halte fest, wofür Du KI genutzt hast. Überprüfe jede Quelle, die ein Chatbot nennt, denn erfundene Literaturangaben sind ein bekanntes Problem. Und nutze KI als Sparringspartner, nicht als Ghostwriter: Wer sich Argumente erklären und kritisieren lässt, lernt mehr als jemand, der fertige Absätze übernimmt.</p>"
                "<blockquote><p>„Wir achten inzwischen stärker darauf, ob jemand seine Arbeit verteidigen kann. Das war eigentlich schon immer der Kern des Studiums“, sagt ein Studiendekan einer technischen Hochschule.</p></blockquote>"
            ),
            "image_alt": "Hörsaal mit aufsteigenden Sitzreihen, darüber ein Netz aus leuchtenden Verbindungslinien",
            "image_caption": "Verstehen, anwenden, hinterfragen: KI-Kompetenz wird zum Studieninhalt.",
        },
        "en": {
            "title": "AI literacy at universities: what students should be learning now",
            "teaser": "Chatbots have arrived in higher education, but what AI literacy actually means is still unclear in many places. Four levels and practical tips for everyday student life.",
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Definition", "AI literacy means understanding AI systems, using them sensibly and critically evaluating their output."),
                ("Four levels", "Technology, academic practice, subject relevance, and ethics and law belong together."),
                ("Assessment", "Automatic AI detectors are considered unreliable, so universities increasingly rely on disclosure and oral formats."),
            ],
            "body": (
                "<p>Generative AI has long since arrived at universities. Students use chatbots to screen literature, revise texts or find bugs in their code. Lecturers experiment with AI when preparing seminars. What is still missing in many places is a shared understanding of what AI literacy actually involves and how it can be anchored in degree programmes and exams.</p>"
                "<h2>More than knowing which buttons to press</h2>"
                "<p>AI literacy describes the ability to understand AI systems, use them sensibly and critically evaluate their results. In higher education, four levels can be distinguished:</p>"
                "<ol>"
                "<li><strong>Technical foundations:</strong> How are language models built, why do they hallucinate, and what role does training data play?</li>"
                "<li><strong>Academic practice:</strong> How can AI tools be used without breaching the rules of good scientific practice, and how should their use be documented?</li>"
                "<li><strong>Subject-specific application:</strong> Medicine raises different questions from German studies or mechanical engineering.</li>"
                "<li><strong>Ethics and law:</strong> Copyright, data protection, bias and social consequences are part of it too.</li>"
                "</ol>"
                "<h2>Exams under pressure</h2>"
                "<p>The classic term paper in particular is being put to the test. Tools for automatically detecting AI-generated text have proved unreliable; even OpenAI withdrew its own detection tool in 2023 because of its low accuracy. Many universities therefore rely on declarations of independent work that disclose the use of AI and supplement written assignments with oral defences. Others are developing assignment formats in which AI is explicitly permitted and reflection on its use becomes part of the grade.</p>"
                "<h2>What you can do as a student</h2>"
                "<p>Check which rules apply in each course and keep a record of what you used AI for. Verify every source a chatbot cites, because invented references are a well-known problem. And use AI as a sparring partner, not a ghostwriter: if you ask it to explain and critique arguments, you will learn more than someone who simply copies finished paragraphs.</p>"
                "<blockquote><p>“We now pay more attention to whether someone can defend their work. That has really always been the core of university study,” says a dean of studies at a technical university.</p></blockquote>"
            ),
            "image_alt": "Lecture hall with tiered seating and a network of glowing connecting lines above it",
            "image_caption": "Understand, apply, question: AI literacy is becoming part of the curriculum.",
        },
        "sources": [
            {"title_de": "Halluzination (Künstliche Intelligenz) (Wikipedia)", "title_en": "Hallucination (artificial intelligence) (Wikipedia)", "url": "https://en.wikipedia.org/wiki/Hallucination_(artificial_intelligence)", "publisher": "Wikipedia", "date": None},
            {"title_de": "Großes Sprachmodell (Wikipedia)", "title_en": "Large language model (Wikipedia)", "url": "https://en.wikipedia.org/wiki/Large_language_model", "publisher": "Wikipedia", "date": None},
            {"title_de": "Digitale Kompetenz (Wikipedia)", "title_en": "Digital literacy (Wikipedia)", "url": "https://en.wikipedia.org/wiki/Digital_literacy", "publisher": "Wikipedia", "date": None},
        ],
    },
]
