"""English catalogue: message id -> template (see :mod:`relcanvas.i18n`).

Keep ids grouped by area under a ``# --- area ---`` comment; ids are ``area.what``.
"""

from __future__ import annotations

from relcanvas.i18n import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # --- common ---
    "common.files": Plural("{count} file", "{count} files"),
    # --- tools ---
    "tools.fmt.would_reformat": "Would reformat: {path}",
    "tools.fmt.invalid": "{path}: not a valid canvas, left as it is",
    "tools.fmt.unsafe": (
        "{path}: cannot be rewritten without changing what it means, left as it is"
    ),
    "tools.fmt.none": "no canvas found in the given paths",
    "tools.fmt.reformatted": Plural("{count} file reformatted", "{count} files reformatted"),
    "tools.fmt.unchanged": Plural("{count} file left unchanged", "{count} files left unchanged"),
    "tools.fmt.would": Plural(
        "{count} file would be reformatted", "{count} files would be reformatted"
    ),
    "tools.fmt.formatted": Plural(
        "{count} file already formatted", "{count} files already formatted"
    ),
    "tools.api.invalid": Plural(
        "{name}: not a valid canvas ({count} problem), {first}",
        "{name}: not a valid canvas ({count} problems), the first: {first}",
    ),
    "tools.api.choice": "unknown {name} {value!r}: expected one of {choices}",
}
