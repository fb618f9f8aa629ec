<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>About</name>
    <message>
        <source>About Script Studio</source>
        <translation>Acerca de Script Studio</translation>
    </message>
    <message>
        <source>Self-test (include it in a support request):</source>
        <translation>Autoprueba (inclúyela en una solicitud de ayuda):</translation>
    </message>
    <message>
        <source>Running the self-test…</source>
        <translation>Ejecutando la autoprueba…</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar informe</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Short-form checklist</source>
        <translation>Lista de control del video corto</translation>
    </message>
    <message>
        <source>Show or hide the checklist</source>
        <translation>Mostrar u ocultar la lista</translation>
    </message>
    <message>
        <source>Checklist — {done} of {total}</source>
        <translation>Lista — {done} de {total}</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de control</translation>
    </message>
    <message>
        <source>Main message in the hook</source>
        <translation>Mensaje principal en el gancho</translation>
    </message>
    <message>
        <source>One call to action</source>
        <translation>Una sola llamada a la acción</translation>
    </message>
    <message>
        <source>Plain numbers</source>
        <translation>Cifras sencillas</translation>
    </message>
    <message>
        <source>Absolute risk given</source>
        <translation>Riesgo absoluto indicado</translation>
    </message>
    <message>
        <source>Every claim cited</source>
        <translation>Cada afirmación citada</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>jargon</source>
        <translation>jerga</translation>
    </message>
    <message>
        <source>acronyms</source>
        <translation>siglas</translation>
    </message>
    <message>
        <source>readability</source>
        <translation>legibilidad</translation>
    </message>
    <message>
        <source>long words</source>
        <translation>palabras largas</translation>
    </message>
    <message>
        <source>passive voice</source>
        <translation>voz pasiva</translation>
    </message>
    <message>
        <source>uncited claims</source>
        <translation>afirmaciones sin fuente</translation>
    </message>
    <message>
        <source>citation markers</source>
        <translation>marcas de cita</translation>
    </message>
    <message>
        <source>claim–source consistency</source>
        <translation>coherencia con las fuentes</translation>
    </message>
    <message>
        <source>drafting from research</source>
        <translation>borrador a partir de la investigación</translation>
    </message>
    <message>
        <source>grammar (LanguageTool)</source>
        <translation>gramática (LanguageTool)</translation>
    </message>
</context>
<context>
    <name>Cite</name>
    <message>
        <source>Cite a source</source>
        <translation>Citar una fuente</translation>
    </message>
    <message>
        <source>Filter sources by key, title or author</source>
        <translation>Filtrar fuentes por clave, título o autor</translation>
    </message>
    <message>
        <source>Filter sources</source>
        <translation>Filtrar fuentes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Pasaje</translation>
    </message>
    <message>
        <source>&amp;Passage it rests on (optional):</source>
        <translation>&amp;Pasaje en que se basa (opcional):</translation>
    </message>
    <message>
        <source>&amp;Insert citation</source>
        <translation>&amp;Insertar cita</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Speaking time</source>
        <translation>Tiempo de habla</translation>
    </message>
    <message>
        <source>Platform and target length</source>
        <translation>Plataforma y duración objetivo</translation>
    </message>
    <message>
        <source>Where the video goes: sets the target length</source>
        <translation>Dónde se publica el video: fija la duración objetivo</translation>
    </message>
    <message>
        <source>Checks not available in this language</source>
        <translation>Revisiones no disponibles en este idioma</translation>
    </message>
    <message>
        <source>Speaking time of each segment</source>
        <translation>Tiempo de habla de cada segmento</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plataforma</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Nivel escolar</translation>
    </message>
    <message>
        <source>Reading ease</source>
        <translation>Facilidad de lectura</translation>
    </message>
    <message>
        <source>Jargon</source>
        <translation>Jerga</translation>
    </message>
    <message>
        <source>Uncited claims</source>
        <translation>Afirmaciones sin fuente</translation>
    </message>
    <message>
        <source>{seconds} of {target}</source>
        <translation>{seconds} de {target}</translation>
    </message>
    <message>
        <source> — {over} too long</source>
        <translation> — sobran {over}</translation>
    </message>
    <message>
        <source>— (no text yet)</source>
        <translation>— (aún sin texto)</translation>
    </message>
    <message>
        <source>{value} (target {target} or lower)</source>
        <translation>{value} (objetivo {target} o menos)</translation>
    </message>
    <message>
        <source>{level} ({measure} {score})</source>
        <translation>{level} ({measure} {score})</translation>
    </message>
    <message>
        <source>1 term</source>
        <translation>1 término</translation>
    </message>
    <message>
        <source>{count} terms</source>
        <translation>{count} términos</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} de {total}</translation>
    </message>
    <message>
        <source>Readability</source>
        <translation>Legibilidad</translation>
    </message>
    <message>
        <source>Off in {language} (no rules yet): {checks}</source>
        <translation>Desactivado en {language} (aún sin reglas): {checks}</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>very easy</source>
        <translation>muy fácil</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>fácil</translation>
    </message>
    <message>
        <source>fairly easy</source>
        <translation>bastante fácil</translation>
    </message>
    <message>
        <source>plain English</source>
        <translation>inglés sencillo</translation>
    </message>
    <message>
        <source>fairly difficult</source>
        <translation>bastante difícil</translation>
    </message>
    <message>
        <source>difficult</source>
        <translation>difícil</translation>
    </message>
    <message>
        <source>very difficult</source>
        <translation>muy difícil</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export script</source>
        <translation>Exportar guion</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>Include on-screen text and visual notes</source>
        <translation>Incluir el texto en pantalla y las notas visuales</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copiar texto</translation>
    </message>
    <message>
        <source>Copy this export to the clipboard (text formats)</source>
        <translation>Copiar esta exportación al portapapeles (formatos de texto)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Before and after bar chart</source>
        <translation>Gráfico de barras antes/después</translation>
    </message>
    <message>
        <source>Before and after report</source>
        <translation>Informe antes/después</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;Antes:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Después:</translation>
    </message>
    <message>
        <source>Figures before and after</source>
        <translation>Cifras antes/después</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Checklist before and after</source>
        <translation>Lista de control antes/después</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exportar &amp;HTML…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Teleprompter</source>
        <translation>Teleprompter</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>No findings yet.</source>
        <translation>Aún no hay observaciones.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>What the colours mean; show or hide each kind</source>
        <translation>Qué significan los colores; mostrar u ocultar cada tipo</translation>
    </message>
    <message>
        <source>Show highlight legend</source>
        <translation>Mostrar la leyenda de resaltados</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Selected finding</source>
        <translation>Observación seleccionada</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartadas</translation>
    </message>
    <message>
        <source>No findings — nice and clear.</source>
        <translation>Sin observaciones: claro y sencillo.</translation>
    </message>
    <message>
        <source>1 finding · F8 next, Shift+F8 previous</source>
        <translation>1 observación · F8 siguiente, Mayús+F8 anterior</translation>
    </message>
    <message>
        <source>{count} findings · F8 next, Shift+F8 previous</source>
        <translation>{count} observaciones · F8 siguiente, Mayús+F8 anterior</translation>
    </message>
    <message>
        <source>&lt;span style='color:gray'&gt;Select a finding to see what to do about it.&lt;/span&gt;</source>
        <translation>&lt;span style='color:gray'&gt;Selecciona una observación para ver qué hacer.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Result of the fix</source>
        <translation>Resultado de la corrección</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Legend and shortcuts</source>
        <translation>Leyenda y atajos</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Legend text</source>
        <translation>Texto de la leyenda</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Very hard sentence</source>
        <extracomment>Order of groups in the findings panel and legend (most important first).</extracomment>
        <translation>Frase muy difícil</translation>
    </message>
    <message>
        <source>Split it into two or three short sentences, one idea each.</source>
        <translation>Divídela en dos o tres frases cortas, una idea cada una.</translation>
    </message>
    <message>
        <source>Hard sentence</source>
        <translation>Frase difícil</translation>
    </message>
    <message>
        <source>Shorten it or split it; put the main point first.</source>
        <translation>Acórtala o divídela; lo principal primero.</translation>
    </message>
    <message>
        <source>Passive voice</source>
        <translation>Voz pasiva</translation>
    </message>
    <message>
        <source>Say who does what: “researchers found”, not “it was found”.</source>
        <translation>Di quién hace qué: «los investigadores hallaron», no «se halló».</translation>
    </message>
    <message>
        <source>Jargon</source>
        <translation>Jerga</translation>
    </message>
    <message>
        <source>Use a plain word your viewers already know, or explain it once.</source>
        <translation>Usa una palabra sencilla que tu público ya conozca, o explícala una vez.</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Long word</source>
        <translation>Palabra larga</translation>
    </message>
    <message>
        <source>Uncited claim</source>
        <translation>Afirmación sin fuente</translation>
    </message>
    <message>
        <source>Link the source it comes from (Cite a source…), or soften the claim.</source>
        <translation>Enlaza la fuente (Citar una fuente…) o suaviza la afirmación.</translation>
    </message>
    <message>
        <source>Unknown citation</source>
        <translation>Cita desconocida</translation>
    </message>
    <message>
        <source>Number differs from source</source>
        <translation>Cifra distinta de la fuente</translation>
    </message>
    <message>
        <source>Stronger than the evidence</source>
        <translation>Más fuerte que la evidencia</translation>
    </message>
    <message>
        <source>Relative risk only</source>
        <translation>Solo riesgo relativo</translation>
    </message>
    <message>
        <source>Population left out</source>
        <translation>Población omitida</translation>
    </message>
    <message>
        <source>Grammar</source>
        <translation>Gramática</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Ortografía</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Estilo</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>indonesio</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonés</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>coreano</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Bundle imported</source>
        <translation>Paquete importado</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Search scripts and sources…</source>
        <translation>Buscar guiones y fuentes…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Full-text search over script text and source titles, authors and summaries</source>
        <translation>Búsqueda en el texto de los guiones y en títulos, autores y resúmenes de las fuentes</translation>
    </message>
    <message>
        <source>Projects, scripts and sources</source>
        <translation>Proyectos, guiones y fuentes</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
    <message>
        <source>Search result count</source>
        <translation>Número de resultados</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>New project, script or source</source>
        <translation>Nuevo proyecto, guion o fuente</translation>
    </message>
    <message>
        <source>Create a project, a script or a source</source>
        <translation>Crear un proyecto, un guion o una fuente</translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation>Fuentes ({count})</translation>
    </message>
    <message>
        <source>Research sources of this project; cite them as [@key] or [n]</source>
        <translation>Fuentes de investigación del proyecto; cítalas como [@clave] o [n]</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Library</source>
        <extracomment>Side panels cannot be dragged narrower than this. On close, how long each background thread (analysis, grammar) may take to stop before the app quits without it.</extracomment>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Read-only library: changes cannot be saved</source>
        <translation>Biblioteca de solo lectura: no se pueden guardar cambios</translation>
    </message>
    <message>
        <source>Starting analysis…</source>
        <translation>Iniciando el análisis…</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Todos los cambios guardados.</translation>
    </message>
    <message>
        <source>Open or select a project first: the draft is made from its sources.</source>
        <translation>Abre o selecciona primero un proyecto: el borrador se hace con sus fuentes.</translation>
    </message>
    <message>
        <source>Create a project first.</source>
        <translation>Crea primero un proyecto.</translation>
    </message>
    <message>
        <source>Select a project to export.</source>
        <translation>Selecciona un proyecto para exportar.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation>Nuevo &amp;proyecto…</translation>
    </message>
    <message>
        <source>Create a project with its settings and a first script</source>
        <translation>Crear un proyecto con sus ajustes y un primer guion</translation>
    </message>
    <message>
        <source>&amp;New script…</source>
        <translation>&amp;Nuevo guion…</translation>
    </message>
    <message>
        <source>Add a script to the current project</source>
        <translation>Añadir un guion al proyecto</translation>
    </message>
    <message>
        <source>Add so&amp;urce</source>
        <translation>Añadir f&amp;uente</translation>
    </message>
    <message>
        <source>Add a research source to the current project</source>
        <translation>Añadir una fuente de investigación al proyecto</translation>
    </message>
    <message>
        <source>Import s&amp;ources…</source>
        <translation>Importar fuent&amp;es…</translation>
    </message>
    <message>
        <source>Import papers and reference lists (PDF, Word, text, RIS, BibTeX, NBIB) into the current project; you can also drop files on the library</source>
        <translation>Importar artículos y listas de referencias (PDF, Word, texto, RIS, BibTeX, NBIB) al proyecto; también puedes soltar archivos en la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
    <message>
        <source>Import a .studio bundle as a new project</source>
        <translation>Importar un paquete .studio como proyecto nuevo</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exportar paquete…</translation>
    </message>
    <message>
        <source>Save the current project as a .studio bundle to share or back up</source>
        <translation>Guardar el proyecto como paquete .studio para compartirlo o respaldarlo</translation>
    </message>
    <message>
        <source>E&amp;xport script…</source>
        <translation>E&amp;xportar guion…</translation>
    </message>
    <message>
        <source>Captions (SRT, WebVTT), Word, video description, PDF, Markdown, teleprompter text, CSV</source>
        <translation>Subtítulos (SRT, WebVTT), Word, descripción del video, PDF, Markdown, texto de teleprompter, CSV</translation>
    </message>
    <message>
        <source>&amp;Copy script</source>
        <translation>&amp;Copiar guion</translation>
    </message>
    <message>
        <source>Put the spoken text (without citation markers) on the clipboard</source>
        <translation>Copiar el texto hablado (sin marcas de cita)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save now (changes are also saved automatically)</source>
        <translation>Guardar ahora (los cambios también se guardan solos)</translation>
    </message>
    <message>
        <source>Save &amp;version…</source>
        <translation>Guardar &amp;versión…</translation>
    </message>
    <message>
        <source>Keep a named snapshot of the script</source>
        <translation>Guardar una copia con nombre del guion</translation>
    </message>
    <message>
        <source>Ve&amp;rsions…</source>
        <translation>Ve&amp;rsiones…</translation>
    </message>
    <message>
        <source>Browse, compare and restore versions of the script</source>
        <translation>Ver, comparar y restaurar versiones del guion</translation>
    </message>
    <message>
        <source>Project se&amp;ttings…</source>
        <translation>A&amp;justes del proyecto…</translation>
    </message>
    <message>
        <source>Platform, target length, reading grade and speaking rate</source>
        <translation>Plataforma, duración objetivo, nivel de lectura y ritmo de habla</translation>
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
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change to the script text (a quick fix too)</source>
        <translation>Deshacer el último cambio del texto (también una corrección rápida)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo the change to the script text undone last</source>
        <translation>Rehacer el último cambio deshecho</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Deshacer &amp;borrado</translation>
    </message>
    <message>
        <source>Bring back the project, script or source deleted last</source>
        <translation>Recuperar el último proyecto, guion o fuente borrado</translation>
    </message>
    <message>
        <source>Re&amp;name	F2</source>
        <translation>Re&amp;nombrar	F2</translation>
    </message>
    <message>
        <source>Rename the item selected in the library</source>
        <translation>Renombrar el elemento seleccionado</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Copy the project or script selected in the library</source>
        <translation>Copiar el proyecto o guion seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source>Delete the item selected in the library (asks first)</source>
        <translation>Borrar el elemento seleccionado (pregunta antes)</translation>
    </message>
    <message>
        <source>&amp;Find in library</source>
        <translation>&amp;Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Search scripts and sources</source>
        <translation>Buscar en guiones y fuentes</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>&amp;Guion</translation>
    </message>
    <message>
        <source>&amp;Teleprompter</source>
        <translation>&amp;Teleprompter</translation>
    </message>
    <message>
        <source>Full-screen prompter at the project's words per minute: Space starts, Esc leaves</source>
        <translation>Teleprompter a pantalla completa al ritmo del proyecto: Espacio empieza, Esc sale</translation>
    </message>
    <message>
        <source>&amp;Draft from research…</source>
        <translation>&amp;Borrador a partir de la investigación…</translation>
    </message>
    <message>
        <source>Pick key findings of a source and get a cited draft script</source>
        <translation>Elegir los hallazgos clave de una fuente y obtener un borrador citado</translation>
    </message>
    <message>
        <source>&amp;Before/after report…</source>
        <translation>Informe &amp;antes/después…</translation>
    </message>
    <message>
        <source>Compare two versions (first draft vs now): figures, chart, what changed; export as PDF or HTML</source>
        <translation>Comparar dos versiones (primer borrador y ahora): cifras, gráfico, cambios; exportar en PDF o HTML</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Go to &amp;library</source>
        <translation>Ir a la &amp;biblioteca</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the library tree</source>
        <translation>Llevar el foco del teclado a la biblioteca</translation>
    </message>
    <message>
        <source>Go to &amp;script</source>
        <translation>Ir al &amp;guion</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the script text</source>
        <translation>Llevar el foco del teclado al texto del guion</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <source>Larger text in the editor and the panels (also Ctrl+wheel)</source>
        <translation>Texto más grande en el editor y los paneles (también Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Re&amp;ducir</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Text back to its normal size (presenter mode: its own default)</source>
        <translation>Texto a su tamaño normal (modo presentador: su propio tamaño)</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>Modo &amp;presentador</translation>
    </message>
    <message>
        <source>Large type, high-contrast highlights and a layout for a 1280×720 projector</source>
        <translation>Letra grande, resaltados de alto contraste y diseño para un proyector de 1280×720</translation>
    </message>
    <message>
        <source>&amp;Highlights</source>
        <translation>&amp;Resaltados</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Mostrar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Legend and shortcuts</source>
        <translation>&amp;Leyenda y atajos</translation>
    </message>
    <message>
        <source>&amp;Reset demo…</source>
        <translation>&amp;Restablecer la demo…</translation>
    </message>
    <message>
        <source>Put the demo project back as shipped (the same exercise for every group)</source>
        <translation>Volver al proyecto de demostración original (el mismo ejercicio para cada grupo)</translation>
    </message>
    <message>
        <source>&amp;About Script Studio</source>
        <translation>&amp;Acerca de Script Studio</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Default target reading grade</source>
        <translation>Nivel de lectura objetivo por defecto</translation>
    </message>
    <message>
        <source> words/min</source>
        <translation> palabras/min</translation>
    </message>
    <message>
        <source>Default speaking rate</source>
        <translation>Ritmo de habla por defecto</translation>
    </message>
    <message>
        <source>Default platform</source>
        <translation>Plataforma por defecto</translation>
    </message>
    <message>
        <source>Defaults for new projects</source>
        <translation>Valores por defecto de los proyectos nuevos</translation>
    </message>
    <message>
        <source>Reading &amp;grade:</source>
        <translation>&amp;Nivel de lectura:</translation>
    </message>
    <message>
        <source>Speaking &amp;rate:</source>
        <translation>&amp;Ritmo de habla:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plataforma:</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Archivo de biblioteca</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose library file</source>
        <translation>Elegir el archivo de biblioteca</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>Usar el pre&amp;determinado</translation>
    </message>
    <message>
        <source>Use the default library location</source>
        <translation>Usar la ubicación predeterminada</translation>
    </message>
    <message>
        <source>A new location applies the next time Script Studio starts. An empty field means the default location.</source>
        <translation>Una ubicación nueva se aplica en el próximo inicio. Un campo vacío significa la ubicación predeterminada.</translation>
    </message>
    <message>
        <source>Show these highlights</source>
        <translation>Mostrar estos resaltados</translation>
    </message>
    <message>
        <source>Grammar checking</source>
        <translation>Revisión gramatical</translation>
    </message>
    <message>
        <source>LanguageTool server URL</source>
        <translation>Dirección del servidor LanguageTool</translation>
    </message>
    <message>
        <source>&amp;Download LanguageTool for the local checker (about 250 MB, once)</source>
        <translation>&amp;Descargar LanguageTool para la revisión local (unos 250 MB, una vez)</translation>
    </message>
    <message>
        <source>The local checker needs LanguageTool on this computer. Nothing is downloaded unless this is ticked; your scripts are never sent.</source>
        <translation>La revisión local necesita LanguageTool en este equipo. No se descarga nada sin esta casilla; tus guiones nunca se envían.</translation>
    </message>
    <message>
        <source>Allow downloading LanguageTool</source>
        <translation>Permitir descargar LanguageTool</translation>
    </message>
    <message>
        <source>Grammar and spelling</source>
        <translation>Gramática y ortografía</translation>
    </message>
    <message>
        <source>&amp;Checker:</source>
        <translation>&amp;Revisor:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL del servidor:</translation>
    </message>
    <message>
        <source>Grammar server</source>
        <translation>Servidor de gramática</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source> words/min</source>
        <extracomment>The pace's unit after the number (translated where shown).</extracomment>
        <translation> palabras/min</translation>
    </message>
    <message>
        <source> morae/min</source>
        <translation> moras/min</translation>
    </message>
    <message>
        <source> syllables/min</source>
        <translation> sílabas/min</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>Ajustes del proyecto</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>e.g. Sleep and teen anxiety</source>
        <translation>p. ej. Sueño y ansiedad adolescente</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Título del proyecto</translation>
    </message>
    <message>
        <source>Platform preset</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>The platform sets the target length of the video.</source>
        <translation>La plataforma fija la duración objetivo del video.</translation>
    </message>
    <message>
        <source>Script language</source>
        <translation>Idioma del guion</translation>
    </message>
    <message>
        <source>The language the script is written in: it picks the checks, the readability formula and the speaking pace.</source>
        <translation>El idioma del guion: elige las revisiones, la fórmula de legibilidad y el ritmo de habla.</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Nota sobre el idioma</translation>
    </message>
    <message>
        <source>Target length in seconds</source>
        <translation>Duración objetivo en segundos</translation>
    </message>
    <message>
        <source>Target reading grade</source>
        <translation>Nivel de lectura objetivo</translation>
    </message>
    <message>
        <source>US school grade. 6–8 suits a general audience.</source>
        <translation>Nivel escolar de EE. UU. De 6 a 8 va bien para el público general.</translation>
    </message>
    <message>
        <source>Speaking rate in words per minute</source>
        <translation>Ritmo de habla en palabras por minuto</translation>
    </message>
    <message>
        <source>Your speaking pace; 130–160 is typical for short videos.</source>
        <translation>Tu ritmo; 130–160 es lo habitual en videos cortos.</translation>
    </message>
    <message>
        <source>Length hint</source>
        <translation>Indicación de duración</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plataforma:</translation>
    </message>
    <message>
        <source>Target &amp;length:</source>
        <translation>&amp;Duración objetivo:</translation>
    </message>
    <message>
        <source>Reading &amp;grade:</source>
        <translation>&amp;Nivel de lectura:</translation>
    </message>
    <message>
        <source>Speaking &amp;rate:</source>
        <translation>&amp;Ritmo de habla:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Speaking rate per minute</source>
        <translation>Ritmo de habla por minuto</translation>
    </message>
    <message>
        <source>Scripts in this language are rated easy / medium / hard by their own readability measure; the US grade applies to English only.</source>
        <translation>Los guiones en este idioma se califican como fácil / media / difícil con su propia medida de legibilidad; el nivel escolar de EE. UU. solo vale para el inglés.</translation>
    </message>
    <message>
        <source>Not available in {language} yet: {checks}.</source>
        <translation>Aún no disponible en {language}: {checks}.</translation>
    </message>
    <message>
        <source>About {count} morae fit in {seconds} seconds.</source>
        <translation>Caben unas {count} moras en {seconds} segundos.</translation>
    </message>
    <message>
        <source>About {count} syllables fit in {seconds} seconds.</source>
        <translation>Caben unas {count} sílabas en {seconds} segundos.</translation>
    </message>
    <message>
        <source>About {count} spoken words fit in {seconds} seconds.</source>
        <translation>Caben unas {count} palabras habladas en {seconds} segundos.</translation>
    </message>
</context>
<context>
    <name>QuickFix</name>
    <message>
        <source>&amp;Restore (show it again)</source>
        <extracomment>Kinds whose suggestions are replacement text (elsewhere a suggestion is advice). Kinds about what a cited source says: offer to open that source. Kinds the creator can keep on purpose via the project allow-list. Kinds fixed by linking a source. Suggestions longer than this read like advice, not like a replacement. Actions that edit the text with a planned :class:`Rewrite` (its ``result`` is the preview). Kinds whose suggestions are plain alternatives: when none fits the sentence they are shown instead. Kinds that come from LanguageTool, whose rules the creator can turn off.</extracomment>
        <translation>&amp;Restaurar (volver a mostrarla)</translation>
    </message>
    <message>
        <source>Show alternatives…</source>
        <translation>Ver alternativas…</translation>
    </message>
    <message>
        <source>Show other alternatives…</source>
        <translation>Ver otras alternativas…</translation>
    </message>
    <message>
        <source>&amp;Cite a source…</source>
        <translation>&amp;Citar una fuente…</translation>
    </message>
    <message>
        <source>&amp;Cite a source… (add sources first)</source>
        <translation>&amp;Citar una fuente… (añade fuentes primero)</translation>
    </message>
    <message>
        <source>&amp;Keep “{term}” in this project</source>
        <translation>&amp;Mantener «{term}» en este proyecto</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>&amp;Descartar…</translation>
    </message>
</context>
<context>
    <name>Research</name>
    <message>
        <source>Draft from research</source>
        <translation>Borrador a partir de la investigación</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Target length in seconds</source>
        <translation>Duración objetivo en segundos</translation>
    </message>
    <message>
        <source>Script title</source>
        <translation>Título del guion</translation>
    </message>
    <message>
        <source>Key findings, strongest first</source>
        <translation>Hallazgos clave, los más sólidos primero</translation>
    </message>
    <message>
        <source>Draft preview</source>
        <translation>Vista previa del borrador</translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation>Estado del borrador</translation>
    </message>
    <message>
        <source>Tick &amp;suggested</source>
        <translation>Marcar los &amp;sugeridos</translation>
    </message>
    <message>
        <source>Go back to the findings suggested for this source</source>
        <translation>Volver a los hallazgos sugeridos para esta fuente</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>Script &amp;title:</source>
        <translation>&amp;Título del guion:</translation>
    </message>
    <message>
        <source>Key &amp;findings (tick the ones to use):</source>
        <translation>&amp;Hallazgos clave (marca los que quieras usar):</translation>
    </message>
    <message>
        <source>&amp;Preview (cited to the source; you can edit everything after creating it):</source>
        <translation>&amp;Vista previa (citada a la fuente; podrás editarlo todo después):</translation>
    </message>
    <message>
        <source>&amp;Create script</source>
        <translation>&amp;Crear guion</translation>
    </message>
    <message>
        <source>Create script</source>
        <translation>Crear guion</translation>
    </message>
    <message>
        <source>This project has no sources yet. Add a paper (paste its abstract or import a RIS, BibTeX, PDF or Word file) and come back here.</source>
        <translation>Este proyecto aún no tiene fuentes. Añade un artículo (pega su resumen o importa un archivo RIS, BibTeX, PDF o Word) y vuelve aquí.</translation>
    </message>
</context>
<context>
    <name>Segment</name>
    <message>
        <source>Open a script from the library to start writing.</source>
        <extracomment>Asks "remove this segment?"; returns True to remove. Replaceable in tests.</extracomment>
        <translation>Abre un guion de la biblioteca para empezar a escribir.</translation>
    </message>
    <message>
        <source>&amp;Add segment</source>
        <translation>&amp;Añadir segmento</translation>
    </message>
    <message>
        <source>Add segment at the end</source>
        <translation>Añadir un segmento al final</translation>
    </message>
    <message>
        <source>Script segments</source>
        <translation>Segmentos del guion</translation>
    </message>
    <message>
        <source>Segment name</source>
        <extracomment>Fills the editor's context menu with quick fixes for the entries under the mouse. Adds actions for what is at a Qt position (e.g. "Open source" on a citation marker).</extracomment>
        <translation>Nombre del segmento</translation>
    </message>
    <message>
        <source>Segment name (F2 to rename)</source>
        <translation>Nombre del segmento (F2 para renombrar)</translation>
    </message>
    <message>
        <source>Speaking time of this segment at the project's speaking rate</source>
        <translation>Tiempo de habla de este segmento al ritmo del proyecto</translation>
    </message>
    <message>
        <source>What you say — the voice-over</source>
        <translation>Lo que dices — la voz en off</translation>
    </message>
    <message>
        <source>On-screen text: captions, key numbers, the source</source>
        <translation>Texto en pantalla: subtítulos, cifras clave, la fuente</translation>
    </message>
    <message>
        <source>Visual notes: b-roll, gestures, graphics</source>
        <translation>Notas visuales: recursos, gestos, gráficos</translation>
    </message>
    <message>
        <source>&amp;On screen</source>
        <translation>En &amp;pantalla</translation>
    </message>
    <message>
        <source>&amp;Visuals</source>
        <translation>&amp;Visuales</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The app's menus and labels; applies the next time Script Studio starts. A script's own language is set in its project.</source>
        <translation>Los menús y etiquetas de la aplicación; se aplica en el próximo inicio. El idioma de un guion se elige en su proyecto.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Source editor</source>
        <translation>Editor de fuentes</translation>
    </message>
    <message>
        <source>No source selected</source>
        <translation>Ninguna fuente seleccionada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the URL in the browser</source>
        <translation>Abrir la dirección en el navegador</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Paste the abstract or your summary of the findings here. Claims in the script are checked against this text.</source>
        <translation>Pega aquí el resumen del artículo o tu resumen de los hallazgos. Las afirmaciones del guion se comprueban con este texto.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Your own notes (not used by the checks)</source>
        <translation>Tus notas (no se usan en las revisiones)</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Validation message</source>
        <translation>Mensaje de validación</translation>
    </message>
    <message>
        <source>&amp;Save source</source>
        <translation>&amp;Guardar fuente</translation>
    </message>
    <message>
        <source>Save source</source>
        <translation>Guardar fuente</translation>
    </message>
    <message>
        <source>Save the source (Ctrl+Return). Changes are also saved when you leave the form.</source>
        <translation>Guardar la fuente (Ctrl+Intro). Los cambios también se guardan al salir del formulario.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>Revert unsaved changes</source>
        <translation>Deshacer los cambios sin guardar</translation>
    </message>
    <message>
        <source>Delete source…</source>
        <translation>Borrar fuente…</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Borrar fuente</translation>
    </message>
    <message>
        <source>Source summary</source>
        <translation>Resumen de la fuente</translation>
    </message>
    <message>
        <source>Select the sentence(s) that support the claim, then press OK:</source>
        <translation>Selecciona la(s) frase(s) que respaldan la afirmación y pulsa Aceptar:</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Analysis ready</source>
        <translation>Análisis listo</translation>
    </message>
    <message>
        <source>Starting analysis…</source>
        <translation>Iniciando el análisis…</translation>
    </message>
    <message>
        <source>Analysis not started</source>
        <translation>Análisis sin iniciar</translation>
    </message>
    <message>
        <source>Grammar: off</source>
        <translation>Gramática: desactivada</translation>
    </message>
    <message>
        <source>Grammar: not started</source>
        <translation>Gramática: sin iniciar</translation>
    </message>
    <message>
        <source>local server</source>
        <translation>servidor local</translation>
    </message>
    <message>
        <source>server ({url})</source>
        <translation>servidor ({url})</translation>
    </message>
    <message>
        <source>LanguageTool download cancelled</source>
        <translation>Descarga de LanguageTool cancelada</translation>
    </message>
    <message>
        <source>LanguageTool (about {size} MB) is not downloaded — grammar checking is off until you agree to download it</source>
        <translation>LanguageTool (unos {size} MB) no está descargado: la gramática queda desactivada hasta que aceptes descargarlo</translation>
    </message>
    <message>
        <source>Grammar: off — {text}</source>
        <translation>Gramática: desactivada — {text}</translation>
    </message>
    <message>
        <source>local server stopped</source>
        <translation>servidor local detenido</translation>
    </message>
    <message>
        <source>server not reachable ({label})</source>
        <translation>servidor inaccesible ({label})</translation>
    </message>
    <message>
        <source>{where} did not answer within {seconds} s</source>
        <translation>{where} no respondió en {seconds} s</translation>
    </message>
    <message>
        <source>{where} is limiting requests, retrying later</source>
        <translation>{where} limita las solicitudes; se reintentará más tarde</translation>
    </message>
    <message>
        <source>Grammar: {what} — other checks keep working</source>
        <translation>Gramática: {what} — las demás revisiones siguen funcionando</translation>
    </message>
    <message>
        <source>Grammar: local server ready</source>
        <translation>Gramática: servidor local listo</translation>
    </message>
    <message>
        <source>Grammar: server ready ({url})</source>
        <translation>Gramática: servidor listo ({url})</translation>
    </message>
    <message>
        <source>Grammar: off — LanguageTool has no Indonesian</source>
        <translation>Gramática: desactivada — LanguageTool no tiene indonesio</translation>
    </message>
    <message>
        <source>Grammar: off — LanguageTool has no Korean</source>
        <translation>Gramática: desactivada — LanguageTool no tiene coreano</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todo guardado</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Loading the French language model…</source>
        <translation>Cargando el modelo de francés…</translation>
    </message>
    <message>
        <source>Loading the Spanish language model…</source>
        <translation>Cargando el modelo de español…</translation>
    </message>
    <message>
        <source>Loading the Portuguese language model…</source>
        <translation>Cargando el modelo de portugués…</translation>
    </message>
    <message>
        <source>Loading the Indonesian language model…</source>
        <translation>Cargando el modelo de indonesio…</translation>
    </message>
    <message>
        <source>Loading the Japanese language model…</source>
        <translation>Cargando el modelo de japonés…</translation>
    </message>
    <message>
        <source>Loading the Korean language model…</source>
        <translation>Cargando el modelo de coreano…</translation>
    </message>
    <message>
        <source>Loading the English language model…</source>
        <translation>Cargando el modelo de inglés…</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Status bar</source>
        <extracomment>Widest an indicator (analysis, grammar) may grow, in average character widths.</extracomment>
        <translation>Barra de estado</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer borrado</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Mensaje de estado</translation>
    </message>
    <message>
        <source>Analysis status</source>
        <translation>Estado del análisis</translation>
    </message>
    <message>
        <source>Grammar status</source>
        <translation>Estado de la gramática</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Cancelar la descarga</translation>
    </message>
    <message>
        <source>Cancel the LanguageTool download</source>
        <translation>Cancelar la descarga de LanguageTool</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todo guardado</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>Versiones, la más reciente primero</translation>
    </message>
    <message>
        <source>Version text or differences</source>
        <translation>Texto de la versión o diferencias</translation>
    </message>
    <message>
        <source>Select a version to see it; select two to compare them.</source>
        <translation>Selecciona una versión para verla; dos para compararlas.</translation>
    </message>
    <message>
        <source>Compare with &amp;current</source>
        <translation>Comparar con la &amp;actual</translation>
    </message>
    <message>
        <source>Compare &amp;selected</source>
        <translation>Comparar &amp;selección</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>&amp;Name…</source>
        <translation>&amp;Nombrar…</translation>
    </message>
    <message>
        <source>Save current as &amp;version…</source>
        <translation>Guardar la actual como &amp;versión…</translation>
    </message>
    <message>
        <source>&amp;Figures…</source>
        <translation>&amp;Cifras…</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versiones:</translation>
    </message>
    <message>
        <source>No versions yet. Versions are saved automatically while you write; use “Save current as version…” to keep a named one.</source>
        <translation>Aún no hay versiones. Se guardan solas mientras escribes; usa «Guardar la actual como versión…» para conservar una con nombre.</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Comparar versiones</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Restaurar versión</translation>
    </message>
    <message>
        <source>Restored. The previous text is the newest version in the list.</source>
        <translation>Restaurado. El texto anterior es la versión más reciente de la lista.</translation>
    </message>
    <message>
        <source>Name version</source>
        <translation>Nombrar versión</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Guardar versión</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Opened “{title}”</source>
        <extracomment>How long after the last analysis result the checklist is judged again. What the findings list says until the first analysis of the open script arrives.</extracomment>
        <translation>«{title}» abierto</translation>
    </message>
</context>
</TS>