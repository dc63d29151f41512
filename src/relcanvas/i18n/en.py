"""English catalogue: message id -> template (see :mod:`relcanvas.i18n`).

Keep ids grouped by area under a ``# --- area ---`` comment; ids are ``area.what``.
"""

from __future__ import annotations

from relcanvas.i18n import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # --- common ---
    "common.files": Plural("{count} file", "{count} files"),
    # --- ci ---
    "ci.format.text": "path:line:col: CODE message, grouped by file, with a summary",
    "ci.format.json": "every finding and a summary as JSON (docs/lint-output.md)",
    "ci.format.sarif": "SARIF 2.1.0 for code scanning, with rule help and fingerprints",
    "ci.format.github": "GitHub Actions annotations on the pull request's lines",
    "ci.format.gitlab": "GitLab Code Quality report for merge requests",
    "ci.format.junit": "JUnit XML: one test suite per file, one failing test per finding",
}
