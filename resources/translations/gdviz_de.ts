<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
    <name>LoadJob</name>
    <message>
        <source>the file could not be loaded ({problem})</source>
        <translation>die Datei konnte nicht geladen werden ({problem})</translation>
    </message>
</context>
<context>
    <name>MathPanel</name>
    <message>
        <source>The math of this step</source>
        <extracomment>Point sizes at the panel&apos;s smallest comfortable size (about 420 x 520 px); a larger panel (a projector, a maximised dock) scales them up, up to :data:`MAX_SCALE` times. Text colours on a light and on a dark background (the window&apos;s theme decides): headings, residuals above and below the line (the data panel&apos;s residual colours, the orange darkened to be legible as text on white), warnings and the check against the history.</extracomment>
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
    <name>concepts</name>
    <message>
        <source>This page is missing from {folder}.</source>
        <extracomment>The concepts, in the order the window lists them: each is ``resources/concepts/&lt;key&gt;.md``. What each part of the window explains, by the part&apos;s objectName: the first concept is the one F1 opens, and each has an &quot;Explain&quot; entry in the part&apos;s context menu. Text size of the window, in pixels: readable at the back of a class on a projector. Where the optimizers page lists the registered rules.</extracomment>
        <translation>Diese Seite fehlt in {folder}.</translation>
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
        <source>saving MP4 needs ffmpeg, which is not installed; save a GIF instead</source>
        <translation>MP4 zu speichern braucht ffmpeg, das nicht installiert ist; speichere stattdessen ein GIF</translation>
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
        <source>speed</source>
        <translation>Geschwindigkeit</translation>
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
</TS>
