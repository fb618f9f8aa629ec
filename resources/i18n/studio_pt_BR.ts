<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>About</name>
    <message>
        <source>About Script Studio</source>
        <translation>Sobre o Script Studio</translation>
    </message>
    <message>
        <source>Self-test (include it in a support request):</source>
        <translation>Autoteste (inclua num pedido de suporte):</translation>
    </message>
    <message>
        <source>Running the self-test…</source>
        <translation>Executando o autoteste…</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar relatório</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Short-form checklist</source>
        <translation>Checklist do vídeo curto</translation>
    </message>
    <message>
        <source>Show or hide the checklist</source>
        <translation>Mostrar ou ocultar o checklist</translation>
    </message>
    <message>
        <source>Checklist — {done} of {total}</source>
        <translation>Checklist — {done} de {total}</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Main message in the hook</source>
        <translation>Mensagem principal no gancho</translation>
    </message>
    <message>
        <source>One call to action</source>
        <translation>Uma só chamada para ação</translation>
    </message>
    <message>
        <source>Plain numbers</source>
        <translation>Números simples</translation>
    </message>
    <message>
        <source>Absolute risk given</source>
        <translation>Risco absoluto informado</translation>
    </message>
    <message>
        <source>Every claim cited</source>
        <translation>Cada afirmação citada</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>jargon</source>
        <translation>jargão</translation>
    </message>
    <message>
        <source>acronyms</source>
        <translation>siglas</translation>
    </message>
    <message>
        <source>readability</source>
        <translation>legibilidade</translation>
    </message>
    <message>
        <source>long words</source>
        <translation>palavras longas</translation>
    </message>
    <message>
        <source>passive voice</source>
        <translation>voz passiva</translation>
    </message>
    <message>
        <source>uncited claims</source>
        <translation>afirmações sem fonte</translation>
    </message>
    <message>
        <source>citation markers</source>
        <translation>marcas de citação</translation>
    </message>
    <message>
        <source>claim–source consistency</source>
        <translation>coerência com as fontes</translation>
    </message>
    <message>
        <source>drafting from research</source>
        <translation>rascunho a partir da pesquisa</translation>
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
        <translation>Citar uma fonte</translation>
    </message>
    <message>
        <source>Filter sources by key, title or author</source>
        <translation>Filtrar fontes por chave, título ou autor</translation>
    </message>
    <message>
        <source>Filter sources</source>
        <translation>Filtrar fontes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fonte:</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Trecho</translation>
    </message>
    <message>
        <source>&amp;Passage it rests on (optional):</source>
        <translation>&amp;Trecho em que se baseia (opcional):</translation>
    </message>
    <message>
        <source>&amp;Insert citation</source>
        <translation>&amp;Inserir citação</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Speaking time</source>
        <translation>Tempo de fala</translation>
    </message>
    <message>
        <source>Platform and target length</source>
        <translation>Plataforma e duração-alvo</translation>
    </message>
    <message>
        <source>Where the video goes: sets the target length</source>
        <translation>Onde o vídeo vai ser publicado: define a duração-alvo</translation>
    </message>
    <message>
        <source>Checks not available in this language</source>
        <translation>Verificações indisponíveis neste idioma</translation>
    </message>
    <message>
        <source>Speaking time of each segment</source>
        <translation>Tempo de fala de cada segmento</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plataforma</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Nível escolar</translation>
    </message>
    <message>
        <source>Reading ease</source>
        <translation>Facilidade de leitura</translation>
    </message>
    <message>
        <source>Jargon</source>
        <translation>Jargão</translation>
    </message>
    <message>
        <source>Uncited claims</source>
        <translation>Afirmações sem fonte</translation>
    </message>
    <message>
        <source>{seconds} of {target}</source>
        <translation>{seconds} de {target}</translation>
    </message>
    <message>
        <source> — {over} too long</source>
        <translation> — {over} a mais</translation>
    </message>
    <message>
        <source>— (no text yet)</source>
        <translation>— (ainda sem texto)</translation>
    </message>
    <message>
        <source>{value} (target {target} or lower)</source>
        <translation>{value} (meta {target} ou menos)</translation>
    </message>
    <message>
        <source>{level} ({measure} {score})</source>
        <translation>{level} ({measure} {score})</translation>
    </message>
    <message>
        <source>1 term</source>
        <translation>1 termo</translation>
    </message>
    <message>
        <source>{count} terms</source>
        <translation>{count} termos</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} de {total}</translation>
    </message>
    <message>
        <source>Readability</source>
        <translation>Legibilidade</translation>
    </message>
    <message>
        <source>Off in {language} (no rules yet): {checks}</source>
        <translation>Desligado em {language} (ainda sem regras): {checks}</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Médio</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>very easy</source>
        <translation>muito fácil</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>fácil</translation>
    </message>
    <message>
        <source>fairly easy</source>
        <translation>bem fácil</translation>
    </message>
    <message>
        <source>plain English</source>
        <translation>inglês simples</translation>
    </message>
    <message>
        <source>fairly difficult</source>
        <translation>um pouco difícil</translation>
    </message>
    <message>
        <source>difficult</source>
        <translation>difícil</translation>
    </message>
    <message>
        <source>very difficult</source>
        <translation>muito difícil</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export script</source>
        <translation>Exportar roteiro</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportação</translation>
    </message>
    <message>
        <source>Include on-screen text and visual notes</source>
        <translation>Incluir o texto na tela e as notas visuais</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
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
        <translation>Copiar esta exportação para a área de transferência (formatos de texto)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Before and after bar chart</source>
        <translation>Gráfico de barras antes/depois</translation>
    </message>
    <message>
        <source>Before and after report</source>
        <translation>Relatório antes/depois</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;Antes:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Depois:</translation>
    </message>
    <message>
        <source>Figures before and after</source>
        <translation>Números antes/depois</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>O que mudou</translation>
    </message>
    <message>
        <source>Checklist before and after</source>
        <translation>Checklist antes/depois</translation>
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
        <translation>Exportar relatório</translation>
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
        <translation>Nenhum apontamento ainda.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>What the colours mean; show or hide each kind</source>
        <translation>O que as cores significam; mostrar ou ocultar cada tipo</translation>
    </message>
    <message>
        <source>Show highlight legend</source>
        <translation>Mostrar a legenda dos destaques</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Apontamentos</translation>
    </message>
    <message>
        <source>Selected finding</source>
        <translation>Apontamento selecionado</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartados</translation>
    </message>
    <message>
        <source>No findings — nice and clear.</source>
        <translation>Nenhum apontamento — claro e simples.</translation>
    </message>
    <message>
        <source>1 finding · F8 next, Shift+F8 previous</source>
        <translation>1 apontamento · F8 próximo, Shift+F8 anterior</translation>
    </message>
    <message>
        <source>{count} findings · F8 next, Shift+F8 previous</source>
        <translation>{count} apontamentos · F8 próximo, Shift+F8 anterior</translation>
    </message>
    <message>
        <source>&lt;span style='color:gray'&gt;Select a finding to see what to do about it.&lt;/span&gt;</source>
        <translation>&lt;span style='color:gray'&gt;Selecione um apontamento para ver o que fazer.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Result of the fix</source>
        <translation>Resultado da correção</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Legend and shortcuts</source>
        <translation>Legenda e atalhos</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Legend text</source>
        <translation>Texto da legenda</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Very hard sentence</source>
        <extracomment>Order of groups in the findings panel and legend (most important first).</extracomment>
        <translation>Frase muito difícil</translation>
    </message>
    <message>
        <source>Split it into two or three short sentences, one idea each.</source>
        <translation>Divida em duas ou três frases curtas, uma ideia cada.</translation>
    </message>
    <message>
        <source>Hard sentence</source>
        <translation>Frase difícil</translation>
    </message>
    <message>
        <source>Shorten it or split it; put the main point first.</source>
        <translation>Encurte ou divida; o principal primeiro.</translation>
    </message>
    <message>
        <source>Passive voice</source>
        <translation>Voz passiva</translation>
    </message>
    <message>
        <source>Say who does what: “researchers found”, not “it was found”.</source>
        <translation>Diga quem faz o quê: “os pesquisadores descobriram”, não “foi descoberto”.</translation>
    </message>
    <message>
        <source>Jargon</source>
        <translation>Jargão</translation>
    </message>
    <message>
        <source>Use a plain word your viewers already know, or explain it once.</source>
        <translation>Use uma palavra simples que o público já conhece, ou explique uma vez.</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Long word</source>
        <translation>Palavra longa</translation>
    </message>
    <message>
        <source>Uncited claim</source>
        <translation>Afirmação sem fonte</translation>
    </message>
    <message>
        <source>Link the source it comes from (Cite a source…), or soften the claim.</source>
        <translation>Ligue a fonte (Citar uma fonte…) ou suavize a afirmação.</translation>
    </message>
    <message>
        <source>Unknown citation</source>
        <translation>Citação desconhecida</translation>
    </message>
    <message>
        <source>Number differs from source</source>
        <translation>Número diferente da fonte</translation>
    </message>
    <message>
        <source>Stronger than the evidence</source>
        <translation>Mais forte que a evidência</translation>
    </message>
    <message>
        <source>Relative risk only</source>
        <translation>Só risco relativo</translation>
    </message>
    <message>
        <source>Population left out</source>
        <translation>População omitida</translation>
    </message>
    <message>
        <source>Grammar</source>
        <translation>Gramática</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Ortografia</translation>
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
        <translation>inglês</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francês</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espanhol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>português</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>indonésio</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonês</translation>
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
        <translation>Pacote importado</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Search scripts and sources…</source>
        <translation>Buscar roteiros e fontes…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar na biblioteca</translation>
    </message>
    <message>
        <source>Full-text search over script text and source titles, authors and summaries</source>
        <translation>Busca no texto dos roteiros e nos títulos, autores e resumos das fontes</translation>
    </message>
    <message>
        <source>Projects, scripts and sources</source>
        <translation>Projetos, roteiros e fontes</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da busca</translation>
    </message>
    <message>
        <source>Search result count</source>
        <translation>Número de resultados</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <source>New project, script or source</source>
        <translation>Novo projeto, roteiro ou fonte</translation>
    </message>
    <message>
        <source>Create a project, a script or a source</source>
        <translation>Criar um projeto, um roteiro ou uma fonte</translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation>Fontes ({count})</translation>
    </message>
    <message>
        <source>Research sources of this project; cite them as [@key] or [n]</source>
        <translation>Fontes de pesquisa do projeto; cite-as como [@chave] ou [n]</translation>
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
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Read-only library: changes cannot be saved</source>
        <translation>Biblioteca somente leitura: as alterações não podem ser salvas</translation>
    </message>
    <message>
        <source>Starting analysis…</source>
        <translation>Iniciando a análise…</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Não foi possível salvar</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Todas as alterações salvas.</translation>
    </message>
    <message>
        <source>Open or select a project first: the draft is made from its sources.</source>
        <translation>Abra ou selecione um projeto primeiro: o rascunho é feito com as fontes dele.</translation>
    </message>
    <message>
        <source>Create a project first.</source>
        <translation>Crie um projeto primeiro.</translation>
    </message>
    <message>
        <source>Select a project to export.</source>
        <translation>Selecione um projeto para exportar.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation>Novo &amp;projeto…</translation>
    </message>
    <message>
        <source>Create a project with its settings and a first script</source>
        <translation>Criar um projeto com suas configurações e um primeiro roteiro</translation>
    </message>
    <message>
        <source>&amp;New script…</source>
        <translation>&amp;Novo roteiro…</translation>
    </message>
    <message>
        <source>Add a script to the current project</source>
        <translation>Adicionar um roteiro ao projeto</translation>
    </message>
    <message>
        <source>Add so&amp;urce</source>
        <translation>Adicionar f&amp;onte</translation>
    </message>
    <message>
        <source>Add a research source to the current project</source>
        <translation>Adicionar uma fonte de pesquisa ao projeto</translation>
    </message>
    <message>
        <source>Import s&amp;ources…</source>
        <translation>Importar fon&amp;tes…</translation>
    </message>
    <message>
        <source>Import papers and reference lists (PDF, Word, text, RIS, BibTeX, NBIB) into the current project; you can also drop files on the library</source>
        <translation>Importar artigos e listas de referências (PDF, Word, texto, RIS, BibTeX, NBIB) para o projeto; você também pode soltar arquivos na biblioteca</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importar pacote…</translation>
    </message>
    <message>
        <source>Import a .studio bundle as a new project</source>
        <translation>Importar um pacote .studio como novo projeto</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exportar pacote…</translation>
    </message>
    <message>
        <source>Save the current project as a .studio bundle to share or back up</source>
        <translation>Salvar o projeto como pacote .studio para compartilhar ou fazer backup</translation>
    </message>
    <message>
        <source>E&amp;xport script…</source>
        <translation>E&amp;xportar roteiro…</translation>
    </message>
    <message>
        <source>Captions (SRT, WebVTT), Word, video description, PDF, Markdown, teleprompter text, CSV</source>
        <translation>Legendas (SRT, WebVTT), Word, descrição do vídeo, PDF, Markdown, texto de teleprompter, CSV</translation>
    </message>
    <message>
        <source>&amp;Copy script</source>
        <translation>&amp;Copiar roteiro</translation>
    </message>
    <message>
        <source>Put the spoken text (without citation markers) on the clipboard</source>
        <translation>Copiar o texto falado (sem marcas de citação)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save now (changes are also saved automatically)</source>
        <translation>Salvar agora (as alterações também são salvas sozinhas)</translation>
    </message>
    <message>
        <source>Save &amp;version…</source>
        <translation>Salvar &amp;versão…</translation>
    </message>
    <message>
        <source>Keep a named snapshot of the script</source>
        <translation>Guardar uma cópia nomeada do roteiro</translation>
    </message>
    <message>
        <source>Ve&amp;rsions…</source>
        <translation>Ve&amp;rsões…</translation>
    </message>
    <message>
        <source>Browse, compare and restore versions of the script</source>
        <translation>Ver, comparar e restaurar versões do roteiro</translation>
    </message>
    <message>
        <source>Project se&amp;ttings…</source>
        <translation>Configurações do pro&amp;jeto…</translation>
    </message>
    <message>
        <source>Platform, target length, reading grade and speaking rate</source>
        <translation>Plataforma, duração-alvo, nível de leitura e ritmo de fala</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Undo the last change to the script text (a quick fix too)</source>
        <translation>Desfazer a última alteração do texto (inclusive uma correção rápida)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Redo the change to the script text undone last</source>
        <translation>Refazer a última alteração desfeita</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Desfazer &amp;exclusão</translation>
    </message>
    <message>
        <source>Bring back the project, script or source deleted last</source>
        <translation>Recuperar o último projeto, roteiro ou fonte excluído</translation>
    </message>
    <message>
        <source>Re&amp;name	F2</source>
        <translation>Re&amp;nomear	F2</translation>
    </message>
    <message>
        <source>Rename the item selected in the library</source>
        <translation>Renomear o item selecionado</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Copy the project or script selected in the library</source>
        <translation>Copiar o projeto ou roteiro selecionado</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>Delete the item selected in the library (asks first)</source>
        <translation>Excluir o item selecionado (pergunta antes)</translation>
    </message>
    <message>
        <source>&amp;Find in library</source>
        <translation>&amp;Buscar na biblioteca</translation>
    </message>
    <message>
        <source>Search scripts and sources</source>
        <translation>Buscar em roteiros e fontes</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferências…</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>&amp;Roteiro</translation>
    </message>
    <message>
        <source>&amp;Teleprompter</source>
        <translation>&amp;Teleprompter</translation>
    </message>
    <message>
        <source>Full-screen prompter at the project's words per minute: Space starts, Esc leaves</source>
        <translation>Teleprompter em tela cheia no ritmo do projeto: Espaço começa, Esc sai</translation>
    </message>
    <message>
        <source>&amp;Draft from research…</source>
        <translation>&amp;Rascunho a partir da pesquisa…</translation>
    </message>
    <message>
        <source>Pick key findings of a source and get a cited draft script</source>
        <translation>Escolher os achados principais de uma fonte e obter um rascunho citado</translation>
    </message>
    <message>
        <source>&amp;Before/after report…</source>
        <translation>Relatório &amp;antes/depois…</translation>
    </message>
    <message>
        <source>Compare two versions (first draft vs now): figures, chart, what changed; export as PDF or HTML</source>
        <translation>Comparar duas versões (primeiro rascunho e agora): números, gráfico, mudanças; exportar em PDF ou HTML</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>Go to &amp;library</source>
        <translation>Ir para a &amp;biblioteca</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the library tree</source>
        <translation>Levar o foco do teclado para a biblioteca</translation>
    </message>
    <message>
        <source>Go to &amp;script</source>
        <translation>Ir para o &amp;roteiro</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the script text</source>
        <translation>Levar o foco do teclado para o texto do roteiro</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <source>Larger text in the editor and the panels (also Ctrl+wheel)</source>
        <translation>Texto maior no editor e nos painéis (também Ctrl+roda)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Re&amp;duzir</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto menor</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamanho real</translation>
    </message>
    <message>
        <source>Text back to its normal size (presenter mode: its own default)</source>
        <translation>Texto no tamanho normal (modo apresentador: o próprio padrão)</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>Modo &amp;apresentador</translation>
    </message>
    <message>
        <source>Large type, high-contrast highlights and a layout for a 1280×720 projector</source>
        <translation>Letra grande, destaques de alto contraste e layout para projetor 1280×720</translation>
    </message>
    <message>
        <source>&amp;Highlights</source>
        <translation>&amp;Destaques</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Mostrar &amp;todos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Legend and shortcuts</source>
        <translation>&amp;Legenda e atalhos</translation>
    </message>
    <message>
        <source>&amp;Reset demo…</source>
        <translation>&amp;Restaurar a demonstração…</translation>
    </message>
    <message>
        <source>Put the demo project back as shipped (the same exercise for every group)</source>
        <translation>Restaurar o projeto de demonstração original (o mesmo exercício para cada grupo)</translation>
    </message>
    <message>
        <source>&amp;About Script Studio</source>
        <translation>&amp;Sobre o Script Studio</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Default target reading grade</source>
        <translation>Nível de leitura-alvo padrão</translation>
    </message>
    <message>
        <source> words/min</source>
        <translation> palavras/min</translation>
    </message>
    <message>
        <source>Default speaking rate</source>
        <translation>Ritmo de fala padrão</translation>
    </message>
    <message>
        <source>Default platform</source>
        <translation>Plataforma padrão</translation>
    </message>
    <message>
        <source>Defaults for new projects</source>
        <translation>Padrões para novos projetos</translation>
    </message>
    <message>
        <source>Reading &amp;grade:</source>
        <translation>&amp;Nível de leitura:</translation>
    </message>
    <message>
        <source>Speaking &amp;rate:</source>
        <translation>&amp;Ritmo de fala:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plataforma:</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Arquivo da biblioteca</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Choose library file</source>
        <translation>Escolher o arquivo da biblioteca</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>Usar o &amp;padrão</translation>
    </message>
    <message>
        <source>Use the default library location</source>
        <translation>Usar o local padrão</translation>
    </message>
    <message>
        <source>A new location applies the next time Script Studio starts. An empty field means the default location.</source>
        <translation>Um novo local vale a partir da próxima abertura. Campo vazio significa o local padrão.</translation>
    </message>
    <message>
        <source>Show these highlights</source>
        <translation>Mostrar estes destaques</translation>
    </message>
    <message>
        <source>Grammar checking</source>
        <translation>Revisão gramatical</translation>
    </message>
    <message>
        <source>LanguageTool server URL</source>
        <translation>Endereço do servidor LanguageTool</translation>
    </message>
    <message>
        <source>&amp;Download LanguageTool for the local checker (about 250 MB, once)</source>
        <translation>&amp;Baixar o LanguageTool para a revisão local (cerca de 250 MB, uma vez)</translation>
    </message>
    <message>
        <source>The local checker needs LanguageTool on this computer. Nothing is downloaded unless this is ticked; your scripts are never sent.</source>
        <translation>A revisão local precisa do LanguageTool neste computador. Nada é baixado sem esta opção; seus roteiros nunca são enviados.</translation>
    </message>
    <message>
        <source>Allow downloading LanguageTool</source>
        <translation>Permitir baixar o LanguageTool</translation>
    </message>
    <message>
        <source>Grammar and spelling</source>
        <translation>Gramática e ortografia</translation>
    </message>
    <message>
        <source>&amp;Checker:</source>
        <translation>&amp;Revisor:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL do servidor:</translation>
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
        <translation> palavras/min</translation>
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
        <translation>Configurações do projeto</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <source>e.g. Sleep and teen anxiety</source>
        <translation>ex.: Sono e ansiedade na adolescência</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Título do projeto</translation>
    </message>
    <message>
        <source>Platform preset</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>The platform sets the target length of the video.</source>
        <translation>A plataforma define a duração-alvo do vídeo.</translation>
    </message>
    <message>
        <source>Script language</source>
        <translation>Idioma do roteiro</translation>
    </message>
    <message>
        <source>The language the script is written in: it picks the checks, the readability formula and the speaking pace.</source>
        <translation>O idioma do roteiro: define as verificações, a fórmula de legibilidade e o ritmo de fala.</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Nota sobre o idioma</translation>
    </message>
    <message>
        <source>Target length in seconds</source>
        <translation>Duração-alvo em segundos</translation>
    </message>
    <message>
        <source>Target reading grade</source>
        <translation>Nível de leitura-alvo</translation>
    </message>
    <message>
        <source>US school grade. 6–8 suits a general audience.</source>
        <translation>Série escolar dos EUA. 6 a 8 serve para o público em geral.</translation>
    </message>
    <message>
        <source>Speaking rate in words per minute</source>
        <translation>Ritmo de fala em palavras por minuto</translation>
    </message>
    <message>
        <source>Your speaking pace; 130–160 is typical for short videos.</source>
        <translation>Seu ritmo; 130–160 é o comum em vídeos curtos.</translation>
    </message>
    <message>
        <source>Length hint</source>
        <translation>Dica de duração</translation>
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
        <translation>&amp;Duração-alvo:</translation>
    </message>
    <message>
        <source>Reading &amp;grade:</source>
        <translation>&amp;Nível de leitura:</translation>
    </message>
    <message>
        <source>Speaking &amp;rate:</source>
        <translation>&amp;Ritmo de fala:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Speaking rate per minute</source>
        <translation>Ritmo de fala por minuto</translation>
    </message>
    <message>
        <source>Scripts in this language are rated easy / medium / hard by their own readability measure; the US grade applies to English only.</source>
        <translation>Roteiros neste idioma são classificados como fácil / médio / difícil pela própria medida de legibilidade; a série escolar dos EUA vale só para o inglês.</translation>
    </message>
    <message>
        <source>Not available in {language} yet: {checks}.</source>
        <translation>Ainda não disponível em {language}: {checks}.</translation>
    </message>
    <message>
        <source>About {count} morae fit in {seconds} seconds.</source>
        <translation>Cabem cerca de {count} moras em {seconds} segundos.</translation>
    </message>
    <message>
        <source>About {count} syllables fit in {seconds} seconds.</source>
        <translation>Cabem cerca de {count} sílabas em {seconds} segundos.</translation>
    </message>
    <message>
        <source>About {count} spoken words fit in {seconds} seconds.</source>
        <translation>Cabem cerca de {count} palavras faladas em {seconds} segundos.</translation>
    </message>
</context>
<context>
    <name>QuickFix</name>
    <message>
        <source>&amp;Restore (show it again)</source>
        <extracomment>Kinds whose suggestions are replacement text (elsewhere a suggestion is advice). Kinds about what a cited source says: offer to open that source. Kinds the creator can keep on purpose via the project allow-list. Kinds fixed by linking a source. Suggestions longer than this read like advice, not like a replacement. Actions that edit the text with a planned :class:`Rewrite` (its ``result`` is the preview). Kinds whose suggestions are plain alternatives: when none fits the sentence they are shown instead. Kinds that come from LanguageTool, whose rules the creator can turn off.</extracomment>
        <translation>&amp;Restaurar (mostrar de novo)</translation>
    </message>
    <message>
        <source>Show alternatives…</source>
        <translation>Ver alternativas…</translation>
    </message>
    <message>
        <source>Show other alternatives…</source>
        <translation>Ver outras alternativas…</translation>
    </message>
    <message>
        <source>&amp;Cite a source…</source>
        <translation>&amp;Citar uma fonte…</translation>
    </message>
    <message>
        <source>&amp;Cite a source… (add sources first)</source>
        <translation>&amp;Citar uma fonte… (adicione fontes antes)</translation>
    </message>
    <message>
        <source>&amp;Keep “{term}” in this project</source>
        <translation>&amp;Manter “{term}” neste projeto</translation>
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
        <translation>Rascunho a partir da pesquisa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Target length in seconds</source>
        <translation>Duração-alvo em segundos</translation>
    </message>
    <message>
        <source>Script title</source>
        <translation>Título do roteiro</translation>
    </message>
    <message>
        <source>Key findings, strongest first</source>
        <translation>Achados principais, os mais fortes primeiro</translation>
    </message>
    <message>
        <source>Draft preview</source>
        <translation>Prévia do rascunho</translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation>Status do rascunho</translation>
    </message>
    <message>
        <source>Tick &amp;suggested</source>
        <translation>Marcar os &amp;sugeridos</translation>
    </message>
    <message>
        <source>Go back to the findings suggested for this source</source>
        <translation>Voltar aos achados sugeridos para esta fonte</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fonte:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duração:</translation>
    </message>
    <message>
        <source>Script &amp;title:</source>
        <translation>&amp;Título do roteiro:</translation>
    </message>
    <message>
        <source>Key &amp;findings (tick the ones to use):</source>
        <translation>&amp;Achados principais (marque os que quer usar):</translation>
    </message>
    <message>
        <source>&amp;Preview (cited to the source; you can edit everything after creating it):</source>
        <translation>&amp;Prévia (citada à fonte; você pode editar tudo depois de criar):</translation>
    </message>
    <message>
        <source>&amp;Create script</source>
        <translation>&amp;Criar roteiro</translation>
    </message>
    <message>
        <source>Create script</source>
        <translation>Criar roteiro</translation>
    </message>
    <message>
        <source>This project has no sources yet. Add a paper (paste its abstract or import a RIS, BibTeX, PDF or Word file) and come back here.</source>
        <translation>Este projeto ainda não tem fontes. Adicione um artigo (cole o resumo ou importe um arquivo RIS, BibTeX, PDF ou Word) e volte aqui.</translation>
    </message>
</context>
<context>
    <name>Segment</name>
    <message>
        <source>Open a script from the library to start writing.</source>
        <extracomment>Asks "remove this segment?"; returns True to remove. Replaceable in tests.</extracomment>
        <translation>Abra um roteiro da biblioteca para começar a escrever.</translation>
    </message>
    <message>
        <source>&amp;Add segment</source>
        <translation>&amp;Adicionar segmento</translation>
    </message>
    <message>
        <source>Add segment at the end</source>
        <translation>Adicionar um segmento no fim</translation>
    </message>
    <message>
        <source>Script segments</source>
        <translation>Segmentos do roteiro</translation>
    </message>
    <message>
        <source>Segment name</source>
        <extracomment>Fills the editor's context menu with quick fixes for the entries under the mouse. Adds actions for what is at a Qt position (e.g. "Open source" on a citation marker).</extracomment>
        <translation>Nome do segmento</translation>
    </message>
    <message>
        <source>Segment name (F2 to rename)</source>
        <translation>Nome do segmento (F2 para renomear)</translation>
    </message>
    <message>
        <source>Speaking time of this segment at the project's speaking rate</source>
        <translation>Tempo de fala deste segmento no ritmo do projeto</translation>
    </message>
    <message>
        <source>What you say — the voice-over</source>
        <translation>O que você fala — a narração</translation>
    </message>
    <message>
        <source>On-screen text: captions, key numbers, the source</source>
        <translation>Texto na tela: legendas, números-chave, a fonte</translation>
    </message>
    <message>
        <source>Visual notes: b-roll, gestures, graphics</source>
        <translation>Notas visuais: imagens de apoio, gestos, gráficos</translation>
    </message>
    <message>
        <source>&amp;On screen</source>
        <translation>Na &amp;tela</translation>
    </message>
    <message>
        <source>&amp;Visuals</source>
        <translation>&amp;Visuais</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The app's menus and labels; applies the next time Script Studio starts. A script's own language is set in its project.</source>
        <translation>Os menus e rótulos do aplicativo; vale a partir da próxima abertura. O idioma de um roteiro é definido no projeto.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Source editor</source>
        <translation>Editor de fonte</translation>
    </message>
    <message>
        <source>No source selected</source>
        <translation>Nenhuma fonte selecionada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the URL in the browser</source>
        <translation>Abrir o endereço no navegador</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Paste the abstract or your summary of the findings here. Claims in the script are checked against this text.</source>
        <translation>Cole aqui o resumo do artigo ou o seu resumo dos achados. As afirmações do roteiro são conferidas com este texto.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Your own notes (not used by the checks)</source>
        <translation>Suas anotações (não usadas nas verificações)</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumo:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Validation message</source>
        <translation>Mensagem de validação</translation>
    </message>
    <message>
        <source>&amp;Save source</source>
        <translation>&amp;Salvar fonte</translation>
    </message>
    <message>
        <source>Save source</source>
        <translation>Salvar fonte</translation>
    </message>
    <message>
        <source>Save the source (Ctrl+Return). Changes are also saved when you leave the form.</source>
        <translation>Salvar a fonte (Ctrl+Enter). As alterações também são salvas quando você sai do formulário.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;verter</translation>
    </message>
    <message>
        <source>Revert unsaved changes</source>
        <translation>Desfazer as alterações não salvas</translation>
    </message>
    <message>
        <source>Delete source…</source>
        <translation>Excluir fonte…</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Excluir fonte</translation>
    </message>
    <message>
        <source>Source summary</source>
        <translation>Resumo da fonte</translation>
    </message>
    <message>
        <source>Select the sentence(s) that support the claim, then press OK:</source>
        <translation>Selecione a(s) frase(s) que sustentam a afirmação e clique em OK:</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Analysis ready</source>
        <translation>Análise pronta</translation>
    </message>
    <message>
        <source>Starting analysis…</source>
        <translation>Iniciando a análise…</translation>
    </message>
    <message>
        <source>Analysis not started</source>
        <translation>Análise não iniciada</translation>
    </message>
    <message>
        <source>Grammar: off</source>
        <translation>Gramática: desligada</translation>
    </message>
    <message>
        <source>Grammar: not started</source>
        <translation>Gramática: não iniciada</translation>
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
        <translation>Download do LanguageTool cancelado</translation>
    </message>
    <message>
        <source>LanguageTool (about {size} MB) is not downloaded — grammar checking is off until you agree to download it</source>
        <translation>O LanguageTool (cerca de {size} MB) não foi baixado — a revisão gramatical fica desligada até você aceitar o download</translation>
    </message>
    <message>
        <source>Grammar: off — {text}</source>
        <translation>Gramática: desligada — {text}</translation>
    </message>
    <message>
        <source>local server stopped</source>
        <translation>servidor local parado</translation>
    </message>
    <message>
        <source>server not reachable ({label})</source>
        <translation>servidor inacessível ({label})</translation>
    </message>
    <message>
        <source>{where} did not answer within {seconds} s</source>
        <translation>{where} não respondeu em {seconds} s</translation>
    </message>
    <message>
        <source>{where} is limiting requests, retrying later</source>
        <translation>{where} está limitando as solicitações; nova tentativa mais tarde</translation>
    </message>
    <message>
        <source>Grammar: {what} — other checks keep working</source>
        <translation>Gramática: {what} — as outras verificações continuam funcionando</translation>
    </message>
    <message>
        <source>Grammar: local server ready</source>
        <translation>Gramática: servidor local pronto</translation>
    </message>
    <message>
        <source>Grammar: server ready ({url})</source>
        <translation>Gramática: servidor pronto ({url})</translation>
    </message>
    <message>
        <source>Grammar: off — LanguageTool has no Indonesian</source>
        <translation>Gramática: desligada — o LanguageTool não tem indonésio</translation>
    </message>
    <message>
        <source>Grammar: off — LanguageTool has no Korean</source>
        <translation>Gramática: desligada — o LanguageTool não tem coreano</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Tudo salvo</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Loading the French language model…</source>
        <translation>Carregando o modelo de francês…</translation>
    </message>
    <message>
        <source>Loading the Spanish language model…</source>
        <translation>Carregando o modelo de espanhol…</translation>
    </message>
    <message>
        <source>Loading the Portuguese language model…</source>
        <translation>Carregando o modelo de português…</translation>
    </message>
    <message>
        <source>Loading the Indonesian language model…</source>
        <translation>Carregando o modelo de indonésio…</translation>
    </message>
    <message>
        <source>Loading the Japanese language model…</source>
        <translation>Carregando o modelo de japonês…</translation>
    </message>
    <message>
        <source>Loading the Korean language model…</source>
        <translation>Carregando o modelo de coreano…</translation>
    </message>
    <message>
        <source>Loading the English language model…</source>
        <translation>Carregando o modelo de inglês…</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Status bar</source>
        <extracomment>Widest an indicator (analysis, grammar) may grow, in average character widths.</extracomment>
        <translation>Barra de status</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Desfazer exclusão</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Mensagem de status</translation>
    </message>
    <message>
        <source>Analysis status</source>
        <translation>Status da análise</translation>
    </message>
    <message>
        <source>Grammar status</source>
        <translation>Status da gramática</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Cancelar o download</translation>
    </message>
    <message>
        <source>Cancel the LanguageTool download</source>
        <translation>Cancelar o download do LanguageTool</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Tudo salvo</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Status do salvamento</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>Versions</source>
        <translation>Versões</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>Versões, a mais recente primeiro</translation>
    </message>
    <message>
        <source>Version text or differences</source>
        <translation>Texto da versão ou diferenças</translation>
    </message>
    <message>
        <source>Select a version to see it; select two to compare them.</source>
        <translation>Selecione uma versão para vê-la; duas para compará-las.</translation>
    </message>
    <message>
        <source>Compare with &amp;current</source>
        <translation>Comparar com a &amp;atual</translation>
    </message>
    <message>
        <source>Compare &amp;selected</source>
        <translation>Comparar &amp;selecionadas</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>&amp;Name…</source>
        <translation>&amp;Nomear…</translation>
    </message>
    <message>
        <source>Save current as &amp;version…</source>
        <translation>Salvar a atual como &amp;versão…</translation>
    </message>
    <message>
        <source>&amp;Figures…</source>
        <translation>&amp;Números…</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versões:</translation>
    </message>
    <message>
        <source>No versions yet. Versions are saved automatically while you write; use “Save current as version…” to keep a named one.</source>
        <translation>Ainda não há versões. Elas são salvas sozinhas enquanto você escreve; use “Salvar a atual como versão…” para guardar uma com nome.</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Comparar versões</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Restaurar versão</translation>
    </message>
    <message>
        <source>Restored. The previous text is the newest version in the list.</source>
        <translation>Restaurado. O texto anterior é a versão mais recente da lista.</translation>
    </message>
    <message>
        <source>Name version</source>
        <translation>Nomear versão</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Salvar versão</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Opened “{title}”</source>
        <extracomment>How long after the last analysis result the checklist is judged again. What the findings list says until the first analysis of the open script arrives.</extracomment>
        <translation>“{title}” aberto</translation>
    </message>
</context>
</TS>