"""Français : ce que dit la ligne de commande autour des résultats (``cli.*``, ``validate.*``)."""

from __future__ import annotations

from relcanvas.i18n import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # --- cli: one-line errors and warnings ---
    "cli.error": "relcanvas: erreur\u00a0: {message}",
    "cli.warning": "relcanvas: avertissement\u00a0: {message}",
    "cli.aborted": "Interrompu.",
    "cli.unknown_rule": "{problem}\u00a0; la liste des règles\u00a0: «\u00a0relcanvas rules\u00a0»",
    "cli.created": "{path} créé",
    "cli.rendered": "{path} produit",
    "cli.not_valid": "{path}\u00a0: ce n’est pas un canevas valide",
    "cli.does_not_fit": "relcanvas: {path} ne tient pas sur une feuille {sheet}, même au plus "
    "petit corps\u00a0; mis en page à la taille habituelle, avec des pages de suite",
    "cli.no_canvas": "aucun canevas trouvé dans les chemins donnés",
    # --- config: [tool.relcanvas] ---
    "config.no_prefix": "aucun code de règle ne commence par {prefix}",
    "config.unknown_rule": "règle inconnue {rule}",
    "config.unknown_rule_hint": "règle inconnue {rule} (vouliez-vous dire {hint}\u00a0?)",
    "config.no_table": "pas de table [tool.relcanvas]",
    "config.no_file": "fichier de configuration introuvable",
    "config.unreadable": "{error}",
    "config.too_big": "plus de {limit:,} octets\u00a0; est-ce bien un fichier de "
    "configuration\u00a0?",
    "config.cannot_read": "lecture impossible ({error})",
    "config.not_toml": "TOML non valide\u00a0: {error}",
    "config.not_table": "[tool.relcanvas] doit être une table",
    "config.unknown_key": "clé inconnue {key}\u00a0; clés connues\u00a0: {known}",
    "config.unknown_key_hint": "clé inconnue {key} (vouliez-vous dire {hint}\u00a0?)",
    "config.not_selectors": "doit être une liste de codes, préfixes ou noms de règles",
    "config.bad_severity": "{level} n’est ni error, ni warning, ni info",
    "config.bad_cache_dir": "cache-dir doit être un nom de dossier",
    "config.bad_lang": "{lang} n’est ni fr ni en",
    "config.not_a_table": "doit être une table",
    "config.unknown_option": "option inconnue {option} pour {slug}\u00a0; options possibles\u00a0: "
    "{takes}",
    "config.unknown_option_hint": "option inconnue {option} pour {slug} (vouliez-vous dire "
    "{hint}\u00a0?)",
    "config.no_options": "option inconnue {option} pour {slug}\u00a0: cette règle n’a pas d’option",
    "config.option_type": "il faut {expected:~kind}, pas {got}",
    "config.out_of_range": "{value} est hors de la plage (de {minimum} à {maximum})",
    "suppression.unknown_rule": "exclusion\u00a0: règle inconnue {rule}",
    "suppression.unknown_rule_hint": "exclusion\u00a0: règle inconnue {rule} (vouliez-vous "
    "dire {hint}\u00a0?)",
    "suppression.no_prefix": "exclusion\u00a0: aucun code de règle ne commence par {prefix}",
    # --- source: reading a file ---
    "source.outside": "un lien symbolique qui mène hors du dépôt ou du dossier",
    "source.skipped": "{path}\u00a0: ignoré\u00a0: {reason}",
    "source.directory": "est un dossier",
    "source.fifo": "est un tube nommé (FIFO), pas un fichier ordinaire",
    "source.socket": "est une socket, pas un fichier ordinaire",
    "source.device": "est un périphérique, pas un fichier ordinaire",
    "source.not_regular": "n’est pas un fichier ordinaire",
    "source.no_path": "fichier ou dossier introuvable",
    "source.no_file": "fichier introuvable",
    "source.cannot_read": "lecture impossible ({error})",
    # --- output: writing a file ---
    "output.exists": "existe déjà (ajoutez --force pour l’écraser)",
    "output.is_input": "refus d’écrire par-dessus le fichier d’entrée",
    "output.cannot_write": "écriture impossible ({error})",
    # --- cli: render and diff usage ---
    "cli.diff_usage": "diff prend ANCIEN NOUVEAU, RÉV CHEMIN ou RÉV1 RÉV2 CHEMIN",
    "cli.stdout_format": "écrire sur la sortie standard demande --format html ou --format md",
    "cli.unknown_extension": "{path}\u00a0: l’extension n’indique pas le format\u00a0; "
    "utilisez --format html|pdf|md",
    "cli.no_output": "il manque --output/-o (un fichier, ou - pour la sortie standard)",
    "cli.canvas_or_blank": "donnez un fichier de CANEVAS, ou --blank pour un support "
    "d’atelier (pas les deux)",
    "cli.pdf_stdout": "un PDF ne peut pas aller sur la sortie standard\u00a0; donnez un nom "
    "de fichier avec -o",
    "cli.blank_markdown": "--blank produit du HTML ou du PDF, pas du Markdown",
    # --- limits: --limit NAME=N ---
    "limits.syntax": "--limit prend NOM=N, NOM parmi {names}",
    "limits.not_a_number": "--limit {name}\u00a0: {value} n’est pas un nombre entier",
    "limits.out_of_range": "--limit {name}\u00a0: {value} est hors de la plage (de 1 à {most})",
    # --- validate: summaries ---
    "validate.summary": "{checked}\u00a0: {invalid}, {problems}.",
    "validate.all_valid": "{checked}\u00a0: tout est valide.",
    "validate.invalid": Plural("{count} non valide", "{count} non valides"),
    "validate.problems": Plural("{count} problème", "{count} problèmes"),
}
