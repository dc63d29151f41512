"""Français : ce que dit la ligne de commande autour des résultats (``cli.*``, ``validate.*``)."""

from __future__ import annotations

from relcanvas.i18n import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # --- cli: one-line errors and warnings ---
    "cli.error": "relcanvas: erreur\u00a0: {message}",
    "cli.warning": "relcanvas: avertissement\u00a0: {message}",
    "cli.aborted": "Interrompu.",
    "cli.no_canvas": "aucun canevas trouvé dans les chemins donnés",
    # --- validate: summaries ---
    "validate.summary": "{checked}\u00a0: {invalid}, {problems}.",
    "validate.all_valid": "{checked}\u00a0: tous valides.",
    "validate.invalid": Plural("{count} non valide", "{count} non valides"),
    "validate.problems": Plural("{count} problème", "{count} problèmes"),
}
