"""Catalogue français : id de message -> modèle (voir :mod:`relcanvas.i18n`).

Mêmes ids et mêmes paramètres que :mod:`relcanvas.i18n.en`, dans le même ordre.
"""

from __future__ import annotations

from relcanvas.i18n import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # --- common ---
    "common.files": Plural("{count} fichier", "{count} fichiers"),
    # --- perf ---
    "perf.jobs": (
        "Processus de travail (par défaut\u00a0: un par cœur au-delà de 50\u00a0fichiers\u00a0; "
        "1 pour tout faire dans un seul processus)."
    ),
    "perf.no_cache": "Ne pas lire ni écrire le cache de lint (.relcanvas_cache).",
    "perf.worker_died": "un processus de travail s’est arrêté de façon inattendue "
    "(mémoire épuisée\u00a0?)\u00a0; réessayez avec --jobs 1",
}
