"""Français : les textes d’aide de la ligne de commande (``help.*``) et les mots de Click."""

from __future__ import annotations

from relcanvas.i18n import Entry

MESSAGES: dict[str, Entry] = {
    # --- help: the application ---
    "help.app": "Valider, analyser, comparer et mettre en page des canevas de relation client "
    "«\u00a0Modes de relation\u00a0».",
    "help.version": "Afficher la version.",
    "help.help": "Afficher cette aide et quitter.",
    # --- help: shared options ---
    "help.paths": "Fichiers de canevas, dossiers, ou - pour l’entrée standard.",
    "help.format_item": "{name}\u00a0: {description}",
    "help.format": "Format de sortie\u00a0: {choices}.",
    "help.lang": "Langue des messages et des libellés\u00a0: fr ou en (par défaut\u00a0: la "
    "langue du canevas, sinon LC_ALL/LC_MESSAGES/LANG, sinon l’anglais).",
    "help.skip_non_canvas": "Ignorer les fichiers YAML donnés en argument qui n’ont pas de clé "
    "«\u00a0relcanvas:\u00a0» au premier niveau, comme le fait le parcours des dossiers "
    "(pre-commit "
    "transmet chaque fichier YAML modifié).",
    "help.max_size": "Refuser les fichiers plus gros que cette taille.",
    "help.limit": "Modifier une limite de lecture des données non fiables (nodes, keys, items, "
    "entries, references, scalar, depth, problems…\u00a0; voir docs/format.md#limits).",
    "help.force": "Écraser un fichier existant.",
    # --- help: init, schema ---
    "help.init": "Écrire un canevas de départ valide, avec la question qui guide chaque bloc.",
    "help.init_path": "Fichier à créer, ou - pour la sortie standard.",
    "help.init_lang": "Langue du guide\u00a0: fr ou en.",
    "help.title": "Le titre du canevas.",
    "help.schema_ref": "Chemin ou URL du schéma, pour le commentaire "
    "«\u00a0yaml-language-server\u00a0» "
    "lu par l’éditeur.",
    "help.schema": "Afficher le schéma JSON du format de canevas (pour les éditeurs et "
    "check-jsonschema).",
    "help.schema_output": "Écrire dans ce fichier plutôt que sur la sortie standard.",
    # --- help: validate ---
    "help.validate": "Vérifier que les fichiers sont des canevas bien formés\u00a0: structure, "
    "vocabulaires, références.",
    # --- help: lint, rules, rule ---
    "help.lint": "Confronter les canevas aux bonnes pratiques de la méthode et aux erreurs "
    "courantes.",
    "help.fail_on": "Gravité la plus basse qui donne le code de sortie 1\u00a0: {choices}.",
    "help.exit_zero": "Renvoyer le code de sortie 0 même en cas de constats.",
    "help.select": "N’appliquer que ces règles (codes, préfixes, noms).",
    "help.ignore": "Ignorer ces règles (codes, préfixes, noms).",
    "help.config": "Utiliser ce fichier de configuration plutôt que le plus proche.",
    "help.statistics": "Compter aussi les constats par règle.",
    "help.rules": "Lister toutes les règles\u00a0: code, nom, gravité, bloc et ce qu’elle relève.",
    "help.rule": "Expliquer une règle\u00a0: ce qu’elle vérifie, pourquoi c’est important, un "
    "exemple, comment corriger.",
    "help.rule_name": "Le code ou le nom d’une règle.",
    "help.words_lang": "Langue\u00a0: fr ou en (par défaut\u00a0: LC_ALL/LC_MESSAGES/LANG, "
    "sinon l’anglais).",
    # --- help: diff, git-diff ---
    "help.diff": "Montrer ce qui a changé dans la stratégie entre deux versions d’un "
    "canevas, bloc par bloc.",
    "help.diff_args": "Deux fichiers\u00a0; une révision git et un fichier (comparé à la "
    "copie de travail)\u00a0; ou deux révisions et un fichier.",
    "help.stat": "Ne faire que compter les changements par bloc.",
    "help.exit_code": "Renvoyer le code de sortie 1 en cas de changements.",
    "help.diff_lang": "Langue des libellés (par défaut\u00a0: celle du nouveau canevas).",
    "help.git_diff": "Le pilote de diff que git lance pour les fichiers *.canvas.yaml (voir "
    "docs/diff.md). Renvoie toujours le code de sortie 0.",
    "help.git_args": "Les arguments que git passe à diff.relcanvas.command.",
    # --- help: render ---
    "help.render": "Mettre en page un canevas (ou un support vierge) en PDF prêt à imprimer, "
    "en page HTML ou en Markdown.",
    "help.render_path": "Fichier de canevas (ou - pour l’entrée standard)\u00a0; à omettre "
    "avec --blank.",
    "help.output": "Fichier à écrire (.html, .pdf, .md), ou -.",
    "help.render_format": "Format de sortie\u00a0: {choices}\u00a0; par défaut, d’après "
    "l’extension.",
    "help.paper": "Format de la feuille, à l’italienne\u00a0: {choices} (a3 par défaut\u00a0; "
    "a4 pour le support vierge).",
    "help.render_lang": "Langue\u00a0; par défaut, celle du canevas.",
    "help.blank": "Un support d’atelier aux blocs vides.",
    "help.with_map": "Avec --blank\u00a0: ajouter une page «\u00a0Carte de la relation\u00a0» "
    "vierge.",
    "help.fit": "PDF\u00a0: réduire le corps du texte (jusqu’à 6 pt en A4) pour tenir sur "
    "une feuille.",
    # --- help: log ---
    "help.log": "Montrer comment la stratégie a changé, commit par commit (en suivant les "
    "renommages de fichier).",
    "help.log_args": "Le fichier du canevas, après une plage de révisions git facultative "
    "(v1.0..v2.0).",
    "help.since": "Seulement les commits postérieurs à cette date (formes de git).",
    "help.until": "Seulement les commits antérieurs à cette date.",
    "help.max_count": "Seulement les N commits stratégiques les plus récents.",
    "help.all": "Lister aussi les commits sans changement stratégique.",
    "help.log_lang": "Langue (par défaut\u00a0: celle de la dernière version du canevas).",
    # --- help: fmt ---
    "help.fmt": "Réécrire les canevas sous leur forme canonique\u00a0: identifiants, ordre des "
    "clés, indentation, guillemets.",
    "help.fmt_paths": "Fichiers de canevas, dossiers, ou - pour l’entrée standard (par "
    "défaut\u00a0: .).",
    "help.check": "Ne rien écrire\u00a0; code de sortie 1 si un fichier changerait.",
    "help.fmt_diff": "Ne rien écrire\u00a0; afficher sous forme de diff ce qui changerait.",
    "help.messages_lang": "Langue des messages\u00a0: fr ou en.",
    # --- help: git setup ---
    "help.git": "Intégration à git\u00a0: le pilote de diff qui montre ce qui a changé dans un "
    "canevas.",
    "help.git_setup": "Déclarer les canevas du dépôt dans .gitattributes et configurer le "
    "pilote de diff de git.",
    "help.global": "Configurer le pilote pour tous vos dépôts.",
    # --- help: preview ---
    "help.preview": "Afficher un canevas dans le navigateur et le recharger à chaque "
    "enregistrement (Ctrl-C pour arrêter).",
    "help.preview_canvas": "Le fichier du canevas à afficher.",
    "help.port": "Port sur 127.0.0.1 (0\u00a0: un port libre).",
    "help.preview_paper": "Format de la feuille\u00a0: {choices}.",
    # --- click: the words of the help and usage errors ---
    "click.usage": "Usage\u00a0:",
    "click.arguments": "Arguments",
    "click.options": "Options",
    "click.commands": "Commandes",
    "click.default": "[par défaut\u00a0: {}]",
    "click.required": "[obligatoire]",
}
