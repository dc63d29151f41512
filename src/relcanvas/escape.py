"""Text from a canvas made harmless for where it is printed: one function per output kind.

A canvas comes from anyone's pull request, and CI prints what relcanvas says about it. Any
string that came from a file (names, values, keys, paths) goes through the function of its
output kind before it is written:

- :func:`plain`, for a terminal or a CI log: control characters (C0, DEL, C1), line and
  paragraph separators and bidirectional overrides are written as ``\\xNN`` / ``\\uNNNN``,
  so no terminal escape, carriage return or new line comes through, and no line can start
  with a GitHub workflow command (``::error ...::``);
- :func:`markdown`, for Markdown: :func:`plain` on one line, with Markdown's punctuation
  escaped and mentions, issue references and autolinks broken by a WORD JOINER, so the text
  never becomes structure, a link, a notification or HTML;
- :func:`code_span`, for Markdown code (file names): a code span no backtick can close;
- :func:`annotation_data` and :func:`annotation_property`, for GitHub workflow commands, as
  ``@actions/core`` escapes them, after :func:`plain`.

JSON and SARIF need none of these: ``json.dumps`` escapes what JSON must.
"""

from __future__ import annotations

import re

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_BIDI}\ud800-\udfff]")
"""What :func:`plain` escapes: controls, LINE/PARAGRAPH SEPARATOR, bidi marks and overrides,
and lone surrogates (a YAML ``"\\ud800"`` escape), which no output encoding can write."""

_COMMAND = re.compile(r"^(\s*):(?=:)")
"""A leading ``::`` (after blanks), which GitHub Actions reads as a workflow command."""

WORD_JOINER = "\u2060"
"""Invisible and unbreakable: put after ``@`` or ``#`` it keeps the text as written, but
GitHub no longer sees a mention or a reference (a backslash does not stop those)."""

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|~&$])")
"""Markdown's inline punctuation: emphasis, code, links, HTML, tables, entities, math."""
_BLANKS = re.compile(r"[ \t\r\n\f\v]+")
"""Blanks that break or start lines; no-break spaces (French typesetting) are kept."""
_BLOCK_START = re.compile(r"^(?:([#>+=-])|(\d{1,9})([.)]))")
"""What starts a heading, quote, list, rule or setext line when it opens a line."""
_AUTOLINKS = re.compile(
    r"(?<=@)(?=\w)"  # @name: a mention
    r"|(?<=#)(?=\d)"  # #123, owner/repo#123: an issue or pull request
    r"|(?<=\bGH)(?=-\d)"  # GH-123
    r"|(?<=:)(?=//)"  # https://...: a bare URL
    r"|(?<=\bwww)(?=\.)"  # www.example.org
    r"|(?<=:)(?=[\w+-]+:)",  # :emoji:
    re.IGNORECASE,
)
_HASH = re.compile(r"\b[0-9a-f]{7,}\b", re.IGNORECASE)
"""Seven hexadecimal digits or more: a commit, linked by code hosts (cut every six)."""


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def plain(text: str) -> str:
    """Text for a terminal or a CI log: one line, no escapes, no workflow command."""
    return _COMMAND.sub(r"\1\\x3a", _UNSAFE.sub(_escaped, text))


def markdown(text: str, *, line_start: bool = False) -> str:
    """Markdown-inert text on one line: shown as written, never structure, link or mention.

    Inline syntax is backslash-escaped everywhere; with ``line_start`` (text that opens a
    line), what would open a block (``# ``, ``1. ``, ``- ``, ``> ``, ``---``) is escaped too;
    what platforms turn into links (``@name``, ``#123``, bare URLs, ``:emoji:``, commit
    hashes) gets a word joiner.
    """
    flat = plain(" ".join(_BLANKS.split(text.strip())))
    flat = _MD_SPECIAL.sub(r"\\\1", flat)
    if line_start:
        flat = _BLOCK_START.sub(_escape_start, flat)
    flat = _HASH.sub(lambda m: WORD_JOINER.join(re.findall(".{1,6}", m.group())), flat)
    return _AUTOLINKS.sub(WORD_JOINER, flat)


def _escape_start(found: re.Match[str]) -> str:
    if found.group(1):
        return "\\" + found.group(1)
    return f"{found.group(2)}\\{found.group(3)}"


def code_span(text: str) -> str:
    """A Markdown code span showing text as written, whatever backticks it holds."""
    flat = plain(" ".join(text.split()))
    longest = max((len(run) for run in re.findall("`+", flat)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def annotation_data(text: str) -> str:
    """A workflow command's message, escaped as ``@actions/core``'s ``escapeData``."""
    return plain(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def annotation_property(text: str) -> str:
    """A workflow command's property value, as ``@actions/core``'s ``escapeProperty``."""
    return annotation_data(text).replace(":", "%3A").replace(",", "%2C")
