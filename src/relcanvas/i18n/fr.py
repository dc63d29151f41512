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
    "tools.git.added": "{file} : ajouté {line}",
    "tools.git.marked": "{file} : les canevas sont déjà confiés au pilote de diff relcanvas",
    "tools.git.configured": (
        "git config ({scope}) : diff.relcanvas.command vaut désormais {command}"
    ),
    "tools.git.kept": "git config ({scope}) : diff.relcanvas.command vaut déjà {command}, conservé",
    "tools.git.scope.local": "ce dépôt",
    "tools.git.scope.global": "global",
    "tools.git.error.git": "git n’est pas installé",
    "tools.git.error.not_a_repository": (
        "pas dans un dépôt git (--global configure le pilote pour tous vos dépôts)"
    ),
    "tools.git.error.config": "git n’a pas pu écrire sa configuration",
    "tools.git.suggest": (
        "astuce : lancez « relcanvas git setup » pour que git diff montre "
        "ce qui a changé dans le canevas"
    ),
    "tools.cli.no_such_file": "{path} : fichier introuvable",
    "tools.preview.serving": (
        "{path} est affiché sur {url} (rechargé à chaque enregistrement ; Ctrl-C pour arrêter)"
    ),
    "tools.preview.stopped": "Aperçu arrêté.",
    "tools.preview.port": "impossible d’écouter sur le port {port} de 127.0.0.1 : {reason}",
    "tools.preview.invalid": "{name} n’est pas un canevas valide",
    "tools.preview.waiting": "La page se recharge au prochain enregistrement.",
}
