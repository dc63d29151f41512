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
    "tools.git.added": "{file}: added {line}",
    "tools.git.marked": "{file}: the canvases are already marked for the relcanvas diff driver",
    "tools.git.configured": "git config ({scope}): diff.relcanvas.command set to {command}",
    "tools.git.kept": "git config ({scope}): diff.relcanvas.command already set to {command}, kept",
    "tools.git.scope.local": "this repository",
    "tools.git.scope.global": "global",
    "tools.git.error.git": "git is not installed",
    "tools.git.error.not_a_repository": (
        "not inside a git repository (use --global to configure the driver for all of them)"
    ),
    "tools.git.error.config": "git could not write its configuration",
    "tools.git.suggest": (
        "tip: run 'relcanvas git setup' so that git diff shows what changed in the canvas"
    ),
    "tools.cli.no_such_file": "{path}: no such file",
    "tools.preview.serving": "Showing {path} at {url} (reloads on save; Ctrl-C to stop)",
    "tools.preview.stopped": "Preview stopped.",
    "tools.preview.port": "cannot listen on 127.0.0.1 port {port}: {reason}",
    "tools.preview.invalid": "{name} is not a valid canvas",
    "tools.preview.waiting": "The page reloads on the next save.",
}
