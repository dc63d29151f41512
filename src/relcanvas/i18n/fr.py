"""Catalogue français : id de message -> modèle (voir :mod:`relcanvas.i18n`).

Mêmes ids et mêmes paramètres que :mod:`relcanvas.i18n.en`, dans le même ordre.
"""

from __future__ import annotations

from relcanvas.i18n import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # --- common ---
    "common.files": Plural("{count} fichier", "{count} fichiers"),
}
