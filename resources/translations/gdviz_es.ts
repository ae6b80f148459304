<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BigDisplay</name>
    <message>
        <source>Large iteration and error display</source>
        <extracomment>Significant digits of the error, b and m (``112.615``, ``7.99102``). The least-squares row is drawn at this fraction of the main size. Neither row is drawn smaller than this (pixels), however little room there is. Space between the columns, in ems of the main size.</extracomment>
        <translation>Visualización grande de iteración y error</translation>
    </message>
    <message>
        <source>iteration </source>
        <translation>iteración </translation>
    </message>
    <message>
        <source>error = </source>
        <translation>error = </translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>mínimos cuadrados</translation>
    </message>
</context>
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
    <name>CompareBox</name>
    <message>
        <source>Compare runs</source>
        <translation>Comparar ejecuciones</translation>
    </message>
    <message>
        <source>Run up to three more settings beside the main run, from the same start. Each rule has its own colour and line style in every panel.</source>
        <translation>Ejecuta hasta tres ajustes más junto a la ejecución principal, desde el mismo inicio. Cada regla tiene su propio color y estilo de línea en cada panel.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Rate η</source>
        <translation>Tasa η</translation>
    </message>
    <message>
        <source>Norm.</source>
        <translation>Norm.</translation>
    </message>
    <message>
        <source>Apply and restart all runs</source>
        <translation>Aplicar y reiniciar todas las ejecuciones</translation>
    </message>
    <message>
        <source>Apply comparison</source>
        <translation>Aplicar la comparación</translation>
    </message>
    <message>
        <source>Use run {n}</source>
        <translation>Usar la ejecución {n}</translation>
    </message>
    <message>
        <source>Optimizer of run {n}</source>
        <translation>Optimizador de la ejecución {n}</translation>
    </message>
    <message>
        <source>Learning rate of run {n}</source>
        <translation>Tasa de aprendizaje de la ejecución {n}</translation>
    </message>
    <message>
        <source>Normalise x and y for this run</source>
        <translation>Normalizar x e y para esta ejecución</translation>
    </message>
    <message>
        <source>Normalise run {n}</source>
        <translation>Normalizar la ejecución {n}</translation>
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
    <name>ContourPanel</name>
    <message>
        <source>error above E*</source>
        <extracomment>Colour bands, evenly spaced in log10(E - E*): their edges are the contour lines. Outlines and fills of marks on the heat map, the same in every theme. The colour map of the bands. The colour bar&apos;s name for what it shows (English; shown translated, context &quot;ContourPanel&quot;).</extracomment>
        <translation>error por encima de E*</translation>
    </message>
    <message>
        <source>Error contours over (b, m)</source>
        <extracomment>The longest negative-gradient arrow (pixels; at most 30 % of the view&apos;s shorter side). Opacity (0-255) of the halo under a compared run&apos;s path.</extracomment>
        <translation>Curvas de nivel del error sobre (b, m)</translation>
    </message>
    <message>
        <source>b (intercept)</source>
        <translation>b (ordenada en el origen)</translation>
    </message>
    <message>
        <source>m (slope)</source>
        <translation>m (pendiente)</translation>
    </message>
    <message>
        <source>your guess</source>
        <translation>tu apuesta</translation>
    </message>
    <message>
        <source>my line</source>
        <translation>mi recta</translation>
    </message>
    <message>
        <source>Error contours over (b′, m′)</source>
        <translation>Curvas de nivel del error sobre (b′, m′)</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <source>max</source>
        <extracomment>Iterations per second at each speed setting; the last is as fast as the machine allows. Margins (left, top, right, bottom) and row spacing of the boxes: compact, so the whole panel and the State box fit a projector&apos;s 1280x650 window without scrolling.</extracomment>
        <translation>máx.</translation>
    </message>
    <message>
        <source>{speed} it/s</source>
        <translation>{speed} it./s</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Estado actual</translation>
    </message>
    <message>
        <source>The current line and its error beside the least-squares line and its error;
∂E/∂b and ∂E/∂m are the gradient</source>
        <translation>La recta actual y su error junto a la recta de mínimos cuadrados y su error;
∂E/∂b y ∂E/∂m son el gradiente</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>The State box: the window keeps it in sight below the (scrolling) controls.</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>x column</source>
        <translation>Columna x</translation>
    </message>
    <message>
        <source>Column used as x</source>
        <translation>Columna usada como x</translation>
    </message>
    <message>
        <source>y column</source>
        <translation>Columna y</translation>
    </message>
    <message>
        <source>Column used as y</source>
        <translation>Columna usada como y</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>Hiperparámetros</translation>
    </message>
    <message>
        <source>Initial b</source>
        <translation>b inicial</translation>
    </message>
    <message>
        <source>Intercept b of the starting line (in y units); changing it resets the run</source>
        <translation>Ordenada en el origen b de la recta inicial (en unidades de y); cambiarla reinicia la ejecución</translation>
    </message>
    <message>
        <source>Initial m</source>
        <translation>m inicial</translation>
    </message>
    <message>
        <source>Slope m of the starting line (y units per x unit); changing it resets the run</source>
        <translation>Pendiente m de la recta inicial (unidades de y por unidad de x); cambiarla reinicia la ejecución</translation>
    </message>
    <message>
        <source>Start line</source>
        <translation>Recta inicial</translation>
    </message>
    <message>
        <source>The line the descent starts from: y = m·x + b</source>
        <translation>La recta desde la que parte el descenso: y = m·x + b</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <source>Seed of the shuffled order of points</source>
        <translation>Semilla del orden barajado de los puntos</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>The update rule for each step</source>
        <translation>La regla de actualización de cada paso</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iteraciones</translation>
    </message>
    <message>
        <source>How many iterations Start runs to (the total, counted from 0)</source>
        <translation>Hasta cuántas iteraciones llega «Iniciar» (el total, contado desde 0)</translation>
    </message>
    <message>
        <source>Normalise</source>
        <translation>Normalizar</translation>
    </message>
    <message>
        <source>Descend on standardised x and y (a round bowl instead of a narrow valley);
b, m and the error are still shown in the data&apos;s own units. Resets the run.</source>
        <translation>Descender sobre x e y estandarizadas (un cuenco redondo en lugar de un valle estrecho);
b, m y el error se siguen mostrando en las unidades de los datos. Reinicia la ejecución.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start or pause</source>
        <translation>Iniciar o pausar</translation>
    </message>
    <message>
        <source>Run to the set iterations or pause (Space)</source>
        <translation>Ejecutar hasta las iteraciones fijadas o pausar (Espacio)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Take one new iteration from the one shown
(the Right arrow moves forward through the history first)</source>
        <translation>Hacer una iteración nueva desde la mostrada
(la flecha derecha avanza primero por el historial)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Back to iteration 0 (R)</source>
        <translation>Volver a la iteración 0 (R)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Iterations per second: from 1 (to explain each step) to as fast as possible</source>
        <translation>Iteraciones por segundo: desde 1 (para explicar cada paso) hasta lo más rápido posible</translation>
    </message>
    <message>
        <source>Stop when converged</source>
        <translation>Parar al converger</translation>
    </message>
    <message>
        <source>Start stops at the first iteration whose error is within tolerance of the
optimum, instead of running to the set number of iterations</source>
        <translation>«Iniciar» se detiene en la primera iteración cuyo error está dentro de la tolerancia del
óptimo, en lugar de llegar al número de iteraciones fijado</translation>
    </message>
    <message>
        <source>{summary} — {n} points now (edited)</source>
        <translation>{summary} — ahora {n} puntos (editado)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
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
    <name>DataEditStack</name>
    <message>
        <source>add point ({x}, {y})</source>
        <translation>añadir el punto ({x}, {y})</translation>
    </message>
    <message>
        <source>delete point ({x}, {y})</source>
        <translation>borrar el punto ({x}, {y})</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change to the data points (Ctrl+Z)</source>
        <translation>Deshacer el último cambio en los puntos de datos (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo the change to the data points that was undone (Ctrl+Shift+Z)</source>
        <translation>Rehacer el cambio en los puntos de datos que se deshizo (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>move point to ({x}, {y})</source>
        <translation>mover el punto a ({x}, {y})</translation>
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
        <translation>no hay memoria suficiente para guardar el historial más allá de la iteración {n}; la ejecución se detuvo ahí</translation>
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
    <name>ErrorPanel</name>
    <message>
        <source>Error per iteration</source>
        <translation>Error por iteración</translation>
    </message>
    <message>
        <source>error (MSE)</source>
        <translation>error (ECM)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>iteración</translation>
    </message>
    <message>
        <source>Error per iteration ({note})</source>
        <translation>Error por iteración ({note})</translation>
    </message>
    <message>
        <source>diverged at {n}</source>
        <translation>divergió en {n}</translation>
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
    <name>LessonEditor</name>
    <message>
        <source>No checkpoint</source>
        <extracomment>How the checkpoint choice reads, by kind (&quot;&quot; : no checkpoint).</extracomment>
        <translation>Sin punto de control</translation>
    </message>
    <message>
        <source>Make the run diverge</source>
        <translation>Hacer que la ejecución diverja</translation>
    </message>
    <message>
        <source>Get the error below a value in a number of iterations</source>
        <translation>Bajar el error por debajo de un valor en un número de iteraciones</translation>
    </message>
    <message>
        <source>Predict where the next step lands</source>
        <translation>Predecir dónde cae el siguiente paso</translation>
    </message>
    <message>
        <source>Predict the best line</source>
        <translation>Predecir la mejor recta</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(todavía sin texto)</translation>
    </message>
    <message>
        <source>Lesson editor</source>
        <translation>Editor de lecciones</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Título de la lección</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Any (as the teacher chooses)</source>
        <translation>Cualquiera (según elija el docente)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Presentation panels</source>
        <translation>Paneles de presentación</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Open in the window</source>
        <translation>Abrir en la ventana</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Texto del paso</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Punto de control</translation>
    </message>
    <message>
        <source>Error below</source>
        <translation>Error por debajo de</translation>
    </message>
    <message>
        <source>Within iterations</source>
        <translation>En iteraciones</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerancia</translation>
    </message>
    <message>
        <source>What the step changes</source>
        <translation>Lo que cambia el paso</translation>
    </message>
    <message>
        <source>Take from the window</source>
        <translation>Tomar de la ventana</translation>
    </message>
    <message>
        <source>This step sets the window&apos;s settings and view as they are now
(what differs from the steps before it)</source>
        <translation>Este paso fija los ajustes y la vista de la ventana tal como están ahora
(lo que difiere de los pasos anteriores)</translation>
    </message>
    <message>
        <source>Change nothing</source>
        <translation>No cambiar nada</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Tolerance (share)</source>
        <translation>Tolerancia (fracción)</translation>
    </message>
    <message>
        <source>Settings and view</source>
        <translation>Ajustes y vista</translation>
    </message>
    <message>
        <source>This step changes: {names}</source>
        <translation>Este paso cambia: {names}</translation>
    </message>
    <message>
        <source>This step changes nothing.</source>
        <translation>Este paso no cambia nada.</translation>
    </message>
    <message>
        <source>cannot save {name}: {why}</source>
        <translation>no se puede guardar {name}: {why}</translation>
    </message>
    <message>
        <source>Saved the lesson {name}</source>
        <translation>Lección {name} guardada</translation>
    </message>
    <message>
        <source>Save the lesson</source>
        <translation>Guardar la lección</translation>
    </message>
    <message>
        <source>Lessons (*.gdviz)</source>
        <translation>Lecciones (*.gdviz)</translation>
    </message>
    <message>
        <source>the lesson needs a title</source>
        <translation>la lección necesita un título</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lección</translation>
    </message>
    <message>
        <source>Open a data file first (File &gt; Open, Ctrl+O)</source>
        <translation>Abre primero un archivo de datos (Archivo &gt; Abrir, Ctrl+O)</translation>
    </message>
    <message>
        <source>New &amp;lesson…</source>
        <translation>Nueva &amp;lección…</translation>
    </message>
    <message>
        <source>&amp;Edit lesson…</source>
        <translation>&amp;Editar la lección…</translation>
    </message>
</context>
<context>
    <name>LessonIntents</name>
    <message>
        <source>Guess placed: press Reveal to see how close it is.</source>
        <extracomment>What a checkpoint of an optimum says while the guess waits for Reveal.</extracomment>
        <translation>Apuesta hecha: pulsa «Revelar» para ver lo cerca que está.</translation>
    </message>
    <message>
        <source>step {n}: {problem}</source>
        <extracomment>The open lesson (None: none), the step shown (from 0) and each step&apos;s verdict.</extracomment>
        <translation>paso {n}: {problem}</translation>
    </message>
</context>
<context>
    <name>LessonNote</name>
    <message>
        <source>Lesson note</source>
        <extracomment>(background, border, ink, ink of a met checkpoint) on a light and on a dark theme. The title&apos;s type, relative to the note&apos;s. Lines of the note shown in presentation mode, and in the normal window (a short window must keep its panels); &quot;More&quot; shows the rest. The mark of a met checkpoint.</extracomment>
        <translation>Nota de la lección</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Punto de control</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Show the whole note</source>
        <translation>Mostrar la nota completa</translation>
    </message>
    <message>
        <source>Show the whole lesson note</source>
        <translation>Mostrar la nota completa de la lección</translation>
    </message>
    <message>
        <source>Hide the lesson note</source>
        <translation>Ocultar la nota de la lección</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Paso {number} de {count}</translation>
    </message>
    <message>
        <source>Question: {question}</source>
        <translation>Pregunta: {question}</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>Paso &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>Paso &amp;siguiente</translation>
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
    <name>LossInputs</name>
    <message>
        <source>error ({loss} + ridge)</source>
        <translation>error ({loss} + ridge)</translation>
    </message>
    <message>
        <source>error ({loss})</source>
        <translation>error ({loss})</translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>mínimos cuadrados</translation>
    </message>
    <message>
        <source>{loss} optimum</source>
        <translation>óptimo {loss}</translation>
    </message>
    <message>
        <source>one {loss} optimum</source>
        <translation>un óptimo {loss}</translation>
    </message>
    <message>
        <source>ridge {line}</source>
        <translation>{line} con ridge</translation>
    </message>
    <message>
        <source>{line} (one of many)</source>
        <translation>{line} (una de muchas)</translation>
    </message>
    <message>
        <source>No rate zones: {loss} has a varying curvature</source>
        <translation>Sin zonas de tasa: {loss} tiene una curvatura variable</translation>
    </message>
    <message>
        <source>No rate zones: {loss} has no curvature</source>
        <translation>Sin zonas de tasa: {loss} no tiene curvatura</translation>
    </message>
    <message>
        <source>No learning-rate limits or zones: {noun} has a curvature that changes with the line.</source>
        <translation>Sin límites ni zonas de tasa de aprendizaje: {noun} tiene una curvatura que cambia con la recta.</translation>
    </message>
    <message>
        <source>No learning-rate limits or zones: {noun} has no curvature.</source>
        <translation>Sin límites ni zonas de tasa de aprendizaje: {noun} no tiene curvatura.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>{loss}: {description}</source>
        <translation>{loss}: {description}</translation>
    </message>
    <message>
        <source>The error the runs descend on</source>
        <translation>El error sobre el que descienden las ejecuciones</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Error surface (2D: no OpenGL for 3D here)</source>
        <extracomment>Milliseconds after the first data set is shown that start-up&apos;s objects are frozen.</extracomment>
        <translation>Superficie de error (2D: aquí no hay OpenGL para 3D)</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Comparar ejecuciones</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Estabilidad</translation>
    </message>
    <message>
        <source>Step math</source>
        <translation>Cálculo del paso</translation>
    </message>
    <message>
        <source>My line</source>
        <translation>Mi recta</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progreso de la carga</translation>
    </message>
    <message>
        <source>Loading %p%</source>
        <translation>Cargando %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Cancelar la carga</translation>
    </message>
    <message>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <source>Open data file or lesson</source>
        <translation>Abrir un archivo de datos o una lección</translation>
    </message>
    <message>
        <source>Data files and lessons (*.csv *.tsv *.txt *.dat *.gdviz);;Lessons (*.gdviz);;All files (*)</source>
        <translation>Archivos de datos y lecciones (*.csv *.tsv *.txt *.dat *.gdviz);;Lecciones (*.gdviz);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a data file first</source>
        <translation>Abre primero un archivo de datos</translation>
    </message>
    <message>
        <source>Save as lesson</source>
        <translation>Guardar como lección</translation>
    </message>
    <message>
        <source>Lessons (*.gdviz)</source>
        <translation>Lecciones (*.gdviz)</translation>
    </message>
    <message>
        <source>Saved the lesson {name}</source>
        <translation>Lección {name} guardada</translation>
    </message>
    <message>
        <source>Opened {name}: gdviz opens one file at a time ({n} were dropped)</source>
        <translation>Se abrió {name}: gdviz abre un archivo cada vez (se soltaron {n})</translation>
    </message>
    <message>
        <source>About gdviz</source>
        <translation>Acerca de gdviz</translation>
    </message>
    <message>
        <source>&lt;b&gt;gdviz {version}&lt;/b&gt;&lt;br&gt;Watch gradient descent fit a straight line: the data, the error curve and the (b, m, error) surface, step by step.</source>
        <translation>&lt;b&gt;gdviz {version}&lt;/b&gt;&lt;br&gt;Mira cómo el descenso de gradiente ajusta una recta: los datos, la curva de error y la superficie (b, m, error), paso a paso.</translation>
    </message>
</context>
<context>
    <name>MathPanel</name>
    <message>
        <source>The math of this step</source>
        <extracomment>Point sizes at the panel&apos;s smallest comfortable size (about 420 x 520 px); a larger panel (a projector, a maximised dock) scales them up, up to :data:`MAX_SCALE` times. Text colours on a light and on a dark background (the window&apos;s theme decides): headings, residuals above and below the line (the data panel&apos;s residual colours, the orange darkened to be legible as text on white), warnings and the check against the history. The heading of the core&apos;s check of the step against the recorded history, as :mod:`gdviz.core.explain` writes it (English, translated in context &quot;explain&quot;); its note is coloured by whether the two agree.</extracomment>
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
    <name>Menus</name>
    <message>
        <source>Residuals</source>
        <extracomment>View toggles: (attribute of the window, text, field of the session&apos;s ViewState, tooltip); the texts in English, translated (context &quot;Menus&quot;) where the actions are made.</extracomment>
        <translation>Residuos</translation>
    </message>
    <message>
        <source>Squares of residuals</source>
        <translation>Cuadrados de los residuos</translation>
    </message>
    <message>
        <source>Draw each residual&apos;s square: their total area is N times the error</source>
        <translation>Dibujar el cuadrado de cada residuo: su área total es N veces el error</translation>
    </message>
    <message>
        <source>Best-fit line</source>
        <translation>Recta de mejor ajuste</translation>
    </message>
    <message>
        <source>The line of least error for the chosen loss (for the mean squared error, the least-squares line)</source>
        <translation>La recta de menor error para la pérdida elegida (para el error cuadrático medio, la recta de mínimos cuadrados)</translation>
    </message>
    <message>
        <source>Log error scale</source>
        <translation>Escala de error logarítmica</translation>
    </message>
    <message>
        <source>Gradient arrows</source>
        <translation>Flechas del gradiente</translation>
    </message>
    <message>
        <source>Surface in standardised units</source>
        <translation>Superficie en unidades estandarizadas</translation>
    </message>
    <message>
        <source>Draw the error surface over the standardised coefficients (b′, m′):
the narrow valley becomes a round bowl; the error values stay the same</source>
        <translation>Dibujar la superficie de error sobre los coeficientes estandarizados (b′, m′):
el valle estrecho se vuelve un cuenco redondo; los valores del error no cambian</translation>
    </message>
    <message>
        <source>Large iteration and error</source>
        <translation>Iteración y error grandes</translation>
    </message>
    <message>
        <source>Plain language</source>
        <translation>Lenguaje sencillo</translation>
    </message>
    <message>
        <source>Words instead of symbols in the window (learning rate for η, how steep the
steepest direction is for λmax, …); the Stability and Step math docks and the
tooltips keep the symbols</source>
        <translation>Palabras en lugar de símbolos en la ventana (tasa de aprendizaje para η, lo empinada
que es la dirección más empinada para λmax, …); los paneles Estabilidad y Cálculo del paso
y las descripciones emergentes conservan los símbolos</translation>
    </message>
    <message>
        <source>Data panel</source>
        <translation>Panel de datos</translation>
    </message>
    <message>
        <source>Error panel</source>
        <translation>Panel de error</translation>
    </message>
    <message>
        <source>Surface panel</source>
        <translation>Panel de superficie</translation>
    </message>
    <message>
        <source>Contour panel</source>
        <translation>Panel de curvas de nivel</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a data file (Ctrl+O)</source>
        <translation>Abrir un archivo de datos (Ctrl+O)</translation>
    </message>
    <message>
        <source>Start/Pause</source>
        <translation>Iniciar/Pausa</translation>
    </message>
    <message>
        <source>Forward one iteration</source>
        <translation>Avanzar una iteración</translation>
    </message>
    <message>
        <source>Take one new step</source>
        <translation>Dar un paso nuevo</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Ten steps</source>
        <translation>Diez pasos</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Paso atrás</translation>
    </message>
    <message>
        <source>Show iteration 0</source>
        <translation>Mostrar la iteración 0</translation>
    </message>
    <message>
        <source>Follow the newest iteration</source>
        <translation>Seguir la iteración más reciente</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Más lento</translation>
    </message>
    <message>
        <source>Edit points</source>
        <translation>Editar puntos</translation>
    </message>
    <message>
        <source>Click on the data panel to add a point, drag one to move it, right-click to
delete it (off: clicks only highlight points, so a stray click changes nothing)</source>
        <translation>Haz clic en el panel de datos para añadir un punto, arrástralo para moverlo, clic derecho
para borrarlo (desactivado: los clics solo resaltan puntos, así un clic perdido no cambia nada)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Ejemplos</translation>
    </message>
    <message>
        <source>Open the lesson {name}</source>
        <translation>Abrir la lección {name}</translation>
    </message>
    <message>
        <source>Data sets</source>
        <translation>Conjuntos de datos</translation>
    </message>
    <message>
        <source>&amp;Save as Lesson…</source>
        <translation>&amp;Guardar como lección…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Then: click to add a point, drag to move, right-click to delete</source>
        <translation>Luego: clic para añadir un punto, arrastrar para mover, clic derecho para borrar</translation>
    </message>
    <message>
        <source>&amp;Name the columns…</source>
        <translation>&amp;Nombrar las columnas…</translation>
    </message>
    <message>
        <source>Name x and y, e.g. hours studied and test score</source>
        <translation>Nombrar x e y, p. ej. horas de estudio y nota del examen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>Presentation pa&amp;nels</source>
        <translation>Pa&amp;neles de presentación</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Show the &amp;welcome note</source>
        <translation>Mostrar la nota de &amp;bienvenida</translation>
    </message>
    <message>
        <source>&amp;About gdviz</source>
        <translation>&amp;Acerca de gdviz</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Best-fit line</source>
        <comment>toolbar</comment>
        <translation>Mejor recta</translation>
    </message>
    <message>
        <source>Log error scale</source>
        <comment>toolbar</comment>
        <translation>Escala log.</translation>
    </message>
    <message>
        <source>Surface in standardised units</source>
        <comment>toolbar</comment>
        <translation>Estandarizada</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <comment>toolbar</comment>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Results</source>
        <comment>toolbar</comment>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Stability</source>
        <comment>toolbar</comment>
        <translation>Estabilidad</translation>
    </message>
    <message>
        <source>Step math</source>
        <comment>toolbar</comment>
        <translation>Cálculo</translation>
    </message>
    <message>
        <source>My line</source>
        <comment>toolbar</comment>
        <translation>Mi recta</translation>
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
        <source>your line&apos;s mean absolute error: {value}</source>
        <translation>error absoluto medio de mi recta: {value}</translation>
    </message>
    <message>
        <source>your line&apos;s error ({loss}): {value}</source>
        <translation>error de mi recta ({loss}): {value}</translation>
    </message>
    <message>
        <source>the {line}&apos;s error E* is hidden until Reveal</source>
        <translation>el error E* de la {line} está oculto hasta «Revelar»</translation>
    </message>
    <message>
        <source>the {line}&apos;s error: E* = {value}</source>
        <translation>error de la {line}: E* = {value}</translation>
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
        <source>{loss} with threshold {delta}</source>
        <translation>{loss} con umbral {delta}</translation>
    </message>
    <message>
        <source>{loss} plus {ridge} times the slope squared</source>
        <translation>{loss} más {ridge} por la pendiente al cuadrado</translation>
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
    <name>RateGauge</name>
    <message>
        <source>Learning-rate zones of plain gradient descent on this data (log scale, {lo} to {hi}); the needle marks the current rate.
{zones}</source>
        <extracomment>Okabe-Ito colours per zone (distinct for colour-blind viewers; each band is labelled). The label under each band: the zone&apos;s own name, as the text line and tooltip say it (the core&apos;s :data:`~gdviz.core.stability.ZONE_NAMES`, in the reader&apos;s language). Lines of the summary in plain language (words take more room than symbols). The controls&apos; type size the two sizes above go with; a theme with larger controls (presentation) scales them alike. Room at each end of the bar, the needle&apos;s height (above and below the bar) and its half width. Half the width of the line marking a zone that is a single rate (η = 1 for Newton). Height of the leader lines from each band down to its name. Space between two zone labels, in pixels. The gauge&apos;s words in English; shown translated (context &quot;RateGauge&quot;).</extracomment>
        <translation>Zonas de la tasa de aprendizaje del descenso de gradiente simple con estos datos (escala logarítmica, de {lo} a {hi}); la aguja marca la tasa actual.
{zones}</translation>
    </message>
    <message>
        <source>Zones of the step scale η of {name} on a squared error, whatever the data (log scale, {lo} to {hi}); the needle marks the current rate.
{zones}</source>
        <translation>Zonas del factor de paso η de «{name}» con un error cuadrático, sean cuales sean los datos (escala logarítmica, de {lo} a {hi}); la aguja marca la tasa actual.
{zones}</translation>
    </message>
    <message>
        <source>This rule follows one point (or a small batch) per step, so the line keeps moving around the optimum: the error ends near the least-squares error, not on it. The zones are those of plain descent over all the points.</source>
        <translation>Esta regla sigue un punto (o un lote pequeño) por paso, así que la recta sigue moviéndose alrededor del óptimo: el error termina cerca del error de mínimos cuadrados, no en él. Las zonas son las del descenso simple sobre todos los puntos.</translation>
    </message>
    <message>
        <source>for plain descent: {zone}</source>
        <translation>para el descenso simple: {zone}</translation>
    </message>
    <message>
        <source>{zone}: ends near the optimum, not on it</source>
        <translation>{zone}: termina cerca del óptimo, no en él</translation>
    </message>
    <message>
        <source>{zone}: {meaning}</source>
        <translation>{zone}: {meaning}</translation>
    </message>
    <message>
        <source>Learning-rate zones</source>
        <translation>Zonas de la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Learning-rate zones appear when data is loaded</source>
        <translation>Las zonas de la tasa de aprendizaje aparecen al cargar datos</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>b′ (standardised)</source>
        <translation>b′ (estandarizada)</translation>
    </message>
    <message>
        <source>m′ (standardised)</source>
        <translation>m′ (estandarizada)</translation>
    </message>
    <message>
        <source>b (intercept)</source>
        <translation>b (ordenada en el origen)</translation>
    </message>
    <message>
        <source>m (slope)</source>
        <translation>m (pendiente)</translation>
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
    <name>Session</name>
    <message>
        <source>compared run: {problem}</source>
        <extracomment>The chosen error&apos;s optimum for the data shown (None before any data).</extracomment>
        <translation>ejecución comparada: {problem}</translation>
    </message>
    <message>
        <source>Finding the {line} for {n} points…</source>
        <translation>Buscando la {line} para {n} puntos…</translation>
    </message>
    <message>
        <source>The runs start again on the error: {error}.</source>
        <translation>Las ejecuciones empiezan de nuevo con el error: {error}.</translation>
    </message>
    <message>
        <source>The runs start again on the error: {error}. Its {line} is not unique: {note}.</source>
        <translation>Las ejecuciones empiezan de nuevo con el error: {error}. Su {line} no es única: {note}.</translation>
    </message>
    <message>
        <source>diverged at iteration {n}: {explanation}</source>
        <extracomment>The window&apos;s panels, by the names lessons use. Files this large load in the background (the window stays responsive). Open sessions, so that their worker threads are joined even if the program exits without closing them (&quot;QThread: Destroyed while thread is still running&quot; aborts). The panels presentation mode shows, in order: one, two or four of :data:`PANELS`. Clicks on the data panel add, move and delete points (off: the data cannot be knocked over by a stray click). Predict, then reveal: the least-squares line, the optimum and their numbers are hidden until Reveal, and a click on the contour map places a guess. What a click on the contour map guesses: &quot;step&quot; (where the next step lands) or &quot;optimum&quot; (gdviz.core.guess.KINDS). The class&apos;s guess on the contour map, or None. My line (b, m), placed by hand on the data panel, or None. Plain language: the main window says in words what the symbols say (η, λ, ρ, ∂E/∂b).</extracomment>
        <translation>divergió en la iteración {n}: {explanation}</translation>
    </message>
    <message>
        <source>Loading {name} ({size} MB)…</source>
        <translation>Cargando {name} ({size} MB)…</translation>
    </message>
    <message>
        <source>x and y must be different columns</source>
        <translation>x e y deben ser columnas distintas</translation>
    </message>
    <message>
        <source>Loading cancelled; the data shown is unchanged.</source>
        <translation>Carga cancelada; los datos mostrados no han cambiado.</translation>
    </message>
    <message>
        <source>column names must be 1 to {n} characters</source>
        <translation>los nombres de columna deben tener de 1 a {n} caracteres</translation>
    </message>
    <message>
        <source>Learning rate set to {rate}; press Start.</source>
        <translation>Tasa de aprendizaje fijada en {rate}; pulsa «Iniciar».</translation>
    </message>
    <message>
        <source>Comparing {n} runs from the same start.</source>
        <translation>Comparando {n} ejecuciones desde el mismo inicio.</translation>
    </message>
    <message>
        <source>One run again.</source>
        <translation>De nuevo una sola ejecución.</translation>
    </message>
    <message>
        <source>Open a data file first (File &gt; Open, Ctrl+O)</source>
        <translation>Abre primero un archivo de datos (Archivo &gt; Abrir, Ctrl+O)</translation>
    </message>
    <message>
        <source>Replaying from iteration {shown}: the {n} iterations after it were discarded.</source>
        <translation>Repitiendo desde la iteración {shown}: se descartaron las {n} iteraciones posteriores.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Start or pause the descent</source>
        <translation>Iniciar o pausar el descenso</translation>
    </message>
    <message>
        <source>Forward one iteration (from the newest: take one new step)</source>
        <translation>Avanzar una iteración (desde la más reciente: dar un paso nuevo)</translation>
    </message>
    <message>
        <source>Take ten iterations</source>
        <translation>Hacer diez iteraciones</translation>
    </message>
    <message>
        <source>Step back one iteration</source>
        <translation>Retroceder una iteración</translation>
    </message>
    <message>
        <source>Go to iteration 0</source>
        <translation>Ir a la iteración 0</translation>
    </message>
    <message>
        <source>Go to the latest iteration</source>
        <translation>Ir a la última iteración</translation>
    </message>
    <message>
        <source>Reset to iteration 0 (start again)</source>
        <translation>Reiniciar a la iteración 0 (empezar de nuevo)</translation>
    </message>
    <message>
        <source>Next step of the lesson</source>
        <translation>Paso siguiente de la lección</translation>
    </message>
    <message>
        <source>Previous step of the lesson</source>
        <translation>Paso anterior de la lección</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Más lento</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>Abrir un archivo de datos</translation>
    </message>
    <message>
        <source>Save the lesson</source>
        <translation>Guardar la lección</translation>
    </message>
    <message>
        <source>Export a picture or the history</source>
        <translation>Exportar una imagen o el historial</translation>
    </message>
    <message>
        <source>Undo a data edit</source>
        <translation>Deshacer un cambio en los datos</translation>
    </message>
    <message>
        <source>Redo a data edit</source>
        <translation>Rehacer un cambio en los datos</translation>
    </message>
    <message>
        <source>Presentation mode on or off (full screen, large type)</source>
        <translation>Modo presentación sí o no (pantalla completa, letra grande)</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Salir del modo presentación</translation>
    </message>
    <message>
        <source>Show or hide the controls (presentation too)</source>
        <translation>Mostrar u ocultar los controles (también en presentación)</translation>
    </message>
    <message>
        <source>Explain the control or panel in focus (Help &gt; Concepts)</source>
        <translation>Explicar el control o panel con el foco (Ayuda &gt; Conceptos)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <extracomment>Friendlier names than Qt&apos;s for some keys.</extracomment>
        <translation>Flecha derecha</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>Flecha izquierda</translation>
    </message>
    <message>
        <source>Up arrow</source>
        <translation>Flecha arriba</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>Flecha abajo</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Av Pág</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Re Pág</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys that work anywhere in the gdviz window:</source>
        <translation>Teclas que funcionan en cualquier parte de la ventana de gdviz:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>StabilityPanel</name>
    <message>
        <source>measured</source>
        <extracomment>The panel&apos;s words in English; shown translated (context &quot;StabilityPanel&quot;).</extracomment>
        <translation>medido</translation>
    </message>
    <message>
        <source>theory: plain descent</source>
        <translation>teoría: descenso simple</translation>
    </message>
    <message>
        <source>theory line: plain gradient descent</source>
        <translation>línea teórica: descenso de gradiente simple</translation>
    </message>
    <message>
        <source>theory: {name}</source>
        <translation>teoría: {name}</translation>
    </message>
    <message>
        <source>{name} on this data</source>
        <translation>{name} con estos datos</translation>
    </message>
    <message>
        <source>within 1% of E*</source>
        <translation>a menos del 1 % de E*</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source>The problem being descended</source>
        <translation>El problema sobre el que se desciende</translation>
    </message>
    <message>
        <source>raw data</source>
        <translation>datos sin procesar</translation>
    </message>
    <message>
        <source>normalised</source>
        <translation>normalizados</translation>
    </message>
    <message>
        <source>Stability and conditioning</source>
        <translation>Estabilidad y condicionamiento</translation>
    </message>
    <message>
        <source>The distance to the optimum is hidden until Reveal.</source>
        <translation>La distancia al óptimo está oculta hasta «Revelar».</translation>
    </message>
    <message>
        <source>Plain gradient descent on this data</source>
        <translation>Descenso de gradiente simple con estos datos</translation>
    </message>
    <message>
        <source>Distance to the optimum per iteration</source>
        <translation>Distancia al óptimo por iteración</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergió</translation>
    </message>
    <message>
        <source>Distance to the optimum</source>
        <translation>Distancia al óptimo</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>iteración</translation>
    </message>
    <message>
        <source>E − E*  (log scale)</source>
        <translation>E − E*  (escala logarítmica)</translation>
    </message>
    <message>
        <source>diverged at {n}</source>
        <translation>divergió en {n}</translation>
    </message>
    <message>
        <source>For comparison</source>
        <translation>Para comparar</translation>
    </message>
</context>
<context>
    <name>StateReadout</name>
    <message>
        <source>Copy the state</source>
        <extracomment>Between the optimum&apos;s name (&quot;least squares&quot;, &quot;MAE optimum&quot;) and its b*. The widest line a column is sized for at least, so it does not grow every frame. Space between the columns, in widths of &quot;m&quot;.</extracomment>
        <translation>Copiar el estado</translation>
    </message>
    <message>
        <source>least squares</source>
        <extracomment>Points of the descent path drawn on the surface panels (the history keeps all). Points of the error curve drawn (peaks kept; the history keeps all). Milliseconds between a frame drawn and the request for the next one (at full speed). Significant digits in the State readout (as every value shown: words.format_value). Seconds between updates of the results table while the runs play.</extracomment>
        <translation>mínimos cuadrados</translation>
    </message>
    <message>
        <source>iteration {n}</source>
        <translation>iteración {n}</translation>
    </message>
    <message>
        <source>error = {value}</source>
        <translation>error = {value}</translation>
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
    <name>TransportBar</name>
    <message>
        <source>Data</source>
        <extracomment>Each panel&apos;s short name in the panel choices. (English, translated where shown, context &quot;TransportBar&quot;).</extracomment>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <source>Contours</source>
        <translation>Curvas de nivel</translation>
    </message>
    <message>
        <source>All four panels</source>
        <extracomment>The panel layouts offered for presentation mode: two panels first (they fit any projector), then one, then all four. Ink on each zone&apos;s colour.</extracomment>
        <translation>Los cuatro paneles</translation>
    </message>
    <message>
        <source>{panel} only</source>
        <translation>Solo {panel}</translation>
    </message>
    <message>
        <source>Presentation controls</source>
        <translation>Controles de presentación</translation>
    </message>
    <message>
        <source>Panels shown</source>
        <translation>Paneles mostrados</translation>
    </message>
    <message>
        <source>The panels presentation mode shows: one, two or all four</source>
        <translation>Los paneles que muestra el modo presentación: uno, dos o los cuatro</translation>
    </message>
    <message>
        <source>Show the controls</source>
        <translation>Mostrar los controles</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start or pause</source>
        <translation>Iniciar o pausar</translation>
    </message>
    <message>
        <source>Run or pause (Space)</source>
        <translation>Ejecutar o pausar (Espacio)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Take one new iteration from the one shown</source>
        <translation>Hacer una iteración nueva desde la mostrada</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Back to 0 (R)</source>
        <translation>Volver a 0 (R)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Iterations per second (+ and − change it)</source>
        <translation>Iteraciones por segundo (+ y − la cambian)</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
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
    <name>atomic</name>
    <message>
        <source>could not write {path}: the text cannot be saved as {encoding} ({reason})</source>
        <extracomment>A temporary file this old (untouched for a quarter of an hour) belongs to a save that was killed; a save in progress writes its temporary file within seconds.</extracomment>
        <translation>no se pudo escribir {path}: el texto no se puede guardar como {encoding} ({reason})</translation>
    </message>
    <message>
        <source>no free temporary file name in {folder}</source>
        <translation>no hay ningún nombre libre para un archivo temporal en {folder}</translation>
    </message>
    <message>
        <source>could not write {path}: {reason}</source>
        <translation>no se pudo escribir {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>checkpoints</name>
    <message>
        <source>Yes: the run diverged at iteration {n}.</source>
        <extracomment>The kinds, as files name them.</extracomment>
        <translation>Sí: la ejecución divergió en la iteración {n}.</translation>
    </message>
    <message>
        <source>Not yet: after {count} iterations the run has not diverged.</source>
        <translation>Todavía no: tras {count} iteraciones la ejecución no ha divergido.</translation>
    </message>
    <message>
        <source>Mark a line first.</source>
        <translation>Marca primero una recta.</translation>
    </message>
    <message>
        <source>Take the step from iteration {n} to see where it lands.</source>
        <translation>Da el paso desde la iteración {n} para ver dónde cae.</translation>
    </message>
    <message>
        <source>Well predicted: the next step is b = {b}, m = {m}.</source>
        <translation>Bien predicho: el siguiente paso es b = {b}, m = {m}.</translation>
    </message>
    <message>
        <source>Not quite: the next step is b = {b}, m = {m}.</source>
        <translation>No del todo: el siguiente paso es b = {b}, m = {m}.</translation>
    </message>
    <message>
        <source>Well predicted: the best line is b = {b}, m = {m}.</source>
        <translation>Bien predicho: la mejor recta es b = {b}, m = {m}.</translation>
    </message>
    <message>
        <source>Not quite: the best line is b = {b}, m = {m}.</source>
        <translation>No del todo: la mejor recta es b = {b}, m = {m}.</translation>
    </message>
    <message>
        <source>Yes: the error went below {limit} at iteration {n}.</source>
        <translation>Sí: el error bajó de {limit} en la iteración {n}.</translation>
    </message>
    <message>
        <source>Not yet: the error must go below {limit} within {count} iterations.</source>
        <translation>Todavía no: el error debe bajar de {limit} en {count} iteraciones.</translation>
    </message>
    <message>
        <source>Not met: the error must go below {limit} within {count} iterations; the lowest was {lowest}.</source>
        <translation>No logrado: el error debe bajar de {limit} en {count} iteraciones; el más bajo fue {lowest}.</translation>
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
        <source>The error surface</source>
        <extracomment>The shipped pages&apos; titles, for translation (the pages in English, and the English page shown where a language lacks its own).</extracomment>
        <translation>La superficie de error</translation>
    </message>
    <message>
        <source>The gradient</source>
        <translation>El gradiente</translation>
    </message>
    <message>
        <source>The learning rate</source>
        <translation>La tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation>Convergencia</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Normalización</translation>
    </message>
    <message>
        <source>The optimizers</source>
        <translation>Los optimizadores</translation>
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
    <name>data</name>
    <message>
        <source> ({count} skipped)</source>
        <translation> ({count} omitidos)</translation>
    </message>
    <message>
        <source> ({count} skipped: {lines})</source>
        <translation> ({count} omitidas: {lines})</translation>
    </message>
    <message>
        <source>{name} from {low} to {high}</source>
        <translation>{name} de {low} a {high}</translation>
    </message>
    <message>
        <source>line {numbers}</source>
        <translation>línea {numbers}</translation>
    </message>
    <message>
        <source>lines {numbers}</source>
        <translation>líneas {numbers}</translation>
    </message>
    <message>
        <source>{name}: x and y have different lengths ({x} and {y})</source>
        <translation>{name}: x e y tienen longitudes distintas ({x} y {y})</translation>
    </message>
    <message>
        <source>a folder</source>
        <extracomment>Largest file the loader reads (2 GB, about 55 million rows of two 17-digit numbers). Longest line the loader reads (1 MB); a longer one means this is not a data file. Bytes read to work out the layout (more when no data line is in them), and the content lines of them looked at. Files this large are read by pandas even before it has been imported (the import costs more than reading a smaller file line by line). The fast path parses ranges of lines of at most about this many bytes, by up to 4 threads at once (as many ranges as makes each thread parse the same number). Reading stops, and the file is refused, once more than this many rows were skipped and they outnumber the usable rows ten to one; the first few skipped lines are named.</extracomment>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>una tubería con nombre</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>loading cancelled</source>
        <translation>carga cancelada</translation>
    </message>
    <message>
        <source>1 point skipped: x or y was not a finite number</source>
        <translation>1 punto omitido: x o y no era un número finito</translation>
    </message>
    <message>
        <source>{n} points skipped: x or y was not a finite number</source>
        <translation>{n} puntos omitidos: x o y no era un número finito</translation>
    </message>
    <message>
        <source>{name}: 1 row skipped ({lines}): {reason}</source>
        <translation>{name}: 1 fila omitida ({lines}): {reason}</translation>
    </message>
    <message>
        <source>{name}: {n} rows skipped ({lines}): {reason}</source>
        <translation>{name}: {n} filas omitidas ({lines}): {reason}</translation>
    </message>
    <message>
        <source>the value for {x} or {y} was missing or not a number</source>
        <translation>el valor de {x} o de {y} faltaba o no era un número</translation>
    </message>
    <message>
        <source>{name}: need at least two points with finite x and y, found {n} ({count} not finite)</source>
        <translation>{name}: hacen falta al menos dos puntos con x e y finitos; hay {n} ({count} no finitos)</translation>
    </message>
    <message>
        <source>{name}: need at least two points with finite x and y, found {n}</source>
        <translation>{name}: hacen falta al menos dos puntos con x e y finitos; hay {n}</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un archivo especial</translation>
    </message>
    <message>
        <source>{name}: is a folder, not a data file</source>
        <translation>{name}: es una carpeta, no un archivo de datos</translation>
    </message>
    <message>
        <source>{name}: not a regular file but {kind}; choose a data file</source>
        <translation>{name}: no es un archivo normal sino {kind}; elige un archivo de datos</translation>
    </message>
    <message>
        <source>{name}: file not found ({path})</source>
        <translation>{name}: archivo no encontrado ({path})</translation>
    </message>
    <message>
        <source>{name}: permission denied; the file cannot be read</source>
        <translation>{name}: permiso denegado; no se puede leer el archivo</translation>
    </message>
    <message>
        <source>{name}: not a usable file name</source>
        <translation>{name}: no es un nombre de archivo válido</translation>
    </message>
    <message>
        <source>{name}: the file is {size}; gdviz reads files up to {most}</source>
        <translation>{name}: el archivo ocupa {size}; gdviz lee archivos de hasta {most}</translation>
    </message>
    <message>
        <source>{name}: the file changed while it was read (is another program writing it?); nothing was loaded</source>
        <translation>{name}: el archivo cambió mientras se leía (¿lo está escribiendo otro programa?); no se cargó nada</translation>
    </message>
    <message>
        <source>{name}: the file is empty</source>
        <translation>{name}: el archivo está vacío</translation>
    </message>
    <message>
        <source>{name}: no data, only blank lines and # comments</source>
        <translation>{name}: no hay datos, solo líneas vacías y comentarios #</translation>
    </message>
    <message>
        <source>{name}: the file has a header row but no data rows</source>
        <translation>{name}: el archivo tiene una fila de encabezado pero ninguna fila de datos</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>columna {n}</translation>
    </message>
    <message>
        <source>{name}: only one column found; need two columns (x and y)</source>
        <translation>{name}: solo se encontró una columna; hacen falta dos (x e y)</translation>
    </message>
    <message>
        <source>{name}: line {line} has {count} values but the header (line {header}) names {named} columns: is &apos;,&apos; also a thousands separator (as in 1,234.5)? Save the file without thousands separators, or with &apos;;&apos; between the columns</source>
        <translation>{name}: la línea {line} tiene {count} valores pero el encabezado (línea {header}) nombra {named} columnas: ¿es &apos;,&apos; también separador de miles (como en 1,234.5)? Guarda el archivo sin separadores de miles, o con &apos;;&apos; entre las columnas</translation>
    </message>
    <message>
        <source>{name}: line {line} has {count} values but the header (line {header}) names {named} columns: give every column a name in the header</source>
        <translation>{name}: la línea {line} tiene {count} valores pero el encabezado (línea {header}) nombra {named} columnas: da un nombre a cada columna en el encabezado</translation>
    </message>
    <message>
        <source>{name}: line {line}: no numeric columns</source>
        <translation>{name}: línea {line}: no hay columnas numéricas</translation>
    </message>
    <message>
        <source>{name}: only one column holds numbers ({column}); need two columns (x and y)</source>
        <translation>{name}: solo una columna tiene números ({column}); hacen falta dos (x e y)</translation>
    </message>
    <message>
        <source>{name}: x and y are both column {column}; choose two different columns</source>
        <translation>{name}: x e y son ambas la columna {column}; elige dos columnas distintas</translation>
    </message>
    <message>
        <source>{name}: column {column} not found (available: {available})</source>
        <translation>{name}: columna {column} no encontrada (disponibles: {available})</translation>
    </message>
    <message>
        <source>{name}: column index {index} is out of range; the file has {count} columns (indices 0 to {last})</source>
        <translation>{name}: el índice de columna {index} está fuera de rango; el archivo tiene {count} columnas (índices de 0 a {last})</translation>
    </message>
    <message>
        <source>{count} fields where the header has {width}</source>
        <translation>{count} campos donde el encabezado tiene {width}</translation>
    </message>
    <message>
        <source>{count} fields where the header has {width} (is &apos;,&apos; also a thousands separator?)</source>
        <translation>{count} campos donde el encabezado tiene {width} (¿es &apos;,&apos; también separador de miles?)</translation>
    </message>
    <message>
        <source>{count} fields where the other rows have {width}</source>
        <translation>{count} campos donde las demás filas tienen {width}</translation>
    </message>
    <message>
        <source>{count} fields where the other rows have {width} (is &apos;,&apos; also a thousands separator?)</source>
        <translation>{count} campos donde las demás filas tienen {width} (¿es &apos;,&apos; también separador de miles?)</translation>
    </message>
    <message>
        <source>only 1 field, no value for {column}</source>
        <translation>solo 1 campo, ningún valor para {column}</translation>
    </message>
    <message>
        <source>only {n} fields, no value for {column}</source>
        <translation>solo {n} campos, ningún valor para {column}</translation>
    </message>
    <message>
        <source>the value for {column} is missing ({value})</source>
        <translation>falta el valor de {column} ({value})</translation>
    </message>
    <message>
        <source>the value for {column} is empty</source>
        <translation>el valor de {column} está vacío</translation>
    </message>
    <message>
        <source>{value} in column {column} is not a finite number</source>
        <translation>{value} en la columna {column} no es un número finito</translation>
    </message>
    <message>
        <source>{value} in column {column} is not a number</source>
        <translation>{value} en la columna {column} no es un número</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>línea {line}: {reason}</translation>
    </message>
    <message>
        <source>{name}: reading stopped at line {line}, with only 1 row usable so far ({skipped})</source>
        <translation>{name}: la lectura se detuvo en la línea {line}, con solo 1 fila utilizable hasta entonces ({skipped})</translation>
    </message>
    <message>
        <source>{name}: reading stopped at line {line}, with only {n} rows usable so far ({skipped})</source>
        <translation>{name}: la lectura se detuvo en la línea {line}, con solo {n} filas utilizables hasta entonces ({skipped})</translation>
    </message>
    <message>
        <source>1 row skipped: {lines}; {reason}</source>
        <translation>1 fila omitida: {lines}; {reason}</translation>
    </message>
    <message>
        <source>{n} rows skipped: {lines}; {reason}</source>
        <translation>{n} filas omitidas: {lines}; {reason}</translation>
    </message>
    <message>
        <source>{name}: line {line} is longer than {size}; gdviz reads data files with shorter lines (is this a data file?)</source>
        <translation>{name}: la línea {line} ocupa más de {size}; gdviz lee archivos de datos con líneas más cortas (¿es un archivo de datos?)</translation>
    </message>
    <message>
        <source>{name}: cannot be read as UTF-16 text (damaged file?)</source>
        <translation>{name}: no se puede leer como texto UTF-16 (¿archivo dañado?)</translation>
    </message>
    <message>
        <source>{name}: the file cannot be read ({reason})</source>
        <translation>{name}: no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <source>{name}: looks like a binary file, not text data</source>
        <translation>{name}: parece un archivo binario, no datos de texto</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} puntos</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} filas</translation>
    </message>
    <message>
        <source>{name}: no rows with numbers in both {x} and {y}; need at least 2 ({skipped})</source>
        <translation>{name}: ninguna fila con números tanto en {x} como en {y}; hacen falta al menos 2 ({skipped})</translation>
    </message>
    <message>
        <source>{name}: no rows with numbers in both {x} and {y}; need at least 2</source>
        <translation>{name}: ninguna fila con números tanto en {x} como en {y}; hacen falta al menos 2</translation>
    </message>
    <message>
        <source>{name}: only 1 row with numbers in both {x} and {y}; need at least 2 ({skipped})</source>
        <translation>{name}: solo 1 fila con números tanto en {x} como en {y}; hacen falta al menos 2 ({skipped})</translation>
    </message>
    <message>
        <source>{name}: only 1 row with numbers in both {x} and {y}; need at least 2</source>
        <translation>{name}: solo 1 fila con números tanto en {x} como en {y}; hacen falta al menos 2</translation>
    </message>
    <message>
        <source>{name}: {label} must be a sequence of numbers</source>
        <translation>{name}: {label} debe ser una secuencia de números</translation>
    </message>
    <message>
        <source>{name}: {label} must be one-dimensional (got shape {shape})</source>
        <translation>{name}: {label} debe ser unidimensional (se recibió la forma {shape})</translation>
    </message>
    <message>
        <source>{name}: all x values are equal (x = {x}); a line&apos;s slope cannot be fitted</source>
        <translation>{name}: todos los valores de x son iguales (x = {x}); no se puede ajustar la pendiente de una recta</translation>
    </message>
</context>
<context>
    <name>descent</name>
    <message>
        <source>initial b</source>
        <extracomment>Steps gathered before their rows are written to the history. The error may grow to this many times its reference (the larger of the starting error and the variance of y) before the run is called divergent. The starting line&apos;s coefficients as messages name them.</extracomment>
        <translation>b inicial</translation>
    </message>
    <message>
        <source>initial m</source>
        <translation>m inicial</translation>
    </message>
    <message>
        <source>the starting line b = {b}, m = {m} is so far from the data that its error overflows; choose smaller initial values</source>
        <translation>la recta inicial b = {b}, m = {m} está tan lejos de los datos que su error se desborda; elige valores iniciales más pequeños</translation>
    </message>
    <message>
        <source>stopped at iteration {n}: the error has no curvature at this line (fewer than two x values lie within δ = {delta} of the line), so a {optimizer} step is undefined; use a larger δ, a start nearer the data or a first-order optimizer; showing iteration {shown}</source>
        <translation>detenido en la iteración {n}: el error no tiene curvatura en esta recta (menos de dos valores de x quedan a menos de δ = {delta} de la recta), así que un paso de {optimizer} no está definido; usa un δ mayor, un inicio más cerca de los datos o un optimizador de primer orden; se muestra la iteración {shown}</translation>
    </message>
    <message>
        <source>stopped at iteration {n}: the error has no curvature at this line (the error is flat in some direction), so a {optimizer} step is undefined; use a larger δ, a start nearer the data or a first-order optimizer; showing iteration {shown}</source>
        <translation>detenido en la iteración {n}: el error no tiene curvatura en esta recta (el error es plano en alguna dirección), así que un paso de {optimizer} no está definido; usa un δ mayor, un inicio más cerca de los datos o un optimizador de primer orden; se muestra la iteración {shown}</translation>
    </message>
    <message>
        <source>{name} must be a finite number (got {value})</source>
        <translation>{name} debe ser un número finito (se recibió {value})</translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <source>Gradient descent visualiser</source>
        <extracomment>The name of the desktop entry, the icon and the MIME package. Sizes (pixels) of the PNG icons, as in ``resources/icons/gdviz-&lt;size&gt;.png``. The file type of a saved lesson (``*.gdviz``). What the menu entry says, by key, in English (context &quot;desktop&quot;); each is written in every shipped language too. The keywords are a list, each ended by &quot;;&quot;.</extracomment>
        <translation>Visualizador del descenso de gradiente</translation>
    </message>
    <message>
        <source>Watch gradient descent fit a straight line to data, step by step</source>
        <translation>Mira cómo el descenso de gradiente ajusta una recta a los datos, paso a paso</translation>
    </message>
    <message>
        <source>gradient descent;linear regression;least squares;line fitting;optimisation;optimization;machine learning;teaching;</source>
        <translation>descenso de gradiente;regresión lineal;mínimos cuadrados;ajuste de rectas;optimización;aprendizaje automático;enseñanza;gradient descent;linear regression;least squares;</translation>
    </message>
    <message>
        <source>gdviz lesson</source>
        <extracomment>The lesson file type&apos;s name, as file managers show it.</extracomment>
        <translation>lección de gdviz</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source>the data&apos;s own units</source>
        <translation>las unidades propias de los datos</translation>
    </message>
    <message>
        <source>standardised units: x′ = (x − x̄)/σ_x, y′ = (y − ȳ)/σ_y with x̄ = {x_shift}, σ_x = {x_scale}, ȳ = {y_shift}, σ_y = {y_scale}</source>
        <translation>unidades estandarizadas: x′ = (x − x̄)/σ_x, y′ = (y − ȳ)/σ_y con x̄ = {x_shift}, σ_x = {x_scale}, ȳ = {y_shift}, σ_y = {y_scale}</translation>
    </message>
    <message>
        <source>all {n} points</source>
        <translation>los {n} puntos</translation>
    </message>
    <message>
        <source>point {first} only (position {start} of shuffled epoch {epoch})</source>
        <translation>solo el punto {first} (posición {start} de la época barajada {epoch})</translation>
    </message>
    <message>
        <source>point {first}</source>
        <translation>punto {first}</translation>
    </message>
    <message>
        <source>{k} of the {n} points (positions {start}–{end} of shuffled epoch {epoch})</source>
        <translation>{k} de los {n} puntos (posiciones {start}–{end} de la época barajada {epoch})</translation>
    </message>
    <message>
        <source>{k} of {n} points</source>
        <translation>{k} de {n} puntos</translation>
    </message>
    <message>
        <source>Step {i} → {next} · {name}</source>
        <translation>Paso {i} → {next} · {name}</translation>
    </message>
    <message>
        <source>not taken yet</source>
        <translation>aún no dado</translation>
    </message>
    <message>
        <source>line before the step: {b_name} = {b}, {m_name} = {m}</source>
        <translation>recta antes del paso: {b_name} = {b}, {m_name} = {m}</translation>
    </message>
    <message>
        <source>Gradient on {points}</source>
        <translation>Gradiente sobre {points}</translation>
    </message>
    <message>
        <source>Optimizer state</source>
        <translation>Estado del optimizador</translation>
    </message>
    <message>
        <source>Update ({settings})</source>
        <translation>Actualización ({settings})</translation>
    </message>
    <message>
        <source>Back in the data&apos;s units</source>
        <translation>De vuelta en las unidades de los datos</translation>
    </message>
    <message>
        <source>before the step: b = {b}, m = {m}</source>
        <translation>antes del paso: b = {b}, m = {m}</translation>
    </message>
    <message>
        <source>recorded iteration {n}: {b_name} = {b}, {m_name} = {m} (matches)</source>
        <translation>iteración registrada {n}: {b_name} = {b}, {m_name} = {m} (coincide)</translation>
    </message>
    <message>
        <source>recorded iteration {n}: {b_name} = {b}, {m_name} = {m} (differs: that step was taken with other settings)</source>
        <translation>iteración registrada {n}: {b_name} = {b}, {m_name} = {m} (difiere: ese paso se dio con otros ajustes)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
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
        <source>permission denied</source>
        <extracomment>Header of the path CSV, in column order. ``progress(done, total) -&gt; bool``: called after each frame; return False to cancel. Share of an animation&apos;s frames spent as if iterations were on a log scale (the rest are spread evenly): see :func:`frame_iterations`.</extracomment>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>a folder of that name is in the way</source>
        <translation>hay una carpeta con ese nombre</translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder</source>
        <translation>parte de la ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>saving a GIF needs the Pillow package (pip install Pillow)</source>
        <translation>para guardar un GIF hace falta el paquete Pillow (pip install Pillow)</translation>
    </message>
    <message>
        <source>saving MP4 needs ffmpeg, which is not installed; save a GIF instead</source>
        <extracomment>Colours in the shared palette; Pillow keeps the 256th free for &quot;unchanged&quot; pixels.</extracomment>
        <translation>para guardar MP4 hace falta ffmpeg, que no está instalado; guarda un GIF en su lugar</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>código de salida {code}</translation>
    </message>
    <message>
        <source>cannot write {path}: ffmpeg failed: {detail}</source>
        <translation>no se puede escribir {path}: ffmpeg falló: {detail}</translation>
    </message>
    <message>
        <source>cannot start ffmpeg ({program}): {reason}</source>
        <translation>no se puede iniciar ffmpeg ({program}): {reason}</translation>
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
    <name>guess</name>
    <message>
        <source>very close</source>
        <extracomment>What a guess is about, and how a sentence names it. Words for a guess within each share of the yardstick (the last: anything farther). The words of :data:`CLOSENESS` (and &quot;exactly right&quot;, :data:`FAR`) as the class reads them.</extracomment>
        <translation>muy cerca</translation>
    </message>
    <message>
        <source>close</source>
        <translation>cerca</translation>
    </message>
    <message>
        <source>some way off</source>
        <translation>algo lejos</translation>
    </message>
    <message>
        <source>far off</source>
        <translation>muy lejos</translation>
    </message>
    <message>
        <source>exactly right</source>
        <translation>exacta</translation>
    </message>
    <message>
        <source>Your guess was {distance} from the next step, (b, m) = ({b}, {m}): {words}.</source>
        <translation>Tu apuesta quedó a {distance} del siguiente paso, (b, m) = ({b}, {m}): {words}.</translation>
    </message>
    <message>
        <source>Your guess was {distance} from the optimum, (b, m) = ({b}, {m}): {words}.</source>
        <translation>Tu apuesta quedó a {distance} del óptimo, (b, m) = ({b}, {m}): {words}.</translation>
    </message>
    <message>
        <source>Your guess was {distance} from the next step, (b, m) = ({b}, {m}): {words} ({share}% of the step&apos;s length).</source>
        <translation>Tu apuesta quedó a {distance} del siguiente paso, (b, m) = ({b}, {m}): {words} ({share} % de la longitud del paso).</translation>
    </message>
    <message>
        <source>Your guess was {distance} from the optimum, (b, m) = ({b}, {m}): {words} ({share}% of the way from the run&apos;s point).</source>
        <translation>Tu apuesta quedó a {distance} del óptimo, (b, m) = ({b}, {m}): {words} ({share} % del camino desde el punto de la ejecución).</translation>
    </message>
    <message>
        <source>not converged after {n} iterations: error {error}</source>
        <translation>sin converger tras {n} iteraciones: error {error}</translation>
    </message>
    <message>
        <source>{n} points (edited); the least-squares line stays hidden until Reveal</source>
        <translation>{n} puntos (editados); la recta de mínimos cuadrados sigue oculta hasta «Revelar»</translation>
    </message>
</context>
<context>
    <name>lesson</name>
    <message>
        <source>text, at most {most} characters</source>
        <extracomment>The window&apos;s panels, by the names lessons use. NaN and Infinity are read as this string, so that msgspec says where they are.</extracomment>
        <translation>un texto de como mucho {most} caracteres</translation>
    </message>
    <message>
        <source>a number between {low} and {high}</source>
        <translation>un número entre {low} y {high}</translation>
    </message>
    <message>
        <source>a number from -{limit} to {limit}</source>
        <translation>un número de -{limit} a {limit}</translation>
    </message>
    <message>
        <source>the name of an optimizer</source>
        <translation>el nombre de un optimizador</translation>
    </message>
    <message>
        <source>a list of at most {most} items</source>
        <translation>una lista de como mucho {most} elementos</translation>
    </message>
    <message>
        <source>the name of a loss</source>
        <translation>el nombre de una función de pérdida</translation>
    </message>
    <message>
        <source>an object of at most {most} names</source>
        <translation>un objeto de como mucho {most} nombres</translation>
    </message>
    <message>
        <source>a list of at most {most} panel names</source>
        <translation>una lista de como mucho {most} nombres de panel</translation>
    </message>
    <message>
        <source>text that is not blank, at most {most} characters</source>
        <translation>un texto no vacío de como mucho {most} caracteres</translation>
    </message>
    <message>
        <source>{path}: unknown optimizer {value} (gdviz knows: {known})</source>
        <translation>{path}: optimizador desconocido {value} (gdviz conoce: {known})</translation>
    </message>
    <message>
        <source>{path}: unknown loss {value} (gdviz knows: {known})</source>
        <translation>{path}: función de pérdida desconocida {value} (gdviz conoce: {known})</translation>
    </message>
    <message>
        <source>{path}: unknown panel {value} (gdviz knows: {known})</source>
        <translation>{path}: panel desconocido {value} (gdviz conoce: {known})</translation>
    </message>
    <message>
        <source>{path} is missing</source>
        <translation>{path} falta</translation>
    </message>
    <message>
        <source>{path} has a name longer than {most} characters</source>
        <translation>{path} tiene un nombre de más de {most} caracteres</translation>
    </message>
    <message>
        <source>{path} must be true or false (got {value})</source>
        <translation>{path} debe ser true o false (se recibió {value})</translation>
    </message>
    <message>
        <source>data.x and data.y differ in length ({x} and {y})</source>
        <translation>data.x y data.y tienen longitudes distintas ({x} y {y})</translation>
    </message>
    <message>
        <source>data holds 1 point; a line needs at least 2 points</source>
        <translation>data contiene 1 punto; una recta necesita al menos 2 puntos</translation>
    </message>
    <message>
        <source>data holds no points; a line needs at least 2 points</source>
        <translation>data no contiene ningún punto; una recta necesita al menos 2 puntos</translation>
    </message>
    <message>
        <source>{path}: the starting line b = {b}, m = {m} is so far from the data that its error overflows</source>
        <translation>{path}: la recta inicial b = {b}, m = {m} está tan lejos de los datos que su error se desborda</translation>
    </message>
    <message>
        <source>{path} holds {count} numbers; a lesson holds at most {most}</source>
        <translation>{path} contiene {count} números; una lección contiene como mucho {most}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>the file is empty; it holds no lesson</source>
        <translation>el archivo está vacío; no contiene ninguna lección</translation>
    </message>
    <message>
        <source>not a gdviz lesson (not a JSON file: it starts with &quot;{start}&quot;)</source>
        <translation>no es una lección de gdviz (no es un archivo JSON: empieza por &quot;{start}&quot;)</translation>
    </message>
    <message>
        <source>not a gdviz lesson (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>no es una lección de gdviz (no hay &quot;format&quot;: &quot;{format}&quot;)</translation>
    </message>
    <message>
        <source>not a gdviz lesson (&quot;format&quot; is {value}, not &quot;{format}&quot;)</source>
        <translation>no es una lección de gdviz (&quot;format&quot; es {value}, no &quot;{format}&quot;)</translation>
    </message>
    <message>
        <source>no format version (expected &quot;version&quot;: {version})</source>
        <translation>no hay versión de formato (se esperaba &quot;version&quot;: {version})</translation>
    </message>
    <message>
        <source>version must be a whole number of at least 1 (got {value})</source>
        <translation>version debe ser un número entero de al menos 1 (se recibió {value})</translation>
    </message>
    <message>
        <source>made by a newer gdviz (format version {version}; this gdviz reads up to {newest}); update gdviz to open it</source>
        <translation>hecha con un gdviz más nuevo (versión de formato {version}; este gdviz lee hasta la {newest}); actualiza gdviz para abrirla</translation>
    </message>
    <message>
        <source>not valid JSON (nested too deeply)</source>
        <translation>JSON no válido (anidado demasiado hondo)</translation>
    </message>
    <message>
        <source>{place}: not valid JSON (the file ends too early: was it cut short?)</source>
        <translation>{place}: JSON no válido (el archivo termina demasiado pronto: ¿se cortó?)</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>JSON no válido ({reason})</translation>
    </message>
    <message>
        <source>{place}: not valid JSON ({reason})</source>
        <translation>{place}: JSON no válido ({reason})</translation>
    </message>
    <message>
        <source>line {line}: {byte} is not UTF-8 text; save the file as UTF-8</source>
        <translation>línea {line}: {byte} no es texto UTF-8; guarda el archivo como UTF-8</translation>
    </message>
    <message>
        <source>not a gdviz lesson (not UTF-8 text: {byte} on line {line})</source>
        <translation>no es una lección de gdviz (no es texto UTF-8: {byte} en la línea {line})</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>not a gdviz lesson (the file holds a JSON array, not an object)</source>
        <translation>no es una lección de gdviz (el archivo contiene un array JSON, no un objeto)</translation>
    </message>
    <message>
        <source>not a gdviz lesson (the file holds a JSON string, not an object)</source>
        <translation>no es una lección de gdviz (el archivo contiene una cadena JSON, no un objeto)</translation>
    </message>
    <message>
        <source>{path} must be one of: {kinds} (got {value})</source>
        <translation>{path} debe ser uno de estos: {kinds} (se recibió {value})</translation>
    </message>
    <message>
        <source>{path} must be a finite number, not {value}</source>
        <translation>{path} debe ser un número finito, no {value}</translation>
    </message>
    <message>
        <source>{path} must be a finite number</source>
        <translation>{path} debe ser un número finito</translation>
    </message>
    <message>
        <source>{path} must be {expected} (got {value})</source>
        <translation>{path} debe ser {expected} (se recibió {value})</translation>
    </message>
    <message>
        <source>{path} must be {expected}</source>
        <translation>{path} debe ser {expected}</translation>
    </message>
    <message>
        <source>, or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>a list of numbers</source>
        <translation>una lista de números</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a list of 1 item</source>
        <translation>una lista de 1 elemento</translation>
    </message>
    <message>
        <source>a list of {n} items</source>
        <translation>una lista de {n} elementos</translation>
    </message>
    <message>
        <source>{name}: not valid text (it holds a lone surrogate)</source>
        <translation>{name}: texto no válido (contiene un sustituto suelto)</translation>
    </message>
    <message>
        <source>{name}: cannot open the file ({reason})</source>
        <translation>{name}: no se puede abrir el archivo ({reason})</translation>
    </message>
    <message>
        <source>{name}: not a gdviz lesson (a binary file, not text)</source>
        <translation>{name}: no es una lección de gdviz (un archivo binario, no texto)</translation>
    </message>
    <message>
        <source>{name}: cannot open the file (it is {kind}, not a lesson file)</source>
        <translation>{name}: no se puede abrir el archivo (es {kind}, no un archivo de lección)</translation>
    </message>
    <message>
        <source>the file is too large for a lesson ({size} MB; at most {most} MB)</source>
        <translation>el archivo es demasiado grande para una lección ({size} MB; como mucho {most} MB)</translation>
    </message>
    <message>
        <source>cannot save {name}: {reason}</source>
        <translation>no se puede guardar {name}: {reason}</translation>
    </message>
    <message>
        <source>cannot save {name}: {reason}; use fewer points</source>
        <translation>no se puede guardar {name}: {reason}; usa menos puntos</translation>
    </message>
    <message>
        <source>a number greater than 0, at most 1</source>
        <translation>un número mayor que 0 y como mucho 1</translation>
    </message>
    <message>
        <source>a number greater than 0</source>
        <extracomment>The student marks a line (b, m) before the checkpoint can be judged.</extracomment>
        <translation>un número mayor que 0</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un número entero de {low} a {high}</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>need at least two points to fit a line (got {n})</source>
        <extracomment>Points per block when computing statistics (bounds the temporary arrays&apos; size). The smallest variance of x (or of a varying y) gdviz fits: below it the squared deviations fall among the subnormal floats and lose precision (tiny / eps ≈ 1e-292). The smallest spread of x (or of a varying y) relative to its size, ``σx / |x̄|``. The error at a line ``(b, m)`` is computed to a relative accuracy of about ``2ε |x̄|/σx`` (the rounding of the line&apos;s height ``m x + b`` near the data), so at this limit the error is still right to about seven digits; below it, shifting x is the remedy.</extracomment>
        <translation>hacen falta al menos dos puntos para ajustar una recta (se recibieron {n})</translation>
    </message>
    <message>
        <source>every x and y must be a finite number</source>
        <translation>cada x e y debe ser un número finito</translation>
    </message>
    <message>
        <source>all x values are equal (x = {x}); a line&apos;s slope cannot be fitted</source>
        <translation>todos los valores de x son iguales (x = {x}); no se puede ajustar la pendiente de una recta</translation>
    </message>
    <message>
        <source>the x values differ too little (their range is {spread}): their squares underflow floating point; rescale x (e.g. change its unit)</source>
        <translation>los valores de x difieren demasiado poco (su rango es {spread}): sus cuadrados quedan por debajo de la coma flotante; reescala x (p. ej., cambia su unidad)</translation>
    </message>
    <message>
        <source>the y values differ too little (their range is {spread}): their squares underflow floating point; rescale y (e.g. change its unit)</source>
        <translation>los valores de y difieren demasiado poco (su rango es {spread}): sus cuadrados quedan por debajo de la coma flotante; reescala y (p. ej., cambia su unidad)</translation>
    </message>
    <message>
        <source>x values as large as {size} make the error surface too steep for floating point; rescale x (e.g. change its unit)</source>
        <translation>valores de x tan grandes como {size} hacen la superficie de error demasiado empinada para la coma flotante; reescala x (p. ej., cambia su unidad)</translation>
    </message>
    <message>
        <source>x values as large as {size} are too large: their squares overflow floating point; rescale x (e.g. change its unit)</source>
        <translation>valores de x tan grandes como {size} son demasiado grandes: sus cuadrados desbordan la coma flotante; reescala x (p. ej., cambia su unidad)</translation>
    </message>
    <message>
        <source>y values as large as {size} are too large: their squares overflow floating point; rescale y (e.g. change its unit)</source>
        <translation>valores de y tan grandes como {size} son demasiado grandes: sus cuadrados desbordan la coma flotante; reescala y (p. ej., cambia su unidad)</translation>
    </message>
    <message>
        <source>x and y values as large as {x} and {y} are too large together: their products overflow floating point; rescale x or y</source>
        <translation>valores de x e y tan grandes como {x} y {y} son demasiado grandes juntos: sus productos desbordan la coma flotante; reescala x o y</translation>
    </message>
    <message>
        <source>the {label} values differ too little for their size ({label} ≈ {mean}, spread {spread}): the line cannot be placed precisely; subtract a constant from {label} first (e.g. use {label} − {shift})</source>
        <translation>los valores de {label} difieren demasiado poco para su tamaño ({label} ≈ {mean}, rango {spread}): la recta no se puede colocar con precisión; resta primero una constante a {label} (p. ej., usa {label} − {shift})</translation>
    </message>
    <message>
        <source>x does not vary (or its squares cannot be computed): no slope to fit</source>
        <translation>x no varía (o no se pueden calcular sus cuadrados): no hay pendiente que ajustar</translation>
    </message>
</context>
<context>
    <name>my_line</name>
    <message>
        <source>my line&apos;s {name} must be a number between -{limit} and {limit} (got {value})</source>
        <extracomment>Where the two handles sit, as shares of the data&apos;s x span.</extracomment>
        <translation>{name} de mi recta debe ser un número entre -{limit} y {limit} (se recibió {value})</translation>
    </message>
    <message>
        <source>my line needs at least one point</source>
        <translation>mi recta necesita al menos un punto</translation>
    </message>
    <message>
        <source>my line&apos;s handles must have different x (both at {x})</source>
        <translation>los tiradores de mi recta deben tener x distintas (ambos en {x})</translation>
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
        <translation>δ de Huber: los residuos hasta δ cuentan al cuadrado, los mayores solo en proporción
(en las unidades de y)</translation>
    </message>
    <message>
        <source>huber delta</source>
        <translation>el δ de Huber</translation>
    </message>
    <message>
        <source>Ridge λ</source>
        <translation>Ridge λ</translation>
    </message>
    <message>
        <source>Ridge penalty λ: λ m² is added to the error, pulling the slope towards 0
(the intercept is not penalised); 0 for none</source>
        <translation>Penalización ridge λ: se suma λ m² al error, lo que lleva la pendiente hacia 0
(la ordenada en el origen no se penaliza); 0 para ninguna</translation>
    </message>
    <message>
        <source>ridge</source>
        <translation>el λ de ridge</translation>
    </message>
    <message>
        <source>unknown loss {name} (choose one of: {known})</source>
        <translation>función de pérdida desconocida {name} (elige una de estas: {known})</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Error cuadrático medio</translation>
    </message>
    <message>
        <source>the squared error</source>
        <translation>el error cuadrático</translation>
    </message>
    <message>
        <source>least-squares line</source>
        <translation>recta de mínimos cuadrados</translation>
    </message>
    <message>
        <source>ridge least-squares line</source>
        <translation>recta de mínimos cuadrados con ridge</translation>
    </message>
    <message>
        <source>Each residual counts squared: large misses dominate.</source>
        <translation>Cada residuo cuenta al cuadrado: dominan los fallos grandes.</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>Error absoluto medio</translation>
    </message>
    <message>
        <source>the absolute error</source>
        <translation>el error absoluto</translation>
    </message>
    <message>
        <source>least-absolute-deviations line</source>
        <translation>recta de mínimas desviaciones absolutas</translation>
    </message>
    <message>
        <source>ridge least-absolute-deviations line</source>
        <translation>recta de mínimas desviaciones absolutas con ridge</translation>
    </message>
    <message>
        <source>Each residual counts by its size: outliers pull less. No curvature, so no second-order steps.</source>
        <translation>Cada residuo cuenta según su tamaño: los valores atípicos tiran menos. Sin curvatura, así que no hay pasos de segundo orden.</translation>
    </message>
    <message>
        <source>Huber loss</source>
        <translation>Pérdida de Huber</translation>
    </message>
    <message>
        <source>the Huber error</source>
        <translation>el error de Huber</translation>
    </message>
    <message>
        <source>Huber line</source>
        <translation>recta de Huber</translation>
    </message>
    <message>
        <source>ridge Huber line</source>
        <translation>recta de Huber con ridge</translation>
    </message>
    <message>
        <source>Squared for residuals up to δ, absolute beyond: smooth near the line, robust to outliers.</source>
        <translation>Al cuadrado para residuos hasta δ, absoluto más allá: suave cerca de la recta, robusto frente a valores atípicos.</translation>
    </message>
    <message>
        <source>{loss} (δ = {delta})</source>
        <translation>{loss} (δ = {delta})</translation>
    </message>
    <message>
        <source>{loss} + ridge λ = {ridge}</source>
        <translation>{loss} + ridge λ = {ridge}</translation>
    </message>
    <message>
        <source>{loss} is not a quadratic in b and m</source>
        <translation>{loss} no es cuadrático en b y m</translation>
    </message>
    <message>
        <source>other lines have the same mean absolute error</source>
        <extracomment>The plain mean squared error, the tutorial&apos;s objective.</extracomment>
        <translation>otras rectas tienen el mismo error absoluto medio</translation>
    </message>
    <message>
        <source>any intercept from {low} to {high} is as good</source>
        <translation>cualquier ordenada en el origen de {low} a {high} es igual de buena</translation>
    </message>
</context>
<context>
    <name>optimizers</name>
    <message>
        <source>Learning rate η</source>
        <translation>Tasa de aprendizaje η</translation>
    </message>
    <message>
        <source>Step size η: how far each step moves against the gradient.
Type 0.0001 or 1e-4; the arrow keys step 1, 2, 5, 10, …</source>
        <translation>Tamaño del paso η: cuánto avanza cada paso contra el gradiente.
Escribe 0.0001 o 1e-4; las flechas avanzan 1, 2, 5, 10, …</translation>
    </message>
    <message>
        <source>Momentum μ</source>
        <translation>Momento μ</translation>
    </message>
    <message>
        <source>Momentum μ: the share of the velocity kept from step to step (0 to below 1)</source>
        <translation>Momento μ: la parte de la velocidad que se conserva de un paso a otro (de 0 a menos de 1)</translation>
    </message>
    <message>
        <source>β₁: decay of the running mean of gradients</source>
        <translation>β₁: decaimiento de la media móvil de los gradientes</translation>
    </message>
    <message>
        <source>β₂: decay of the running mean of squared gradients</source>
        <translation>β₂: decaimiento de la media móvil de los gradientes al cuadrado</translation>
    </message>
    <message>
        <source>Decay ρ</source>
        <translation>Decaimiento ρ</translation>
    </message>
    <message>
        <source>Decay ρ: how slowly the running mean of squared gradients forgets</source>
        <translation>Decaimiento ρ: lo despacio que olvida la media móvil de los gradientes al cuadrado</translation>
    </message>
    <message>
        <source>Epsilon ε</source>
        <translation>Épsilon ε</translation>
    </message>
    <message>
        <source>ε: added to the root of the squared gradients so that no step divides by 0</source>
        <translation>ε: se suma a la raíz de los gradientes al cuadrado para que ningún paso divida entre 0</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño del lote</translation>
    </message>
    <message>
        <source>Points per mini-batch step, drawn in shuffled order (the seed fixes the order)</source>
        <translation>Puntos por paso de minilote, tomados en orden barajado (la semilla fija el orden)</translation>
    </message>
    <message>
        <source>Gradient descent (batch)</source>
        <translation>Descenso de gradiente (lote)</translation>
    </message>
    <message>
        <source>gradient descent</source>
        <translation>descenso de gradiente</translation>
    </message>
    <message>
        <source>Each step follows the gradient of the error over all the points.</source>
        <translation>Cada paso sigue el gradiente del error sobre todos los puntos.</translation>
    </message>
    <message>
        <source>Stochastic (one point)</source>
        <translation>Estocástico (un punto)</translation>
    </message>
    <message>
        <source>stochastic gradient descent</source>
        <translation>descenso de gradiente estocástico</translation>
    </message>
    <message>
        <source>Each step follows the gradient of one point&apos;s error, the points taken in shuffled order.</source>
        <translation>Cada paso sigue el gradiente del error de un punto, tomando los puntos en orden barajado.</translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation>Minilote</translation>
    </message>
    <message>
        <source>mini-batch descent</source>
        <translation>descenso por minilotes</translation>
    </message>
    <message>
        <source>Each step follows the gradient over a batch of B points, the points taken in shuffled order.</source>
        <translation>Cada paso sigue el gradiente sobre un lote de B puntos, tomando los puntos en orden barajado.</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>momento</translation>
    </message>
    <message>
        <source>{name} must be a number (got {value})</source>
        <extracomment>A stateless rule&apos;s update on plain floats, ``(g_b, g_m) -&gt; (Δb, Δm)``: the same arithmetic as ``update``, without numpy&apos;s cost on two numbers (None: use update) The rule needs the Hessian: the descent calls ``update(grads, state, params, h)`` with ``h`` the 2×2 Hessian of the error at ``params``</extracomment>
        <translation>{name} debe ser un número (se recibió {value})</translation>
    </message>
    <message>
        <source>{name} must be a finite number (got {value})</source>
        <translation>{name} debe ser un número finito (se recibió {value})</translation>
    </message>
    <message>
        <source>{name} must be a whole number (got {value})</source>
        <translation>{name} debe ser un número entero (se recibió {value})</translation>
    </message>
    <message>
        <source>a number between {low} and {high}</source>
        <extracomment>What :meth:`Hyperparameter.expected` says, by requirement and whole numbers or not.</extracomment>
        <translation>un número entre {low} y {high}</translation>
    </message>
    <message>
        <source>a number greater than 0</source>
        <translation>un número mayor que 0</translation>
    </message>
    <message>
        <source>a whole number between {low} and {high}</source>
        <translation>un número entero entre {low} y {high}</translation>
    </message>
    <message>
        <source>a whole number of at least {low}</source>
        <translation>un número entero de al menos {low}</translation>
    </message>
    <message>
        <source>a whole number of at most {high}</source>
        <translation>un número entero de como mucho {high}</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high} (got {value})</source>
        <extracomment>What :meth:`Hyperparameter.check` says of a value out of its range, by requirement.</extracomment>
        <translation>{name} debe estar entre {low} y {high} (se recibió {value})</translation>
    </message>
    <message>
        <source>{name} must be greater than 0 (got {value})</source>
        <translation>{name} debe ser mayor que 0 (se recibió {value})</translation>
    </message>
    <message>
        <source>{name} must be at least {low} (got {value})</source>
        <translation>{name} debe ser al menos {low} (se recibió {value})</translation>
    </message>
    <message>
        <source>{name} must be at most {high} (got {value})</source>
        <translation>{name} debe ser como mucho {high} (se recibió {value})</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>decay</source>
        <translation>el decaimiento</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>el tamaño del lote</translation>
    </message>
    <message>
        <source>unknown optimizer {name} (choose one of: {known})</source>
        <extracomment>``θ ← θ - η g``: on the full batch the Hessian&apos;s limits hold exactly (it converges for ``η &lt; 2/λmax``); single points and small batches have steeper error surfaces. A velocity carries past gradients into each step, so a rate the Hessian calls safe may still overshoot. Steps scaled by running gradient sizes: each is about ``η`` long whatever the curvature, so the Hessian&apos;s limits say nothing. Steps from the Hessian itself (Newton, conjugate gradients): on a quadratic error they land on the optimum in a fixed number of steps, whatever its shape. The hues a rule may be drawn in (each theme has its own shade of them) besides a ``&quot;#RRGGBB&quot;`` colour: ``&quot;ink&quot;`` is the theme&apos;s text colour. Hues taken by other roles: the data points, the least-squares line and optimum, the main run&apos;s current line. Line styles a rule may be drawn with. Plain dashes are the least-squares line&apos;s. The rule of a fresh window, a lesson&apos;s default and ``gdviz fit``&apos;s: the tutorial&apos;s.</extracomment>
        <translation>optimizador desconocido {name} (elige uno de estos: {known})</translation>
    </message>
    <message>
        <source>{name} always uses every point per step</source>
        <extracomment>``{name: factory}`` of the registered rules (kept for callers of the old table).</extracomment>
        <translation>{name} usa siempre todos los puntos en cada paso</translation>
    </message>
    <message>
        <source>{name} always uses one point per step</source>
        <translation>{name} usa siempre un punto en cada paso</translation>
    </message>
    <message>
        <source>{name} always uses {n} points per step</source>
        <translation>{name} usa siempre {n} puntos en cada paso</translation>
    </message>
    <message>
        <source>{message}; choose {names} to set a batch size</source>
        <translation>{message}; elige {names} para fijar un tamaño de lote</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Steps build up speed along directions the gradient keeps pointing to.</source>
        <translation>Los pasos ganan velocidad en las direcciones a las que el gradiente sigue apuntando.</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>momento de Nesterov</translation>
    </message>
    <message>
        <source>Momentum that looks one step ahead, so it overshoots less.</source>
        <translation>Momento que mira un paso por delante, así que se pasa menos.</translation>
    </message>
    <message>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <source>Each parameter&apos;s steps shrink with the sum of its squared gradients.</source>
        <translation>Los pasos de cada parámetro se encogen con la suma de sus gradientes al cuadrado.</translation>
    </message>
    <message>
        <source>RMSProp</source>
        <translation>RMSProp</translation>
    </message>
    <message>
        <source>Each parameter&apos;s steps are scaled by a running mean of its squared gradients.</source>
        <translation>Los pasos de cada parámetro se escalan con una media móvil de sus gradientes al cuadrado.</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Momentum and RMSProp together, with their running means corrected for starting at 0.</source>
        <translation>Momento y RMSProp juntos, con sus medias móviles corregidas por empezar en 0.</translation>
    </message>
    <message>
        <source>Newton&apos;s method</source>
        <translation>método de Newton</translation>
    </message>
    <message>
        <source>Each step jumps to the bottom of the bowl the curvature predicts: one step on the squared error.</source>
        <translation>Cada paso salta al fondo del cuenco que predice la curvatura: un paso con el error cuadrático.</translation>
    </message>
    <message>
        <source>Conjugate gradient</source>
        <translation>Gradiente conjugado</translation>
    </message>
    <message>
        <source>conjugate gradients</source>
        <translation>gradientes conjugados</translation>
    </message>
    <message>
        <source>Each step searches along a direction conjugate to the last one: two steps on the squared error.</source>
        <translation>Cada paso busca a lo largo de una dirección conjugada con la anterior: dos pasos con el error cuadrático.</translation>
    </message>
</context>
<context>
    <name>points</name>
    <message>
        <source>a line needs at least two points with different x</source>
        <extracomment>Why an edit that would leave no line to fit is refused (English; messages translate it).</extracomment>
        <translation>una recta necesita al menos dos puntos con x distintas</translation>
    </message>
    <message>
        <source>cannot add the point there: {reason}</source>
        <extracomment>What an edit could not do, before the reason: by the edit.</extracomment>
        <translation>no se puede añadir el punto ahí: {reason}</translation>
    </message>
    <message>
        <source>cannot move the point there: {reason}</source>
        <translation>no se puede mover el punto ahí: {reason}</translation>
    </message>
    <message>
        <source>cannot delete the point: {reason}</source>
        <translation>no se puede borrar el punto: {reason}</translation>
    </message>
    <message>
        <source>cannot insert a point at position {i}: there are {n} points</source>
        <translation>no se puede insertar un punto en la posición {i}: hay {n} puntos</translation>
    </message>
    <message>
        <source>a point needs numbers for x and y (got {x} and {y})</source>
        <translation>un punto necesita números para x e y (se recibió {x} y {y})</translation>
    </message>
    <message>
        <source>a point needs finite x and y (got x={x}, y={y})</source>
        <translation>un punto necesita x e y finitos (se recibió x={x}, y={y})</translation>
    </message>
    <message>
        <source>there is no point number {i} (there are {n} points)</source>
        <translation>no hay ningún punto número {i} (hay {n} puntos)</translation>
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
        <source>normalize</source>
        <extracomment>Largest size of the starting line&apos;s b and m (the window&apos;s inputs go this far). Largest iteration count (the window&apos;s iterations input goes this far). Largest seed of the shuffled order of points. Longest label of a compared run. History rows allocated up front at most (the history grows beyond when needed). The fields as messages name them (translated where a message says them).</extracomment>
        <translation>normalizar</translation>
    </message>
    <message>
        <source>stop when converged</source>
        <translation>parar al converger</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>velocidad</translation>
    </message>
    <message>
        <source>initial b</source>
        <translation>b inicial</translation>
    </message>
    <message>
        <source>initial m</source>
        <translation>m inicial</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>la semilla</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>el número de iteraciones</translation>
    </message>
    <message>
        <source>{name} must be True or False (got {value})</source>
        <translation>{name} debe ser True o False (se recibió {value})</translation>
    </message>
    <message>
        <source>label must be text of at most {most} characters</source>
        <translation>la etiqueta debe ser un texto de como mucho {most} caracteres</translation>
    </message>
    <message>
        <source>speed must be greater than 0, or None (got {value})</source>
        <translation>la velocidad debe ser mayor que 0, o None (se recibió {value})</translation>
    </message>
    <message>
        <source>{optimizer} needs the curvature of the error, and {loss} has none (choose mse or huber, or a first-order optimizer)</source>
        <translation>{optimizer} necesita la curvatura del error, y {loss} no tiene (elige mse o huber, o un optimizador de primer orden)</translation>
    </message>
    <message>
        <source>unknown hyperparameter {name} (known: {known})</source>
        <translation>hiperparámetro desconocido {name} (conocidos: {known})</translation>
    </message>
    <message>
        <source>{name} must be a number (got {value})</source>
        <translation>{name} debe ser un número (se recibió {value})</translation>
    </message>
    <message>
        <source>{name} must be a finite number (got {value})</source>
        <translation>{name} debe ser un número finito (se recibió {value})</translation>
    </message>
    <message>
        <source>{name} must be between -{limit} and {limit} (got {value})</source>
        <translation>{name} debe estar entre -{limit} y {limit} (se recibió {value})</translation>
    </message>
    <message>
        <source>{name} must be a whole number from 0 to {most} (got {value})</source>
        <translation>{name} debe ser un número entero de 0 a {most} (se recibió {value})</translation>
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
    <name>stability</name>
    <message>
        <source>slow</source>
        <extracomment>Zone names, from small to large learning rates: the words every view shows for them. Each zone&apos;s name as shown, in the reader&apos;s language (the keys stay the English names).</extracomment>
        <translation>lenta</translation>
    </message>
    <message>
        <source>safe</source>
        <translation>segura</translation>
    </message>
    <message>
        <source>oscillating</source>
        <translation>oscilante</translation>
    </message>
    <message>
        <source>divergent</source>
        <translation>divergente</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacta</translation>
    </message>
    <message>
        <source>converges, but a larger rate would be far faster</source>
        <extracomment>What each zone means for plain descent, in a few words (after the zone&apos;s name).</extracomment>
        <translation>converge, pero una tasa mayor sería mucho más rápida</translation>
    </message>
    <message>
        <source>converges</source>
        <translation>converge</translation>
    </message>
    <message>
        <source>converges, but each step overshoots the valley floor (η above 1/λmax)</source>
        <translation>converge, pero cada paso se pasa del fondo del valle (η por encima de 1/λmax)</translation>
    </message>
    <message>
        <source>η at or above 2/λmax: the error grows</source>
        <translation>η igual o mayor que 2/λmax: el error crece</translation>
    </message>
    <message>
        <source>{zone}: never settles, each step keeps all of the distance</source>
        <extracomment>A rate is slow when shrinking the error gap 100-fold takes more iterations than this ... ... and more than this many times the iterations the fastest rate needs. Predicted iteration counts are searched up to this many iterations. The rate gauge spans 2/λmax · 10^-4 to 2/λmax · 10 (log scale). Fraction of the optimum error that counts as &quot;reached the optimum&quot;. Samples of the theory curve in :func:`theory_curve`. Relative tolerance on the zone boundaries (rounding of the eigenvalues). Families whose steps scale with the gradient, so that the Hessian&apos;s limits bite.</extracomment>
        <translation>{zone}: nunca se asienta, cada paso conserva toda la distancia</translation>
    </message>
    <message>
        <source>{zone}: overshoots; along the steepest direction the distance grows ×{factor} a step</source>
        <translation>{zone}: se pasa; en la dirección más empinada la distancia crece ×{factor} por paso</translation>
    </message>
    <message>
        <source>{zone}: never settles, ρ = 1</source>
        <translation>{zone}: nunca se asienta, ρ = 1</translation>
    </message>
    <message>
        <source>{zone}: overshoots ×{factor}</source>
        <translation>{zone}: se pasa ×{factor}</translation>
    </message>
    <message>
        <source>{zone}: each step keeps at most {kept}% of the distance to the best line</source>
        <translation>{zone}: cada paso conserva como mucho el {kept} % de la distancia a la mejor recta</translation>
    </message>
    <message>
        <source>{zone}: converges, ρ = {rho}</source>
        <translation>{zone}: converge, ρ = {rho}</translation>
    </message>
    <message>
        <source>Never settles: η = {eta} is 2/λmax{units}, so along the steepest direction every step lands as far on the other side of the valley.</source>
        <translation>Nunca se asienta: η = {eta} es 2/λmax{units}, así que en la dirección más empinada cada paso cae igual de lejos al otro lado del valle.</translation>
    </message>
    <message>
        <source>Diverges: η = {eta} is above 2/λmax = {top}{units}, so along the steepest direction every step overshoots by a factor |1 − ηλmax| = {factor} and the error grows.</source>
        <translation>Diverge: η = {eta} está por encima de 2/λmax = {top}{units}, así que en la dirección más empinada cada paso se pasa por un factor |1 − ηλmax| = {factor} y el error crece.</translation>
    </message>
    <message>
        <source>Converges, oscillating: η = {eta} is above 1/λmax = {half}{units}, so along the steepest direction each step jumps past the valley floor; below 2/λmax = {top} the jumps still shrink. ρ = {rho}: the error gap shrinks 100-fold in at most {steps}.</source>
        <translation>Converge oscilando: η = {eta} está por encima de 1/λmax = {half}{units}, así que en la dirección más empinada cada paso salta más allá del fondo del valle; por debajo de 2/λmax = {top} los saltos aun así se reducen. ρ = {rho}: la distancia del error se reduce 100 veces en como mucho {steps}.</translation>
    </message>
    <message>
        <source>Converges slowly: ρ = {rho}, so the error gap may need {steps} to shrink 100-fold. Rates from {slow} up to 2/(λmin+λmax) = {best}{units} are faster.</source>
        <translation>Converge despacio: ρ = {rho}, así que la distancia del error puede necesitar {steps} para reducirse 100 veces. Las tasas desde {slow} hasta 2/(λmin+λmax) = {best}{units} son más rápidas.</translation>
    </message>
    <message>
        <source>Converges: each step keeps at most ρ = {rho} of the distance to the optimum, so the error gap shrinks 100-fold in at most {steps}. Plain descent diverges at 2/λmax = {top}{units}.</source>
        <translation>Converge: cada paso conserva como mucho ρ = {rho} de la distancia al óptimo, así que la distancia del error se reduce 100 veces en como mucho {steps}. El descenso simple diverge en 2/λmax = {top}{units}.</translation>
    </message>
    <message>
        <source>more than {n}</source>
        <translation>más de {n}</translation>
    </message>
    <message>
        <source>never: diverges</source>
        <translation>nunca: diverge</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 paso</translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation>{n} pasos</translation>
    </message>
    <message>
        <source> (normalised units)</source>
        <translation> (unidades normalizadas)</translation>
    </message>
    <message>
        <source> until iteration {n}</source>
        <translation> hasta la iteración {n}</translation>
    </message>
    <message>
        <source>this rule</source>
        <translation>esta regla</translation>
    </message>
    <message>
        <source>The error grew without bound{until}: {why}; try a smaller learning rate.</source>
        <translation>El error creció sin límite{until}: {why}; prueba una tasa de aprendizaje menor.</translation>
    </message>
    <message>
        <source>The learning rate {eta} is above the limit {top}{units} {limit}: along the steepest direction each step overshoots, so the distance to the best line along it grows {factor} times per step and the error grew at every step{until}.</source>
        <translation>La tasa de aprendizaje {eta} está por encima del límite {top}{units} {limit}: en la dirección más empinada cada paso se pasa, así que la distancia a la mejor recta en esa dirección crece {factor} veces por paso y el error creció en cada paso{until}.</translation>
    </message>
    <message>
        <source>The learning rate {eta} is equal to the limit {top}{units} {limit}: along the steepest direction each step overshoots, so the distance to the best line along it grows {factor} times per step and the error grew at every step{until}.</source>
        <translation>La tasa de aprendizaje {eta} es igual al límite {top}{units} {limit}: en la dirección más empinada cada paso se pasa, así que la distancia a la mejor recta en esa dirección crece {factor} veces por paso y el error creció en cada paso{until}.</translation>
    </message>
    <message>
        <source>The learning rate {eta} is above 2/λmax = {top}{units}: along the steepest direction each step overshoots by a factor |1 − ηλmax| = {factor}, so the error grew at every step{until}.</source>
        <translation>La tasa de aprendizaje {eta} está por encima de 2/λmax = {top}{units}: en la dirección más empinada cada paso se pasa por un factor |1 − ηλmax| = {factor}, así que el error creció en cada paso{until}.</translation>
    </message>
    <message>
        <source>The learning rate {eta} is equal to 2/λmax = {top}{units}: along the steepest direction each step overshoots by a factor |1 − ηλmax| = {factor}, so the error grew at every step{until}.</source>
        <translation>La tasa de aprendizaje {eta} es igual a 2/λmax = {top}{units}: en la dirección más empinada cada paso se pasa por un factor |1 − ηλmax| = {factor}, así que el error creció en cada paso{until}.</translation>
    </message>
    <message>
        <source>single points and small batches make a steeper error surface than all the points together, so {name} overshoots even though the learning rate {eta} is below the limit {top}{units}</source>
        <translation>los puntos sueltos y los lotes pequeños forman una superficie de error más empinada que todos los puntos juntos, así que con «{name}» los pasos se pasan aunque la tasa de aprendizaje {eta} esté por debajo del límite {top}{units}</translation>
    </message>
    <message>
        <source>single points and small batches have steeper error surfaces than the full batch, so {name} overshoots even though the learning rate {eta} is below 2/λmax = {top}{units}</source>
        <translation>los puntos sueltos y los lotes pequeños tienen superficies de error más empinadas que el lote completo, así que con «{name}» los pasos se pasan aunque la tasa de aprendizaje {eta} esté por debajo de 2/λmax = {top}{units}</translation>
    </message>
    <message>
        <source>the speed built up by {name} overshoots at the learning rate {eta}</source>
        <translation>la velocidad que acumula «{name}» se pasa con la tasa de aprendizaje {eta}</translation>
    </message>
    <message>
        <source>the velocity built up by {name} overshoots at the learning rate {eta}</source>
        <translation>la velocidad que acumula «{name}» se pasa con la tasa de aprendizaje {eta}</translation>
    </message>
    <message>
        <source>{name}&apos;s steps of about the learning rate {eta} are too long for this data</source>
        <translation>los pasos de «{name}», de alrededor de la tasa de aprendizaje {eta}, son demasiado largos para estos datos</translation>
    </message>
    <message>
        <source>{name}&apos;s steps of about η = {eta} are too long for this data</source>
        <translation>los pasos de «{name}», de alrededor de η = {eta}, son demasiado largos para estos datos</translation>
    </message>
    <message>
        <source>{name} multiplies its step by the learning rate {eta}; it must lie between 0 and 2 (1 lands on the best line in one step)</source>
        <translation>«{name}» multiplica su paso por la tasa de aprendizaje {eta}; debe estar entre 0 y 2 (con 1 cae en la mejor recta en un paso)</translation>
    </message>
    <message>
        <source>{name} scales its step by η = {eta}; on a quadratic error each step leaves a share |1 − η| of the distance to the optimum, so η must lie between 0 and 2 (η = 1 lands on it)</source>
        <translation>«{name}» escala su paso por η = {eta}; con un error cuadrático cada paso deja una parte |1 − η| de la distancia al óptimo, así que η debe estar entre 0 y 2 (η = 1 cae en él)</translation>
    </message>
    <message>
        <source>the learning rate {eta} is too large for this data</source>
        <translation>la tasa de aprendizaje {eta} es demasiado grande para estos datos</translation>
    </message>
    <message>
        <source>(two divided by {words})</source>
        <translation>(dos dividido entre: {words})</translation>
    </message>
    <message>
        <source>The learning rate {eta} is not below the limit {top}{units} {limit}, so gradient descent will never settle; the learning rate {safe} converges.</source>
        <translation>La tasa de aprendizaje {eta} no está por debajo del límite {top}{units} {limit}, así que el descenso de gradiente nunca se asentará; la tasa de aprendizaje {safe} converge.</translation>
    </message>
    <message>
        <source>The learning rate {eta} is not below the limit {top}{units} {limit}, so gradient descent will diverge; the learning rate {safe} converges.</source>
        <translation>La tasa de aprendizaje {eta} no está por debajo del límite {top}{units} {limit}, así que el descenso de gradiente divergirá; la tasa de aprendizaje {safe} converge.</translation>
    </message>
    <message>
        <source>η = {eta} is not below 2/λmax = {top}{units}, so gradient descent will never settle; η = {safe} converges.</source>
        <translation>η = {eta} no está por debajo de 2/λmax = {top}{units}, así que el descenso de gradiente nunca se asentará; η = {safe} converge.</translation>
    </message>
    <message>
        <source>η = {eta} is not below 2/λmax = {top}{units}, so gradient descent will diverge; η = {safe} converges.</source>
        <translation>η = {eta} no está por debajo de 2/λmax = {top}{units}, así que el descenso de gradiente divergirá; η = {safe} converge.</translation>
    </message>
    <message>
        <source>Smallest eigenvalue of the Hessian: the curvature along the flattest direction</source>
        <translation>Menor autovalor de la hessiana: la curvatura en la dirección más plana</translation>
    </message>
    <message>
        <source>Largest eigenvalue of the Hessian: the curvature along the steepest direction</source>
        <translation>Mayor autovalor de la hessiana: la curvatura en la dirección más empinada</translation>
    </message>
    <message>
        <source>Condition number: how much narrower than round the error valley is</source>
        <translation>Número de condición: cuánto más estrecho que redondo es el valle del error</translation>
    </message>
    <message>
        <source>2/λmax (limit)</source>
        <translation>2/λmax (límite)</translation>
    </message>
    <message>
        <source>Plain gradient descent diverges at or above this learning rate</source>
        <translation>El descenso de gradiente simple diverge con esta tasa de aprendizaje o una mayor</translation>
    </message>
    <message>
        <source>2/(λmin+λmax) (best)</source>
        <translation>2/(λmin+λmax) (mejor)</translation>
    </message>
    <message>
        <source>The fastest learning rate for plain gradient descent: ρ = (κ−1)/(κ+1)</source>
        <translation>La tasa de aprendizaje más rápida para el descenso de gradiente simple: ρ = (κ−1)/(κ+1)</translation>
    </message>
    <message>
        <source>ρ at η = {eta}</source>
        <translation>ρ con η = {eta}</translation>
    </message>
    <message>
        <source>Contraction per step, max |1 − ηλ|: below 1 converges, the smaller the faster</source>
        <translation>Contracción por paso, max |1 − ηλ|: por debajo de 1 converge, cuanto menor, más rápido</translation>
    </message>
    <message>
        <source>steps to {percent} of E*</source>
        <translation>pasos hasta el {percent} de E*</translation>
    </message>
    <message>
        <source>Plain gradient descent at η = {eta} from the starting line: iterations until the error is within {percent} of the least-squares error E*</source>
        <translation>Descenso de gradiente simple con η = {eta} desde la recta inicial: iteraciones hasta que el error queda a menos del {percent} del error de mínimos cuadrados E*</translation>
    </message>
    <message>
        <source>a good η</source>
        <translation>un buen η</translation>
    </message>
    <message>
        <source>0.9 · 2/(λmin+λmax) rounded down to 1, 2 or 5 times a power of ten: safely below 2/λmax, and close to the fastest</source>
        <translation>0.9 · 2/(λmin+λmax) redondeado hacia abajo a 1, 2 o 5 veces una potencia de diez: con margen por debajo de 2/λmax y cerca de la más rápida</translation>
    </message>
    <message>
        <source>steps at a good η</source>
        <translation>pasos con un buen η</translation>
    </message>
    <message>
        <source>Iterations to within {percent} of E* from the starting line, each problem at its own good learning rate: normalising makes the error valley round, and the count falls by orders of magnitude</source>
        <translation>Iteraciones hasta quedar a menos del {percent} de E* desde la recta inicial, cada problema con su propia buena tasa de aprendizaje: normalizar hace redondo el valle del error y el número cae en órdenes de magnitud</translation>
    </message>
    <message>
        <source>η far below 1: converges, but each step goes a tiny part of the way</source>
        <extracomment>Zones of a second-order rule&apos;s step scale ``η`` (its learning rate), from small to large; ``exact`` is the single rate ``η = 1`` (a mark on the gauge, not a band). The gauge of a step scale spans 10⁻⁴ to 10 (log scale). A rule that searches along lines is followed step by step for at most this many iterations to count the steps to the optimum. Each zone in a few words for a rule whose step points at the optimum (Newton).
----------
... and for a rule that searches along lines (conjugate gradients).</extracomment>
        <translation>η muy por debajo de 1: converge, pero cada paso recorre una parte diminuta del camino</translation>
    </message>
    <message>
        <source>η below 1: each step goes that share of the way to the optimum</source>
        <translation>η por debajo de 1: cada paso recorre esa parte del camino hasta el óptimo</translation>
    </message>
    <message>
        <source>η = 1: lands on the optimum in {steps}</source>
        <translation>η = 1: cae en el óptimo en {steps}</translation>
    </message>
    <message>
        <source>η between 1 and 2: each step jumps past the optimum, by less each time</source>
        <translation>η entre 1 y 2: cada paso salta más allá del óptimo, cada vez menos</translation>
    </message>
    <message>
        <source>η at or above 2: each step lands at least as far past the optimum</source>
        <translation>η igual o mayor que 2: cada paso cae al menos igual de lejos al otro lado del óptimo</translation>
    </message>
    <message>
        <source>η below 1: each step stops short of the lowest point along its line</source>
        <translation>η por debajo de 1: cada paso se queda antes del punto más bajo de su línea</translation>
    </message>
    <message>
        <source>η = 1: reaches the optimum in {steps}</source>
        <translation>η = 1: llega al óptimo en {steps}</translation>
    </message>
    <message>
        <source>η between 1 and 2: each step goes past the lowest point along its line; the error still falls</source>
        <translation>η entre 1 y 2: cada paso se pasa del punto más bajo de su línea; el error aun así baja</translation>
    </message>
    <message>
        <source>η at or above 2: the error does not fall</source>
        <translation>η igual o mayor que 2: el error no baja</translation>
    </message>
    <message>
        <source>{zone}: reaches the best line in {steps}</source>
        <extracomment>``|1 - η|`` (0 at η = 1): the distance&apos;s factor per step when the steps point at the optimum; otherwise the gap shrinks by no more than its square per step iterations for the gap to shrink 100-fold: exact when the steps point at the optimum, else the fewest it can take (``inf`` when not converging)</extracomment>
        <translation>{zone}: llega a la mejor recta en {steps}</translation>
    </message>
    <message>
        <source>{zone}: reaches the optimum in {steps}</source>
        <translation>{zone}: llega al óptimo en {steps}</translation>
    </message>
    <message>
        <source>{zone}: overshoots; the distance to the best line grows ×{factor} a step</source>
        <translation>{zone}: se pasa; la distancia a la mejor recta crece ×{factor} por paso</translation>
    </message>
    <message>
        <source>{zone}: each step jumps past the best line and keeps {kept}% of the distance</source>
        <translation>{zone}: cada paso salta más allá de la mejor recta y conserva el {kept} % de la distancia</translation>
    </message>
    <message>
        <source>{zone}: each step keeps {kept}% of the distance to the best line</source>
        <translation>{zone}: cada paso conserva el {kept} % de la distancia a la mejor recta</translation>
    </message>
    <message>
        <source>{zone}: never settles, the error stays the same</source>
        <translation>{zone}: nunca se asienta, el error se queda igual</translation>
    </message>
    <message>
        <source>{zone}: each step goes too far, the error grows</source>
        <translation>{zone}: cada paso va demasiado lejos, el error crece</translation>
    </message>
    <message>
        <source>{zone}: each step goes past the lowest point along its line</source>
        <translation>{zone}: cada paso se pasa del punto más bajo de su línea</translation>
    </message>
    <message>
        <source>{zone}: converges, overshooting on each line</source>
        <translation>{zone}: converge, pasándose en cada línea</translation>
    </message>
    <message>
        <source>{zone}: each step stops short of the lowest point along its line</source>
        <translation>{zone}: cada paso se queda antes del punto más bajo de su línea</translation>
    </message>
    <message>
        <source>{zone}: converges, stopping short on each line</source>
        <translation>{zone}: converge, quedándose corto en cada línea</translation>
    </message>
    <message>
        <source>Never settles: at η = 2 each step of {name} lands as far on the other side of the optimum as it started.</source>
        <translation>Nunca se asienta: con η = 2 cada paso de «{name}» cae tan lejos al otro lado del óptimo como empezó.</translation>
    </message>
    <message>
        <source>Diverges: η = {eta} is above 2, so each step of {name} lands |1 − η| = {factor} times as far on the other side of the optimum, and the error grows.</source>
        <translation>Diverge: η = {eta} está por encima de 2, así que cada paso de «{name}» cae |1 − η| = {factor} veces más lejos al otro lado del óptimo, y el error crece.</translation>
    </message>
    <message>
        <source>Exact: at η = 1 {name} jumps to the bottom of the bowl the curvature predicts, which on a squared error is the optimum itself.</source>
        <translation>Exacta: con η = 1 «{name}» salta al fondo del cuenco que predice la curvatura, que con un error cuadrático es el propio óptimo.</translation>
    </message>
    <message>
        <source>Converges, oscillating: η = {eta} is above 1, so each step of {name} jumps past the optimum and leaves ρ = |1 − η| = {rho} of the distance on the other side; below η = 2 the jumps shrink. The error gap shrinks 100-fold in {steps}.</source>
        <translation>Converge oscilando: η = {eta} está por encima de 1, así que cada paso de «{name}» salta más allá del óptimo y deja ρ = |1 − η| = {rho} de la distancia al otro lado; por debajo de η = 2 los saltos se reducen. La distancia del error se reduce 100 veces en {steps}.</translation>
    </message>
    <message>
        <source>Converges slowly: each step of {name} goes only η = {eta} of the way to the optimum, so the error gap needs {steps} to shrink 100-fold. η = 1 lands on it in one step.</source>
        <translation>Converge despacio: cada paso de «{name}» recorre solo η = {eta} del camino hasta el óptimo, así que la distancia del error necesita {steps} para reducirse 100 veces. η = 1 cae en él en un paso.</translation>
    </message>
    <message>
        <source>Converges: each step of {name} goes η = {eta} of the way to the optimum and leaves ρ = |1 − η| = {rho} of the distance, whatever the shape of the error valley; the error gap shrinks 100-fold in {steps}.</source>
        <translation>Converge: cada paso de «{name}» recorre η = {eta} del camino hasta el óptimo y deja ρ = |1 − η| = {rho} de la distancia, sea cual sea la forma del valle del error; la distancia del error se reduce 100 veces en {steps}.</translation>
    </message>
    <message>
        <source>Never settles: at η = 2 each step of {name} lands as high on the other side of the lowest point along its line as it started, so the error never falls.</source>
        <translation>Nunca se asienta: con η = 2 cada paso de «{name}» cae al otro lado del punto más bajo de su línea tan alto como empezó, así que el error nunca baja.</translation>
    </message>
    <message>
        <source>Diverges: η = {eta} is above 2, so each step of {name} lands higher on the other side of the lowest point along its line than it started (it gains η(2 − η) = {gain} of that line&apos;s drop in error), and the error grows.</source>
        <translation>Diverge: η = {eta} está por encima de 2, así que cada paso de «{name}» cae al otro lado del punto más bajo de su línea más alto de lo que empezó (gana η(2 − η) = {gain} de la bajada del error en esa línea), y el error crece.</translation>
    </message>
    <message>
        <source>Exact: at η = 1 each step of {name} goes to the lowest point along its line, and steps along conjugate directions reach the optimum of a quadratic error in {exact}.</source>
        <translation>Exacta: con η = 1 cada paso de «{name}» va al punto más bajo de su línea, y los pasos a lo largo de direcciones conjugadas llegan al óptimo de un error cuadrático en {exact}.</translation>
    </message>
    <message>
        <source>Converges slowly: each step of {name} goes only η = {eta} of the way to the lowest point along its line, so the error gap needs at least {steps} to shrink 100-fold. η = 1 reaches the optimum in {exact}.</source>
        <translation>Converge despacio: cada paso de «{name}» recorre solo η = {eta} del camino hasta el punto más bajo de su línea, así que la distancia del error necesita al menos {steps} para reducirse 100 veces. η = 1 llega al óptimo en {exact}.</translation>
    </message>
    <message>
        <source>Converges: η = {eta} is above 1, so each step of {name} goes past the lowest point along its line, yet gains η(2 − η) = {gain} of that line&apos;s drop in error, so the error falls at every step. Away from η = 1 the directions are no longer conjugate: on a narrow valley it can take many steps.</source>
        <translation>Converge: η = {eta} está por encima de 1, así que cada paso de «{name}» se pasa del punto más bajo de su línea, pero gana η(2 − η) = {gain} de la bajada del error en esa línea, así que el error baja en cada paso. Lejos de η = 1 las direcciones dejan de ser conjugadas: en un valle estrecho puede necesitar muchos pasos.</translation>
    </message>
    <message>
        <source>Converges: each step of {name} goes η = {eta} of the way to the lowest point along its line and gains η(2 − η) = {gain} of that line&apos;s drop in error, so the error falls at every step. Away from η = 1 the directions are no longer conjugate: on a narrow valley it can take many steps.</source>
        <translation>Converge: cada paso de «{name}» recorre η = {eta} del camino hasta el punto más bajo de su línea y gana η(2 − η) = {gain} de la bajada del error en esa línea, así que el error baja en cada paso. Lejos de η = 1 las direcciones dejan de ser conjugadas: en un valle estrecho puede necesitar muchos pasos.</translation>
    </message>
    <message>
        <source>at most {n}</source>
        <translation>como mucho {n}</translation>
    </message>
    <message>
        <source>converges for</source>
        <translation>converge para</translation>
    </message>
    <message>
        <source>steps to the optimum at η = 1</source>
        <translation>pasos hasta el óptimo con η = 1</translation>
    </message>
    <message>
        <source>Each step of {name} leaves |1 − η| of the distance to the optimum, whatever the shape of the error valley: it converges for 0 &lt; η &lt; 2, and λ and κ do not matter</source>
        <translation>Cada paso de «{name}» deja |1 − η| de la distancia al óptimo, sea cual sea la forma del valle del error: converge para 0 &lt; η &lt; 2, y λ y κ no importan</translation>
    </message>
    <message>
        <source>At η = 1 {name} jumps to the bottom of the bowl the curvature predicts: on a squared error, the optimum itself</source>
        <translation>Con η = 1 «{name}» salta al fondo del cuenco que predice la curvatura: con un error cuadrático, el propio óptimo</translation>
    </message>
    <message>
        <source>Share of the distance to the optimum left after each step, |1 − η|: below 1 converges, the smaller the faster</source>
        <translation>Parte de la distancia al óptimo que queda tras cada paso, |1 − η|: por debajo de 1 converge, cuanto menor, más rápido</translation>
    </message>
    <message>
        <source>Iterations of {name} at η = {eta} from the starting line until the error is within {percent} of the least-squares error E*: the same with or without normalising</source>
        <translation>Iteraciones de «{name}» con η = {eta} desde la recta inicial hasta que el error queda a menos del {percent} del error de mínimos cuadrados E*: las mismas con o sin normalizar</translation>
    </message>
    <message>
        <source>Each step of {name} goes η times the way to the lowest point along its line and gains η(2 − η) of that line&apos;s drop in error: the error falls at every step for 0 &lt; η &lt; 2 and does not fall from η = 2 on</source>
        <translation>Cada paso de «{name}» recorre η veces el camino hasta el punto más bajo de su línea y gana η(2 − η) de la bajada del error en esa línea: para 0 &lt; η &lt; 2 el error baja en cada paso, y a partir de η = 2 no baja</translation>
    </message>
    <message>
        <source>At η = 1 each step of {name} goes to the lowest point along its line, and steps along conjugate directions reach the optimum of a quadratic error, one per parameter</source>
        <translation>Con η = 1 cada paso de «{name}» va al punto más bajo de su línea, y los pasos a lo largo de direcciones conjugadas llegan al óptimo de un error cuadrático, uno por parámetro</translation>
    </message>
    <message>
        <source>gain at η = {eta}</source>
        <translation>ganancia con η = {eta}</translation>
    </message>
    <message>
        <source>Share of the drop in error to the lowest point along its line that each step gains, η(2 − η): 1 at η = 1, 0 at η = 2, below 0 above it (the error grows)</source>
        <translation>Parte de la bajada del error hasta el punto más bajo de su línea que gana cada paso, η(2 − η): 1 con η = 1, 0 con η = 2, por debajo de 0 por encima (el error crece)</translation>
    </message>
    <message>
        <source>Iterations of {name} at η = {eta} from the starting line until the error is within {percent} of the least-squares error E*, followed step by step up to {cap}</source>
        <translation>Iteraciones de «{name}» con η = {eta} desde la recta inicial hasta que el error queda a menos del {percent} del error de mínimos cuadrados E*, seguidas paso a paso hasta {cap}</translation>
    </message>
</context>
<context>
    <name>surface</name>
    <message>
        <source>the points are needed to draw {loss}</source>
        <extracomment>The largest coordinate :func:`surface_range` keeps: a range over ±this, with its margin, still has a finite width.</extracomment>
        <translation>hacen falta los puntos para dibujar {loss}</translation>
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
<context>
    <name>words</name>
    <message>
        <source>learning rate</source>
        <extracomment>Significant digits of a number a person typed, echoed back (an input&apos;s text). Significant digits of a value the window computes and shows a student: the readout, E*, the large display, the results table. Significant digits ``gdviz fit`` prints: the same on every machine (the 16th and 17th digits of a long run differ with the order of floating-point sums); ``--json`` keeps all. Numbers from PLAIN_FROM up to (not including) PLAIN_BELOW are written in plain notation. A value smaller than this times its natural size is zero up to rounding, written ``0`` (a gradient of 1e-13 at the optimum, where the terms it is the difference of are 1e4). What each symbol says, in words, for the plain-language window.</extracomment>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>how steep the steepest direction is</source>
        <translation>lo empinada que es la dirección más empinada</translation>
    </message>
    <message>
        <source>how steep the flattest direction is</source>
        <translation>lo empinada que es la dirección más plana</translation>
    </message>
    <message>
        <source>how many times steeper the valley is one way than the other</source>
        <translation>cuántas veces más empinado es el valle en un sentido que en el otro</translation>
    </message>
    <message>
        <source>share of the distance to the best line kept per step</source>
        <translation>parte de la distancia a la mejor recta que se conserva en cada paso</translation>
    </message>
    <message>
        <source>the limit: two divided by how steep the steepest direction is</source>
        <translation>el límite: dos dividido entre lo empinada que es la dirección más empinada</translation>
    </message>
    <message>
        <source>one divided by how steep the steepest direction is</source>
        <translation>uno dividido entre lo empinada que es la dirección más empinada</translation>
    </message>
    <message>
        <source>the fastest learning rate</source>
        <translation>la tasa de aprendizaje más rápida</translation>
    </message>
    <message>
        <source>the factor the distance grows by along the steepest direction</source>
        <translation>el factor en que crece la distancia en la dirección más empinada</translation>
    </message>
    <message>
        <source>error slope along b</source>
        <translation>pendiente del error según b</translation>
    </message>
    <message>
        <source>error slope along m</source>
        <translation>pendiente del error según m</translation>
    </message>
    <message>
        <source>sum of squares</source>
        <translation>suma de cuadrados</translation>
    </message>
    <message>
        <source>Gradient memory</source>
        <extracomment>Input labels that are only a symbol, or whose word is not enough without it.</extracomment>
        <translation>Memoria del gradiente</translation>
    </message>
    <message>
        <source>Squared-gradient memory</source>
        <translation>Memoria del gradiente al cuadrado</translation>
    </message>
    <message>
        <source>Huber threshold</source>
        <translation>Umbral de Huber</translation>
    </message>
    <message>
        <source>Ridge penalty</source>
        <translation>Penalización ridge</translation>
    </message>
    <message>
        <source>in thousands</source>
        <extracomment>Words for an axis whose values are shown divided by 10**power.</extracomment>
        <translation>en miles</translation>
    </message>
    <message>
        <source>in millions</source>
        <translation>en millones</translation>
    </message>
    <message>
        <source>in billions</source>
        <translation>en miles de millones</translation>
    </message>
    <message>
        <source>in trillions</source>
        <translation>en billones</translation>
    </message>
    <message>
        <source>in thousandths</source>
        <translation>en milésimas</translation>
    </message>
    <message>
        <source>in millionths</source>
        <translation>en millonésimas</translation>
    </message>
    <message>
        <source>in billionths</source>
        <translation>en milmillonésimas</translation>
    </message>
    <message>
        <source>in trillionths</source>
        <translation>en billonésimas</translation>
    </message>
    <message>
        <source>in units of {power}</source>
        <extracomment>The largest power :func:`axis_power` gives: ``10**±300`` are floats, subnormals aside.</extracomment>
        <translation>en unidades de {power}</translation>
    </message>
    <message>
        <source>{n} trillion</source>
        <translation>{n} billones</translation>
    </message>
    <message>
        <source>{n} billion</source>
        <translation>{n} mil millones</translation>
    </message>
    <message>
        <source>{n} million</source>
        <translation>{n} millones</translation>
    </message>
    <message>
        <source>{name}, learning rate {rate}, normalised</source>
        <translation>{name}, tasa de aprendizaje {rate}, normalizada</translation>
    </message>
    <message>
        <source>{name}, learning rate {rate}</source>
        <translation>{name}, tasa de aprendizaje {rate}</translation>
    </message>
    <message>
        <source>{name} η={rate} norm.</source>
        <translation>{name} η={rate} norm.</translation>
    </message>
    <message>
        <source>Retry with learning rate {rate}</source>
        <translation>Reintentar con tasa de aprendizaje {rate}</translation>
    </message>
    <message>
        <source>Retry with η = {rate}</source>
        <translation>Reintentar con η = {rate}</translation>
    </message>
    <message>
        <source>converged at iteration {n} and stopped there: the error is within tolerance of the optimum</source>
        <translation>convergió en la iteración {n} y se detuvo ahí: el error está dentro de la tolerancia del óptimo</translation>
    </message>
    <message>
        <source>converged at iteration {n}: the error is within tolerance of the optimum</source>
        <translation>convergió en la iteración {n}: el error está dentro de la tolerancia del óptimo</translation>
    </message>
    <message>
        <source>not converged after {n} iterations: error {error} vs. optimum {optimum}, {percent}% above it</source>
        <translation>sin converger tras {n} iteraciones: error {error} frente al óptimo {optimum}, un {percent} % por encima</translation>
    </message>
    <message>
        <source>not converged after {n} iterations: error {error} vs. optimum {optimum}</source>
        <translation>sin converger tras {n} iteraciones: error {error} frente al óptimo {optimum}</translation>
    </message>
    <message>
        <source>diverged at iteration {at}: the error grew without bound, so the learning rate is too large for this data (plain descent is stable below 2/λmax = {limit}); showing the last finite state, iteration {n}</source>
        <translation>divergió en la iteración {at}: el error creció sin límite, así que la tasa de aprendizaje es demasiado grande para estos datos (el descenso simple es estable por debajo de 2/λmax = {limit}); se muestra el último estado finito, iteración {n}</translation>
    </message>
    <message>
        <source>stopped at iteration {at}: the {name} optimizer&apos;s running average of squared gradients overflowed, because the gradients are too large to square; rescale the data (or normalise it) or use plain descent; showing the last finite state, iteration {n}</source>
        <translation>detenido en la iteración {at}: la media móvil de los gradientes al cuadrado del optimizador {name} se desbordó, porque los gradientes son demasiado grandes para elevarlos al cuadrado; reescala los datos (o normalízalos) o usa el descenso simple; se muestra el último estado finito, iteración {n}</translation>
    </message>
    <message>
        <source>run {number} (iteration {n})</source>
        <translation>ejecución {number} (iteración {n})</translation>
    </message>
    <message>
        <source>diverged: {runs}; its learning rate is too large</source>
        <translation>divergió: {runs}; su tasa de aprendizaje es demasiado grande</translation>
    </message>
    <message>
        <source>Already at iteration {n}, the set number of iterations: raise Iterations or press Reset to run again.</source>
        <translation>Ya en la iteración {n}, el número de iteraciones fijado: sube «Iteraciones» o pulsa «Reiniciar» para volver a ejecutar.</translation>
    </message>
    <message>
        <source>{n} points (edited); least squares b* = {b}, m* = {m}, E* = {e}</source>
        <translation>{n} puntos (editados); mínimos cuadrados b* = {b}, m* = {m}, E* = {e}</translation>
    </message>
    <message>
        <source>{n}st</source>
        <translation>{n}.ª</translation>
    </message>
    <message>
        <source>{n}nd</source>
        <translation>{n}.ª</translation>
    </message>
    <message>
        <source>{n}rd</source>
        <translation>{n}.ª</translation>
    </message>
    <message>
        <source>{n}th</source>
        <translation>{n}.ª</translation>
    </message>
    <message>
        <source>history: every {ordinal} iteration kept after {count}</source>
        <translation>historial: a partir de {count} se guarda cada {ordinal} iteración</translation>
    </message>
</context>
</TS>
