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
    "common.where": "{where}: {message}",
    # --- ci ---
    "ci.format.text": "path:line:col: CODE message, grouped by file, with a summary",
    "ci.format.json": "every finding and a summary as JSON (docs/lint-output.md)",
    "ci.format.sarif": "SARIF 2.1.0 for code scanning, with rule help and fingerprints",
    "ci.format.github": "GitHub Actions annotations on the pull request's lines",
    "ci.format.gitlab": "GitLab Code Quality report for merge requests",
    "ci.format.junit": "JUnit XML: one test suite per file, one failing test per finding",
    # --- log ---
    "log.quiet": Plural(
        "{count} commit without strategic change", "{count} commits without strategic change"
    ),
    "log.invalid": "{commit} {date}: invalid version: {path}:{line}:{column}: {code} {message}",
    "log.too_large": "{commit} {date}: version not read: over the size limit of {limit} bytes",
    "log.link": "{commit} {date}: version not read: the path is a symbolic link",
    "log.created": Plural(
        "canvas created with {count} entry", "canvas created with {count} entries"
    ),
    "log.baseline": Plural(
        "Starting point: the canvas as created in {commit} ({date}), with {count} entry.",
        "Starting point: the canvas as created in {commit} ({date}), with {count} entries.",
    ),
    "log.no_strategic_change": "no strategic change",
    "log.merge": "merge, no change of its own",
    "log.empty": "No commit changed the strategy.",
    "log.changelog_title": "Strategy changelog: {title}",
    "log.range": Plural(
        "From {first} ({first_date}) to {last} ({last_date}): {count} commit with strategic "
        "changes.",
        "From {first} ({first_date}) to {last} ({last_date}): {count} commits with strategic "
        "changes.",
    ),
    "log.summary": "Summary",
    "log.block": "Block",
    "log.levels": "Levels raised and lowered, per segment",
    "log.no_levels": "No level changed.",
    "log.level": "Level",
    "log.change": "Change",
    "log.raised": "raised",
    "log.lowered": "lowered",
    "log.by_block": "Changes by block",
    "log.timeline_title": "Strategy timeline: {title}",
    "log.timeline_levels": "Levels per segment",
    "log.chart_label": Plural(
        "{segment}: human contact, personalisation and automation over {count} version",
        "{segment}: human contact, personalisation and automation over {count} versions",
    ),
    "log.not_set": "not set",
    "log.decisions": "Decisions",
    "log.generated": "Made by relcanvas {version} from the git history of {path}.",
    "log.usage": "log takes [REV_RANGE] PATH",
    "log.is_directory": "{path}: is a directory, not a canvas file",
    "log.not_a_date": "{value!r} is not a date",
    "log.not_a_range": "{value!r} is not a revision range",
    "log.unknown_range": "unknown revision range {value!r}",
    "log.not_in_history": "{path}: not in the history of its repository",
    "log.needs_output": "--format {format} writes a file: give -o FILE",
    "log.pdf_unavailable": "cannot make a PDF: {reason}",
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
    "common.raw": "{text}",
    **CLI,
    **HELP,
    **LINT,
    **LOAD,
    **RULES,
    **UI,
    # --- render ---
    "render.step_time": "Suggested time: {minutes} min",
    "render.total_time": "About {minutes} min in all, with the whole team",
    "render.blank_map_intro": (
        "One row per segment: its key and name, how much human contact, personalisation "
        "and automation it gets, then, under each phase, the touchpoints that serve it. "
        "Star the moments of truth; leave a phase without contact empty."
    ),
    "render.blank_key": "Key",
    "render.with_map_needs_blank": (
        "--with-map adds a blank map to the handout: use it with --blank"
    ),
    # --- perf ---
    "perf.jobs": (
        "Worker processes (default: one per core when there are more than 50 files; "
        "1 to stay in one process)."
    ),
    "perf.no_cache": "Neither read nor write the lint cache (.relcanvas_cache).",
    "perf.worker_died": "a worker process stopped unexpectedly (out of memory?); "
    "try again with --jobs 1",
}
