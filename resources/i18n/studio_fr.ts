<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>About</name>
    <message>
        <source>About Script Studio</source>
        <translation>À propos de Script Studio</translation>
    </message>
    <message>
        <source>Self-test (include it in a support request):</source>
        <translation>Autotest (à joindre à une demande d'aide) :</translation>
    </message>
    <message>
        <source>Running the self-test…</source>
        <translation>Autotest en cours…</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Short-form checklist</source>
        <translation>Liste de contrôle vidéo courte</translation>
    </message>
    <message>
        <source>Show or hide the checklist</source>
        <translation>Afficher ou masquer la liste</translation>
    </message>
    <message>
        <source>Checklist — {done} of {total}</source>
        <translation>Liste — {done} sur {total}</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Main message in the hook</source>
        <translation>Message principal dans l'accroche</translation>
    </message>
    <message>
        <source>One call to action</source>
        <translation>Un seul appel à l'action</translation>
    </message>
    <message>
        <source>Plain numbers</source>
        <translation>Chiffres simples</translation>
    </message>
    <message>
        <source>Absolute risk given</source>
        <translation>Risque absolu donné</translation>
    </message>
    <message>
        <source>Every claim cited</source>
        <translation>Chaque affirmation sourcée</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>jargon</source>
        <translation>jargon</translation>
    </message>
    <message>
        <source>acronyms</source>
        <translation>sigles</translation>
    </message>
    <message>
        <source>readability</source>
        <translation>lisibilité</translation>
    </message>
    <message>
        <source>long words</source>
        <translation>mots longs</translation>
    </message>
    <message>
        <source>passive voice</source>
        <translation>voix passive</translation>
    </message>
    <message>
        <source>uncited claims</source>
        <translation>affirmations sans source</translation>
    </message>
    <message>
        <source>citation markers</source>
        <translation>renvois aux sources</translation>
    </message>
    <message>
        <source>claim–source consistency</source>
        <translation>cohérence avec les sources</translation>
    </message>
    <message>
        <source>drafting from research</source>
        <translation>brouillon à partir de la recherche</translation>
    </message>
    <message>
        <source>grammar (LanguageTool)</source>
        <translation>grammaire (LanguageTool)</translation>
    </message>
</context>
<context>
    <name>Cite</name>
    <message>
        <source>Cite a source</source>
        <translation>Citer une source</translation>
    </message>
    <message>
        <source>Filter sources by key, title or author</source>
        <translation>Filtrer les sources par clé, titre ou auteur</translation>
    </message>
    <message>
        <source>Filter sources</source>
        <translation>Filtrer les sources</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>&amp;Passage it rests on (optional):</source>
        <translation>&amp;Passage sur lequel elle repose (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Insert citation</source>
        <translation>&amp;Insérer le renvoi</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Speaking time</source>
        <translation>Durée de parole</translation>
    </message>
    <message>
        <source>Platform and target length</source>
        <translation>Plateforme et durée cible</translation>
    </message>
    <message>
        <source>Where the video goes: sets the target length</source>
        <translation>Où la vidéo sera publiée : fixe la durée cible</translation>
    </message>
    <message>
        <source>Checks not available in this language</source>
        <translation>Vérifications indisponibles dans cette langue</translation>
    </message>
    <message>
        <source>Speaking time of each segment</source>
        <translation>Durée de parole de chaque segment</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plateforme</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Niveau scolaire</translation>
    </message>
    <message>
        <source>Reading ease</source>
        <translation>Facilité de lecture</translation>
    </message>
    <message>
        <source>Jargon</source>
        <translation>Jargon</translation>
    </message>
    <message>
        <source>Uncited claims</source>
        <translation>Affirmations sans source</translation>
    </message>
    <message>
        <source>{seconds} of {target}</source>
        <translation>{seconds} sur {target}</translation>
    </message>
    <message>
        <source> — {over} too long</source>
        <translation> — {over} de trop</translation>
    </message>
    <message>
        <source>— (no text yet)</source>
        <translation>— (pas encore de texte)</translation>
    </message>
    <message>
        <source>{value} (target {target} or lower)</source>
        <translation>{value} (cible {target} ou moins)</translation>
    </message>
    <message>
        <source>{level} ({measure} {score})</source>
        <translation>{level} ({measure} {score})</translation>
    </message>
    <message>
        <source>1 term</source>
        <translation>1 terme</translation>
    </message>
    <message>
        <source>{count} terms</source>
        <translation>{count} termes</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} sur {total}</translation>
    </message>
    <message>
        <source>Readability</source>
        <translation>Lisibilité</translation>
    </message>
    <message>
        <source>Off in {language} (no rules yet): {checks}</source>
        <translation>Désactivé en {language} (pas encore de règles) : {checks}</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <source>very easy</source>
        <translation>très facile</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>facile</translation>
    </message>
    <message>
        <source>fairly easy</source>
        <translation>assez facile</translation>
    </message>
    <message>
        <source>plain English</source>
        <translation>anglais simple</translation>
    </message>
    <message>
        <source>fairly difficult</source>
        <translation>assez difficile</translation>
    </message>
    <message>
        <source>difficult</source>
        <translation>difficile</translation>
    </message>
    <message>
        <source>very difficult</source>
        <translation>très difficile</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export script</source>
        <translation>Exporter le script</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d'export</translation>
    </message>
    <message>
        <source>Include on-screen text and visual notes</source>
        <translation>Inclure le texte à l'écran et les notes visuelles</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>Copy this export to the clipboard (text formats)</source>
        <translation>Copier cet export dans le presse-papiers (formats texte)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Before and after bar chart</source>
        <translation>Graphique avant/après</translation>
    </message>
    <message>
        <source>Before and after report</source>
        <translation>Rapport avant/après</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;Avant :</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Après :</translation>
    </message>
    <message>
        <source>Figures before and after</source>
        <translation>Chiffres avant/après</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Checklist before and after</source>
        <translation>Liste de contrôle avant/après</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Teleprompter</source>
        <translation>Prompteur</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>No findings yet.</source>
        <translation>Aucune remarque pour l'instant.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>What the colours mean; show or hide each kind</source>
        <translation>Ce que signifient les couleurs ; afficher ou masquer chaque type</translation>
    </message>
    <message>
        <source>Show highlight legend</source>
        <translation>Afficher la légende des surlignages</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Selected finding</source>
        <translation>Remarque sélectionnée</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Écartées</translation>
    </message>
    <message>
        <source>No findings — nice and clear.</source>
        <translation>Aucune remarque — clair et net.</translation>
    </message>
    <message>
        <source>1 finding · F8 next, Shift+F8 previous</source>
        <translation>1 remarque · F8 suivante, Maj+F8 précédente</translation>
    </message>
    <message>
        <source>{count} findings · F8 next, Shift+F8 previous</source>
        <translation>{count} remarques · F8 suivante, Maj+F8 précédente</translation>
    </message>
    <message>
        <source>&lt;span style='color:gray'&gt;Select a finding to see what to do about it.&lt;/span&gt;</source>
        <translation>&lt;span style='color:gray'&gt;Sélectionnez une remarque pour voir quoi faire.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Result of the fix</source>
        <translation>Résultat de la correction</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Legend and shortcuts</source>
        <translation>Légende et raccourcis</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Legend text</source>
        <translation>Texte de la légende</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Very hard sentence</source>
        <extracomment>Order of groups in the findings panel and legend (most important first).</extracomment>
        <translation>Phrase très difficile</translation>
    </message>
    <message>
        <source>Split it into two or three short sentences, one idea each.</source>
        <translation>Coupez-la en deux ou trois phrases courtes, une idée chacune.</translation>
    </message>
    <message>
        <source>Hard sentence</source>
        <translation>Phrase difficile</translation>
    </message>
    <message>
        <source>Shorten it or split it; put the main point first.</source>
        <translation>Raccourcissez-la ou coupez-la ; l'essentiel en premier.</translation>
    </message>
    <message>
        <source>Passive voice</source>
        <translation>Voix passive</translation>
    </message>
    <message>
        <source>Say who does what: “researchers found”, not “it was found”.</source>
        <translation>Dites qui fait quoi : « les chercheurs ont trouvé », pas « il a été trouvé ».</translation>
    </message>
    <message>
        <source>Jargon</source>
        <translation>Jargon</translation>
    </message>
    <message>
        <source>Use a plain word your viewers already know, or explain it once.</source>
        <translation>Utilisez un mot simple que vos spectateurs connaissent, ou expliquez-le une fois.</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Long word</source>
        <translation>Mot long</translation>
    </message>
    <message>
        <source>Uncited claim</source>
        <translation>Affirmation sans source</translation>
    </message>
    <message>
        <source>Link the source it comes from (Cite a source…), or soften the claim.</source>
        <translation>Reliez la source (Citer une source…) ou nuancez l'affirmation.</translation>
    </message>
    <message>
        <source>Unknown citation</source>
        <translation>Renvoi inconnu</translation>
    </message>
    <message>
        <source>Number differs from source</source>
        <translation>Chiffre différent de la source</translation>
    </message>
    <message>
        <source>Stronger than the evidence</source>
        <translation>Plus fort que les preuves</translation>
    </message>
    <message>
        <source>Relative risk only</source>
        <translation>Risque relatif seulement</translation>
    </message>
    <message>
        <source>Population left out</source>
        <translation>Population omise</translation>
    </message>
    <message>
        <source>Grammar</source>
        <translation>Grammaire</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Orthographe</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>indonésien</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonais</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>coréen</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Bundle imported</source>
        <translation>Paquet importé</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Search scripts and sources…</source>
        <translation>Chercher scripts et sources…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Chercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Full-text search over script text and source titles, authors and summaries</source>
        <translation>Recherche dans le texte des scripts et les titres, auteurs et résumés des sources</translation>
    </message>
    <message>
        <source>Projects, scripts and sources</source>
        <translation>Projets, scripts et sources</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>Search result count</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>New project, script or source</source>
        <translation>Nouveau projet, script ou source</translation>
    </message>
    <message>
        <source>Create a project, a script or a source</source>
        <translation>Créer un projet, un script ou une source</translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation>Sources ({count})</translation>
    </message>
    <message>
        <source>Research sources of this project; cite them as [@key] or [n]</source>
        <translation>Sources de recherche du projet ; citez-les avec [@clé] ou [n]</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Library</source>
        <extracomment>Side panels cannot be dragged narrower than this. On close, how long each background thread (analysis, grammar) may take to stop before the app quits without it.</extracomment>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Read-only library: changes cannot be saved</source>
        <translation>Bibliothèque en lecture seule : impossible d'enregistrer</translation>
    </message>
    <message>
        <source>Starting analysis…</source>
        <translation>Démarrage de l'analyse…</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Toutes les modifications sont enregistrées.</translation>
    </message>
    <message>
        <source>Open or select a project first: the draft is made from its sources.</source>
        <translation>Ouvrez ou sélectionnez d'abord un projet : le brouillon vient de ses sources.</translation>
    </message>
    <message>
        <source>Create a project first.</source>
        <translation>Créez d'abord un projet.</translation>
    </message>
    <message>
        <source>Select a project to export.</source>
        <translation>Sélectionnez un projet à exporter.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation>Nouveau &amp;projet…</translation>
    </message>
    <message>
        <source>Create a project with its settings and a first script</source>
        <translation>Créer un projet avec ses réglages et un premier script</translation>
    </message>
    <message>
        <source>&amp;New script…</source>
        <translation>&amp;Nouveau script…</translation>
    </message>
    <message>
        <source>Add a script to the current project</source>
        <translation>Ajouter un script au projet</translation>
    </message>
    <message>
        <source>Add so&amp;urce</source>
        <translation>Ajouter une so&amp;urce</translation>
    </message>
    <message>
        <source>Add a research source to the current project</source>
        <translation>Ajouter une source de recherche au projet</translation>
    </message>
    <message>
        <source>Import s&amp;ources…</source>
        <translation>Importer des s&amp;ources…</translation>
    </message>
    <message>
        <source>Import papers and reference lists (PDF, Word, text, RIS, BibTeX, NBIB) into the current project; you can also drop files on the library</source>
        <translation>Importer articles et listes de références (PDF, Word, texte, RIS, BibTeX, NBIB) dans le projet ; vous pouvez aussi déposer des fichiers sur la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
        <source>Import a .studio bundle as a new project</source>
        <translation>Importer un paquet .studio comme nouveau projet</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exporter le paquet…</translation>
    </message>
    <message>
        <source>Save the current project as a .studio bundle to share or back up</source>
        <translation>Enregistrer le projet en paquet .studio pour le partager ou le sauvegarder</translation>
    </message>
    <message>
        <source>E&amp;xport script…</source>
        <translation>E&amp;xporter le script…</translation>
    </message>
    <message>
        <source>Captions (SRT, WebVTT), Word, video description, PDF, Markdown, teleprompter text, CSV</source>
        <translation>Sous-titres (SRT, WebVTT), Word, description de vidéo, PDF, Markdown, texte de prompteur, CSV</translation>
    </message>
    <message>
        <source>&amp;Copy script</source>
        <translation>&amp;Copier le script</translation>
    </message>
    <message>
        <source>Put the spoken text (without citation markers) on the clipboard</source>
        <translation>Copier le texte parlé (sans les renvois aux sources)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save now (changes are also saved automatically)</source>
        <translation>Enregistrer maintenant (l'enregistrement est aussi automatique)</translation>
    </message>
    <message>
        <source>Save &amp;version…</source>
        <translation>Enregistrer une &amp;version…</translation>
    </message>
    <message>
        <source>Keep a named snapshot of the script</source>
        <translation>Garder une copie nommée du script</translation>
    </message>
    <message>
        <source>Ve&amp;rsions…</source>
        <translation>Ve&amp;rsions…</translation>
    </message>
    <message>
        <source>Browse, compare and restore versions of the script</source>
        <translation>Parcourir, comparer et restaurer les versions du script</translation>
    </message>
    <message>
        <source>Project se&amp;ttings…</source>
        <translation>Réglages du pro&amp;jet…</translation>
    </message>
    <message>
        <source>Platform, target length, reading grade and speaking rate</source>
        <translation>Plateforme, durée cible, niveau de lecture et débit de parole</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last change to the script text (a quick fix too)</source>
        <translation>Annuler la dernière modification du texte (correction rapide comprise)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo the change to the script text undone last</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Annuler la &amp;suppression</translation>
    </message>
    <message>
        <source>Bring back the project, script or source deleted last</source>
        <translation>Rétablir le dernier projet, script ou source supprimé</translation>
    </message>
    <message>
        <source>Re&amp;name	F2</source>
        <translation>Re&amp;nommer	F2</translation>
    </message>
    <message>
        <source>Rename the item selected in the library</source>
        <translation>Renommer l'élément sélectionné</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Copy the project or script selected in the library</source>
        <translation>Copier le projet ou script sélectionné</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the item selected in the library (asks first)</source>
        <translation>Supprimer l'élément sélectionné (avec confirmation)</translation>
    </message>
    <message>
        <source>&amp;Find in library</source>
        <translation>&amp;Chercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Search scripts and sources</source>
        <translation>Chercher dans les scripts et les sources</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;éférences…</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>&amp;Script</translation>
    </message>
    <message>
        <source>&amp;Teleprompter</source>
        <translation>&amp;Prompteur</translation>
    </message>
    <message>
        <source>Full-screen prompter at the project's words per minute: Space starts, Esc leaves</source>
        <translation>Prompteur plein écran au débit du projet : Espace démarre, Échap quitte</translation>
    </message>
    <message>
        <source>&amp;Draft from research…</source>
        <translation>&amp;Brouillon à partir de la recherche…</translation>
    </message>
    <message>
        <source>Pick key findings of a source and get a cited draft script</source>
        <translation>Choisir les résultats clés d'une source et obtenir un brouillon avec ses sources</translation>
    </message>
    <message>
        <source>&amp;Before/after report…</source>
        <translation>Rapport &amp;avant/après…</translation>
    </message>
    <message>
        <source>Compare two versions (first draft vs now): figures, chart, what changed; export as PDF or HTML</source>
        <translation>Comparer deux versions (premier brouillon et maintenant) : chiffres, graphique, changements ; export PDF ou HTML</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Go to &amp;library</source>
        <translation>Aller à la &amp;bibliothèque</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the library tree</source>
        <translation>Placer le curseur dans la bibliothèque</translation>
    </message>
    <message>
        <source>Go to &amp;script</source>
        <translation>Aller au &amp;script</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the script text</source>
        <translation>Placer le curseur dans le texte du script</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Larger text in the editor and the panels (also Ctrl+wheel)</source>
        <translation>Texte plus grand dans l'éditeur et les panneaux (aussi Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Text back to its normal size (presenter mode: its own default)</source>
        <translation>Texte à sa taille normale (mode présentateur : sa propre taille)</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>Mode &amp;présentateur</translation>
    </message>
    <message>
        <source>Large type, high-contrast highlights and a layout for a 1280×720 projector</source>
        <translation>Grands caractères, surlignages contrastés et mise en page pour un projecteur 1280×720</translation>
    </message>
    <message>
        <source>&amp;Highlights</source>
        <translation>&amp;Surlignages</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Tout &amp;afficher</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Legend and shortcuts</source>
        <translation>&amp;Légende et raccourcis</translation>
    </message>
    <message>
        <source>&amp;Reset demo…</source>
        <translation>&amp;Réinitialiser la démo…</translation>
    </message>
    <message>
        <source>Put the demo project back as shipped (the same exercise for every group)</source>
        <translation>Remettre le projet de démonstration d'origine (le même exercice pour chaque groupe)</translation>
    </message>
    <message>
        <source>&amp;About Script Studio</source>
        <translation>À &amp;propos de Script Studio</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Default target reading grade</source>
        <translation>Niveau de lecture cible par défaut</translation>
    </message>
    <message>
        <source> words/min</source>
        <translation> mots/min</translation>
    </message>
    <message>
        <source>Default speaking rate</source>
        <translation>Débit de parole par défaut</translation>
    </message>
    <message>
        <source>Default platform</source>
        <translation>Plateforme par défaut</translation>
    </message>
    <message>
        <source>Defaults for new projects</source>
        <translation>Valeurs par défaut des nouveaux projets</translation>
    </message>
    <message>
        <source>Reading &amp;grade:</source>
        <translation>&amp;Niveau de lecture :</translation>
    </message>
    <message>
        <source>Speaking &amp;rate:</source>
        <translation>&amp;Débit de parole :</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme :</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Fichier de bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose library file</source>
        <translation>Choisir le fichier de bibliothèque</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <source>Use the default library location</source>
        <translation>Utiliser l'emplacement par défaut</translation>
    </message>
    <message>
        <source>A new location applies the next time Script Studio starts. An empty field means the default location.</source>
        <translation>Un nouvel emplacement s'applique au prochain démarrage. Un champ vide signifie l'emplacement par défaut.</translation>
    </message>
    <message>
        <source>Show these highlights</source>
        <translation>Afficher ces surlignages</translation>
    </message>
    <message>
        <source>Grammar checking</source>
        <translation>Vérification grammaticale</translation>
    </message>
    <message>
        <source>LanguageTool server URL</source>
        <translation>Adresse du serveur LanguageTool</translation>
    </message>
    <message>
        <source>&amp;Download LanguageTool for the local checker (about 250 MB, once)</source>
        <translation>&amp;Télécharger LanguageTool pour la vérification locale (environ 250 Mo, une fois)</translation>
    </message>
    <message>
        <source>The local checker needs LanguageTool on this computer. Nothing is downloaded unless this is ticked; your scripts are never sent.</source>
        <translation>La vérification locale a besoin de LanguageTool sur cet ordinateur. Rien n'est téléchargé sans cette case ; vos scripts ne sont jamais envoyés.</translation>
    </message>
    <message>
        <source>Allow downloading LanguageTool</source>
        <translation>Autoriser le téléchargement de LanguageTool</translation>
    </message>
    <message>
        <source>Grammar and spelling</source>
        <translation>Grammaire et orthographe</translation>
    </message>
    <message>
        <source>&amp;Checker:</source>
        <translation>&amp;Vérificateur :</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;Adresse du serveur :</translation>
    </message>
    <message>
        <source>Grammar server</source>
        <translation>Serveur de grammaire</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source> words/min</source>
        <extracomment>The pace's unit after the number (translated where shown).</extracomment>
        <translation> mots/min</translation>
    </message>
    <message>
        <source> morae/min</source>
        <translation> mores/min</translation>
    </message>
    <message>
        <source> syllables/min</source>
        <translation> syllabes/min</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>Réglages du projet</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>e.g. Sleep and teen anxiety</source>
        <translation>ex. Sommeil et anxiété des ados</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Titre du projet</translation>
    </message>
    <message>
        <source>Platform preset</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>The platform sets the target length of the video.</source>
        <translation>La plateforme fixe la durée cible de la vidéo.</translation>
    </message>
    <message>
        <source>Script language</source>
        <translation>Langue du script</translation>
    </message>
    <message>
        <source>The language the script is written in: it picks the checks, the readability formula and the speaking pace.</source>
        <translation>La langue du script : elle choisit les vérifications, la formule de lisibilité et le débit de parole.</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Remarque sur la langue</translation>
    </message>
    <message>
        <source>Target length in seconds</source>
        <translation>Durée cible en secondes</translation>
    </message>
    <message>
        <source>Target reading grade</source>
        <translation>Niveau de lecture cible</translation>
    </message>
    <message>
        <source>US school grade. 6–8 suits a general audience.</source>
        <translation>Niveau scolaire américain. 6 à 8 convient au grand public.</translation>
    </message>
    <message>
        <source>Speaking rate in words per minute</source>
        <translation>Débit de parole en mots par minute</translation>
    </message>
    <message>
        <source>Your speaking pace; 130–160 is typical for short videos.</source>
        <translation>Votre débit ; 130 à 160 est courant pour les vidéos courtes.</translation>
    </message>
    <message>
        <source>Length hint</source>
        <translation>Indication de durée</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme :</translation>
    </message>
    <message>
        <source>Target &amp;length:</source>
        <translation>&amp;Durée cible :</translation>
    </message>
    <message>
        <source>Reading &amp;grade:</source>
        <translation>&amp;Niveau de lecture :</translation>
    </message>
    <message>
        <source>Speaking &amp;rate:</source>
        <translation>&amp;Débit de parole :</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Speaking rate per minute</source>
        <translation>Débit de parole par minute</translation>
    </message>
    <message>
        <source>Scripts in this language are rated easy / medium / hard by their own readability measure; the US grade applies to English only.</source>
        <translation>Les scripts dans cette langue sont notés facile / moyen / difficile par leur propre mesure de lisibilité ; le niveau scolaire américain ne vaut que pour l'anglais.</translation>
    </message>
    <message>
        <source>Not available in {language} yet: {checks}.</source>
        <translation>Pas encore disponible en {language} : {checks}.</translation>
    </message>
    <message>
        <source>About {count} morae fit in {seconds} seconds.</source>
        <translation>Environ {count} mores tiennent en {seconds} secondes.</translation>
    </message>
    <message>
        <source>About {count} syllables fit in {seconds} seconds.</source>
        <translation>Environ {count} syllabes tiennent en {seconds} secondes.</translation>
    </message>
    <message>
        <source>About {count} spoken words fit in {seconds} seconds.</source>
        <translation>Environ {count} mots parlés tiennent en {seconds} secondes.</translation>
    </message>
</context>
<context>
    <name>QuickFix</name>
    <message>
        <source>&amp;Restore (show it again)</source>
        <extracomment>Kinds whose suggestions are replacement text (elsewhere a suggestion is advice). Kinds about what a cited source says: offer to open that source. Kinds the creator can keep on purpose via the project allow-list. Kinds fixed by linking a source. Suggestions longer than this read like advice, not like a replacement. Actions that edit the text with a planned :class:`Rewrite` (its ``result`` is the preview). Kinds whose suggestions are plain alternatives: when none fits the sentence they are shown instead. Kinds that come from LanguageTool, whose rules the creator can turn off.</extracomment>
        <translation>&amp;Rétablir (l'afficher à nouveau)</translation>
    </message>
    <message>
        <source>Show alternatives…</source>
        <translation>Voir les alternatives…</translation>
    </message>
    <message>
        <source>Show other alternatives…</source>
        <translation>Voir d'autres alternatives…</translation>
    </message>
    <message>
        <source>&amp;Cite a source…</source>
        <translation>&amp;Citer une source…</translation>
    </message>
    <message>
        <source>&amp;Cite a source… (add sources first)</source>
        <translation>&amp;Citer une source… (ajoutez d'abord des sources)</translation>
    </message>
    <message>
        <source>&amp;Keep “{term}” in this project</source>
        <translation>&amp;Garder « {term} » dans ce projet</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>&amp;Écarter…</translation>
    </message>
</context>
<context>
    <name>Research</name>
    <message>
        <source>Draft from research</source>
        <translation>Brouillon à partir de la recherche</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target length in seconds</source>
        <translation>Durée cible en secondes</translation>
    </message>
    <message>
        <source>Script title</source>
        <translation>Titre du script</translation>
    </message>
    <message>
        <source>Key findings, strongest first</source>
        <translation>Résultats clés, les plus forts d'abord</translation>
    </message>
    <message>
        <source>Draft preview</source>
        <translation>Aperçu du brouillon</translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation>État du brouillon</translation>
    </message>
    <message>
        <source>Tick &amp;suggested</source>
        <translation>Cocher les &amp;suggestions</translation>
    </message>
    <message>
        <source>Go back to the findings suggested for this source</source>
        <translation>Revenir aux résultats suggérés pour cette source</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>Script &amp;title:</source>
        <translation>&amp;Titre du script :</translation>
    </message>
    <message>
        <source>Key &amp;findings (tick the ones to use):</source>
        <translation>&amp;Résultats clés (cochez ceux à utiliser) :</translation>
    </message>
    <message>
        <source>&amp;Preview (cited to the source; you can edit everything after creating it):</source>
        <translation>&amp;Aperçu (avec ses sources ; tout reste modifiable après la création) :</translation>
    </message>
    <message>
        <source>&amp;Create script</source>
        <translation>&amp;Créer le script</translation>
    </message>
    <message>
        <source>Create script</source>
        <translation>Créer le script</translation>
    </message>
    <message>
        <source>This project has no sources yet. Add a paper (paste its abstract or import a RIS, BibTeX, PDF or Word file) and come back here.</source>
        <translation>Ce projet n'a pas encore de sources. Ajoutez un article (collez son résumé ou importez un fichier RIS, BibTeX, PDF ou Word) puis revenez ici.</translation>
    </message>
</context>
<context>
    <name>Segment</name>
    <message>
        <source>Open a script from the library to start writing.</source>
        <extracomment>Asks "remove this segment?"; returns True to remove. Replaceable in tests.</extracomment>
        <translation>Ouvrez un script de la bibliothèque pour commencer à écrire.</translation>
    </message>
    <message>
        <source>&amp;Add segment</source>
        <translation>&amp;Ajouter un segment</translation>
    </message>
    <message>
        <source>Add segment at the end</source>
        <translation>Ajouter un segment à la fin</translation>
    </message>
    <message>
        <source>Script segments</source>
        <translation>Segments du script</translation>
    </message>
    <message>
        <source>Segment name</source>
        <extracomment>Fills the editor's context menu with quick fixes for the entries under the mouse. Adds actions for what is at a Qt position (e.g. "Open source" on a citation marker).</extracomment>
        <translation>Nom du segment</translation>
    </message>
    <message>
        <source>Segment name (F2 to rename)</source>
        <translation>Nom du segment (F2 pour renommer)</translation>
    </message>
    <message>
        <source>Speaking time of this segment at the project's speaking rate</source>
        <translation>Durée de parole de ce segment au débit du projet</translation>
    </message>
    <message>
        <source>What you say — the voice-over</source>
        <translation>Ce que vous dites — la voix off</translation>
    </message>
    <message>
        <source>On-screen text: captions, key numbers, the source</source>
        <translation>Texte à l'écran : sous-titres, chiffres clés, la source</translation>
    </message>
    <message>
        <source>Visual notes: b-roll, gestures, graphics</source>
        <translation>Notes visuelles : plans de coupe, gestes, graphiques</translation>
    </message>
    <message>
        <source>&amp;On screen</source>
        <translation>À l'é&amp;cran</translation>
    </message>
    <message>
        <source>&amp;Visuals</source>
        <translation>&amp;Visuels</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l'interface</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The app's menus and labels; applies the next time Script Studio starts. A script's own language is set in its project.</source>
        <translation>Les menus et libellés de l'application ; s'applique au prochain démarrage. La langue d'un script se règle dans son projet.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Source editor</source>
        <translation>Éditeur de source</translation>
    </message>
    <message>
        <source>No source selected</source>
        <translation>Aucune source sélectionnée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the URL in the browser</source>
        <translation>Ouvrir l'adresse dans le navigateur</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Paste the abstract or your summary of the findings here. Claims in the script are checked against this text.</source>
        <translation>Collez ici le résumé de l'article ou votre résumé des résultats. Les affirmations du script sont vérifiées par rapport à ce texte.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Your own notes (not used by the checks)</source>
        <translation>Vos notes (non utilisées par les vérifications)</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Validation message</source>
        <translation>Message de validation</translation>
    </message>
    <message>
        <source>&amp;Save source</source>
        <translation>&amp;Enregistrer la source</translation>
    </message>
    <message>
        <source>Save source</source>
        <translation>Enregistrer la source</translation>
    </message>
    <message>
        <source>Save the source (Ctrl+Return). Changes are also saved when you leave the form.</source>
        <translation>Enregistrer la source (Ctrl+Entrée). Les modifications sont aussi enregistrées quand vous quittez le formulaire.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>An&amp;nuler les changements</translation>
    </message>
    <message>
        <source>Revert unsaved changes</source>
        <translation>Annuler les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Delete source…</source>
        <translation>Supprimer la source…</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <source>Source summary</source>
        <translation>Résumé de la source</translation>
    </message>
    <message>
        <source>Select the sentence(s) that support the claim, then press OK:</source>
        <translation>Sélectionnez la ou les phrases qui appuient l'affirmation, puis OK :</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Analysis ready</source>
        <translation>Analyse prête</translation>
    </message>
    <message>
        <source>Starting analysis…</source>
        <translation>Démarrage de l'analyse…</translation>
    </message>
    <message>
        <source>Analysis not started</source>
        <translation>Analyse non démarrée</translation>
    </message>
    <message>
        <source>Grammar: off</source>
        <translation>Grammaire : désactivée</translation>
    </message>
    <message>
        <source>Grammar: not started</source>
        <translation>Grammaire : non démarrée</translation>
    </message>
    <message>
        <source>local server</source>
        <translation>serveur local</translation>
    </message>
    <message>
        <source>server ({url})</source>
        <translation>serveur ({url})</translation>
    </message>
    <message>
        <source>LanguageTool download cancelled</source>
        <translation>Téléchargement de LanguageTool annulé</translation>
    </message>
    <message>
        <source>LanguageTool (about {size} MB) is not downloaded — grammar checking is off until you agree to download it</source>
        <translation>LanguageTool (environ {size} Mo) n'est pas téléchargé — la grammaire reste désactivée tant que vous n'acceptez pas le téléchargement</translation>
    </message>
    <message>
        <source>Grammar: off — {text}</source>
        <translation>Grammaire : désactivée — {text}</translation>
    </message>
    <message>
        <source>local server stopped</source>
        <translation>serveur local arrêté</translation>
    </message>
    <message>
        <source>server not reachable ({label})</source>
        <translation>serveur injoignable ({label})</translation>
    </message>
    <message>
        <source>{where} did not answer within {seconds} s</source>
        <translation>{where} n'a pas répondu en {seconds} s</translation>
    </message>
    <message>
        <source>{where} is limiting requests, retrying later</source>
        <translation>{where} limite les requêtes, nouvel essai plus tard</translation>
    </message>
    <message>
        <source>Grammar: {what} — other checks keep working</source>
        <translation>Grammaire : {what} — les autres vérifications continuent</translation>
    </message>
    <message>
        <source>Grammar: local server ready</source>
        <translation>Grammaire : serveur local prêt</translation>
    </message>
    <message>
        <source>Grammar: server ready ({url})</source>
        <translation>Grammaire : serveur prêt ({url})</translation>
    </message>
    <message>
        <source>Grammar: off — LanguageTool has no Indonesian</source>
        <translation>Grammaire : désactivée — LanguageTool ne connaît pas l'indonésien</translation>
    </message>
    <message>
        <source>Grammar: off — LanguageTool has no Korean</source>
        <translation>Grammaire : désactivée — LanguageTool ne connaît pas le coréen</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Tout est enregistré</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Loading the French language model…</source>
        <translation>Chargement du modèle de langue française…</translation>
    </message>
    <message>
        <source>Loading the Spanish language model…</source>
        <translation>Chargement du modèle de langue espagnole…</translation>
    </message>
    <message>
        <source>Loading the Portuguese language model…</source>
        <translation>Chargement du modèle de langue portugaise…</translation>
    </message>
    <message>
        <source>Loading the Indonesian language model…</source>
        <translation>Chargement du modèle de langue indonésienne…</translation>
    </message>
    <message>
        <source>Loading the Japanese language model…</source>
        <translation>Chargement du modèle de langue japonaise…</translation>
    </message>
    <message>
        <source>Loading the Korean language model…</source>
        <translation>Chargement du modèle de langue coréenne…</translation>
    </message>
    <message>
        <source>Loading the English language model…</source>
        <translation>Chargement du modèle de langue anglaise…</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Status bar</source>
        <extracomment>Widest an indicator (analysis, grammar) may grow, in average character widths.</extracomment>
        <translation>Barre d'état</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Message d'état</translation>
    </message>
    <message>
        <source>Analysis status</source>
        <translation>État de l'analyse</translation>
    </message>
    <message>
        <source>Grammar status</source>
        <translation>État de la grammaire</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Cancel the LanguageTool download</source>
        <translation>Annuler le téléchargement de LanguageTool</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Tout est enregistré</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l'enregistrement</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>Versions, la plus récente d'abord</translation>
    </message>
    <message>
        <source>Version text or differences</source>
        <translation>Texte de la version ou différences</translation>
    </message>
    <message>
        <source>Select a version to see it; select two to compare them.</source>
        <translation>Sélectionnez une version pour la voir ; deux pour les comparer.</translation>
    </message>
    <message>
        <source>Compare with &amp;current</source>
        <translation>Comparer avec la version &amp;actuelle</translation>
    </message>
    <message>
        <source>Compare &amp;selected</source>
        <translation>Comparer la &amp;sélection</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>&amp;Name…</source>
        <translation>&amp;Nommer…</translation>
    </message>
    <message>
        <source>Save current as &amp;version…</source>
        <translation>Enregistrer comme &amp;version…</translation>
    </message>
    <message>
        <source>&amp;Figures…</source>
        <translation>&amp;Chiffres…</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versions :</translation>
    </message>
    <message>
        <source>No versions yet. Versions are saved automatically while you write; use “Save current as version…” to keep a named one.</source>
        <translation>Pas encore de versions. Elles sont enregistrées automatiquement pendant que vous écrivez ; utilisez « Enregistrer comme version… » pour en garder une nommée.</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Comparer les versions</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Restaurer la version</translation>
    </message>
    <message>
        <source>Restored. The previous text is the newest version in the list.</source>
        <translation>Restauré. Le texte précédent est la version la plus récente de la liste.</translation>
    </message>
    <message>
        <source>Name version</source>
        <translation>Nommer la version</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Enregistrer la version</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Opened “{title}”</source>
        <extracomment>How long after the last analysis result the checklist is judged again. What the findings list says until the first analysis of the open script arrives.</extracomment>
        <translation>« {title} » ouvert</translation>
    </message>
</context>
</TS>