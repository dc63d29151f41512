"""Français : ce que dit la ligne de commande autour des résultats (``cli.*``, ``validate.*``)."""

from __future__ import annotations

from relcanvas.i18n import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # --- cli: one-line errors and warnings ---
    "cli.error": "relcanvas: erreur\u00a0: {message}",
    "cli.warning": "relcanvas: avertissement\u00a0: {message}",
    "cli.aborted": "Interrompu.",
    "cli.unknown_rule": "{problem}\u00a0; « relcanvas rules » les liste",
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
    "config.bad_severity": "{level} n’est pas parmi error, warning, info",
    "config.bad_lang": "{lang} n’est pas parmi fr, en",
    "config.not_a_table": "doit être une table",
    "config.unknown_option": "option inconnue {option} pour {slug}\u00a0; elle prend {takes}",
    "config.unknown_option_hint": "option inconnue {option} pour {slug} (vouliez-vous dire "
    "{hint}\u00a0?)",
    "config.no_options": "option inconnue {option} pour {slug}\u00a0; elle ne prend aucune option",
    "config.option_type": "attendu {expected:~kind}, trouvé {got}",
    "config.out_of_range": "{value} est hors de la plage (de {minimum} à {maximum})",
    "suppression.unknown_rule": "suppression\u00a0: règle inconnue {rule}",
    "suppression.unknown_rule_hint": "suppression\u00a0: règle inconnue {rule} (vouliez-vous "
    "dire {hint}\u00a0?)",
    "suppression.no_prefix": "suppression\u00a0: aucun code de règle ne commence par {prefix}",
    # --- validate: summaries ---
    "validate.summary": "{checked}\u00a0: {invalid}, {problems}.",
    "validate.all_valid": "{checked}\u00a0: tous valides.",
    "validate.invalid": Plural("{count} non valide", "{count} non valides"),
    "validate.problems": Plural("{count} problème", "{count} problèmes"),
}
