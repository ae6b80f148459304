<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BigDisplay</name>
    <message>
        <source>Large iteration and error display</source>
        <extracomment>Significant digits of the error, b and m (``112.615``, ``7.99102``). The least-squares row is drawn at this fraction of the main size. Neither row is drawn smaller than this (pixels), however little room there is. Space between the columns, in ems of the main size.</extracomment>
        <translation>Große Anzeige von Iteration und Fehler</translation>
    </message>
    <message>
        <source>iteration </source>
        <translation>Iteration </translation>
    </message>
    <message>
        <source>error = </source>
        <translation>Fehler = </translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>kleinste Quadrate</translation>
    </message>
</context>
<context>
    <name>ColumnNamesDialog</name>
    <message>
        <source>Name the columns</source>
        <translation>Spalten benennen</translation>
    </message>
    <message>
        <source>Name of x</source>
        <translation>Name von x</translation>
    </message>
    <message>
        <source>Name of y</source>
        <translation>Name von y</translation>
    </message>
    <message>
        <source>x (across)</source>
        <translation>x (waagrecht)</translation>
    </message>
    <message>
        <source>y (up)</source>
        <translation>y (senkrecht)</translation>
    </message>
    <message>
        <source>Open a data file first (File &gt; Open, Ctrl+O)</source>
        <translation>Öffne zuerst eine Datendatei (Datei &gt; Öffnen, Strg+O)</translation>
    </message>
</context>
<context>
    <name>CompareBox</name>
    <message>
        <source>Compare runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>Run up to three more settings beside the main run, from the same start. Each rule has its own colour and line style in every panel.</source>
        <translation>Bis zu drei weitere Einstellungen neben dem Hauptlauf laufen lassen, vom selben Start aus. Jede Regel hat in jedem Bereich ihre eigene Farbe und Linienart.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Rate η</source>
        <translation>Rate η</translation>
    </message>
    <message>
        <source>Norm.</source>
        <translation>Norm.</translation>
    </message>
    <message>
        <source>Apply and restart all runs</source>
        <translation>Übernehmen und alle Läufe neu starten</translation>
    </message>
    <message>
        <source>Apply comparison</source>
        <translation>Vergleich übernehmen</translation>
    </message>
    <message>
        <source>Use run {n}</source>
        <translation>Lauf {n} verwenden</translation>
    </message>
    <message>
        <source>Optimizer of run {n}</source>
        <translation>Optimierer von Lauf {n}</translation>
    </message>
    <message>
        <source>Learning rate of run {n}</source>
        <translation>Lernrate von Lauf {n}</translation>
    </message>
    <message>
        <source>Normalise x and y for this run</source>
        <translation>x und y für diesen Lauf normieren</translation>
    </message>
    <message>
        <source>Normalise run {n}</source>
        <translation>Lauf {n} normieren</translation>
    </message>
</context>
<context>
    <name>ConceptPage</name>
    <message>
        <source>Concept page</source>
        <translation>Begriffsseite</translation>
    </message>
</context>
<context>
    <name>ConceptsWindow</name>
    <message>
        <source>Concepts</source>
        <translation>Begriffe</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>Vor ▶</translation>
    </message>
    <message>
        <source>no concept called {name} (choose one of: {names})</source>
        <translation>kein Begriff namens {name} (wähle einen von: {names})</translation>
    </message>
</context>
<context>
    <name>ContourPanel</name>
    <message>
        <source>error above E*</source>
        <extracomment>Colour bands, evenly spaced in log10(E - E*): their edges are the contour lines. Outlines and fills of marks on the heat map, the same in every theme. The colour map of the bands. The colour bar&apos;s name for what it shows (English; shown translated, context &quot;ContourPanel&quot;).</extracomment>
        <translation>Fehler über E*</translation>
    </message>
    <message>
        <source>Error contours over (b, m)</source>
        <extracomment>The longest negative-gradient arrow (pixels; at most 30 % of the view&apos;s shorter side). Opacity (0-255) of the halo under a compared run&apos;s path.</extracomment>
        <translation>Höhenlinien des Fehlers über (b, m)</translation>
    </message>
    <message>
        <source>b (intercept)</source>
        <translation>b (Achsenabschnitt)</translation>
    </message>
    <message>
        <source>m (slope)</source>
        <translation>m (Steigung)</translation>
    </message>
    <message>
        <source>your guess</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <source>my line</source>
        <translation>meine Gerade</translation>
    </message>
    <message>
        <source>Error contours over (b′, m′)</source>
        <translation>Höhenlinien des Fehlers über (b′, m′)</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <source>max</source>
        <extracomment>Iterations per second at each speed setting; the last is as fast as the machine allows. Margins (left, top, right, bottom) and row spacing of the boxes: compact, so the whole panel and the State box fit a projector&apos;s 1280x650 window without scrolling.</extracomment>
        <translation>max.</translation>
    </message>
    <message>
        <source>{speed} it/s</source>
        <translation>{speed} It./s</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Aktueller Zustand</translation>
    </message>
    <message>
        <source>The current line and its error beside the least-squares line and its error;
∂E/∂b and ∂E/∂m are the gradient</source>
        <translation>Die aktuelle Gerade und ihr Fehler neben der Ausgleichsgeraden und deren Fehler;
∂E/∂b und ∂E/∂m sind der Gradient</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>The State box: the window keeps it in sight below the (scrolling) controls.</extracomment>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>x column</source>
        <translation>x-Spalte</translation>
    </message>
    <message>
        <source>Column used as x</source>
        <translation>Spalte, die als x dient</translation>
    </message>
    <message>
        <source>y column</source>
        <translation>y-Spalte</translation>
    </message>
    <message>
        <source>Column used as y</source>
        <translation>Spalte, die als y dient</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <source>Initial b</source>
        <translation>Start-b</translation>
    </message>
    <message>
        <source>Intercept b of the starting line (in y units); changing it resets the run</source>
        <translation>Achsenabschnitt b der Startgeraden (in Einheiten von y); eine Änderung setzt den Lauf zurück</translation>
    </message>
    <message>
        <source>Initial m</source>
        <translation>Start-m</translation>
    </message>
    <message>
        <source>Slope m of the starting line (y units per x unit); changing it resets the run</source>
        <translation>Steigung m der Startgeraden (y-Einheiten pro x-Einheit); eine Änderung setzt den Lauf zurück</translation>
    </message>
    <message>
        <source>Start line</source>
        <translation>Startgerade</translation>
    </message>
    <message>
        <source>The line the descent starts from: y = m·x + b</source>
        <translation>Die Gerade, von der der Abstieg ausgeht: y = m·x + b</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Zufalls-Seed</translation>
    </message>
    <message>
        <source>Seed of the shuffled order of points</source>
        <translation>Seed der gemischten Reihenfolge der Punkte</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>The update rule for each step</source>
        <translation>Die Aktualisierungsregel für jeden Schritt</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>How many iterations Start runs to (the total, counted from 0)</source>
        <translation>Bis zu wie vielen Iterationen „Start“ läuft (die Gesamtzahl, ab 0 gezählt)</translation>
    </message>
    <message>
        <source>Normalise</source>
        <translation>Normieren</translation>
    </message>
    <message>
        <source>Descend on standardised x and y (a round bowl instead of a narrow valley);
b, m and the error are still shown in the data&apos;s own units. Resets the run.</source>
        <translation>Abstieg auf standardisiertem x und y (eine runde Schüssel statt eines schmalen Tals);
b, m und der Fehler werden weiter in den Einheiten der Daten gezeigt. Setzt den Lauf zurück.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start or pause</source>
        <translation>Starten oder anhalten</translation>
    </message>
    <message>
        <source>Run to the set iterations or pause (Space)</source>
        <translation>Bis zur eingestellten Iterationszahl laufen lassen oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Take one new iteration from the one shown
(the Right arrow moves forward through the history first)</source>
        <translation>Eine neue Iteration ab der gezeigten machen
(der Pfeil nach rechts geht zuerst im Verlauf vorwärts)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to iteration 0 (R)</source>
        <translation>Zurück zu Iteration 0 (R)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Iterations per second: from 1 (to explain each step) to as fast as possible</source>
        <translation>Iterationen pro Sekunde: von 1 (um jeden Schritt zu erklären) bis so schnell wie möglich</translation>
    </message>
    <message>
        <source>Stop when converged</source>
        <translation>Bei Konvergenz anhalten</translation>
    </message>
    <message>
        <source>Start stops at the first iteration whose error is within tolerance of the
optimum, instead of running to the set number of iterations</source>
        <translation>„Start“ hält bei der ersten Iteration an, deren Fehler innerhalb der Toleranz am
Optimum liegt, statt bis zur eingestellten Iterationszahl zu laufen</translation>
    </message>
    <message>
        <source>{summary} — {n} points now (edited)</source>
        <translation>{summary} — jetzt {n} Punkte (bearbeitet)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Your data and settings are safe; you can keep working.</source>
        <extracomment>A log larger than this is renamed to ``crash.log.1`` (replacing the older one). (English in the log; the dialog shows it translated, context &quot;CrashDialog&quot;.)</extracomment>
        <translation>Deine Daten und Einstellungen sind sicher; du kannst weiterarbeiten.</translation>
    </message>
    <message>
        <source>gdviz: unexpected problem</source>
        <extracomment>the innermost frame, ``&quot;divide() (model.py, line 12)&quot;``, or &quot;&quot; ``&quot;ZeroDivisionError in divide() (model.py, line 12): division by zero&quot;`` the traceback, then time, thread, versions and platform</extracomment>
        <translation>gdviz: unerwartetes Problem</translation>
    </message>
    <message>
        <source>A report was added to {file}</source>
        <translation>Ein Bericht wurde in {file} angelegt</translation>
    </message>
    <message>
        <source>The report could not be written to {file} ({problem})</source>
        <translation>Der Bericht konnte nicht in {file} geschrieben werden ({problem})</translation>
    </message>
    <message>
        <source>1 more problem since; see the log.</source>
        <translation>Seitdem 1 weiteres Problem; siehe Protokoll.</translation>
    </message>
    <message>
        <source>{count} more problems since; see the log.</source>
        <translation>Seitdem {count} weitere Probleme; siehe Protokoll.</translation>
    </message>
</context>
<context>
    <name>DataEditStack</name>
    <message>
        <source>add point ({x}, {y})</source>
        <translation>Punkt ({x}, {y}) hinzufügen</translation>
    </message>
    <message>
        <source>delete point ({x}, {y})</source>
        <translation>Punkt ({x}, {y}) löschen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change to the data points (Ctrl+Z)</source>
        <translation>Die letzte Änderung an den Datenpunkten rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo the change to the data points that was undone (Ctrl+Shift+Z)</source>
        <translation>Die rückgängig gemachte Änderung an den Datenpunkten wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>move point to ({x}, {y})</source>
        <translation>Punkt nach ({x}, {y}) verschieben</translation>
    </message>
    <message>
        <source>{verb} {edit}</source>
        <translation>{verb}: {edit}</translation>
    </message>
</context>
<context>
    <name>DescentWorker</name>
    <message>
        <source>not enough memory to keep the history beyond iteration {n}; the run stopped there</source>
        <extracomment>``speed`` value meaning &quot;as fast as the machine allows&quot;.</extracomment>
        <translation>nicht genug Speicher, um den Verlauf über Iteration {n} hinaus zu behalten; der Lauf hat dort angehalten</translation>
    </message>
</context>
<context>
    <name>EditFrame</name>
    <message>
        <source>✎ Editing points</source>
        <extracomment>Width of the frame, in pixels. The tag&apos;s words, longest first: the longest that fits left of the panel&apos;s title. (English; shown through the translation, context &quot;EditFrame&quot;, as are the others.)</extracomment>
        <translation>✎ Punkte bearbeiten</translation>
    </message>
    <message>
        <source>✎ Editing</source>
        <translation>✎ Bearbeiten</translation>
    </message>
    <message>
        <source>Edit &gt; Edit points is on:
click empty space: add a point · drag a point: move it · right-click: delete it
Ctrl+Z undoes an edit</source>
        <translation>Bearbeiten &gt; Punkte bearbeiten ist an:
auf eine freie Stelle klicken: Punkt hinzufügen · Punkt ziehen: verschieben · Rechtsklick: löschen
Strg+Z macht eine Änderung rückgängig</translation>
    </message>
    <message>
        <source>The points are locked so a stray click cannot change them: switch on Edit &gt; Edit points (or the toolbar&apos;s Edit points) to add, move or delete points.</source>
        <translation>Die Punkte sind gesperrt, damit ein versehentlicher Klick sie nicht verändert: Schalte Bearbeiten &gt; Punkte bearbeiten ein (oder „Punkte bearbeiten“ in der Werkzeugleiste), um Punkte hinzuzufügen, zu verschieben oder zu löschen.</translation>
    </message>
    <message>
        <source>Point added at ({xy})</source>
        <translation>Punkt hinzugefügt bei ({xy})</translation>
    </message>
    <message>
        <source>Point {number} moved to ({xy})</source>
        <translation>Punkt {number} nach ({xy}) verschoben</translation>
    </message>
    <message>
        <source>Point {number} deleted</source>
        <translation>Punkt {number} gelöscht</translation>
    </message>
    <message>
        <source>{what}. {summary}. Ctrl+Z undoes it.</source>
        <translation>{what}. {summary}. Strg+Z macht es rückgängig.</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Error per iteration</source>
        <translation>Fehler pro Iteration</translation>
    </message>
    <message>
        <source>error (MSE)</source>
        <translation>Fehler (MSE)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>Error per iteration ({note})</source>
        <translation>Fehler pro Iteration ({note})</translation>
    </message>
    <message>
        <source>diverged at {n}</source>
        <translation>divergiert bei {n}</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>The language changes when gdviz starts again.</source>
        <extracomment>The choice that follows the system&apos;s language. The languages gdviz speaks: code and name in that language (menus list languages in their own words, so a person who cannot read the current one still finds theirs). The translators installed on the application, and their language.</extracomment>
        <translation>Die Sprache wechselt beim nächsten Start von gdviz.</translation>
    </message>
    <message>
        <source>&amp;System language ({name})</source>
        <translation>&amp;Systemsprache ({name})</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>No checkpoint</source>
        <extracomment>How the checkpoint choice reads, by kind (&quot;&quot; : no checkpoint).</extracomment>
        <translation>Kein Prüfpunkt</translation>
    </message>
    <message>
        <source>Make the run diverge</source>
        <translation>Den Lauf divergieren lassen</translation>
    </message>
    <message>
        <source>Get the error below a value in a number of iterations</source>
        <translation>Den Fehler in einer Anzahl Iterationen unter einen Wert bringen</translation>
    </message>
    <message>
        <source>Predict where the next step lands</source>
        <translation>Vorhersagen, wo der nächste Schritt landet</translation>
    </message>
    <message>
        <source>Predict the best line</source>
        <translation>Die beste Gerade vorhersagen</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(noch kein Text)</translation>
    </message>
    <message>
        <source>Lesson editor</source>
        <translation>Lektionseditor</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Titel der Lektion</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <source>Any (as the teacher chooses)</source>
        <translation>Beliebig (wie die Lehrkraft wählt)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Presentation panels</source>
        <translation>Präsentationsbereiche</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Open in the window</source>
        <translation>Im Fenster öffnen</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Text des Schritts</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Error below</source>
        <translation>Fehler unter</translation>
    </message>
    <message>
        <source>Within iterations</source>
        <translation>Innerhalb Iterationen</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>What the step changes</source>
        <translation>Was der Schritt ändert</translation>
    </message>
    <message>
        <source>Take from the window</source>
        <translation>Aus dem Fenster übernehmen</translation>
    </message>
    <message>
        <source>This step sets the window&apos;s settings and view as they are now
(what differs from the steps before it)</source>
        <translation>Dieser Schritt setzt die Einstellungen und die Ansicht des Fensters, wie sie jetzt sind
(was sich von den Schritten davor unterscheidet)</translation>
    </message>
    <message>
        <source>Change nothing</source>
        <translation>Nichts ändern</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Tolerance (share)</source>
        <translation>Toleranz (Anteil)</translation>
    </message>
    <message>
        <source>Settings and view</source>
        <translation>Einstellungen und Ansicht</translation>
    </message>
    <message>
        <source>This step changes: {names}</source>
        <translation>Dieser Schritt ändert: {names}</translation>
    </message>
    <message>
        <source>This step changes nothing.</source>
        <translation>Dieser Schritt ändert nichts.</translation>
    </message>
    <message>
        <source>cannot save {name}: {why}</source>
        <translation>{name} kann nicht gespeichert werden: {why}</translation>
    </message>
    <message>
        <source>Saved the lesson {name}</source>
        <translation>Lektion {name} gespeichert</translation>
    </message>
    <message>
        <source>Save the lesson</source>
        <translation>Die Lektion speichern</translation>
    </message>
    <message>
        <source>Lessons (*.gdviz)</source>
        <translation>Lektionen (*.gdviz)</translation>
    </message>
    <message>
        <source>the lesson needs a title</source>
        <translation>die Lektion braucht einen Titel</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>Le&amp;ktion</translation>
    </message>
    <message>
        <source>Open a data file first (File &gt; Open, Ctrl+O)</source>
        <translation>Öffne zuerst eine Datendatei (Datei &gt; Öffnen, Strg+O)</translation>
    </message>
    <message>
        <source>New &amp;lesson…</source>
        <translation>Neue &amp;Lektion…</translation>
    </message>
    <message>
        <source>&amp;Edit lesson…</source>
        <translation>Lektion &amp;bearbeiten…</translation>
    </message>
</context>
<context>
    <name>LessonIntents</name>
    <message>
        <source>Guess placed: press Reveal to see how close it is.</source>
        <extracomment>What a checkpoint of an optimum says while the guess waits for Reveal.</extracomment>
        <translation>Tipp gesetzt: Drücke „Aufdecken“, um zu sehen, wie nah er ist.</translation>
    </message>
    <message>
        <source>step {n}: {problem}</source>
        <extracomment>The open lesson (None: none), the step shown (from 0) and each step&apos;s verdict.</extracomment>
        <translation>Schritt {n}: {problem}</translation>
    </message>
</context>
<context>
    <name>LessonNote</name>
    <message>
        <source>Lesson note</source>
        <extracomment>(background, border, ink, ink of a met checkpoint) on a light and on a dark theme. The title&apos;s type, relative to the note&apos;s. Lines of the note shown in presentation mode, and in the normal window (a short window must keep its panels); &quot;More&quot; shows the rest. The mark of a met checkpoint.</extracomment>
        <translation>Lektionshinweis</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Show the whole note</source>
        <translation>Den ganzen Hinweis zeigen</translation>
    </message>
    <message>
        <source>Show the whole lesson note</source>
        <translation>Den ganzen Lektionshinweis zeigen</translation>
    </message>
    <message>
        <source>Hide the lesson note</source>
        <translation>Lektionshinweis ausblenden</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Schritt {number} von {count}</translation>
    </message>
    <message>
        <source>Question: {question}</source>
        <translation>Frage: {question}</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>&amp;Vorheriger Schritt</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
</context>
<context>
    <name>LoadJob</name>
    <message>
        <source>the file could not be loaded ({problem})</source>
        <translation>die Datei konnte nicht geladen werden ({problem})</translation>
    </message>
</context>
<context>
    <name>LossInputs</name>
    <message>
        <source>error ({loss} + ridge)</source>
        <translation>Fehler ({loss} + Ridge)</translation>
    </message>
    <message>
        <source>error ({loss})</source>
        <translation>Fehler ({loss})</translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>kleinste Quadrate</translation>
    </message>
    <message>
        <source>{loss} optimum</source>
        <translation>{loss}-Optimum</translation>
    </message>
    <message>
        <source>one {loss} optimum</source>
        <translation>ein {loss}-Optimum</translation>
    </message>
    <message>
        <source>ridge {line}</source>
        <translation>Ridge-{line}</translation>
    </message>
    <message>
        <source>{line} (one of many)</source>
        <translation>{line} (eine von vielen)</translation>
    </message>
    <message>
        <source>No rate zones: {loss} has a varying curvature</source>
        <translation>Keine Ratenzonen: {loss} hat eine veränderliche Krümmung</translation>
    </message>
    <message>
        <source>No rate zones: {loss} has no curvature</source>
        <translation>Keine Ratenzonen: {loss} hat keine Krümmung</translation>
    </message>
    <message>
        <source>No learning-rate limits or zones: {noun} has a curvature that changes with the line.</source>
        <translation>Keine Lernraten-Grenzen oder -Zonen: {noun} hat eine Krümmung, die sich mit der Geraden ändert.</translation>
    </message>
    <message>
        <source>No learning-rate limits or zones: {noun} has no curvature.</source>
        <translation>Keine Lernraten-Grenzen oder -Zonen: {noun} hat keine Krümmung.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>{loss}: {description}</source>
        <translation>{loss}: {description}</translation>
    </message>
    <message>
        <source>The error the runs descend on</source>
        <translation>Der Fehler, auf dem die Läufe absteigen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Error surface (2D: no OpenGL for 3D here)</source>
        <extracomment>Milliseconds after the first data set is shown that start-up&apos;s objects are frozen.</extracomment>
        <translation>Fehlerfläche (2D: hier kein OpenGL für 3D)</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilität</translation>
    </message>
    <message>
        <source>Step math</source>
        <translation>Rechenweg</translation>
    </message>
    <message>
        <source>My line</source>
        <translation>Meine Gerade</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Loading %p%</source>
        <translation>Laden %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Open data file or lesson</source>
        <translation>Datendatei oder Lektion öffnen</translation>
    </message>
    <message>
        <source>Data files and lessons (*.csv *.tsv *.txt *.dat *.gdviz);;Lessons (*.gdviz);;All files (*)</source>
        <translation>Datendateien und Lektionen (*.csv *.tsv *.txt *.dat *.gdviz);;Lektionen (*.gdviz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a data file first</source>
        <translation>Öffne zuerst eine Datendatei</translation>
    </message>
    <message>
        <source>Save as lesson</source>
        <translation>Als Lektion speichern</translation>
    </message>
    <message>
        <source>Lessons (*.gdviz)</source>
        <translation>Lektionen (*.gdviz)</translation>
    </message>
    <message>
        <source>Saved the lesson {name}</source>
        <translation>Lektion {name} gespeichert</translation>
    </message>
    <message>
        <source>Opened {name}: gdviz opens one file at a time ({n} were dropped)</source>
        <translation>{name} geöffnet: gdviz öffnet jeweils eine Datei ({n} wurden abgelegt)</translation>
    </message>
    <message>
        <source>About gdviz</source>
        <translation>Über gdviz</translation>
    </message>
    <message>
        <source>&lt;b&gt;gdviz {version}&lt;/b&gt;&lt;br&gt;Watch gradient descent fit a straight line: the data, the error curve and the (b, m, error) surface, step by step.</source>
        <translation>&lt;b&gt;gdviz {version}&lt;/b&gt;&lt;br&gt;Sieh zu, wie der Gradientenabstieg eine Gerade anpasst: die Daten, die Fehlerkurve und die (b, m, Fehler)-Fläche, Schritt für Schritt.</translation>
    </message>
</context>
<context>
    <name>MathPanel</name>
    <message>
        <source>The math of this step</source>
        <extracomment>Point sizes at the panel&apos;s smallest comfortable size (about 420 x 520 px); a larger panel (a projector, a maximised dock) scales them up, up to :data:`MAX_SCALE` times. Text colours on a light and on a dark background (the window&apos;s theme decides): headings, residuals above and below the line (the data panel&apos;s residual colours, the orange darkened to be legible as text on white), warnings and the check against the history. The heading of the core&apos;s check of the step against the recorded history, as :mod:`gdviz.core.explain` writes it (English, translated in context &quot;explain&quot;); its note is coloured by whether the two agree.</extracomment>
        <translation>Die Rechnung zu diesem Schritt</translation>
    </message>
    <message>
        <source>Which step</source>
        <translation>Welcher Schritt</translation>
    </message>
    <message>
        <source>Points of this step</source>
        <translation>Punkte dieses Schritts</translation>
    </message>
    <message>
        <source>About the table</source>
        <translation>Zur Tabelle</translation>
    </message>
    <message>
        <source>Formulas of this step</source>
        <translation>Formeln dieses Schritts</translation>
    </message>
    <message>
        <source>r = {y} − ({m}·{x} + {b}) is the residual</source>
        <translation>r = {y} − ({m}·{x} + {b}) ist das Residuum</translation>
    </message>
    <message>
        <source>point {number} is not in this step&apos;s batch</source>
        <translation>Punkt {number} gehört nicht zum Stapel dieses Schritts</translation>
    </message>
    <message>
        <source>there is no point {number}</source>
        <translation>es gibt keinen Punkt {number}</translation>
    </message>
    <message>
        <source>point {number} is not among the first {shown} rows shown; its row is added below them</source>
        <translation>Punkt {number} ist nicht unter den ersten {shown} gezeigten Zeilen; seine Zeile steht darunter</translation>
    </message>
    <message>
        <source>The math of the next step</source>
        <translation>Die Rechnung zum nächsten Schritt</translation>
    </message>
    <message>
        <source>Load data to see the arithmetic of a step.</source>
        <translation>Lade Daten, um die Rechnung eines Schritts zu sehen.</translation>
    </message>
    <message>
        <source>index of the point in the data</source>
        <translation>Nummer des Punkts in den Daten</translation>
    </message>
    <message>
        <source>{x} of the point</source>
        <translation>{x} des Punkts</translation>
    </message>
    <message>
        <source>{y} of the point</source>
        <translation>{y} des Punkts</translation>
    </message>
    <message>
        <source>the line&apos;s prediction {m}·{x} + {b}</source>
        <translation>die Vorhersage der Geraden {m}·{x} + {b}</translation>
    </message>
    <message>
        <source>the residual r = {y} − ({m}·{x} + {b}): how far the point lies above the line</source>
        <translation>das Residuum r = {y} − ({m}·{x} + {b}): wie weit der Punkt über der Geraden liegt</translation>
    </message>
    <message>
        <source>{x}·r, the point&apos;s share of ∂E/∂{m} (times −2/N)</source>
        <translation>{x}·r, der Anteil des Punkts an ∂E/∂{m} (mal −2/N)</translation>
    </message>
    <message>
        <source>sums over every point the step uses</source>
        <translation>Summen über alle Punkte, die der Schritt verwendet</translation>
    </message>
    <message>
        <source>over all {count}</source>
        <translation>über alle {count}</translation>
    </message>
    <message>
        <source>over 1 point</source>
        <translation>über 1 Punkt</translation>
    </message>
    <message>
        <source>over {count} points</source>
        <translation>über {count} Punkte</translation>
    </message>
    <message>
        <source>{count} more points are not shown; Σ includes them.</source>
        <translation>{count} weitere Punkte sind nicht gezeigt; Σ zählt sie mit.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Residuals</source>
        <extracomment>View toggles: (attribute of the window, text, field of the session&apos;s ViewState, tooltip); the texts in English, translated (context &quot;Menus&quot;) where the actions are made.</extracomment>
        <translation>Residuen</translation>
    </message>
    <message>
        <source>Squares of residuals</source>
        <translation>Quadrate der Residuen</translation>
    </message>
    <message>
        <source>Draw each residual&apos;s square: their total area is N times the error</source>
        <translation>Das Quadrat jedes Residuums zeichnen: Ihre Gesamtfläche ist N-mal der Fehler</translation>
    </message>
    <message>
        <source>Best-fit line</source>
        <translation>Ausgleichsgerade</translation>
    </message>
    <message>
        <source>The line of least error for the chosen loss (for the mean squared error, the least-squares line)</source>
        <translation>Die Gerade mit dem kleinsten Fehler für die gewählte Verlustfunktion (beim mittleren quadratischen Fehler die Gerade der kleinsten Quadrate)</translation>
    </message>
    <message>
        <source>Log error scale</source>
        <translation>Logarithmische Fehlerskala</translation>
    </message>
    <message>
        <source>Gradient arrows</source>
        <translation>Gradientenpfeile</translation>
    </message>
    <message>
        <source>Surface in standardised units</source>
        <translation>Fläche in standardisierten Einheiten</translation>
    </message>
    <message>
        <source>Draw the error surface over the standardised coefficients (b′, m′):
the narrow valley becomes a round bowl; the error values stay the same</source>
        <translation>Die Fehlerfläche über den standardisierten Koeffizienten (b′, m′) zeichnen:
aus dem schmalen Tal wird eine runde Schüssel; die Fehlerwerte bleiben gleich</translation>
    </message>
    <message>
        <source>Large iteration and error</source>
        <translation>Große Iteration und Fehler</translation>
    </message>
    <message>
        <source>Plain language</source>
        <translation>Einfache Sprache</translation>
    </message>
    <message>
        <source>Words instead of symbols in the window (learning rate for η, how steep the
steepest direction is for λmax, …); the Stability and Step math docks and the
tooltips keep the symbols</source>
        <translation>Wörter statt Symbole im Fenster (Lernrate für η, wie steil die steilste
Richtung ist für λmax, …); die Bereiche Stabilität und Rechenweg sowie die
Tooltips behalten die Symbole</translation>
    </message>
    <message>
        <source>Data panel</source>
        <translation>Datenbereich</translation>
    </message>
    <message>
        <source>Error panel</source>
        <translation>Fehlerbereich</translation>
    </message>
    <message>
        <source>Surface panel</source>
        <translation>Flächenbereich</translation>
    </message>
    <message>
        <source>Contour panel</source>
        <translation>Höhenlinienbereich</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a data file (Ctrl+O)</source>
        <translation>Eine Datendatei öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>Start/Pause</source>
        <translation>Start/Pause</translation>
    </message>
    <message>
        <source>Forward one iteration</source>
        <translation>Eine Iteration vor</translation>
    </message>
    <message>
        <source>Take one new step</source>
        <translation>Einen neuen Schritt machen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Ten steps</source>
        <translation>Zehn Schritte</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Schritt zurück</translation>
    </message>
    <message>
        <source>Show iteration 0</source>
        <translation>Iteration 0 zeigen</translation>
    </message>
    <message>
        <source>Follow the newest iteration</source>
        <translation>Der neuesten Iteration folgen</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Edit points</source>
        <translation>Punkte bearbeiten</translation>
    </message>
    <message>
        <source>Click on the data panel to add a point, drag one to move it, right-click to
delete it (off: clicks only highlight points, so a stray click changes nothing)</source>
        <translation>Im Datenbereich klicken, um einen Punkt hinzuzufügen, ziehen, um ihn zu verschieben,
Rechtsklick, um ihn zu löschen (aus: Klicks heben Punkte nur hervor, ein versehentlicher Klick ändert nichts)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Beispiele</translation>
    </message>
    <message>
        <source>Open the lesson {name}</source>
        <translation>Die Lektion {name} öffnen</translation>
    </message>
    <message>
        <source>Data sets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>&amp;Save as Lesson…</source>
        <translation>Als Lektion &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Then: click to add a point, drag to move, right-click to delete</source>
        <translation>Dann: klicken zum Hinzufügen, ziehen zum Verschieben, Rechtsklick zum Löschen</translation>
    </message>
    <message>
        <source>&amp;Name the columns…</source>
        <translation>Spalten &amp;benennen…</translation>
    </message>
    <message>
        <source>Name x and y, e.g. hours studied and test score</source>
        <translation>x und y benennen, z. B. Lernstunden und Testergebnis</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>Presentation pa&amp;nels</source>
        <translation>Präsentations&amp;bereiche</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Show the &amp;welcome note</source>
        <translation>&amp;Willkommenshinweis zeigen</translation>
    </message>
    <message>
        <source>&amp;About gdviz</source>
        <translation>Ü&amp;ber gdviz</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Best-fit line</source>
        <comment>toolbar</comment>
        <translation>Ausgleichsgerade</translation>
    </message>
    <message>
        <source>Log error scale</source>
        <comment>toolbar</comment>
        <translation>Log-Skala</translation>
    </message>
    <message>
        <source>Surface in standardised units</source>
        <comment>toolbar</comment>
        <translation>Standardisiert</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <comment>toolbar</comment>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Results</source>
        <comment>toolbar</comment>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Stability</source>
        <comment>toolbar</comment>
        <translation>Stabilität</translation>
    </message>
    <message>
        <source>Step math</source>
        <comment>toolbar</comment>
        <translation>Rechenweg</translation>
    </message>
    <message>
        <source>My line</source>
        <comment>toolbar</comment>
        <translation>Meine Gerade</translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>Message action</source>
        <translation>Aktion zur Meldung</translation>
    </message>
    <message>
        <source>Do it</source>
        <translation>Ausführen</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Messages</source>
        <extracomment>(background, ink, border) of each level on a light and on a dark theme. Type size of a message (points) in the light theme; larger with large controls.</extracomment>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Click to dismiss</source>
        <translation>Zum Schließen klicken</translation>
    </message>
</context>
<context>
    <name>MyLineBox</name>
    <message>
        <source>Drag the round handles on the data panel up or down, or type b and m.</source>
        <extracomment>Opacity (0-255) of the squares&apos; fill and outline. The widest the dock&apos;s contents get (pixels): the panels keep the room.</extracomment>
        <translation>Ziehe die runden Griffe im Datenbereich nach oben oder unten, oder tippe b und m ein.</translation>
    </message>
    <message>
        <source>My line</source>
        <translation>Meine Gerade</translation>
    </message>
    <message>
        <source>Show my line</source>
        <translation>Meine Gerade zeigen</translation>
    </message>
    <message>
        <source>My line&apos;s intercept b</source>
        <translation>Achsenabschnitt b meiner Geraden</translation>
    </message>
    <message>
        <source>My line&apos;s slope m</source>
        <translation>Steigung m meiner Geraden</translation>
    </message>
    <message>
        <source>Start from my line</source>
        <translation>Von meiner Geraden starten</translation>
    </message>
    <message>
        <source>Start the run from my line</source>
        <translation>Den Lauf bei meiner Geraden beginnen</translation>
    </message>
    <message>
        <source>The run starts again at my line&apos;s b and m (Reset)</source>
        <translation>Der Lauf beginnt neu bei b und m meiner Geraden (Zurücksetzen)</translation>
    </message>
    <message>
        <source>your line&apos;s mean absolute error: {value}</source>
        <translation>Mittlerer absoluter Fehler meiner Geraden: {value}</translation>
    </message>
    <message>
        <source>your line&apos;s error ({loss}): {value}</source>
        <translation>Fehler meiner Geraden ({loss}): {value}</translation>
    </message>
    <message>
        <source>the {line}&apos;s error E* is hidden until Reveal</source>
        <translation>der Fehler E* der besten Geraden ({line}) bleibt bis „Aufdecken“ verborgen</translation>
    </message>
    <message>
        <source>the {line}&apos;s error: E* = {value}</source>
        <translation>Fehler der besten Geraden ({line}): E* = {value}</translation>
    </message>
    <message>
        <source>mean = {total} / N = {value}</source>
        <translation>Mittelwert = {total} / N = {value}</translation>
    </message>
    <message>
        <source>the least-squares mean E* is hidden until Reveal</source>
        <translation>der Mittelwert E* der Ausgleichsgeraden bleibt bis „Aufdecken“ verborgen</translation>
    </message>
    <message>
        <source>the least-squares line&apos;s mean: E* = {value}</source>
        <translation>Mittelwert der Ausgleichsgeraden: E* = {value}</translation>
    </message>
    <message>
        <source>Squares drawn for {drawn} sampled points of {count}; the sums count every point.</source>
        <translation>Quadrate gezeichnet für {drawn} Stichprobenpunkte von {count}; die Summen zählen alle Punkte.</translation>
    </message>
    <message>
        <source>{loss} with threshold {delta}</source>
        <translation>{loss} mit Schwelle {delta}</translation>
    </message>
    <message>
        <source>{loss} plus {ridge} times the slope squared</source>
        <translation>{loss} plus {ridge} mal Steigung zum Quadrat</translation>
    </message>
    <message>
        <source>A line you move by hand, with its squares and their total</source>
        <translation>Eine Gerade, die du von Hand verschiebst, mit ihren Quadraten und deren Summe</translation>
    </message>
</context>
<context>
    <name>MyLineOverlay</name>
    <message>
        <source>my line</source>
        <translation>meine Gerade</translation>
    </message>
    <message>
        <source>Drag up or down: my line turns about the other handle</source>
        <translation>Nach oben oder unten ziehen: meine Gerade dreht sich um den anderen Griff</translation>
    </message>
    <message>
        <source>my line: {total} = {value}</source>
        <translation>meine Gerade: {total} = {value}</translation>
    </message>
</context>
<context>
    <name>PredictBar</name>
    <message>
        <source>where the next step lands</source>
        <extracomment>The strip&apos;s choice of what a click guesses, by kind (gdviz.core.guess.KINDS). These words are English; the window shows them translated (context &quot;PredictBar&quot;).</extracomment>
        <translation>wo der nächste Schritt landet</translation>
    </message>
    <message>
        <source>where the optimum is</source>
        <translation>wo das Optimum liegt</translation>
    </message>
    <message>
        <source>guess: next step</source>
        <extracomment>The word beside the mark on the map, by kind.</extracomment>
        <translation>Tipp: nächster Schritt</translation>
    </message>
    <message>
        <source>guess: optimum</source>
        <translation>Tipp: Optimum</translation>
    </message>
    <message>
        <source>Optimum hidden. Click the contour map to mark</source>
        <translation>Optimum verborgen. Klicke in die Höhenlinienkarte, um zu markieren,</translation>
    </message>
    <message>
        <source>Your guess stays on the contour map until you clear it.</source>
        <translation>Dein Tipp bleibt auf der Höhenlinienkarte, bis du ihn löschst.</translation>
    </message>
    <message>
        <source>Predict, then reveal</source>
        <translation>Vorhersagen, dann aufdecken</translation>
    </message>
    <message>
        <source>What a click on the contour map guesses</source>
        <translation>Was ein Klick in die Höhenlinienkarte tippt</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Aufdecken</translation>
    </message>
    <message>
        <source>Reveal the optimum</source>
        <translation>Das Optimum aufdecken</translation>
    </message>
    <message>
        <source>Show the least-squares line, the optimum and b*, m*, E*</source>
        <translation>Ausgleichsgerade, Optimum und b*, m*, E* zeigen</translation>
    </message>
    <message>
        <source>Clear guess</source>
        <translation>Tipp löschen</translation>
    </message>
    <message>
        <source>Clear the guess</source>
        <translation>Den Tipp löschen</translation>
    </message>
    <message>
        <source>Hide the least-squares line, the optimum and b*, m*, E* until Reveal;
meanwhile a click on the contour map marks a guess</source>
        <translation>Ausgleichsgerade, Optimum und b*, m*, E* bis „Aufdecken“ verbergen;
bis dahin markiert ein Klick in die Höhenlinienkarte einen Tipp</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <source>&amp;Presentation mode</source>
        <extracomment>Platforms where a window manager may be missing (a bare X server, a kiosk): there a full-screen request alone leaves the window at its size, so it is sized to the screen.</extracomment>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen, large type, thick lines (F11; Esc leaves)</source>
        <translation>Vollbild, große Schrift, dicke Linien (F11; Esc beendet)</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
</context>
<context>
    <name>ProjectorLayout</name>
    <message>
        <source>&amp;Controls</source>
        <extracomment>The smallest panel a class can read from the back of the room (presentation mode). Two panels, the default for presentation on a screen too small for four. Height the rest of the presentation layout takes (menu bar, large display, transport bar, timeline, message bar), to judge whether four panels fit a screen.</extracomment>
        <translation>&amp;Bedienfeld</translation>
    </message>
    <message>
        <source>Show or hide the controls (F10)</source>
        <translation>Bedienfeld zeigen oder verbergen (F10)</translation>
    </message>
    <message>
        <source>Two panels fit this screen: choose others (or all four) in the bar below or in View &gt; Presentation panels.</source>
        <translation>Auf diesen Bildschirm passen zwei Bereiche: Wähle andere (oder alle vier) in der Leiste unten oder unter Ansicht &gt; Präsentationsbereiche.</translation>
    </message>
</context>
<context>
    <name>RateGauge</name>
    <message>
        <source>Learning-rate zones of plain gradient descent on this data (log scale, {lo} to {hi}); the needle marks the current rate.
{zones}</source>
        <extracomment>Okabe-Ito colours per zone (distinct for colour-blind viewers; each band is labelled). The label under each band: the zone&apos;s own name, as the text line and tooltip say it (the core&apos;s :data:`~gdviz.core.stability.ZONE_NAMES`, in the reader&apos;s language). Lines of the summary in plain language (words take more room than symbols). The controls&apos; type size the two sizes above go with; a theme with larger controls (presentation) scales them alike. Room at each end of the bar, the needle&apos;s height (above and below the bar) and its half width. Half the width of the line marking a zone that is a single rate (η = 1 for Newton). Height of the leader lines from each band down to its name. Space between two zone labels, in pixels. The gauge&apos;s words in English; shown translated (context &quot;RateGauge&quot;).</extracomment>
        <translation>Lernratenzonen des einfachen Gradientenabstiegs auf diesen Daten (logarithmische Skala, {lo} bis {hi}); die Nadel markiert die aktuelle Rate.
{zones}</translation>
    </message>
    <message>
        <source>Zones of the step scale η of {name} on a squared error, whatever the data (log scale, {lo} to {hi}); the needle marks the current rate.
{zones}</source>
        <translation>Zonen des Schrittfaktors η von „{name}“ bei einem quadratischen Fehler, unabhängig von den Daten (logarithmische Skala, {lo} bis {hi}); die Nadel markiert die aktuelle Rate.
{zones}</translation>
    </message>
    <message>
        <source>This rule follows one point (or a small batch) per step, so the line keeps moving around the optimum: the error ends near the least-squares error, not on it. The zones are those of plain descent over all the points.</source>
        <translation>Diese Regel folgt pro Schritt einem Punkt (oder einem kleinen Batch), daher bewegt sich die Gerade weiter um das Optimum herum: Der Fehler endet nahe am Fehler der kleinsten Quadrate, nicht genau darauf. Die Zonen sind die des einfachen Abstiegs über alle Punkte.</translation>
    </message>
    <message>
        <source>for plain descent: {zone}</source>
        <translation>für einfachen Abstieg: {zone}</translation>
    </message>
    <message>
        <source>{zone}: ends near the optimum, not on it</source>
        <translation>{zone}: endet nahe am Optimum, nicht darauf</translation>
    </message>
    <message>
        <source>{zone}: {meaning}</source>
        <translation>{zone}: {meaning}</translation>
    </message>
    <message>
        <source>Learning-rate zones</source>
        <translation>Lernratenzonen</translation>
    </message>
    <message>
        <source>Learning-rate zones appear when data is loaded</source>
        <translation>Die Lernratenzonen erscheinen, sobald Daten geladen sind</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>b′ (standardised)</source>
        <translation>b′ (standardisiert)</translation>
    </message>
    <message>
        <source>m′ (standardised)</source>
        <translation>m′ (standardisiert)</translation>
    </message>
    <message>
        <source>b (intercept)</source>
        <translation>b (Achsenabschnitt)</translation>
    </message>
    <message>
        <source>m (slope)</source>
        <translation>m (Steigung)</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>run</source>
        <extracomment>The table&apos;s columns.</extracomment>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>within 1% of E*</source>
        <translation>innerhalb 1 % von E*</translation>
    </message>
    <message>
        <source>diverged at {iteration}</source>
        <extracomment>The widest the table asks to be (pixels); beyond it, it scrolls sideways. Size of a run&apos;s line sample (pixels, light theme).</extracomment>
        <translation>divergiert bei {iteration}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>iteration {iteration}</source>
        <translation>Iteration {iteration}</translation>
    </message>
    <message>
        <source>Results of the runs</source>
        <translation>Ergebnisse der Läufe</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Each run&apos;s b, m, error and when it came within 1% of E*</source>
        <translation>b, m und Fehler jedes Laufs, und wann er innerhalb 1 % von E* kam</translation>
    </message>
    <message>
        <source>Results at iteration {iteration}</source>
        <translation>Ergebnisse bei Iteration {iteration}</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>main run</source>
        <translation>Hauptlauf</translation>
    </message>
</context>
<context>
    <name>ScatterPanel</name>
    <message>
        <source>squares: total area = N × error</source>
        <extracomment>More points than this are drawn as a sample (the math still uses every point). Residual segments and squares are drawn for at most this many (sampled) points: more only cost drawing time (about 5 ms a frame per 1,000 under software rendering). Above this many points the mouse no longer edits the data (clicks still highlight). A click or drag this close to a point (in pixels) is on the point. How much taller (a share of the data&apos;s height) the fitted view may become to give the legend a corner without points. Legends of more entries than this go in the strip above the view. Fill and outline opacity (0-255) of the squared-residual squares. The panel&apos;s words in English; shown translated (context &quot;ScatterPanel&quot;).</extracomment>
        <translation>Quadrate: Gesamtfläche = N × Fehler</translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>kleinste Quadrate</translation>
    </message>
    <message>
        <source>&lt;b&gt;Play with the data&lt;/b&gt;&lt;br&gt;Click empty space: add a point&lt;br&gt;Drag a point: move it&lt;br&gt;Right-click a point: delete it&lt;br&gt;Click a point: highlight it&lt;br&gt;Drag empty space: pan &amp;nbsp;·&amp;nbsp; wheel: zoom&lt;br&gt;Right-click empty space: plot menu&lt;br&gt;Ctrl+Z undoes an edit</source>
        <translation>&lt;b&gt;Spiel mit den Daten&lt;/b&gt;&lt;br&gt;Auf eine freie Stelle klicken: Punkt hinzufügen&lt;br&gt;Punkt ziehen: verschieben&lt;br&gt;Rechtsklick auf einen Punkt: löschen&lt;br&gt;Auf einen Punkt klicken: hervorheben&lt;br&gt;Freie Stelle ziehen: verschieben &amp;nbsp;·&amp;nbsp; Mausrad: zoomen&lt;br&gt;Rechtsklick auf eine freie Stelle: Diagrammmenü&lt;br&gt;Strg+Z macht eine Änderung rückgängig</translation>
    </message>
    <message>
        <source>Click a point: highlight it&lt;br&gt;Drag: pan &amp;nbsp;·&amp;nbsp; wheel: zoom&lt;br&gt;Right-click: plot menu</source>
        <translation>Auf einen Punkt klicken: hervorheben&lt;br&gt;Ziehen: verschieben &amp;nbsp;·&amp;nbsp; Mausrad: zoomen&lt;br&gt;Rechtsklick: Diagrammmenü</translation>
    </message>
    <message>
        <source>Data and fitted line</source>
        <translation>Daten und angepasste Gerade</translation>
    </message>
    <message>
        <source>Data and the current line</source>
        <translation>Daten und die aktuelle Gerade</translation>
    </message>
    <message>
        <source>Data ({drawn} of {count} points drawn) and the current line</source>
        <translation>Daten ({drawn} von {count} Punkten gezeichnet) und die aktuelle Gerade</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>current line</source>
        <translation>aktuelle Gerade</translation>
    </message>
    <message>
        <source>squares of {count} sampled points</source>
        <translation>Quadrate von {count} Stichprobenpunkten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editing is off&lt;/b&gt; for more than {limit} points&lt;br&gt;(this data set has {count})&lt;br&gt;</source>
        <translation>&lt;b&gt;Bearbeiten ist aus&lt;/b&gt; bei mehr als {limit} Punkten&lt;br&gt;(dieser Datensatz hat {count})&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editing is off&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Bearbeiten ist aus&lt;/b&gt;&lt;br&gt;</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>compared run: {problem}</source>
        <extracomment>The chosen error&apos;s optimum for the data shown (None before any data).</extracomment>
        <translation>Vergleichslauf: {problem}</translation>
    </message>
    <message>
        <source>Finding the {line} for {n} points…</source>
        <translation>Suche nach der {line} für {n} Punkte …</translation>
    </message>
    <message>
        <source>The runs start again on the error: {error}.</source>
        <translation>Die Läufe beginnen neu mit dem Fehler: {error}.</translation>
    </message>
    <message>
        <source>The runs start again on the error: {error}. Its {line} is not unique: {note}.</source>
        <translation>Die Läufe beginnen neu mit dem Fehler: {error}. Die zugehörige {line} ist nicht eindeutig: {note}.</translation>
    </message>
    <message>
        <source>diverged at iteration {n}: {explanation}</source>
        <extracomment>The window&apos;s panels, by the names lessons use. Files this large load in the background (the window stays responsive). Open sessions, so that their worker threads are joined even if the program exits without closing them (&quot;QThread: Destroyed while thread is still running&quot; aborts). The panels presentation mode shows, in order: one, two or four of :data:`PANELS`. Clicks on the data panel add, move and delete points (off: the data cannot be knocked over by a stray click). Predict, then reveal: the least-squares line, the optimum and their numbers are hidden until Reveal, and a click on the contour map places a guess. What a click on the contour map guesses: &quot;step&quot; (where the next step lands) or &quot;optimum&quot; (gdviz.core.guess.KINDS). The class&apos;s guess on the contour map, or None. My line (b, m), placed by hand on the data panel, or None. Plain language: the main window says in words what the symbols say (η, λ, ρ, ∂E/∂b).</extracomment>
        <translation>divergiert bei Iteration {n}: {explanation}</translation>
    </message>
    <message>
        <source>Loading {name} ({size} MB)…</source>
        <translation>{name} wird geladen ({size} MB)…</translation>
    </message>
    <message>
        <source>x and y must be different columns</source>
        <translation>x und y müssen verschiedene Spalten sein</translation>
    </message>
    <message>
        <source>Loading cancelled; the data shown is unchanged.</source>
        <translation>Laden abgebrochen; die gezeigten Daten sind unverändert.</translation>
    </message>
    <message>
        <source>column names must be 1 to {n} characters</source>
        <translation>Spaltennamen müssen 1 bis {n} Zeichen lang sein</translation>
    </message>
    <message>
        <source>Learning rate set to {rate}; press Start.</source>
        <translation>Lernrate auf {rate} gesetzt; „Start“ drücken.</translation>
    </message>
    <message>
        <source>Comparing {n} runs from the same start.</source>
        <translation>{n} Läufe vom selben Start aus im Vergleich.</translation>
    </message>
    <message>
        <source>One run again.</source>
        <translation>Wieder ein einzelner Lauf.</translation>
    </message>
    <message>
        <source>Open a data file first (File &gt; Open, Ctrl+O)</source>
        <translation>Zuerst eine Datendatei öffnen (Datei &gt; Öffnen, Strg+O)</translation>
    </message>
    <message>
        <source>Replaying from iteration {shown}: the {n} iterations after it were discarded.</source>
        <translation>Neuer Lauf ab Iteration {shown}: die {n} Iterationen danach wurden verworfen.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Start or pause the descent</source>
        <translation>Den Abstieg starten oder anhalten</translation>
    </message>
    <message>
        <source>Forward one iteration (from the newest: take one new step)</source>
        <translation>Eine Iteration vor (von der neuesten aus: einen neuen Schritt machen)</translation>
    </message>
    <message>
        <source>Take ten iterations</source>
        <translation>Zehn Iterationen machen</translation>
    </message>
    <message>
        <source>Step back one iteration</source>
        <translation>Eine Iteration zurück</translation>
    </message>
    <message>
        <source>Go to iteration 0</source>
        <translation>Zu Iteration 0 gehen</translation>
    </message>
    <message>
        <source>Go to the latest iteration</source>
        <translation>Zur neuesten Iteration gehen</translation>
    </message>
    <message>
        <source>Reset to iteration 0 (start again)</source>
        <translation>Auf Iteration 0 zurücksetzen (neu beginnen)</translation>
    </message>
    <message>
        <source>Next step of the lesson</source>
        <translation>Nächster Schritt der Lektion</translation>
    </message>
    <message>
        <source>Previous step of the lesson</source>
        <translation>Vorheriger Schritt der Lektion</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>Eine Datendatei öffnen</translation>
    </message>
    <message>
        <source>Save the lesson</source>
        <translation>Die Lektion speichern</translation>
    </message>
    <message>
        <source>Export a picture or the history</source>
        <translation>Ein Bild oder den Verlauf exportieren</translation>
    </message>
    <message>
        <source>Undo a data edit</source>
        <translation>Eine Datenänderung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo a data edit</source>
        <translation>Eine Datenänderung wiederholen</translation>
    </message>
    <message>
        <source>Presentation mode on or off (full screen, large type)</source>
        <translation>Präsentationsmodus ein oder aus (Vollbild, große Schrift)</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source>Show or hide the controls (presentation too)</source>
        <translation>Die Bedienelemente zeigen oder ausblenden (auch in der Präsentation)</translation>
    </message>
    <message>
        <source>Explain the control or panel in focus (Help &gt; Concepts)</source>
        <translation>Das Element oder den Bereich im Fokus erklären (Hilfe &gt; Begriffe)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <extracomment>Friendlier names than Qt&apos;s for some keys.</extracomment>
        <translation>Pfeil nach rechts</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>Pfeil nach links</translation>
    </message>
    <message>
        <source>Up arrow</source>
        <translation>Pfeil nach oben</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>Pfeil nach unten</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Bild ab</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Bild auf</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys that work anywhere in the gdviz window:</source>
        <translation>Tasten, die überall im gdviz-Fenster funktionieren:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>StabilityPanel</name>
    <message>
        <source>measured</source>
        <extracomment>The panel&apos;s words in English; shown translated (context &quot;StabilityPanel&quot;).</extracomment>
        <translation>gemessen</translation>
    </message>
    <message>
        <source>theory: plain descent</source>
        <translation>Theorie: einfacher Abstieg</translation>
    </message>
    <message>
        <source>theory line: plain gradient descent</source>
        <translation>Theorielinie: einfacher Gradientenabstieg</translation>
    </message>
    <message>
        <source>theory: {name}</source>
        <translation>Theorie: {name}</translation>
    </message>
    <message>
        <source>{name} on this data</source>
        <translation>{name} auf diesen Daten</translation>
    </message>
    <message>
        <source>within 1% of E*</source>
        <translation>innerhalb 1 % von E*</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>verwendet</translation>
    </message>
    <message>
        <source>The problem being descended</source>
        <translation>Das Problem, auf dem der Abstieg läuft</translation>
    </message>
    <message>
        <source>raw data</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <source>normalised</source>
        <translation>normiert</translation>
    </message>
    <message>
        <source>Stability and conditioning</source>
        <translation>Stabilität und Kondition</translation>
    </message>
    <message>
        <source>The distance to the optimum is hidden until Reveal.</source>
        <translation>Der Abstand zum Optimum bleibt bis „Aufdecken“ verborgen.</translation>
    </message>
    <message>
        <source>Plain gradient descent on this data</source>
        <translation>Einfacher Gradientenabstieg auf diesen Daten</translation>
    </message>
    <message>
        <source>Distance to the optimum per iteration</source>
        <translation>Abstand zum Optimum pro Iteration</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>Distance to the optimum</source>
        <translation>Abstand zum Optimum</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>E − E*  (log scale)</source>
        <translation>E − E*  (logarithmische Skala)</translation>
    </message>
    <message>
        <source>diverged at {n}</source>
        <translation>divergiert bei {n}</translation>
    </message>
    <message>
        <source>For comparison</source>
        <translation>Zum Vergleich</translation>
    </message>
</context>
<context>
    <name>StateReadout</name>
    <message>
        <source>Copy the state</source>
        <extracomment>Between the optimum&apos;s name (&quot;least squares&quot;, &quot;MAE optimum&quot;) and its b*. The widest line a column is sized for at least, so it does not grow every frame. Space between the columns, in widths of &quot;m&quot;.</extracomment>
        <translation>Den Zustand kopieren</translation>
    </message>
    <message>
        <source>least squares</source>
        <extracomment>Points of the descent path drawn on the surface panels (the history keeps all). Points of the error curve drawn (peaks kept; the history keeps all). Milliseconds between a frame drawn and the request for the next one (at full speed). Significant digits in the State readout (as every value shown: words.format_value). Seconds between updates of the results table while the runs play.</extracomment>
        <translation>kleinste Quadrate</translation>
    </message>
    <message>
        <source>iteration {n}</source>
        <translation>Iteration {n}</translation>
    </message>
    <message>
        <source>error = {value}</source>
        <translation>Fehler = {value}</translation>
    </message>
</context>
<context>
    <name>SurfacePanel</name>
    <message>
        <source>b (intercept)</source>
        <extracomment>The world box: x and y in [-HALF_WIDTH, HALF_WIDTH], z in [0, HEIGHT]. The base grid sits a little below the lowest point of the surface. The path floats this far above the surface so the surface never hides it. The path is drawn through points about this far apart (world units, the box is 10 wide): thousands of sub-pixel segments draw faintly when antialiased, and cost for nothing. The default camera: from the front right, a little above. GLViewWidget&apos;s field of view is fixed horizontally, so a wide, short view moves the camera back (see _place_camera). Widths (pixels, light theme) of the paths and of the gradient arrow. The registry&apos;s line styles along a 3D path: drawn and skipped lengths in world units (the box is 10 wide). Room (pixels) kept between two labels. Where the axes&apos; full names would move the camera this much farther back (the surface a speck between them), they are named without their parenthesis: &quot;b′&quot;, &quot;m′&quot;, &quot;error&quot;. Markers are drawn last and without depth test: always visible, even behind a wall. Grid sizes the 3D surface is drawn at (points a side), coarsest first; the panel starts at the finest and steps down while frames are slow (software OpenGL on a large view). The axes&apos; default names (English; shown translated, context &quot;SurfacePanel&quot;).</extracomment>
        <translation>b (Achsenabschnitt)</translation>
    </message>
    <message>
        <source>m (slope)</source>
        <translation>m (Steigung)</translation>
    </message>
    <message>
        <source>error (MSE)</source>
        <translation>Fehler (MSE)</translation>
    </message>
    <message>
        <source>Error surface, 3D</source>
        <translation>Fehlerfläche, 3D</translation>
    </message>
    <message>
        <source>The error for every intercept b and slope m, with the descent path on it. Drag to rotate, scroll to zoom.</source>
        <translation>Der Fehler für jeden Achsenabschnitt b und jede Steigung m, mit dem Weg des Abstiegs darauf. Ziehen zum Drehen, Mausrad zum Zoomen.</translation>
    </message>
    <message>
        <source>Error surface E(b, m)</source>
        <translation>Fehlerfläche E(b, m)</translation>
    </message>
    <message>
        <source>Drag to rotate, scroll to zoom, double-click to reset the view</source>
        <translation>Ziehen zum Drehen, Mausrad zum Zoomen, Doppelklick setzt die Ansicht zurück</translation>
    </message>
</context>
<context>
    <name>TeachingIntents</name>
    <message>
        <source>The optimum is hidden: click the contour map to guess the next step.</source>
        <extracomment>What the class is told when the optimum is hidden, by the kind of guess (English; shown translated, context &quot;TeachingIntents&quot;).</extracomment>
        <translation>Das Optimum ist verborgen: Klicke in die Höhenlinienkarte, um zu tippen, wo der nächste Schritt landet.</translation>
    </message>
    <message>
        <source>The optimum is hidden: click the contour map to guess the optimum.</source>
        <translation>Das Optimum ist verborgen: Klicke in die Höhenlinienkarte, um zu tippen, wo das Optimum liegt.</translation>
    </message>
    <message>
        <source>Guess placed; press Step to see how close it is.</source>
        <translation>Tipp gesetzt; drücke „Schritt“, um zu sehen, wie nah er liegt.</translation>
    </message>
    <message>
        <source>Guess placed; press Reveal to see how close it is.</source>
        <translation>Tipp gesetzt; drücke „Aufdecken“, um zu sehen, wie nah er liegt.</translation>
    </message>
    <message>
        <source>The run starts from my line: b = {b}, m = {m}.</source>
        <translation>Der Lauf beginnt bei meiner Geraden: b = {b}, m = {m}.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Schritt zurück</translation>
    </message>
    <message>
        <source>Show the previous iteration (Left arrow)</source>
        <translation>Die vorige Iteration zeigen (Pfeil nach links)</translation>
    </message>
    <message>
        <source>Timeline of iterations</source>
        <translation>Zeitleiste der Iterationen</translation>
    </message>
    <message>
        <source>Drag to see every panel as it was at that iteration.
Step or Start from a past iteration replays from there.</source>
        <translation>Ziehen, um jeden Bereich so zu sehen, wie er bei dieser Iteration war.
„Schritt“ oder „Start“ bei einer früheren Iteration spielt von dort aus weiter.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Follow the newest iteration</source>
        <translation>Der neuesten Iteration folgen</translation>
    </message>
    <message>
        <source>Follow the newest iteration (End)</source>
        <translation>Der neuesten Iteration folgen (Ende)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>iteration {latest}</source>
        <translation>Iteration {latest}</translation>
    </message>
    <message>
        <source>iteration {shown} of {latest}</source>
        <translation>Iteration {shown} von {latest}</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Data</source>
        <extracomment>Each panel&apos;s short name in the panel choices. (English, translated where shown, context &quot;TransportBar&quot;).</extracomment>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Fläche</translation>
    </message>
    <message>
        <source>Contours</source>
        <translation>Höhenlinien</translation>
    </message>
    <message>
        <source>All four panels</source>
        <extracomment>The panel layouts offered for presentation mode: two panels first (they fit any projector), then one, then all four. Ink on each zone&apos;s colour.</extracomment>
        <translation>Alle vier Bereiche</translation>
    </message>
    <message>
        <source>{panel} only</source>
        <translation>Nur {panel}</translation>
    </message>
    <message>
        <source>Presentation controls</source>
        <translation>Präsentationssteuerung</translation>
    </message>
    <message>
        <source>Panels shown</source>
        <translation>Gezeigte Bereiche</translation>
    </message>
    <message>
        <source>The panels presentation mode shows: one, two or all four</source>
        <translation>Die Bereiche, die der Präsentationsmodus zeigt: einen, zwei oder alle vier</translation>
    </message>
    <message>
        <source>Show the controls</source>
        <translation>Bedienelemente zeigen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start or pause</source>
        <translation>Starten oder anhalten</translation>
    </message>
    <message>
        <source>Run or pause (Space)</source>
        <translation>Laufen lassen oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Take one new iteration from the one shown</source>
        <translation>Eine neue Iteration ab der gezeigten machen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to 0 (R)</source>
        <translation>Zurück auf 0 (R)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Iterations per second (+ and − change it)</source>
        <translation>Iterationen pro Sekunde (+ und − ändern sie)</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>WelcomeNote</name>
    <message>
        <source>Welcome to gdviz: watch gradient descent fit the line y = m·x + b to data.</source>
        <extracomment>The note&apos;s words in English (shown through the translation, context &quot;WelcomeNote&quot;).</extracomment>
        <translation>Willkommen bei gdviz: Sieh zu, wie der Gradientenabstieg die Gerade y = m·x + b an Daten anpasst.</translation>
    </message>
    <message>
        <source>Press Start (Space) to watch gradient descent fit the line, or Step (→) to go one iteration at a time; File &gt; Examples has ready-made lessons; F11 for the projector.</source>
        <translation>Drücke „Start“ (Leertaste), um dem Gradientenabstieg beim Anpassen der Geraden zuzusehen, oder „Schritt“ (→), um eine Iteration nach der anderen zu gehen; unter Datei &gt; Beispiele gibt es fertige Lektionen; F11 für den Beamer.</translation>
    </message>
    <message>
        <source>Welcome note</source>
        <extracomment>Type size of the note (points), and in the large-type (presentation) themes: the note is for the teacher, and must not crowd the panels on a projector. (background, border, ink) for light and dark themes.</extracomment>
        <translation>Willkommenshinweis</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Got it: hide the welcome note</source>
        <translation>Verstanden: Willkommenshinweis ausblenden</translation>
    </message>
    <message>
        <source>Hide this note (it will not show at the next start)</source>
        <translation>Diesen Hinweis ausblenden (er erscheint beim nächsten Start nicht)</translation>
    </message>
    <message>
        <source>Show at every start</source>
        <translation>Bei jedem Start zeigen</translation>
    </message>
    <message>
        <source>Show the welcome note at every start</source>
        <translation>Den Willkommenshinweis bei jedem Start zeigen</translation>
    </message>
</context>
<context>
    <name>atomic</name>
    <message>
        <source>could not write {path}: the text cannot be saved as {encoding} ({reason})</source>
        <extracomment>A temporary file this old (untouched for a quarter of an hour) belongs to a save that was killed; a save in progress writes its temporary file within seconds.</extracomment>
        <translation>{path} konnte nicht geschrieben werden: der Text lässt sich nicht als {encoding} speichern ({reason})</translation>
    </message>
    <message>
        <source>no free temporary file name in {folder}</source>
        <translation>kein freier Name für eine temporäre Datei in {folder}</translation>
    </message>
    <message>
        <source>could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>checkpoints</name>
    <message>
        <source>Yes: the run diverged at iteration {n}.</source>
        <extracomment>The kinds, as files name them.</extracomment>
        <translation>Ja: Der Lauf ist bei Iteration {n} divergiert.</translation>
    </message>
    <message>
        <source>Not yet: after {count} iterations the run has not diverged.</source>
        <translation>Noch nicht: Nach {count} Iterationen ist der Lauf nicht divergiert.</translation>
    </message>
    <message>
        <source>Mark a line first.</source>
        <translation>Markiere zuerst eine Gerade.</translation>
    </message>
    <message>
        <source>Take the step from iteration {n} to see where it lands.</source>
        <translation>Mach den Schritt ab Iteration {n}, um zu sehen, wo er landet.</translation>
    </message>
    <message>
        <source>Well predicted: the next step is b = {b}, m = {m}.</source>
        <translation>Gut vorhergesagt: Der nächste Schritt ist b = {b}, m = {m}.</translation>
    </message>
    <message>
        <source>Not quite: the next step is b = {b}, m = {m}.</source>
        <translation>Nicht ganz: Der nächste Schritt ist b = {b}, m = {m}.</translation>
    </message>
    <message>
        <source>Well predicted: the best line is b = {b}, m = {m}.</source>
        <translation>Gut vorhergesagt: Die beste Gerade ist b = {b}, m = {m}.</translation>
    </message>
    <message>
        <source>Not quite: the best line is b = {b}, m = {m}.</source>
        <translation>Nicht ganz: Die beste Gerade ist b = {b}, m = {m}.</translation>
    </message>
    <message>
        <source>Yes: the error went below {limit} at iteration {n}.</source>
        <translation>Ja: Der Fehler ist bei Iteration {n} unter {limit} gefallen.</translation>
    </message>
    <message>
        <source>Not yet: the error must go below {limit} within {count} iterations.</source>
        <translation>Noch nicht: Der Fehler muss innerhalb von {count} Iterationen unter {limit} fallen.</translation>
    </message>
    <message>
        <source>Not met: the error must go below {limit} within {count} iterations; the lowest was {lowest}.</source>
        <translation>Nicht erreicht: Der Fehler muss innerhalb von {count} Iterationen unter {limit} fallen; der niedrigste war {lowest}.</translation>
    </message>
</context>
<context>
    <name>concepts</name>
    <message>
        <source>This page is missing from {folder}.</source>
        <extracomment>The concepts, in the order the window lists them: each is ``resources/concepts/&lt;key&gt;.md``. What each part of the window explains, by the part&apos;s objectName: the first concept is the one F1 opens, and each has an &quot;Explain&quot; entry in the part&apos;s context menu. Text size of the window, in pixels: readable at the back of a class on a projector. Where the optimizers page lists the registered rules.</extracomment>
        <translation>Diese Seite fehlt in {folder}.</translation>
    </message>
    <message>
        <source>The error surface</source>
        <extracomment>The shipped pages&apos; titles, for translation (the pages in English, and the English page shown where a language lacks its own).</extracomment>
        <translation>Die Fehlerfläche</translation>
    </message>
    <message>
        <source>The gradient</source>
        <translation>Der Gradient</translation>
    </message>
    <message>
        <source>The learning rate</source>
        <translation>Die Lernrate</translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation>Konvergenz</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Normierung</translation>
    </message>
    <message>
        <source>The optimizers</source>
        <translation>Die Optimierer</translation>
    </message>
    <message>
        <source>Explain: {title}</source>
        <translation>Erklären: {title}</translation>
    </message>
    <message>
        <source>&amp;Concepts…</source>
        <translation>&amp;Begriffe…</translation>
    </message>
    <message>
        <source>Short illustrated pages on the ideas gdviz shows</source>
        <translation>Kurze bebilderte Seiten zu den Ideen, die gdviz zeigt</translation>
    </message>
    <message>
        <source>&amp;What is this?</source>
        <translation>&amp;Was ist das?</translation>
    </message>
    <message>
        <source>Explain the control or panel in focus (or under the pointer)</source>
        <translation>Das Bedienelement oder den Bereich im Fokus (oder unter dem Mauszeiger) erklären</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source> ({count} skipped)</source>
        <translation> ({count} übersprungen)</translation>
    </message>
    <message>
        <source> ({count} skipped: {lines})</source>
        <translation> ({count} übersprungen: {lines})</translation>
    </message>
    <message>
        <source>{name} from {low} to {high}</source>
        <translation>{name} von {low} bis {high}</translation>
    </message>
    <message>
        <source>line {numbers}</source>
        <translation>Zeile {numbers}</translation>
    </message>
    <message>
        <source>lines {numbers}</source>
        <translation>Zeilen {numbers}</translation>
    </message>
    <message>
        <source>{name}: x and y have different lengths ({x} and {y})</source>
        <translation>{name}: x und y sind verschieden lang ({x} und {y})</translation>
    </message>
    <message>
        <source>a folder</source>
        <extracomment>Largest file the loader reads (2 GB, about 55 million rows of two 17-digit numbers). Longest line the loader reads (1 MB); a longer one means this is not a data file. Bytes read to work out the layout (more when no data line is in them), and the content lines of them looked at. Files this large are read by pandas even before it has been imported (the import costs more than reading a smaller file line by line). The fast path parses ranges of lines of at most about this many bytes, by up to 4 threads at once (as many ranges as makes each thread parse the same number). Reading stops, and the file is refused, once more than this many rows were skipped and they outnumber the usable rows ten to one; the first few skipped lines are named.</extracomment>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>eine benannte Pipe</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <source>1 point skipped: x or y was not a finite number</source>
        <translation>1 Punkt übersprungen: x oder y war keine endliche Zahl</translation>
    </message>
    <message>
        <source>{n} points skipped: x or y was not a finite number</source>
        <translation>{n} Punkte übersprungen: x oder y war keine endliche Zahl</translation>
    </message>
    <message>
        <source>{name}: 1 row skipped ({lines}): {reason}</source>
        <translation>{name}: 1 Zeile übersprungen ({lines}): {reason}</translation>
    </message>
    <message>
        <source>{name}: {n} rows skipped ({lines}): {reason}</source>
        <translation>{name}: {n} Zeilen übersprungen ({lines}): {reason}</translation>
    </message>
    <message>
        <source>the value for {x} or {y} was missing or not a number</source>
        <translation>der Wert für {x} oder {y} fehlte oder war keine Zahl</translation>
    </message>
    <message>
        <source>{name}: need at least two points with finite x and y, found {n} ({count} not finite)</source>
        <translation>{name}: nötig sind mindestens zwei Punkte mit endlichem x und y, gefunden: {n} ({count} nicht endlich)</translation>
    </message>
    <message>
        <source>{name}: need at least two points with finite x and y, found {n}</source>
        <translation>{name}: nötig sind mindestens zwei Punkte mit endlichem x und y, gefunden: {n}</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>eine Spezialdatei</translation>
    </message>
    <message>
        <source>{name}: is a folder, not a data file</source>
        <translation>{name}: ist ein Ordner, keine Datendatei</translation>
    </message>
    <message>
        <source>{name}: not a regular file but {kind}; choose a data file</source>
        <translation>{name}: keine normale Datei, sondern {kind}; wähle eine Datendatei</translation>
    </message>
    <message>
        <source>{name}: file not found ({path})</source>
        <translation>{name}: Datei nicht gefunden ({path})</translation>
    </message>
    <message>
        <source>{name}: permission denied; the file cannot be read</source>
        <translation>{name}: Zugriff verweigert; die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>{name}: not a usable file name</source>
        <translation>{name}: kein brauchbarer Dateiname</translation>
    </message>
    <message>
        <source>{name}: the file is {size}; gdviz reads files up to {most}</source>
        <translation>{name}: die Datei ist {size} groß; gdviz liest Dateien bis {most}</translation>
    </message>
    <message>
        <source>{name}: the file changed while it was read (is another program writing it?); nothing was loaded</source>
        <translation>{name}: die Datei hat sich beim Lesen geändert (schreibt ein anderes Programm hinein?); nichts wurde geladen</translation>
    </message>
    <message>
        <source>{name}: the file is empty</source>
        <translation>{name}: die Datei ist leer</translation>
    </message>
    <message>
        <source>{name}: no data, only blank lines and # comments</source>
        <translation>{name}: keine Daten, nur leere Zeilen und #-Kommentare</translation>
    </message>
    <message>
        <source>{name}: the file has a header row but no data rows</source>
        <translation>{name}: die Datei hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>Spalte {n}</translation>
    </message>
    <message>
        <source>{name}: only one column found; need two columns (x and y)</source>
        <translation>{name}: nur eine Spalte gefunden; nötig sind zwei Spalten (x und y)</translation>
    </message>
    <message>
        <source>{name}: line {line} has {count} values but the header (line {header}) names {named} columns: is &apos;,&apos; also a thousands separator (as in 1,234.5)? Save the file without thousands separators, or with &apos;;&apos; between the columns</source>
        <translation>{name}: Zeile {line} hat {count} Werte, aber die Kopfzeile (Zeile {header}) nennt {named} Spalten: ist &apos;,&apos; auch ein Tausendertrennzeichen (wie in 1,234.5)? Speichere die Datei ohne Tausendertrennzeichen oder mit &apos;;&apos; zwischen den Spalten</translation>
    </message>
    <message>
        <source>{name}: line {line} has {count} values but the header (line {header}) names {named} columns: give every column a name in the header</source>
        <translation>{name}: Zeile {line} hat {count} Werte, aber die Kopfzeile (Zeile {header}) nennt {named} Spalten: gib jeder Spalte in der Kopfzeile einen Namen</translation>
    </message>
    <message>
        <source>{name}: line {line}: no numeric columns</source>
        <translation>{name}: Zeile {line}: keine Zahlenspalten</translation>
    </message>
    <message>
        <source>{name}: only one column holds numbers ({column}); need two columns (x and y)</source>
        <translation>{name}: nur eine Spalte enthält Zahlen ({column}); nötig sind zwei Spalten (x und y)</translation>
    </message>
    <message>
        <source>{name}: x and y are both column {column}; choose two different columns</source>
        <translation>{name}: x und y sind beide die Spalte {column}; wähle zwei verschiedene Spalten</translation>
    </message>
    <message>
        <source>{name}: column {column} not found (available: {available})</source>
        <translation>{name}: Spalte {column} nicht gefunden (vorhanden: {available})</translation>
    </message>
    <message>
        <source>{name}: column index {index} is out of range; the file has {count} columns (indices 0 to {last})</source>
        <translation>{name}: Spaltenindex {index} liegt außerhalb; die Datei hat {count} Spalten (Indizes 0 bis {last})</translation>
    </message>
    <message>
        <source>{count} fields where the header has {width}</source>
        <translation>{count} Felder, wo die Kopfzeile {width} hat</translation>
    </message>
    <message>
        <source>{count} fields where the header has {width} (is &apos;,&apos; also a thousands separator?)</source>
        <translation>{count} Felder, wo die Kopfzeile {width} hat (ist &apos;,&apos; auch ein Tausendertrennzeichen?)</translation>
    </message>
    <message>
        <source>{count} fields where the other rows have {width}</source>
        <translation>{count} Felder, wo die anderen Zeilen {width} haben</translation>
    </message>
    <message>
        <source>{count} fields where the other rows have {width} (is &apos;,&apos; also a thousands separator?)</source>
        <translation>{count} Felder, wo die anderen Zeilen {width} haben (ist &apos;,&apos; auch ein Tausendertrennzeichen?)</translation>
    </message>
    <message>
        <source>only 1 field, no value for {column}</source>
        <translation>nur 1 Feld, kein Wert für {column}</translation>
    </message>
    <message>
        <source>only {n} fields, no value for {column}</source>
        <translation>nur {n} Felder, kein Wert für {column}</translation>
    </message>
    <message>
        <source>the value for {column} is missing ({value})</source>
        <translation>der Wert für {column} fehlt ({value})</translation>
    </message>
    <message>
        <source>the value for {column} is empty</source>
        <translation>der Wert für {column} ist leer</translation>
    </message>
    <message>
        <source>{value} in column {column} is not a finite number</source>
        <translation>{value} in Spalte {column} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>{value} in column {column} is not a number</source>
        <translation>{value} in Spalte {column} ist keine Zahl</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>Zeile {line}: {reason}</translation>
    </message>
    <message>
        <source>{name}: reading stopped at line {line}, with only 1 row usable so far ({skipped})</source>
        <translation>{name}: Lesen in Zeile {line} abgebrochen, bis dahin nur 1 brauchbare Zeile ({skipped})</translation>
    </message>
    <message>
        <source>{name}: reading stopped at line {line}, with only {n} rows usable so far ({skipped})</source>
        <translation>{name}: Lesen in Zeile {line} abgebrochen, bis dahin nur {n} brauchbare Zeilen ({skipped})</translation>
    </message>
    <message>
        <source>1 row skipped: {lines}; {reason}</source>
        <translation>1 Zeile übersprungen: {lines}; {reason}</translation>
    </message>
    <message>
        <source>{n} rows skipped: {lines}; {reason}</source>
        <translation>{n} Zeilen übersprungen: {lines}; {reason}</translation>
    </message>
    <message>
        <source>{name}: line {line} is longer than {size}; gdviz reads data files with shorter lines (is this a data file?)</source>
        <translation>{name}: Zeile {line} ist länger als {size}; gdviz liest Datendateien mit kürzeren Zeilen (ist das eine Datendatei?)</translation>
    </message>
    <message>
        <source>{name}: cannot be read as UTF-16 text (damaged file?)</source>
        <translation>{name}: kann nicht als UTF-16-Text gelesen werden (beschädigte Datei?)</translation>
    </message>
    <message>
        <source>{name}: the file cannot be read ({reason})</source>
        <translation>{name}: die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{name}: looks like a binary file, not text data</source>
        <translation>{name}: sieht nach einer Binärdatei aus, nicht nach Textdaten</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} Punkte</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} Zeilen</translation>
    </message>
    <message>
        <source>{name}: no rows with numbers in both {x} and {y}; need at least 2 ({skipped})</source>
        <translation>{name}: keine Zeilen mit Zahlen in {x} und {y}; nötig sind mindestens 2 ({skipped})</translation>
    </message>
    <message>
        <source>{name}: no rows with numbers in both {x} and {y}; need at least 2</source>
        <translation>{name}: keine Zeilen mit Zahlen in {x} und {y}; nötig sind mindestens 2</translation>
    </message>
    <message>
        <source>{name}: only 1 row with numbers in both {x} and {y}; need at least 2 ({skipped})</source>
        <translation>{name}: nur 1 Zeile mit Zahlen in {x} und {y}; nötig sind mindestens 2 ({skipped})</translation>
    </message>
    <message>
        <source>{name}: only 1 row with numbers in both {x} and {y}; need at least 2</source>
        <translation>{name}: nur 1 Zeile mit Zahlen in {x} und {y}; nötig sind mindestens 2</translation>
    </message>
    <message>
        <source>{name}: {label} must be a sequence of numbers</source>
        <translation>{name}: {label} muss eine Folge von Zahlen sein</translation>
    </message>
    <message>
        <source>{name}: {label} must be one-dimensional (got shape {shape})</source>
        <translation>{name}: {label} muss eindimensional sein (erhalten: Form {shape})</translation>
    </message>
    <message>
        <source>{name}: all x values are equal (x = {x}); a line&apos;s slope cannot be fitted</source>
        <translation>{name}: alle x-Werte sind gleich (x = {x}); die Steigung einer Geraden lässt sich nicht anpassen</translation>
    </message>
</context>
<context>
    <name>descent</name>
    <message>
        <source>initial b</source>
        <extracomment>Steps gathered before their rows are written to the history. The error may grow to this many times its reference (the larger of the starting error and the variance of y) before the run is called divergent. The starting line&apos;s coefficients as messages name them.</extracomment>
        <translation>Start-b</translation>
    </message>
    <message>
        <source>initial m</source>
        <translation>Start-m</translation>
    </message>
    <message>
        <source>the starting line b = {b}, m = {m} is so far from the data that its error overflows; choose smaller initial values</source>
        <translation>die Startgerade b = {b}, m = {m} liegt so weit von den Daten entfernt, dass ihr Fehler überläuft; wähle kleinere Startwerte</translation>
    </message>
    <message>
        <source>stopped at iteration {n}: the error has no curvature at this line (fewer than two x values lie within δ = {delta} of the line), so a {optimizer} step is undefined; use a larger δ, a start nearer the data or a first-order optimizer; showing iteration {shown}</source>
        <translation>bei Iteration {n} angehalten: der Fehler hat an dieser Geraden keine Krümmung (weniger als zwei x-Werte liegen innerhalb von δ = {delta} um die Gerade), daher ist ein {optimizer}-Schritt nicht definiert; verwende ein größeres δ, einen Start näher an den Daten oder einen Optimierer erster Ordnung; gezeigt wird Iteration {shown}</translation>
    </message>
    <message>
        <source>stopped at iteration {n}: the error has no curvature at this line (the error is flat in some direction), so a {optimizer} step is undefined; use a larger δ, a start nearer the data or a first-order optimizer; showing iteration {shown}</source>
        <translation>bei Iteration {n} angehalten: der Fehler hat an dieser Geraden keine Krümmung (der Fehler ist in einer Richtung flach), daher ist ein {optimizer}-Schritt nicht definiert; verwende ein größeres δ, einen Start näher an den Daten oder einen Optimierer erster Ordnung; gezeigt wird Iteration {shown}</translation>
    </message>
    <message>
        <source>{name} must be a finite number (got {value})</source>
        <translation>{name} muss eine endliche Zahl sein (erhalten: {value})</translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <source>Gradient descent visualiser</source>
        <extracomment>The name of the desktop entry, the icon and the MIME package. Sizes (pixels) of the PNG icons, as in ``resources/icons/gdviz-&lt;size&gt;.png``. The file type of a saved lesson (``*.gdviz``). What the menu entry says, by key, in English (context &quot;desktop&quot;); each is written in every shipped language too. The keywords are a list, each ended by &quot;;&quot;.</extracomment>
        <translation>Gradientenabstieg veranschaulicht</translation>
    </message>
    <message>
        <source>Watch gradient descent fit a straight line to data, step by step</source>
        <translation>Zusehen, wie der Gradientenabstieg Schritt für Schritt eine Gerade an Daten anpasst</translation>
    </message>
    <message>
        <source>gradient descent;linear regression;least squares;line fitting;optimisation;optimization;machine learning;teaching;</source>
        <translation>Gradientenabstieg;lineare Regression;kleinste Quadrate;Ausgleichsgerade;Optimierung;maschinelles Lernen;Unterricht;gradient descent;linear regression;least squares;</translation>
    </message>
    <message>
        <source>gdviz lesson</source>
        <extracomment>The lesson file type&apos;s name, as file managers show it.</extracomment>
        <translation>gdviz-Lektion</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source>the data&apos;s own units</source>
        <translation>die eigenen Einheiten der Daten</translation>
    </message>
    <message>
        <source>standardised units: x′ = (x − x̄)/σ_x, y′ = (y − ȳ)/σ_y with x̄ = {x_shift}, σ_x = {x_scale}, ȳ = {y_shift}, σ_y = {y_scale}</source>
        <translation>standardisierte Einheiten: x′ = (x − x̄)/σ_x, y′ = (y − ȳ)/σ_y mit x̄ = {x_shift}, σ_x = {x_scale}, ȳ = {y_shift}, σ_y = {y_scale}</translation>
    </message>
    <message>
        <source>all {n} points</source>
        <translation>allen {n} Punkten</translation>
    </message>
    <message>
        <source>point {first} only (position {start} of shuffled epoch {epoch})</source>
        <translation>nur Punkt {first} (Position {start} der gemischten Epoche {epoch})</translation>
    </message>
    <message>
        <source>point {first}</source>
        <translation>Punkt {first}</translation>
    </message>
    <message>
        <source>{k} of the {n} points (positions {start}–{end} of shuffled epoch {epoch})</source>
        <translation>{k} der {n} Punkte (Positionen {start}–{end} der gemischten Epoche {epoch})</translation>
    </message>
    <message>
        <source>{k} of {n} points</source>
        <translation>{k} von {n} Punkten</translation>
    </message>
    <message>
        <source>Step {i} → {next} · {name}</source>
        <translation>Schritt {i} → {next} · {name}</translation>
    </message>
    <message>
        <source>not taken yet</source>
        <translation>noch nicht gemacht</translation>
    </message>
    <message>
        <source>line before the step: {b_name} = {b}, {m_name} = {m}</source>
        <translation>Gerade vor dem Schritt: {b_name} = {b}, {m_name} = {m}</translation>
    </message>
    <message>
        <source>Gradient on {points}</source>
        <translation>Gradient über {points}</translation>
    </message>
    <message>
        <source>Optimizer state</source>
        <translation>Zustand des Optimierers</translation>
    </message>
    <message>
        <source>Update ({settings})</source>
        <translation>Aktualisierung ({settings})</translation>
    </message>
    <message>
        <source>Back in the data&apos;s units</source>
        <translation>Zurück in den Einheiten der Daten</translation>
    </message>
    <message>
        <source>before the step: b = {b}, m = {m}</source>
        <translation>vor dem Schritt: b = {b}, m = {m}</translation>
    </message>
    <message>
        <source>recorded iteration {n}: {b_name} = {b}, {m_name} = {m} (matches)</source>
        <translation>aufgezeichnete Iteration {n}: {b_name} = {b}, {m_name} = {m} (stimmt überein)</translation>
    </message>
    <message>
        <source>recorded iteration {n}: {b_name} = {b}, {m_name} = {m} (differs: that step was taken with other settings)</source>
        <translation>aufgezeichnete Iteration {n}: {b_name} = {b}, {m_name} = {m} (weicht ab: dieser Schritt wurde mit anderen Einstellungen gemacht)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Probe</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>1920 pixels wide (a slide)</source>
        <extracomment>Seconds the first and the last frame of an animation stay on screen. Width in pixels of a panel saved as PNG, unless another size is chosen: enough for a slide on a 1920-pixel projector. The sizes File &gt; Export offers for a PNG: label and width (None: as on screen). The words here are English; the window shows them translated (context &quot;export&quot;).</extracomment>
        <translation>1920 Pixel breit (eine Folie)</translation>
    </message>
    <message>
        <source>3840 pixels wide (print, 4K)</source>
        <translation>3840 Pixel breit (Druck, 4K)</translation>
    </message>
    <message>
        <source>as on screen</source>
        <translation>wie auf dem Bildschirm</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <extracomment>Seconds between updates of the progress dialog while saving an animation.</extracomment>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG-Vektorgrafik (*.svg)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>Animiertes GIF (*.gif)</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <source>could not encode the picture as {format}</source>
        <translation>das Bild konnte nicht als {format} kodiert werden</translation>
    </message>
    <message>
        <source>the 3D view can be saved as PNG only</source>
        <translation>die 3D-Ansicht kann nur als PNG gespeichert werden</translation>
    </message>
    <message>
        <source>cannot save {path}: give the file name .png or .svg</source>
        <translation>{path} kann nicht gespeichert werden: Der Dateiname muss auf .png oder .svg enden</translation>
    </message>
    <message>
        <source>cannot save {path}: give the file name .gif or .mp4</source>
        <translation>{path} kann nicht gespeichert werden: Der Dateiname muss auf .gif oder .mp4 enden</translation>
    </message>
    <message>
        <source>permission denied</source>
        <extracomment>Header of the path CSV, in column order. ``progress(done, total) -&gt; bool``: called after each frame; return False to cancel. Share of an animation&apos;s frames spent as if iterations were on a log scale (the rest are spread evenly): see :func:`frame_iterations`.</extracomment>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>a folder of that name is in the way</source>
        <translation>ein Ordner dieses Namens ist im Weg</translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder</source>
        <translation>ein Teil des Pfads ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>saving a GIF needs the Pillow package (pip install Pillow)</source>
        <translation>zum Speichern als GIF wird das Paket Pillow benötigt (pip install Pillow)</translation>
    </message>
    <message>
        <source>saving MP4 needs ffmpeg, which is not installed; save a GIF instead</source>
        <extracomment>Colours in the shared palette; Pillow keeps the 256th free for &quot;unchanged&quot; pixels.</extracomment>
        <translation>MP4 zu speichern braucht ffmpeg, das nicht installiert ist; speichere stattdessen ein GIF</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>Exit-Code {code}</translation>
    </message>
    <message>
        <source>cannot write {path}: ffmpeg failed: {detail}</source>
        <translation>{path} kann nicht geschrieben werden: ffmpeg ist gescheitert: {detail}</translation>
    </message>
    <message>
        <source>cannot start ffmpeg ({program}): {reason}</source>
        <translation>ffmpeg kann nicht gestartet werden ({program}): {reason}</translation>
    </message>
    <message>
        <source>nothing to animate yet: load data and run the descent first</source>
        <translation>noch nichts zu animieren: Lade zuerst Daten und lass den Abstieg laufen</translation>
    </message>
    <message>
        <source>Saving the animation…</source>
        <translation>Animation wird gespeichert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Animation exportieren</translation>
    </message>
    <message>
        <source>Saving the animation: frame {done} of {count}</source>
        <translation>Animation wird gespeichert: Bild {done} von {count}</translation>
    </message>
    <message>
        <source>cannot save {path}: {problem}</source>
        <translation>{path} kann nicht gespeichert werden: {problem}</translation>
    </message>
    <message>
        <source>Data and line</source>
        <extracomment>The window&apos;s panels: attribute name, label in the menu, file name stem.</extracomment>
        <translation>Daten und Gerade</translation>
    </message>
    <message>
        <source>Error curve</source>
        <translation>Fehlerkurve</translation>
    </message>
    <message>
        <source>Error surface</source>
        <translation>Fehlerfläche</translation>
    </message>
    <message>
        <source>Contour map</source>
        <translation>Höhenlinienkarte</translation>
    </message>
    <message>
        <source>Window</source>
        <extracomment>What else File &gt; Export saves: the whole window, the descent&apos;s path, the run.</extracomment>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>{what} as {format}…</source>
        <translation>{what} als {format}…</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>Save the picture</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <source>Export {what}</source>
        <translation>Exportieren: {what}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben</translation>
    </message>
    <message>
        <source>Save {what}</source>
        <translation>Speichern: {what}</translation>
    </message>
</context>
<context>
    <name>guess</name>
    <message>
        <source>very close</source>
        <extracomment>What a guess is about, and how a sentence names it. Words for a guess within each share of the yardstick (the last: anything farther). The words of :data:`CLOSENESS` (and &quot;exactly right&quot;, :data:`FAR`) as the class reads them.</extracomment>
        <translation>sehr nah</translation>
    </message>
    <message>
        <source>close</source>
        <translation>nah</translation>
    </message>
    <message>
        <source>some way off</source>
        <translation>ein Stück daneben</translation>
    </message>
    <message>
        <source>far off</source>
        <translation>weit daneben</translation>
    </message>
    <message>
        <source>exactly right</source>
        <translation>genau richtig</translation>
    </message>
    <message>
        <source>Your guess was {distance} from the next step, (b, m) = ({b}, {m}): {words}.</source>
        <translation>Dein Tipp lag {distance} vom nächsten Schritt entfernt, (b, m) = ({b}, {m}): {words}.</translation>
    </message>
    <message>
        <source>Your guess was {distance} from the optimum, (b, m) = ({b}, {m}): {words}.</source>
        <translation>Dein Tipp lag {distance} vom Optimum entfernt, (b, m) = ({b}, {m}): {words}.</translation>
    </message>
    <message>
        <source>Your guess was {distance} from the next step, (b, m) = ({b}, {m}): {words} ({share}% of the step&apos;s length).</source>
        <translation>Dein Tipp lag {distance} vom nächsten Schritt entfernt, (b, m) = ({b}, {m}): {words} ({share} % der Schrittlänge).</translation>
    </message>
    <message>
        <source>Your guess was {distance} from the optimum, (b, m) = ({b}, {m}): {words} ({share}% of the way from the run&apos;s point).</source>
        <translation>Dein Tipp lag {distance} vom Optimum entfernt, (b, m) = ({b}, {m}): {words} ({share} % des Wegs vom Punkt des Laufs).</translation>
    </message>
    <message>
        <source>not converged after {n} iterations: error {error}</source>
        <translation>nach {n} Iterationen nicht konvergiert: Fehler {error}</translation>
    </message>
    <message>
        <source>{n} points (edited); the least-squares line stays hidden until Reveal</source>
        <translation>{n} Punkte (bearbeitet); die Ausgleichsgerade bleibt bis „Aufdecken“ verborgen</translation>
    </message>
</context>
<context>
    <name>lesson</name>
    <message>
        <source>text, at most {most} characters</source>
        <extracomment>The window&apos;s panels, by the names lessons use. NaN and Infinity are read as this string, so that msgspec says where they are.</extracomment>
        <translation>Text mit höchstens {most} Zeichen</translation>
    </message>
    <message>
        <source>a number between {low} and {high}</source>
        <translation>eine Zahl zwischen {low} und {high}</translation>
    </message>
    <message>
        <source>a number from -{limit} to {limit}</source>
        <translation>eine Zahl von -{limit} bis {limit}</translation>
    </message>
    <message>
        <source>the name of an optimizer</source>
        <translation>der Name eines Optimierers</translation>
    </message>
    <message>
        <source>a list of at most {most} items</source>
        <translation>eine Liste mit höchstens {most} Einträgen</translation>
    </message>
    <message>
        <source>the name of a loss</source>
        <translation>der Name einer Verlustfunktion</translation>
    </message>
    <message>
        <source>an object of at most {most} names</source>
        <translation>ein Objekt mit höchstens {most} Namen</translation>
    </message>
    <message>
        <source>a list of at most {most} panel names</source>
        <translation>eine Liste mit höchstens {most} Bereichsnamen</translation>
    </message>
    <message>
        <source>text that is not blank, at most {most} characters</source>
        <translation>nicht leerer Text mit höchstens {most} Zeichen</translation>
    </message>
    <message>
        <source>{path}: unknown optimizer {value} (gdviz knows: {known})</source>
        <translation>{path}: unbekannter Optimierer {value} (gdviz kennt: {known})</translation>
    </message>
    <message>
        <source>{path}: unknown loss {value} (gdviz knows: {known})</source>
        <translation>{path}: unbekannte Verlustfunktion {value} (gdviz kennt: {known})</translation>
    </message>
    <message>
        <source>{path}: unknown panel {value} (gdviz knows: {known})</source>
        <translation>{path}: unbekannter Bereich {value} (gdviz kennt: {known})</translation>
    </message>
    <message>
        <source>{path} is missing</source>
        <translation>{path} fehlt</translation>
    </message>
    <message>
        <source>{path} has a name longer than {most} characters</source>
        <translation>{path} enthält einen Namen mit mehr als {most} Zeichen</translation>
    </message>
    <message>
        <source>{path} must be true or false (got {value})</source>
        <translation>{path} muss true oder false sein (erhalten: {value})</translation>
    </message>
    <message>
        <source>data.x and data.y differ in length ({x} and {y})</source>
        <translation>data.x und data.y sind verschieden lang ({x} und {y})</translation>
    </message>
    <message>
        <source>data holds 1 point; a line needs at least 2 points</source>
        <translation>data enthält 1 Punkt; eine Gerade braucht mindestens 2 Punkte</translation>
    </message>
    <message>
        <source>data holds no points; a line needs at least 2 points</source>
        <translation>data enthält keine Punkte; eine Gerade braucht mindestens 2 Punkte</translation>
    </message>
    <message>
        <source>{path}: the starting line b = {b}, m = {m} is so far from the data that its error overflows</source>
        <translation>{path}: die Startgerade b = {b}, m = {m} liegt so weit von den Daten entfernt, dass ihr Fehler überläuft</translation>
    </message>
    <message>
        <source>{path} holds {count} numbers; a lesson holds at most {most}</source>
        <translation>{path} enthält {count} Zahlen; eine Lektion enthält höchstens {most}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>the file is empty; it holds no lesson</source>
        <translation>die Datei ist leer; sie enthält keine Lektion</translation>
    </message>
    <message>
        <source>not a gdviz lesson (not a JSON file: it starts with &quot;{start}&quot;)</source>
        <translation>keine gdviz-Lektion (keine JSON-Datei: sie beginnt mit &quot;{start}&quot;)</translation>
    </message>
    <message>
        <source>not a gdviz lesson (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>keine gdviz-Lektion (kein &quot;format&quot;: &quot;{format}&quot;)</translation>
    </message>
    <message>
        <source>not a gdviz lesson (&quot;format&quot; is {value}, not &quot;{format}&quot;)</source>
        <translation>keine gdviz-Lektion (&quot;format&quot; ist {value}, nicht &quot;{format}&quot;)</translation>
    </message>
    <message>
        <source>no format version (expected &quot;version&quot;: {version})</source>
        <translation>keine Formatversion (erwartet: &quot;version&quot;: {version})</translation>
    </message>
    <message>
        <source>version must be a whole number of at least 1 (got {value})</source>
        <translation>version muss eine ganze Zahl ab 1 sein (erhalten: {value})</translation>
    </message>
    <message>
        <source>made by a newer gdviz (format version {version}; this gdviz reads up to {newest}); update gdviz to open it</source>
        <translation>mit einem neueren gdviz erstellt (Formatversion {version}; dieses gdviz liest bis {newest}); aktualisiere gdviz, um sie zu öffnen</translation>
    </message>
    <message>
        <source>not valid JSON (nested too deeply)</source>
        <translation>kein gültiges JSON (zu tief verschachtelt)</translation>
    </message>
    <message>
        <source>{place}: not valid JSON (the file ends too early: was it cut short?)</source>
        <translation>{place}: kein gültiges JSON (die Datei endet zu früh: wurde sie abgeschnitten?)</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>kein gültiges JSON ({reason})</translation>
    </message>
    <message>
        <source>{place}: not valid JSON ({reason})</source>
        <translation>{place}: kein gültiges JSON ({reason})</translation>
    </message>
    <message>
        <source>line {line}: {byte} is not UTF-8 text; save the file as UTF-8</source>
        <translation>Zeile {line}: {byte} ist kein UTF-8-Text; speichere die Datei als UTF-8</translation>
    </message>
    <message>
        <source>not a gdviz lesson (not UTF-8 text: {byte} on line {line})</source>
        <translation>keine gdviz-Lektion (kein UTF-8-Text: {byte} in Zeile {line})</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>not a gdviz lesson (the file holds a JSON array, not an object)</source>
        <translation>keine gdviz-Lektion (die Datei enthält ein JSON-Array, kein Objekt)</translation>
    </message>
    <message>
        <source>not a gdviz lesson (the file holds a JSON string, not an object)</source>
        <translation>keine gdviz-Lektion (die Datei enthält eine JSON-Zeichenkette, kein Objekt)</translation>
    </message>
    <message>
        <source>{path} must be one of: {kinds} (got {value})</source>
        <translation>{path} muss eines davon sein: {kinds} (erhalten: {value})</translation>
    </message>
    <message>
        <source>{path} must be a finite number, not {value}</source>
        <translation>{path} muss eine endliche Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>{path} must be a finite number</source>
        <translation>{path} muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>{path} must be {expected} (got {value})</source>
        <translation>{path} muss {expected} sein (erhalten: {value})</translation>
    </message>
    <message>
        <source>{path} must be {expected}</source>
        <translation>{path} muss {expected} sein</translation>
    </message>
    <message>
        <source>, or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>a list of numbers</source>
        <translation>eine Liste von Zahlen</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list of 1 item</source>
        <translation>eine Liste mit 1 Eintrag</translation>
    </message>
    <message>
        <source>a list of {n} items</source>
        <translation>eine Liste mit {n} Einträgen</translation>
    </message>
    <message>
        <source>{name}: not valid text (it holds a lone surrogate)</source>
        <translation>{name}: kein gültiger Text (er enthält ein einzelnes Surrogat)</translation>
    </message>
    <message>
        <source>{name}: cannot open the file ({reason})</source>
        <translation>{name}: die Datei kann nicht geöffnet werden ({reason})</translation>
    </message>
    <message>
        <source>{name}: not a gdviz lesson (a binary file, not text)</source>
        <translation>{name}: keine gdviz-Lektion (eine Binärdatei, kein Text)</translation>
    </message>
    <message>
        <source>{name}: cannot open the file (it is {kind}, not a lesson file)</source>
        <translation>{name}: die Datei kann nicht geöffnet werden (sie ist {kind}, keine Lektionsdatei)</translation>
    </message>
    <message>
        <source>the file is too large for a lesson ({size} MB; at most {most} MB)</source>
        <translation>die Datei ist zu groß für eine Lektion ({size} MB; höchstens {most} MB)</translation>
    </message>
    <message>
        <source>cannot save {name}: {reason}</source>
        <translation>{name} kann nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>cannot save {name}: {reason}; use fewer points</source>
        <translation>{name} kann nicht gespeichert werden: {reason}; verwende weniger Punkte</translation>
    </message>
    <message>
        <source>a number greater than 0, at most 1</source>
        <translation>eine Zahl größer als 0 und höchstens 1</translation>
    </message>
    <message>
        <source>a number greater than 0</source>
        <extracomment>The student marks a line (b, m) before the checkpoint can be judged.</extracomment>
        <translation>eine Zahl größer als 0</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>eine ganze Zahl von {low} bis {high}</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>need at least two points to fit a line (got {n})</source>
        <extracomment>Points per block when computing statistics (bounds the temporary arrays&apos; size). The smallest variance of x (or of a varying y) gdviz fits: below it the squared deviations fall among the subnormal floats and lose precision (tiny / eps ≈ 1e-292). The smallest spread of x (or of a varying y) relative to its size, ``σx / |x̄|``. The error at a line ``(b, m)`` is computed to a relative accuracy of about ``2ε |x̄|/σx`` (the rounding of the line&apos;s height ``m x + b`` near the data), so at this limit the error is still right to about seven digits; below it, shifting x is the remedy.</extracomment>
        <translation>nötig sind mindestens zwei Punkte, um eine Gerade anzupassen (erhalten: {n})</translation>
    </message>
    <message>
        <source>every x and y must be a finite number</source>
        <translation>jedes x und y muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>all x values are equal (x = {x}); a line&apos;s slope cannot be fitted</source>
        <translation>alle x-Werte sind gleich (x = {x}); die Steigung einer Geraden lässt sich nicht anpassen</translation>
    </message>
    <message>
        <source>the x values differ too little (their range is {spread}): their squares underflow floating point; rescale x (e.g. change its unit)</source>
        <translation>die x-Werte unterscheiden sich zu wenig (ihre Spannweite ist {spread}): ihre Quadrate unterlaufen die Gleitkommazahlen; skaliere x um (z. B. mit einer anderen Einheit)</translation>
    </message>
    <message>
        <source>the y values differ too little (their range is {spread}): their squares underflow floating point; rescale y (e.g. change its unit)</source>
        <translation>die y-Werte unterscheiden sich zu wenig (ihre Spannweite ist {spread}): ihre Quadrate unterlaufen die Gleitkommazahlen; skaliere y um (z. B. mit einer anderen Einheit)</translation>
    </message>
    <message>
        <source>x values as large as {size} make the error surface too steep for floating point; rescale x (e.g. change its unit)</source>
        <translation>x-Werte bis {size} machen die Fehlerfläche zu steil für Gleitkommazahlen; skaliere x um (z. B. mit einer anderen Einheit)</translation>
    </message>
    <message>
        <source>x values as large as {size} are too large: their squares overflow floating point; rescale x (e.g. change its unit)</source>
        <translation>x-Werte bis {size} sind zu groß: ihre Quadrate überlaufen die Gleitkommazahlen; skaliere x um (z. B. mit einer anderen Einheit)</translation>
    </message>
    <message>
        <source>y values as large as {size} are too large: their squares overflow floating point; rescale y (e.g. change its unit)</source>
        <translation>y-Werte bis {size} sind zu groß: ihre Quadrate überlaufen die Gleitkommazahlen; skaliere y um (z. B. mit einer anderen Einheit)</translation>
    </message>
    <message>
        <source>x and y values as large as {x} and {y} are too large together: their products overflow floating point; rescale x or y</source>
        <translation>x- und y-Werte bis {x} und {y} sind zusammen zu groß: ihre Produkte überlaufen die Gleitkommazahlen; skaliere x oder y um</translation>
    </message>
    <message>
        <source>the {label} values differ too little for their size ({label} ≈ {mean}, spread {spread}): the line cannot be placed precisely; subtract a constant from {label} first (e.g. use {label} − {shift})</source>
        <translation>die {label}-Werte unterscheiden sich zu wenig für ihre Größe ({label} ≈ {mean}, Spannweite {spread}): die Gerade lässt sich nicht genau legen; ziehe zuerst eine Konstante von {label} ab (z. B. mit {label} − {shift})</translation>
    </message>
    <message>
        <source>x does not vary (or its squares cannot be computed): no slope to fit</source>
        <translation>x variiert nicht (oder seine Quadrate lassen sich nicht berechnen): keine Steigung anzupassen</translation>
    </message>
</context>
<context>
    <name>my_line</name>
    <message>
        <source>my line&apos;s {name} must be a number between -{limit} and {limit} (got {value})</source>
        <extracomment>Where the two handles sit, as shares of the data&apos;s x span.</extracomment>
        <translation>{name} meiner Geraden muss eine Zahl zwischen -{limit} und {limit} sein (erhalten: {value})</translation>
    </message>
    <message>
        <source>my line needs at least one point</source>
        <translation>meine Gerade braucht mindestens einen Punkt</translation>
    </message>
    <message>
        <source>my line&apos;s handles must have different x (both at {x})</source>
        <translation>die Griffe meiner Geraden brauchen verschiedene x (beide bei {x})</translation>
    </message>
</context>
<context>
    <name>objective</name>
    <message>
        <source>Huber δ</source>
        <extracomment>The loss of a fresh window, a lesson&apos;s default and ``gdviz fit``&apos;s: the tutorial&apos;s.</extracomment>
        <translation>Huber δ</translation>
    </message>
    <message>
        <source>Huber&apos;s δ: residuals up to δ count squared, larger ones only in proportion
(in the units of y)</source>
        <translation>Hubers δ: Residuen bis δ zählen quadriert, größere nur proportional
(in den Einheiten von y)</translation>
    </message>
    <message>
        <source>huber delta</source>
        <translation>Huber-δ</translation>
    </message>
    <message>
        <source>Ridge λ</source>
        <translation>Ridge λ</translation>
    </message>
    <message>
        <source>Ridge penalty λ: λ m² is added to the error, pulling the slope towards 0
(the intercept is not penalised); 0 for none</source>
        <translation>Ridge-Strafterm λ: λ m² wird zum Fehler addiert und zieht die Steigung Richtung 0
(der Achsenabschnitt wird nicht bestraft); 0 für keinen</translation>
    </message>
    <message>
        <source>ridge</source>
        <translation>Ridge-λ</translation>
    </message>
    <message>
        <source>unknown loss {name} (choose one of: {known})</source>
        <translation>unbekannte Verlustfunktion {name} (wähle eine davon: {known})</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Mittlerer quadratischer Fehler</translation>
    </message>
    <message>
        <source>the squared error</source>
        <translation>der quadratische Fehler</translation>
    </message>
    <message>
        <source>least-squares line</source>
        <translation>Ausgleichsgerade</translation>
    </message>
    <message>
        <source>ridge least-squares line</source>
        <translation>Ridge-Ausgleichsgerade</translation>
    </message>
    <message>
        <source>Each residual counts squared: large misses dominate.</source>
        <translation>Jedes Residuum zählt quadriert: Große Abweichungen dominieren.</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>Mittlerer absoluter Fehler</translation>
    </message>
    <message>
        <source>the absolute error</source>
        <translation>der absolute Fehler</translation>
    </message>
    <message>
        <source>least-absolute-deviations line</source>
        <translation>Gerade der kleinsten absoluten Abweichungen</translation>
    </message>
    <message>
        <source>ridge least-absolute-deviations line</source>
        <translation>Ridge-Gerade der kleinsten absoluten Abweichungen</translation>
    </message>
    <message>
        <source>Each residual counts by its size: outliers pull less. No curvature, so no second-order steps.</source>
        <translation>Jedes Residuum zählt nach seiner Größe: Ausreißer ziehen weniger. Keine Krümmung, also keine Schritte zweiter Ordnung.</translation>
    </message>
    <message>
        <source>Huber loss</source>
        <translation>Huber-Verlust</translation>
    </message>
    <message>
        <source>the Huber error</source>
        <translation>der Huber-Fehler</translation>
    </message>
    <message>
        <source>Huber line</source>
        <translation>Huber-Gerade</translation>
    </message>
    <message>
        <source>ridge Huber line</source>
        <translation>Ridge-Huber-Gerade</translation>
    </message>
    <message>
        <source>Squared for residuals up to δ, absolute beyond: smooth near the line, robust to outliers.</source>
        <translation>Quadriert für Residuen bis δ, absolut darüber: glatt nahe der Geraden, robust gegen Ausreißer.</translation>
    </message>
    <message>
        <source>{loss} (δ = {delta})</source>
        <translation>{loss} (δ = {delta})</translation>
    </message>
    <message>
        <source>{loss} + ridge λ = {ridge}</source>
        <translation>{loss} + Ridge λ = {ridge}</translation>
    </message>
    <message>
        <source>{loss} is not a quadratic in b and m</source>
        <translation>{loss} ist nicht quadratisch in b und m</translation>
    </message>
    <message>
        <source>other lines have the same mean absolute error</source>
        <extracomment>The plain mean squared error, the tutorial&apos;s objective.</extracomment>
        <translation>andere Geraden haben denselben mittleren absoluten Fehler</translation>
    </message>
    <message>
        <source>any intercept from {low} to {high} is as good</source>
        <translation>jeder Achsenabschnitt von {low} bis {high} ist genauso gut</translation>
    </message>
</context>
<context>
    <name>optimizers</name>
    <message>
        <source>Learning rate η</source>
        <translation>Lernrate η</translation>
    </message>
    <message>
        <source>Step size η: how far each step moves against the gradient.
Type 0.0001 or 1e-4; the arrow keys step 1, 2, 5, 10, …</source>
        <translation>Schrittweite η: wie weit jeder Schritt gegen den Gradienten geht.
Tippe 0.0001 oder 1e-4; die Pfeiltasten gehen in Schritten 1, 2, 5, 10, …</translation>
    </message>
    <message>
        <source>Momentum μ</source>
        <translation>Momentum μ</translation>
    </message>
    <message>
        <source>Momentum μ: the share of the velocity kept from step to step (0 to below 1)</source>
        <translation>Momentum μ: der Anteil der Geschwindigkeit, der von Schritt zu Schritt bleibt (0 bis unter 1)</translation>
    </message>
    <message>
        <source>β₁: decay of the running mean of gradients</source>
        <translation>β₁: Abklingen des gleitenden Mittels der Gradienten</translation>
    </message>
    <message>
        <source>β₂: decay of the running mean of squared gradients</source>
        <translation>β₂: Abklingen des gleitenden Mittels der quadrierten Gradienten</translation>
    </message>
    <message>
        <source>Decay ρ</source>
        <translation>Abklingrate ρ</translation>
    </message>
    <message>
        <source>Decay ρ: how slowly the running mean of squared gradients forgets</source>
        <translation>Abklingrate ρ: wie langsam das gleitende Mittel der quadrierten Gradienten vergisst</translation>
    </message>
    <message>
        <source>Epsilon ε</source>
        <translation>Epsilon ε</translation>
    </message>
    <message>
        <source>ε: added to the root of the squared gradients so that no step divides by 0</source>
        <translation>ε: wird zur Wurzel der quadrierten Gradienten addiert, damit kein Schritt durch 0 teilt</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Points per mini-batch step, drawn in shuffled order (the seed fixes the order)</source>
        <translation>Punkte pro Mini-Batch-Schritt, in gemischter Reihenfolge gezogen (der Seed legt die Reihenfolge fest)</translation>
    </message>
    <message>
        <source>Gradient descent (batch)</source>
        <translation>Gradientenabstieg (Batch)</translation>
    </message>
    <message>
        <source>gradient descent</source>
        <translation>Gradientenabstieg</translation>
    </message>
    <message>
        <source>Each step follows the gradient of the error over all the points.</source>
        <translation>Jeder Schritt folgt dem Gradienten des Fehlers über alle Punkte.</translation>
    </message>
    <message>
        <source>Stochastic (one point)</source>
        <translation>Stochastisch (ein Punkt)</translation>
    </message>
    <message>
        <source>stochastic gradient descent</source>
        <translation>stochastischer Gradientenabstieg</translation>
    </message>
    <message>
        <source>Each step follows the gradient of one point&apos;s error, the points taken in shuffled order.</source>
        <translation>Jeder Schritt folgt dem Gradienten des Fehlers eines Punkts, die Punkte in gemischter Reihenfolge.</translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation>Mini-Batch</translation>
    </message>
    <message>
        <source>mini-batch descent</source>
        <translation>Mini-Batch-Abstieg</translation>
    </message>
    <message>
        <source>Each step follows the gradient over a batch of B points, the points taken in shuffled order.</source>
        <translation>Jeder Schritt folgt dem Gradienten über einen Batch von B Punkten, die Punkte in gemischter Reihenfolge.</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>{name} must be a number (got {value})</source>
        <extracomment>A stateless rule&apos;s update on plain floats, ``(g_b, g_m) -&gt; (Δb, Δm)``: the same arithmetic as ``update``, without numpy&apos;s cost on two numbers (None: use update) The rule needs the Hessian: the descent calls ``update(grads, state, params, h)`` with ``h`` the 2×2 Hessian of the error at ``params``</extracomment>
        <translation>{name} muss eine Zahl sein (erhalten: {value})</translation>
    </message>
    <message>
        <source>{name} must be a finite number (got {value})</source>
        <translation>{name} muss eine endliche Zahl sein (erhalten: {value})</translation>
    </message>
    <message>
        <source>{name} must be a whole number (got {value})</source>
        <translation>{name} muss eine ganze Zahl sein (erhalten: {value})</translation>
    </message>
    <message>
        <source>a number between {low} and {high}</source>
        <extracomment>What :meth:`Hyperparameter.expected` says, by requirement and whole numbers or not.</extracomment>
        <translation>eine Zahl zwischen {low} und {high}</translation>
    </message>
    <message>
        <source>a number greater than 0</source>
        <translation>eine Zahl größer als 0</translation>
    </message>
    <message>
        <source>a whole number between {low} and {high}</source>
        <translation>eine ganze Zahl zwischen {low} und {high}</translation>
    </message>
    <message>
        <source>a whole number of at least {low}</source>
        <translation>eine ganze Zahl ab {low}</translation>
    </message>
    <message>
        <source>a whole number of at most {high}</source>
        <translation>eine ganze Zahl bis höchstens {high}</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high} (got {value})</source>
        <extracomment>What :meth:`Hyperparameter.check` says of a value out of its range, by requirement.</extracomment>
        <translation>{name} muss zwischen {low} und {high} liegen (erhalten: {value})</translation>
    </message>
    <message>
        <source>{name} must be greater than 0 (got {value})</source>
        <translation>{name} muss größer als 0 sein (erhalten: {value})</translation>
    </message>
    <message>
        <source>{name} must be at least {low} (got {value})</source>
        <translation>{name} muss mindestens {low} sein (erhalten: {value})</translation>
    </message>
    <message>
        <source>{name} must be at most {high} (got {value})</source>
        <translation>{name} darf höchstens {high} sein (erhalten: {value})</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>decay</source>
        <translation>Abklingrate</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>unknown optimizer {name} (choose one of: {known})</source>
        <extracomment>``θ ← θ - η g``: on the full batch the Hessian&apos;s limits hold exactly (it converges for ``η &lt; 2/λmax``); single points and small batches have steeper error surfaces. A velocity carries past gradients into each step, so a rate the Hessian calls safe may still overshoot. Steps scaled by running gradient sizes: each is about ``η`` long whatever the curvature, so the Hessian&apos;s limits say nothing. Steps from the Hessian itself (Newton, conjugate gradients): on a quadratic error they land on the optimum in a fixed number of steps, whatever its shape. The hues a rule may be drawn in (each theme has its own shade of them) besides a ``&quot;#RRGGBB&quot;`` colour: ``&quot;ink&quot;`` is the theme&apos;s text colour. Hues taken by other roles: the data points, the least-squares line and optimum, the main run&apos;s current line. Line styles a rule may be drawn with. Plain dashes are the least-squares line&apos;s. The rule of a fresh window, a lesson&apos;s default and ``gdviz fit``&apos;s: the tutorial&apos;s.</extracomment>
        <translation>unbekannter Optimierer {name} (wähle einen davon: {known})</translation>
    </message>
    <message>
        <source>{name} always uses every point per step</source>
        <extracomment>``{name: factory}`` of the registered rules (kept for callers of the old table).</extracomment>
        <translation>{name} verwendet in jedem Schritt immer alle Punkte</translation>
    </message>
    <message>
        <source>{name} always uses one point per step</source>
        <translation>{name} verwendet in jedem Schritt immer einen Punkt</translation>
    </message>
    <message>
        <source>{name} always uses {n} points per step</source>
        <translation>{name} verwendet in jedem Schritt immer {n} Punkte</translation>
    </message>
    <message>
        <source>{message}; choose {names} to set a batch size</source>
        <translation>{message}; wähle {names}, um eine Batchgröße festzulegen</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Steps build up speed along directions the gradient keeps pointing to.</source>
        <translation>Schritte nehmen Fahrt auf in Richtungen, in die der Gradient immer wieder zeigt.</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Nesterov-Momentum</translation>
    </message>
    <message>
        <source>Momentum that looks one step ahead, so it overshoots less.</source>
        <translation>Momentum, das einen Schritt vorausschaut und daher weniger überschießt.</translation>
    </message>
    <message>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <source>Each parameter&apos;s steps shrink with the sum of its squared gradients.</source>
        <translation>Die Schritte jedes Parameters schrumpfen mit der Summe seiner quadrierten Gradienten.</translation>
    </message>
    <message>
        <source>RMSProp</source>
        <translation>RMSProp</translation>
    </message>
    <message>
        <source>Each parameter&apos;s steps are scaled by a running mean of its squared gradients.</source>
        <translation>Die Schritte jedes Parameters werden mit einem gleitenden Mittel seiner quadrierten Gradienten skaliert.</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Momentum and RMSProp together, with their running means corrected for starting at 0.</source>
        <translation>Momentum und RMSProp zusammen, ihre gleitenden Mittel korrigiert für den Start bei 0.</translation>
    </message>
    <message>
        <source>Newton&apos;s method</source>
        <translation>Newton-Verfahren</translation>
    </message>
    <message>
        <source>Each step jumps to the bottom of the bowl the curvature predicts: one step on the squared error.</source>
        <translation>Jeder Schritt springt zum Boden der Schüssel, den die Krümmung vorhersagt: ein Schritt beim quadratischen Fehler.</translation>
    </message>
    <message>
        <source>Conjugate gradient</source>
        <translation>Konjugierter Gradient</translation>
    </message>
    <message>
        <source>conjugate gradients</source>
        <translation>konjugierte Gradienten</translation>
    </message>
    <message>
        <source>Each step searches along a direction conjugate to the last one: two steps on the squared error.</source>
        <translation>Jeder Schritt sucht entlang einer Richtung, die zur letzten konjugiert ist: zwei Schritte beim quadratischen Fehler.</translation>
    </message>
</context>
<context>
    <name>points</name>
    <message>
        <source>a line needs at least two points with different x</source>
        <extracomment>Why an edit that would leave no line to fit is refused (English; messages translate it).</extracomment>
        <translation>eine Gerade braucht mindestens zwei Punkte mit verschiedenem x</translation>
    </message>
    <message>
        <source>cannot add the point there: {reason}</source>
        <extracomment>What an edit could not do, before the reason: by the edit.</extracomment>
        <translation>der Punkt kann dort nicht hinzugefügt werden: {reason}</translation>
    </message>
    <message>
        <source>cannot move the point there: {reason}</source>
        <translation>der Punkt kann nicht dorthin verschoben werden: {reason}</translation>
    </message>
    <message>
        <source>cannot delete the point: {reason}</source>
        <translation>der Punkt kann nicht gelöscht werden: {reason}</translation>
    </message>
    <message>
        <source>cannot insert a point at position {i}: there are {n} points</source>
        <translation>an Position {i} kann kein Punkt eingefügt werden: es gibt {n} Punkte</translation>
    </message>
    <message>
        <source>a point needs numbers for x and y (got {x} and {y})</source>
        <translation>ein Punkt braucht Zahlen für x und y (erhalten: {x} und {y})</translation>
    </message>
    <message>
        <source>a point needs finite x and y (got x={x}, y={y})</source>
        <translation>ein Punkt braucht endliche x und y (erhalten: x={x}, y={y})</translation>
    </message>
    <message>
        <source>there is no point number {i} (there are {n} points)</source>
        <translation>es gibt keinen Punkt Nummer {i} (es gibt {n} Punkte)</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>recent files</source>
        <extracomment>Version passed to ``saveState``/``restoreState``: raise it when the docks change, and an old layout is ignored instead of misplacing the new docks. The window&apos;s checkable View actions (attribute names) and their settings keys. The least of a window that must lie on a screen, and the band at its top (the title bar, where it is grabbed) that must be reachable; else it is brought back. An organisation no one uses: a QSettings made for it finds no file to read, yet names its file by the same rule (and ``QSettings.setPath``) as gdviz&apos;s own. Every key gdviz reads, with the function that accepts its value (None: wrong type). Plain words for the keys, for the message after a reset.</extracomment>
        <translation>zuletzt geöffnete Dateien</translation>
    </message>
    <message>
        <source>last folder</source>
        <translation>letzter Ordner</translation>
    </message>
    <message>
        <source>window size</source>
        <translation>Fenstergröße</translation>
    </message>
    <message>
        <source>dock layout</source>
        <translation>Anordnung der Leisten</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>presentation mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>normalize</source>
        <extracomment>Largest size of the starting line&apos;s b and m (the window&apos;s inputs go this far). Largest iteration count (the window&apos;s iterations input goes this far). Largest seed of the shuffled order of points. Longest label of a compared run. History rows allocated up front at most (the history grows beyond when needed). The fields as messages name them (translated where a message says them).</extracomment>
        <translation>Normieren</translation>
    </message>
    <message>
        <source>stop when converged</source>
        <translation>Bei Konvergenz anhalten</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>initial b</source>
        <translation>Start-b</translation>
    </message>
    <message>
        <source>initial m</source>
        <translation>Start-m</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>Iterationszahl</translation>
    </message>
    <message>
        <source>{name} must be True or False (got {value})</source>
        <translation>{name} muss True oder False sein (erhalten: {value})</translation>
    </message>
    <message>
        <source>label must be text of at most {most} characters</source>
        <translation>die Bezeichnung muss ein Text mit höchstens {most} Zeichen sein</translation>
    </message>
    <message>
        <source>speed must be greater than 0, or None (got {value})</source>
        <translation>die Geschwindigkeit muss größer als 0 oder None sein (erhalten: {value})</translation>
    </message>
    <message>
        <source>{optimizer} needs the curvature of the error, and {loss} has none (choose mse or huber, or a first-order optimizer)</source>
        <translation>{optimizer} braucht die Krümmung des Fehlers, und {loss} hat keine (wähle mse oder huber oder einen Optimierer erster Ordnung)</translation>
    </message>
    <message>
        <source>unknown hyperparameter {name} (known: {known})</source>
        <translation>unbekannter Hyperparameter {name} (bekannt: {known})</translation>
    </message>
    <message>
        <source>{name} must be a number (got {value})</source>
        <translation>{name} muss eine Zahl sein (erhalten: {value})</translation>
    </message>
    <message>
        <source>{name} must be a finite number (got {value})</source>
        <translation>{name} muss eine endliche Zahl sein (erhalten: {value})</translation>
    </message>
    <message>
        <source>{name} must be between -{limit} and {limit} (got {value})</source>
        <translation>{name} muss zwischen -{limit} und {limit} liegen (erhalten: {value})</translation>
    </message>
    <message>
        <source>{name} must be a whole number from 0 to {most} (got {value})</source>
        <translation>{name} muss eine ganze Zahl von 0 bis {most} sein (erhalten: {value})</translation>
    </message>
    <message>
        <source>welcome note</source>
        <translation>Willkommenshinweis</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>view options</source>
        <translation>Ansichtsoptionen</translation>
    </message>
    <message>
        <source>Your settings could not be checked ({error}); gdviz uses the defaults.</source>
        <translation>Deine Einstellungen konnten nicht geprüft werden ({error}); gdviz verwendet die Standardwerte.</translation>
    </message>
    <message>
        <source>Your settings file {path} is {what}, not a file, and could not be moved aside; gdviz uses the defaults and cannot save your settings.</source>
        <translation>Deine Einstellungsdatei {path} ist {what}, keine Datei, und konnte nicht beiseitegelegt werden; gdviz verwendet die Standardwerte und kann deine Einstellungen nicht speichern.</translation>
    </message>
    <message>
        <source>Your settings file was {what}, not a file: it was moved aside to {kept}, and gdviz starts with the defaults.</source>
        <translation>Deine Einstellungsdatei war {what}, keine Datei: Sie wurde als {kept} beiseitegelegt, und gdviz startet mit den Standardwerten.</translation>
    </message>
    <message>
        <source>Your settings could not be read ({reason}: {path}); gdviz uses the defaults for now.</source>
        <translation>Deine Einstellungen konnten nicht gelesen werden ({reason}: {path}); gdviz verwendet vorerst die Standardwerte.</translation>
    </message>
    <message>
        <source>Your settings could not be read ({reason}); the file was moved aside to {kept}, and gdviz starts with the defaults.</source>
        <translation>Deine Einstellungen konnten nicht gelesen werden ({reason}); die Datei wurde als {kept} beiseitegelegt, und gdviz startet mit den Standardwerten.</translation>
    </message>
    <message>
        <source>Your settings could not be read and were reset to the defaults.</source>
        <translation>Deine Einstellungen konnten nicht gelesen werden und wurden auf die Standardwerte zurückgesetzt.</translation>
    </message>
    <message>
        <source>Your settings could not be read and were reset to the defaults; the damaged file was kept as {kept}.</source>
        <translation>Deine Einstellungen konnten nicht gelesen werden und wurden auf die Standardwerte zurückgesetzt; die beschädigte Datei wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <source>Some settings could not be read and were reset to the defaults ({names}).</source>
        <translation>Einige Einstellungen konnten nicht gelesen werden und wurden auf die Standardwerte zurückgesetzt ({names}).</translation>
    </message>
    <message>
        <source>Some settings could not be read and were reset to the defaults ({names}); the old file was kept as {kept}.</source>
        <translation>Einige Einstellungen konnten nicht gelesen werden und wurden auf die Standardwerte zurückgesetzt ({names}); die alte Datei wurde als {kept} aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>stability</name>
    <message>
        <source>slow</source>
        <extracomment>Zone names, from small to large learning rates: the words every view shows for them. Each zone&apos;s name as shown, in the reader&apos;s language (the keys stay the English names).</extracomment>
        <translation>langsam</translation>
    </message>
    <message>
        <source>safe</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>oscillating</source>
        <translation>oszillierend</translation>
    </message>
    <message>
        <source>divergent</source>
        <translation>divergent</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>converges, but a larger rate would be far faster</source>
        <extracomment>What each zone means for plain descent, in a few words (after the zone&apos;s name).</extracomment>
        <translation>konvergiert, aber eine größere Rate wäre viel schneller</translation>
    </message>
    <message>
        <source>converges</source>
        <translation>konvergiert</translation>
    </message>
    <message>
        <source>converges, but each step overshoots the valley floor (η above 1/λmax)</source>
        <translation>konvergiert, aber jeder Schritt schießt über den Talboden hinaus (η über 1/λmax)</translation>
    </message>
    <message>
        <source>η at or above 2/λmax: the error grows</source>
        <translation>η bei oder über 2/λmax: der Fehler wächst</translation>
    </message>
    <message>
        <source>{zone}: never settles, each step keeps all of the distance</source>
        <extracomment>A rate is slow when shrinking the error gap 100-fold takes more iterations than this ... ... and more than this many times the iterations the fastest rate needs. Predicted iteration counts are searched up to this many iterations. The rate gauge spans 2/λmax · 10^-4 to 2/λmax · 10 (log scale). Fraction of the optimum error that counts as &quot;reached the optimum&quot;. Samples of the theory curve in :func:`theory_curve`. Relative tolerance on the zone boundaries (rounding of the eigenvalues). Families whose steps scale with the gradient, so that the Hessian&apos;s limits bite.</extracomment>
        <translation>{zone}: kommt nie zur Ruhe, jeder Schritt behält den ganzen Abstand</translation>
    </message>
    <message>
        <source>{zone}: overshoots; along the steepest direction the distance grows ×{factor} a step</source>
        <translation>{zone}: schießt über; in der steilsten Richtung wächst der Abstand ×{factor} pro Schritt</translation>
    </message>
    <message>
        <source>{zone}: never settles, ρ = 1</source>
        <translation>{zone}: kommt nie zur Ruhe, ρ = 1</translation>
    </message>
    <message>
        <source>{zone}: overshoots ×{factor}</source>
        <translation>{zone}: schießt über ×{factor}</translation>
    </message>
    <message>
        <source>{zone}: each step keeps at most {kept}% of the distance to the best line</source>
        <translation>{zone}: jeder Schritt behält höchstens {kept} % des Abstands zur besten Geraden</translation>
    </message>
    <message>
        <source>{zone}: converges, ρ = {rho}</source>
        <translation>{zone}: konvergiert, ρ = {rho}</translation>
    </message>
    <message>
        <source>Never settles: η = {eta} is 2/λmax{units}, so along the steepest direction every step lands as far on the other side of the valley.</source>
        <translation>Kommt nie zur Ruhe: η = {eta} ist 2/λmax{units}, daher landet jeder Schritt in der steilsten Richtung genauso weit auf der anderen Seite des Tals.</translation>
    </message>
    <message>
        <source>Diverges: η = {eta} is above 2/λmax = {top}{units}, so along the steepest direction every step overshoots by a factor |1 − ηλmax| = {factor} and the error grows.</source>
        <translation>Divergiert: η = {eta} liegt über 2/λmax = {top}{units}, daher schießt jeder Schritt in der steilsten Richtung um den Faktor |1 − ηλmax| = {factor} über und der Fehler wächst.</translation>
    </message>
    <message>
        <source>Converges, oscillating: η = {eta} is above 1/λmax = {half}{units}, so along the steepest direction each step jumps past the valley floor; below 2/λmax = {top} the jumps still shrink. ρ = {rho}: the error gap shrinks 100-fold in at most {steps}.</source>
        <translation>Konvergiert oszillierend: η = {eta} liegt über 1/λmax = {half}{units}, daher springt jeder Schritt in der steilsten Richtung über den Talboden; unter 2/λmax = {top} werden die Sprünge trotzdem kleiner. ρ = {rho}: der Fehlerabstand schrumpft in höchstens {steps} auf ein Hundertstel.</translation>
    </message>
    <message>
        <source>Converges slowly: ρ = {rho}, so the error gap may need {steps} to shrink 100-fold. Rates from {slow} up to 2/(λmin+λmax) = {best}{units} are faster.</source>
        <translation>Konvergiert langsam: ρ = {rho}, daher kann es bis zu {steps} dauern, bis der Fehlerabstand auf ein Hundertstel schrumpft. Raten von {slow} bis 2/(λmin+λmax) = {best}{units} sind schneller.</translation>
    </message>
    <message>
        <source>Converges: each step keeps at most ρ = {rho} of the distance to the optimum, so the error gap shrinks 100-fold in at most {steps}. Plain descent diverges at 2/λmax = {top}{units}.</source>
        <translation>Konvergiert: Jeder Schritt behält höchstens ρ = {rho} des Abstands zum Optimum, daher schrumpft der Fehlerabstand in höchstens {steps} auf ein Hundertstel. Einfacher Abstieg divergiert bei 2/λmax = {top}{units}.</translation>
    </message>
    <message>
        <source>more than {n}</source>
        <translation>mehr als {n}</translation>
    </message>
    <message>
        <source>never: diverges</source>
        <translation>nie: divergiert</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation>{n} Schritten</translation>
    </message>
    <message>
        <source> (normalised units)</source>
        <translation> (normierte Einheiten)</translation>
    </message>
    <message>
        <source> until iteration {n}</source>
        <translation> bis Iteration {n}</translation>
    </message>
    <message>
        <source>this rule</source>
        <translation>diese Regel</translation>
    </message>
    <message>
        <source>The error grew without bound{until}: {why}; try a smaller learning rate.</source>
        <translation>Der Fehler ist unbegrenzt gewachsen{until}: {why}; versuche eine kleinere Lernrate.</translation>
    </message>
    <message>
        <source>The learning rate {eta} is above the limit {top}{units} {limit}: along the steepest direction each step overshoots, so the distance to the best line along it grows {factor} times per step and the error grew at every step{until}.</source>
        <translation>Die Lernrate {eta} liegt über der Grenze {top}{units} {limit}: In der steilsten Richtung schießt jeder Schritt über, daher wächst der Abstand zur besten Geraden dort pro Schritt auf das {factor}-Fache und der Fehler ist bei jedem Schritt gewachsen{until}.</translation>
    </message>
    <message>
        <source>The learning rate {eta} is equal to the limit {top}{units} {limit}: along the steepest direction each step overshoots, so the distance to the best line along it grows {factor} times per step and the error grew at every step{until}.</source>
        <translation>Die Lernrate {eta} ist gleich der Grenze {top}{units} {limit}: In der steilsten Richtung schießt jeder Schritt über, daher wächst der Abstand zur besten Geraden dort pro Schritt auf das {factor}-Fache und der Fehler ist bei jedem Schritt gewachsen{until}.</translation>
    </message>
    <message>
        <source>The learning rate {eta} is above 2/λmax = {top}{units}: along the steepest direction each step overshoots by a factor |1 − ηλmax| = {factor}, so the error grew at every step{until}.</source>
        <translation>Die Lernrate {eta} liegt über 2/λmax = {top}{units}: In der steilsten Richtung schießt jeder Schritt um den Faktor |1 − ηλmax| = {factor} über, daher ist der Fehler bei jedem Schritt gewachsen{until}.</translation>
    </message>
    <message>
        <source>The learning rate {eta} is equal to 2/λmax = {top}{units}: along the steepest direction each step overshoots by a factor |1 − ηλmax| = {factor}, so the error grew at every step{until}.</source>
        <translation>Die Lernrate {eta} ist gleich 2/λmax = {top}{units}: In der steilsten Richtung schießt jeder Schritt um den Faktor |1 − ηλmax| = {factor} über, daher ist der Fehler bei jedem Schritt gewachsen{until}.</translation>
    </message>
    <message>
        <source>single points and small batches make a steeper error surface than all the points together, so {name} overshoots even though the learning rate {eta} is below the limit {top}{units}</source>
        <translation>einzelne Punkte und kleine Batches ergeben eine steilere Fehlerfläche als alle Punkte zusammen, daher schießt „{name}“ über, obwohl die Lernrate {eta} unter der Grenze {top}{units} liegt</translation>
    </message>
    <message>
        <source>single points and small batches have steeper error surfaces than the full batch, so {name} overshoots even though the learning rate {eta} is below 2/λmax = {top}{units}</source>
        <translation>einzelne Punkte und kleine Batches haben steilere Fehlerflächen als der volle Batch, daher schießt „{name}“ über, obwohl die Lernrate {eta} unter 2/λmax = {top}{units} liegt</translation>
    </message>
    <message>
        <source>the speed built up by {name} overshoots at the learning rate {eta}</source>
        <translation>der von „{name}“ aufgebaute Schwung schießt bei der Lernrate {eta} über</translation>
    </message>
    <message>
        <source>the velocity built up by {name} overshoots at the learning rate {eta}</source>
        <translation>die von „{name}“ aufgebaute Geschwindigkeit schießt bei der Lernrate {eta} über</translation>
    </message>
    <message>
        <source>{name}&apos;s steps of about the learning rate {eta} are too long for this data</source>
        <translation>die Schritte von „{name}“ von etwa der Lernrate {eta} sind für diese Daten zu lang</translation>
    </message>
    <message>
        <source>{name}&apos;s steps of about η = {eta} are too long for this data</source>
        <translation>die Schritte von „{name}“ von etwa η = {eta} sind für diese Daten zu lang</translation>
    </message>
    <message>
        <source>{name} multiplies its step by the learning rate {eta}; it must lie between 0 and 2 (1 lands on the best line in one step)</source>
        <translation>„{name}“ multipliziert seinen Schritt mit der Lernrate {eta}; sie muss zwischen 0 und 2 liegen (mit 1 landet es in einem Schritt auf der besten Geraden)</translation>
    </message>
    <message>
        <source>{name} scales its step by η = {eta}; on a quadratic error each step leaves a share |1 − η| of the distance to the optimum, so η must lie between 0 and 2 (η = 1 lands on it)</source>
        <translation>„{name}“ skaliert seinen Schritt mit η = {eta}; bei einem quadratischen Fehler lässt jeder Schritt einen Anteil |1 − η| des Abstands zum Optimum übrig, daher muss η zwischen 0 und 2 liegen (η = 1 landet darauf)</translation>
    </message>
    <message>
        <source>the learning rate {eta} is too large for this data</source>
        <translation>die Lernrate {eta} ist für diese Daten zu groß</translation>
    </message>
    <message>
        <source>(two divided by {words})</source>
        <translation>(zwei geteilt durch: {words})</translation>
    </message>
    <message>
        <source>The learning rate {eta} is not below the limit {top}{units} {limit}, so gradient descent will never settle; the learning rate {safe} converges.</source>
        <translation>Die Lernrate {eta} liegt nicht unter der Grenze {top}{units} {limit}, daher wird der Gradientenabstieg nie zur Ruhe kommen; die Lernrate {safe} konvergiert.</translation>
    </message>
    <message>
        <source>The learning rate {eta} is not below the limit {top}{units} {limit}, so gradient descent will diverge; the learning rate {safe} converges.</source>
        <translation>Die Lernrate {eta} liegt nicht unter der Grenze {top}{units} {limit}, daher wird der Gradientenabstieg divergieren; die Lernrate {safe} konvergiert.</translation>
    </message>
    <message>
        <source>η = {eta} is not below 2/λmax = {top}{units}, so gradient descent will never settle; η = {safe} converges.</source>
        <translation>η = {eta} liegt nicht unter 2/λmax = {top}{units}, daher wird der Gradientenabstieg nie zur Ruhe kommen; η = {safe} konvergiert.</translation>
    </message>
    <message>
        <source>η = {eta} is not below 2/λmax = {top}{units}, so gradient descent will diverge; η = {safe} converges.</source>
        <translation>η = {eta} liegt nicht unter 2/λmax = {top}{units}, daher wird der Gradientenabstieg divergieren; η = {safe} konvergiert.</translation>
    </message>
    <message>
        <source>Smallest eigenvalue of the Hessian: the curvature along the flattest direction</source>
        <translation>Kleinster Eigenwert der Hesse-Matrix: die Krümmung in der flachsten Richtung</translation>
    </message>
    <message>
        <source>Largest eigenvalue of the Hessian: the curvature along the steepest direction</source>
        <translation>Größter Eigenwert der Hesse-Matrix: die Krümmung in der steilsten Richtung</translation>
    </message>
    <message>
        <source>Condition number: how much narrower than round the error valley is</source>
        <translation>Konditionszahl: wie viel schmaler als rund das Fehlertal ist</translation>
    </message>
    <message>
        <source>2/λmax (limit)</source>
        <translation>2/λmax (Grenze)</translation>
    </message>
    <message>
        <source>Plain gradient descent diverges at or above this learning rate</source>
        <translation>Einfacher Gradientenabstieg divergiert bei oder über dieser Lernrate</translation>
    </message>
    <message>
        <source>2/(λmin+λmax) (best)</source>
        <translation>2/(λmin+λmax) (beste)</translation>
    </message>
    <message>
        <source>The fastest learning rate for plain gradient descent: ρ = (κ−1)/(κ+1)</source>
        <translation>Die schnellste Lernrate für einfachen Gradientenabstieg: ρ = (κ−1)/(κ+1)</translation>
    </message>
    <message>
        <source>ρ at η = {eta}</source>
        <translation>ρ bei η = {eta}</translation>
    </message>
    <message>
        <source>Contraction per step, max |1 − ηλ|: below 1 converges, the smaller the faster</source>
        <translation>Kontraktion pro Schritt, max |1 − ηλ|: unter 1 konvergiert es, je kleiner, desto schneller</translation>
    </message>
    <message>
        <source>steps to {percent} of E*</source>
        <translation>Schritte bis {percent} von E*</translation>
    </message>
    <message>
        <source>Plain gradient descent at η = {eta} from the starting line: iterations until the error is within {percent} of the least-squares error E*</source>
        <translation>Einfacher Gradientenabstieg bei η = {eta} ab der Startgeraden: Iterationen, bis der Fehler innerhalb von {percent} des Fehlers der kleinsten Quadrate E* liegt</translation>
    </message>
    <message>
        <source>a good η</source>
        <translation>ein gutes η</translation>
    </message>
    <message>
        <source>0.9 · 2/(λmin+λmax) rounded down to 1, 2 or 5 times a power of ten: safely below 2/λmax, and close to the fastest</source>
        <translation>0.9 · 2/(λmin+λmax), abgerundet auf 1, 2 oder 5 mal eine Zehnerpotenz: sicher unter 2/λmax und nahe an der schnellsten</translation>
    </message>
    <message>
        <source>steps at a good η</source>
        <translation>Schritte bei gutem η</translation>
    </message>
    <message>
        <source>Iterations to within {percent} of E* from the starting line, each problem at its own good learning rate: normalising makes the error valley round, and the count falls by orders of magnitude</source>
        <translation>Iterationen bis innerhalb {percent} von E* ab der Startgeraden, jedes Problem mit seiner eigenen guten Lernrate: Normieren macht das Fehlertal rund, und die Anzahl fällt um Größenordnungen</translation>
    </message>
    <message>
        <source>η far below 1: converges, but each step goes a tiny part of the way</source>
        <extracomment>Zones of a second-order rule&apos;s step scale ``η`` (its learning rate), from small to large; ``exact`` is the single rate ``η = 1`` (a mark on the gauge, not a band). The gauge of a step scale spans 10⁻⁴ to 10 (log scale). A rule that searches along lines is followed step by step for at most this many iterations to count the steps to the optimum. Each zone in a few words for a rule whose step points at the optimum (Newton).
----------
... and for a rule that searches along lines (conjugate gradients).</extracomment>
        <translation>η weit unter 1: konvergiert, aber jeder Schritt geht nur einen winzigen Teil des Weges</translation>
    </message>
    <message>
        <source>η below 1: each step goes that share of the way to the optimum</source>
        <translation>η unter 1: jeder Schritt geht diesen Anteil des Weges zum Optimum</translation>
    </message>
    <message>
        <source>η = 1: lands on the optimum in {steps}</source>
        <translation>η = 1: landet in {steps} auf dem Optimum</translation>
    </message>
    <message>
        <source>η between 1 and 2: each step jumps past the optimum, by less each time</source>
        <translation>η zwischen 1 und 2: jeder Schritt springt über das Optimum hinaus, jedes Mal weniger weit</translation>
    </message>
    <message>
        <source>η at or above 2: each step lands at least as far past the optimum</source>
        <translation>η bei oder über 2: jeder Schritt landet mindestens ebenso weit jenseits des Optimums</translation>
    </message>
    <message>
        <source>η below 1: each step stops short of the lowest point along its line</source>
        <translation>η unter 1: jeder Schritt bleibt vor dem tiefsten Punkt auf seiner Linie stehen</translation>
    </message>
    <message>
        <source>η = 1: reaches the optimum in {steps}</source>
        <translation>η = 1: erreicht das Optimum in {steps}</translation>
    </message>
    <message>
        <source>η between 1 and 2: each step goes past the lowest point along its line; the error still falls</source>
        <translation>η zwischen 1 und 2: jeder Schritt geht über den tiefsten Punkt auf seiner Linie hinaus; der Fehler sinkt trotzdem</translation>
    </message>
    <message>
        <source>η at or above 2: the error does not fall</source>
        <translation>η bei oder über 2: der Fehler sinkt nicht</translation>
    </message>
    <message>
        <source>{zone}: reaches the best line in {steps}</source>
        <extracomment>``|1 - η|`` (0 at η = 1): the distance&apos;s factor per step when the steps point at the optimum; otherwise the gap shrinks by no more than its square per step iterations for the gap to shrink 100-fold: exact when the steps point at the optimum, else the fewest it can take (``inf`` when not converging)</extracomment>
        <translation>{zone}: erreicht die beste Gerade in {steps}</translation>
    </message>
    <message>
        <source>{zone}: reaches the optimum in {steps}</source>
        <translation>{zone}: erreicht das Optimum in {steps}</translation>
    </message>
    <message>
        <source>{zone}: overshoots; the distance to the best line grows ×{factor} a step</source>
        <translation>{zone}: schießt über; der Abstand zur besten Geraden wächst ×{factor} pro Schritt</translation>
    </message>
    <message>
        <source>{zone}: each step jumps past the best line and keeps {kept}% of the distance</source>
        <translation>{zone}: jeder Schritt springt über die beste Gerade hinaus und behält {kept} % des Abstands</translation>
    </message>
    <message>
        <source>{zone}: each step keeps {kept}% of the distance to the best line</source>
        <translation>{zone}: jeder Schritt behält {kept} % des Abstands zur besten Geraden</translation>
    </message>
    <message>
        <source>{zone}: never settles, the error stays the same</source>
        <translation>{zone}: kommt nie zur Ruhe, der Fehler bleibt gleich</translation>
    </message>
    <message>
        <source>{zone}: each step goes too far, the error grows</source>
        <translation>{zone}: jeder Schritt geht zu weit, der Fehler wächst</translation>
    </message>
    <message>
        <source>{zone}: each step goes past the lowest point along its line</source>
        <translation>{zone}: jeder Schritt geht über den tiefsten Punkt auf seiner Linie hinaus</translation>
    </message>
    <message>
        <source>{zone}: converges, overshooting on each line</source>
        <translation>{zone}: konvergiert, schießt auf jeder Linie über</translation>
    </message>
    <message>
        <source>{zone}: each step stops short of the lowest point along its line</source>
        <translation>{zone}: jeder Schritt bleibt vor dem tiefsten Punkt auf seiner Linie stehen</translation>
    </message>
    <message>
        <source>{zone}: converges, stopping short on each line</source>
        <translation>{zone}: konvergiert, bleibt auf jeder Linie zu kurz</translation>
    </message>
    <message>
        <source>Never settles: at η = 2 each step of {name} lands as far on the other side of the optimum as it started.</source>
        <translation>Kommt nie zur Ruhe: Bei η = 2 landet jeder Schritt von „{name}“ genauso weit auf der anderen Seite des Optimums, wie er begann.</translation>
    </message>
    <message>
        <source>Diverges: η = {eta} is above 2, so each step of {name} lands |1 − η| = {factor} times as far on the other side of the optimum, and the error grows.</source>
        <translation>Divergiert: η = {eta} liegt über 2, daher landet jeder Schritt von „{name}“ |1 − η| = {factor}-mal so weit auf der anderen Seite des Optimums, und der Fehler wächst.</translation>
    </message>
    <message>
        <source>Exact: at η = 1 {name} jumps to the bottom of the bowl the curvature predicts, which on a squared error is the optimum itself.</source>
        <translation>Exakt: Bei η = 1 springt „{name}“ zum Boden der Schüssel, die die Krümmung vorhersagt; bei einem quadratischen Fehler ist das das Optimum selbst.</translation>
    </message>
    <message>
        <source>Converges, oscillating: η = {eta} is above 1, so each step of {name} jumps past the optimum and leaves ρ = |1 − η| = {rho} of the distance on the other side; below η = 2 the jumps shrink. The error gap shrinks 100-fold in {steps}.</source>
        <translation>Konvergiert oszillierend: η = {eta} liegt über 1, daher springt jeder Schritt von „{name}“ über das Optimum hinaus und lässt ρ = |1 − η| = {rho} des Abstands auf der anderen Seite übrig; unter η = 2 werden die Sprünge kleiner. Der Fehlerabstand schrumpft in {steps} auf ein Hundertstel.</translation>
    </message>
    <message>
        <source>Converges slowly: each step of {name} goes only η = {eta} of the way to the optimum, so the error gap needs {steps} to shrink 100-fold. η = 1 lands on it in one step.</source>
        <translation>Konvergiert langsam: Jeder Schritt von „{name}“ geht nur η = {eta} des Weges zum Optimum, daher schrumpft der Fehlerabstand erst nach {steps} auf ein Hundertstel. η = 1 landet in einem Schritt darauf.</translation>
    </message>
    <message>
        <source>Converges: each step of {name} goes η = {eta} of the way to the optimum and leaves ρ = |1 − η| = {rho} of the distance, whatever the shape of the error valley; the error gap shrinks 100-fold in {steps}.</source>
        <translation>Konvergiert: Jeder Schritt von „{name}“ geht η = {eta} des Weges zum Optimum und lässt ρ = |1 − η| = {rho} des Abstands übrig, welche Form das Fehlertal auch hat; der Fehlerabstand schrumpft in {steps} auf ein Hundertstel.</translation>
    </message>
    <message>
        <source>Never settles: at η = 2 each step of {name} lands as high on the other side of the lowest point along its line as it started, so the error never falls.</source>
        <translation>Kommt nie zur Ruhe: Bei η = 2 landet jeder Schritt von „{name}“ auf der anderen Seite des tiefsten Punkts seiner Linie genauso hoch, wie er begann, daher sinkt der Fehler nie.</translation>
    </message>
    <message>
        <source>Diverges: η = {eta} is above 2, so each step of {name} lands higher on the other side of the lowest point along its line than it started (it gains η(2 − η) = {gain} of that line&apos;s drop in error), and the error grows.</source>
        <translation>Divergiert: η = {eta} liegt über 2, daher landet jeder Schritt von „{name}“ auf der anderen Seite des tiefsten Punkts seiner Linie höher, als er begann (er gewinnt η(2 − η) = {gain} vom Abfall des Fehlers auf dieser Linie), und der Fehler wächst.</translation>
    </message>
    <message>
        <source>Exact: at η = 1 each step of {name} goes to the lowest point along its line, and steps along conjugate directions reach the optimum of a quadratic error in {exact}.</source>
        <translation>Exakt: Bei η = 1 geht jeder Schritt von „{name}“ zum tiefsten Punkt auf seiner Linie, und Schritte entlang konjugierter Richtungen erreichen das Optimum eines quadratischen Fehlers in {exact}.</translation>
    </message>
    <message>
        <source>Converges slowly: each step of {name} goes only η = {eta} of the way to the lowest point along its line, so the error gap needs at least {steps} to shrink 100-fold. η = 1 reaches the optimum in {exact}.</source>
        <translation>Konvergiert langsam: Jeder Schritt von „{name}“ geht nur η = {eta} des Weges zum tiefsten Punkt auf seiner Linie, daher schrumpft der Fehlerabstand frühestens nach {steps} auf ein Hundertstel. η = 1 erreicht das Optimum in {exact}.</translation>
    </message>
    <message>
        <source>Converges: η = {eta} is above 1, so each step of {name} goes past the lowest point along its line, yet gains η(2 − η) = {gain} of that line&apos;s drop in error, so the error falls at every step. Away from η = 1 the directions are no longer conjugate: on a narrow valley it can take many steps.</source>
        <translation>Konvergiert: η = {eta} liegt über 1, daher geht jeder Schritt von „{name}“ über den tiefsten Punkt auf seiner Linie hinaus, gewinnt aber η(2 − η) = {gain} vom Abfall des Fehlers auf dieser Linie, daher sinkt der Fehler bei jedem Schritt. Abseits von η = 1 sind die Richtungen nicht mehr konjugiert: In einem schmalen Tal kann es viele Schritte dauern.</translation>
    </message>
    <message>
        <source>Converges: each step of {name} goes η = {eta} of the way to the lowest point along its line and gains η(2 − η) = {gain} of that line&apos;s drop in error, so the error falls at every step. Away from η = 1 the directions are no longer conjugate: on a narrow valley it can take many steps.</source>
        <translation>Konvergiert: Jeder Schritt von „{name}“ geht η = {eta} des Weges zum tiefsten Punkt auf seiner Linie und gewinnt η(2 − η) = {gain} vom Abfall des Fehlers auf dieser Linie, daher sinkt der Fehler bei jedem Schritt. Abseits von η = 1 sind die Richtungen nicht mehr konjugiert: In einem schmalen Tal kann es viele Schritte dauern.</translation>
    </message>
    <message>
        <source>at most {n}</source>
        <translation>höchstens {n}</translation>
    </message>
    <message>
        <source>converges for</source>
        <translation>konvergiert für</translation>
    </message>
    <message>
        <source>steps to the optimum at η = 1</source>
        <translation>Schritte bis zum Optimum bei η = 1</translation>
    </message>
    <message>
        <source>Each step of {name} leaves |1 − η| of the distance to the optimum, whatever the shape of the error valley: it converges for 0 &lt; η &lt; 2, and λ and κ do not matter</source>
        <translation>Jeder Schritt von „{name}“ lässt |1 − η| des Abstands zum Optimum übrig, welche Form das Fehlertal auch hat: Es konvergiert für 0 &lt; η &lt; 2, und λ und κ spielen keine Rolle</translation>
    </message>
    <message>
        <source>At η = 1 {name} jumps to the bottom of the bowl the curvature predicts: on a squared error, the optimum itself</source>
        <translation>Bei η = 1 springt „{name}“ zum Boden der Schüssel, die die Krümmung vorhersagt: bei einem quadratischen Fehler das Optimum selbst</translation>
    </message>
    <message>
        <source>Share of the distance to the optimum left after each step, |1 − η|: below 1 converges, the smaller the faster</source>
        <translation>Anteil des Abstands zum Optimum, der nach jedem Schritt übrig bleibt, |1 − η|: unter 1 konvergiert es, je kleiner, desto schneller</translation>
    </message>
    <message>
        <source>Iterations of {name} at η = {eta} from the starting line until the error is within {percent} of the least-squares error E*: the same with or without normalising</source>
        <translation>Iterationen von „{name}“ bei η = {eta} ab der Startgeraden, bis der Fehler innerhalb von {percent} des Fehlers der kleinsten Quadrate E* liegt: mit und ohne Normieren gleich</translation>
    </message>
    <message>
        <source>Each step of {name} goes η times the way to the lowest point along its line and gains η(2 − η) of that line&apos;s drop in error: the error falls at every step for 0 &lt; η &lt; 2 and does not fall from η = 2 on</source>
        <translation>Jeder Schritt von „{name}“ geht η-mal den Weg zum tiefsten Punkt auf seiner Linie und gewinnt η(2 − η) vom Abfall des Fehlers auf dieser Linie: Für 0 &lt; η &lt; 2 sinkt der Fehler bei jedem Schritt, ab η = 2 sinkt er nicht</translation>
    </message>
    <message>
        <source>At η = 1 each step of {name} goes to the lowest point along its line, and steps along conjugate directions reach the optimum of a quadratic error, one per parameter</source>
        <translation>Bei η = 1 geht jeder Schritt von „{name}“ zum tiefsten Punkt auf seiner Linie, und Schritte entlang konjugierter Richtungen erreichen das Optimum eines quadratischen Fehlers, einer pro Parameter</translation>
    </message>
    <message>
        <source>gain at η = {eta}</source>
        <translation>Gewinn bei η = {eta}</translation>
    </message>
    <message>
        <source>Share of the drop in error to the lowest point along its line that each step gains, η(2 − η): 1 at η = 1, 0 at η = 2, below 0 above it (the error grows)</source>
        <translation>Anteil des Fehlerabfalls bis zum tiefsten Punkt auf seiner Linie, den jeder Schritt gewinnt, η(2 − η): 1 bei η = 1, 0 bei η = 2, darüber unter 0 (der Fehler wächst)</translation>
    </message>
    <message>
        <source>Iterations of {name} at η = {eta} from the starting line until the error is within {percent} of the least-squares error E*, followed step by step up to {cap}</source>
        <translation>Iterationen von „{name}“ bei η = {eta} ab der Startgeraden, bis der Fehler innerhalb von {percent} des Fehlers der kleinsten Quadrate E* liegt, Schritt für Schritt verfolgt bis {cap}</translation>
    </message>
</context>
<context>
    <name>surface</name>
    <message>
        <source>the points are needed to draw {loss}</source>
        <extracomment>The largest coordinate :func:`surface_range` keeps: a range over ±this, with its margin, still has a finite width.</extracomment>
        <translation>zum Zeichnen von {loss} werden die Punkte gebraucht</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>&amp;Light</source>
        <extracomment>The original look: white plots, Okabe-Ito colours.</extracomment>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <extracomment>Dark grey plots, light ink; the blue, vermilion, green, purple and grey brightened to keep at least 5.8:1 contrast on the background (orange and sky already have 7:1).</extracomment>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Presentation (high contrast)</source>
        <extracomment>The sizes both presentation themes share: type from the back of the room, lines twice as thick, the high-contrast palette. For a projector in a lit room: black ink on white, Okabe-Ito hues darkened where needed so every series has at least 3:1 contrast on white (WCAG&apos;s figure for graphics), type from the back of the room, lines twice as thick.</extracomment>
        <translation>&amp;Präsentation (hoher Kontrast)</translation>
    </message>
    <message>
        <source>Presentation, dar&amp;k</source>
        <extracomment>Presentation for a darkened hall: white ink on near-black, brightened hues (7.6:1+).</extracomment>
        <translation>Präsentation, dun&amp;kel</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <extracomment>Each scroll area&apos;s own minimum width, and its share of a splitter before large type.</extracomment>
        <translation>&amp;Farbschema</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>learning rate</source>
        <extracomment>Significant digits of a number a person typed, echoed back (an input&apos;s text). Significant digits of a value the window computes and shows a student: the readout, E*, the large display, the results table. Significant digits ``gdviz fit`` prints: the same on every machine (the 16th and 17th digits of a long run differ with the order of floating-point sums); ``--json`` keeps all. Numbers from PLAIN_FROM up to (not including) PLAIN_BELOW are written in plain notation. A value smaller than this times its natural size is zero up to rounding, written ``0`` (a gradient of 1e-13 at the optimum, where the terms it is the difference of are 1e4). What each symbol says, in words, for the plain-language window.</extracomment>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>how steep the steepest direction is</source>
        <translation>wie steil die steilste Richtung ist</translation>
    </message>
    <message>
        <source>how steep the flattest direction is</source>
        <translation>wie steil die flachste Richtung ist</translation>
    </message>
    <message>
        <source>how many times steeper the valley is one way than the other</source>
        <translation>wie viel steiler das Tal in der einen Richtung ist als in der anderen</translation>
    </message>
    <message>
        <source>share of the distance to the best line kept per step</source>
        <translation>Anteil des Abstands zur besten Geraden, der pro Schritt bleibt</translation>
    </message>
    <message>
        <source>the limit: two divided by how steep the steepest direction is</source>
        <translation>die Grenze: zwei geteilt durch die Steilheit der steilsten Richtung</translation>
    </message>
    <message>
        <source>one divided by how steep the steepest direction is</source>
        <translation>eins geteilt durch die Steilheit der steilsten Richtung</translation>
    </message>
    <message>
        <source>the fastest learning rate</source>
        <translation>die schnellste Lernrate</translation>
    </message>
    <message>
        <source>the factor the distance grows by along the steepest direction</source>
        <translation>der Faktor, um den der Abstand in der steilsten Richtung wächst</translation>
    </message>
    <message>
        <source>error slope along b</source>
        <translation>Fehlersteigung entlang b</translation>
    </message>
    <message>
        <source>error slope along m</source>
        <translation>Fehlersteigung entlang m</translation>
    </message>
    <message>
        <source>sum of squares</source>
        <translation>Quadratsumme</translation>
    </message>
    <message>
        <source>Gradient memory</source>
        <extracomment>Input labels that are only a symbol, or whose word is not enough without it.</extracomment>
        <translation>Gradientengedächtnis</translation>
    </message>
    <message>
        <source>Squared-gradient memory</source>
        <translation>Gedächtnis der quadrierten Gradienten</translation>
    </message>
    <message>
        <source>Huber threshold</source>
        <translation>Huber-Schwelle</translation>
    </message>
    <message>
        <source>Ridge penalty</source>
        <translation>Ridge-Strafterm</translation>
    </message>
    <message>
        <source>in thousands</source>
        <extracomment>Words for an axis whose values are shown divided by 10**power.</extracomment>
        <translation>in Tausend</translation>
    </message>
    <message>
        <source>in millions</source>
        <translation>in Millionen</translation>
    </message>
    <message>
        <source>in billions</source>
        <translation>in Milliarden</translation>
    </message>
    <message>
        <source>in trillions</source>
        <translation>in Billionen</translation>
    </message>
    <message>
        <source>in thousandths</source>
        <translation>in Tausendsteln</translation>
    </message>
    <message>
        <source>in millionths</source>
        <translation>in Millionsteln</translation>
    </message>
    <message>
        <source>in billionths</source>
        <translation>in Milliardsteln</translation>
    </message>
    <message>
        <source>in trillionths</source>
        <translation>in Billionsteln</translation>
    </message>
    <message>
        <source>in units of {power}</source>
        <extracomment>The largest power :func:`axis_power` gives: ``10**±300`` are floats, subnormals aside.</extracomment>
        <translation>in Einheiten von {power}</translation>
    </message>
    <message>
        <source>{n} trillion</source>
        <translation>{n} Bio.</translation>
    </message>
    <message>
        <source>{n} billion</source>
        <translation>{n} Mrd.</translation>
    </message>
    <message>
        <source>{n} million</source>
        <translation>{n} Mio.</translation>
    </message>
    <message>
        <source>{name}, learning rate {rate}, normalised</source>
        <translation>{name}, Lernrate {rate}, normiert</translation>
    </message>
    <message>
        <source>{name}, learning rate {rate}</source>
        <translation>{name}, Lernrate {rate}</translation>
    </message>
    <message>
        <source>{name} η={rate} norm.</source>
        <translation>{name} η={rate} norm.</translation>
    </message>
    <message>
        <source>Retry with learning rate {rate}</source>
        <translation>Nochmal mit Lernrate {rate}</translation>
    </message>
    <message>
        <source>Retry with η = {rate}</source>
        <translation>Nochmal mit η = {rate}</translation>
    </message>
    <message>
        <source>converged at iteration {n} and stopped there: the error is within tolerance of the optimum</source>
        <translation>bei Iteration {n} konvergiert und dort angehalten: der Fehler liegt innerhalb der Toleranz am Optimum</translation>
    </message>
    <message>
        <source>converged at iteration {n}: the error is within tolerance of the optimum</source>
        <translation>bei Iteration {n} konvergiert: der Fehler liegt innerhalb der Toleranz am Optimum</translation>
    </message>
    <message>
        <source>not converged after {n} iterations: error {error} vs. optimum {optimum}, {percent}% above it</source>
        <translation>nach {n} Iterationen nicht konvergiert: Fehler {error} gegenüber Optimum {optimum}, {percent} % darüber</translation>
    </message>
    <message>
        <source>not converged after {n} iterations: error {error} vs. optimum {optimum}</source>
        <translation>nach {n} Iterationen nicht konvergiert: Fehler {error} gegenüber Optimum {optimum}</translation>
    </message>
    <message>
        <source>diverged at iteration {at}: the error grew without bound, so the learning rate is too large for this data (plain descent is stable below 2/λmax = {limit}); showing the last finite state, iteration {n}</source>
        <translation>bei Iteration {at} divergiert: der Fehler ist unbegrenzt gewachsen, also ist die Lernrate für diese Daten zu groß (einfacher Abstieg ist unter 2/λmax = {limit} stabil); gezeigt wird der letzte endliche Zustand, Iteration {n}</translation>
    </message>
    <message>
        <source>stopped at iteration {at}: the {name} optimizer&apos;s running average of squared gradients overflowed, because the gradients are too large to square; rescale the data (or normalise it) or use plain descent; showing the last finite state, iteration {n}</source>
        <translation>bei Iteration {at} angehalten: das gleitende Mittel der quadrierten Gradienten des Optimierers {name} ist übergelaufen, weil die Gradienten zu groß zum Quadrieren sind; skaliere die Daten um (oder normiere sie) oder nimm einfachen Abstieg; gezeigt wird der letzte endliche Zustand, Iteration {n}</translation>
    </message>
    <message>
        <source>run {number} (iteration {n})</source>
        <translation>Lauf {number} (Iteration {n})</translation>
    </message>
    <message>
        <source>diverged: {runs}; its learning rate is too large</source>
        <translation>divergiert: {runs}; die Lernrate ist zu groß</translation>
    </message>
    <message>
        <source>Already at iteration {n}, the set number of iterations: raise Iterations or press Reset to run again.</source>
        <translation>Schon bei Iteration {n}, der eingestellten Anzahl: Erhöhe „Iterationen“ oder drücke „Zurücksetzen“, um neu zu starten.</translation>
    </message>
    <message>
        <source>{n} points (edited); least squares b* = {b}, m* = {m}, E* = {e}</source>
        <translation>{n} Punkte (bearbeitet); kleinste Quadrate b* = {b}, m* = {m}, E* = {e}</translation>
    </message>
    <message>
        <source>{n}st</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <source>{n}nd</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <source>{n}rd</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <source>{n}th</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <source>history: every {ordinal} iteration kept after {count}</source>
        <translation>Verlauf: nach {count} wird jede {ordinal} Iteration behalten</translation>
    </message>
</context>
</TS>
