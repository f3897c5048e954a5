# -*- coding: utf-8 -*-
"""Demo articles for kinews, batch 1.

Topics: llm-efficiency, open-models, ai-agents, ai-chips.
All texts are original demo content; quotes are attributed to generic,
fictional experts only.
"""

ARTICLES = [
    # ------------------------------------------------------------------
    # llm-efficiency
    # ------------------------------------------------------------------
    {
        "category": "forschung",
        "author": "anna",
        "hashtags": ["LLM", "Forschung", "KI"],
        "days_ago": 0,
        "topic": "llm-efficiency",
        "palette": ("#0b3d91", "#27c2b0"),
        "de": {
            "title": "Quantisierung erklärt: Wie Sprachmodelle mit weniger Bits auskommen",
            "teaser": (
                "Große Sprachmodelle brauchen viel Speicher. Quantisierung schrumpft sie auf einen "
                "Bruchteil – meist mit erstaunlich geringen Qualitätsverlusten."
            ),
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Grundidee", "Gewichte werden statt mit 16 Bit nur noch mit 8, 4 oder noch weniger Bit gespeichert."),
                ("Speicherbedarf", "Ein Modell mit sieben Milliarden Parametern schrumpft so von rund 14 auf etwa 4 Gigabyte."),
                ("Verfahren", "Methoden wie GPTQ und AWQ reduzieren die Genauigkeit nach dem Training gezielt und fehlerarm."),
                ("Grenzen", "Bei sehr aggressiver Quantisierung leiden vor allem Logik- und Rechenaufgaben."),
            ],
            "body": (
                "<p>Ein Sprachmodell ist im Kern eine riesige Sammlung von Zahlen, den sogenannten Gewichten. "
                "Beim Training werden sie meist in 16- oder 32-Bit-Gleitkommaformaten abgelegt. Das ist präzise, "
                "aber teuer: Jeder Parameter belegt zwei oder vier Byte, und bei Milliarden von Parametern summiert "
                "sich das schnell auf Dutzende Gigabyte. Quantisierung setzt genau hier an.</p>"
                "<h2>Weniger Stellen, fast gleiche Antworten</h2>"
                "<p>Die Idee stammt aus der Signalverarbeitung: Ein kontinuierlicher Wertebereich wird auf wenige "
                "Stufen abgebildet. Übertragen auf Sprachmodelle heißt das, dass jedes Gewicht nur noch mit 8 oder "
                "4 Bit gespeichert wird. Damit der Fehler klein bleibt, arbeiten moderne Verfahren blockweise: Für "
                "kleine Gruppen von Gewichten wird ein eigener Skalierungsfaktor berechnet, sodass einzelne Ausreißer "
                "nicht die gesamte Matrix verzerren.</p>"
                "<p>Drei Ansätze haben die Forschung besonders geprägt:</p>"
                "<ul>"
                "<li><strong>GPTQ</strong> quantisiert Schicht für Schicht und gleicht die entstehenden "
                "Rundungsfehler mithilfe einer kleinen Menge an Beispieldaten aus.</li>"
                "<li><strong>AWQ</strong> erkennt, welche Gewichte für die Aktivierungen besonders wichtig sind, "
                "und schützt diese vor zu grober Rundung.</li>"
                "<li><strong>QLoRA</strong> kombiniert ein auf 4 Bit komprimiertes Basismodell mit kleinen "
                "Zusatzmatrizen, sodass sich große Modelle sogar auf einer einzelnen GPU nachtrainieren lassen.</li>"
                "</ul>"
                "<h2>Was Du davon hast</h2>"
                "<p>Für Dich als Nutzerin oder Nutzer bedeutet Quantisierung vor allem eines: Modelle, die früher "
                "einen Serverraum brauchten, laufen heute auf einem gut ausgestatteten Laptop. Weil weniger Daten "
                "aus dem Speicher geladen werden müssen, steigt oft sogar die Geschwindigkeit beim Generieren.</p>"
                "<p>Ganz umsonst ist der Gewinn allerdings nicht. Bei 8 Bit sind die Unterschiede meist kaum "
                "messbar, bei 4 Bit in vielen Alltagsaufgaben gering. Wer noch weiter geht, riskiert, dass das "
                "Modell bei mehrstufigem Schlussfolgern, Mathematik oder selteneren Sprachen spürbar nachlässt. "
                "Forschende arbeiten deshalb auch an Architekturen, die von vornherein mit extrem niedriger "
                "Präzision trainiert werden, statt sie erst nachträglich zu komprimieren.</p>"
                "<blockquote><p>„Quantisierung ist kein Zaubertrick, sondern ein Kompromiss. Man sollte immer mit "
                "den eigenen Aufgaben testen, nicht nur mit Benchmarks“, sagt eine Forscherin aus einem Hamburger "
                "KI-Labor.</p></blockquote>"
                "<p>Die Technik ist damit einer der Hauptgründe, warum leistungsfähige Sprachmodelle nicht mehr "
                "nur in der Cloud zu Hause sind.</p>"
            ),
            "image_alt": "Abstrakte Grafik aus blauen und türkisfarbenen Flächen, die in immer gröbere Pixelstufen zerfallen",
            "image_caption": "Weniger Bits pro Gewicht: Quantisierung macht große Modelle deutlich kompakter.",
        },
        "en": {
            "title": "Quantisation explained: how language models get by with fewer bits",
            "teaser": (
                "Large language models need a lot of memory. Quantisation shrinks them to a fraction of their "
                "size – usually with surprisingly small losses in quality."
            ),
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Core idea", "Weights are stored with 8, 4 or even fewer bits instead of 16."),
                ("Memory", "A model with seven billion parameters shrinks from roughly 14 to about 4 gigabytes."),
                ("Methods", "Techniques such as GPTQ and AWQ reduce precision after training in a targeted, low-error way."),
                ("Limits", "With very aggressive quantisation, reasoning and arithmetic tasks suffer most."),
            ],
            "body": (
                "<p>At its core, a language model is a huge collection of numbers called weights. During training "
                "they are usually stored in 16- or 32-bit floating-point formats. That is precise but expensive: "
                "every parameter takes up two or four bytes, and with billions of parameters this quickly adds up "
                "to dozens of gigabytes. This is exactly where quantisation comes in.</p>"
                "<h2>Fewer digits, almost the same answers</h2>"
                "<p>The idea comes from signal processing: a continuous range of values is mapped onto a small "
                "number of levels. Applied to language models, it means each weight is stored with only 8 or 4 "
                "bits. To keep the error small, modern methods work block by block: a separate scaling factor is "
                "computed for small groups of weights so that individual outliers do not distort the whole "
                "matrix.</p>"
                "<p>Three approaches have been especially influential in research:</p>"
                "<ul>"
                "<li><strong>GPTQ</strong> quantises layer by layer and compensates for the resulting rounding "
                "errors using a small set of example data.</li>"
                "<li><strong>AWQ</strong> identifies which weights matter most for the activations and protects "
                "them from overly coarse rounding.</li>"
                "<li><strong>QLoRA</strong> combines a base model compressed to 4 bits with small adapter "
                "matrices, making it possible to fine-tune large models even on a single GPU.</li>"
                "</ul>"
                "<h2>What it means for you</h2>"
                "<p>For users, quantisation means one thing above all: models that once needed a server room now "
                "run on a well-equipped laptop. Because less data has to be loaded from memory, generation often "
                "even gets faster.</p>"
                "<p>The gain is not entirely free, though. At 8 bits the differences are usually barely "
                "measurable, and at 4 bits they are small for many everyday tasks. Going further risks a noticeable "
                "drop in multi-step reasoning, maths or less common languages. Researchers are therefore also "
                "working on architectures that are trained with extremely low precision from the start instead of "
                "being compressed afterwards.</p>"
                "<blockquote><p>“Quantisation isn’t a magic trick, it’s a trade-off. You should always test with "
                "your own tasks, not just with benchmarks,” says a researcher at an AI lab in Hamburg.</p>"
                "</blockquote>"
                "<p>The technique is one of the main reasons why capable language models no longer live only in "
                "the cloud.</p>"
            ),
            "image_alt": "Abstract graphic of blue and turquoise areas breaking down into increasingly coarse pixel steps",
            "image_caption": "Fewer bits per weight: quantisation makes large models much more compact.",
        },
        "sources": [
            {
                "title_de": "GPTQ: Präzise Post-Training-Quantisierung für generative Transformer (arXiv)",
                "title_en": "GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers (arXiv)",
                "url": "https://arxiv.org/abs/2210.17323",
                "publisher": "arXiv",
                "date": "2022-10-31",
            },
            {
                "title_de": "AWQ: Aktivierungsbewusste Gewichtsquantisierung (arXiv)",
                "title_en": "AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration (arXiv)",
                "url": "https://arxiv.org/abs/2306.00978",
                "publisher": "arXiv",
                "date": "2023-06-01",
            },
            {
                "title_de": "QLoRA: Effizientes Feintuning quantisierter Sprachmodelle (arXiv)",
                "title_en": "QLoRA: Efficient Finetuning of Quantized LLMs (arXiv)",
                "url": "https://arxiv.org/abs/2305.14314",
                "publisher": "arXiv",
                "date": "2023-05-23",
            },
        ],
    },
    {
        "category": "praxis",
        "author": "jonas",
        "hashtags": ["LLM", "Datenschutz", "OpenSource"],
        "days_ago": 5,
        "topic": "llm-efficiency",
        "palette": ("#1f2937", "#f59e0b"),
        "de": {
            "title": "Sprachmodelle lokal betreiben: Was Du für den eigenen Rechner wissen musst",
            "teaser": (
                "Ein Chatbot, der ohne Internet läuft und keine Daten verschickt? Mit offenen Modellen und den "
                "richtigen Werkzeugen klappt das inzwischen auf vielen Laptops."
            ),
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Datenschutz", "Lokale Modelle verarbeiten Deine Eingaben ausschließlich auf Deinem eigenen Gerät."),
                ("Hardware", "Entscheidend ist vor allem der verfügbare Arbeits- beziehungsweise Grafikspeicher."),
                ("Werkzeuge", "Projekte wie llama.cpp machen quantisierte Modelle auch auf normalen Rechnern nutzbar."),
                ("Erwartungen", "Kleine lokale Modelle erreichen nicht die Breite der größten Cloud-Systeme."),
            ],
            "body": (
                "<p>Wer ein Sprachmodell nutzt, schickt seine Eingaben in der Regel an einen Server irgendwo in der "
                "Cloud. Für private Notizen, interne Firmendokumente oder Kundendaten ist das nicht immer erwünscht. "
                "Die Alternative: Du betreibst das Modell direkt auf Deinem eigenen Rechner. Was vor wenigen Jahren "
                "noch Spezialwissen erforderte, ist heute oft mit wenigen Klicks erledigt.</p>"
                "<h2>Speicher ist die wichtigste Größe</h2>"
                "<p>Ob ein Modell auf Deinem Gerät läuft, hängt weniger von der Rechenleistung als vom Speicher ab. "
                "Die Gewichte müssen vollständig in den Arbeitsspeicher oder – deutlich schneller – in den "
                "Grafikspeicher passen. Als Faustregel gilt: Ein auf 4 Bit quantisiertes Modell braucht etwas mehr "
                "als ein halbes Byte pro Parameter, dazu kommt Platz für den Gesprächsverlauf. Rechner, bei denen "
                "sich Prozessor und Grafikeinheit einen gemeinsamen Speicher teilen, sind hier oft im Vorteil.</p>"
                "<h2>So gehst Du vor</h2>"
                "<ol>"
                "<li><strong>Werkzeug wählen:</strong> Open-Source-Projekte wie llama.cpp bilden das Fundament "
                "vieler Desktop-Anwendungen, die Modelle über eine grafische Oberfläche herunterladen und "
                "starten.</li>"
                "<li><strong>Modell aussuchen:</strong> Auf Plattformen wie dem Hugging Face Hub findest Du offene "
                "Modelle in verschiedenen Größen und Quantisierungsstufen. Achte dabei auf die Lizenz.</li>"
                "<li><strong>Klein anfangen:</strong> Starte mit einem Modell im einstelligen Milliardenbereich und "
                "prüfe, ob Tempo und Qualität für Deine Aufgaben reichen.</li>"
                "<li><strong>Kontext begrenzen:</strong> Sehr lange Eingaben kosten zusätzlichen Speicher und "
                "verlangsamen die Antworten.</li>"
                "</ol>"
                "<p>Für Zusammenfassungen, Textentwürfe, einfache Programmierhilfe oder das Durchsuchen eigener "
                "Dokumente reichen kompakte Modelle oft erstaunlich gut. Bei komplexen Recherchen, aktuellem "
                "Weltwissen oder anspruchsvollen Analysen stoßen sie dagegen schneller an Grenzen als die großen "
                "Cloud-Modelle.</p>"
                "<blockquote><p>„Sensible Vertragsentwürfe laufen bei uns grundsätzlich über ein lokales Modell. "
                "Das ist etwas langsamer, aber wir wissen genau, wo die Daten bleiben“, sagt der IT-Leiter einer "
                "Stuttgarter Kanzlei.</p></blockquote>"
                "<p>Ein angenehmer Nebeneffekt: Lokale Modelle funktionieren auch im Zug ohne Netz und verursachen "
                "keine laufenden Kosten pro Anfrage. Den Stromverbrauch Deines Rechners solltest Du bei intensiver "
                "Nutzung allerdings im Blick behalten.</p>"
            ),
            "image_alt": "Stilisierter Laptop in dunklen Grautönen, aus dem ein bernsteinfarbenes Leuchten strahlt",
            "image_caption": "Die eigene KI auf dem Schreibtisch: Lokale Modelle halten Daten auf dem Gerät.",
        },
        "en": {
            "title": "Running language models locally: what you need to know for your own computer",
            "teaser": (
                "A chatbot that works offline and sends no data anywhere? With open models and the right tools, "
                "this now works on many laptops."
            ),
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Privacy", "Local models process your input exclusively on your own device."),
                ("Hardware", "What matters most is the available system memory or graphics memory."),
                ("Tools", "Projects such as llama.cpp make quantised models usable on ordinary computers."),
                ("Expectations", "Small local models do not match the breadth of the largest cloud systems."),
            ],
            "body": (
                "<p>When you use a language model, your input is usually sent to a server somewhere in the cloud. "
                "For private notes, internal company documents or customer data, that is not always desirable. "
                "The alternative: run the model directly on your own computer. What required specialist knowledge "
                "only a few years ago can now often be done in a few clicks.</p>"
                "<h2>Memory is the key factor</h2>"
                "<p>Whether a model runs on your device depends less on computing power than on memory. The "
                "weights have to fit entirely into system RAM or – much faster – into graphics memory. As a rule "
                "of thumb, a model quantised to 4 bits needs a little more than half a byte per parameter, plus "
                "room for the conversation history. Computers in which the processor and graphics unit share the "
                "same memory often have an advantage here.</p>"
                "<h2>How to get started</h2>"
                "<ol>"
                "<li><strong>Choose a tool:</strong> open-source projects such as llama.cpp form the foundation "
                "of many desktop apps that download and launch models through a graphical interface.</li>"
                "<li><strong>Pick a model:</strong> on platforms such as the Hugging Face Hub you will find open "
                "models in various sizes and quantisation levels. Pay attention to the licence.</li>"
                "<li><strong>Start small:</strong> begin with a model in the single-digit billions of parameters "
                "and check whether speed and quality are good enough for your tasks.</li>"
                "<li><strong>Limit the context:</strong> very long inputs cost extra memory and slow down "
                "responses.</li>"
                "</ol>"
                "<p>For summaries, draft texts, simple coding help or searching your own documents, compact models "
                "often work surprisingly well. For complex research, up-to-date world knowledge or demanding "
                "analyses, however, they hit their limits sooner than the large cloud models.</p>"
                "<blockquote><p>“We always run sensitive draft contracts through a local model. It’s a bit slower, "
                "but we know exactly where the data stays,” says the head of IT at a law firm in Stuttgart.</p>"
                "</blockquote>"
                "<p>A welcome side effect: local models also work on a train without a connection and incur no "
                "ongoing per-request costs. If you use them heavily, though, keep an eye on your computer’s power "
                "consumption.</p>"
            ),
            "image_alt": "Stylised laptop in dark grey tones with an amber glow radiating from it",
            "image_caption": "Your own AI on your desk: local models keep data on the device.",
        },
        "sources": [
            {
                "title_de": "llama.cpp – Inferenz von Sprachmodellen in C/C++ (GitHub)",
                "title_en": "llama.cpp – LLM inference in C/C++ (GitHub)",
                "url": "https://github.com/ggml-org/llama.cpp",
                "publisher": "GitHub",
                "date": None,
            },
            {
                "title_de": "Dokumentation des Hugging Face Hub",
                "title_en": "Hugging Face Hub documentation",
                "url": "https://huggingface.co/docs/hub",
                "publisher": "Hugging Face",
                "date": None,
            },
        ],
    },
    {
        "category": "forschung",
        "author": "anna",
        "hashtags": ["LLM", "Forschung", "Energie"],
        "days_ago": 20,
        "topic": "llm-efficiency",
        "palette": ("#134e4a", "#a3e635"),
        "de": {
            "title": "Klein, aber gut trainiert: Warum kompakte Sprachmodelle aufholen",
            "teaser": (
                "Mehr Parameter bedeuten nicht automatisch bessere Antworten. Datenqualität, längeres Training "
                "und Destillation machen kleine Modelle überraschend stark."
            ),
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Skalierung", "Die Chinchilla-Studie zeigte, dass viele große Modelle mit zu wenig Daten trainiert wurden."),
                ("Datenqualität", "Sorgfältig gefilterte Trainingsdaten können fehlende Größe teilweise ausgleichen."),
                ("Destillation", "Ein großes Lehrermodell gibt sein Wissen an ein kleineres Schülermodell weiter."),
                ("Einsatz", "Kompakte Modelle sind günstiger im Betrieb und laufen auch auf Endgeräten."),
            ],
            "body": (
                "<p>Lange galt in der KI-Forschung eine einfache Regel: Wer bessere Ergebnisse will, baut ein "
                "größeres Modell. Diese Logik hat Systeme mit Hunderten Milliarden Parametern hervorgebracht. "
                "Inzwischen zeigt sich jedoch, dass Größe nur einer von mehreren Hebeln ist – und dass kompakte "
                "Modelle mit wenigen Milliarden Parametern bei vielen Aufgaben erstaunlich nah an ihre großen "
                "Verwandten heranreichen.</p>"
                "<h2>Mehr Daten statt mehr Parameter</h2>"
                "<p>Einen wichtigen Impuls lieferte 2022 die sogenannte Chinchilla-Studie von DeepMind. Die "
                "Forschenden untersuchten, wie sich ein festes Rechenbudget am besten zwischen Modellgröße und "
                "Trainingsdaten aufteilen lässt. Ihr Ergebnis: Viele damalige Modelle waren im Verhältnis zu ihrer "
                "Größe deutlich untertrainiert. Ein kleineres Modell, das mit mehr Text trainiert wird, kann ein "
                "größeres übertreffen.</p>"
                "<p>Für den späteren Betrieb ist das besonders attraktiv. Das Training ist eine einmalige "
                "Investition, die Nutzung dagegen kostet bei jeder Anfrage Rechenzeit. Viele Entwicklerteams "
                "trainieren kleine Modelle deshalb bewusst weit länger, als es für das reine Trainingsbudget "
                "optimal wäre.</p>"
                "<h2>Die wichtigsten Stellschrauben</h2>"
                "<ul>"
                "<li><strong>Datenqualität:</strong> Gefilterte, deduplizierte und didaktisch gut aufbereitete "
                "Texte bringen pro Trainingsschritt mehr als ungefilterte Webdaten.</li>"
                "<li><strong>Destillation:</strong> Ein großes Modell dient als Lehrer. Das kleine Modell lernt "
                "nicht nur die richtigen Antworten, sondern auch die Wahrscheinlichkeitsverteilung des "
                "Lehrers.</li>"
                "<li><strong>Synthetische Daten:</strong> Große Modelle erzeugen Übungsaufgaben und Erklärungen, "
                "mit denen kleinere nachtrainiert werden – ein Verfahren, das sorgfältige Qualitätskontrolle "
                "erfordert.</li>"
                "<li><strong>Architektur:</strong> Effizientere Aufmerksamkeitsmechanismen sparen Speicher bei "
                "langen Texten.</li>"
                "</ul>"
                "<p>Ganz ohne Abstriche geht es trotzdem nicht. Kleine Modelle speichern weniger Faktenwissen und "
                "neigen eher dazu, bei seltenen Themen zu raten. Für eng umrissene Aufgaben – etwa Klassifikation, "
                "Zusammenfassungen oder das Auslesen von Formularen – sind sie aber oft die wirtschaftlichere Wahl. "
                "Für Dich bedeutet das: Bevor Du zum größten verfügbaren Modell greifst, lohnt ein Vergleich mit "
                "einer kompakten Variante.</p>"
            ),
            "image_alt": "Kleine, leuchtend grüne Kugel vor einem großen, dunkelgrünen Kreis",
            "image_caption": "Klein und effizient: Kompakte Modelle holen bei vielen Aufgaben auf.",
        },
        "en": {
            "title": "Small but well trained: why compact language models are catching up",
            "teaser": (
                "More parameters do not automatically mean better answers. Data quality, longer training and "
                "distillation make small models surprisingly strong."
            ),
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Scaling", "The Chinchilla study showed that many large models had been trained on too little data."),
                ("Data quality", "Carefully filtered training data can partly make up for a lack of size."),
                ("Distillation", "A large teacher model passes its knowledge on to a smaller student model."),
                ("Deployment", "Compact models are cheaper to run and also work on end devices."),
            ],
            "body": (
                "<p>For a long time, AI research followed a simple rule: if you want better results, build a "
                "bigger model. This logic produced systems with hundreds of billions of parameters. It is now "
                "becoming clear, however, that size is only one of several levers – and that compact models with "
                "a few billion parameters come surprisingly close to their large relatives on many tasks.</p>"
                "<h2>More data instead of more parameters</h2>"
                "<p>An important impulse came in 2022 from DeepMind’s so-called Chinchilla study. The researchers "
                "examined how a fixed compute budget is best split between model size and training data. Their "
                "finding: many models of the time were clearly undertrained relative to their size. A smaller "
                "model trained on more text can outperform a larger one.</p>"
                "<p>This is particularly attractive for deployment. Training is a one-off investment, whereas "
                "usage costs compute with every single request. Many development teams therefore deliberately "
                "train small models far longer than would be optimal for the training budget alone.</p>"
                "<h2>The most important levers</h2>"
                "<ul>"
                "<li><strong>Data quality:</strong> filtered, deduplicated and didactically well-prepared texts "
                "yield more per training step than unfiltered web data.</li>"
                "<li><strong>Distillation:</strong> a large model acts as a teacher. The small model learns not "
                "only the correct answers but also the teacher’s probability distribution.</li>"
                "<li><strong>Synthetic data:</strong> large models generate exercises and explanations used to "
                "further train smaller ones – a method that requires careful quality control.</li>"
                "<li><strong>Architecture:</strong> more efficient attention mechanisms save memory on long "
                "texts.</li>"
                "</ul>"
                "<p>It does not come without trade-offs. Small models store less factual knowledge and are more "
                "likely to guess on rare topics. For narrowly defined tasks – such as classification, summaries or "
                "extracting data from forms – they are often the more economical choice. For you, this means: "
                "before reaching for the largest model available, it is worth comparing it with a compact "
                "alternative.</p>"
            ),
            "image_alt": "Small, bright green sphere in front of a large, dark green circle",
            "image_caption": "Small and efficient: compact models are catching up on many tasks.",
        },
        "sources": [
            {
                "title_de": "Training rechenoptimaler großer Sprachmodelle – die Chinchilla-Studie (arXiv)",
                "title_en": "Training Compute-Optimal Large Language Models (arXiv)",
                "url": "https://arxiv.org/abs/2203.15556",
                "publisher": "arXiv",
                "date": "2022-03-29",
            },
            {
                "title_de": "Wissensdestillation in neuronalen Netzen (arXiv)",
                "title_en": "Distilling the Knowledge in a Neural Network (arXiv)",
                "url": "https://arxiv.org/abs/1503.02531",
                "publisher": "arXiv",
                "date": "2015-03-09",
            },
        ],
    },
    # ------------------------------------------------------------------
    # open-models
    # ------------------------------------------------------------------
    {
        "category": "forschung",
        "author": "anna",
        "hashtags": ["OpenSource", "LLM", "KI"],
        "days_ago": 1,
        "topic": "open-models",
        "palette": ("#4c1d95", "#f472b6"),
        "de": {
            "title": "Offene Gewichte sind nicht gleich Open Source: Ein Begriff wird geschärft",
            "teaser": (
                "Viele KI-Modelle werden als „offen“ vermarktet. Doch wer nur die Gewichte freigibt, erfüllt noch "
                "lange nicht die Kriterien klassischer Open-Source-Software."
            ),
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Open Weights", "Die trainierten Parameter sind frei herunterladbar, Trainingsdaten und Code oft nicht."),
                ("OSI-Definition", "Die Open Source Initiative hat 2024 eine eigene Definition für Open-Source-KI veröffentlicht."),
                ("Vier Freiheiten", "Nutzen, Untersuchen, Verändern und Weitergeben sollen ohne Einschränkung möglich sein."),
                ("Praxis", "Viele bekannte Modelle stehen unter Lizenzen mit Nutzungsbeschränkungen."),
            ],
            "body": (
                "<p>Wenn ein Unternehmen ein neues Sprachmodell zum Download anbietet, ist schnell von „Open "
                "Source“ die Rede. Technisch stimmt das oft nur zum Teil. Freigegeben werden in vielen Fällen die "
                "Gewichte – also das Ergebnis des Trainings. Wie das Modell entstanden ist, welche Daten verwendet "
                "wurden und mit welchem Code es trainiert wurde, bleibt dagegen häufig im Dunkeln.</p>"
                "<h2>Warum die Unterscheidung wichtig ist</h2>"
                "<p>Bei klassischer Software bedeutet Open Source, dass der Quellcode einsehbar ist und unter "
                "einer Lizenz steht, die Nutzung, Veränderung und Weitergabe erlaubt. Bei KI-Modellen ist die Lage "
                "komplizierter, denn das „Rezept“ besteht nicht nur aus Code, sondern auch aus riesigen "
                "Datensammlungen und aufwendigen Trainingsprozessen. Wer nur die Gewichte hat, kann ein Modell zwar "
                "nutzen und feinjustieren, aber kaum nachvollziehen, warum es sich so verhält, wie es sich "
                "verhält.</p>"
                "<p>Die Open Source Initiative (OSI), die seit Jahrzehnten über die Definition von "
                "Open-Source-Software wacht, hat deshalb im Herbst 2024 die Version 1.0 ihrer Open Source AI "
                "Definition vorgelegt. Sie verlangt unter anderem:</p>"
                "<ul>"
                "<li>vollständigen Zugang zu Gewichten und Parametern,</li>"
                "<li>den vollständigen Code für Training und Datenaufbereitung,</li>"
                "<li>ausreichend detaillierte Informationen über die Trainingsdaten, damit Fachleute ein "
                "vergleichbares System nachbauen könnten,</li>"
                "<li>Bedingungen, die keine Einschränkungen machen, wofür und von wem das Modell genutzt werden "
                "darf.</li>"
                "</ul>"
                "<h2>Ein Spektrum statt zwei Lager</h2>"
                "<p>In der Praxis ergibt sich ein Spektrum: Am einen Ende stehen vollständig dokumentierte "
                "Forschungsmodelle, bei denen selbst die Trainingsdaten offenliegen. Am anderen Ende finden sich "
                "Modelle mit herunterladbaren Gewichten, deren Lizenz bestimmte Anwendungen oder sehr große "
                "Nutzerzahlen ausschließt. Dazwischen liegen zahlreiche Abstufungen.</p>"
                "<p>Kritik an der OSI-Definition gibt es aus beiden Richtungen. Manchen geht sie zu weit, weil die "
                "Offenlegung von Trainingsdaten rechtlich heikel sein kann. Anderen geht sie nicht weit genug, weil "
                "sie keine vollständige Veröffentlichung der Daten selbst verlangt.</p>"
                "<p>Für Dich als Anwenderin oder Entwickler lohnt sich deshalb ein genauer Blick: Steht auf der "
                "Modellseite „offen“, prüfe, was tatsächlich freigegeben ist – und unter welchen Bedingungen.</p>"
            ),
            "image_alt": "Violette Fläche mit einem halb geöffneten, rosa leuchtenden Schloss-Symbol",
            "image_caption": "Halb offen, ganz offen? Bei KI-Modellen lohnt der genaue Blick auf die Freigabe.",
        },
        "en": {
            "title": "Open weights are not the same as open source: sharpening a definition",
            "teaser": (
                "Many AI models are marketed as “open”. But releasing only the weights falls far short of the "
                "criteria for classic open-source software."
            ),
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Open weights", "The trained parameters can be downloaded freely, but training data and code often cannot."),
                ("OSI definition", "The Open Source Initiative published its own definition of open-source AI in 2024."),
                ("Four freedoms", "Using, studying, modifying and sharing should be possible without restriction."),
                ("Practice", "Many well-known models are released under licences with usage restrictions."),
            ],
            "body": (
                "<p>When a company offers a new language model for download, people are quick to call it “open "
                "source”. Technically, that is often only partly true. In many cases what is released are the "
                "weights – the outcome of training. How the model was built, which data was used and which code "
                "trained it frequently remain in the dark.</p>"
                "<h2>Why the distinction matters</h2>"
                "<p>For classic software, open source means the source code can be inspected and is covered by a "
                "licence that permits use, modification and redistribution. With AI models the situation is more "
                "complicated, because the “recipe” consists not only of code but also of huge data collections and "
                "elaborate training processes. With only the weights, you can use and fine-tune a model, but you "
                "can hardly understand why it behaves the way it does.</p>"
                "<p>The Open Source Initiative (OSI), which has been the guardian of the definition of open-source "
                "software for decades, therefore presented version 1.0 of its Open Source AI Definition in autumn "
                "2024. Among other things, it requires:</p>"
                "<ul>"
                "<li>full access to weights and parameters,</li>"
                "<li>the complete code for training and data processing,</li>"
                "<li>sufficiently detailed information about the training data so that experts could build a "
                "comparable system,</li>"
                "<li>terms that place no restrictions on what the model may be used for, or by whom.</li>"
                "</ul>"
                "<h2>A spectrum rather than two camps</h2>"
                "<p>In practice, there is a spectrum. At one end are fully documented research models where even "
                "the training data is public. At the other end are models with downloadable weights whose licence "
                "excludes certain applications or very large user numbers. In between lie numerous gradations.</p>"
                "<p>The OSI definition is criticised from both directions. Some think it goes too far because "
                "disclosing training data can be legally tricky. Others think it does not go far enough because it "
                "does not require the data itself to be published in full.</p>"
                "<p>So whether you are a user or a developer, it pays to look closely: if a model page says "
                "“open”, check what has actually been released – and under which conditions.</p>"
            ),
            "image_alt": "Purple surface with a half-open padlock symbol glowing pink",
            "image_caption": "Half open, fully open? With AI models, it pays to look closely at what is released.",
        },
        "sources": [
            {
                "title_de": "Die Open Source AI Definition 1.0",
                "title_en": "The Open Source AI Definition 1.0",
                "url": "https://opensource.org/ai/open-source-ai-definition",
                "publisher": "Open Source Initiative",
                "date": None,
            },
            {
                "title_de": "Open-Source-KI (englische Wikipedia)",
                "title_en": "Open-source artificial intelligence (Wikipedia)",
                "url": "https://en.wikipedia.org/wiki/Open-source_artificial_intelligence",
                "publisher": "Wikipedia",
                "date": None,
            },
        ],
    },
    {
        "category": "forschung",
        "author": "mira",
        "hashtags": ["OpenSource", "Recht", "EUAIAct"],
        "days_ago": 12,
        "topic": "open-models",
        "palette": ("#7c2d12", "#fde68a"),
        "de": {
            "title": "Lizenzen für KI-Modelle: Worauf Du vor dem Einsatz achten solltest",
            "teaser": (
                "Apache, MIT oder eine eigene Community-Lizenz: Die Bedingungen offener KI-Modelle unterscheiden "
                "sich stark. Wer sie ignoriert, riskiert rechtlichen Ärger."
            ),
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Permissiv", "Lizenzen wie Apache 2.0 oder MIT erlauben auch kommerzielle Nutzung mit wenigen Auflagen."),
                ("Eigene Lizenzen", "Einige Anbieter formulieren Nutzungsregeln, die bestimmte Einsatzzwecke ausschließen."),
                ("Ableitungen", "Auch feinjustierte Varianten unterliegen meist den Bedingungen des Ausgangsmodells."),
                ("EU AI Act", "Die KI-Verordnung sieht für quelloffene Modelle teilweise erleichterte Pflichten vor."),
            ],
            "body": (
                "<p>Ein offenes Modell ist schnell heruntergeladen – die dazugehörige Lizenz wird dagegen oft "
                "übersprungen. Dabei entscheidet genau dieses Dokument darüber, ob Du das Modell in einem "
                "kommerziellen Produkt einsetzen, verändern und weitergeben darfst. Gerade Unternehmen sollten hier "
                "genau hinschauen.</p>"
                "<h2>Drei Familien von Lizenzen</h2>"
                "<p>Grob lassen sich die Lizenzen, unter denen KI-Modelle veröffentlicht werden, in drei Gruppen "
                "einteilen:</p>"
                "<ol>"
                "<li><strong>Klassische Open-Source-Lizenzen:</strong> Apache 2.0 oder MIT stammen aus der "
                "Softwarewelt. Sie erlauben Nutzung, Veränderung und kommerziellen Einsatz, verlangen aber etwa die "
                "Nennung der Urheber und die Weitergabe des Lizenztextes.</li>"
                "<li><strong>Verantwortungsorientierte Lizenzen:</strong> Sogenannte RAIL-Lizenzen erlauben die "
                "Nutzung grundsätzlich, verbieten aber bestimmte Anwendungen, etwa zur Täuschung oder zur "
                "unrechtmäßigen Überwachung. Diese Beschränkungen müssen an Weiterverwender durchgereicht "
                "werden.</li>"
                "<li><strong>Anbieterspezifische Community-Lizenzen:</strong> Einige große Unternehmen formulieren "
                "eigene Regeln. Sie können etwa Obergrenzen für Nutzerzahlen enthalten, ab denen eine separate "
                "Vereinbarung nötig wird, oder die Verwendung der Modellausgaben zum Training konkurrierender "
                "Modelle untersagen.</li>"
                "</ol>"
                "<h2>Typische Stolperfallen</h2>"
                "<p>Häufig unterschätzt wird die Frage der Ableitungen. Wenn Du ein Modell feinjustierst, gelten "
                "für das Ergebnis in der Regel weiterhin die Bedingungen des Ausgangsmodells. Auch Namensvorgaben "
                "kommen vor: Manche Lizenzen verlangen, dass abgeleitete Modelle einen Hinweis auf das Original "
                "tragen. Zudem können die Lizenzen für Gewichte und für Trainingscode unterschiedlich "
                "ausfallen.</p>"
                "<p>Auch die Regulierung spielt hinein. Die europäische KI-Verordnung sieht für KI-Modelle mit "
                "allgemeinem Verwendungszweck, die unter freien und quelloffenen Lizenzen veröffentlicht werden, "
                "Erleichterungen bei bestimmten Dokumentationspflichten vor. Für Modelle mit systemischem Risiko "
                "gelten diese Ausnahmen allerdings nicht.</p>"
                "<blockquote><p>„Wir führen für jedes eingesetzte Modell ein kurzes Lizenzprofil. Wer das von Anfang "
                "an macht, spart sich später teure Überraschungen“, rät eine Juristin, die mittelständische "
                "Softwarefirmen berät.</p></blockquote>"
                "<p>Im Zweifel gilt: Lies die Lizenz vollständig, dokumentiere Deine Entscheidung und hole bei "
                "geschäftskritischen Anwendungen rechtlichen Rat ein.</p>"
            ),
            "image_alt": "Warme braune Fläche mit hellgelben, gestapelten Dokumentensymbolen",
            "image_caption": "Das Kleingedruckte zählt: Modell-Lizenzen regeln, was erlaubt ist.",
        },
        "en": {
            "title": "Licences for AI models: what to check before you deploy one",
            "teaser": (
                "Apache, MIT or a custom community licence: the terms of open AI models vary widely. Ignoring them "
                "can lead to legal trouble."
            ),
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Permissive", "Licences such as Apache 2.0 or MIT allow commercial use with few conditions."),
                ("Custom licences", "Some providers write usage rules that exclude certain purposes."),
                ("Derivatives", "Fine-tuned variants are usually still bound by the terms of the original model."),
                ("EU AI Act", "The AI regulation provides partly lighter obligations for open-source models."),
            ],
            "body": (
                "<p>An open model is downloaded in no time – the accompanying licence, however, is often skipped. "
                "Yet this very document decides whether you may use the model in a commercial product, modify it "
                "and pass it on. Companies in particular should read it carefully.</p>"
                "<h2>Three families of licences</h2>"
                "<p>Broadly speaking, the licences under which AI models are published fall into three "
                "groups:</p>"
                "<ol>"
                "<li><strong>Classic open-source licences:</strong> Apache 2.0 or MIT come from the software world. "
                "They allow use, modification and commercial deployment, but require, for example, crediting the "
                "authors and passing on the licence text.</li>"
                "<li><strong>Responsible-use licences:</strong> so-called RAIL licences generally permit use but "
                "prohibit certain applications, such as deception or unlawful surveillance. These restrictions must "
                "be passed on to downstream users.</li>"
                "<li><strong>Provider-specific community licences:</strong> some large companies write their own "
                "rules. These may include user-number thresholds above which a separate agreement is required, or "
                "forbid using the model’s outputs to train competing models.</li>"
                "</ol>"
                "<h2>Common pitfalls</h2>"
                "<p>The question of derivatives is frequently underestimated. If you fine-tune a model, the result "
                "is usually still subject to the terms of the original. Naming rules also occur: some licences "
                "require derived models to carry a reference to the original. In addition, the licences for "
                "weights and for training code may differ.</p>"
                "<p>Regulation plays a role, too. The European AI Act provides relief from certain documentation "
                "obligations for general-purpose AI models released under free and open-source licences. These "
                "exemptions do not apply, however, to models with systemic risk.</p>"
                "<blockquote><p>“We keep a short licence profile for every model we use. Doing that from day one "
                "saves you expensive surprises later,” advises a lawyer who works with mid-sized software "
                "companies.</p></blockquote>"
                "<p>When in doubt: read the licence in full, document your decision and seek legal advice for "
                "business-critical applications.</p>"
            ),
            "image_alt": "Warm brown surface with pale yellow stacked document icons",
            "image_caption": "The small print matters: model licences govern what is allowed.",
        },
        "sources": [
            {
                "title_de": "Apache License (englische Wikipedia)",
                "title_en": "Apache License (Wikipedia)",
                "url": "https://en.wikipedia.org/wiki/Apache_License",
                "publisher": "Wikipedia",
                "date": None,
            },
            {
                "title_de": "Verordnung (EU) 2024/1689 – KI-Verordnung",
                "title_en": "Regulation (EU) 2024/1689 – Artificial Intelligence Act",
                "url": "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
                "publisher": "EUR-Lex",
                "date": "2024-06-13",
            },
        ],
    },
    {
        "category": "forschung",
        "author": "anna",
        "hashtags": ["OpenSource", "Forschung", "Sprache"],
        "days_ago": 30,
        "topic": "open-models",
        "palette": ("#0f172a", "#38bdf8"),
        "de": {
            "title": "Forschung im Kollektiv: Wie offene KI-Communities Modelle bauen",
            "teaser": (
                "Nicht nur Konzerne entwickeln große Sprachmodelle. Freiwillige, Hochschulen und gemeinnützige "
                "Institute zeigen, wie transparente KI-Forschung funktionieren kann."
            ),
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("BigScience", "Mehr als tausend Forschende aus vielen Ländern entwickelten gemeinsam das mehrsprachige Modell BLOOM."),
                ("Volle Transparenz", "Projekte wie OLMo veröffentlichen neben Gewichten auch Trainingsdaten und Code."),
                ("Plattformen", "Der Hugging Face Hub ist zum zentralen Umschlagplatz für offene Modelle geworden."),
                ("Dokumentation", "Model Cards beschreiben Zweck, Daten und Grenzen eines Modells."),
            ],
            "body": (
                "<p>Wer an große Sprachmodelle denkt, hat meist die Produkte großer Technologiekonzerne im Kopf. "
                "Parallel dazu ist jedoch eine lebendige offene Szene entstanden. Hochschulen, gemeinnützige "
                "Institute und lose organisierte Gruppen von Freiwilligen trainieren eigene Modelle, bauen "
                "Datensätze und teilen ihre Ergebnisse öffentlich.</p>"
                "<h2>Vom Chatkanal zum Forschungsmodell</h2>"
                "<p>Ein frühes Beispiel ist EleutherAI, ein Zusammenschluss, der aus einer Online-Community "
                "hervorging und offene Modelle sowie Datensätze veröffentlicht. Noch größer angelegt war das Projekt "
                "BigScience: Rund ein Jahr lang arbeiteten mehr als tausend Forschende aus zahlreichen Ländern am "
                "mehrsprachigen Modell BLOOM. Trainiert wurde es auf einem öffentlich finanzierten Supercomputer in "
                "Frankreich.</p>"
                "<p>Einen anderen Weg geht das Allen Institute for AI mit seiner OLMo-Reihe. Dort werden nicht nur "
                "die fertigen Gewichte, sondern auch Trainingsdaten, Code, Zwischenstände und Auswertungswerkzeuge "
                "veröffentlicht. So können andere Teams nachvollziehen, wie sich ein Modell während des Trainings "
                "entwickelt.</p>"
                "<h2>Was offene Communities leisten</h2>"
                "<ul>"
                "<li><strong>Nachvollziehbarkeit:</strong> Offene Daten und Trainingsprotokolle ermöglichen eine "
                "unabhängige Überprüfung von Verzerrungen und Schwächen.</li>"
                "<li><strong>Sprachenvielfalt:</strong> Community-Projekte kümmern sich häufiger um Sprachen, die "
                "für kommerzielle Anbieter wenig lukrativ sind.</li>"
                "<li><strong>Dokumentation:</strong> Formate wie Model Cards haben sich als Standard etabliert, um "
                "Zweck, Herkunft und Grenzen eines Modells zu beschreiben.</li>"
                "<li><strong>Weiterverwendung:</strong> Auf Plattformen wie dem Hugging Face Hub entstehen aus "
                "einem Basismodell oft zahlreiche spezialisierte Varianten.</li>"
                "</ul>"
                "<p>Die Herausforderungen bleiben allerdings groß. Training auf dem neuesten Stand kostet enorme "
                "Rechenleistung, die gemeinnützigen Projekten selten zur Verfügung steht. Zudem ist die Rechtslage "
                "bei Trainingsdaten in vielen Ländern ungeklärt, was die Veröffentlichung ganzer Datensätze "
                "erschwert.</p>"
                "<p>Trotzdem prägen diese Gemeinschaften die Forschung stärker, als ihre Größe vermuten lässt. "
                "Viele Methoden, Benchmarks und Werkzeuge, die Du heute in kommerziellen Produkten findest, wurden "
                "zuerst in offenen Projekten erprobt. Wenn Du selbst mitmachen willst: Viele Projekte freuen sich "
                "über Hilfe bei Auswertung, Übersetzung und Dokumentation.</p>"
            ),
            "image_alt": "Netz aus hellblauen, miteinander verbundenen Punkten auf dunkelblauem Grund",
            "image_caption": "Viele Knoten, ein Ziel: Offene Communities arbeiten weltweit an gemeinsamen Modellen.",
        },
        "en": {
            "title": "Research as a collective: how open AI communities build models",
            "teaser": (
                "It is not only corporations that develop large language models. Volunteers, universities and "
                "non-profit institutes show how transparent AI research can work."
            ),
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("BigScience", "More than a thousand researchers from many countries jointly developed the multilingual model BLOOM."),
                ("Full transparency", "Projects such as OLMo publish training data and code alongside the weights."),
                ("Platforms", "The Hugging Face Hub has become the central marketplace for open models."),
                ("Documentation", "Model cards describe a model’s purpose, data and limitations."),
            ],
            "body": (
                "<p>When people think of large language models, they usually have the products of big tech "
                "companies in mind. Alongside them, however, a lively open scene has emerged. Universities, "
                "non-profit institutes and loosely organised groups of volunteers train their own models, build "
                "datasets and share their results publicly.</p>"
                "<h2>From chat channel to research model</h2>"
                "<p>An early example is EleutherAI, a collective that grew out of an online community and "
                "publishes open models and datasets. The BigScience project was on an even larger scale: for about "
                "a year, more than a thousand researchers from numerous countries worked on the multilingual model "
                "BLOOM. It was trained on a publicly funded supercomputer in France.</p>"
                "<p>The Allen Institute for AI takes a different route with its OLMo series. It releases not only "
                "the final weights but also training data, code, intermediate checkpoints and evaluation tools. "
                "This lets other teams trace how a model develops during training.</p>"
                "<h2>What open communities achieve</h2>"
                "<ul>"
                "<li><strong>Traceability:</strong> open data and training logs enable independent checks for "
                "biases and weaknesses.</li>"
                "<li><strong>Language diversity:</strong> community projects more often take care of languages "
                "that are not very lucrative for commercial providers.</li>"
                "<li><strong>Documentation:</strong> formats such as model cards have become a standard way of "
                "describing a model’s purpose, origin and limitations.</li>"
                "<li><strong>Reuse:</strong> on platforms like the Hugging Face Hub, a single base model often "
                "gives rise to numerous specialised variants.</li>"
                "</ul>"
                "<p>The challenges remain considerable, though. State-of-the-art training requires enormous "
                "computing power that non-profit projects rarely have. In addition, the legal situation regarding "
                "training data is unresolved in many countries, which makes publishing entire datasets "
                "difficult.</p>"
                "<p>Nevertheless, these communities shape research more than their size would suggest. Many "
                "methods, benchmarks and tools you find in commercial products today were first tried out in open "
                "projects. If you want to get involved yourself: many projects welcome help with evaluation, "
                "translation and documentation.</p>"
            ),
            "image_alt": "Network of light blue, interconnected dots on a dark blue background",
            "image_caption": "Many nodes, one goal: open communities work on shared models around the world.",
        },
        "sources": [
            {
                "title_de": "BLOOM: Ein mehrsprachiges Open-Access-Sprachmodell mit 176 Milliarden Parametern (arXiv)",
                "title_en": "BLOOM: A 176B-Parameter Open-Access Multilingual Language Model (arXiv)",
                "url": "https://arxiv.org/abs/2211.05100",
                "publisher": "arXiv",
                "date": "2022-11-09",
            },
            {
                "title_de": "OLMo: Die Wissenschaft der Sprachmodelle beschleunigen (arXiv)",
                "title_en": "OLMo: Accelerating the Science of Language Models (arXiv)",
                "url": "https://arxiv.org/abs/2402.00838",
                "publisher": "arXiv",
                "date": "2024-02-01",
            },
            {
                "title_de": "Model Cards – Dokumentation des Hugging Face Hub",
                "title_en": "Model Cards – Hugging Face Hub documentation",
                "url": "https://huggingface.co/docs/hub/model-cards",
                "publisher": "Hugging Face",
                "date": None,
            },
        ],
    },
    # ------------------------------------------------------------------
    # ai-agents
    # ------------------------------------------------------------------
    {
        "category": "praxis",
        "author": "jonas",
        "hashtags": ["Agenten", "LLM", "KI"],
        "days_ago": 2,
        "topic": "ai-agents",
        "palette": ("#111827", "#22d3ee"),
        "de": {
            "title": "Wie KI-Agenten Werkzeuge benutzen – und wo sie noch scheitern",
            "teaser": (
                "KI-Agenten sollen nicht nur antworten, sondern handeln: Websuche, Kalender, Tabellen. Ein Blick "
                "unter die Haube zeigt, wie das funktioniert und wo die Schwachstellen liegen."
            ),
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Prinzip", "Ein Sprachmodell plant Schritte und ruft dafür externe Werkzeuge über definierte Schnittstellen auf."),
                ("Schleife", "Denken, Handeln, Beobachten: Jedes Ergebnis fließt in den nächsten Schritt ein."),
                ("Standards", "Protokolle wie das Model Context Protocol vereinheitlichen die Anbindung von Werkzeugen."),
                ("Schwächen", "Fehler summieren sich über viele Schritte, lange Aufgaben bleiben unzuverlässig."),
            ],
            "body": (
                "<p>Ein klassischer Chatbot beantwortet Fragen. Ein KI-Agent soll mehr können: eine Aufgabe in "
                "Teilschritte zerlegen, Informationen beschaffen, Programme bedienen und am Ende ein Ergebnis "
                "liefern. Der Begriff ist zum Schlagwort geworden – doch hinter ihm steckt ein vergleichsweise "
                "einfaches Prinzip.</p>"
                "<h2>Die Schleife aus Denken und Handeln</h2>"
                "<p>Im Kern arbeitet ein Agent in einer Schleife. Das Sprachmodell erhält eine Aufgabe und eine "
                "Liste verfügbarer Werkzeuge, etwa eine Websuche, einen Taschenrechner oder den Zugriff auf eine "
                "Datenbank. Statt direkt zu antworten, erzeugt es einen strukturierten Aufruf, zum Beispiel eine "
                "Suchanfrage. Eine Software führt diesen Aufruf aus und gibt das Ergebnis an das Modell zurück. "
                "Dieses entscheidet dann, ob es einen weiteren Schritt braucht oder fertig ist.</p>"
                "<p>Die Forschung hat dieses Muster früh beschrieben. Der ReAct-Ansatz verknüpft schrittweises "
                "Begründen mit konkreten Aktionen, Toolformer zeigte, dass Modelle lernen können, selbst zu "
                "entscheiden, wann ein Werkzeug hilft. Heute sorgen offene Protokolle wie das Model Context "
                "Protocol dafür, dass sich Werkzeuge einheitlich anbinden lassen.</p>"
                "<h2>Wo es hakt</h2>"
                "<ul>"
                "<li><strong>Fehlerketten:</strong> Gelingt jeder einzelne Schritt nur mit hoher, aber nicht "
                "perfekter Wahrscheinlichkeit, sinkt die Erfolgsquote bei langen Abläufen deutlich.</li>"
                "<li><strong>Fehlende Selbstkontrolle:</strong> Agenten bemerken nicht immer, wenn sie sich "
                "verrannt haben, und wiederholen dieselbe Aktion.</li>"
                "<li><strong>Kosten und Tempo:</strong> Jeder Schritt ist ein eigener Modellaufruf – komplexe "
                "Aufgaben können entsprechend lange dauern und teuer werden.</li>"
                "<li><strong>Sicherheit:</strong> Wer einem Agenten Zugriff auf E-Mails oder Konten gibt, muss "
                "damit rechnen, dass manipulierte Inhalte ihn in die Irre führen.</li>"
                "</ul>"
                "<blockquote><p>„Die Demos sehen beeindruckend aus. Im Alltag funktionieren Agenten am besten, wenn "
                "die Aufgabe klar umrissen ist und ein Mensch die kritischen Schritte freigibt“, sagt ein Entwickler "
                "eines Berliner Automatisierungs-Start-ups.</p></blockquote>"
                "<p>Für Dich heißt das: Agenten sind ein nützliches Werkzeug für wiederkehrende, gut überprüfbare "
                "Aufgaben. Wer ihnen weitreichende Rechte einräumt, sollte Protokolle führen und Freigaben für "
                "heikle Aktionen einbauen.</p>"
            ),
            "image_alt": "Dunkler Hintergrund mit cyanfarbenen Zahnrädern, die durch Linien verbunden sind",
            "image_caption": "Planen, handeln, prüfen: KI-Agenten arbeiten in Schleifen.",
        },
        "en": {
            "title": "How AI agents use tools – and where they still fail",
            "teaser": (
                "AI agents are meant not just to answer but to act: web search, calendars, spreadsheets. A look "
                "under the hood shows how it works and where the weak spots are."
            ),
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Principle", "A language model plans steps and calls external tools through defined interfaces."),
                ("Loop", "Think, act, observe: each result feeds into the next step."),
                ("Standards", "Protocols such as the Model Context Protocol standardise how tools are connected."),
                ("Weaknesses", "Errors add up over many steps, and long tasks remain unreliable."),
            ],
            "body": (
                "<p>A classic chatbot answers questions. An AI agent is supposed to do more: break a task into "
                "steps, gather information, operate software and finally deliver a result. The term has become a "
                "buzzword – but behind it lies a comparatively simple principle.</p>"
                "<h2>The loop of thinking and acting</h2>"
                "<p>At its core, an agent works in a loop. The language model receives a task and a list of "
                "available tools, such as a web search, a calculator or access to a database. Instead of answering "
                "directly, it produces a structured call, for example a search query. A piece of software executes "
                "this call and returns the result to the model, which then decides whether it needs another step "
                "or is done.</p>"
                "<p>Research described this pattern early on. The ReAct approach combines step-by-step reasoning "
                "with concrete actions, and Toolformer showed that models can learn to decide for themselves when "
                "a tool is helpful. Today, open protocols such as the Model Context Protocol make it possible to "
                "connect tools in a uniform way.</p>"
                "<h2>Where things go wrong</h2>"
                "<ul>"
                "<li><strong>Error chains:</strong> if each individual step succeeds with a high but imperfect "
                "probability, the success rate of long workflows drops markedly.</li>"
                "<li><strong>Lack of self-monitoring:</strong> agents do not always notice when they have gone "
                "down the wrong path, and repeat the same action.</li>"
                "<li><strong>Cost and speed:</strong> every step is a separate model call – complex tasks can take "
                "a long time and become expensive.</li>"
                "<li><strong>Security:</strong> anyone who gives an agent access to email or accounts must expect "
                "manipulated content to lead it astray.</li>"
                "</ul>"
                "<blockquote><p>“The demos look impressive. In everyday use, agents work best when the task is "
                "clearly defined and a human approves the critical steps,” says a developer at a Berlin automation "
                "start-up.</p></blockquote>"
                "<p>For you, this means: agents are a useful tool for recurring tasks that are easy to check. If "
                "you grant them far-reaching permissions, keep logs and build in approvals for sensitive "
                "actions.</p>"
            ),
            "image_alt": "Dark background with cyan gears connected by lines",
            "image_caption": "Plan, act, check: AI agents work in loops.",
        },
        "sources": [
            {
                "title_de": "ReAct: Schlussfolgern und Handeln in Sprachmodellen verbinden (arXiv)",
                "title_en": "ReAct: Synergizing Reasoning and Acting in Language Models (arXiv)",
                "url": "https://arxiv.org/abs/2210.03629",
                "publisher": "arXiv",
                "date": "2022-10-06",
            },
            {
                "title_de": "Toolformer: Sprachmodelle bringen sich den Werkzeuggebrauch selbst bei (arXiv)",
                "title_en": "Toolformer: Language Models Can Teach Themselves to Use Tools (arXiv)",
                "url": "https://arxiv.org/abs/2302.04761",
                "publisher": "arXiv",
                "date": "2023-02-09",
            },
            {
                "title_de": "Model Context Protocol – offizielle Dokumentation",
                "title_en": "Model Context Protocol – official documentation",
                "url": "https://modelcontextprotocol.io",
                "publisher": "Model Context Protocol",
                "date": None,
            },
        ],
    },
    {
        "category": "wirtschaft",
        "author": "jonas",
        "hashtags": ["Agenten", "Mittelstand", "Arbeit"],
        "days_ago": 9,
        "topic": "ai-agents",
        "palette": ("#1e3a8a", "#fb923c"),
        "de": {
            "title": "KI-Agenten im Mittelstand: Automatisierung mit Augenmaß",
            "teaser": (
                "Rechnungen prüfen, Anfragen sortieren, Angebote vorbereiten: Agenten versprechen mittelständischen "
                "Firmen Entlastung. Erfolgreich sind vor allem Projekte mit klaren Grenzen."
            ),
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Einsatzfelder", "Besonders geeignet sind wiederkehrende Abläufe mit vielen Dokumenten und klaren Regeln."),
                ("Mensch im Prozess", "Kritische Entscheidungen sollten weiterhin von Mitarbeitenden freigegeben werden."),
                ("Datenbasis", "Ohne saubere Daten und Schnittstellen bleiben Agenten wirkungslos."),
                ("Messbarkeit", "Vor dem Start sollte feststehen, woran der Erfolg gemessen wird."),
            ],
            "body": (
                "<p>In vielen mittelständischen Unternehmen gibt es Aufgaben, die niemand gerne erledigt: E-Mails "
                "nach Zuständigkeit sortieren, Lieferscheine mit Rechnungen abgleichen, Standardangebote aus "
                "Vorlagen zusammenstellen. Genau hier setzen KI-Agenten an. Sie lesen Dokumente, füllen Formulare "
                "aus und stoßen Folgeschritte in anderen Systemen an.</p>"
                "<h2>Wo sich Agenten lohnen</h2>"
                "<p>Die besten Erfahrungen machen Firmen mit Abläufen, die häufig vorkommen, gut dokumentiert sind "
                "und deren Ergebnis sich leicht prüfen lässt. Typische Beispiele:</p>"
                "<ul>"
                "<li>Vorsortieren und Zusammenfassen eingehender Kundenanfragen,</li>"
                "<li>Auslesen von Rechnungen und Abgleich mit Bestellungen,</li>"
                "<li>Vorbereiten von Angeboten auf Basis von Produktkatalogen,</li>"
                "<li>Recherche in internen Handbüchern für den Kundendienst.</li>"
                "</ul>"
                "<p>Weniger geeignet sind Prozesse, bei denen Fehler teuer oder schwer rückgängig zu machen sind – "
                "etwa Zahlungen ohne Kontrolle oder rechtlich verbindliche Zusagen an Kunden.</p>"
                "<h2>Erst die Hausaufgaben, dann der Agent</h2>"
                "<p>Ein häufiger Stolperstein liegt nicht in der KI, sondern in der eigenen IT. Agenten brauchen "
                "Zugang zu Warenwirtschaft, Kundenverwaltung oder Dokumentenablage. Fehlen saubere Schnittstellen "
                "oder sind Stammdaten lückenhaft, produziert auch das beste Modell unbrauchbare Ergebnisse. Zudem "
                "müssen Datenschutz und Zugriffsrechte geklärt sein, bevor ein Agent mit echten Kundendaten "
                "arbeitet.</p>"
                "<blockquote><p>„Wir haben klein angefangen, mit einem einzigen Postfach. Erst als die Trefferquote "
                "stimmte, haben wir den Agenten auf weitere Abteilungen ausgeweitet“, berichtet die "
                "Geschäftsführerin eines Maschinenbauzulieferers aus Baden-Württemberg.</p></blockquote>"
                "<p>Bewährt hat sich ein schrittweises Vorgehen: Zunächst macht der Agent nur Vorschläge, die "
                "Mitarbeitende bestätigen. Erst wenn die Qualität über Wochen stabil ist, werden einzelne Schritte "
                "automatisiert. So bleibt nachvollziehbar, wer wofür verantwortlich ist.</p>"
                "<p>Auch die Belegschaft sollte früh eingebunden werden. Wenn Du ein solches Projekt planst, sprich "
                "mit den Menschen, die den Prozess heute erledigen – sie kennen die Ausnahmen, an denen "
                "Automatisierung am ehesten scheitert.</p>"
            ),
            "image_alt": "Blaue Fläche mit orangefarbenen Pfeilen, die Dokumentensymbole zu einem Kreislauf verbinden",
            "image_caption": "Schritt für Schritt: Im Mittelstand bewähren sich Agenten mit klar umrissenen Aufgaben.",
        },
        "en": {
            "title": "AI agents in mid-sized companies: automation with a sense of proportion",
            "teaser": (
                "Checking invoices, sorting enquiries, preparing quotes: agents promise relief for mid-sized "
                "firms. The successful projects are mainly those with clear boundaries."
            ),
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Use cases", "Recurring processes with many documents and clear rules are particularly suitable."),
                ("Human in the loop", "Critical decisions should still be approved by employees."),
                ("Data foundation", "Without clean data and interfaces, agents have no effect."),
                ("Measurability", "Before starting, it should be clear how success will be measured."),
            ],
            "body": (
                "<p>Many mid-sized companies have tasks nobody enjoys: sorting emails by who is responsible, "
                "matching delivery notes with invoices, putting together standard quotes from templates. This is "
                "exactly where AI agents come in. They read documents, fill in forms and trigger follow-up steps "
                "in other systems.</p>"
                "<h2>Where agents pay off</h2>"
                "<p>Companies have the best experience with processes that occur frequently, are well documented "
                "and whose results are easy to check. Typical examples:</p>"
                "<ul>"
                "<li>pre-sorting and summarising incoming customer enquiries,</li>"
                "<li>reading invoices and matching them against orders,</li>"
                "<li>preparing quotes based on product catalogues,</li>"
                "<li>searching internal manuals for customer service.</li>"
                "</ul>"
                "<p>Less suitable are processes in which mistakes are costly or hard to reverse – such as payments "
                "without checks or legally binding commitments to customers.</p>"
                "<h2>Homework first, then the agent</h2>"
                "<p>A common stumbling block lies not in the AI but in a company’s own IT. Agents need access to "
                "inventory management, customer relationship management or document storage. If clean interfaces "
                "are missing or master data is incomplete, even the best model produces useless results. Data "
                "protection and access rights also need to be settled before an agent works with real customer "
                "data.</p>"
                "<blockquote><p>“We started small, with a single mailbox. Only once the hit rate was right did we "
                "roll the agent out to other departments,” reports the managing director of a machine-building "
                "supplier in Baden-Württemberg.</p></blockquote>"
                "<p>A step-by-step approach has proven itself: at first, the agent only makes suggestions that "
                "employees confirm. Only when quality has been stable for weeks are individual steps automated. "
                "That way it remains clear who is responsible for what.</p>"
                "<p>Staff should also be involved early on. If you are planning such a project, talk to the people "
                "who handle the process today – they know the exceptions where automation is most likely to "
                "fail.</p>"
            ),
            "image_alt": "Blue surface with orange arrows linking document icons into a cycle",
            "image_caption": "Step by step: in mid-sized firms, agents prove their worth on clearly defined tasks.",
        },
        "sources": [
            {
                "title_de": "Überblick über autonome Agenten auf Basis großer Sprachmodelle (arXiv)",
                "title_en": "A Survey on Large Language Model based Autonomous Agents (arXiv)",
                "url": "https://arxiv.org/abs/2308.11432",
                "publisher": "arXiv",
                "date": "2023-08-22",
            },
            {
                "title_de": "Intelligenter Agent (englische Wikipedia)",
                "title_en": "Intelligent agent (Wikipedia)",
                "url": "https://en.wikipedia.org/wiki/Intelligent_agent",
                "publisher": "Wikipedia",
                "date": None,
            },
        ],
    },
    {
        "category": "praxis",
        "author": "mira",
        "hashtags": ["Sicherheit", "Agenten", "Datenschutz", "LLM"],
        "days_ago": 15,
        "topic": "ai-agents",
        "palette": ("#450a0a", "#f87171"),
        "de": {
            "title": "Prompt Injection: Die Sicherheitslücke, die KI-Agenten angreifbar macht",
            "teaser": (
                "Versteckte Anweisungen in Webseiten oder E-Mails können KI-Agenten kapern. Warum das Problem so "
                "schwer zu lösen ist und wie Du Dich schützen kannst."
            ),
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Angriff", "Schadhafte Anweisungen werden in Inhalte eingebettet, die ein Modell verarbeitet."),
                ("Indirekt", "Besonders heikel sind Texte aus Webseiten, Dokumenten oder E-Mails, die der Agent selbst abruft."),
                ("Ursache", "Sprachmodelle unterscheiden nicht zuverlässig zwischen Daten und Befehlen."),
                ("Schutz", "Minimale Rechte, menschliche Freigaben und Protokollierung senken das Risiko."),
            ],
            "body": (
                "<p>Stell Dir vor, Du bittest einen KI-Assistenten, Deine E-Mails zusammenzufassen. In einer der "
                "Nachrichten steht – für Dich unsichtbar in weißer Schrift – die Aufforderung, alle bisherigen "
                "Anweisungen zu ignorieren und die letzten Rechnungen an eine fremde Adresse weiterzuleiten. Folgt "
                "der Assistent diesem Befehl, ist genau das passiert, was Fachleute Prompt Injection nennen.</p>"
                "<h2>Warum Sprachmodelle darauf hereinfallen</h2>"
                "<p>Das Grundproblem ist strukturell. Ein Sprachmodell verarbeitet alles als Text: die Vorgaben "
                "der Entwickler, die Frage der Nutzerin und die Inhalte, die es unterwegs liest. Eine klare "
                "technische Trennung zwischen Befehl und Daten, wie sie etwa bei Datenbankabfragen üblich ist, gibt "
                "es nicht. Forschende haben bereits 2023 gezeigt, dass sich Anwendungen mit eingebundenen "
                "Sprachmodellen auf diesem indirekten Weg manipulieren lassen.</p>"
                "<p>Bei einfachen Chatbots bleibt der Schaden meist begrenzt. Bei Agenten, die selbstständig "
                "surfen, Dateien öffnen oder Nachrichten verschicken, ist das anders: Je mehr Rechte ein Agent hat, "
                "desto mehr kann ein Angreifer über ihn anrichten. Das OWASP-Projekt führt Prompt Injection deshalb "
                "ganz oben in seiner Liste der größten Risiken für Anwendungen mit Sprachmodellen.</p>"
                "<h2>Was hilft – und was nicht</h2>"
                "<ul>"
                "<li><strong>Minimale Rechte:</strong> Gib einem Agenten nur Zugriff auf das, was er für die "
                "Aufgabe wirklich braucht.</li>"
                "<li><strong>Menschliche Freigabe:</strong> Aktionen mit Außenwirkung – Geld überweisen, E-Mails "
                "senden, Daten löschen – sollten bestätigt werden müssen.</li>"
                "<li><strong>Trennung von Quellen:</strong> Inhalte aus unsicheren Quellen sollten gekennzeichnet "
                "und nicht mit denselben Rechten verarbeitet werden wie Nutzeranweisungen.</li>"
                "<li><strong>Protokolle:</strong> Nachvollziehbare Logs helfen, Angriffe zu erkennen und "
                "aufzuklären.</li>"
                "</ul>"
                "<p>Filter, die verdächtige Formulierungen erkennen sollen, bieten nur begrenzten Schutz. Angreifer "
                "können ihre Anweisungen umformulieren, übersetzen oder in Bildern verstecken. Eine vollständige "
                "Lösung gibt es bislang nicht; die Forschung arbeitet an Architekturen, die vertrauenswürdige und "
                "nicht vertrauenswürdige Eingaben strikt voneinander trennen.</p>"
                "<p>Bis dahin gilt: Behandle jeden Text, den ein Agent aus dem Netz oder aus fremden Dokumenten "
                "liest, als potenziell feindselig – und plane Deine Systeme entsprechend.</p>"
            ),
            "image_alt": "Dunkelrote Fläche mit einem hellroten Textcursor, hinter dem sich verborgene Zeichen abzeichnen",
            "image_caption": "Versteckte Befehle: Prompt Injection zielt auf die Texte, die Agenten lesen.",
        },
        "en": {
            "title": "Prompt injection: the security flaw that leaves AI agents open to attack",
            "teaser": (
                "Hidden instructions in web pages or emails can hijack AI agents. Why the problem is so hard to "
                "solve and how you can protect yourself."
            ),
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Attack", "Malicious instructions are embedded in content that a model processes."),
                ("Indirect", "Text from web pages, documents or emails that the agent fetches itself is especially risky."),
                ("Root cause", "Language models do not reliably distinguish between data and commands."),
                ("Protection", "Minimal permissions, human approval and logging reduce the risk."),
            ],
            "body": (
                "<p>Imagine you ask an AI assistant to summarise your emails. One of the messages contains – "
                "invisible to you, in white text – a request to ignore all previous instructions and forward the "
                "latest invoices to an unknown address. If the assistant follows this command, exactly what experts "
                "call prompt injection has happened.</p>"
                "<h2>Why language models fall for it</h2>"
                "<p>The underlying problem is structural. A language model processes everything as text: the "
                "developers’ instructions, the user’s question and the content it reads along the way. There is no "
                "clear technical separation between command and data, as is common with database queries, for "
                "instance. Researchers showed as early as 2023 that applications with integrated language models "
                "can be manipulated in this indirect way.</p>"
                "<p>With simple chatbots, the damage usually remains limited. With agents that browse the web, "
                "open files or send messages on their own, things are different: the more permissions an agent has, "
                "the more harm an attacker can do through it. The OWASP project therefore puts prompt injection at "
                "the very top of its list of the biggest risks for applications built on language models.</p>"
                "<h2>What helps – and what doesn’t</h2>"
                "<ul>"
                "<li><strong>Minimal permissions:</strong> give an agent access only to what it really needs for "
                "the task.</li>"
                "<li><strong>Human approval:</strong> actions with external effects – transferring money, sending "
                "emails, deleting data – should require confirmation.</li>"
                "<li><strong>Separating sources:</strong> content from untrusted sources should be labelled and "
                "not processed with the same rights as user instructions.</li>"
                "<li><strong>Logging:</strong> traceable logs help detect and investigate attacks.</li>"
                "</ul>"
                "<p>Filters designed to spot suspicious phrasing offer only limited protection. Attackers can "
                "rephrase their instructions, translate them or hide them in images. There is no complete solution "
                "yet; researchers are working on architectures that strictly separate trusted from untrusted "
                "input.</p>"
                "<p>Until then, the rule is: treat any text an agent reads from the web or from third-party "
                "documents as potentially hostile – and design your systems accordingly.</p>"
            ),
            "image_alt": "Dark red surface with a light red text cursor, hidden characters showing behind it",
            "image_caption": "Hidden commands: prompt injection targets the texts that agents read.",
        },
        "sources": [
            {
                "title_de": "Indirekte Prompt Injection gegen Anwendungen mit Sprachmodellen (arXiv)",
                "title_en": "Not what you've signed up for: Compromising Real-World LLM-Integrated Applications with Indirect Prompt Injection (arXiv)",
                "url": "https://arxiv.org/abs/2302.12173",
                "publisher": "arXiv",
                "date": "2023-02-23",
            },
            {
                "title_de": "OWASP Top 10 für Anwendungen mit großen Sprachmodellen",
                "title_en": "OWASP Top 10 for Large Language Model Applications",
                "url": "https://owasp.org/www-project-top-10-for-large-language-model-applications/",
                "publisher": "OWASP Foundation",
                "date": None,
            },
            {
                "title_de": "Prompt Injection (englische Wikipedia)",
                "title_en": "Prompt injection (Wikipedia)",
                "url": "https://en.wikipedia.org/wiki/Prompt_injection",
                "publisher": "Wikipedia",
                "date": None,
            },
        ],
    },
    # ------------------------------------------------------------------
    # ai-chips
    # ------------------------------------------------------------------
    {
        "category": "wirtschaft",
        "author": "jonas",
        "hashtags": ["Chips", "Startups", "KI"],
        "days_ago": 4,
        "topic": "ai-chips",
        "palette": ("#052e16", "#4ade80"),
        "de": {
            "title": "Engpass Rechenleistung: Warum KI-Chips zum Wirtschaftsfaktor geworden sind",
            "teaser": (
                "Ohne spezialisierte Chips kein KI-Boom. Doch die Lieferkette ist eng, hochkonzentriert und "
                "politisch aufgeladen. Ein Überblick über die wichtigsten Engstellen."
            ),
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Beschleuniger", "Grafikprozessoren und spezialisierte KI-Chips berechnen Matrizen massiv parallel."),
                ("Speicher", "Schneller Stapelspeicher wie HBM ist oft ebenso knapp wie die Rechenchips selbst."),
                ("Fertigung", "Die modernsten Chips werden nur von sehr wenigen Auftragsfertigern produziert."),
                ("Eigenentwicklungen", "Große Cloud-Anbieter entwickeln zunehmend eigene Beschleuniger."),
            ],
            "body": (
                "<p>Sprachmodelle bestehen aus Milliarden von Multiplikationen, die möglichst gleichzeitig "
                "ausgeführt werden müssen. Herkömmliche Prozessoren sind dafür schlecht geeignet. Stattdessen kommen "
                "Beschleuniger zum Einsatz, die auf massiv parallele Berechnungen ausgelegt sind – allen voran "
                "Grafikprozessoren, zunehmend aber auch speziell entwickelte KI-Chips. Wer über genügend solcher "
                "Chips verfügt, kann größere Modelle trainieren und mehr Anfragen bedienen. Rechenleistung ist damit "
                "zu einer strategischen Ressource geworden.</p>"
                "<h2>Die Engstellen der Lieferkette</h2>"
                "<p>Der Weg zu einem fertigen KI-Beschleuniger ist lang, und an mehreren Stellen hängt er an sehr "
                "wenigen Firmen:</p>"
                "<ul>"
                "<li><strong>Chipdesign:</strong> Ein großer Teil des Marktes für Trainingshardware entfällt auf "
                "einen einzigen Anbieter, dessen Software-Ökosystem Entwicklerinnen und Entwickler zusätzlich "
                "bindet.</li>"
                "<li><strong>Fertigung:</strong> Die fortschrittlichsten Halbleiter werden überwiegend in Taiwan "
                "gefertigt. Nur wenige Unternehmen weltweit beherrschen die kleinsten Strukturgrößen.</li>"
                "<li><strong>Lithografie:</strong> Die Belichtungsmaschinen für extremes Ultraviolett stammen von "
                "einem einzigen Hersteller aus den Niederlanden.</li>"
                "<li><strong>Speicher und Packaging:</strong> Hochbandbreitenspeicher (HBM) und die Technik, ihn "
                "eng mit dem Rechenchip zu verbinden, gelten als wiederkehrender Flaschenhals.</li>"
                "</ul>"
                "<h2>Antworten von Konzernen und Staaten</h2>"
                "<p>Große Cloud-Anbieter setzen zunehmend auf eigene Beschleuniger. Google etwa nutzt seit Jahren "
                "selbst entwickelte Tensor Processing Units. Solche Eigenentwicklungen sollen Abhängigkeiten "
                "verringern und die Kosten für bestimmte Aufgaben senken.</p>"
                "<p>Auch die Politik ist aktiv. Die USA beschränken den Export leistungsfähiger KI-Chips in "
                "bestimmte Länder, die Europäische Union will mit dem European Chips Act die eigene "
                "Halbleiterproduktion stärken. Ob sich die Konzentration damit spürbar verringern lässt, ist offen, "
                "denn neue Fabriken brauchen Jahre bis zur Produktion.</p>"
                "<blockquote><p>„Für uns als Start-up ist nicht das Modell der Engpass, sondern der Zugang zu "
                "Rechenzeit. Wir planen unsere Trainingsläufe inzwischen wie ein Logistikprojekt“, erzählt der "
                "Mitgründer eines KI-Unternehmens aus München.</p></blockquote>"
                "<p>Für Dich lohnt sich der Blick auf diese Lieferkette: Sie entscheidet mit darüber, wie schnell "
                "neue KI-Dienste entstehen – und was sie kosten.</p>"
            ),
            "image_alt": "Stilisierter Mikrochip mit leuchtend grünen Leiterbahnen auf dunkelgrünem Grund",
            "image_caption": "Knappes Gut: Spezialisierte Chips bestimmen das Tempo der KI-Entwicklung.",
        },
        "en": {
            "title": "The compute bottleneck: why AI chips have become an economic force",
            "teaser": (
                "No AI boom without specialised chips. But the supply chain is tight, highly concentrated and "
                "politically charged. An overview of the key bottlenecks."
            ),
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Accelerators", "Graphics processors and specialised AI chips compute matrices massively in parallel."),
                ("Memory", "Fast stacked memory such as HBM is often as scarce as the compute chips themselves."),
                ("Manufacturing", "The most advanced chips are produced by only a handful of contract manufacturers."),
                ("In-house designs", "Large cloud providers are increasingly developing their own accelerators."),
            ],
            "body": (
                "<p>Language models consist of billions of multiplications that need to run as simultaneously as "
                "possible. Conventional processors are poorly suited to this. Instead, accelerators designed for "
                "massively parallel computation are used – above all graphics processors, but increasingly also "
                "purpose-built AI chips. Whoever has enough of these chips can train larger models and serve more "
                "requests. Computing power has thus become a strategic resource.</p>"
                "<h2>The bottlenecks in the supply chain</h2>"
                "<p>The road to a finished AI accelerator is long, and at several points it depends on very few "
                "companies:</p>"
                "<ul>"
                "<li><strong>Chip design:</strong> a large share of the market for training hardware belongs to a "
                "single vendor whose software ecosystem further locks in developers.</li>"
                "<li><strong>Manufacturing:</strong> the most advanced semiconductors are mostly made in Taiwan. "
                "Only a few companies worldwide master the smallest feature sizes.</li>"
                "<li><strong>Lithography:</strong> the extreme ultraviolet exposure machines come from a single "
                "manufacturer in the Netherlands.</li>"
                "<li><strong>Memory and packaging:</strong> high-bandwidth memory (HBM) and the technology for "
                "tightly coupling it to the compute chip are a recurring bottleneck.</li>"
                "</ul>"
                "<h2>How companies and governments respond</h2>"
                "<p>Large cloud providers are increasingly relying on their own accelerators. Google, for "
                "example, has been using its in-house Tensor Processing Units for years. Such designs are meant to "
                "reduce dependencies and lower costs for specific workloads.</p>"
                "<p>Policymakers are active too. The United States restricts exports of powerful AI chips to "
                "certain countries, and the European Union aims to strengthen its own semiconductor production "
                "through the European Chips Act. Whether this will noticeably reduce concentration remains to be "
                "seen, as new fabs take years to start production.</p>"
                "<blockquote><p>“For us as a start-up, the bottleneck isn’t the model, it’s access to compute. We "
                "now plan our training runs like a logistics project,” says the co-founder of an AI company in "
                "Munich.</p></blockquote>"
                "<p>It is worth keeping an eye on this supply chain: it helps determine how quickly new AI "
                "services emerge – and what they cost.</p>"
            ),
            "image_alt": "Stylised microchip with bright green circuit traces on a dark green background",
            "image_caption": "A scarce resource: specialised chips set the pace of AI development.",
        },
        "sources": [
            {
                "title_de": "KI-Beschleuniger (englische Wikipedia)",
                "title_en": "AI accelerator (Wikipedia)",
                "url": "https://en.wikipedia.org/wiki/AI_accelerator",
                "publisher": "Wikipedia",
                "date": None,
            },
            {
                "title_de": "Leistungsanalyse einer Tensor Processing Unit im Rechenzentrum (arXiv)",
                "title_en": "In-Datacenter Performance Analysis of a Tensor Processing Unit (arXiv)",
                "url": "https://arxiv.org/abs/1704.04760",
                "publisher": "arXiv",
                "date": "2017-04-16",
            },
            {
                "title_de": "High Bandwidth Memory (englische Wikipedia)",
                "title_en": "High Bandwidth Memory (Wikipedia)",
                "url": "https://en.wikipedia.org/wiki/High_Bandwidth_Memory",
                "publisher": "Wikipedia",
                "date": None,
            },
        ],
    },
    {
        "category": "forschung",
        "author": "anna",
        "hashtags": ["Energie", "Klima", "Chips"],
        "days_ago": 7,
        "topic": "ai-chips",
        "palette": ("#713f12", "#facc15"),
        "de": {
            "title": "Strom für die KI: Wie viel Energie Rechenzentren wirklich brauchen",
            "teaser": (
                "Der KI-Boom treibt den Stromverbrauch von Rechenzentren nach oben. Doch wie groß ist das Problem "
                "tatsächlich – und wo liegen die Hebel für mehr Effizienz?"
            ),
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Größenordnung", "Rechenzentren verbrauchten laut IEA im Jahr 2024 rund anderthalb Prozent des weltweiten Stroms."),
                ("Training und Nutzung", "Neben dem einmaligen Training fällt bei jeder einzelnen Anfrage erneut Energie an."),
                ("Kühlung", "Ein relevanter Teil des Verbrauchs entfällt auf Kühlung und Infrastruktur."),
                ("Hebel", "Effizientere Chips, kleinere Modelle und sauberer Strom machen einen großen Unterschied."),
            ],
            "body": (
                "<p>Jede Antwort eines Chatbots hat einen physischen Preis: Strom, der in einem Rechenzentrum in "
                "Wärme umgewandelt wird. Mit der rasanten Verbreitung von KI-Anwendungen rückt diese Tatsache "
                "zunehmend in den Fokus von Energieversorgern, Stadtplanern und Klimaforschenden.</p>"
                "<h2>Die Größenordnung</h2>"
                "<p>Nach Schätzungen der Internationalen Energieagentur (IEA) entfielen 2024 etwa anderthalb Prozent "
                "des weltweiten Stromverbrauchs auf Rechenzentren. Das klingt nach wenig, doch der Anteil wächst, und "
                "die Last ist regional stark konzentriert. Wo sich viele Rechenzentren ballen, geraten Netze und "
                "Kraftwerksplanung unter Druck. In ihrem Basisszenario erwartet die IEA, dass sich der Verbrauch von "
                "Rechenzentren bis zum Ende des Jahrzehnts mehr als verdoppelt – mit KI als wichtigstem "
                "Treiber.</p>"
                "<h2>Wo die Energie hingeht</h2>"
                "<ul>"
                "<li><strong>Training:</strong> Große Modelle werden über Wochen oder Monate auf Tausenden "
                "Beschleunigern trainiert. Studien, etwa zum offenen Modell BLOOM, haben versucht, diesen Aufwand "
                "transparent zu beziffern.</li>"
                "<li><strong>Inferenz:</strong> Die Nutzung durch Millionen Menschen summiert sich. Bei weit "
                "verbreiteten Diensten kann der laufende Betrieb über die Zeit mehr Energie verbrauchen als das "
                "Training.</li>"
                "<li><strong>Infrastruktur:</strong> Kühlung, Stromwandlung und Netzwerk kommen hinzu. Die "
                "Kennzahl Power Usage Effectiveness beschreibt, wie viel Energie ein Rechenzentrum über die reine "
                "IT-Last hinaus benötigt.</li>"
                "</ul>"
                "<h2>Die Hebel</h2>"
                "<p>Forschende betonen, dass der CO₂-Fußabdruck stark von Entscheidungen abhängt, die sich "
                "beeinflussen lassen: Welche Hardware kommt zum Einsatz? Wie effizient ist das Modell? Und vor "
                "allem: Woher stammt der Strom? Ein Training in einer Region mit hohem Anteil erneuerbarer Energien "
                "kann bei gleichem Verbrauch deutlich weniger Emissionen verursachen.</p>"
                "<p>Auch bei der Software gibt es Spielraum. Quantisierung, kleinere spezialisierte Modelle und das "
                "Zwischenspeichern häufiger Anfragen senken den Bedarf pro Antwort. Hinzu kommen Ansätze, die "
                "Abwärme von Rechenzentren in Fernwärmenetze einzuspeisen, wie es in Nordeuropa bereits praktiziert "
                "wird.</p>"
                "<p>Für Dich als Nutzerin oder Nutzer gilt: Nicht jede Aufgabe braucht das größte Modell. Wer "
                "bewusst auswählt, spart nicht nur Zeit, sondern auch Energie.</p>"
            ),
            "image_alt": "Goldgelbe Blitzsymbole über stilisierten Serverschränken in warmem Braun",
            "image_caption": "Hoher Bedarf: Der Stromverbrauch von Rechenzentren wächst mit dem KI-Boom.",
        },
        "en": {
            "title": "Power for AI: how much energy data centres really need",
            "teaser": (
                "The AI boom is pushing up the electricity consumption of data centres. But how big is the "
                "problem really – and where are the levers for greater efficiency?"
            ),
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Scale", "According to the IEA, data centres used around one and a half per cent of global electricity in 2024."),
                ("Training and use", "Besides one-off training, energy is consumed again with every single request."),
                ("Cooling", "A significant share of consumption goes to cooling and infrastructure."),
                ("Levers", "More efficient chips, smaller models and clean electricity make a big difference."),
            ],
            "body": (
                "<p>Every chatbot answer has a physical price: electricity that is turned into heat in a data "
                "centre. With the rapid spread of AI applications, this fact is increasingly attracting the "
                "attention of energy suppliers, urban planners and climate researchers.</p>"
                "<h2>The scale</h2>"
                "<p>According to estimates by the International Energy Agency (IEA), data centres accounted for "
                "about one and a half per cent of global electricity consumption in 2024. That sounds small, but "
                "the share is growing, and the load is highly concentrated regionally. Where many data centres "
                "cluster, grids and power-plant planning come under pressure. In its base scenario, the IEA expects data "
                "centre consumption to more than double by the end of the decade – with AI as the main "
                "driver.</p>"
                "<h2>Where the energy goes</h2>"
                "<ul>"
                "<li><strong>Training:</strong> large models are trained for weeks or months on thousands of "
                "accelerators. Studies, for instance on the open model BLOOM, have tried to quantify this effort "
                "transparently.</li>"
                "<li><strong>Inference:</strong> use by millions of people adds up. For widely used services, "
                "ongoing operation can consume more energy over time than training did.</li>"
                "<li><strong>Infrastructure:</strong> cooling, power conversion and networking come on top. The "
                "power usage effectiveness metric describes how much energy a data centre needs beyond the pure IT "
                "load.</li>"
                "</ul>"
                "<h2>The levers</h2>"
                "<p>Researchers stress that the carbon footprint depends heavily on decisions that can be "
                "influenced: which hardware is used? How efficient is the model? And above all: where does the "
                "electricity come from? Training in a region with a high share of renewables can cause far fewer "
                "emissions for the same consumption.</p>"
                "<p>There is room for manoeuvre on the software side, too. Quantisation, smaller specialised models "
                "and caching frequent requests reduce the demand per answer. In addition, there are approaches that "
                "feed data centres’ waste heat into district heating networks, as is already done in Northern "
                "Europe.</p>"
                "<p>For users, the takeaway is: not every task needs the biggest model. Choosing deliberately saves "
                "not only time but also energy.</p>"
            ),
            "image_alt": "Golden-yellow lightning symbols above stylised server racks in warm brown",
            "image_caption": "High demand: data centre electricity use is growing with the AI boom.",
        },
        "sources": [
            {
                "title_de": "Energy and AI – Sonderbericht der Internationalen Energieagentur",
                "title_en": "Energy and AI – special report by the International Energy Agency",
                "url": "https://www.iea.org/reports/energy-and-ai",
                "publisher": "International Energy Agency",
                "date": "2025-04-10",
            },
            {
                "title_de": "Den CO₂-Fußabdruck von BLOOM abschätzen (arXiv)",
                "title_en": "Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv)",
                "url": "https://arxiv.org/abs/2211.02001",
                "publisher": "arXiv",
                "date": "2022-11-03",
            },
            {
                "title_de": "CO₂-Emissionen und das Training großer neuronaler Netze (arXiv)",
                "title_en": "Carbon Emissions and Large Neural Network Training (arXiv)",
                "url": "https://arxiv.org/abs/2104.10350",
                "publisher": "arXiv",
                "date": "2021-04-21",
            },
        ],
    },
]
