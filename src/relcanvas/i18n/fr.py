"""Catalogue français : id de message -> modèle (voir :mod:`relcanvas.i18n`).

Mêmes ids et mêmes paramètres que :mod:`relcanvas.i18n.en`, dans le même ordre.
"""

from __future__ import annotations

from relcanvas.i18n import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # --- common ---
    "common.files": Plural("{count} fichier", "{count} fichiers"),
    # --- render ---
    "render.step_time": "Temps conseillé\u00a0: {minutes}\u00a0min",
    "render.total_time": "Environ {minutes}\u00a0min en tout, avec toute l’équipe",
    "render.blank_map_intro": (
        "Une ligne par segment\u00a0: sa lettre et son nom, la part de contact humain, de "
        "personnalisation et d’automatisation qu’il reçoit, puis, sous chaque phase, les "
        "points de contact qui le servent. Marquez d’une étoile les moments de vérité\u202f; "
        "laissez vide une phase sans contact."
    ),
    "render.blank_key": "Lettre",
    "render.with_map_needs_blank": (
        "--with-map ajoute une carte vierge au support d’atelier\u00a0: à utiliser avec --blank"
    ),
}
