<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ColumnNamesDialog</name>
    <message>
        <source>Name the columns</source>
        <translation>Nombrar las columnas</translation>
    </message>
    <message>
        <source>Name of x</source>
        <translation>Nombre de x</translation>
    </message>
    <message>
        <source>Name of y</source>
        <translation>Nombre de y</translation>
    </message>
    <message>
        <source>x (across)</source>
        <translation>x (horizontal)</translation>
    </message>
    <message>
        <source>y (up)</source>
        <translation>y (vertical)</translation>
    </message>
    <message>
        <source>Open a data file first (File &gt; Open, Ctrl+O)</source>
        <translation>Abre primero un archivo de datos (Archivo &gt; Abrir, Ctrl+O)</translation>
    </message>
</context>
<context>
    <name>ConceptPage</name>
    <message>
        <source>Concept page</source>
        <translation>Página del concepto</translation>
    </message>
</context>
<context>
    <name>ConceptsWindow</name>
    <message>
        <source>Concepts</source>
        <translation>Conceptos</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>Adelante ▶</translation>
    </message>
    <message>
        <source>no concept called {name} (choose one of: {names})</source>
        <translation>no hay ningún concepto llamado {name} (elige uno de: {names})</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Your data and settings are safe; you can keep working.</source>
        <extracomment>A log larger than this is renamed to ``crash.log.1`` (replacing the older one). (English in the log; the dialog shows it translated, context &quot;CrashDialog&quot;.)</extracomment>
        <translation>Tus datos y ajustes están a salvo; puedes seguir trabajando.</translation>
    </message>
    <message>
        <source>gdviz: unexpected problem</source>
        <extracomment>the innermost frame, ``&quot;divide() (model.py, line 12)&quot;``, or &quot;&quot; ``&quot;ZeroDivisionError in divide() (model.py, line 12): division by zero&quot;`` the traceback, then time, thread, versions and platform</extracomment>
        <translation>gdviz: problema inesperado</translation>
    </message>
    <message>
        <source>A report was added to {file}</source>
        <translation>Se añadió un informe a {file}</translation>
    </message>
    <message>
        <source>The report could not be written to {file} ({problem})</source>
        <translation>No se pudo escribir el informe en {file} ({problem})</translation>
    </message>
    <message>
        <source>1 more problem since; see the log.</source>
        <translation>1 problema más desde entonces; mira el registro.</translation>
    </message>
    <message>
        <source>{count} more problems since; see the log.</source>
        <translation>{count} problemas más desde entonces; mira el registro.</translation>
    </message>
</context>
<context>
    <name>EditFrame</name>
    <message>
        <source>✎ Editing points</source>
        <extracomment>Width of the frame, in pixels. The tag&apos;s words, longest first: the longest that fits left of the panel&apos;s title. (English; shown through the translation, context &quot;EditFrame&quot;, as are the others.)</extracomment>
        <translation>✎ Editando puntos</translation>
    </message>
    <message>
        <source>✎ Editing</source>
        <translation>✎ Editando</translation>
    </message>
    <message>
        <source>Edit &gt; Edit points is on:
click empty space: add a point · drag a point: move it · right-click: delete it
Ctrl+Z undoes an edit</source>
        <translation>Editar &gt; Editar puntos está activado:
clic en un espacio vacío: añadir un punto · arrastrar un punto: moverlo · clic derecho: borrarlo
Ctrl+Z deshace un cambio</translation>
    </message>
    <message>
        <source>The points are locked so a stray click cannot change them: switch on Edit &gt; Edit points (or the toolbar&apos;s Edit points) to add, move or delete points.</source>
        <translation>Los puntos están bloqueados para que un clic accidental no los cambie: activa Editar &gt; Editar puntos (o «Editar puntos» en la barra de herramientas) para añadir, mover o borrar puntos.</translation>
    </message>
    <message>
        <source>Point added at ({xy})</source>
        <translation>Punto añadido en ({xy})</translation>
    </message>
    <message>
        <source>Point {number} moved to ({xy})</source>
        <translation>Punto {number} movido a ({xy})</translation>
    </message>
    <message>
        <source>Point {number} deleted</source>
        <translation>Punto {number} borrado</translation>
    </message>
    <message>
        <source>{what}. {summary}. Ctrl+Z undoes it.</source>
        <translation>{what}. {summary}. Ctrl+Z lo deshace.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>The language changes when gdviz starts again.</source>
        <extracomment>The choice that follows the system&apos;s language. The languages gdviz speaks: code and name in that language (menus list languages in their own words, so a person who cannot read the current one still finds theirs). The translators installed on the application, and their language.</extracomment>
        <translation>El idioma cambiará cuando gdviz se vuelva a iniciar.</translation>
    </message>
    <message>
        <source>&amp;System language ({name})</source>
        <translation>Idioma del &amp;sistema ({name})</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>LoadJob</name>
    <message>
        <source>the file could not be loaded ({problem})</source>
        <translation>no se pudo cargar el archivo ({problem})</translation>
    </message>
</context>
<context>
    <name>MathPanel</name>
    <message>
        <source>The math of this step</source>
        <extracomment>Point sizes at the panel&apos;s smallest comfortable size (about 420 x 520 px); a larger panel (a projector, a maximised dock) scales them up, up to :data:`MAX_SCALE` times. Text colours on a light and on a dark background (the window&apos;s theme decides): headings, residuals above and below the line (the data panel&apos;s residual colours, the orange darkened to be legible as text on white), warnings and the check against the history.</extracomment>
        <translation>Las cuentas de este paso</translation>
    </message>
    <message>
        <source>Which step</source>
        <translation>Qué paso</translation>
    </message>
    <message>
        <source>Points of this step</source>
        <translation>Puntos de este paso</translation>
    </message>
    <message>
        <source>About the table</source>
        <translation>Sobre la tabla</translation>
    </message>
    <message>
        <source>Formulas of this step</source>
        <translation>Fórmulas de este paso</translation>
    </message>
    <message>
        <source>r = {y} − ({m}·{x} + {b}) is the residual</source>
        <translation>r = {y} − ({m}·{x} + {b}) es el residuo</translation>
    </message>
    <message>
        <source>point {number} is not in this step&apos;s batch</source>
        <translation>el punto {number} no está en el lote de este paso</translation>
    </message>
    <message>
        <source>there is no point {number}</source>
        <translation>no existe el punto {number}</translation>
    </message>
    <message>
        <source>point {number} is not among the first {shown} rows shown; its row is added below them</source>
        <translation>el punto {number} no está entre las primeras {shown} filas mostradas; su fila se añade debajo</translation>
    </message>
    <message>
        <source>The math of the next step</source>
        <translation>Las cuentas del próximo paso</translation>
    </message>
    <message>
        <source>Load data to see the arithmetic of a step.</source>
        <translation>Carga datos para ver las cuentas de un paso.</translation>
    </message>
    <message>
        <source>index of the point in the data</source>
        <translation>índice del punto en los datos</translation>
    </message>
    <message>
        <source>{x} of the point</source>
        <translation>{x} del punto</translation>
    </message>
    <message>
        <source>{y} of the point</source>
        <translation>{y} del punto</translation>
    </message>
    <message>
        <source>the line&apos;s prediction {m}·{x} + {b}</source>
        <translation>la predicción de la recta {m}·{x} + {b}</translation>
    </message>
    <message>
        <source>the residual r = {y} − ({m}·{x} + {b}): how far the point lies above the line</source>
        <translation>el residuo r = {y} − ({m}·{x} + {b}): cuánto queda el punto por encima de la recta</translation>
    </message>
    <message>
        <source>{x}·r, the point&apos;s share of ∂E/∂{m} (times −2/N)</source>
        <translation>{x}·r, la parte del punto en ∂E/∂{m} (por −2/N)</translation>
    </message>
    <message>
        <source>sums over every point the step uses</source>
        <translation>sumas sobre todos los puntos que usa el paso</translation>
    </message>
    <message>
        <source>over all {count}</source>
        <translation>sobre los {count}</translation>
    </message>
    <message>
        <source>over 1 point</source>
        <translation>sobre 1 punto</translation>
    </message>
    <message>
        <source>over {count} points</source>
        <translation>sobre {count} puntos</translation>
    </message>
    <message>
        <source>{count} more points are not shown; Σ includes them.</source>
        <translation>No se muestran {count} puntos más; Σ los incluye.</translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <source>Message action</source>
        <translation>Acción del mensaje</translation>
    </message>
    <message>
        <source>Do it</source>
        <translation>Hacerlo</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Messages</source>
        <extracomment>(background, ink, border) of each level on a light and on a dark theme. Type size of a message (points) in the light theme; larger with large controls.</extracomment>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Click to dismiss</source>
        <translation>Haz clic para cerrar</translation>
    </message>
</context>
<context>
    <name>MyLineBox</name>
    <message>
        <source>Drag the round handles on the data panel up or down, or type b and m.</source>
        <extracomment>Opacity (0-255) of the squares&apos; fill and outline. The widest the dock&apos;s contents get (pixels): the panels keep the room.</extracomment>
        <translation>Arrastra los tiradores redondos del panel de datos hacia arriba o hacia abajo, o escribe b y m.</translation>
    </message>
    <message>
        <source>My line</source>
        <translation>Mi recta</translation>
    </message>
    <message>
        <source>Show my line</source>
        <translation>Mostrar mi recta</translation>
    </message>
    <message>
        <source>My line&apos;s intercept b</source>
        <translation>Ordenada en el origen b de mi recta</translation>
    </message>
    <message>
        <source>My line&apos;s slope m</source>
        <translation>Pendiente m de mi recta</translation>
    </message>
    <message>
        <source>Start from my line</source>
        <translation>Empezar desde mi recta</translation>
    </message>
    <message>
        <source>Start the run from my line</source>
        <translation>Empezar la ejecución desde mi recta</translation>
    </message>
    <message>
        <source>The run starts again at my line&apos;s b and m (Reset)</source>
        <translation>La ejecución vuelve a empezar en la b y la m de mi recta (Reiniciar)</translation>
    </message>
    <message>
        <source>mean = {total} / N = {value}</source>
        <translation>media = {total} / N = {value}</translation>
    </message>
    <message>
        <source>the least-squares mean E* is hidden until Reveal</source>
        <translation>la media E* de mínimos cuadrados está oculta hasta «Revelar»</translation>
    </message>
    <message>
        <source>the least-squares line&apos;s mean: E* = {value}</source>
        <translation>media de la recta de mínimos cuadrados: E* = {value}</translation>
    </message>
    <message>
        <source>Squares drawn for {drawn} sampled points of {count}; the sums count every point.</source>
        <translation>Cuadrados dibujados para {drawn} puntos de muestra de {count}; las sumas cuentan todos los puntos.</translation>
    </message>
    <message>
        <source>A line you move by hand, with its squares and their total</source>
        <translation>Una recta que mueves a mano, con sus cuadrados y su total</translation>
    </message>
</context>
<context>
    <name>MyLineOverlay</name>
    <message>
        <source>my line</source>
        <translation>mi recta</translation>
    </message>
    <message>
        <source>Drag up or down: my line turns about the other handle</source>
        <translation>Arrastra hacia arriba o hacia abajo: mi recta gira alrededor del otro tirador</translation>
    </message>
    <message>
        <source>my line: {total} = {value}</source>
        <translation>mi recta: {total} = {value}</translation>
    </message>
</context>
<context>
    <name>PredictBar</name>
    <message>
        <source>where the next step lands</source>
        <extracomment>The strip&apos;s choice of what a click guesses, by kind (gdviz.core.guess.KINDS). These words are English; the window shows them translated (context &quot;PredictBar&quot;).</extracomment>
        <translation>dónde cae el próximo paso</translation>
    </message>
    <message>
        <source>where the optimum is</source>
        <translation>dónde está el óptimo</translation>
    </message>
    <message>
        <source>guess: next step</source>
        <extracomment>The word beside the mark on the map, by kind.</extracomment>
        <translation>apuesta: próximo paso</translation>
    </message>
    <message>
        <source>guess: optimum</source>
        <translation>apuesta: óptimo</translation>
    </message>
    <message>
        <source>Optimum hidden. Click the contour map to mark</source>
        <translation>Óptimo oculto. Haz clic en el mapa de curvas de nivel para marcar</translation>
    </message>
    <message>
        <source>Your guess stays on the contour map until you clear it.</source>
        <translation>Tu apuesta se queda en el mapa de curvas de nivel hasta que la borres.</translation>
    </message>
    <message>
        <source>Predict, then reveal</source>
        <translation>Predecir y luego revelar</translation>
    </message>
    <message>
        <source>What a click on the contour map guesses</source>
        <translation>Qué apuesta un clic en el mapa de curvas de nivel</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <source>Reveal the optimum</source>
        <translation>Revelar el óptimo</translation>
    </message>
    <message>
        <source>Show the least-squares line, the optimum and b*, m*, E*</source>
        <translation>Mostrar la recta de mínimos cuadrados, el óptimo y b*, m*, E*</translation>
    </message>
    <message>
        <source>Clear guess</source>
        <translation>Borrar apuesta</translation>
    </message>
    <message>
        <source>Clear the guess</source>
        <translation>Borrar la apuesta</translation>
    </message>
    <message>
        <source>Hide the least-squares line, the optimum and b*, m*, E* until Reveal;
meanwhile a click on the contour map marks a guess</source>
        <translation>Ocultar la recta de mínimos cuadrados, el óptimo y b*, m*, E* hasta «Revelar»;
mientras tanto, un clic en el mapa de curvas de nivel marca una apuesta</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <source>&amp;Presentation mode</source>
        <extracomment>Platforms where a window manager may be missing (a bare X server, a kiosk): there a full-screen request alone leaves the window at its size, so it is sized to the screen.</extracomment>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>Full screen, large type, thick lines (F11; Esc leaves)</source>
        <translation>Pantalla completa, letra grande, líneas gruesas (F11; Esc para salir)</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Salir del modo presentación</translation>
    </message>
</context>
<context>
    <name>ProjectorLayout</name>
    <message>
        <source>&amp;Controls</source>
        <extracomment>The smallest panel a class can read from the back of the room (presentation mode). Two panels, the default for presentation on a screen too small for four. Height the rest of the presentation layout takes (menu bar, large display, transport bar, timeline, message bar), to judge whether four panels fit a screen.</extracomment>
        <translation>&amp;Controles</translation>
    </message>
    <message>
        <source>Show or hide the controls (F10)</source>
        <translation>Mostrar u ocultar los controles (F10)</translation>
    </message>
    <message>
        <source>Two panels fit this screen: choose others (or all four) in the bar below or in View &gt; Presentation panels.</source>
        <translation>En esta pantalla caben dos paneles: elige otros (o los cuatro) en la barra de abajo o en Ver &gt; Paneles de presentación.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>run</source>
        <extracomment>The table&apos;s columns.</extracomment>
        <translation>ejecución</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>within 1% of E*</source>
        <translation>a menos del 1 % de E*</translation>
    </message>
    <message>
        <source>diverged at {iteration}</source>
        <extracomment>The widest the table asks to be (pixels); beyond it, it scrolls sideways. Size of a run&apos;s line sample (pixels, light theme).</extracomment>
        <translation>divergió en {iteration}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>iteration {iteration}</source>
        <translation>iteración {iteration}</translation>
    </message>
    <message>
        <source>Results of the runs</source>
        <translation>Resultados de las ejecuciones</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Each run&apos;s b, m, error and when it came within 1% of E*</source>
        <translation>b, m y error de cada ejecución, y cuándo llegó a menos del 1 % de E*</translation>
    </message>
    <message>
        <source>Results at iteration {iteration}</source>
        <translation>Resultados en la iteración {iteration}</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>main run</source>
        <translation>ejecución principal</translation>
    </message>
</context>
<context>
    <name>ScatterPanel</name>
    <message>
        <source>squares: total area = N × error</source>
        <extracomment>More points than this are drawn as a sample (the math still uses every point). Residual segments and squares are drawn for at most this many (sampled) points: more only cost drawing time (about 5 ms a frame per 1,000 under software rendering). Above this many points the mouse no longer edits the data (clicks still highlight). A click or drag this close to a point (in pixels) is on the point. How much taller (a share of the data&apos;s height) the fitted view may become to give the legend a corner without points. Legends of more entries than this go in the strip above the view. Fill and outline opacity (0-255) of the squared-residual squares. The panel&apos;s words in English; shown translated (context &quot;ScatterPanel&quot;).</extracomment>
        <translation>cuadrados: área total = N × error</translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>mínimos cuadrados</translation>
    </message>
    <message>
        <source>&lt;b&gt;Play with the data&lt;/b&gt;&lt;br&gt;Click empty space: add a point&lt;br&gt;Drag a point: move it&lt;br&gt;Right-click a point: delete it&lt;br&gt;Click a point: highlight it&lt;br&gt;Drag empty space: pan &amp;nbsp;·&amp;nbsp; wheel: zoom&lt;br&gt;Right-click empty space: plot menu&lt;br&gt;Ctrl+Z undoes an edit</source>
        <translation>&lt;b&gt;Juega con los datos&lt;/b&gt;&lt;br&gt;Clic en un espacio vacío: añadir un punto&lt;br&gt;Arrastrar un punto: moverlo&lt;br&gt;Clic derecho en un punto: borrarlo&lt;br&gt;Clic en un punto: resaltarlo&lt;br&gt;Arrastrar un espacio vacío: desplazar &amp;nbsp;·&amp;nbsp; rueda: zoom&lt;br&gt;Clic derecho en un espacio vacío: menú del gráfico&lt;br&gt;Ctrl+Z deshace un cambio</translation>
    </message>
    <message>
        <source>Click a point: highlight it&lt;br&gt;Drag: pan &amp;nbsp;·&amp;nbsp; wheel: zoom&lt;br&gt;Right-click: plot menu</source>
        <translation>Clic en un punto: resaltarlo&lt;br&gt;Arrastrar: desplazar &amp;nbsp;·&amp;nbsp; rueda: zoom&lt;br&gt;Clic derecho: menú del gráfico</translation>
    </message>
    <message>
        <source>Data and fitted line</source>
        <translation>Datos y recta ajustada</translation>
    </message>
    <message>
        <source>Data and the current line</source>
        <translation>Datos y la recta actual</translation>
    </message>
    <message>
        <source>Data ({drawn} of {count} points drawn) and the current line</source>
        <translation>Datos ({drawn} de {count} puntos dibujados) y la recta actual</translation>
    </message>
    <message>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <source>current line</source>
        <translation>recta actual</translation>
    </message>
    <message>
        <source>squares of {count} sampled points</source>
        <translation>cuadrados de {count} puntos de muestra</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editing is off&lt;/b&gt; for more than {limit} points&lt;br&gt;(this data set has {count})&lt;br&gt;</source>
        <translation>&lt;b&gt;La edición está desactivada&lt;/b&gt; con más de {limit} puntos&lt;br&gt;(este conjunto de datos tiene {count})&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editing is off&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;La edición está desactivada&lt;/b&gt;&lt;br&gt;</translation>
    </message>
</context>
<context>
    <name>SurfacePanel</name>
    <message>
        <source>b (intercept)</source>
        <extracomment>The world box: x and y in [-HALF_WIDTH, HALF_WIDTH], z in [0, HEIGHT]. The base grid sits a little below the lowest point of the surface. The path floats this far above the surface so the surface never hides it. The path is drawn through points about this far apart (world units, the box is 10 wide): thousands of sub-pixel segments draw faintly when antialiased, and cost for nothing. The default camera: from the front right, a little above. GLViewWidget&apos;s field of view is fixed horizontally, so a wide, short view moves the camera back (see _place_camera). Widths (pixels, light theme) of the paths and of the gradient arrow. The registry&apos;s line styles along a 3D path: drawn and skipped lengths in world units (the box is 10 wide). Room (pixels) kept between two labels. Where the axes&apos; full names would move the camera this much farther back (the surface a speck between them), they are named without their parenthesis: &quot;b′&quot;, &quot;m′&quot;, &quot;error&quot;. Markers are drawn last and without depth test: always visible, even behind a wall. Grid sizes the 3D surface is drawn at (points a side), coarsest first; the panel starts at the finest and steps down while frames are slow (software OpenGL on a large view). The axes&apos; default names (English; shown translated, context &quot;SurfacePanel&quot;).</extracomment>
        <translation>b (ordenada en el origen)</translation>
    </message>
    <message>
        <source>m (slope)</source>
        <translation>m (pendiente)</translation>
    </message>
    <message>
        <source>error (MSE)</source>
        <translation>error (ECM)</translation>
    </message>
    <message>
        <source>Error surface, 3D</source>
        <translation>Superficie de error, 3D</translation>
    </message>
    <message>
        <source>The error for every intercept b and slope m, with the descent path on it. Drag to rotate, scroll to zoom.</source>
        <translation>El error para cada ordenada en el origen b y cada pendiente m, con el camino del descenso encima. Arrastra para girar, usa la rueda para hacer zoom.</translation>
    </message>
    <message>
        <source>Error surface E(b, m)</source>
        <translation>Superficie de error E(b, m)</translation>
    </message>
    <message>
        <source>Drag to rotate, scroll to zoom, double-click to reset the view</source>
        <translation>Arrastra para girar, usa la rueda para hacer zoom, doble clic para restablecer la vista</translation>
    </message>
</context>
<context>
    <name>TeachingIntents</name>
    <message>
        <source>The optimum is hidden: click the contour map to guess the next step.</source>
        <extracomment>What the class is told when the optimum is hidden, by the kind of guess (English; shown translated, context &quot;TeachingIntents&quot;).</extracomment>
        <translation>El óptimo está oculto: haz clic en el mapa de curvas de nivel para apostar dónde cae el próximo paso.</translation>
    </message>
    <message>
        <source>The optimum is hidden: click the contour map to guess the optimum.</source>
        <translation>El óptimo está oculto: haz clic en el mapa de curvas de nivel para apostar dónde está el óptimo.</translation>
    </message>
    <message>
        <source>Guess placed; press Step to see how close it is.</source>
        <translation>Apuesta hecha; pulsa «Paso» para ver lo cerca que está.</translation>
    </message>
    <message>
        <source>Guess placed; press Reveal to see how close it is.</source>
        <translation>Apuesta hecha; pulsa «Revelar» para ver lo cerca que está.</translation>
    </message>
    <message>
        <source>The run starts from my line: b = {b}, m = {m}.</source>
        <translation>La ejecución empieza desde mi recta: b = {b}, m = {m}.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Paso atrás</translation>
    </message>
    <message>
        <source>Show the previous iteration (Left arrow)</source>
        <translation>Mostrar la iteración anterior (flecha izquierda)</translation>
    </message>
    <message>
        <source>Timeline of iterations</source>
        <translation>Línea de tiempo de las iteraciones</translation>
    </message>
    <message>
        <source>Drag to see every panel as it was at that iteration.
Step or Start from a past iteration replays from there.</source>
        <translation>Arrastra para ver cada panel tal como estaba en esa iteración.
«Paso» o «Iniciar» desde una iteración pasada repite desde ahí.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Follow the newest iteration</source>
        <translation>Seguir la iteración más reciente</translation>
    </message>
    <message>
        <source>Follow the newest iteration (End)</source>
        <translation>Seguir la iteración más reciente (Fin)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>iteration {latest}</source>
        <translation>iteración {latest}</translation>
    </message>
    <message>
        <source>iteration {shown} of {latest}</source>
        <translation>iteración {shown} de {latest}</translation>
    </message>
</context>
<context>
    <name>WelcomeNote</name>
    <message>
        <source>Welcome to gdviz: watch gradient descent fit the line y = m·x + b to data.</source>
        <extracomment>The note&apos;s words in English (shown through the translation, context &quot;WelcomeNote&quot;).</extracomment>
        <translation>Bienvenido a gdviz: mira cómo el descenso de gradiente ajusta la recta y = m·x + b a los datos.</translation>
    </message>
    <message>
        <source>Press Start (Space) to watch gradient descent fit the line, or Step (→) to go one iteration at a time; File &gt; Examples has ready-made lessons; F11 for the projector.</source>
        <translation>Pulsa «Iniciar» (Espacio) para ver cómo el descenso de gradiente ajusta la recta, o «Paso» (→) para avanzar iteración a iteración; en Archivo &gt; Ejemplos hay lecciones ya preparadas; F11 para el proyector.</translation>
    </message>
    <message>
        <source>Welcome note</source>
        <extracomment>Type size of the note (points), and in the large-type (presentation) themes: the note is for the teacher, and must not crowd the panels on a projector. (background, border, ink) for light and dark themes.</extracomment>
        <translation>Nota de bienvenida</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Got it: hide the welcome note</source>
        <translation>Entendido: ocultar la nota de bienvenida</translation>
    </message>
    <message>
        <source>Hide this note (it will not show at the next start)</source>
        <translation>Ocultar esta nota (no aparecerá en el próximo inicio)</translation>
    </message>
    <message>
        <source>Show at every start</source>
        <translation>Mostrar en cada inicio</translation>
    </message>
    <message>
        <source>Show the welcome note at every start</source>
        <translation>Mostrar la nota de bienvenida en cada inicio</translation>
    </message>
</context>
<context>
    <name>concepts</name>
    <message>
        <source>This page is missing from {folder}.</source>
        <extracomment>The concepts, in the order the window lists them: each is ``resources/concepts/&lt;key&gt;.md``. What each part of the window explains, by the part&apos;s objectName: the first concept is the one F1 opens, and each has an &quot;Explain&quot; entry in the part&apos;s context menu. Text size of the window, in pixels: readable at the back of a class on a projector. Where the optimizers page lists the registered rules.</extracomment>
        <translation>Falta esta página en {folder}.</translation>
    </message>
    <message>
        <source>Explain: {title}</source>
        <translation>Explicar: {title}</translation>
    </message>
    <message>
        <source>&amp;Concepts…</source>
        <translation>&amp;Conceptos…</translation>
    </message>
    <message>
        <source>Short illustrated pages on the ideas gdviz shows</source>
        <translation>Páginas breves e ilustradas sobre las ideas que muestra gdviz</translation>
    </message>
    <message>
        <source>&amp;What is this?</source>
        <translation>¿&amp;Qué es esto?</translation>
    </message>
    <message>
        <source>Explain the control or panel in focus (or under the pointer)</source>
        <translation>Explicar el control o el panel con el foco (o bajo el puntero)</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>1920 pixels wide (a slide)</source>
        <extracomment>Seconds the first and the last frame of an animation stay on screen. Width in pixels of a panel saved as PNG, unless another size is chosen: enough for a slide on a 1920-pixel projector. The sizes File &gt; Export offers for a PNG: label and width (None: as on screen). The words here are English; the window shows them translated (context &quot;export&quot;).</extracomment>
        <translation>1920 píxeles de ancho (una diapositiva)</translation>
    </message>
    <message>
        <source>3840 pixels wide (print, 4K)</source>
        <translation>3840 píxeles de ancho (impresión, 4K)</translation>
    </message>
    <message>
        <source>as on screen</source>
        <translation>como en pantalla</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <extracomment>Seconds between updates of the progress dialog while saving an animation.</extracomment>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>Imagen vectorial SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF animado (*.gif)</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Vídeo MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>could not encode the picture as {format}</source>
        <translation>no se pudo codificar la imagen como {format}</translation>
    </message>
    <message>
        <source>the 3D view can be saved as PNG only</source>
        <translation>la vista 3D solo se puede guardar como PNG</translation>
    </message>
    <message>
        <source>cannot save {path}: give the file name .png or .svg</source>
        <translation>no se puede guardar {path}: el nombre del archivo debe terminar en .png o .svg</translation>
    </message>
    <message>
        <source>cannot save {path}: give the file name .gif or .mp4</source>
        <translation>no se puede guardar {path}: el nombre del archivo debe terminar en .gif o .mp4</translation>
    </message>
    <message>
        <source>saving MP4 needs ffmpeg, which is not installed; save a GIF instead</source>
        <translation>para guardar MP4 hace falta ffmpeg, que no está instalado; guarda un GIF en su lugar</translation>
    </message>
    <message>
        <source>nothing to animate yet: load data and run the descent first</source>
        <translation>todavía no hay nada que animar: primero carga datos y ejecuta el descenso</translation>
    </message>
    <message>
        <source>Saving the animation…</source>
        <translation>Guardando la animación…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Exportar animación</translation>
    </message>
    <message>
        <source>Saving the animation: frame {done} of {count}</source>
        <translation>Guardando la animación: fotograma {done} de {count}</translation>
    </message>
    <message>
        <source>cannot save {path}: {problem}</source>
        <translation>no se puede guardar {path}: {problem}</translation>
    </message>
    <message>
        <source>Data and line</source>
        <extracomment>The window&apos;s panels: attribute name, label in the menu, file name stem.</extracomment>
        <translation>Datos y recta</translation>
    </message>
    <message>
        <source>Error curve</source>
        <translation>Curva de error</translation>
    </message>
    <message>
        <source>Error surface</source>
        <translation>Superficie de error</translation>
    </message>
    <message>
        <source>Contour map</source>
        <translation>Mapa de curvas de nivel</translation>
    </message>
    <message>
        <source>Window</source>
        <extracomment>What else File &gt; Export saves: the whole window, the descent&apos;s path, the run.</extracomment>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Camino</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animación</translation>
    </message>
    <message>
        <source>{what} as {format}…</source>
        <translation>{what} como {format}…</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>Tamaño de la imagen</translation>
    </message>
    <message>
        <source>Save the picture</source>
        <translation>Guardar la imagen</translation>
    </message>
    <message>
        <source>Export {what}</source>
        <translation>Exportar {what}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>Exportación cancelada; no se escribió ningún archivo</translation>
    </message>
    <message>
        <source>Save {what}</source>
        <translation>Guardar {what}</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>recent files</source>
        <extracomment>Version passed to ``saveState``/``restoreState``: raise it when the docks change, and an old layout is ignored instead of misplacing the new docks. The window&apos;s checkable View actions (attribute names) and their settings keys. The least of a window that must lie on a screen, and the band at its top (the title bar, where it is grabbed) that must be reachable; else it is brought back. An organisation no one uses: a QSettings made for it finds no file to read, yet names its file by the same rule (and ``QSettings.setPath``) as gdviz&apos;s own. Every key gdviz reads, with the function that accepts its value (None: wrong type). Plain words for the keys, for the message after a reset.</extracomment>
        <translation>archivos recientes</translation>
    </message>
    <message>
        <source>last folder</source>
        <translation>última carpeta</translation>
    </message>
    <message>
        <source>window size</source>
        <translation>tamaño de la ventana</translation>
    </message>
    <message>
        <source>dock layout</source>
        <translation>disposición de los paneles acoplables</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>presentation mode</source>
        <translation>modo presentación</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>velocidad</translation>
    </message>
    <message>
        <source>welcome note</source>
        <translation>nota de bienvenida</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>view options</source>
        <translation>opciones de vista</translation>
    </message>
    <message>
        <source>Your settings could not be checked ({error}); gdviz uses the defaults.</source>
        <translation>No se pudieron comprobar tus ajustes ({error}); gdviz usa los valores predeterminados.</translation>
    </message>
    <message>
        <source>Your settings file {path} is {what}, not a file, and could not be moved aside; gdviz uses the defaults and cannot save your settings.</source>
        <translation>Tu archivo de ajustes {path} es {what}, no un archivo, y no se pudo apartar; gdviz usa los valores predeterminados y no puede guardar tus ajustes.</translation>
    </message>
    <message>
        <source>Your settings file was {what}, not a file: it was moved aside to {kept}, and gdviz starts with the defaults.</source>
        <translation>Tu archivo de ajustes era {what}, no un archivo: se apartó como {kept} y gdviz empieza con los valores predeterminados.</translation>
    </message>
    <message>
        <source>Your settings could not be read ({reason}: {path}); gdviz uses the defaults for now.</source>
        <translation>No se pudieron leer tus ajustes ({reason}: {path}); por ahora gdviz usa los valores predeterminados.</translation>
    </message>
    <message>
        <source>Your settings could not be read ({reason}); the file was moved aside to {kept}, and gdviz starts with the defaults.</source>
        <translation>No se pudieron leer tus ajustes ({reason}); el archivo se apartó como {kept} y gdviz empieza con los valores predeterminados.</translation>
    </message>
    <message>
        <source>Your settings could not be read and were reset to the defaults.</source>
        <translation>No se pudieron leer tus ajustes y se restablecieron los valores predeterminados.</translation>
    </message>
    <message>
        <source>Your settings could not be read and were reset to the defaults; the damaged file was kept as {kept}.</source>
        <translation>No se pudieron leer tus ajustes y se restablecieron los valores predeterminados; el archivo dañado se guardó como {kept}.</translation>
    </message>
    <message>
        <source>Some settings could not be read and were reset to the defaults ({names}).</source>
        <translation>Algunos ajustes no se pudieron leer y se restablecieron los valores predeterminados ({names}).</translation>
    </message>
    <message>
        <source>Some settings could not be read and were reset to the defaults ({names}); the old file was kept as {kept}.</source>
        <translation>Algunos ajustes no se pudieron leer y se restablecieron los valores predeterminados ({names}); el archivo anterior se guardó como {kept}.</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>&amp;Light</source>
        <extracomment>The original look: white plots, Okabe-Ito colours.</extracomment>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <extracomment>Dark grey plots, light ink; the blue, vermilion, green, purple and grey brightened to keep at least 5.8:1 contrast on the background (orange and sky already have 7:1).</extracomment>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Presentation (high contrast)</source>
        <extracomment>The sizes both presentation themes share: type from the back of the room, lines twice as thick, the high-contrast palette. For a projector in a lit room: black ink on white, Okabe-Ito hues darkened where needed so every series has at least 3:1 contrast on white (WCAG&apos;s figure for graphics), type from the back of the room, lines twice as thick.</extracomment>
        <translation>&amp;Presentación (alto contraste)</translation>
    </message>
    <message>
        <source>Presentation, dar&amp;k</source>
        <extracomment>Presentation for a darkened hall: white ink on near-black, brightened hues (7.6:1+).</extracomment>
        <translation>Presentación, oscu&amp;ro</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <extracomment>Each scroll area&apos;s own minimum width, and its share of a splitter before large type.</extracomment>
        <translation>&amp;Tema</translation>
    </message>
</context>
</TS>
