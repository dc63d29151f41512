"""English: what the command line says around the results (``cli.*``, ``validate.*``)."""

from __future__ import annotations

from relcanvas.i18n import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # --- cli: one-line errors and warnings ---
    "cli.error": "relcanvas: error: {message}",
    "cli.warning": "relcanvas: warning: {message}",
    "cli.aborted": "Aborted.",
    "cli.unknown_rule": "{problem}; 'relcanvas rules' lists them",
    "cli.created": "Created {path}",
    "cli.rendered": "Rendered {path}",
    "cli.not_valid": "{path}: not a valid canvas",
    "cli.does_not_fit": "relcanvas: {path} does not fit one {sheet} sheet even at the smallest "
    "type; rendered at the usual size, with continuation pages",
    "cli.no_canvas": "no canvas found in the given paths",
    # --- config: [tool.relcanvas] ---
    "config.no_prefix": "no rule code starts with {prefix}",
    "config.unknown_rule": "unknown rule {rule}",
    "config.unknown_rule_hint": "unknown rule {rule} (did you mean {hint}?)",
    "config.no_table": "no [tool.relcanvas] table",
    "config.no_file": "no such config file",
    "config.unreadable": "{error}",
    "config.too_big": "over {limit:,} bytes; not a config file?",
    "config.cannot_read": "cannot read ({error})",
    "config.not_toml": "not valid TOML: {error}",
    "config.not_table": "[tool.relcanvas] must be a table",
    "config.unknown_key": "unknown key {key}; known keys: {known}",
    "config.unknown_key_hint": "unknown key {key} (did you mean {hint}?)",
    "config.not_selectors": "must be a list of rule codes, prefixes or slugs",
    "config.bad_severity": "{level} is not one of error, warning, info",
    "config.bad_cache_dir": "cache-dir must be a folder name",
    "config.bad_lang": "{lang} is not one of fr, en",
    "config.not_a_table": "must be a table",
    "config.unknown_option": "unknown option {option} for {slug}; it takes {takes}",
    "config.unknown_option_hint": "unknown option {option} for {slug} (did you mean {hint}?)",
    "config.no_options": "unknown option {option} for {slug}; it takes no options",
    "config.option_type": "expected {expected:~kind}, got {got}",
    "config.out_of_range": "{value} is out of range ({minimum} to {maximum})",
    "suppression.unknown_rule": "suppression: unknown rule {rule}",
    "suppression.unknown_rule_hint": "suppression: unknown rule {rule} (did you mean {hint}?)",
    "suppression.no_prefix": "suppression: no rule code starts with {prefix}",
    # --- source: reading a file ---
    "source.outside": "a symbolic link that leads outside the repository or folder",
    "source.skipped": "{path}: skipped: {reason}",
    "source.directory": "is a directory",
    "source.fifo": "is a FIFO (named pipe), not a regular file",
    "source.socket": "is a socket, not a regular file",
    "source.device": "is a device, not a regular file",
    "source.not_regular": "is not a regular file",
    "source.no_path": "no such file or directory",
    "source.no_file": "no such file",
    "source.cannot_read": "cannot read ({error})",
    # --- output: writing a file ---
    "output.exists": "already exists (use --force to overwrite)",
    "output.is_input": "refusing to write over the input file",
    "output.cannot_write": "cannot write ({error})",
    # --- cli: render and diff usage ---
    "cli.diff_usage": "diff takes OLD NEW, REV PATH or REV1 REV2 PATH",
    "cli.stdout_format": "writing to stdout needs --format html or --format md",
    "cli.unknown_extension": "{path}: cannot tell the format from the extension; use --format "
    "html|pdf|md",
    "cli.no_output": "missing --output/-o (a file, or - for stdout)",
    "cli.canvas_or_blank": "give a CANVAS file, or --blank for a workshop handout (not both)",
    "cli.pdf_stdout": "a PDF cannot go to stdout; give a file name with -o",
    "cli.blank_markdown": "--blank makes HTML or PDF, not Markdown",
    # --- limits: --limit NAME=N ---
    "limits.syntax": "--limit takes NAME=N with NAME one of {names}",
    "limits.not_a_number": "--limit {name}: {value} is not a whole number",
    "limits.out_of_range": "--limit {name}: {value} is out of range (1 to {most})",
    # --- validate: summaries ---
    "validate.summary": "{checked}: {invalid}, {problems}.",
    "validate.all_valid": "{checked}: all valid.",
    "validate.invalid": Plural("{count} invalid", "{count} invalid"),
    "validate.problems": Plural("{count} problem", "{count} problems"),
}
