"""English catalogue: message id -> template (see :mod:`relcanvas.i18n`).

Keep ids grouped by area under a ``# --- area ---`` comment; ids are ``area.what``. Large
areas live in modules of their own (``en_lint``...), merged here.
"""

from __future__ import annotations

from relcanvas.i18n import Entry, Plural
from relcanvas.i18n.en_cli import MESSAGES as CLI
from relcanvas.i18n.en_help import MESSAGES as HELP
from relcanvas.i18n.en_lint import MESSAGES as LINT
from relcanvas.i18n.en_load import MESSAGES as LOAD
from relcanvas.i18n.en_rules import MESSAGES as RULES
from relcanvas.i18n.en_ui import MESSAGES as UI

MESSAGES: dict[str, Entry] = {
    # --- common ---
    "common.files": Plural("{count} file", "{count} files"),
    "common.raw": "{text}",
    **CLI,
    **HELP,
    **LINT,
    **LOAD,
    **RULES,
    **UI,
}
