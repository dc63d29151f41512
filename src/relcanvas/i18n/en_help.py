"""English: the command line's help texts (``help.*``) and Click's own words (``click.*``)."""

from __future__ import annotations

from relcanvas.i18n import Entry

MESSAGES: dict[str, Entry] = {
    # --- help: the application ---
    "help.app": "Validate, lint, diff and render 'Modes de relation' customer-relationship "
    "canvases.",
    "help.version": "Show the version.",
    "help.help": "Show this message and exit.",
    # --- help: shared options ---
    "help.paths": "Canvas files, directories, or - for stdin.",
    "help.format_item": "{name}: {description}",
    "help.format": "Output format: {choices}.",
    "help.lang": "Language of messages and labels: fr or en (default: the canvas's language, "
    "else LC_ALL/LC_MESSAGES/LANG, else English).",
    "help.skip_non_canvas": "Skip named YAML files without a top-level 'relcanvas:' key, as "
    "directory walks do (pre-commit names every changed YAML file).",
    "help.max_size": "Refuse files larger than this.",
    "help.limit": "Change a limit on untrusted input (nodes, keys, items, entries, references, "
    "scalar, depth, problems...; see docs/format.md#limits).",
    "help.force": "Overwrite an existing file.",
    # --- help: init, schema ---
    "help.init": "Write a starter canvas that validates, with each block's guiding question.",
    "help.init_path": "File to create, or - for stdout.",
    "help.init_lang": "Language of the guide: fr or en.",
    "help.title": "The canvas's title.",
    "help.schema_ref": "Schema path or URL for the editor modeline.",
    "help.schema": "Print the JSON Schema of the canvas format (for editors and check-jsonschema).",
    "help.schema_output": "Write to this file instead of stdout.",
    # --- help: validate ---
    "help.validate": "Check that files are well-formed canvases: structure, vocabularies, "
    "references.",
    # --- help: lint, rules, rule ---
    "help.lint": "Check canvases against the method's best practices and common mistakes.",
    "help.fail_on": "Lowest severity that makes the exit code 1: {choices}.",
    "help.exit_zero": "Exit 0 even when there are findings.",
    "help.select": "Only these rules (codes, prefixes, slugs).",
    "help.ignore": "Skip these rules (codes, prefixes, slugs).",
    "help.config": "Use this config file, not the nearest.",
    "help.statistics": "Also count findings per rule.",
    "help.rules": "List every lint rule: code, slug, severity, block and what it flags.",
    "help.rule": "Explain one lint rule: what it checks, why it matters, an example, how to "
    "fix it.",
    "help.rule_name": "A rule's code or slug.",
    "help.words_lang": "Language: fr or en (default: LC_ALL/LC_MESSAGES/LANG, else English).",
    # --- help: diff, git-diff ---
    "help.diff": "Show what changed in the strategy between two versions of a canvas, block "
    "by block.",
    "help.diff_args": "Two files; a git revision and a file (against the working copy); or two "
    "revisions and a file.",
    "help.stat": "Only count the changes per block.",
    "help.exit_code": "Exit with 1 when there are changes.",
    "help.diff_lang": "Language of labels (default: the new canvas's).",
    "help.git_diff": "The diff driver git runs for *.canvas.yaml files (see docs/diff.md). "
    "Always exits 0.",
    "help.git_args": "The arguments git passes to diff.relcanvas.command.",
    # --- help: render ---
    "help.render": "Render a canvas (or a blank handout) as a print-ready PDF, HTML page or "
    "Markdown.",
    "help.render_path": "Canvas file (or - for stdin); leave out with --blank.",
    "help.output": "File to write (.html, .pdf, .md), or -.",
    "help.render_format": "Output format: {choices}; default from the extension.",
    "help.paper": "Sheet size, landscape: {choices} (default a3; a4 blank).",
    "help.render_lang": "Language; default: the canvas's language.",
    "help.blank": "A workshop handout with empty blocks.",
    "help.with_map": "With --blank: add a blank relationship map page.",
    "help.fit": "PDF: shrink the type (to 6 pt at A4) to fit one sheet.",
    # --- help: log ---
    "help.log": "Show how the strategy changed, commit by commit (following file renames).",
    "help.log_args": "The canvas file, after an optional git revision range (v1.0..v2.0).",
    "help.since": "Only commits after this date (git's forms).",
    "help.until": "Only commits before this date.",
    "help.max_count": "Only the N newest strategic commits.",
    "help.all": "Also list commits without strategic change.",
    "help.log_lang": "Language (default: the latest canvas's).",
    # --- help: fmt ---
    "help.fmt": "Rewrite canvases in canonical form: identifiers, key order, indentation, quoting.",
    "help.fmt_paths": "Canvas files, directories, or - for stdin (default: .).",
    "help.check": "Write nothing; exit 1 when a file would change.",
    "help.fmt_diff": "Write nothing; print what would change as a diff.",
    "help.messages_lang": "Language of messages: fr or en.",
    # --- help: git setup ---
    "help.git": "Git integration: the diff driver that shows what changed in a canvas.",
    "help.git_setup": "Mark the repository's canvases in .gitattributes and configure the git "
    "diff driver.",
    "help.global": "Configure the driver for every repository of yours.",
    # --- help: preview ---
    "help.preview": "Show a canvas in the browser and reload it on every save (Ctrl-C stops).",
    "help.preview_canvas": "The canvas file to show.",
    "help.port": "Port on 127.0.0.1 (0: a free one).",
    "help.preview_paper": "Sheet size of the page: {choices}.",
    # --- click: the words of the help and usage errors ---
    "click.usage": "Usage:",
    "click.arguments": "Arguments",
    "click.options": "Options",
    "click.commands": "Commands",
    "click.default": "[default: {}]",
    "click.required": "[required]",
}
