"""The words of the shipped lessons, in every language gdviz speaks.

``tools/make_lessons.py`` makes each lesson once per language from this table: the data,
settings, views and checkpoints come from the generator, the same in every language;
only the words come from here. Each entry holds a lesson's title, note, compared runs'
labels and steps (a step is its text, or ``(text, question)``), in English (``"en"``),
German (``"de"``) and Spanish (``"es"``).

``{name}`` is a value the generator computes by running the core (``{rate}`` is a
learning rate, ``{b_star}`` the formula ``b* = 8.0``); every language uses the same
values (the generator checks it), written with ASCII digits and a decimal point in every
language, as the window writes them. ``\\u00a0`` is a no-break space: a formula never
wraps. The words for buttons and menus are the window's own (``Start``/„Start“/«Iniciar»).
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, dict]] = {
    "tutorial": {
        "en": {
            "title": "The tutorial as published",
            "note": (
                "The tutorial's own data and run: plain gradient descent, learning rate "
                "{rate}, {iterations} steps from {b_0}, {m_0}. The tutorial printed, after "
                "{iterations} iterations: {b_end}, {m_end}, error\u00a0=\u00a0{error_end}. "
                "Press Start: the line swings up to the points in a few steps, then hardly "
                "moves; the error curve (log scale) shows the slow crawl along a long, flat "
                "valley. After {iterations} steps compare b (about {b_about}) with the best "
                "{b_star}."
            ),
            "steps": (
                "The tutorial's data: hours studied against test score. The line starts "
                "flat, at {b_0} and {m_0}.",
                (
                    "Before the first step, guess: mark on the contour map where you think "
                    "the first step lands, then press Step.",
                    "Where does the first step land?",
                ),
                "Press Start: the line swings up to the points in a few steps, then hardly "
                "moves. The error curve (log scale) shows the slow crawl along a flat valley.",
                "After {iterations} steps b is about {b_about}, far from the best {b_star}: "
                "the slope settles fast, the intercept crawls.",
            ),
        },
        "de": {
            "title": "Das Tutorial wie veröffentlicht",
            "note": (
                "Die Daten und der Lauf des Tutorials selbst: einfacher Gradientenabstieg, "
                "Lernrate {rate}, {iterations} Schritte ab {b_0}, {m_0}. Das Tutorial gab "
                "nach {iterations} Iterationen aus: {b_end}, {m_end}, "
                "Fehler\u00a0=\u00a0{error_end}. Drücke „Start“: Die Gerade schwingt in "
                "wenigen Schritten zu den Punkten hoch und bewegt sich dann kaum noch; die "
                "Fehlerkurve (logarithmische Skala) zeigt das langsame Kriechen durch ein "
                "langes, flaches Tal. Vergleiche nach {iterations} Schritten b (etwa "
                "{b_about}) mit dem besten {b_star}."
            ),
            "steps": (
                "Die Daten des Tutorials: Lernstunden gegen Testergebnis. Die Gerade beginnt "
                "flach, bei {b_0} und {m_0}.",
                (
                    "Rate vor dem ersten Schritt: Markiere auf der Höhenlinienkarte, wo der "
                    "erste Schritt deiner Meinung nach landet, und drücke dann „Schritt“.",
                    "Wo landet der erste Schritt?",
                ),
                "Drücke „Start“: Die Gerade schwingt in wenigen Schritten zu den Punkten hoch "
                "und bewegt sich dann kaum noch. Die Fehlerkurve (logarithmische Skala) zeigt "
                "das langsame Kriechen durch ein flaches Tal.",
                "Nach {iterations} Schritten liegt b bei etwa {b_about}, weit weg vom besten "
                "{b_star}: Die Steigung stellt sich schnell ein, der Achsenabschnitt kriecht.",
            ),
        },
        "es": {
            "title": "El tutorial tal como se publicó",
            "note": (
                "Los datos y la ejecución del propio tutorial: descenso de gradiente simple, "
                "tasa de aprendizaje {rate}, {iterations} pasos desde {b_0}, {m_0}. El "
                "tutorial imprimió, tras {iterations} iteraciones: {b_end}, {m_end}, "
                "error\u00a0=\u00a0{error_end}. Pulsa «Iniciar»: la recta sube hacia los "
                "puntos en unos pocos pasos y luego apenas se mueve; la curva de error "
                "(escala logarítmica) muestra el lento avance a rastras por un valle largo y "
                "plano. Tras {iterations} pasos compara b (unos {b_about}) con el mejor "
                "{b_star}."
            ),
            "steps": (
                "Los datos del tutorial: horas de estudio frente a nota del examen. La recta "
                "empieza plana, en {b_0} y {m_0}.",
                (
                    "Antes del primer paso, adivina: marca en el mapa de curvas de nivel dónde "
                    "crees que cae el primer paso y luego pulsa «Paso».",
                    "¿Dónde cae el primer paso?",
                ),
                "Pulsa «Iniciar»: la recta sube hacia los puntos en unos pocos pasos y luego "
                "apenas se mueve. La curva de error (escala logarítmica) muestra el lento "
                "avance a rastras por un valle plano.",
                "Tras {iterations} pasos b vale unos {b_about}, lejos del mejor {b_star}: la "
                "pendiente se asienta rápido, la ordenada en el origen avanza a rastras.",
            ),
        },
    },
    "learning_rate_too_large": {
        "en": {
            "title": "Learning rate too large",
            "note": (
                "Learning rate {rate} is just above the limit {limit}. Press Start: each step "
                "overshoots more than the last and the error climbs until gdviz stops the "
                "run. Lower the learning rate and try again: what is the largest rate that "
                "still works?"
            ),
            "steps": (
                (
                    "Learning rate {rate} is just above the limit {limit}. Press Start and "
                    "watch the line and the error.",
                    "Does the run settle down?",
                ),
                "Each step overshoots more than the last, and the error climbs until gdviz "
                "stops the run: the run diverged.",
                (
                    "Lower the learning rate until the error goes below {target} within "
                    "{iterations} iterations.",
                    "What is the largest learning rate that still works?",
                ),
            ),
        },
        "de": {
            "title": "Lernrate zu groß",
            "note": (
                "Die Lernrate {rate} liegt knapp über der Grenze {limit}. Drücke „Start“: "
                "Jeder Schritt schießt weiter über das Ziel hinaus als der vorige, und der "
                "Fehler steigt, bis gdviz den Lauf anhält. Verkleinere die Lernrate und "
                "versuche es erneut: Was ist die größte Rate, die noch funktioniert?"
            ),
            "steps": (
                (
                    "Die Lernrate {rate} liegt knapp über der Grenze {limit}. Drücke „Start“ "
                    "und beobachte die Gerade und den Fehler.",
                    "Kommt der Lauf zur Ruhe?",
                ),
                "Jeder Schritt schießt weiter über das Ziel hinaus als der vorige, und der "
                "Fehler steigt, bis gdviz den Lauf anhält: Der Lauf ist divergiert.",
                (
                    "Verkleinere die Lernrate, bis der Fehler innerhalb von {iterations} "
                    "Iterationen unter {target} fällt.",
                    "Was ist die größte Lernrate, die noch funktioniert?",
                ),
            ),
        },
        "es": {
            "title": "Tasa de aprendizaje demasiado grande",
            "note": (
                "La tasa de aprendizaje {rate} está justo por encima del límite {limit}. "
                "Pulsa «Iniciar»: cada paso se pasa más que el anterior y el error sube hasta "
                "que gdviz detiene la ejecución. Baja la tasa de aprendizaje y vuelve a "
                "probar: ¿cuál es la mayor tasa que todavía funciona?"
            ),
            "steps": (
                (
                    "La tasa de aprendizaje {rate} está justo por encima del límite {limit}. "
                    "Pulsa «Iniciar» y observa la recta y el error.",
                    "¿Se asienta la ejecución?",
                ),
                "Cada paso se pasa más que el anterior, y el error sube hasta que gdviz "
                "detiene la ejecución: la ejecución ha divergido.",
                (
                    "Baja la tasa de aprendizaje hasta que el error quede por debajo de "
                    "{target} en {iterations} iteraciones.",
                    "¿Cuál es la mayor tasa de aprendizaje que todavía funciona?",
                ),
            ),
        },
    },
    "narrow_valley": {
        "en": {
            "title": "The narrow valley: why normalising helps",
            "labels": ("normalised, learning rate {fast_rate}",),
            "note": (
                "With years as x the error valley is long and narrow: plain descent (learning "
                "rate {rate}, about the most it can take) still has {times} times the lowest "
                "error after {iterations} steps. The second run normalises x and y first, "
                "which turns the valley into a round bowl: it gets within 1% of the lowest "
                "error in {fast} steps. Press Start and compare the two paths on the contour "
                "map."
            ),
            "steps": (
                "Press Start. With years as x the error valley is long and narrow: plain "
                "descent still has {times} times the lowest error after {iterations} steps.",
                "The second run normalises x and y first, which turns the valley into a round "
                "bowl: it gets within 1% of the lowest error in {fast} steps. Compare the two "
                "paths on the contour map.",
                (
                    "Now make the main run as fast: press Reset, then change its settings "
                    "until its error goes below {target} within {within} iterations.",
                    "Which setting makes the difference?",
                ),
            ),
        },
        "de": {
            "title": "Das schmale Tal: Warum Normieren hilft",
            "labels": ("normiert, Lernrate {fast_rate}",),
            "note": (
                "Mit Jahren als x ist das Fehlertal lang und schmal: Der einfache Abstieg "
                "(Lernrate {rate}, etwa das Höchste, was er verträgt) hat nach {iterations} "
                "Schritten noch das {times}-Fache des kleinsten Fehlers. Der zweite Lauf "
                "normiert zuerst x und y, was das Tal in eine runde Schüssel verwandelt: Er "
                "kommt in {fast} Schritten bis auf 1 % an den kleinsten Fehler heran. Drücke "
                "„Start“ und vergleiche die beiden Wege auf der Höhenlinienkarte."
            ),
            "steps": (
                "Drücke „Start“. Mit Jahren als x ist das Fehlertal lang und schmal: Der "
                "einfache Abstieg hat nach {iterations} Schritten noch das {times}-Fache des "
                "kleinsten Fehlers.",
                "Der zweite Lauf normiert zuerst x und y, was das Tal in eine runde Schüssel "
                "verwandelt: Er kommt in {fast} Schritten bis auf 1 % an den kleinsten Fehler "
                "heran. Vergleiche die beiden Wege auf der Höhenlinienkarte.",
                (
                    "Mach jetzt den Hauptlauf genauso schnell: Drücke „Zurücksetzen“ und "
                    "ändere dann seine Einstellungen, bis sein Fehler innerhalb von {within} "
                    "Iterationen unter {target} fällt.",
                    "Welche Einstellung macht den Unterschied?",
                ),
            ),
        },
        "es": {
            "title": "El valle estrecho: por qué ayuda normalizar",
            "labels": ("normalizada, tasa de aprendizaje {fast_rate}",),
            "note": (
                "Con los años como x, el valle del error es largo y estrecho: el descenso "
                "simple (tasa de aprendizaje {rate}, más o menos la mayor que admite) todavía "
                "tiene {times} veces el menor error tras {iterations} pasos. La segunda "
                "ejecución normaliza primero x e y, lo que convierte el valle en un cuenco "
                "redondo: se queda a menos del 1 % del menor error en {fast} pasos. Pulsa "
                "«Iniciar» y compara los dos caminos en el mapa de curvas de nivel."
            ),
            "steps": (
                "Pulsa «Iniciar». Con los años como x, el valle del error es largo y "
                "estrecho: el descenso simple todavía tiene {times} veces el menor error tras "
                "{iterations} pasos.",
                "La segunda ejecución normaliza primero x e y, lo que convierte el valle en un "
                "cuenco redondo: se queda a menos del 1 % del menor error en {fast} pasos. "
                "Compara los dos caminos en el mapa de curvas de nivel.",
                (
                    "Ahora haz que la ejecución principal sea igual de rápida: pulsa "
                    "«Reiniciar» y cambia sus ajustes hasta que su error quede por debajo de "
                    "{target} en {within} iteraciones.",
                    "¿Qué ajuste marca la diferencia?",
                ),
            ),
        },
    },
    "momentum_and_adam": {
        "en": {
            "title": "Momentum and Adam against plain descent",
            "labels": (
                "momentum {mu_value}, learning rate {rate}",
                "Adam, learning rate {adam_rate}",
            ),
            "note": (
                "Three runs from the same start: plain descent at learning rate {rate}, "
                "momentum ({mu}) at the same rate, and Adam at rate {adam_rate}. Press Start "
                "and watch the contour map: plain descent crawls along the valley floor while "
                "momentum and Adam speed along it. After {iterations} steps b is {b_gd}, "
                "{b_momentum} and {b_adam}; the best is {b_star}."
            ),
            "steps": (
                "Three runs from the same start: plain descent at learning rate {rate}, "
                "momentum ({mu}) at the same rate, and Adam at rate {adam_rate}. Press Start "
                "and watch the contour map.",
                "Plain descent crawls along the valley floor while momentum and Adam speed "
                "along it. After {iterations} steps b is {b_gd}, {b_momentum} and {b_adam}; "
                "the best is {b_star}.",
                (
                    "On the error panel, find where each run comes within reach of the lowest "
                    "error.",
                    "Which run gets there first, and why does momentum overshoot?",
                ),
            ),
        },
        "de": {
            "title": "Momentum und Adam gegen einfachen Abstieg",
            "labels": (
                "Momentum {mu_value}, Lernrate {rate}",
                "Adam, Lernrate {adam_rate}",
            ),
            "note": (
                "Drei Läufe vom selben Start: einfacher Abstieg mit Lernrate {rate}, Momentum "
                "({mu}) mit derselben Rate und Adam mit Rate {adam_rate}. Drücke „Start“ und "
                "beobachte die Höhenlinienkarte: Der einfache Abstieg kriecht den Talboden "
                "entlang, während Momentum und Adam an ihm entlangsausen. Nach {iterations} "
                "Schritten ist b {b_gd}, {b_momentum} und {b_adam}; der beste Wert ist "
                "{b_star}."
            ),
            "steps": (
                "Drei Läufe vom selben Start: einfacher Abstieg mit Lernrate {rate}, Momentum "
                "({mu}) mit derselben Rate und Adam mit Rate {adam_rate}. Drücke „Start“ und "
                "beobachte die Höhenlinienkarte.",
                "Der einfache Abstieg kriecht den Talboden entlang, während Momentum und Adam "
                "an ihm entlangsausen. Nach {iterations} Schritten ist b {b_gd}, {b_momentum} "
                "und {b_adam}; der beste Wert ist {b_star}.",
                (
                    "Finde im Fehlerbereich, wo jeder Lauf in die Nähe des kleinsten Fehlers "
                    "kommt.",
                    "Welcher Lauf kommt zuerst dort an, und warum schießt Momentum über das "
                    "Ziel hinaus?",
                ),
            ),
        },
        "es": {
            "title": "Momento y Adam frente al descenso simple",
            "labels": (
                "momento {mu_value}, tasa de aprendizaje {rate}",
                "Adam, tasa de aprendizaje {adam_rate}",
            ),
            "note": (
                "Tres ejecuciones desde el mismo inicio: descenso simple con tasa de "
                "aprendizaje {rate}, momento ({mu}) con la misma tasa y Adam con tasa "
                "{adam_rate}. Pulsa «Iniciar» y observa el mapa de curvas de nivel: el "
                "descenso simple avanza a rastras por el fondo del valle mientras el momento "
                "y Adam lo recorren a toda velocidad. Tras {iterations} pasos b vale {b_gd}, "
                "{b_momentum} y {b_adam}; el mejor es {b_star}."
            ),
            "steps": (
                "Tres ejecuciones desde el mismo inicio: descenso simple con tasa de "
                "aprendizaje {rate}, momento ({mu}) con la misma tasa y Adam con tasa "
                "{adam_rate}. Pulsa «Iniciar» y observa el mapa de curvas de nivel.",
                "El descenso simple avanza a rastras por el fondo del valle mientras el "
                "momento y Adam lo recorren a toda velocidad. Tras {iterations} pasos b vale "
                "{b_gd}, {b_momentum} y {b_adam}; el mejor es {b_star}.",
                (
                    "En el panel de error, busca dónde llega cada ejecución cerca del menor error.",
                    "¿Qué ejecución llega primero, y por qué se pasa el momento?",
                ),
            ),
        },
    },
    "stochastic_noise": {
        "en": {
            "title": "Stochastic and mini-batch noise",
            "labels": ("mini-batch of {batch} points", "gradient descent (all points)"),
            "note": (
                "Three runs on normalised data at learning rate {rate}: stochastic descent "
                "uses one point per step, mini-batch {batch} points, plain descent all {n}. "
                "Press Start and watch the error curves: plain descent slides smoothly down, "
                "while mini-batch wobbles and stochastic descent jitters near the lowest "
                "error, because each of their steps sees only part of the data."
            ),
            "steps": (
                "Three runs on normalised data at learning rate {rate}: stochastic descent "
                "uses one point per step, mini-batch {batch} points, plain descent all {n}. "
                "Press Start and watch the error curves.",
                "Plain descent slides smoothly down, while mini-batch wobbles and stochastic "
                "descent jitters near the lowest error: each of their steps sees only part "
                "of the data.",
                "The main run now steps at learning rate {small_rate}. Press Reset and "
                "Start: smaller steps, so less jitter, but a slower way down.",
            ),
        },
        "de": {
            "title": "Rauschen bei stochastischem und Mini-Batch-Abstieg",
            "labels": ("Mini-Batch mit {batch} Punkten", "Gradientenabstieg (alle Punkte)"),
            "note": (
                "Drei Läufe auf normierten Daten mit Lernrate {rate}: Der stochastische "
                "Abstieg nimmt einen Punkt pro Schritt, Mini-Batch {batch} Punkte, der "
                "einfache Abstieg alle {n}. Drücke „Start“ und beobachte die Fehlerkurven: "
                "Der einfache Abstieg gleitet glatt hinab, während Mini-Batch wackelt und der "
                "stochastische Abstieg nahe am kleinsten Fehler zittert, weil jeder ihrer "
                "Schritte nur einen Teil der Daten sieht."
            ),
            "steps": (
                "Drei Läufe auf normierten Daten mit Lernrate {rate}: Der stochastische "
                "Abstieg nimmt einen Punkt pro Schritt, Mini-Batch {batch} Punkte, der "
                "einfache Abstieg alle {n}. Drücke „Start“ und beobachte die Fehlerkurven.",
                "Der einfache Abstieg gleitet glatt hinab, während Mini-Batch wackelt und der "
                "stochastische Abstieg nahe am kleinsten Fehler zittert: Jeder ihrer Schritte "
                "sieht nur einen Teil der Daten.",
                "Der Hauptlauf geht jetzt mit Lernrate {small_rate}. Drücke „Zurücksetzen“ "
                "und „Start“: kleinere Schritte, also weniger Zittern, aber ein langsamerer "
                "Weg nach unten.",
            ),
        },
        "es": {
            "title": "Ruido estocástico y por minilotes",
            "labels": ("minilote de {batch} puntos", "descenso de gradiente (todos los puntos)"),
            "note": (
                "Tres ejecuciones sobre datos normalizados con tasa de aprendizaje {rate}: el "
                "descenso estocástico usa un punto por paso, el de minilotes {batch} puntos y "
                "el descenso simple los {n}. Pulsa «Iniciar» y observa las curvas de error: "
                "el descenso simple baja suavemente, mientras que el de minilotes se "
                "tambalea y el estocástico tiembla cerca del menor error, porque cada uno de "
                "sus pasos solo ve una parte de los datos."
            ),
            "steps": (
                "Tres ejecuciones sobre datos normalizados con tasa de aprendizaje {rate}: el "
                "descenso estocástico usa un punto por paso, el de minilotes {batch} puntos y "
                "el descenso simple los {n}. Pulsa «Iniciar» y observa las curvas de error.",
                "El descenso simple baja suavemente, mientras que el de minilotes se tambalea "
                "y el estocástico tiembla cerca del menor error: cada uno de sus pasos solo "
                "ve una parte de los datos.",
                "La ejecución principal da ahora pasos con tasa de aprendizaje {small_rate}. "
                "Pulsa «Reiniciar» e «Iniciar»: pasos más pequeños, así que menos temblor, "
                "pero un camino más lento hacia abajo.",
            ),
        },
    },
    "outlier": {
        "en": {
            "title": "One outlier",
            "note": (
                "One student ({x} hours, score {y}) sits far below the others and pulls the "
                "best line down; the squares show how much each point's error counts. Press "
                "Start: descent finds that line in a few dozen steps. Then turn on Edit "
                "points (Edit menu), drag the point up to the others, or right-click it to "
                "delete it, and watch the best line move."
            ),
            "steps": (
                (
                    "One student ({x} hours, score {y}) sits far below the others. Before you "
                    "press Start, mark the line you think fits best.",
                    "Where is the best line? Mark it on the contour map, then Reveal.",
                ),
                "Press Start: descent finds the best line in a few dozen steps. The outlier "
                "pulls it down; the squares show how much each point's error counts.",
                "The main run now uses the mean absolute error, where a point counts by its "
                "distance, not its square. Press Reset and Start: the best slope is now "
                "{m_absolute}, not {m_squared}; the outlier pulls far less.",
                "The main run now uses the Huber loss ({delta}): misses up to δ count "
                "squared, larger ones by their distance. Press Reset and Start: the best "
                "slope is {m_huber}, near the {m_without} without the outlier; the absolute "
                "error gave {m_absolute}, the squared {m_squared}.",
                "Turn on Edit points (Edit menu), drag the outlier up to the others, or "
                "right-click it to delete it, and watch the best line move.",
            ),
        },
        "de": {
            "title": "Ein Ausreißer",
            "note": (
                "Ein Schüler ({x} Stunden, Ergebnis {y}) liegt weit unter den anderen und "
                "zieht die beste Gerade nach unten; die Quadrate zeigen, wie stark der Fehler "
                "jedes Punkts zählt. Drücke „Start“: Der Abstieg findet diese Gerade in ein "
                "paar Dutzend Schritten. Schalte dann „Punkte bearbeiten“ ein (Menü "
                "Bearbeiten), zieh den Punkt zu den anderen hoch oder lösche ihn per "
                "Rechtsklick, und sieh zu, wie sich die beste Gerade bewegt."
            ),
            "steps": (
                (
                    "Ein Schüler ({x} Stunden, Ergebnis {y}) liegt weit unter den anderen. "
                    "Markiere, bevor du „Start“ drückst, die Gerade, die deiner Meinung nach "
                    "am besten passt.",
                    "Wo liegt die beste Gerade? Markiere sie auf der Höhenlinienkarte und "
                    "drücke dann „Aufdecken“.",
                ),
                "Drücke „Start“: Der Abstieg findet die beste Gerade in ein paar Dutzend "
                "Schritten. Der Ausreißer zieht sie nach unten; die Quadrate zeigen, wie stark "
                "der Fehler jedes Punkts zählt.",
                "Der Hauptlauf verwendet jetzt den mittleren absoluten Fehler, bei dem ein "
                "Punkt mit seinem Abstand zählt, nicht mit dessen Quadrat. Drücke "
                "„Zurücksetzen“ und „Start“: Die beste Steigung ist jetzt {m_absolute}, nicht "
                "{m_squared}; der Ausreißer zieht viel weniger.",
                "Der Hauptlauf nutzt jetzt den Huber-Verlust ({delta}): Abweichungen bis δ "
                "zählen quadriert, größere linear. Drücke „Zurücksetzen“ und „Start“: Die "
                "beste Steigung ist {m_huber}, nahe an {m_without} ohne den Ausreißer; "
                "absolut waren es {m_absolute}, quadriert {m_squared}.",
                "Schalte „Punkte bearbeiten“ ein (Menü Bearbeiten), zieh den Ausreißer zu den "
                "anderen hoch oder lösche ihn per Rechtsklick, und sieh zu, wie sich die "
                "beste Gerade bewegt.",
            ),
        },
        "es": {
            "title": "Un valor atípico",
            "note": (
                "Un estudiante ({x} horas, nota {y}) queda muy por debajo de los demás y tira "
                "de la mejor recta hacia abajo; los cuadrados muestran cuánto cuenta el error "
                "de cada punto. Pulsa «Iniciar»: el descenso encuentra esa recta en unas "
                "pocas decenas de pasos. Luego activa «Editar puntos» (menú Editar), arrastra "
                "el punto hasta los demás, o bórralo con el botón derecho, y mira cómo se "
                "mueve la mejor recta."
            ),
            "steps": (
                (
                    "Un estudiante ({x} horas, nota {y}) queda muy por debajo de los demás. "
                    "Antes de pulsar «Iniciar», marca la recta que crees que mejor se ajusta.",
                    "¿Dónde está la mejor recta? Márcala en el mapa de curvas de nivel y luego "
                    "pulsa «Revelar».",
                ),
                "Pulsa «Iniciar»: el descenso encuentra la mejor recta en unas pocas decenas "
                "de pasos. El valor atípico tira de ella hacia abajo; los cuadrados muestran "
                "cuánto cuenta el error de cada punto.",
                "La ejecución principal usa ahora el error absoluto medio, en el que un punto "
                "cuenta por su distancia, no por su cuadrado. Pulsa «Reiniciar» e «Iniciar»: "
                "la mejor pendiente es ahora {m_absolute}, no {m_squared}; el valor atípico "
                "tira mucho menos.",
                "La ejecución principal usa ahora la pérdida de Huber ({delta}): los desvíos "
                "hasta δ cuentan al cuadrado, los mayores, linealmente. Pulsa «Reiniciar» "
                "e «Iniciar»: la mejor pendiente es {m_huber}, cerca de {m_without} sin el "
                "valor atípico (absoluto: {m_absolute}; cuadrático: {m_squared}).",
                "Activa «Editar puntos» (menú Editar), arrastra el valor atípico hasta los "
                "demás, o bórralo con el botón derecho, y mira cómo se mueve la mejor recta.",
            ),
        },
    },
    "race": {
        "en": {
            "title": "Optimizer race: which rule reaches the best line first?",
            "labels": ("Adam, rate {adam_rate}", "Newton's method", "conjugate gradient"),
            "note": (
                "A race on the tutorial's data, all from one start: plain descent at learning "
                "rate {rate}, Adam at rate {adam_rate}, Newton's method and conjugate "
                "gradient. Press Step: Newton's method lands on the best line in one step, "
                "conjugate gradient in {cg_steps}. Press Start: Adam converges at iteration "
                "{adam_at}, while plain descent still crawls after {iterations} steps."
            ),
            "steps": (
                (
                    "Four runs from one start on the tutorial's data: plain descent at "
                    "learning rate {rate}, Adam at rate {adam_rate}, Newton's method and "
                    "conjugate gradient. Before anything moves, make your prediction.",
                    "Which rule reaches the best line first, and in how many steps?",
                ),
                "Press Reset, then Step once. Newton's method lands on the best line at once: "
                "{newton_line}. The squared error is a quadratic bowl; Newton's step uses its "
                "curvature, the Hessian H, to jump straight to the bottom.",
                "Press Step again. Conjugate gradient's first step went downhill as far as it "
                "pays, to {cg_first}; its second runs along a direction conjugate to the first "
                "and reaches the bottom: with two parameters, b and m, that takes {cg_steps} "
                "steps.",
                "Press Start. Adam converges at iteration {adam_at}; plain descent is still at "
                "{b_gd} after {iterations} steps, far from {b_star}. Both follow only the "
                "gradient, and the bowl is about {kappa} times more curved across the valley "
                "than along it.",
                (
                    "Now make the main run win: choose another rule for it, press Reset and "
                    "Start, until its error goes below {target} within {cg_steps} iterations.",
                    "Which rules can do it, and what do they use that plain descent does not?",
                ),
            ),
        },
        "de": {
            "title": "Wettrennen der Verfahren: Welche Regel erreicht die beste Gerade zuerst?",
            "labels": ("Adam, Rate {adam_rate}", "Newton-Verfahren", "konjugierter Gradient"),
            "note": (
                "Ein Wettrennen auf den Daten des Tutorials, alle vom selben Start: einfacher "
                "Abstieg mit Lernrate {rate}, Adam mit Rate {adam_rate}, das Newton-Verfahren "
                "und der konjugierte Gradient. Drücke „Schritt“: Das Newton-Verfahren landet "
                "in einem Schritt auf der besten Geraden, der konjugierte Gradient in "
                "{cg_steps}. Drücke „Start“: Adam konvergiert bei Iteration {adam_at}, während "
                "der einfache Abstieg nach {iterations} Schritten noch kriecht."
            ),
            "steps": (
                (
                    "Vier Läufe vom selben Start auf den Daten des Tutorials: einfacher "
                    "Abstieg mit Lernrate {rate}, Adam mit Rate {adam_rate}, das "
                    "Newton-Verfahren und der konjugierte Gradient. Lege dich fest, bevor sich "
                    "etwas bewegt.",
                    "Welche Regel erreicht die beste Gerade zuerst, und in wie vielen Schritten?",
                ),
                "Drücke „Zurücksetzen“, dann einmal „Schritt“. Das Newton-Verfahren landet "
                "sofort auf der besten Geraden: {newton_line}. Der quadratische Fehler ist "
                "eine Schüssel; der Newton-Schritt nutzt deren Krümmung, die Hesse-Matrix H, "
                "und springt zum Boden.",
                "Drücke wieder „Schritt“. Der erste Schritt des konjugierten Gradienten ging "
                "bergab, so weit es sich lohnte, bis {cg_first}; der zweite folgt einer zum "
                "ersten konjugierten Richtung bis zum Boden: Bei zwei Parametern, b und m, "
                "reichen {cg_steps} Schritte.",
                "Drücke „Start“. Adam konvergiert bei Iteration {adam_at}; der einfache "
                "Abstieg steht nach {iterations} Schritten noch bei {b_gd}, weit weg von "
                "{b_star}. Beide folgen nur dem Gradienten, und die Schüssel ist quer zum Tal "
                "etwa {kappa}-mal stärker gekrümmt als längs.",
                (
                    "Lass jetzt den Hauptlauf gewinnen: Wähle eine andere Regel für ihn, drücke "
                    "„Zurücksetzen“ und „Start“, bis sein Fehler innerhalb von {cg_steps} "
                    "Iterationen unter {target} fällt.",
                    "Welche Regeln schaffen das, und was nutzen sie, das der einfache Abstieg "
                    "nicht nutzt?",
                ),
            ),
        },
        "es": {
            "title": "Carrera de optimizadores: ¿qué regla llega primero a la mejor recta?",
            "labels": (
                "Adam, tasa {adam_rate}",
                "método de Newton",
                "gradiente conjugado",
            ),
            "note": (
                "Una carrera sobre los datos del tutorial, todas desde el mismo inicio: "
                "descenso simple con tasa de aprendizaje {rate}, Adam con tasa {adam_rate}, "
                "el método de Newton y el gradiente conjugado. Pulsa «Paso»: el método de "
                "Newton cae sobre la mejor recta en un paso, el gradiente conjugado en "
                "{cg_steps}. Pulsa «Iniciar»: Adam converge en la iteración {adam_at}, "
                "mientras que el descenso simple sigue avanzando a rastras tras {iterations} "
                "pasos."
            ),
            "steps": (
                (
                    "Cuatro ejecuciones desde el mismo inicio sobre los datos del tutorial: "
                    "descenso simple con tasa de aprendizaje {rate}, Adam con tasa "
                    "{adam_rate}, el método de Newton y el gradiente conjugado. Antes de que "
                    "nada se mueva, haz tu predicción.",
                    "¿Qué regla llega primero a la mejor recta, y en cuántos pasos?",
                ),
                "Pulsa «Reiniciar» y luego «Paso» una vez. El método de Newton cae enseguida "
                "sobre la mejor recta: {newton_line}. El error cuadrático es un cuenco; el "
                "paso de Newton usa su curvatura, la hessiana H, y salta directamente al "
                "fondo.",
                "Pulsa «Paso» otra vez. El primer paso del gradiente conjugado bajó tanto como "
                "convenía, hasta {cg_first}; el segundo sigue una dirección conjugada a la "
                "primera hasta el fondo: con dos parámetros, b y m, eso lleva {cg_steps} "
                "pasos.",
                "Pulsa «Iniciar». Adam converge en la iteración {adam_at}; el descenso simple "
                "sigue en {b_gd} tras {iterations} pasos, lejos de {b_star}. Ambos siguen solo "
                "el gradiente, y el cuenco está unas {kappa} veces más curvado a través del "
                "valle que a lo largo.",
                (
                    "Ahora haz que gane la ejecución principal: elige otra regla para ella, "
                    "pulsa «Reiniciar» e «Iniciar», hasta que su error quede por debajo de "
                    "{target} en {cg_steps} iteraciones.",
                    "¿Qué reglas lo consiguen, y qué usan que el descenso simple no usa?",
                ),
            ),
        },
    },
}
