"""Catalogue français : id de message -> modèle (voir :mod:`relcanvas.i18n`).

Mêmes ids et mêmes paramètres que :mod:`relcanvas.i18n.en`, dans le même ordre.
"""

from __future__ import annotations

from relcanvas.i18n import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # --- common ---
    "common.files": Plural("{count} fichier", "{count} fichiers"),
    # --- tools ---
    "tools.fmt.would_reformat": "À reformater : {path}",
    "tools.fmt.invalid": "{path} : ce n’est pas un canevas valide, laissé tel quel",
    "tools.fmt.unsafe": (
        "{path} : impossible de le réécrire sans en changer le sens, laissé tel quel"
    ),
    "tools.fmt.none": "aucun canevas dans les chemins donnés",
    "tools.fmt.reformatted": Plural("{count} fichier reformaté", "{count} fichiers reformatés"),
    "tools.fmt.unchanged": Plural("{count} fichier inchangé", "{count} fichiers inchangés"),
    "tools.fmt.would": Plural("{count} fichier à reformater", "{count} fichiers à reformater"),
    "tools.fmt.formatted": Plural("{count} fichier déjà formaté", "{count} fichiers déjà formatés"),
    "tools.api.invalid": Plural(
        "{name} : ce n’est pas un canevas valide ({count} problème), {first}",
        "{name} : ce n’est pas un canevas valide ({count} problèmes), le premier : {first}",
    ),
    "tools.api.choice": "{name} inconnu « {value} » : valeurs possibles : {choices}",
}
