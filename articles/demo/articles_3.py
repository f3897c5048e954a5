# -*- coding: utf-8 -*-
"""Demo articles for kinews (set 3): robotics, AI in health, AI for climate, generative images."""

ARTICLES = [
    # ------------------------------------------------------------------ robotics
    {
        "category": "robotik",
        "author": "mira",
        "hashtags": ["Robotik", "KI", "Arbeit", "Startups"],
        "days_ago": 2,
        "topic": "robotics",
        "palette": ("#1b263b", "#f4a261"),
        "de": {
            "title": "Humanoide Roboter: Warum die Menschengestalt plötzlich wieder gefragt ist",
            "teaser": "Zweibeinige Roboter verlassen die Messebühnen und tauchen in Lagerhallen und Fabriken auf. Wir erklären, was hinter dem Hype steckt – und wo die Technik an Grenzen stößt.",
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Grundidee", "Humanoide Roboter sollen sich in Umgebungen bewegen, die für Menschen gebaut wurden, ohne dass die Halle umgebaut werden muss."),
                ("Neuer Schub", "Fortschritte bei KI-Modellen für Wahrnehmung und Bewegungssteuerung machen vielseitigere Maschinen denkbar."),
                ("Engpässe", "Hände, Akkulaufzeit, Sicherheit und Kosten bleiben die größten Hürden für den Alltagseinsatz."),
            ],
            "body": (
                "<p>Lange galten humanoide Roboter als teure Forschungsprojekte, die vor allem in Videos beeindruckten. Inzwischen arbeiten zahlreiche Unternehmen – von etablierten Namen wie Boston Dynamics bis zu jüngeren Firmen wie Figure, Agility Robotics oder Apptronik – an Maschinen, die in Logistikzentren und Fabrikhallen mitanpacken sollen. Auch chinesische Hersteller wie Unitree drängen mit vergleichsweise günstigen Modellen auf den Markt.</p>"
                "<h2>Warum ausgerechnet menschenähnlich?</h2>"
                "<p>Das wichtigste Argument ist pragmatisch: Unsere Arbeitswelt ist auf menschliche Körper zugeschnitten. Treppen, Regalhöhen, Türgriffe und Werkzeuge setzen zwei Arme, zwei Beine und eine bestimmte Körpergröße voraus. Ein Roboter mit ähnlicher Gestalt könnte dort einspringen, wo heute Menschen arbeiten, ohne dass die gesamte Infrastruktur neu geplant werden muss. Hinzu kommt die Hoffnung, dass sich Videos menschlicher Tätigkeiten leichter als Trainingsmaterial nutzen lassen, wenn der Roboter ähnlich gebaut ist.</p>"
                "<h2>Was KI beiträgt</h2>"
                "<p>Neu ist weniger die Mechanik als die Software. Große Modelle, die Bild, Sprache und Bewegung verknüpfen, sollen Robotern erlauben, Aufgaben flexibler zu verstehen. Laufen und Balancieren werden zunehmend mit bestärkendem Lernen in Simulationen trainiert und anschließend auf echte Hardware übertragen.</p>"
                "<ul>"
                "<li><strong>Wahrnehmung:</strong> Kameras und Tiefensensoren erkennen Objekte, auch wenn sie ungeordnet herumliegen.</li>"
                "<li><strong>Bewegung:</strong> In der Simulation gelernte Gangarten werden auf den realen Roboter übertragen.</li>"
                "<li><strong>Aufgabenverständnis:</strong> Sprachmodelle zerlegen Anweisungen in einzelne Handlungsschritte.</li>"
                "</ul>"
                "<h2>Die offenen Baustellen</h2>"
                "<p>Trotz aller Fortschritte ist der Weg in den Alltag lang. Roboterhände erreichen noch längst nicht die Geschicklichkeit menschlicher Finger. Akkus halten oft nur wenige Stunden. Und ein stürzender Roboter mit dem Gewicht eines Erwachsenen ist ein echtes Sicherheitsrisiko, weshalb viele Pilotprojekte in abgetrennten Bereichen laufen. Dazu kommt die Frage, ob ein spezialisierter Roboterarm auf Rädern dieselbe Aufgabe nicht günstiger erledigt.</p>"
                "<blockquote><p>„Die spannende Frage ist nicht, ob ein Humanoid eine Kiste heben kann, sondern ob er das eine ganze Schicht lang zuverlässig und günstiger als die Alternativen schafft“, sagt ein Logistikplaner eines süddeutschen Zulieferers.</p></blockquote>"
                "<p>Für Dich heißt das: Die nächsten Jahre werden vor allem Pilotprojekte prägen. Ob humanoide Roboter zum Massenprodukt werden, entscheidet sich weniger auf der Messebühne als in der nüchternen Kostenrechnung.</p>"
            ),
            "image_alt": "Abstrakte Illustration einer menschenähnlichen Robotersilhouette vor einem Lagerregal",
            "image_caption": "Humanoide Roboter sollen in Umgebungen arbeiten, die für Menschen gebaut sind.",
        },
        "en": {
            "title": "Humanoid robots: why the human shape is suddenly in demand again",
            "teaser": "Two-legged robots are leaving the trade-show stage and turning up in warehouses and factories. We explain what is behind the hype – and where the technology still hits its limits.",
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Core idea", "Humanoid robots are meant to move through spaces built for people, without the facility having to be redesigned."),
                ("New momentum", "Progress in AI models for perception and motion control makes more versatile machines conceivable."),
                ("Bottlenecks", "Hands, battery life, safety and cost remain the biggest obstacles to everyday use."),
            ],
            "body": (
                "<p>For a long time, humanoid robots were seen as expensive research projects that mostly impressed in videos. Today, a growing number of companies – from established names like Boston Dynamics to younger firms such as Figure, Agility Robotics or Apptronik – are building machines intended to lend a hand in logistics centres and factory halls. Chinese manufacturers such as Unitree are also entering the market with comparatively affordable models.</p>"
                "<h2>Why make them human-like at all?</h2>"
                "<p>The main argument is pragmatic: our working world is tailored to human bodies. Stairs, shelf heights, door handles and tools all assume two arms, two legs and a certain body size. A robot with a similar shape could step in where people work today without the entire infrastructure having to be replanned. There is also the hope that videos of human activities can be used more easily as training material if the robot is built in a similar way.</p>"
                "<h2>What AI contributes</h2>"
                "<p>What is new is less the mechanics than the software. Large models that connect vision, language and movement are supposed to let robots understand tasks more flexibly. Walking and balancing are increasingly trained with reinforcement learning in simulation and then transferred to real hardware.</p>"
                "<ul>"
                "<li><strong>Perception:</strong> cameras and depth sensors recognise objects even when they are lying around in a jumble.</li>"
                "<li><strong>Motion:</strong> gaits learned in simulation are transferred to the physical robot.</li>"
                "<li><strong>Task understanding:</strong> language models break instructions down into individual steps.</li>"
                "</ul>"
                "<h2>The open construction sites</h2>"
                "<p>Despite all the progress, the road to everyday use is long. Robot hands are still far from matching the dexterity of human fingers. Batteries often last only a few hours. And a falling robot with the weight of an adult is a real safety risk, which is why many pilot projects run in separated areas. Then there is the question of whether a specialised robot arm on wheels could do the same job more cheaply.</p>"
                "<blockquote><p>“The exciting question is not whether a humanoid can lift a box, but whether it can do so reliably for an entire shift and more cheaply than the alternatives,” says a logistics planner at a supplier in southern Germany.</p></blockquote>"
                "<p>For you, this means the coming years will be shaped mainly by pilot projects. Whether humanoid robots become a mass product will be decided less on the trade-show stage than in sober cost calculations.</p>"
            ),
            "image_alt": "Abstract illustration of a human-like robot silhouette in front of warehouse shelving",
            "image_caption": "Humanoid robots are meant to work in environments built for people.",
        },
        "sources": [
            {"title_de": "Humanoider Roboter (Wikipedia, englisch)", "title_en": "Humanoid robot (Wikipedia)", "url": "https://en.wikipedia.org/wiki/Humanoid_robot", "publisher": "Wikipedia", "date": None},
            {"title_de": "Roboterlernen (Wikipedia, englisch)", "title_en": "Robot learning (Wikipedia)", "url": "https://en.wikipedia.org/wiki/Robot_learning", "publisher": "Wikipedia", "date": None},
        ],
    },
    {
        "category": "robotik",
        "author": "anna",
        "hashtags": ["Robotik", "Forschung", "KI", "OpenSource"],
        "days_ago": 11,
        "topic": "robotics",
        "palette": ("#2d3a8c", "#8ecae6"),
        "de": {
            "title": "Lernen durch Vorführen: Wie Roboter uns Handgriffe abschauen",
            "teaser": "Statt jede Bewegung zu programmieren, zeigen Forschende Robotern einfach, was zu tun ist. Imitationslernen hat große Sprünge gemacht – bleibt aber datenhungrig.",
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Prinzip", "Beim Imitationslernen lernt ein Roboter aus Vorführungen, die ein Mensch per Fernsteuerung oder von Hand vormacht."),
                ("Datenquelle", "Günstige Teleoperationssysteme wie ALOHA haben das Sammeln solcher Demonstrationen deutlich vereinfacht."),
                ("Modelle", "Verfahren wie Action Chunking mit Transformern oder Diffusion Policy erzeugen flüssige Bewegungsabfolgen."),
                ("Grenze", "Neue Umgebungen, für die es keine Vorführungen gibt, bleiben die zentrale Schwachstelle."),
            ],
            "body": (
                "<p>Einen Roboter klassisch zu programmieren, ist mühsam: Jede Position, jeder Griff und jede Ausnahme muss vorab festgelegt werden. Das funktioniert bei immer gleichen Abläufen in der Fabrik, scheitert aber schnell, sobald Gegenstände anders liegen oder die Aufgabe leicht variiert. Ein anderer Ansatz gewinnt deshalb an Bedeutung: Der Mensch macht es vor, der Roboter schaut es sich ab.</p>"
                "<h2>So funktioniert Imitationslernen</h2>"
                "<p>Beim sogenannten Learning from Demonstration steuert ein Mensch den Roboter zunächst selbst – etwa über ein zweites Paar Roboterarme, dessen Bewegungen gespiegelt werden. Dabei zeichnen Kameras und Sensoren auf, was der Roboter sieht und welche Bewegungen er ausführt. Aus Dutzenden oder Hunderten solcher Vorführungen lernt ein neuronales Netz anschließend, aus einem Kamerabild die passende nächste Bewegung abzuleiten.</p>"
                "<ol>"
                "<li><strong>Vorführen:</strong> Ein Mensch löst die Aufgabe per Teleoperation mehrfach.</li>"
                "<li><strong>Aufzeichnen:</strong> Bilder, Gelenkstellungen und Greiferbefehle werden gespeichert.</li>"
                "<li><strong>Trainieren:</strong> Ein Modell lernt die Zuordnung von Beobachtung zu Aktion.</li>"
                "<li><strong>Ausführen:</strong> Der Roboter wiederholt die Aufgabe eigenständig, auch unter leicht veränderten Bedingungen.</li>"
                "</ol>"
                "<h2>Was sich zuletzt verändert hat</h2>"
                "<p>Einen Schub brachte das Stanford-Projekt ALOHA, ein vergleichsweise günstiges System mit zwei Armen, mit dem sich feinmotorische Aufgaben wie das Öffnen eines Beutels oder das Einsetzen einer Batterie vorführen lassen. Das zugehörige Verfahren zerlegt Bewegungen in kurze Abschnitte, sogenannte Action Chunks, und sagt diese mit einem Transformer vorher. Ein weiterer Ansatz, Diffusion Policy, überträgt die Technik von Bildgeneratoren auf Roboterbewegungen: Statt Pixeln werden schrittweise Bewegungsbahnen aus Rauschen erzeugt.</p>"
                "<h2>Der Haken: Daten</h2>"
                "<p>Anders als Sprachmodelle können Roboter nicht einfach das Internet auslesen. Jede Demonstration kostet menschliche Arbeitszeit. Projekte wie Open X-Embodiment versuchen deshalb, Datensätze vieler Labore und Robotertypen zusammenzuführen, damit Modelle übergreifend lernen. Ob das reicht, damit Roboter auch in völlig fremden Küchen oder Werkstätten zurechtkommen, ist eine der spannendsten offenen Fragen der Robotik.</p>"
                "<p>Wenn Du also das nächste Mal ein Video siehst, in dem ein Roboter Wäsche faltet: Dahinter stecken meist viele Stunden geduldigen Vorführens.</p>"
            ),
            "image_alt": "Abstrakte Illustration zweier Roboterarme, die die Bewegung menschlicher Hände nachahmen",
            "image_caption": "Beim Imitationslernen dienen menschliche Vorführungen als Trainingsdaten.",
        },
        "en": {
            "title": "Learning by demonstration: how robots copy our moves",
            "teaser": "Instead of programming every movement, researchers simply show robots what to do. Imitation learning has made big leaps – but it remains hungry for data.",
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Principle", "In imitation learning, a robot learns from demonstrations that a human performs via remote control or by hand."),
                ("Data source", "Low-cost teleoperation systems such as ALOHA have made collecting such demonstrations much easier."),
                ("Models", "Methods like action chunking with transformers or Diffusion Policy produce smooth movement sequences."),
                ("Limit", "New environments for which no demonstrations exist remain the central weakness."),
            ],
            "body": (
                "<p>Programming a robot the classic way is tedious: every position, every grasp and every exception has to be defined in advance. That works for identical, repetitive processes in a factory, but it quickly fails as soon as objects lie differently or the task varies slightly. Another approach is therefore gaining ground: the human shows how it is done, and the robot copies it.</p>"
                "<h2>How imitation learning works</h2>"
                "<p>In so-called learning from demonstration, a human first controls the robot directly – for example via a second pair of robot arms whose movements are mirrored. Cameras and sensors record what the robot sees and which movements it performs. From dozens or hundreds of such demonstrations, a neural network then learns to derive the appropriate next movement from a camera image.</p>"
                "<ol>"
                "<li><strong>Demonstrate:</strong> a human solves the task several times via teleoperation.</li>"
                "<li><strong>Record:</strong> images, joint positions and gripper commands are stored.</li>"
                "<li><strong>Train:</strong> a model learns the mapping from observation to action.</li>"
                "<li><strong>Execute:</strong> the robot repeats the task on its own, even under slightly changed conditions.</li>"
                "</ol>"
                "<h2>What has changed recently</h2>"
                "<p>A boost came from the Stanford project ALOHA, a comparatively inexpensive two-armed system that can be used to demonstrate fine motor tasks such as opening a bag or inserting a battery. The accompanying method splits movements into short segments, so-called action chunks, and predicts them with a transformer. Another approach, Diffusion Policy, carries the technique behind image generators over to robot motion: instead of pixels, movement trajectories are generated step by step out of noise.</p>"
                "<h2>The catch: data</h2>"
                "<p>Unlike language models, robots cannot simply read the internet. Every demonstration costs human working time. Projects such as Open X-Embodiment therefore try to pool datasets from many labs and robot types so that models can learn across them. Whether that is enough for robots to cope in completely unfamiliar kitchens or workshops is one of the most exciting open questions in robotics.</p>"
                "<p>So the next time you see a video of a robot folding laundry: behind it there are usually many hours of patient demonstration.</p>"
            ),
            "image_alt": "Abstract illustration of two robot arms imitating the movement of human hands",
            "image_caption": "In imitation learning, human demonstrations serve as training data.",
        },
        "sources": [
            {"title_de": "Learning Fine-Grained Bimanual Manipulation with Low-Cost Hardware (ALOHA/ACT)", "title_en": "Learning Fine-Grained Bimanual Manipulation with Low-Cost Hardware (ALOHA/ACT)", "url": "https://arxiv.org/abs/2304.13705", "publisher": "arXiv", "date": None},
            {"title_de": "Diffusion Policy: Visuomotor Policy Learning via Action Diffusion", "title_en": "Diffusion Policy: Visuomotor Policy Learning via Action Diffusion", "url": "https://arxiv.org/abs/2303.04137", "publisher": "arXiv", "date": None},
            {"title_de": "Open X-Embodiment: Robotic Learning Datasets and RT-X Models", "title_en": "Open X-Embodiment: Robotic Learning Datasets and RT-X Models", "url": "https://arxiv.org/abs/2310.08864", "publisher": "arXiv", "date": None},
        ],
    },
    {
        "category": "robotik",
        "author": "mira",
        "hashtags": ["Robotik", "Mittelstand", "KI", "Arbeit"],
        "days_ago": 27,
        "topic": "robotics",
        "palette": ("#3d405b", "#e07a5f"),
        "de": {
            "title": "Industrieroboter lernen dazu: Was KI in der Werkhalle verändert",
            "teaser": "Klassische Industrieroboter sind präzise, aber unflexibel. Bildverarbeitung, kollaborative Roboter und neue KI-Modelle sollen das ändern – gerade für kleinere Betriebe.",
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Ausgangslage", "Herkömmliche Industrieroboter wiederholen fest programmierte Bewegungen und arbeiten meist hinter Schutzzäunen."),
                ("Cobots", "Kollaborative Roboter sind für die Arbeit neben Menschen ausgelegt und lassen sich oft per Handführung einlernen."),
                ("KI-Schub", "Kamerabasierte Greifsysteme und Vision-Language-Action-Modelle machen Roboter anpassungsfähiger."),
                ("Mittelstand", "Bei kleinen Losgrößen zählt vor allem, wie schnell sich ein Roboter auf eine neue Aufgabe umstellen lässt."),
            ],
            "body": (
                "<p>In der Automobilindustrie sind Industrieroboter seit Jahrzehnten Alltag: Sie schweißen, lackieren und montieren mit großer Präzision – solange alles exakt dort liegt, wo es laut Programm liegen soll. Genau diese Starrheit ist der Grund, warum viele kleine und mittlere Betriebe bisher zögern. Wer häufig wechselnde Produkte in kleinen Stückzahlen fertigt, kann nicht für jede Variante tagelang einen Roboter programmieren lassen.</p>"
                "<h2>Vom Käfig an die Werkbank</h2>"
                "<p>Eine erste Veränderung brachten kollaborative Roboter, kurz Cobots. Sie sind leichter, bewegen sich langsamer und stoppen, wenn sie auf Widerstand treffen. Dadurch können sie – nach einer sorgfältigen Risikobeurteilung – ohne Schutzzaun neben Menschen arbeiten. Viele Modelle lassen sich einlernen, indem man den Arm von Hand durch die gewünschte Bewegung führt.</p>"
                "<h2>Wo KI ins Spiel kommt</h2>"
                "<p>Die nächste Stufe betrifft Wahrnehmung und Planung. Mit moderner Bildverarbeitung kann ein Roboter Teile aus einer ungeordneten Kiste greifen, statt auf exakt ausgerichtete Werkstückträger angewiesen zu sein. Forschungsprojekte wie RT-2 von Google DeepMind gehen noch weiter: Solche Vision-Language-Action-Modelle verknüpfen Bilderkennung und Sprachverständnis direkt mit Bewegungsbefehlen.</p>"
                "<ul>"
                "<li><strong>Griff in die Kiste:</strong> Kameras erkennen Lage und Form von Teilen, die durcheinanderliegen.</li>"
                "<li><strong>Qualitätsprüfung:</strong> Bildmodelle entdecken Kratzer oder fehlerhafte Schweißnähte.</li>"
                "<li><strong>Einfachere Bedienung:</strong> Aufgaben sollen sich künftig stärker per Sprache oder Vorführung beschreiben lassen.</li>"
                "</ul>"
                "<blockquote><p>„Für uns zählt nicht, was ein Roboter im Labor kann, sondern wie schnell wir ihn am Montagmorgen auf ein neues Bauteil umstellen“, sagt der Fertigungsleiter eines Maschinenbaubetriebs aus Baden-Württemberg.</p></blockquote>"
                "<h2>Realismus ist angebracht</h2>"
                "<p>In der Produktion zählen Zuverlässigkeit und Taktzeit. Ein Modell, das in neun von zehn Fällen richtig greift, ist im Labor ein Erfolg, am Band aber ein Problem. Deshalb kombinieren viele Systemintegratoren KI-Komponenten mit klassischer, deterministischer Steuerung und bewährter Sicherheitstechnik. Wenn Du in einem mittelständischen Betrieb arbeitest, lohnt sich ein genauer Blick auf konkrete Anwendungsfälle wie Maschinenbeschickung oder Prüfaufgaben – dort ist der Nutzen heute am greifbarsten.</p>"
            ),
            "image_alt": "Abstrakte Illustration eines Roboterarms an einer Werkbank mit Kamera",
            "image_caption": "Kameras und KI-Modelle sollen Industrieroboter flexibler machen.",
        },
        "en": {
            "title": "Industrial robots are learning: what AI changes on the shop floor",
            "teaser": "Classic industrial robots are precise but inflexible. Machine vision, collaborative robots and new AI models are meant to change that – especially for smaller companies.",
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Starting point", "Conventional industrial robots repeat fixed, pre-programmed movements and usually work behind safety fences."),
                ("Cobots", "Collaborative robots are designed to work next to people and can often be taught by guiding them by hand."),
                ("AI boost", "Camera-based grasping systems and vision-language-action models make robots more adaptable."),
                ("SMEs", "With small batch sizes, what matters most is how quickly a robot can be switched to a new task."),
            ],
            "body": (
                "<p>In the automotive industry, industrial robots have been part of everyday life for decades: they weld, paint and assemble with great precision – as long as everything is exactly where the program expects it to be. This very rigidity is why many small and medium-sized companies have hesitated so far. If you make frequently changing products in small quantities, you cannot have a robot programmed for days for every variant.</p>"
                "<h2>From the cage to the workbench</h2>"
                "<p>A first shift came with collaborative robots, or cobots. They are lighter, move more slowly and stop when they meet resistance. As a result – after a careful risk assessment – they can work next to people without a safety fence. Many models can be taught by guiding the arm by hand through the desired motion.</p>"
                "<h2>Where AI comes in</h2>"
                "<p>The next stage concerns perception and planning. With modern machine vision, a robot can pick parts from a disordered bin instead of relying on precisely aligned workpiece carriers. Research projects such as Google DeepMind's RT-2 go even further: such vision-language-action models link image recognition and language understanding directly to motion commands.</p>"
                "<ul>"
                "<li><strong>Bin picking:</strong> cameras detect the position and shape of parts lying in a jumble.</li>"
                "<li><strong>Quality inspection:</strong> vision models spot scratches or faulty weld seams.</li>"
                "<li><strong>Easier operation:</strong> in future, tasks should increasingly be described by language or demonstration.</li>"
                "</ul>"
                "<blockquote><p>“What counts for us is not what a robot can do in the lab, but how quickly we can switch it to a new part on Monday morning,” says the production manager of a machine-building company in Baden-Württemberg.</p></blockquote>"
                "<h2>Realism is in order</h2>"
                "<p>In production, reliability and cycle time are what count. A model that grasps correctly in nine out of ten cases is a success in the lab but a problem on the line. That is why many system integrators combine AI components with classic, deterministic control and proven safety technology. If you work at a mid-sized company, it is worth taking a close look at concrete use cases such as machine tending or inspection tasks – that is where the benefit is most tangible today.</p>"
            ),
            "image_alt": "Abstract illustration of a robot arm with a camera at a workbench",
            "image_caption": "Cameras and AI models are meant to make industrial robots more flexible.",
        },
        "sources": [
            {"title_de": "Industrieroboter (Wikipedia, englisch)", "title_en": "Industrial robot (Wikipedia)", "url": "https://en.wikipedia.org/wiki/Industrial_robot", "publisher": "Wikipedia", "date": None},
            {"title_de": "Kollaborativer Roboter (Wikipedia, englisch)", "title_en": "Cobot (Wikipedia)", "url": "https://en.wikipedia.org/wiki/Cobot", "publisher": "Wikipedia", "date": None},
            {"title_de": "RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control", "title_en": "RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control", "url": "https://arxiv.org/abs/2307.15818", "publisher": "arXiv", "date": None},
        ],
    },
    # ------------------------------------------------------------------ ai-health
    {
        "category": "forschung",
        "author": "anna",
        "hashtags": ["Gesundheit", "Forschung", "KI"],
        "days_ago": 14,
        "topic": "ai-health",
        "palette": ("#14213d", "#2ec4b6"),
        "de": {
            "title": "AlphaFold und die Folgen: Was KI-Strukturvorhersage für die Medizin bedeutet",
            "teaser": "Aus der Abfolge von Aminosäuren die 3D-Form eines Proteins zu berechnen, galt jahrzehntelang als Kernproblem der Biologie. KI hat hier einen Durchbruch erzielt – der Weg zum Medikament bleibt trotzdem weit.",
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Durchbruch", "AlphaFold 2 von Google DeepMind sagte beim Wettbewerb CASP14 im Jahr 2020 Proteinstrukturen mit bis dahin unerreichter Genauigkeit vorher."),
                ("Datenbank", "Gemeinsam mit dem EMBL-EBI wurden vorhergesagte Strukturen für einen Großteil der bekannten Proteine frei zugänglich gemacht."),
                ("Nobelpreis", "2024 ging der Chemie-Nobelpreis zur Hälfte an Demis Hassabis und John Jumper, zur anderen Hälfte an David Baker für computergestütztes Proteindesign."),
                ("Grenzen", "Eine vorhergesagte Struktur ersetzt weder Laborexperimente noch klinische Studien."),
            ],
            "body": (
                "<p>Proteine sind die Arbeitsmaschinen des Körpers. Welche Aufgabe sie erfüllen, hängt eng mit ihrer dreidimensionalen Form zusammen. Diese Form experimentell zu bestimmen – etwa mit Röntgenkristallographie oder Kryo-Elektronenmikroskopie – kann Monate bis Jahre dauern. Seit Jahrzehnten versuchen Forschende deshalb, die Faltung direkt aus der Aminosäuresequenz zu berechnen.</p>"
                "<h2>Was AlphaFold anders macht</h2>"
                "<p>AlphaFold 2, im Jahr 2021 ausführlich in der Fachzeitschrift Nature beschrieben, kombiniert Informationen aus der Evolution verwandter Proteine mit einer neuronalen Netzarchitektur, die räumliche Beziehungen zwischen Aminosäuren modelliert. Das System liefert nicht nur eine Struktur, sondern auch eine Einschätzung, wie sicher es sich bei einzelnen Abschnitten ist. Dieser Konfidenzwert ist für die Praxis fast so wichtig wie die Vorhersage selbst. Der Nachfolger AlphaFold 3 erweitert den Ansatz auf Komplexe aus Proteinen, DNA, RNA und kleinen Molekülen.</p>"
                "<h2>Wofür die Medizin das nutzt</h2>"
                "<ul>"
                "<li><strong>Wirkstoffsuche:</strong> Strukturmodelle helfen, mögliche Bindestellen für Medikamente zu identifizieren.</li>"
                "<li><strong>Krankheitsverständnis:</strong> Forschende können abschätzen, wie sich Mutationen auf die Form eines Proteins auswirken könnten.</li>"
                "<li><strong>Vernachlässigte Erreger:</strong> Auch für wenig erforschte Parasiten und Bakterien liegen nun Strukturmodelle vor.</li>"
                "<li><strong>Proteindesign:</strong> Verwandte Methoden helfen dabei, völlig neue Proteine am Computer zu entwerfen.</li>"
                "</ul>"
                "<h2>Wo die Grenzen liegen</h2>"
                "<p>So groß der Fortschritt ist: Proteine sind keine starren Skulpturen. Viele bewegen sich, wechseln zwischen Zuständen oder besitzen ungeordnete Bereiche, die sich schlecht vorhersagen lassen. Außerdem ist die Struktur nur ein Puzzlestück. Ob ein Wirkstoff im Körper verträglich ist, ob er sein Ziel erreicht und ob er tatsächlich hilft, zeigt sich erst in Experimenten und klinischen Studien – und die dauern weiterhin Jahre.</p>"
                "<p>Ein nüchterner Blick lohnt sich deshalb auch für Dich: AlphaFold hat die Grundlagenforschung beschleunigt und ein wichtiges Werkzeug geschaffen. Die Schlagzeile „KI heilt Krankheiten“ wäre aber verfrüht.</p>"
            ),
            "image_alt": "Abstrakte Illustration einer gefalteten Proteinkette in leuchtenden Farben",
            "image_caption": "Die 3D-Form eines Proteins bestimmt maßgeblich seine Funktion.",
        },
        "en": {
            "title": "AlphaFold and its aftermath: what AI structure prediction means for medicine",
            "teaser": "Computing a protein's 3D shape from its sequence of amino acids was considered a core problem of biology for decades. AI has achieved a breakthrough here – yet the road to new drugs remains long.",
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Breakthrough", "Google DeepMind's AlphaFold 2 predicted protein structures with previously unmatched accuracy at the CASP14 competition in 2020."),
                ("Database", "Together with EMBL-EBI, predicted structures for a large share of known proteins were made freely available."),
                ("Nobel Prize", "In 2024, half of the Nobel Prize in Chemistry went to Demis Hassabis and John Jumper, the other half to David Baker for computational protein design."),
                ("Limits", "A predicted structure replaces neither lab experiments nor clinical trials."),
            ],
            "body": (
                "<p>Proteins are the body's working machines. What they do is closely tied to their three-dimensional shape. Determining that shape experimentally – for example with X-ray crystallography or cryo-electron microscopy – can take months or even years. For decades, researchers have therefore tried to compute the fold directly from the amino acid sequence.</p>"
                "<h2>What AlphaFold does differently</h2>"
                "<p>AlphaFold 2, described in detail in the journal Nature in 2021, combines information from the evolution of related proteins with a neural network architecture that models spatial relationships between amino acids. The system delivers not only a structure but also an estimate of how confident it is about individual regions. In practice, this confidence score is almost as important as the prediction itself. Its successor, AlphaFold 3, extends the approach to complexes of proteins, DNA, RNA and small molecules.</p>"
                "<h2>How medicine uses it</h2>"
                "<ul>"
                "<li><strong>Drug discovery:</strong> structural models help identify possible binding sites for drugs.</li>"
                "<li><strong>Understanding disease:</strong> researchers can estimate how mutations might affect the shape of a protein.</li>"
                "<li><strong>Neglected pathogens:</strong> structural models are now available even for little-studied parasites and bacteria.</li>"
                "<li><strong>Protein design:</strong> related methods help design entirely new proteins on the computer.</li>"
                "</ul>"
                "<h2>Where the limits are</h2>"
                "<p>As big as the progress is, proteins are not rigid sculptures. Many of them move, switch between states or have disordered regions that are hard to predict. Moreover, the structure is only one piece of the puzzle. Whether a compound is tolerated in the body, whether it reaches its target and whether it actually helps only becomes clear in experiments and clinical trials – and those still take years.</p>"
                "<p>So a sober view is worthwhile for you, too: AlphaFold has accelerated basic research and created an important tool. But the headline “AI cures diseases” would be premature.</p>"
            ),
            "image_alt": "Abstract illustration of a folded protein chain in bright colours",
            "image_caption": "A protein's 3D shape largely determines its function.",
        },
        "sources": [
            {"title_de": "Highly accurate protein structure prediction with AlphaFold", "title_en": "Highly accurate protein structure prediction with AlphaFold", "url": "https://www.nature.com/articles/s41586-021-03819-2", "publisher": "Nature", "date": "2021-07-15"},
            {"title_de": "AlphaFold (Wikipedia, englisch)", "title_en": "AlphaFold (Wikipedia)", "url": "https://en.wikipedia.org/wiki/AlphaFold", "publisher": "Wikipedia", "date": None},
            {"title_de": "Nobelpreis für Chemie 2024 – Zusammenfassung", "title_en": "The Nobel Prize in Chemistry 2024 – Summary", "url": "https://www.nobelprize.org/prizes/chemistry/2024/summary/", "publisher": "Nobel Prize Outreach", "date": None},
        ],
    },
    {
        "category": "forschung",
        "author": "anna",
        "hashtags": ["Gesundheit", "KI", "Forschung", "Sicherheit"],
        "days_ago": 5,
        "topic": "ai-health",
        "palette": ("#0d1b2a", "#90e0ef"),
        "de": {
            "title": "KI in der Radiologie: Zweitmeinung statt Ersatz für die Ärztin",
            "teaser": "Algorithmen markieren auffällige Stellen in Röntgenbildern, CT-Aufnahmen und Mammografien. Wie gut das funktioniert, hängt stark davon ab, wie die Systeme in den Klinikalltag eingebunden werden.",
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Einsatzfeld", "Bildgebende Verfahren liefern große Mengen standardisierter Daten und eignen sich daher besonders gut für KI-Auswertung."),
                ("Rolle", "Die meisten Systeme arbeiten als Assistenz, die Auffälligkeiten markiert oder Fälle priorisiert – die Diagnose stellt weiterhin ein Mensch."),
                ("Risiko", "Modelle können schlechter abschneiden, wenn Geräte, Patientengruppen oder Aufnahmeprotokolle von den Trainingsdaten abweichen."),
            ],
            "body": (
                "<p>Kaum ein Bereich der Medizin hat so früh und so intensiv mit KI experimentiert wie die Radiologie. Der Grund liegt auf der Hand: Röntgenbilder, Computertomografien und MRT-Aufnahmen sind digital, liegen in großen Mengen vor und folgen standardisierten Formaten. Für Bilderkennungsmodelle ist das ein ideales Trainingsfeld. Inzwischen sind zahlreiche Produkte als Medizinprodukte zugelassen.</p>"
                "<h2>Was die Systeme heute leisten</h2>"
                "<p>Typische Anwendungen sind eher unspektakulär, aber im Alltag nützlich. Die Software hebt verdächtige Rundherde in der Lunge hervor, vermisst Strukturen automatisch oder sortiert Aufnahmen so, dass dringende Fälle wie ein möglicher Schlaganfall zuerst auf dem Bildschirm landen.</p>"
                "<ul>"
                "<li><strong>Priorisierung:</strong> Akute Befunde rücken in der Arbeitsliste nach oben.</li>"
                "<li><strong>Zweitlesung:</strong> Beim Brustkrebs-Screening wird untersucht, ob KI einen der beiden menschlichen Befunder unterstützen oder teilweise ersetzen kann.</li>"
                "<li><strong>Vermessung:</strong> Volumen von Tumoren oder Organen werden automatisch und reproduzierbar bestimmt.</li>"
                "</ul>"
                "<h2>Warum Studienergebnisse nicht alles sind</h2>"
                "<p>Ein Modell, das in einer Studie hervorragend abschneidet, kann in einer anderen Klinik deutlich schlechter sein. Fachleute sprechen von Datenverschiebung: Andere Scanner, andere Einstellungen oder eine anders zusammengesetzte Patientengruppe reichen aus, um die Treffsicherheit zu verändern. Hinzu kommt der sogenannte Automation Bias – die Neigung, einer Maschine zu sehr zu vertrauen und eigene Zweifel zurückzustellen.</p>"
                "<blockquote><p>„Die KI ist für mich wie ein aufmerksamer Kollege, der nie müde wird. Aber ich muss wissen, wann er danebenliegt“, sagt ein Radiologe aus einer Hamburger Klinik.</p></blockquote>"
                "<h2>Worauf es ankommt</h2>"
                "<p>Entscheidend ist, wie die Systeme eingebettet werden: Werden ihre Ergebnisse nach der Einführung laufend überprüft? Wissen Ärztinnen und Ärzte, wofür ein Modell trainiert wurde und wofür nicht? Und wer trägt die Verantwortung, wenn etwas übersehen wird? Wenn Du das nächste Mal zur Untersuchung gehst, kann es gut sein, dass eine KI mitschaut – die Entscheidung trifft aber weiterhin ein Mensch.</p>"
            ),
            "image_alt": "Abstrakte Illustration eines Röntgenbildes mit farbig hervorgehobenen Bereichen",
            "image_caption": "KI-Systeme markieren Auffälligkeiten, die Diagnose bleibt ärztliche Aufgabe.",
        },
        "en": {
            "title": "AI in radiology: a second opinion, not a replacement for the doctor",
            "teaser": "Algorithms flag suspicious areas in X-rays, CT scans and mammograms. How well this works depends heavily on how the systems are integrated into everyday clinical practice.",
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Field of use", "Medical imaging produces large volumes of standardised data and is therefore particularly well suited to AI analysis."),
                ("Role", "Most systems act as assistants that flag abnormalities or prioritise cases – a human still makes the diagnosis."),
                ("Risk", "Models can perform worse when scanners, patient groups or imaging protocols differ from the training data."),
            ],
            "body": (
                "<p>Hardly any field of medicine experimented with AI as early and as intensively as radiology. The reason is obvious: X-rays, CT scans and MRI images are digital, available in large quantities and follow standardised formats. For image recognition models, that is an ideal training ground. By now, numerous products have been approved as medical devices.</p>"
                "<h2>What the systems do today</h2>"
                "<p>Typical applications are rather unspectacular but useful in daily work. The software highlights suspicious nodules in the lung, measures structures automatically or sorts images so that urgent cases such as a possible stroke appear on the screen first.</p>"
                "<ul>"
                "<li><strong>Prioritisation:</strong> acute findings move up the worklist.</li>"
                "<li><strong>Second reading:</strong> in breast cancer screening, researchers are studying whether AI can support or partly replace one of the two human readers.</li>"
                "<li><strong>Measurement:</strong> the volumes of tumours or organs are determined automatically and reproducibly.</li>"
                "</ul>"
                "<h2>Why study results are not everything</h2>"
                "<p>A model that performs excellently in a study can be considerably worse at another hospital. Experts call this dataset shift: different scanners, different settings or a differently composed patient population are enough to change its accuracy. On top of that comes so-called automation bias – the tendency to trust a machine too much and set aside one's own doubts.</p>"
                "<blockquote><p>“For me, the AI is like an attentive colleague who never gets tired. But I need to know when it is wrong,” says a radiologist at a hospital in Hamburg.</p></blockquote>"
                "<h2>What really matters</h2>"
                "<p>The decisive factor is how the systems are embedded: are their results continuously checked after deployment? Do doctors know what a model was trained for – and what not? And who bears responsibility if something is missed? The next time you go for an examination, it may well be that an AI is looking too – but the decision is still made by a human.</p>"
            ),
            "image_alt": "Abstract illustration of an X-ray image with colour-highlighted regions",
            "image_caption": "AI systems flag abnormalities; the diagnosis remains a doctor's job.",
        },
        "sources": [
            {"title_de": "Computerassistierte Diagnose (Wikipedia, englisch)", "title_en": "Computer-aided diagnosis (Wikipedia)", "url": "https://en.wikipedia.org/wiki/Computer-aided_diagnosis", "publisher": "Wikipedia", "date": None},
            {"title_de": "Automation Bias (Wikipedia, englisch)", "title_en": "Automation bias (Wikipedia)", "url": "https://en.wikipedia.org/wiki/Automation_bias", "publisher": "Wikipedia", "date": None},
        ],
    },
    {
        "category": "gesellschaft",
        "author": "mira",
        "hashtags": ["Gesundheit", "LLM", "EUAIAct", "Recht"],
        "days_ago": 19,
        "topic": "ai-health",
        "palette": ("#3c1642", "#1dd3b0"),
        "de": {
            "title": "Klinische Entscheidungshilfen: Wenn die KI bei der Therapie mitredet",
            "teaser": "Software, die Ärztinnen und Ärzten Diagnosen oder Behandlungen vorschlägt, wird immer leistungsfähiger. Damit stellen sich Fragen nach Transparenz, Verantwortung und Vertrauen.",
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Begriff", "Klinische Entscheidungsunterstützungssysteme werten Patientendaten aus und geben Hinweise, etwa auf Wechselwirkungen oder Risiken."),
                ("Neue Generation", "Große Sprachmodelle können Befunde zusammenfassen und Fragen beantworten, neigen aber zu überzeugend klingenden Fehlern."),
                ("Regulierung", "Software mit medizinischer Zweckbestimmung gilt in der EU als Medizinprodukt; der AI Act ergänzt weitere Anforderungen."),
                ("Verantwortung", "Die Entscheidung liegt nach heutigem Verständnis weiterhin bei den behandelnden Fachleuten."),
            ],
            "body": (
                "<p>Klinische Entscheidungsunterstützung ist keine neue Idee. Schon lange warnen Praxisprogramme, wenn sich zwei verordnete Medikamente nicht vertragen, oder errechnen Risikoscores für Herz-Kreislauf-Erkrankungen. Neu ist, dass lernende Systeme zunehmend komplexe Muster in Laborwerten, Vitaldaten und Arztbriefen erkennen – und dass große Sprachmodelle auf Fragen in natürlicher Sprache antworten.</p>"
                "<h2>Chancen im Klinikalltag</h2>"
                "<ul>"
                "<li><strong>Frühwarnung:</strong> Modelle können Hinweise auf eine sich anbahnende Blutvergiftung erkennen, die bei knapper Personaldecke leicht untergehen.</li>"
                "<li><strong>Dokumentation:</strong> Sprachmodelle fassen lange Krankengeschichten zusammen und entlasten so von Schreibarbeit.</li>"
                "<li><strong>Leitlinien:</strong> Systeme können aktuelle Behandlungsempfehlungen zum passenden Zeitpunkt einblenden.</li>"
                "</ul>"
                "<h2>Die Schattenseiten</h2>"
                "<p>Eine der größten Gefahren ist die Alarmmüdigkeit: Wer ständig Warnungen erhält, klickt sie irgendwann weg – auch die wichtigen. Umgekehrt kann zu viel Vertrauen dazu führen, dass ein falscher Vorschlag ungeprüft übernommen wird. Sprachmodelle verschärfen dieses Problem, weil sie auch dann flüssig und selbstsicher formulieren, wenn sie falschliegen. Hinzu kommt die Frage der Fairness: Wurde ein Modell überwiegend mit Daten bestimmter Patientengruppen trainiert, kann es bei anderen systematisch schlechter abschneiden.</p>"
                "<blockquote><p>„Ein Vorschlag, den ich nicht nachvollziehen kann, hilft mir am Krankenbett wenig“, sagt eine Internistin aus einem Kölner Krankenhaus.</p></blockquote>"
                "<h2>Wer trägt die Verantwortung?</h2>"
                "<p>In der EU gilt Software, die für Diagnose oder Therapie bestimmt ist, als Medizinprodukt und braucht eine entsprechende Konformitätsbewertung. Der europäische AI Act stuft solche KI-Systeme zudem als Hochrisiko-Anwendungen ein und verlangt unter anderem Risikomanagement, Dokumentation und menschliche Aufsicht. Offen ist vielerorts, wie Verantwortung und Haftung praktisch verteilt werden, wenn Mensch und Maschine gemeinsam entscheiden. Für Dich als Patientin oder Patient ist es legitim nachzufragen, ob und wie eine Software an Deiner Behandlung beteiligt war.</p>"
            ),
            "image_alt": "Abstrakte Illustration eines Klinikbildschirms mit Kurven und Hinweissymbolen",
            "image_caption": "Entscheidungshilfen sollen unterstützen, nicht entscheiden.",
        },
        "en": {
            "title": "Clinical decision support: when AI has a say in treatment",
            "teaser": "Software that suggests diagnoses or treatments to doctors is becoming ever more capable. That raises questions about transparency, responsibility and trust.",
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Definition", "Clinical decision support systems analyse patient data and provide alerts, for example about drug interactions or risks."),
                ("New generation", "Large language models can summarise findings and answer questions, but tend to make convincing-sounding mistakes."),
                ("Regulation", "In the EU, software with a medical purpose counts as a medical device; the AI Act adds further requirements."),
                ("Responsibility", "As things stand, the decision still lies with the treating professionals."),
            ],
            "body": (
                "<p>Clinical decision support is not a new idea. Practice software has long warned when two prescribed drugs do not go together, or calculated risk scores for cardiovascular disease. What is new is that learning systems increasingly detect complex patterns in lab values, vital signs and doctors' letters – and that large language models answer questions in natural language.</p>"
                "<h2>Opportunities in everyday hospital work</h2>"
                "<ul>"
                "<li><strong>Early warning:</strong> models can pick up signs of developing sepsis that are easily missed when staff are stretched thin.</li>"
                "<li><strong>Documentation:</strong> language models summarise long medical histories and thus reduce paperwork.</li>"
                "<li><strong>Guidelines:</strong> systems can display current treatment recommendations at the right moment.</li>"
                "</ul>"
                "<h2>The downsides</h2>"
                "<p>One of the biggest dangers is alarm fatigue: anyone who receives constant warnings will eventually click them away – including the important ones. Conversely, too much trust can lead to a wrong suggestion being adopted without checking. Language models aggravate this problem because they phrase things fluently and confidently even when they are wrong. Then there is the question of fairness: if a model was trained mainly on data from certain patient groups, it can perform systematically worse for others.</p>"
                "<blockquote><p>“A suggestion I can't follow doesn't help me much at the bedside,” says an internist at a hospital in Cologne.</p></blockquote>"
                "<h2>Who bears responsibility?</h2>"
                "<p>In the EU, software intended for diagnosis or therapy counts as a medical device and needs an appropriate conformity assessment. The European AI Act also classifies such AI systems as high-risk applications and requires, among other things, risk management, documentation and human oversight. In many places it remains unclear how responsibility and liability are shared in practice when human and machine decide together. As a patient, it is perfectly legitimate for you to ask whether and how software was involved in your treatment.</p>"
            ),
            "image_alt": "Abstract illustration of a hospital monitor with curves and alert symbols",
            "image_caption": "Decision support is meant to assist, not to decide.",
        },
        "sources": [
            {"title_de": "Klinisches Entscheidungsunterstützungssystem (Wikipedia, englisch)", "title_en": "Clinical decision support system (Wikipedia)", "url": "https://en.wikipedia.org/wiki/Clinical_decision_support_system", "publisher": "Wikipedia", "date": None},
            {"title_de": "EU AI Act (Wikipedia, englisch)", "title_en": "Artificial Intelligence Act (Wikipedia)", "url": "https://en.wikipedia.org/wiki/Artificial_Intelligence_Act", "publisher": "Wikipedia", "date": None},
        ],
    },
    # ------------------------------------------------------------------ ai-climate
    {
        "category": "forschung",
        "author": "anna",
        "hashtags": ["Klima", "Forschung", "KI"],
        "days_ago": 3,
        "topic": "ai-climate",
        "palette": ("#023e8a", "#ffd166"),
        "de": {
            "title": "Wettervorhersage mit KI: Wie lernende Modelle die Meteorologie verändern",
            "teaser": "Modelle wie GraphCast oder Pangu-Weather berechnen Vorhersagen in Minuten statt Stunden. Warum die klassische Physik trotzdem nicht ausgedient hat.",
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Klassisch", "Numerische Wettermodelle lösen physikalische Gleichungen auf Supercomputern und brauchen dafür viel Rechenzeit."),
                ("KI-Ansatz", "Lernende Modelle werden mit Jahrzehnten an Reanalysedaten trainiert und sagen den Zustand der Atmosphäre Schritt für Schritt voraus."),
                ("Tempo", "Eine mehrtägige Vorhersage entsteht mit solchen Modellen auf einem einzelnen Beschleunigerchip in sehr kurzer Zeit."),
                ("Abhängigkeit", "Die Startbedingungen für KI-Vorhersagen stammen weiterhin aus klassischer Datenassimilation."),
            ],
            "body": (
                "<p>Jeden Tag rechnen Wetterdienste auf einigen der größten Supercomputer der Welt. Numerische Wettermodelle zerlegen die Atmosphäre in ein dreidimensionales Gitter und lösen für jeden Punkt die Gleichungen der Strömungs- und Thermodynamik. Das ist aufwendig, hat die Vorhersagequalität aber über Jahrzehnte stetig verbessert.</p>"
                "<h2>Der KI-Umbruch</h2>"
                "<p>Seit etwa 2022 haben mehrere Forschungsteams gezeigt, dass es auch anders geht. Modelle wie Pangu-Weather von Huawei und GraphCast von Google DeepMind lernen aus historischen Wetterdaten – vor allem aus der ERA5-Reanalyse des Europäischen Zentrums für mittelfristige Wettervorhersage (EZMW) –, wie sich die Atmosphäre von einem Zeitschritt zum nächsten entwickelt. Beide Arbeiten erschienen in renommierten Fachzeitschriften und schnitten bei vielen Kennzahlen im Vergleich zum klassischen Spitzenmodell gut ab. Das EZMW hat inzwischen mit AIFS ein eigenes KI-Modell entwickelt.</p>"
                "<ul>"
                "<li><strong>Geschwindigkeit:</strong> Eine Zehn-Tages-Vorhersage braucht Minuten statt Stunden Rechenzeit.</li>"
                "<li><strong>Energie:</strong> Ist das Modell einmal trainiert, verbraucht jede Vorhersage nur einen Bruchteil des Stroms.</li>"
                "<li><strong>Ensembles:</strong> Weil einzelne Läufe günstig sind, lassen sich viele Varianten berechnen, um Unsicherheiten abzuschätzen.</li>"
                "</ul>"
                "<h2>Wo es hakt</h2>"
                "<p>KI-Wettermodelle haben bekannte Schwächen. Ihre Vorhersagen wirken mit zunehmender Vorlaufzeit oft geglättet, Extremwerte können unterschätzt werden, und seltene Wetterlagen, die in den Trainingsdaten kaum vorkommen, sind schwierig. Außerdem brauchen sie einen Startzustand der Atmosphäre. Diesen liefert weiterhin die klassische Datenassimilation, die Messungen von Satelliten, Wetterballons und Bodenstationen mit einem physikalischen Modell zusammenführt.</p>"
                "<h2>Was das für Dich bedeutet</h2>"
                "<p>Die Wetter-App auf Deinem Handy wird sich nicht über Nacht verändern. Wahrscheinlicher ist ein hybrider Weg: Wetterdienste kombinieren physikalische und lernende Modelle und nutzen die Stärken beider. Gerade für Warnungen vor Stürmen, Starkregen oder Hitzewellen könnte die zusätzliche Geschwindigkeit helfen, Risiken früher und genauer einzuschätzen.</p>"
            ),
            "image_alt": "Abstrakte Illustration eines Globus mit Wirbeln und Strömungslinien",
            "image_caption": "KI-Modelle lernen aus Jahrzehnten historischer Wetterdaten.",
        },
        "en": {
            "title": "Weather forecasting with AI: how learning models are changing meteorology",
            "teaser": "Models such as GraphCast or Pangu-Weather compute forecasts in minutes instead of hours. Why classical physics has nevertheless not become obsolete.",
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Classical", "Numerical weather models solve physical equations on supercomputers and need a lot of computing time to do so."),
                ("AI approach", "Learning models are trained on decades of reanalysis data and predict the state of the atmosphere step by step."),
                ("Speed", "With such models, a multi-day forecast is produced on a single accelerator chip in a very short time."),
                ("Dependency", "The starting conditions for AI forecasts still come from classical data assimilation."),
            ],
            "body": (
                "<p>Every day, weather services run computations on some of the largest supercomputers in the world. Numerical weather models divide the atmosphere into a three-dimensional grid and solve the equations of fluid dynamics and thermodynamics for each point. This is costly, but it has steadily improved forecast quality over decades.</p>"
                "<h2>The AI upheaval</h2>"
                "<p>Since around 2022, several research teams have shown that there is another way. Models such as Huawei's Pangu-Weather and Google DeepMind's GraphCast learn from historical weather data – above all from the ERA5 reanalysis of the European Centre for Medium-Range Weather Forecasts (ECMWF) – how the atmosphere evolves from one time step to the next. Both studies appeared in renowned journals and performed well on many metrics compared with the leading classical model. ECMWF has since developed its own AI model, AIFS.</p>"
                "<ul>"
                "<li><strong>Speed:</strong> a ten-day forecast takes minutes rather than hours of computing time.</li>"
                "<li><strong>Energy:</strong> once the model is trained, each forecast uses only a fraction of the electricity.</li>"
                "<li><strong>Ensembles:</strong> because individual runs are cheap, many variants can be computed to estimate uncertainty.</li>"
                "</ul>"
                "<h2>Where it falls short</h2>"
                "<p>AI weather models have known weaknesses. Their forecasts often look smoothed as lead time increases, extreme values can be underestimated, and rare weather situations that barely appear in the training data are difficult. They also need a starting state of the atmosphere. This is still provided by classical data assimilation, which merges measurements from satellites, weather balloons and ground stations with a physical model.</p>"
                "<h2>What this means for you</h2>"
                "<p>The weather app on your phone will not change overnight. A hybrid path is more likely: weather services combine physical and learning models and use the strengths of both. Especially for warnings of storms, heavy rain or heatwaves, the extra speed could help assess risks earlier and more precisely.</p>"
            ),
            "image_alt": "Abstract illustration of a globe with swirls and flow lines",
            "image_caption": "AI models learn from decades of historical weather data.",
        },
        "sources": [
            {"title_de": "Learning skillful medium-range global weather forecasting (GraphCast)", "title_en": "Learning skillful medium-range global weather forecasting (GraphCast)", "url": "https://www.science.org/doi/10.1126/science.adi2336", "publisher": "Science", "date": None},
            {"title_de": "Accurate medium-range global weather forecasting with 3D neural networks (Pangu-Weather)", "title_en": "Accurate medium-range global weather forecasting with 3D neural networks (Pangu-Weather)", "url": "https://www.nature.com/articles/s41586-023-06185-3", "publisher": "Nature", "date": None},
            {"title_de": "Numerische Wettervorhersage (Wikipedia, englisch)", "title_en": "Numerical weather prediction (Wikipedia)", "url": "https://en.wikipedia.org/wiki/Numerical_weather_prediction", "publisher": "Wikipedia", "date": None},
        ],
    },
    {
        "category": "wirtschaft",
        "author": "jonas",
        "hashtags": ["Energie", "Klima", "KI", "Mittelstand"],
        "days_ago": 9,
        "topic": "ai-climate",
        "palette": ("#1b4332", "#f9c74f"),
        "de": {
            "title": "Stromnetz mit Weitblick: Wo KI der Energiewende praktisch hilft",
            "teaser": "Wind und Sonne liefern nicht nach Fahrplan. Prognosemodelle, intelligente Steuerung und vorausschauende Wartung sollen das Stromnetz flexibler machen – ein Überblick über die wichtigsten Einsatzfelder.",
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Problem", "Je mehr Strom aus Wind und Sonne stammt, desto wichtiger werden genaue Vorhersagen von Erzeugung und Verbrauch."),
                ("Einsatz", "KI wird für Erzeugungsprognosen, Engpassmanagement, Batteriesteuerung und Wartung genutzt."),
                ("Flexibilität", "Virtuelle Kraftwerke bündeln viele kleine Anlagen und werden mit datengetriebenen Modellen gesteuert."),
                ("Kehrseite", "Rechenzentren für KI erhöhen selbst den Strombedarf und stellen Netzbetreiber vor neue Planungsaufgaben."),
            ],
            "body": (
                "<p>Ein Stromnetz funktioniert nur, wenn Erzeugung und Verbrauch in jedem Moment im Gleichgewicht sind. Früher passten große Kraftwerke ihre Leistung an die recht gut planbare Nachfrage an. Mit dem Ausbau von Wind- und Solarenergie hat sich das Bild gedreht: Nun schwankt auch die Erzeugung – abhängig von Wolken, Windböen und Jahreszeit. Hier kommt KI ins Spiel.</p>"
                "<h2>Die wichtigsten Einsatzfelder</h2>"
                "<ol>"
                "<li><strong>Erzeugungsprognosen:</strong> Modelle verknüpfen Wettervorhersagen, Satellitenbilder und historische Messwerte, um die Einspeisung von Wind- und Solarparks für die nächsten Stunden und Tage abzuschätzen.</li>"
                "<li><strong>Lastvorhersage:</strong> Auch der Verbrauch wird genauer prognostiziert, etwa unter Berücksichtigung von Feiertagen, Temperatur und wachsender Elektromobilität.</li>"
                "<li><strong>Netzengpässe:</strong> Netzbetreiber nutzen datengetriebene Analysen, um Überlastungen früh zu erkennen und Gegenmaßnahmen zu planen.</li>"
                "<li><strong>Speichersteuerung:</strong> Algorithmen entscheiden, wann Batteriespeicher laden oder entladen – abhängig von Preisen und Netzsituation.</li>"
                "<li><strong>Wartung:</strong> Sensordaten von Transformatoren oder Windturbinen helfen, Schäden zu erkennen, bevor es zum Ausfall kommt.</li>"
                "</ol>"
                "<h2>Virtuelle Kraftwerke</h2>"
                "<p>Besonders spannend für Unternehmen sind virtuelle Kraftwerke. Dabei werden viele kleine Anlagen – Solardächer, Blockheizkraftwerke, Wärmepumpen oder Firmenbatterien – digital gebündelt und wie ein großes Kraftwerk am Strommarkt eingesetzt. Damit das funktioniert, braucht es Vorhersagen für jede einzelne Anlage und eine Steuerung, die nahezu in Echtzeit reagiert.</p>"
                "<blockquote><p>„Früher haben wir Kraftwerke nach Fahrplan gefahren. Heute planen wir mit Wahrscheinlichkeiten“, sagt eine Netzingenieurin eines regionalen Verteilnetzbetreibers.</p></blockquote>"
                "<h2>Die andere Seite der Rechnung</h2>"
                "<p>Ironischerweise ist KI selbst ein wachsender Stromverbraucher. Neue Rechenzentren benötigen große Anschlussleistungen, und in manchen Regionen wird das Netz dadurch zum Engpass. Für Deinen Betrieb kann sich ein genauer Blick trotzdem lohnen: Wer eigene Erzeugung, Speicher oder flexible Lasten hat, kann mit guten Prognosen Kosten senken und gleichzeitig das Netz entlasten.</p>"
            ),
            "image_alt": "Abstrakte Illustration von Windrädern, Solarpaneelen und Stromleitungen mit Datenpunkten",
            "image_caption": "Prognosen helfen, schwankende Erzeugung und Verbrauch auszugleichen.",
        },
        "en": {
            "title": "A far-sighted power grid: where AI practically helps the energy transition",
            "teaser": "Wind and sun do not deliver on schedule. Forecasting models, smart control and predictive maintenance are meant to make the grid more flexible – an overview of the most important use cases.",
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Problem", "The more electricity comes from wind and solar, the more important accurate forecasts of generation and consumption become."),
                ("Use cases", "AI is used for generation forecasts, congestion management, battery control and maintenance."),
                ("Flexibility", "Virtual power plants bundle many small installations and are controlled with data-driven models."),
                ("Flip side", "Data centres for AI themselves increase electricity demand and confront grid operators with new planning tasks."),
            ],
            "body": (
                "<p>A power grid only works if generation and consumption are in balance at every moment. In the past, large power plants adjusted their output to fairly predictable demand. With the expansion of wind and solar energy, the picture has turned around: now generation fluctuates too – depending on clouds, gusts of wind and the season. This is where AI comes in.</p>"
                "<h2>The most important use cases</h2>"
                "<ol>"
                "<li><strong>Generation forecasts:</strong> models combine weather forecasts, satellite images and historical measurements to estimate the output of wind and solar farms for the next hours and days.</li>"
                "<li><strong>Load forecasting:</strong> consumption is also predicted more accurately, for example taking into account public holidays, temperature and growing electric mobility.</li>"
                "<li><strong>Grid congestion:</strong> grid operators use data-driven analyses to detect overloads early and plan countermeasures.</li>"
                "<li><strong>Storage control:</strong> algorithms decide when battery storage charges or discharges – depending on prices and the grid situation.</li>"
                "<li><strong>Maintenance:</strong> sensor data from transformers or wind turbines help detect damage before a failure occurs.</li>"
                "</ol>"
                "<h2>Virtual power plants</h2>"
                "<p>Virtual power plants are particularly interesting for businesses. Many small installations – rooftop solar, combined heat and power units, heat pumps or company batteries – are bundled digitally and deployed on the electricity market like one large power plant. For this to work, you need forecasts for every single installation and a control system that reacts in near real time.</p>"
                "<blockquote><p>“We used to run power plants according to a schedule. Today we plan with probabilities,” says a grid engineer at a regional distribution system operator.</p></blockquote>"
                "<h2>The other side of the equation</h2>"
                "<p>Ironically, AI itself is a growing consumer of electricity. New data centres require large grid connections, and in some regions the grid is becoming a bottleneck as a result. Still, a close look can pay off for your business: if you have your own generation, storage or flexible loads, good forecasts can lower costs and relieve the grid at the same time.</p>"
            ),
            "image_alt": "Abstract illustration of wind turbines, solar panels and power lines with data points",
            "image_caption": "Forecasts help balance fluctuating generation and consumption.",
        },
        "sources": [
            {"title_de": "Intelligentes Stromnetz (Wikipedia, englisch)", "title_en": "Smart grid (Wikipedia)", "url": "https://en.wikipedia.org/wiki/Smart_grid", "publisher": "Wikipedia", "date": None},
            {"title_de": "Virtuelles Kraftwerk (Wikipedia, englisch)", "title_en": "Virtual power plant (Wikipedia)", "url": "https://en.wikipedia.org/wiki/Virtual_power_plant", "publisher": "Wikipedia", "date": None},
        ],
    },
    {
        "category": "forschung",
        "author": "anna",
        "hashtags": ["Klima", "Forschung", "KI"],
        "days_ago": 45,
        "topic": "ai-climate",
        "palette": ("#264653", "#e9c46a"),
        "de": {
            "title": "KI in der Klimaforschung: Schnellere Modelle, neue Fragen",
            "teaser": "Klimasimulationen gehören zu den rechenintensivsten Aufgaben der Wissenschaft. Maschinelles Lernen soll sie beschleunigen und verfeinern – ohne die Physik aus dem Blick zu verlieren.",
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Ausgangslage", "Globale Klimamodelle rechnen mit groben Gittern, weil feine Auflösungen enorm viel Rechenzeit kosten."),
                ("Emulatoren", "Lernende Modelle können aufwendige Simulationen nachahmen und so viele Szenarien schnell durchspielen."),
                ("Downscaling", "KI hilft, grobe Klimaprojektionen auf regionale Skalen herunterzurechnen."),
                ("Vorsicht", "Weil sich das Klima verändert, müssen Modelle auch unter Bedingungen funktionieren, die es in den Trainingsdaten nie gab."),
            ],
            "body": (
                "<p>Klimamodelle simulieren das Zusammenspiel von Atmosphäre, Ozeanen, Eis und Landoberflächen über Jahrzehnte und Jahrhunderte. Sie sind eine Grundlage für die Berichte des Weltklimarats IPCC und für die Planung von Anpassungsmaßnahmen. Ihr Problem: Viele wichtige Prozesse – etwa die Bildung einzelner Wolken – sind kleiner als die Gitterzellen, mit denen die Modelle rechnen. Sie werden daher über vereinfachte Näherungen, sogenannte Parametrisierungen, beschrieben. Genau dort liegt eine der größten Unsicherheitsquellen.</p>"
                "<h2>Vier Wege, wie KI hilft</h2>"
                "<ul>"
                "<li><strong>Bessere Parametrisierungen:</strong> Neuronale Netze lernen aus hochaufgelösten Simulationen, wie sich kleinräumige Prozesse auf das große Ganze auswirken.</li>"
                "<li><strong>Emulatoren:</strong> Ein trainiertes Modell ahmt eine teure Simulation nach und kann so sehr viele Emissionsszenarien in kurzer Zeit durchspielen.</li>"
                "<li><strong>Downscaling:</strong> Grobe globale Projektionen werden auf die Ebene von Regionen oder Flusseinzugsgebieten verfeinert.</li>"
                "<li><strong>Datenanalyse:</strong> Algorithmen durchsuchen riesige Datenmengen nach Mustern, etwa nach Vorboten von Extremereignissen.</li>"
                "</ul>"
                "<h2>Hybrid statt Blackbox</h2>"
                "<p>Anders als bei der Wettervorhersage lässt sich ein Klimamodell nicht einfach Tag für Tag mit der Realität abgleichen. Niemand kann bis zum Jahr 2080 warten, um eine Projektion zu überprüfen. Ein rein datengetriebenes Modell, das nur die Vergangenheit kennt, könnte in einem wärmeren Klima unplausible Ergebnisse liefern. Viele Forschungsgruppen setzen deshalb auf hybride Ansätze, bei denen physikalische Gesetze wie die Erhaltung von Energie und Masse fest eingebaut bleiben und KI nur einzelne Bausteine ersetzt.</p>"
                "<h2>Was auf dem Spiel steht</h2>"
                "<p>Gelingt die Verbindung, könnten Klimaprojektionen schneller, regional genauer und mit besser beschriebenen Unsicherheiten entstehen. Das wäre für Kommunen, Landwirtschaft und Versicherungen wertvoll, die sich auf Hitze, Dürre oder Hochwasser vorbereiten müssen. Wenn Du also künftig von einer KI-gestützten Klimastudie liest, lohnt die Frage: Wurde geprüft, ob das Modell auch außerhalb der bekannten Vergangenheit verlässlich bleibt?</p>"
            ),
            "image_alt": "Abstrakte Illustration einer Erdkugel, überzogen mit einem Rechengitter",
            "image_caption": "Klimamodelle zerlegen die Erde in Gitterzellen – KI soll die Lücken dazwischen füllen.",
        },
        "en": {
            "title": "AI in climate research: faster models, new questions",
            "teaser": "Climate simulations are among the most computationally demanding tasks in science. Machine learning is meant to speed them up and refine them – without losing sight of the physics.",
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Starting point", "Global climate models compute on coarse grids because fine resolutions cost an enormous amount of computing time."),
                ("Emulators", "Learning models can mimic expensive simulations and thus run through many scenarios quickly."),
                ("Downscaling", "AI helps scale coarse climate projections down to regional levels."),
                ("Caution", "Because the climate is changing, models must also work under conditions that never appeared in the training data."),
            ],
            "body": (
                "<p>Climate models simulate the interplay of atmosphere, oceans, ice and land surfaces over decades and centuries. They are one of the foundations for the reports of the Intergovernmental Panel on Climate Change (IPCC) and for planning adaptation measures. Their problem: many important processes – such as the formation of individual clouds – are smaller than the grid cells the models compute with. They are therefore described by simplified approximations, so-called parameterisations. This is precisely where one of the largest sources of uncertainty lies.</p>"
                "<h2>Four ways AI helps</h2>"
                "<ul>"
                "<li><strong>Better parameterisations:</strong> neural networks learn from high-resolution simulations how small-scale processes affect the big picture.</li>"
                "<li><strong>Emulators:</strong> a trained model imitates an expensive simulation and can thus run through a very large number of emission scenarios in a short time.</li>"
                "<li><strong>Downscaling:</strong> coarse global projections are refined to the level of regions or river basins.</li>"
                "<li><strong>Data analysis:</strong> algorithms search huge volumes of data for patterns, such as precursors of extreme events.</li>"
                "</ul>"
                "<h2>Hybrid instead of black box</h2>"
                "<p>Unlike weather forecasting, a climate model cannot simply be checked against reality day by day. Nobody can wait until the year 2080 to verify a projection. A purely data-driven model that only knows the past could produce implausible results in a warmer climate. Many research groups therefore rely on hybrid approaches, in which physical laws such as the conservation of energy and mass remain firmly built in and AI replaces only individual components.</p>"
                "<h2>What is at stake</h2>"
                "<p>If the combination succeeds, climate projections could be produced faster, with more regional detail and with better-described uncertainties. That would be valuable for municipalities, agriculture and insurers who have to prepare for heat, drought or floods. So when you read about an AI-assisted climate study in future, it is worth asking: was it checked whether the model remains reliable beyond the known past?</p>"
            ),
            "image_alt": "Abstract illustration of a globe covered with a computational grid",
            "image_caption": "Climate models divide the Earth into grid cells – AI is meant to fill the gaps in between.",
        },
        "sources": [
            {"title_de": "Klimamodell (Wikipedia, englisch)", "title_en": "Climate model (Wikipedia)", "url": "https://en.wikipedia.org/wiki/Climate_model", "publisher": "Wikipedia", "date": None},
            {"title_de": "Allgemeines Zirkulationsmodell (Wikipedia, englisch)", "title_en": "General circulation model (Wikipedia)", "url": "https://en.wikipedia.org/wiki/General_circulation_model", "publisher": "Wikipedia", "date": None},
            {"title_de": "Weltklimarat IPCC", "title_en": "Intergovernmental Panel on Climate Change (IPCC)", "url": "https://www.ipcc.ch/", "publisher": "IPCC", "date": None},
        ],
    },
    # ------------------------------------------------------------------ genai-images
    {
        "category": "praxis",
        "author": "jonas",
        "hashtags": ["Bildgenerierung", "Sicherheit", "KI"],
        "days_ago": 6,
        "topic": "genai-images",
        "palette": ("#22223b", "#c9ada7"),
        "de": {
            "title": "Content Credentials erklärt: So prüfst Du, woher ein Bild stammt",
            "teaser": "Der offene Standard C2PA soll die Herkunft von Fotos, Grafiken und Videos nachvollziehbar machen. Wir zeigen, wie das funktioniert – und warum Du Dich nicht allein darauf verlassen solltest.",
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Standard", "C2PA ist eine offene technische Spezifikation, hinter der unter anderem Adobe, Microsoft, die BBC und Intel stehen."),
                ("Prinzip", "Herkunftsangaben werden kryptografisch signiert an eine Datei gebunden, sodass nachträgliche Änderungen auffallen."),
                ("Prüfen", "Mit öffentlichen Prüfwerkzeugen lässt sich einsehen, ob ein Bild Content Credentials enthält und was sie aussagen."),
                ("Lücke", "Fehlen die Angaben, beweist das nichts – Metadaten gehen beim Hochladen oder bei Screenshots oft verloren."),
            ],
            "body": (
                "<p>Ob ein Foto echt ist oder von einem Bildgenerator stammt, lässt sich mit bloßem Auge immer schwerer erkennen. Statt ausschließlich auf Fälschungserkennung zu setzen, verfolgt ein Bündnis aus Technologie- und Medienunternehmen einen anderen Weg: Es will die Herkunft von Inhalten dokumentieren. Der Standard dafür stammt von der Coalition for Content Provenance and Authenticity, kurz C2PA. Im Alltag begegnet er Dir unter dem Namen Content Credentials.</p>"
                "<h2>Wie Content Credentials funktionieren</h2>"
                "<p>Eine Kamera, ein Bildbearbeitungsprogramm oder ein KI-Generator kann einer Datei ein sogenanntes Manifest beifügen. Darin steht zum Beispiel, mit welchem Gerät oder Werkzeug ein Bild entstanden ist, welche Bearbeitungsschritte folgten und ob generative KI beteiligt war. Das Manifest wird digital signiert. Wird das Bild später verändert, ohne dass das Manifest korrekt fortgeschrieben wird, schlägt die Prüfung fehl.</p>"
                "<h2>So gehst Du in der Praxis vor</h2>"
                "<ol>"
                "<li><strong>Symbol suchen:</strong> Manche Plattformen und Programme zeigen ein kleines „CR“-Zeichen an, wenn Content Credentials vorhanden sind.</li>"
                "<li><strong>Prüfwerkzeug nutzen:</strong> Über die Website contentcredentials.org kannst Du eine Datei prüfen und die hinterlegten Angaben einsehen.</li>"
                "<li><strong>Kette lesen:</strong> Achte darauf, wer signiert hat und welche Bearbeitungen verzeichnet sind.</li>"
                "<li><strong>Kontext prüfen:</strong> Vergleiche die Angaben mit anderen Quellen, etwa dem ursprünglichen Veröffentlichungsort.</li>"
                "</ol>"
                "<h2>Die Grenzen des Systems</h2>"
                "<p>Content Credentials sind ein Herkunftsnachweis, kein Lügendetektor. Sie zeigen, was der Ersteller über eine Datei erklärt und signiert hat. Viele Plattformen entfernen Metadaten beim Hochladen, und ein einfacher Screenshot lässt die Angaben ganz verschwinden. Deshalb werden die Manifeste zunehmend mit unsichtbaren Wasserzeichen kombiniert, über die sich die Herkunftsdaten auch nach einer Bearbeitung wiederfinden lassen. Wichtig: Ein Bild ohne Content Credentials ist nicht automatisch gefälscht – die allermeisten Bilder im Netz tragen schlicht noch keine.</p>"
                "<p>Für Redaktionen, Agenturen und Unternehmen lohnt es sich trotzdem, den Standard jetzt einzuführen. Je mehr seriöse Quellen ihre Inhalte signieren, desto aussagekräftiger wird das Signal.</p>"
            ),
            "image_alt": "Abstrakte Illustration eines Fotos mit einem digitalen Siegel und einer Informationskette",
            "image_caption": "Signierte Herkunftsangaben sollen zeigen, wie ein Bild entstanden ist.",
        },
        "en": {
            "title": "Content Credentials explained: how to check where an image comes from",
            "teaser": "The open C2PA standard is meant to make the origin of photos, graphics and videos traceable. We show how it works – and why you shouldn't rely on it alone.",
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Standard", "C2PA is an open technical specification backed by Adobe, Microsoft, the BBC and Intel, among others."),
                ("Principle", "Provenance information is cryptographically signed and bound to a file, so later changes become apparent."),
                ("Checking", "Public verification tools let you see whether an image contains Content Credentials and what they say."),
                ("Gap", "Missing information proves nothing – metadata is often lost on upload or when taking screenshots."),
            ],
            "body": (
                "<p>Whether a photo is real or comes from an image generator is becoming ever harder to tell with the naked eye. Instead of relying solely on detecting fakes, an alliance of technology and media companies is taking a different route: it wants to document the origin of content. The standard for this comes from the Coalition for Content Provenance and Authenticity, or C2PA. In everyday life, you will encounter it under the name Content Credentials.</p>"
                "<h2>How Content Credentials work</h2>"
                "<p>A camera, an image editing program or an AI generator can attach a so-called manifest to a file. It records, for example, which device or tool created an image, which editing steps followed and whether generative AI was involved. The manifest is digitally signed. If the image is later changed without the manifest being updated correctly, verification fails.</p>"
                "<h2>How to go about it in practice</h2>"
                "<ol>"
                "<li><strong>Look for the icon:</strong> some platforms and programs display a small “CR” mark when Content Credentials are present.</li>"
                "<li><strong>Use a verification tool:</strong> via the contentcredentials.org website you can check a file and view the stored information.</li>"
                "<li><strong>Read the chain:</strong> pay attention to who signed and which edits are recorded.</li>"
                "<li><strong>Check the context:</strong> compare the information with other sources, such as the original place of publication.</li>"
                "</ol>"
                "<h2>The limits of the system</h2>"
                "<p>Content Credentials are proof of provenance, not a lie detector. They show what the creator declared and signed about a file. Many platforms strip metadata on upload, and a simple screenshot makes the information disappear entirely. That is why manifests are increasingly combined with invisible watermarks, which allow the provenance data to be recovered even after editing. Important: an image without Content Credentials is not automatically fake – the vast majority of images online simply do not carry any yet.</p>"
                "<p>Even so, it is worth it for newsrooms, agencies and companies to adopt the standard now. The more reputable sources sign their content, the more meaningful the signal becomes.</p>"
            ),
            "image_alt": "Abstract illustration of a photo with a digital seal and a chain of information",
            "image_caption": "Signed provenance information is meant to show how an image was created.",
        },
        "sources": [
            {"title_de": "C2PA – Coalition for Content Provenance and Authenticity", "title_en": "C2PA – Coalition for Content Provenance and Authenticity", "url": "https://c2pa.org/", "publisher": "C2PA", "date": None},
            {"title_de": "Content Credentials – Prüfen und Verstehen", "title_en": "Content Credentials", "url": "https://contentcredentials.org/", "publisher": "Content Authenticity Initiative", "date": None},
            {"title_de": "Digitales Wasserzeichen (Wikipedia, englisch)", "title_en": "Digital watermarking (Wikipedia)", "url": "https://en.wikipedia.org/wiki/Digital_watermarking", "publisher": "Wikipedia", "date": None},
        ],
    },
    {
        "category": "gesellschaft",
        "author": "mira",
        "hashtags": ["Bildgenerierung", "Sicherheit", "EUAIAct", "Recht"],
        "days_ago": 0,
        "topic": "genai-images",
        "palette": ("#240046", "#ff6d00"),
        "de": {
            "title": "Deepfakes im Alltag: Warum Erkennen allein nicht mehr reicht",
            "teaser": "Täuschend echte Bilder, Videos und Stimmen lassen sich heute mit frei verfügbaren Werkzeugen erzeugen. Was das für Vertrauen, Sicherheit und Recht bedeutet – und wie Du Dich schützen kannst.",
            "key_facts_heading": "Das musst Du wissen",
            "key_facts": [
                ("Begriff", "Deepfakes sind mit KI erzeugte oder manipulierte Medien, die reale Personen täuschend echt darstellen."),
                ("Gefahren", "Neben politischer Desinformation sind Betrug mit geklonten Stimmen und nicht einvernehmliche intime Bilder besonders verbreitete Probleme."),
                ("Erkennung", "Automatische Detektoren bieten keine verlässliche Sicherheit, weil sich die Generatoren ständig verbessern."),
                ("Recht", "Der EU AI Act verpflichtet dazu, Deepfakes als künstlich erzeugt oder verändert kenntlich zu machen."),
            ],
            "body": (
                "<p>Noch vor wenigen Jahren brauchte man für ein überzeugendes gefälschtes Video viel Rechenleistung, Fachwissen und stundenlanges Ausgangsmaterial. Heute genügen oft ein paar Fotos oder wenige Sekunden Sprachaufnahme. Bild- und Videogeneratoren sowie Werkzeuge zum Stimmenklonen sind frei verfügbar – für kreative Projekte ebenso wie für Täuschung.</p>"
                "<h2>Wo Deepfakes Schaden anrichten</h2>"
                "<ul>"
                "<li><strong>Betrug:</strong> Kriminelle imitieren die Stimme von Angehörigen oder Vorgesetzten, um Geldüberweisungen auszulösen – eine moderne Variante des Enkeltricks.</li>"
                "<li><strong>Bloßstellung:</strong> Ein großer Teil der Deepfakes sind nicht einvernehmliche sexualisierte Darstellungen, die vor allem Frauen treffen.</li>"
                "<li><strong>Desinformation:</strong> Gefälschte Aufnahmen von Politikerinnen und Politikern können vor Wahlen gezielt Verwirrung stiften.</li>"
                "<li><strong>Vertrauensverlust:</strong> Selbst echte Aufnahmen lassen sich leichter als „Fake“ abtun – Fachleute sprechen von der Lügnerdividende.</li>"
                "</ul>"
                "<h2>Warum Erkennung an Grenzen stößt</h2>"
                "<p>Detektionssoftware sucht nach typischen Spuren der Generierung. Doch jede neue Modellgeneration beseitigt alte Fehler, und einfache Veränderungen wie Komprimierung oder ein Screenshot können Spuren verwischen. Fachleute setzen daher auf mehrere Ebenen: Herkunftsnachweise wie Content Credentials, Wasserzeichen in KI-generierten Inhalten, schnelle Meldewege auf Plattformen und Medienkompetenz.</p>"
                "<blockquote><p>„Die Frage ist nicht mehr nur, ob etwas gefälscht aussieht, sondern ob die Quelle vertrauenswürdig ist“, sagt eine Medienpädagogin aus Leipzig.</p></blockquote>"
                "<h2>Was Du tun kannst</h2>"
                "<p>Vereinbare mit Deiner Familie ein Codewort für Notfälle am Telefon. Rufe bei ungewöhnlichen Geldforderungen über eine bekannte Nummer zurück. Prüfe bei aufsehenerregenden Videos, wer sie zuerst veröffentlicht hat. Auch die Politik reagiert: Der europäische AI Act verlangt, dass Deepfakes als solche gekennzeichnet werden, und mehrere Länder haben ihre Gesetze gegen nicht einvernehmliche Deepfake-Bilder verschärft. Ganz verhindern lässt sich Missbrauch damit nicht – aber ein gesundes Maß an Skepsis ist der beste Schutz.</p>"
            ),
            "image_alt": "Abstrakte Illustration eines Gesichts, das in zwei leicht verschobene Hälften zerfällt",
            "image_caption": "Deepfakes verwischen die Grenze zwischen echter und erzeugter Aufnahme.",
        },
        "en": {
            "title": "Deepfakes in everyday life: why detection alone is no longer enough",
            "teaser": "Deceptively real images, videos and voices can now be created with freely available tools. What this means for trust, security and the law – and how you can protect yourself.",
            "key_facts_heading": "What you need to know",
            "key_facts": [
                ("Definition", "Deepfakes are AI-generated or manipulated media that depict real people in a deceptively realistic way."),
                ("Dangers", "Besides political disinformation, fraud with cloned voices and non-consensual intimate images are especially widespread problems."),
                ("Detection", "Automatic detectors offer no reliable protection because generators keep improving."),
                ("Law", "The EU AI Act requires deepfakes to be disclosed as artificially generated or manipulated."),
            ],
            "body": (
                "<p>Just a few years ago, a convincing fake video required a lot of computing power, expertise and hours of source material. Today, a few photos or a few seconds of voice recording are often enough. Image and video generators as well as voice-cloning tools are freely available – for creative projects as well as for deception.</p>"
                "<h2>Where deepfakes cause harm</h2>"
                "<ul>"
                "<li><strong>Fraud:</strong> criminals imitate the voice of relatives or managers to trigger money transfers – a modern version of the grandparent scam.</li>"
                "<li><strong>Exposure:</strong> a large share of deepfakes are non-consensual sexualised depictions that mainly target women.</li>"
                "<li><strong>Disinformation:</strong> fake recordings of politicians can be used to deliberately sow confusion before elections.</li>"
                "<li><strong>Loss of trust:</strong> even genuine recordings can more easily be dismissed as “fake” – experts call this the liar's dividend.</li>"
                "</ul>"
                "<h2>Why detection hits its limits</h2>"
                "<p>Detection software looks for typical traces of generation. But every new generation of models eliminates old flaws, and simple changes such as compression or a screenshot can blur those traces. Experts therefore rely on several layers: provenance records such as Content Credentials, watermarks in AI-generated content, fast reporting channels on platforms, and media literacy.</p>"
                "<blockquote><p>“The question is no longer just whether something looks fake, but whether the source is trustworthy,” says a media educator from Leipzig.</p></blockquote>"
                "<h2>What you can do</h2>"
                "<p>Agree on a code word with your family for emergencies on the phone. If you receive unusual requests for money, call back on a number you know. With sensational videos, check who published them first. Policymakers are reacting too: the European AI Act requires deepfakes to be labelled as such, and several countries have tightened their laws against non-consensual deepfake images. This will not prevent abuse entirely – but a healthy dose of scepticism is the best protection.</p>"
            ),
            "image_alt": "Abstract illustration of a face splitting into two slightly offset halves",
            "image_caption": "Deepfakes blur the line between genuine and generated footage.",
        },
        "sources": [
            {"title_de": "Deepfake (Wikipedia, englisch)", "title_en": "Deepfake (Wikipedia)", "url": "https://en.wikipedia.org/wiki/Deepfake", "publisher": "Wikipedia", "date": None},
            {"title_de": "EU AI Act (Wikipedia, englisch)", "title_en": "Artificial Intelligence Act (Wikipedia)", "url": "https://en.wikipedia.org/wiki/Artificial_Intelligence_Act", "publisher": "Wikipedia", "date": None},
        ],
    },
]
