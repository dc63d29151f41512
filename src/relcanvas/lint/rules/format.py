"""The file and format codes (RC0xx) as rules, so that lint reports them like any finding.

The loader finds these problems (see :data:`relcanvas.diagnostics.FORMAT_CODES`); declaring
them here gives each one documentation, a place in ``relcanvas rules`` and in SARIF's
``tool.driver.rules``. They have no check: the engine turns the loader's problems into
findings, and a file with any of them is not linted further. The last two codes belong to
the engine itself: inline suppressions that do nothing, or that it cannot read.
"""

from __future__ import annotations

from relcanvas.diagnostics import FORMAT_CODES
from relcanvas.limits import Limits
from relcanvas.lint.rule import Rule, Severity, declare

UNUSED_SUPPRESSION = "RC017"
INVALID_SUPPRESSION = "RC018"

_HEAD = "relcanvas: 1\ntitle: Atelier Nord\n"

# code -> (rationale, bad, good, limits for the examples)
_DOCS: dict[str, tuple[str, str, str, Limits | None]] = {
    "RC001": (
        "A canvas travels between editors, renderers and version control; only UTF-8 text "
        "reads the same everywhere. A file saved in Latin-1 or UTF-16 would show accented "
        "labels as garbage, so relcanvas refuses it and names the first bad byte.",
        "relcanvas: 1\ntitle: Caf\udce9 Nord  # saved as Latin-1: 0xE9 is not UTF-8\n",
        "relcanvas: 1\ntitle: Café Nord  # saved as UTF-8\n",
        None,
    ),
    "RC002": (
        "Nothing else can be checked until the YAML itself parses. One file holds one "
        "canvas, so a second document after `---` is refused too.",
        _HEAD + "segments:\n  - {id: key-accounts, name: Grands comptes\n",
        _HEAD + "segments:\n  - {id: key-accounts, name: Grands comptes}\n",
        None,
    ),
    "RC003": (
        "Most YAML readers keep the last of two identical keys without a word, so half of "
        "what the team wrote would vanish. relcanvas names both lines instead.",
        _HEAD + "updated: 2026-01-10\nupdated: 2026-05-02\n",
        _HEAD + "updated: 2026-05-02\n",
        None,
    ),
    "RC004": (
        "Tags such as `!!python/object` ask a YAML reader to build objects, a classic way "
        "to run code from a data file. A canvas only needs text, numbers, dates, lists and "
        "mappings, so any other tag is refused before anything is built, as is a core tag "
        "on a value not of its type (`!!int abc`).",
        _HEAD + "organization: !!python/object:builtins.str Atelier Nord SA\n",
        _HEAD + "organization: Atelier Nord SA\n",
        None,
    ),
    "RC005": (
        "Anchors and aliases let a few lines expand into millions of nodes (the 'billion "
        "laughs' attack) or into a structure that contains itself. relcanvas counts what "
        "aliases add and stops past a limit. (The example is checked with a limit of 20 "
        "nodes; the real default is 100,000.)",
        _HEAD + "x-a: &a [one, two, three, four, five]\n"
        "x-b: &b [*a, *a, *a, *a, *a]\n"
        "x-c: [*b, *b, *b, *b, *b]\n",
        _HEAD + "x-a: &a [one, two, three, four, five]\nx-b: [*a]\n",
        Limits(max_alias_nodes=20),
    ),
    "RC006": (
        "A canvas is a page of decisions, not a data dump; a huge file is more likely a "
        "mistake or an attack than a canvas. The limit (5 MB by default) can be raised with "
        "`--max-size`. (The example is checked with a limit of 300 bytes.)",
        _HEAD + "x-notes: >\n"
        "  Minutes of every workshop pasted in the canvas itself: who came, what was\n"
        "  said about each segment, the long debate on the renewal call, the list of\n"
        "  open questions, and the draft of the survey, all of it kept here instead of\n"
        "  in the team's shared folder where it belongs.\n",
        _HEAD + "x-notes: Workshop minutes are in the team's shared folder.\n",
        Limits(max_bytes=300),
    ),
    "RC007": (
        "libyaml builds nested lists and mappings recursively, so a deep enough file can "
        "crash the reader. A canvas needs a handful of levels; relcanvas refuses deeper "
        "nesting before parsing it. (The example is checked with a depth limit of 4; the "
        "real default is 64.)",
        _HEAD + "x-tree: [[[[leaf]]]]\n",
        _HEAD + "x-tree: [[leaf]]\n",
        Limits(max_depth=4),
    ),
    "RC008": (
        "The six blocks are keys of one top-level mapping. A list or a bare value at the "
        "top cannot hold them, often a sign that the wrong file was named.",
        "- relcanvas: 1\n- title: Atelier Nord\n",
        _HEAD,
        None,
    ),
    "RC009": (
        "An empty file, or one holding only comments, is not a draft canvas: it has not "
        "been started. `relcanvas init` writes a starter that validates.",
        "# the canvas for Atelier Nord, to be written\n",
        "# the canvas for Atelier Nord, a first draft\n" + _HEAD,
        None,
    ),
    "RC010": (
        "The `relcanvas:` key says which version of the format the file follows, so that a "
        "newer file is refused clearly rather than misread by an older release.",
        "relcanvas: 2\ntitle: Atelier Nord\n",
        _HEAD,
        None,
    ),
    "RC011": (
        "A misspelt key (`touchpionts`) would otherwise be silently ignored, and the block "
        "would look empty. Your own data goes under keys starting with `x-`.",
        _HEAD + "organisaton: Atelier Nord SA\n",
        _HEAD + "organization: Atelier Nord SA\nx-owner: Claire Martin\n",
        None,
    ),
    "RC012": (
        "Levels, phases and kinds come from closed lists so that lint, diff and render can "
        "reason about them; a value outside the list, or of the wrong type, is refused.",
        _HEAD + "segments:\n  - id: key-accounts\n    name: Grands comptes\n    value: huge\n",
        _HEAD + "segments:\n  - id: key-accounts\n    name: Grands comptes\n    value: high\n",
        None,
    ),
    "RC013": (
        "Some keys make a canvas or an entry meaningful: the title, a segment's id and "
        "name. Without them the entry cannot be referred to or shown.",
        "relcanvas: 1\nsegments:\n  - {id: key-accounts, name: Grands comptes}\n",
        _HEAD + "segments:\n  - {id: key-accounts, name: Grands comptes}\n",
        None,
    ),
    "RC014": (
        "Blocks refer to segments and touchpoints by id. A reference to an id the file does "
        "not define is a typo or a leftover, and the link it was meant to show is lost.",
        _HEAD + "segments:\n  - {id: key-accounts, name: Grands comptes}\n"
        "interaction:\n  - segment: key-acounts\n    types: [dedicated_personal_assistance]\n",
        _HEAD + "segments:\n  - {id: key-accounts, name: Grands comptes}\n"
        "interaction:\n  - segment: key-accounts\n    types: [dedicated_personal_assistance]\n",
        None,
    ),
    "RC015": (
        "An id names one entry; two entries with the same id make every reference to it ambiguous.",
        _HEAD + "segments:\n  - {id: smb, name: Small businesses}\n"
        "  - {id: smb, name: Self-employed}\n",
        _HEAD + "segments:\n  - {id: smb, name: Small businesses}\n"
        "  - {id: freelancers, name: Self-employed}\n",
        None,
    ),
    "RC016": (
        "YAML allows a list or a mapping as a key; a canvas never needs one, and such keys "
        "cannot be named in messages, diffs or renders.",
        _HEAD + "x-map: {[north, south]: regions}\n",
        _HEAD + "x-map: {regions: [north, south]}\n",
        None,
    ),
    "RC019": (
        "A canvas can come from anyone's pull request, and every node, key, item and "
        "reference costs time and memory to check. Past limits far above what a canvas "
        "needs, relcanvas refuses the file before reading the rest of it (and reports at "
        "most 100 problems a file, then one line that counts the others). Each limit can be "
        "raised with `--limit NAME=N`. (The example is checked with a limit of 3 items per "
        "list.)",
        _HEAD + "x-steps: [call, visit, quote, sign]\n",
        _HEAD + "x-steps: [call, visit, quote]\n",
        Limits(max_items=3),
    ),
}


def _declare_format_codes() -> None:
    for code, (slug, summary) in FORMAT_CODES.items():
        rationale, bad, good, limits = _DOCS[code]
        declare(
            Rule(
                code=code,
                slug=slug,
                severity=Severity.ERROR,
                block="file",
                summary=summary,
                rationale=rationale,
                bad=bad,
                good=good,
                source="format",
                example_limits=limits,
            )
        )


_declare_format_codes()

declare(
    Rule(
        code=UNUSED_SUPPRESSION,
        slug="unused-suppression",
        severity=Severity.WARNING,
        block="file",
        summary="An inline `# relcanvas: ignore[...]` comment that suppresses no finding.",
        rationale=(
            "A suppression is a decision to accept one finding. Once the canvas changes "
            "and the finding is gone, a stale comment would silently hide the next, "
            "unrelated finding of that rule at the same place. Remove it when it no "
            "longer applies. Only rules enabled for the file are checked this way."
        ),
        bad=_HEAD + "organization: Atelier Nord SA  # relcanvas: ignore[RC011]\n",
        good=_HEAD + "organization: Atelier Nord SA\n",
        source="format",
    )
)

declare(
    Rule(
        code=INVALID_SUPPRESSION,
        slug="invalid-suppression",
        severity=Severity.WARNING,
        block="file",
        summary="A `# relcanvas:` comment that names no rule, or a rule that does not exist.",
        rationale=(
            "A suppression with a misspelt code suppresses nothing, while the comment "
            "makes readers believe the finding was accepted. relcanvas says which part "
            "it could not read, with the closest rule code or slug."
        ),
        bad=_HEAD + "organization: Atelier Nord SA  # relcanvas: ignore[RC9999]\n",
        good=_HEAD + "organization: Atelier Nord SA\n",
        source="format",
    )
)
