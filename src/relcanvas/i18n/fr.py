"""Catalogue français : id de message -> modèle (voir :mod:`relcanvas.i18n`).

Mêmes ids et mêmes paramètres que :mod:`relcanvas.i18n.en`, dans le même ordre.
"""

from __future__ import annotations

from relcanvas.i18n import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # --- common ---
    "common.files": Plural("{count} fichier", "{count} fichiers"),
    # --- ci ---
    "ci.format.text": "chemin:ligne:colonne: CODE message, par fichier, avec un bilan",
    "ci.format.json": "chaque constat et un bilan en JSON (docs/lint-output.md)",
    "ci.format.sarif": "SARIF 2.1.0 pour l’analyse de code (aide des règles, empreintes)",
    "ci.format.github": "annotations GitHub Actions sur les lignes de la pull request",
    "ci.format.gitlab": "rapport Code Quality de GitLab pour les merge requests",
    "ci.format.junit": "JUnit XML : une suite de tests par fichier, un test en échec par constat",
}
