"""English: what the command line says around the results (``cli.*``, ``validate.*``)."""

from __future__ import annotations

from relcanvas.i18n import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # --- cli: one-line errors and warnings ---
    "cli.error": "relcanvas: error: {message}",
    "cli.warning": "relcanvas: warning: {message}",
    "cli.aborted": "Aborted.",
    "cli.no_canvas": "no canvas found in the given paths",
    # --- validate: summaries ---
    "validate.summary": "{checked}: {invalid}, {problems}.",
    "validate.all_valid": "{checked}: all valid.",
    "validate.invalid": Plural("{count} invalid", "{count} invalid"),
    "validate.problems": Plural("{count} problem", "{count} problems"),
}
