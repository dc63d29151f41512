"""English catalogue: message id -> template (see :mod:`relcanvas.i18n`).

Keep ids grouped by area under a ``# --- area ---`` comment; ids are ``area.what``.
"""

from __future__ import annotations

from relcanvas.i18n import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # --- common ---
    "common.files": Plural("{count} file", "{count} files"),
    # --- perf ---
    "perf.jobs": (
        "Worker processes (default: one per core when there are more than 50 files; "
        "1 to stay in one process)."
    ),
    "perf.no_cache": "Neither read nor write the lint cache (.relcanvas_cache).",
    "perf.worker_died": "a worker process stopped unexpectedly (out of memory?); "
    "try again with --jobs 1",
}
