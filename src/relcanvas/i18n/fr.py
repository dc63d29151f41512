"""Catalogue français : id de message -> modèle (voir :mod:`relcanvas.i18n`).

Mêmes ids et mêmes paramètres que :mod:`relcanvas.i18n.en`, dans le même ordre. Les
grands domaines ont leur propre module (``fr_lint``...), réunis ici.
"""

from __future__ import annotations

from relcanvas.i18n import Entry, Plural
from relcanvas.i18n.fr_cli import MESSAGES as CLI
from relcanvas.i18n.fr_help import MESSAGES as HELP
from relcanvas.i18n.fr_lint import MESSAGES as LINT
from relcanvas.i18n.fr_load import MESSAGES as LOAD
from relcanvas.i18n.fr_rules import MESSAGES as RULES
from relcanvas.i18n.fr_ui import MESSAGES as UI

MESSAGES: dict[str, Entry] = {
    # --- common ---
    "common.files": Plural("{count} fichier", "{count} fichiers"),
    "common.raw": "{text}",
    **CLI,
    **HELP,
    **LINT,
    **LOAD,
    **RULES,
    **UI,
}
